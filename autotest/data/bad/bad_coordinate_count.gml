<?xml version="1.0" encoding="UTF-8"?>
<!-- A posList of 7 numbers with srsDimension 3. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="BAD" version="2.0">
  <featureMember>
    <LimiteVoiriePCRS gml:id="L1">
      <idObjet>ido-1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Curve gml:id="g1" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment>
        <gml:posList>652001 6862001 35 652002 6862002 35 652003</gml:posList>
      </gml:LineStringSegment></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="L2">
      <idObjet>ido-1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Curve gml:id="g2" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652001 6862001 35 652002 6862002 35</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
