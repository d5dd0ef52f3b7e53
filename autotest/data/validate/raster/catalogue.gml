<?xml version="1.0" encoding="UTF-8"?>
<!-- Raster delivery: tiles are made by the test. -->
<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="DOC" version="2.0">
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS1">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>ok.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS1.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 652010 6862000 652010 6862010 652000 6862010 652000 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-1</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS2">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>missing.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS2.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652010 6862000 652020 6862000 652020 6862010 652010 6862010 652010 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-2</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS3">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>black.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS3.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652020 6862000 652030 6862000 652030 6862010 652020 6862010 652020 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-3</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS4">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>wrongcrs.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS4.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652030 6862000 652040 6862000 652040 6862010 652030 6862010 652030 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-4</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS5">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>shifted.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS5.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652040 6862000 652050 6862000 652050 6862010 652040 6862010 652040 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-5</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS6">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>coarse.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS6.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652050 6862000 652060 6862000 652060 6862010 652050 6862010 652050 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-6</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS7">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>nogeo.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS7.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652060 6862000 652070 6862000 652070 6862010 652060 6862010 652060 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-7</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS8">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>broken.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS8.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652070 6862000 652080 6862000 652080 6862010 652070 6862010 652070 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-8</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS9">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>lossy.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS9.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652080 6862000 652090 6862000 652090 6862010 652080 6862010 652080 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-9</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>MNE corrigé</pcrs:descriptionElementsQualite>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS10">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>ok.tif</pcrs:nomImage>
      <pcrs:typeImage>image/tiff</pcrs:typeImage>
      <pcrs:geometrie><gml:Polygon gml:id="RAS10.g" srsName="EPSG:2154" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 652010 6862000 652010 6862010 652000 6862010 652000 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
      <pcrs:idPCRS>idr-10</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
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
    </pcrs:EmpriseEchangePCRS>
  </pcrs:featureMember>
</pcrs:PlanCorpsRueSimplifie>
