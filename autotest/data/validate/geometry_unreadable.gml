<?xml version="1.0" encoding="UTF-8"?>
<!-- PCRS-GEOM-001, PCRS-GEOM-004, PCRS-GEOM-008. -->
<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="DOC" version="2.0">
  <pcrs:featureMember>
    <pcrs:ArbrePCRS gml:id="ARB1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-1</pcrs:idObjet>
      <pcrs:thematique>06</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Point gml:id="ARB1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652000 6862000</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>A</pcrs:reference>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageEnveloppePCRS gml:id="HENV1">
      <pcrs:idHabillage>idh-1</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:geometrie><gml:Polygon gml:id="HENV1.g" srsName="EPSG:2154" srsDimension="3"><gml:exterior><gml:Ring><gml:curveMember><gml:LineString gml:id="HENV1.c" srsDimension="3"><gml:posList>652000 6862000 35 652002 6862000 35 652002 6862002 35 652000 6862002 35</gml:posList></gml:LineString></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon></pcrs:geometrie>
    </pcrs:HabillageEnveloppePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageEnveloppePCRS gml:id="HENV2">
      <pcrs:idHabillage>idh-2</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:geometrie><gml:Polygon gml:id="HENV2.g" srsName="EPSG:2154"/></pcrs:geometrie>
    </pcrs:HabillageEnveloppePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:EmpriseEchangePCRS gml:id="EMP1">
      <pcrs:fournisseur>Métropole</pcrs:fournisseur>
      <pcrs:datePublication>2021-06-01</pcrs:datePublication>
      <pcrs:type>Carreau</pcrs:type>
      <pcrs:geometrie><gml:MultiSurface gml:id="EMP1.g" srsName="EPSG:2154" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="EMP1.g1" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>651900 6861900 652300 6861900 652300 6862300 651900 6862300 651900 6861900</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></pcrs:geometrie>
      <pcrs:idEmprise>EMP-1</pcrs:idEmprise>
      <pcrs:objet xlink:href="#ARB1"/>
      <pcrs:habillage xlink:href="#HENV1"/>
      <pcrs:habillage xlink:href="#HENV2"/>
    </pcrs:EmpriseEchangePCRS>
  </pcrs:featureMember>
</pcrs:PlanCorpsRueSimplifie>
