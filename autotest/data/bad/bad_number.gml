<?xml version="1.0" encoding="UTF-8"?>
<!-- angleRotation "abc" (xs:double) in a HabillageSymbolePCRS. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="BAD" version="2.0">
  <featureMember>
    <HabillageSymbolePCRS gml:id="S1">
      <idHabillage>h1</idHabillage><thematique>03</thematique>
      <geometrie><gml:Point gml:id="g1" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></geometrie>
      <reference>SYM</reference>
      <angleRotation>abc</angleRotation>
      <longueur_mm>2.5</longueur_mm><largeur_mm>1.5</largeur_mm>
    </HabillageSymbolePCRS>
  </featureMember>
  <featureMember>
    <HabillageSymbolePCRS gml:id="S2">
      <idHabillage>h2</idHabillage><thematique>03</thematique>
      <geometrie><gml:Point gml:id="g2" srsName="EPSG:2154" srsDimension="3"><gml:pos>652002 6862002 35</gml:pos></gml:Point></geometrie>
      <reference>SYM</reference><angleRotation>45</angleRotation><longueur_mm>2.5</longueur_mm><largeur_mm>1.5</largeur_mm>
    </HabillageSymbolePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
