<?xml version="1.0" encoding="UTF-8"?>
<!-- The three xlink:href forms ("id", "#id", "hrefs.gml#id"), forward and backward references,
     a list link and one dangling link (to MISSING_TARGET). Schema-valid (the XSD does not check
     link targets). -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="HREFS" version="2.0">
  <featureMember>
    <!-- forward references, bare id and #id -->
    <AffleurantPCRS gml:id="AFF_A">
      <idObjet>a</idObjet><thematique>10</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <symbolisation xlink:href="#SYMBOLE_A"/>
      <representation xlink:href="GEOM_A"/>
    </AffleurantPCRS>
  </featureMember>
  <featureMember>
    <AffleurantGeometriquePCRS gml:id="GEOM_A">
      <enveloppe xlink:href="hrefs.gml#ENV_A"/>
      <point xlink:href="POINT_A"/>
      <point xlink:href="#POINT_B"/>
    </AffleurantGeometriquePCRS>
  </featureMember>
  <featureMember>
    <AffleurantPointPCRS gml:id="POINT_A">
      <geometrie><gml:Point gml:id="g1" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></geometrie>
    </AffleurantPointPCRS>
  </featureMember>
  <featureMember>
    <AffleurantPointPCRS gml:id="POINT_B">
      <geometrie><gml:Point gml:id="g2" srsName="EPSG:2154" srsDimension="3"><gml:pos>652002 6862002 35</gml:pos></gml:Point></geometrie>
    </AffleurantPointPCRS>
  </featureMember>
  <featureMember>
    <AffleurantEnveloppePCRS gml:id="ENV_A">
      <geometrie><gml:Polygon gml:id="g3" srsName="EPSG:2154" srsDimension="3"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 35 652003 6862000 35 652003 6862003 35 652000 6862000 35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></geometrie>
    </AffleurantEnveloppePCRS>
  </featureMember>
  <featureMember>
    <AffleurantSymbolePCRS gml:id="SYMBOLE_A">
      <geometrie><gml:Point gml:id="g4" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></geometrie>
      <reference>AFF01</reference><angleRotation>0</angleRotation><longueur_mm>1</longueur_mm><largeur_mm>1</largeur_mm>
    </AffleurantSymbolePCRS>
  </featureMember>
  <featureMember>
    <!-- backward references in the three forms -->
    <AffleurantPCRS gml:id="AFF_B">
      <idObjet>b</idObjet><thematique>10</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <symbolisation xlink:href="hrefs.gml#SYMBOLE_A"/>
      <representation xlink:href="#GEOM_A"/>
    </AffleurantPCRS>
  </featureMember>
  <featureMember>
    <!-- dangling link -->
    <AffleurantPCRS gml:id="AFF_DANGLING">
      <idObjet>c</idObjet><thematique>10</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <representation xlink:href="#MISSING_TARGET"/>
    </AffleurantPCRS>
  </featureMember>
  <featureMember>
    <EmpriseEchangePCRS gml:id="EMPRISE">
      <fournisseur>test</fournisseur><datePublication>2021-01-01</datePublication>
      <geometrie><gml:MultiSurface gml:id="g5" srsName="EPSG:2154" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="g6"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 652100 6862000 652100 6862100 652000 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></geometrie>
      <idEmprise>E1</idEmprise>
      <objet xlink:href="AFF_A"/>
      <objet xlink:href="#AFF_B"/>
      <objet xlink:href="hrefs.gml#AFF_DANGLING"/>
    </EmpriseEchangePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
