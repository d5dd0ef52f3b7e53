<?xml version="1.0" encoding="UTF-8"?>
<!-- Same document, pcrs as the default namespace (as in the Lyon files). -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="PREFIXES" version="2.0">
  <featureMember>
    <ArbrePCRS gml:id="T_ARBRE">
      <dateLeve>2020-01-02</dateLeve><idObjet>ido-1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>Immergis</producteur>
      <geometrie><gml:Point gml:id="g1" srsName="EPSG:3946" srsDimension="3"><gml:pos>1846461.40294247 5181620.26421486 269.15</gml:pos></gml:Point></geometrie>
      <reference/>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="T_LIMITE">
      <idObjet>ido-2</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>Immergis</producteur>
      <geometrie><gml:Curve gml:id="g2" srsName="EPSG:3946" srsDimension="3"><gml:segments><gml:Arc><gml:posList>1846460 5181620 269 1846461 5181621 269 1846462 5181620 269</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList>1846462 5181620 269 1846463 5181619 269.5</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <AffleurantPCRS gml:id="T_AFF">
      <idObjet>ido-3</idObjet><thematique>10</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>Immergis</producteur>
      <nature>07</nature><reseau>00</reseau>
      <representation xlink:href="T_GEOM"/>
    </AffleurantPCRS>
  </featureMember>
  <featureMember>
    <AffleurantGeometriquePCRS gml:id="T_GEOM">
      <point xlink:href="#T_POINT"/>
    </AffleurantGeometriquePCRS>
  </featureMember>
  <featureMember>
    <AffleurantPointPCRS gml:id="T_POINT">
      <geometrie><gml:Point gml:id="g3" srsName="EPSG:3946" srsDimension="3"><gml:pos>1846461 5181621 269.2</gml:pos></gml:Point></geometrie>
    </AffleurantPointPCRS>
  </featureMember>
  <featureMember>
    <pcrs-i:InitiativePCRS gml:id="T_INIT">
      <pcrs-i:partenaires>Métropole</pcrs-i:partenaires><pcrs-i:partenaires>Région</pcrs-i:partenaires>
      <pcrs-i:gestionnaire>Équipe PCRS</pcrs-i:gestionnaire>
      <pcrs-i:geometrie><gml:MultiSurface gml:id="g4" srsName="EPSG:3946" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="g5"><gml:exterior><gml:LinearRing><gml:posList>1846400 5181600 1846500 5181600 1846500 5181700 1846400 5181600</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></pcrs-i:geometrie>
    </pcrs-i:InitiativePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
