<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<?xml-stylesheet type="text/xsl" href="pcrs.xsl"?>
<!-- Same document after a UTF-8 BOM, an XML declaration, a comment and a processing instruction. -->
<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="PREFIXES" version="2.0">
  <pcrs:featureMember>
    <pcrs:ArbrePCRS gml:id="T_ARBRE">
      <pcrs:dateLeve>2020-01-02</pcrs:dateLeve><pcrs:idObjet>ido-1</pcrs:idObjet><pcrs:thematique>06</pcrs:thematique><pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation><pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique><pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Point gml:id="g1" srsName="EPSG:3946" srsDimension="3"><gml:pos>1846461.40294247 5181620.26421486 269.15</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference/>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:LimiteVoiriePCRS gml:id="T_LIMITE">
      <pcrs:idObjet>ido-2</pcrs:idObjet><pcrs:thematique>03</pcrs:thematique><pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation><pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique><pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Curve gml:id="g2" srsName="EPSG:3946" srsDimension="3"><gml:segments><gml:Arc><gml:posList>1846460 5181620 269 1846461 5181621 269 1846462 5181620 269</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList>1846462 5181620 269 1846463 5181619 269.5</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></pcrs:geometrie>
    </pcrs:LimiteVoiriePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantPCRS gml:id="T_AFF">
      <pcrs:idObjet>ido-3</pcrs:idObjet><pcrs:thematique>10</pcrs:thematique><pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation><pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique><pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:nature>07</pcrs:nature><pcrs:reseau>00</pcrs:reseau>
      <pcrs:representation xlink:href="T_GEOM"/>
    </pcrs:AffleurantPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantGeometriquePCRS gml:id="T_GEOM">
      <pcrs:point xlink:href="#T_POINT"/>
    </pcrs:AffleurantGeometriquePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantPointPCRS gml:id="T_POINT">
      <pcrs:geometrie><gml:Point gml:id="g3" srsName="EPSG:3946" srsDimension="3"><gml:pos>1846461 5181621 269.2</gml:pos></gml:Point></pcrs:geometrie>
    </pcrs:AffleurantPointPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs-i:InitiativePCRS gml:id="T_INIT">
      <pcrs-i:partenaires>Métropole</pcrs-i:partenaires><pcrs-i:partenaires>Région</pcrs-i:partenaires>
      <pcrs-i:gestionnaire>Équipe PCRS</pcrs-i:gestionnaire>
      <pcrs-i:geometrie><gml:MultiSurface gml:id="g4" srsName="EPSG:3946" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="g5"><gml:exterior><gml:LinearRing><gml:posList>1846400 5181600 1846500 5181600 1846500 5181700 1846400 5181600</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></pcrs-i:geometrie>
    </pcrs-i:InitiativePCRS>
  </pcrs:featureMember>
</pcrs:PlanCorpsRueSimplifie>
