<?xml version="1.0" encoding="UTF-8"?>
<!-- Values and links, good and bad, for autotest/core/test_reader.c (expected results there). -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    gml:id="VALUES" version="2.0">
  <gml:description>root description, skipped</gml:description>
  <gml:boundedBy><gml:Envelope srsName="EPSG:4326"><gml:lowerCorner>0 0</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></gml:boundedBy>
  <foo:Bar xmlns:foo="urn:example:foo"><foo:Baz/></foo:Bar>
  <featureMember xlink:href="#ARBRE.1"/>
  <featureMember>
    <ArbrePCRS gml:id="ARBRE.1">
      <gml:name>a leading gml element, skipped</gml:name>
      <dateLeve>2020-02-29</dateLeve>
      <idObjet>  A1 kept  as is </idObjet>
      <thematique>
        06
      </thematique>
      <qualiteCategorisation>01</qualiteCategorisation>
      <precisionPlanimetrique>005</precisionPlanimetrique>
      <precisionAltimetrique xsi:nil="true"/>
      <producteur>Test &amp; Cie <![CDATA[<CDATA>]]></producteur>
      <geometrie><gml:Point gml:id="ARBRE.1.g" srsName="EPSG:2154"><gml:pos>700000 6600000</gml:pos></gml:Point></geometrie>
      <reference/>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <ArbrePCRS gml:id="ARBRE.2">
      <dateLeve>2021-02-29</dateLeve>
      <idObjet>A2</idObjet>
      <idObjet>A2 again</idObjet>
      <thematique>06</thematique>
      <qualiteCategorisation>01</qualiteCategorisation>
      <precisionPlanimetrique>5</precisionPlanimetrique>
      <producteur>Test<b>bold</b> suite</producteur>
      <couleur>vert</couleur>
      <geometrie><gml:Point gml:id="ARBRE.2.g" srsName="EPSG:3946"><gml:pos>1800000 5100000</gml:pos></gml:Point></geometrie>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <AffleurantSymbolePCRS gml:id="SYMB.1">
      <geometrie><gml:Point gml:id="SYMB.1.g" srsName="EPSG:2154"><gml:pos>700000 6600000</gml:pos></gml:Point></geometrie>
      <reference>ECL01</reference>
      <angleRotation>abc</angleRotation>
      <longueur_mm> 1.5E2 </longueur_mm>
      <largeur_mm>INF</largeur_mm>
    </AffleurantSymbolePCRS>
  </featureMember>
  <featureMember>
    <AffleurantSymbolePCRS gml:id="SYMB.2">
      <geometrie><gml:Point gml:id="SYMB.2.g" srsName="EPSG:2154"><gml:pos>700000 6600000</gml:pos></gml:Point></geometrie>
      <reference>AFF01</reference>
      <angleRotation>-12.5</angleRotation>
      <longueur_mm>.5</longueur_mm>
      <largeur_mm></largeur_mm>
    </AffleurantSymbolePCRS>
  </featureMember>
  <featureMember>
    <PointLevePCRS gml:id="PL.1">
      <geometrie><gml:Point gml:id="PL.1.g" srsName="EPSG:2154"><gml:pos>700000 6600000</gml:pos></gml:Point></geometrie>
      <numeroPoint>P1</numeroPoint>
      <precisionXY>+12</precisionXY>
      <precisionZ>1.5</precisionZ>
      <horodatage>2020-02-29Z</horodatage>
      <producteur>Test</producteur>
    </PointLevePCRS>
  </featureMember>
  <featureMember>
    <PointLevePCRS gml:id="PL.2">
      <geometrie><gml:Point gml:id="PL.2.g" srsName="EPSG:2154"><gml:pos>700000 6600000</gml:pos></gml:Point></geometrie>
      <numeroPoint>P2</numeroPoint>
      <precisionXY>99999999999999999999</precisionXY>
      <precisionZ>-7</precisionZ>
      <horodatage>2021-12-31+02:00</horodatage>
      <producteur>Test</producteur>
    </PointLevePCRS>
  </featureMember>
  <featureMember>
    <MurPCRS gml:id="MUR.1">
      <idObjet>M1</idObjet>
      <thematique>05</thematique>
      <qualiteCategorisation>other: Drone</qualiteCategorisation>
      <precisionPlanimetrique>005</precisionPlanimetrique>
      <producteur>Test</producteur>
      <geometrie><gml:LineString gml:id="MUR.1.g" srsName="EPSG:2154"><gml:posList>700000 6600000 700001 6600001</gml:posList></gml:LineString></geometrie>
      <typeMur>07</typeMur>
    </MurPCRS>
  </featureMember>
  <featureMember>
    <ArbrePCRS gml:id="ARBRE.1">
      <idObjet>duplicate</idObjet>
      <thematique>06</thematique>
      <qualiteCategorisation>01</qualiteCategorisation>
      <precisionPlanimetrique>005</precisionPlanimetrique>
      <producteur>Test</producteur>
      <geometrie xlink:href="#ARBRE.1.g"/>
      <reference>R</reference>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <Licorne gml:id="UNICORN"><corne>1</corne></Licorne>
  </featureMember>
  <featureMember>
    <PilierPCRS gml:id="ABSTRACT"/>
  </featureMember>
  <featureMember>
    <AffleurantPCRS gml:id="AFF.1">
      <idObjet>AF1</idObjet>
      <thematique>10</thematique>
      <qualiteCategorisation>01</qualiteCategorisation>
      <precisionPlanimetrique>005</precisionPlanimetrique>
      <producteur>Test</producteur>
      <pointLeve xlink:href="PL.1"/>
      <pointLeve xlink:href="#PL.2"/>
      <pointLeve xlink:href="other.gml#PL.1"/>
      <pointLeve xlink:href=""/>
      <pointLeve/>
      <pointLeve xsi:nil="true"/>
      <symbolisation xlink:href=" SYMB.1 "/>
      <representation xlink:href="#GEOM.1"/>
    </AffleurantPCRS>
  </featureMember>
  <featureMember>
    <AffleurantPCRS gml:id="AFF.2">
      <idObjet>AF2</idObjet>
      <thematique>10</thematique>
      <qualiteCategorisation>01</qualiteCategorisation>
      <precisionPlanimetrique>005</precisionPlanimetrique>
      <producteur>Test</producteur>
      <symbolisation xlink:href="#SYMB.1"/>
      <symbolisation xlink:href="#SYMB.2"/>
      <representation xlink:href="#GEOM.1">
        <AffleurantGeometriquePCRS gml:id="GEOM.2"><point xlink:href="#PTS.MISSING"/></AffleurantGeometriquePCRS>
      </representation>
    </AffleurantPCRS>
  </featureMember>
  <featureMember>
    <AffleurantGeometriquePCRS gml:id="GEOM.1">
      <point xlink:href=" #PTS.MISSING "/>
      <point xlink:href="FORWARD.1"/>
    </AffleurantGeometriquePCRS>
  </featureMember>
  <featureMember>
    <AffleurantPointPCRS gml:id="FORWARD.1">
      <geometrie><gml:Point gml:id="FORWARD.1.g" srsName="EPSG:2154"><gml:pos>700000 6600000</gml:pos></gml:Point></geometrie>
    </AffleurantPointPCRS>
  </featureMember>
  <featureMember>
    <AffleurantPointPCRS>
      <geometrie><gml:Point srsName="EPSG:2154"><gml:pos>700000 6600000</gml:pos></gml:Point></geometrie>
    </AffleurantPointPCRS>
  </featureMember>
  <featureMember>
    <ArbrePCRS gml:id="ARBRE.BADGEOM">
      <idObjet>B1</idObjet>
      <thematique>06</thematique>
      <qualiteCategorisation>01</qualiteCategorisation>
      <precisionPlanimetrique>005</precisionPlanimetrique>
      <producteur>Test</producteur>
      <geometrie><gml:Point gml:id="ARBRE.BADGEOM.g" srsName="EPSG:2154"><gml:pos>700000</gml:pos></gml:Point><gml:Point/></geometrie>
      <reference>after the bad geometry</reference>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <ArbrePCRS gml:id="ARBRE.TWOGEOM">
      <idObjet>B2</idObjet>
      <thematique>06</thematique>
      <qualiteCategorisation>01</qualiteCategorisation>
      <precisionPlanimetrique>005</precisionPlanimetrique>
      <producteur>Test</producteur>
      <geometrie><note>not GML</note><gml:Point gml:id="ARBRE.TWOGEOM.g1" srsName="EPSG:2154"><gml:pos>700010 6600010</gml:pos></gml:Point><gml:Point gml:id="ARBRE.TWOGEOM.g2"><gml:pos>1 1</gml:pos></gml:Point></geometrie>
      <reference>R2</reference>
    </ArbrePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
