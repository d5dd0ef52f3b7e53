<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE PlanCorpsRueSimplifie [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="BAD" version="2.0">
  <featureMember>
    <ArbrePCRS gml:id="A1">
      <idObjet>&xxe;</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>&xxe;</producteur>
      <geometrie><gml:Point gml:id="g1" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></geometrie>
      <reference>&xxe;</reference>
    </ArbrePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
