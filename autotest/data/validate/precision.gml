<?xml version="1.0" encoding="UTF-8"?>
<!-- PCRS-PREC-001, 002, 003. -->
<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="DOC" version="2.0">
  <pcrs:featureMember>
    <pcrs:ArbrePCRS gml:id="ARB1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-1</pcrs:idObjet>
      <pcrs:thematique>06</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>040</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Point gml:id="ARB1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>ARB01</pcrs:reference>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:ArbrePCRS gml:id="ARB2">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-2</pcrs:idObjet>
      <pcrs:thematique>06</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>040</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Point gml:id="ARB2.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652002 6862001 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>ARB01</pcrs:reference>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:ArbrePCRS gml:id="ARB3">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-3</pcrs:idObjet>
      <pcrs:thematique>06</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>150</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Point gml:id="ARB3.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652003 6862001 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>ARB01</pcrs:reference>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS1">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>tile.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS1.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 652010 6862000 652010 6862010 652000 6862010 652000 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-1</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>040</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:EmpriseEchangePCRS gml:id="EMP1">
      <pcrs:fournisseur>Métropole</pcrs:fournisseur>
      <pcrs:datePublication>2021-06-01</pcrs:datePublication>
      <pcrs:type>Carreau</pcrs:type>
      <pcrs:geometrie><gml:MultiSurface gml:id="EMP1.g" srsName="EPSG:2154" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="EMP1.g1" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>651900 6861900 652300 6861900 652300 6862300 651900 6862300 651900 6861900</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></pcrs:geometrie>
      <pcrs:idEmprise>EMP-1</pcrs:idEmprise>
      <pcrs:objet xlink:href="#ARB1"/>
      <pcrs:objet xlink:href="#ARB2"/>
      <pcrs:objet xlink:href="#ARB3"/>
    </pcrs:EmpriseEchangePCRS>
  </pcrs:featureMember>
</pcrs:PlanCorpsRueSimplifie>
