<?xml version="1.0" encoding="UTF-8"?>
<!-- PCRS-GEOM-002 to 009. -->
<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="DOC" version="2.0">
  <pcrs:featureMember>
    <pcrs:LimiteVoiriePCRS gml:id="LIM1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-1</pcrs:idObjet>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:LineString gml:id="LIM1.g" srsName="EPSG:2154" srsDimension="3"><gml:posList>652000 6862000 35 652005 6862000 35 652005 6862000 35 652005 6862005 35</gml:posList></gml:LineString></pcrs:geometrie>
    </pcrs:LimiteVoiriePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantPCRS gml:id="AFF1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-2</pcrs:idObjet>
      <pcrs:thematique>10</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:nature>03</pcrs:nature>
      <pcrs:representation xlink:href="#AGEO1"/>
    </pcrs:AffleurantPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantGeometriquePCRS gml:id="AGEO1">
      <pcrs:enveloppe xlink:href="#AENV1"/>
      <pcrs:enveloppe xlink:href="#AENV2"/>
    </pcrs:AffleurantGeometriquePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantEnveloppePCRS gml:id="AENV1">
      <pcrs:geometrie><gml:Polygon gml:id="AENV1.g" srsName="EPSG:2154" srsDimension="3"><gml:exterior><gml:LinearRing><gml:posList>652010 6862010 35 652014 6862010 35 652014 6862014 35 652010 6862014 35 652010 6862010 35</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><gml:posList>652011 6862011 35 652012 6862011 35 652012 6862012 35 652011 6862012 35 652011 6862011 35</gml:posList></gml:LinearRing></gml:interior></gml:Polygon></pcrs:geometrie>
    </pcrs:AffleurantEnveloppePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantEnveloppePCRS gml:id="AENV2">
      <pcrs:geometrie><gml:Polygon gml:id="AENV2.g" srsName="EPSG:2154" srsDimension="3"><gml:exterior><gml:LinearRing><gml:posList>652020 6862010 35 652022 6862012 35 652022 6862010 35 652020 6862012 35 652020 6862010 35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></pcrs:geometrie>
    </pcrs:AffleurantEnveloppePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:PilierParticulierPCRS gml:id="PIL1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-3</pcrs:idObjet>
      <pcrs:thematique>05</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:LineString gml:id="PIL1.g" srsName="EPSG:2154" srsDimension="3"><gml:posList>652000 6862010 35 652001 6862010 35 652001 6862011 35</gml:posList></gml:LineString></pcrs:geometrie>
    </pcrs:PilierParticulierPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:PilierParticulierPCRS gml:id="PIL2">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-4</pcrs:idObjet>
      <pcrs:thematique>05</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:LineString gml:id="PIL2.g" srsName="EPSG:2154" srsDimension="3"><gml:posList>652000 6862012 35 652001 6862013 35 652001 6862012 35 652000 6862013 35 652000 6862012 35</gml:posList></gml:LineString></pcrs:geometrie>
    </pcrs:PilierParticulierPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:SeuilPCRS gml:id="SEU1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-5</pcrs:idObjet>
      <pcrs:thematique>02</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:LineString gml:id="SEU1.g" srsName="EPSG:2154" srsDimension="3"><gml:posList>652000 6862014 35 652001 6862014 35 652002 6862014 35</gml:posList></gml:LineString></pcrs:geometrie>
    </pcrs:SeuilPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:FacadePCRS gml:id="FAC1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-6</pcrs:idObjet>
      <pcrs:thematique>02</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:geometrie><gml:Curve gml:id="FAC1.g" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:Arc><gml:posList>652000 6862016 35 652001 6862016 35 652002 6862016 35</gml:posList></gml:Arc></gml:segments></gml:Curve></pcrs:geometrie>
    </pcrs:FacadePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:EmpriseEchangePCRS gml:id="EMP1">
      <pcrs:fournisseur>Métropole</pcrs:fournisseur>
      <pcrs:datePublication>2021-06-01</pcrs:datePublication>
      <pcrs:type>Carreau</pcrs:type>
      <pcrs:geometrie><gml:MultiSurface gml:id="EMP1.g" srsName="EPSG:2154" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="EMP1.g1" srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>651900 6861900 652300 6861900 652300 6862300 651900 6862300 651900 6861900</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></pcrs:geometrie>
      <pcrs:idEmprise>EMP-1</pcrs:idEmprise>
      <pcrs:objet xlink:href="#LIM1"/>
      <pcrs:objet xlink:href="#AFF1"/>
      <pcrs:objet xlink:href="#PIL1"/>
      <pcrs:objet xlink:href="#PIL2"/>
      <pcrs:objet xlink:href="#SEU1"/>
      <pcrs:objet xlink:href="#FAC1"/>
    </pcrs:EmpriseEchangePCRS>
  </pcrs:featureMember>
</pcrs:PlanCorpsRueSimplifie>
