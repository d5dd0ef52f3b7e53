<?xml version="1.0" encoding="UTF-8"?>
<!-- Not well-formed: an end tag that does not match (line 7). -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="BAD" version="2.0">
  <featureMember>
    <ArbrePCRS gml:id="A1">
      <thematique>06</thematique>
      <idObjet>ido-1</idObject>
    </ArbrePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
