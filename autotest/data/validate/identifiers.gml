<?xml version="1.0" encoding="UTF-8"?>
<!-- PCRS-ID-001, PCRS-ID-003, PCRS-ID-004. -->
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
      <pcrs:geometrie><gml:Point gml:id="ARB1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>ARB01</pcrs:reference>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:ArbrePCRS gml:id="ARB1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-2</pcrs:idObjet>
      <pcrs:thematique>06</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Point gml:id="ARB1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652002 6862001 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>ARB01</pcrs:reference>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:ArbrePCRS gml:id="ARB3">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-1</pcrs:idObjet>
      <pcrs:thematique>06</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Point gml:id="ARB3.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652003 6862001 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>ARB01</pcrs:reference>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageLignesPCRS gml:id="HLIG1">
      <pcrs:idHabillage/>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:geometrie><gml:MultiCurve gml:id="HLIG1.g" srsName="EPSG:2154" srsDimension="3"><gml:curveMember><gml:LineString gml:id="HLIG1.g1" srsDimension="3"><gml:posList>652000 6862001 35 652005 6862001 35</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve></pcrs:geometrie>
    </pcrs:HabillageLignesPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:NomVoiriePCRS gml:id="NOM1">
      <pcrs:idHabillage>idh-2</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:geometrie><gml:Point gml:id="NOM1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862002 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:libelle>Rue de la Paix</pcrs:libelle>
      <pcrs:angleRotation>0</pcrs:angleRotation>
      <pcrs:justification>C</pcrs:justification>
      <pcrs:taille>1</pcrs:taille>
      <pcrs:idNomVoirie>nom-1</pcrs:idNomVoirie>
    </pcrs:NomVoiriePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:NomVoiriePCRS gml:id="NOM2">
      <pcrs:idHabillage>idh-3</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:geometrie><gml:Point gml:id="NOM2.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652002 6862002 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:libelle>Rue de la Paix</pcrs:libelle>
      <pcrs:angleRotation>0</pcrs:angleRotation>
      <pcrs:justification>C</pcrs:justification>
      <pcrs:taille>1</pcrs:taille>
      <pcrs:idNomVoirie>nom-1</pcrs:idNomVoirie>
    </pcrs:NomVoiriePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:EmpriseEchangePCRS gml:id="EMP1">
      <pcrs:fournisseur>Métropole</pcrs:fournisseur>
      <pcrs:datePublication>2021-06-01</pcrs:datePublication>
      <pcrs:type>Carreau</pcrs:type>
      <pcrs:geometrie><gml:MultiSurface gml:id="EMP1.g" srsName="EPSG:2154" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="EMP1.g1" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>651900 6861900 652300 6861900 652300 6862300 651900 6862300 651900 6861900</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></pcrs:geometrie>
      <pcrs:idEmprise>EMP-1</pcrs:idEmprise>
      <pcrs:objet xlink:href="#ARB1"/>
      <pcrs:objet xlink:href="#ARB1"/>
      <pcrs:objet xlink:href="#ARB3"/>
      <pcrs:habillage xlink:href="#HLIG1"/>
      <pcrs:habillage xlink:href="#NOM1"/>
      <pcrs:habillage xlink:href="#NOM2"/>
    </pcrs:EmpriseEchangePCRS>
  </pcrs:featureMember>
</pcrs:PlanCorpsRueSimplifie>
