<?xml version="1.0" encoding="UTF-8"?>
<!-- Not a PCRS document: a GML 3.2 FeatureCollection holding a PCRS feature. The GML driver's. -->
<gml:FeatureCollection xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="FC">
  <gml:featureMember>
    <ArbrePCRS gml:id="A1">
      <idObjet>ido-1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Point gml:id="g1" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></geometrie>
      <reference>R</reference>
    </ArbrePCRS>
  </gml:featureMember>
</gml:FeatureCollection>
