<?xml version="1.0" encoding="UTF-8"?>
<!-- A featureMember holding an unknown class (BordurePCRS, a v1 class) between two ArbrePCRS. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="BAD" version="2.0">
  <featureMember>
    <ArbrePCRS gml:id="A1">
      <idObjet>ido-1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Point gml:id="g_A1" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></geometrie>
      <reference>R</reference>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <BordurePCRS gml:id="B1">
      <idObjet>ido-b</idObjet>
    </BordurePCRS>
  </featureMember>
  <featureMember>
    <ArbrePCRS gml:id="A2">
      <idObjet>ido-1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Point gml:id="g_A2" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></geometrie>
      <reference>R</reference>
    </ArbrePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
