<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE PlanCorpsRueSimplifie [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="XXE" version="2.0">
  <featureMember>
    <ArbrePCRS gml:id="A1"><idObjet>&xxe;</idObjet></ArbrePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
