<?xml version="1.0" encoding="UTF-8"?>
<!-- srsName form "urn:ogc:def:crs:EPSG:3946" on every geometry (CC46, easting/northing: never swapped). -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="SRS_urn_one_colon" version="2.0">
  <featureMember>
    <ArbrePCRS gml:id="ARBRE">
      <idObjet>1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Point gml:id="g1" srsName="urn:ogc:def:crs:EPSG:3946" srsDimension="3"><gml:pos>1846461.40294247 5181620.26421486 269.15</gml:pos></gml:Point></geometrie>
      <reference>A</reference>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="LIMITE">
      <idObjet>2</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Curve gml:id="g2" srsName="urn:ogc:def:crs:EPSG:3946" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>1846461.4 5181620.2 269.1 1846462.5 5181625.3 269.3</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
