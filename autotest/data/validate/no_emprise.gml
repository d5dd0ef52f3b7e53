<?xml version="1.0" encoding="UTF-8"?>
<!-- PCRS-DOC-003. -->
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
</pcrs:PlanCorpsRueSimplifie>
