<?xml version="1.0" encoding="UTF-8"?>
<!-- Same document, namespaces declared again on every featureMember and feature, xlink and pcrs-i declared only where used, unused ISO namespaces. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="PREFIXES" version="2.0">
  <featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
    <ArbrePCRS xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns="http://cnig.gouv.fr/pcrs" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="T_ARBRE">
      <dateLeve>2020-01-02</dateLeve><idObjet>ido-1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>Immergis</producteur>
      <geometrie><gml:Point gml:id="g1" srsName="EPSG:3946" srsDimension="3"><gml:pos>1846461.40294247 5181620.26421486 269.15</gml:pos></gml:Point></geometrie>
      <reference/>
    </ArbrePCRS>
  </featureMember>
  <featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
    <LimiteVoiriePCRS xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns="http://cnig.gouv.fr/pcrs" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="T_LIMITE">
      <idObjet>ido-2</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>Immergis</producteur>
      <geometrie><gml:Curve gml:id="g2" srsName="EPSG:3946" srsDimension="3"><gml:segments><gml:Arc><gml:posList>1846460 5181620 269 1846461 5181621 269 1846462 5181620 269</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList>1846462 5181620 269 1846463 5181619 269.5</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
    <AffleurantPCRS xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns="http://cnig.gouv.fr/pcrs" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="T_AFF">
      <idObjet>ido-3</idObjet><thematique>10</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>Immergis</producteur>
      <nature>07</nature><reseau>00</reseau>
      <representation xlink:href="T_GEOM"/>
    </AffleurantPCRS>
  </featureMember>
  <featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
    <AffleurantGeometriquePCRS xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns="http://cnig.gouv.fr/pcrs" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="T_GEOM">
      <point xlink:href="#T_POINT"/>
    </AffleurantGeometriquePCRS>
  </featureMember>
  <featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
    <AffleurantPointPCRS xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns="http://cnig.gouv.fr/pcrs" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="T_POINT">
      <geometrie><gml:Point gml:id="g3" srsName="EPSG:3946" srsDimension="3"><gml:pos>1846461 5181621 269.2</gml:pos></gml:Point></geometrie>
    </AffleurantPointPCRS>
  </featureMember>
  <featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
    <pcrs-i:InitiativePCRS xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="T_INIT">
      <pcrs-i:partenaires>Métropole</pcrs-i:partenaires><pcrs-i:partenaires>Région</pcrs-i:partenaires>
      <pcrs-i:gestionnaire>Équipe PCRS</pcrs-i:gestionnaire>
      <pcrs-i:geometrie><gml:MultiSurface gml:id="g4" srsName="EPSG:3946" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="g5"><gml:exterior><gml:LinearRing><gml:posList>1846400 5181600 1846500 5181600 1846500 5181700 1846400 5181600</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></pcrs-i:geometrie>
    </pcrs-i:InitiativePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
