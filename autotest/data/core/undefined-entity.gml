<?xml version="1.0" encoding="UTF-8"?>
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="ENT" version="2.0">
  <featureMember>
    <ArbrePCRS gml:id="A1"><idObjet>&nbsp;</idObjet></ArbrePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
