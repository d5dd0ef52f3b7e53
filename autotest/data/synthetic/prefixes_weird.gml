<?xml version="1.0" encoding="UTF-8"?>
<!-- Same document, unusual prefixes p: (pcrs), q: (pcrs-i), g: (gml), x: (xlink). -->
<p:PlanCorpsRueSimplifie xmlns:p="http://cnig.gouv.fr/pcrs" xmlns:q="http://cnig.gouv.fr/pcrs-information" xmlns:g="http://www.opengis.net/gml/3.2" xmlns:x="http://www.w3.org/1999/xlink" g:id="PREFIXES" version="2.0">
  <p:featureMember>
    <p:ArbrePCRS g:id="T_ARBRE">
      <p:dateLeve>2020-01-02</p:dateLeve><p:idObjet>ido-1</p:idObjet><p:thematique>06</p:thematique><p:qualiteCategorisation>01</p:qualiteCategorisation><p:precisionPlanimetrique>005</p:precisionPlanimetrique><p:producteur>Immergis</p:producteur>
      <p:geometrie><g:Point g:id="g1" srsName="EPSG:3946" srsDimension="3"><g:pos>1846461.40294247 5181620.26421486 269.15</g:pos></g:Point></p:geometrie>
      <p:reference/>
    </p:ArbrePCRS>
  </p:featureMember>
  <p:featureMember>
    <p:LimiteVoiriePCRS g:id="T_LIMITE">
      <p:idObjet>ido-2</p:idObjet><p:thematique>03</p:thematique><p:qualiteCategorisation>01</p:qualiteCategorisation><p:precisionPlanimetrique>005</p:precisionPlanimetrique><p:producteur>Immergis</p:producteur>
      <p:geometrie><g:Curve g:id="g2" srsName="EPSG:3946" srsDimension="3"><g:segments><g:Arc><g:posList>1846460 5181620 269 1846461 5181621 269 1846462 5181620 269</g:posList></g:Arc><g:LineStringSegment><g:posList>1846462 5181620 269 1846463 5181619 269.5</g:posList></g:LineStringSegment></g:segments></g:Curve></p:geometrie>
    </p:LimiteVoiriePCRS>
  </p:featureMember>
  <p:featureMember>
    <p:AffleurantPCRS g:id="T_AFF">
      <p:idObjet>ido-3</p:idObjet><p:thematique>10</p:thematique><p:qualiteCategorisation>01</p:qualiteCategorisation><p:precisionPlanimetrique>005</p:precisionPlanimetrique><p:producteur>Immergis</p:producteur>
      <p:nature>07</p:nature><p:reseau>00</p:reseau>
      <p:representation x:href="T_GEOM"/>
    </p:AffleurantPCRS>
  </p:featureMember>
  <p:featureMember>
    <p:AffleurantGeometriquePCRS g:id="T_GEOM">
      <p:point x:href="#T_POINT"/>
    </p:AffleurantGeometriquePCRS>
  </p:featureMember>
  <p:featureMember>
    <p:AffleurantPointPCRS g:id="T_POINT">
      <p:geometrie><g:Point g:id="g3" srsName="EPSG:3946" srsDimension="3"><g:pos>1846461 5181621 269.2</g:pos></g:Point></p:geometrie>
    </p:AffleurantPointPCRS>
  </p:featureMember>
  <p:featureMember>
    <q:InitiativePCRS g:id="T_INIT">
      <q:partenaires>Métropole</q:partenaires><q:partenaires>Région</q:partenaires>
      <q:gestionnaire>Équipe PCRS</q:gestionnaire>
      <q:geometrie><g:MultiSurface g:id="g4" srsName="EPSG:3946" srsDimension="2"><g:surfaceMember><g:Polygon g:id="g5"><g:exterior><g:LinearRing><g:posList>1846400 5181600 1846500 5181600 1846500 5181700 1846400 5181600</g:posList></g:LinearRing></g:exterior></g:Polygon></g:surfaceMember></g:MultiSurface></q:geometrie>
    </q:InitiativePCRS>
  </p:featureMember>
</p:PlanCorpsRueSimplifie>
