<?xml version="1.0" encoding="UTF-8"?>
<!-- One or two features of every concrete class of CNIG PCRS v2.0 (pcrs and pcrs-i), every
     property filled, list properties with two values, 3D geometries in Lambert-93 (EPSG:2154).
     Schema-valid (strict GML 3.2.1). See ../README.md. -->
<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="ALL_CLASSES" version="2.0">
  <pcrs:featureMember>
    <pcrs:PointLevePCRS gml:id="PL1">
      <pcrs:geometrie><gml:Point gml:id="PL1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652010.5 6862010.25 35.125</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:numeroPoint>P1001</pcrs:numeroPoint>
      <pcrs:precisionXY>2</pcrs:precisionXY>
      <pcrs:precisionZ>3</pcrs:precisionZ>
      <pcrs:horodatage>2021-03-04</pcrs:horodatage>
      <pcrs:producteur>Géomètre Expert Durand</pcrs:producteur>
    </pcrs:PointLevePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:PointLevePCRS gml:id="PL2">
      <pcrs:geometrie><gml:Point gml:id="PL2.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652011.5 6862011.25 35.25</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:numeroPoint>P1002</pcrs:numeroPoint>
      <pcrs:precisionXY>1</pcrs:precisionXY>
      <pcrs:precisionZ>2</pcrs:precisionZ>
      <pcrs:horodatage>2021-03-05</pcrs:horodatage>
      <pcrs:producteur>Géomètre Expert Durand</pcrs:producteur>
    </pcrs:PointLevePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantPCRS gml:id="AFF1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-aff-1</pcrs:idObjet>
      <pcrs:thematique>10</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>010</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:gestionnaire>ENEDIS</pcrs:gestionnaire>
      <pcrs:nature>03</pcrs:nature>
      <pcrs:reseau>other: FIBRE</pcrs:reseau>
      <pcrs:source>SIG-RESEAU</pcrs:source>
      <pcrs:idSource>SRC-0042</pcrs:idSource>
      <pcrs:symbolisation xlink:href="#ASYM1"/>
      <pcrs:representation xlink:href="#AGEO1"/>
    </pcrs:AffleurantPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantGeometriquePCRS gml:id="AGEO1">
      <pcrs:enveloppe xlink:href="#AENV1"/>
      <pcrs:enveloppe xlink:href="#AENV2"/>
      <pcrs:ligne xlink:href="#ALIG1"/>
      <pcrs:ligne xlink:href="#ALIG2"/>
      <pcrs:point xlink:href="#APT1"/>
      <pcrs:point xlink:href="#APT2"/>
    </pcrs:AffleurantGeometriquePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantEnveloppePCRS gml:id="AENV1">
      <pcrs:geometrie>
        <gml:Polygon gml:id="AENV1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior><gml:LinearRing><gml:posList>652020 6862020 35 652021 6862020 35 652021 6862021 35 652020 6862021 35 652020 6862020 35</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </pcrs:geometrie>
      <pcrs:habillage xlink:href="#HLIG1"/>
      <pcrs:habillage xlink:href="#HLIG2"/>
    </pcrs:AffleurantEnveloppePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantEnveloppePCRS gml:id="AENV2">
      <pcrs:geometrie>
        <gml:Polygon gml:id="AENV2.g" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior><gml:LinearRing><gml:posList>652022 6862020 35 652023 6862020 35 652023 6862021 35 652022 6862021 35 652022 6862020 35</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </pcrs:geometrie>
      <pcrs:habillage xlink:href="#HLIG1"/>
      <pcrs:habillage xlink:href="#HLIG2"/>
    </pcrs:AffleurantEnveloppePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantLignesPCRS gml:id="ALIG1">
      <pcrs:geometrie>
        <gml:MultiCurve gml:id="ALIG1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:curveMember><gml:LineString gml:id="ALIG1.g1"><gml:posList>652024 6862020 35 652025 6862021 35</gml:posList></gml:LineString></gml:curveMember>
          <gml:curveMember><gml:LineString gml:id="ALIG1.g2"><gml:posList>652024 6862021 35 652025 6862022 35</gml:posList></gml:LineString></gml:curveMember>
        </gml:MultiCurve>
      </pcrs:geometrie>
    </pcrs:AffleurantLignesPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantLignesPCRS gml:id="ALIG2">
      <pcrs:geometrie>
        <gml:MultiCurve gml:id="ALIG2.g" srsName="EPSG:2154" srsDimension="3">
          <gml:curveMember><gml:LineString gml:id="ALIG2.g1"><gml:posList>652026 6862020 35 652027 6862021 35</gml:posList></gml:LineString></gml:curveMember>
        </gml:MultiCurve>
      </pcrs:geometrie>
    </pcrs:AffleurantLignesPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantPointPCRS gml:id="APT1">
      <pcrs:geometrie><gml:Point gml:id="APT1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652020.5 6862020.5 35</gml:pos></gml:Point></pcrs:geometrie>
    </pcrs:AffleurantPointPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantPointPCRS gml:id="APT2">
      <pcrs:geometrie><gml:Point gml:id="APT2.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652022.5 6862020.5 35</gml:pos></gml:Point></pcrs:geometrie>
    </pcrs:AffleurantPointPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantSymbolePCRS gml:id="ASYM1">
      <pcrs:geometrie><gml:Point gml:id="ASYM1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652020.5 6862020.5 35</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>ECL01</pcrs:reference>
      <pcrs:angleRotation>45.5</pcrs:angleRotation>
      <pcrs:longueur_mm>1.5</pcrs:longueur_mm>
      <pcrs:largeur_mm>2.5</pcrs:largeur_mm>
    </pcrs:AffleurantSymbolePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:ArbrePCRS gml:id="ARB1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-arb-1</pcrs:idObjet>
      <pcrs:thematique>06</pcrs:thematique>
      <pcrs:qualiteCategorisation>02</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>002</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Point gml:id="ARB1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652030 6862030 36.5</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference/>
    </pcrs:ArbrePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:Commune gml:id="COM1">
      <pcrs:codeINSEE>01004</pcrs:codeINSEE>
      <pcrs:nom>Ambérieu-en-Bugey</pcrs:nom>
      <pcrs:geometrie>
        <gml:MultiSurface gml:id="COM1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:surfaceMember><gml:Polygon gml:id="COM1.g1"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 0 652050 6862000 0 652050 6862100 0 652000 6862100 0 652000 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        </gml:MultiSurface>
      </pcrs:geometrie>
      <pcrs:reference>BDTOPO</pcrs:reference>
    </pcrs:Commune>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:Commune gml:id="COM2">
      <pcrs:codeINSEE>2A004</pcrs:codeINSEE>
      <pcrs:nom>Ajaccio</pcrs:nom>
      <pcrs:geometrie>
        <gml:MultiSurface gml:id="COM2.g" srsName="EPSG:2154" srsDimension="3">
          <gml:surfaceMember><gml:Polygon gml:id="COM2.g1"><gml:exterior><gml:LinearRing><gml:posList>652050 6862000 0 652100 6862000 0 652100 6862100 0 652050 6862100 0 652050 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        </gml:MultiSurface>
      </pcrs:geometrie>
      <pcrs:reference>BDTOPO</pcrs:reference>
    </pcrs:Commune>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:FacadePCRS gml:id="FAC1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-fac-1</pcrs:idObjet>
      <pcrs:thematique>02</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Curve gml:id="FAC1.g" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652040 6862040 36 652045 6862040 36 652045 6862045 36</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></pcrs:geometrie>
    </pcrs:FacadePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageEnveloppePCRS gml:id="HENV1">
      <pcrs:idHabillage>idh-env-1</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:habillage xlink:href="#HTXT1"/>
      <pcrs:habillage xlink:href="#HSYM1"/>
      <pcrs:geometrie>
        <gml:Polygon gml:id="HENV1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior><gml:LinearRing><gml:posList>652050 6862050 36 652052 6862050 36 652052 6862052 36 652050 6862052 36 652050 6862050 36</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </pcrs:geometrie>
    </pcrs:HabillageEnveloppePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageLignesPCRS gml:id="HLIG1">
      <pcrs:idHabillage>idh-lig-1</pcrs:idHabillage>
      <pcrs:thematique>10</pcrs:thematique>
      <pcrs:habillage xlink:href="#HSYM1"/>
      <pcrs:habillage xlink:href="#HSYM2"/>
      <pcrs:geometrie>
        <gml:MultiCurve gml:id="HLIG1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:curveMember><gml:Curve gml:id="HLIG1.g1"><gml:segments><gml:LineStringSegment><gml:posList>652020.2 6862020.2 35 652020.8 6862020.8 35</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember>
          <gml:curveMember><gml:Curve gml:id="HLIG1.g2"><gml:segments><gml:LineStringSegment><gml:posList>652020.2 6862020.8 35 652020.8 6862020.2 35</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember>
        </gml:MultiCurve>
      </pcrs:geometrie>
    </pcrs:HabillageLignesPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageLignesPCRS gml:id="HLIG2">
      <pcrs:idHabillage>idh-lig-2</pcrs:idHabillage>
      <pcrs:thematique>10</pcrs:thematique>
      <pcrs:habillage xlink:href="#HSYM1"/>
      <pcrs:habillage xlink:href="#HSYM2"/>
      <pcrs:geometrie>
        <gml:MultiCurve gml:id="HLIG2.g" srsName="EPSG:2154" srsDimension="3">
          <gml:curveMember><gml:Curve gml:id="HLIG2.g1"><gml:segments><gml:LineStringSegment><gml:posList>652022.2 6862020.2 35 652022.8 6862020.8 35</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember>
          <gml:curveMember><gml:Curve gml:id="HLIG2.g2"><gml:segments><gml:LineStringSegment><gml:posList>652022.2 6862020.8 35 652022.8 6862020.2 35</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember>
        </gml:MultiCurve>
      </pcrs:geometrie>
    </pcrs:HabillageLignesPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillagePointsPCRS gml:id="HPTS1">
      <pcrs:idHabillage>idh-pts-1</pcrs:idHabillage>
      <pcrs:thematique>05</pcrs:thematique>
      <pcrs:habillage xlink:href="#HTXT1"/>
      <pcrs:habillage xlink:href="#HSYM2"/>
      <pcrs:geometrie>
        <gml:MultiPoint gml:id="HPTS1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:pointMember><gml:Point gml:id="HPTS1.g1"><gml:pos>652060 6862060 36</gml:pos></gml:Point></gml:pointMember>
          <gml:pointMember><gml:Point gml:id="HPTS1.g2"><gml:pos>652061 6862061 36</gml:pos></gml:Point></gml:pointMember>
        </gml:MultiPoint>
      </pcrs:geometrie>
    </pcrs:HabillagePointsPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageSymbolePCRS gml:id="HSYM1">
      <pcrs:idHabillage>idh-sym-1</pcrs:idHabillage>
      <pcrs:thematique>02</pcrs:thematique>
      <pcrs:habillage xlink:href="#HTXT1"/>
      <pcrs:habillage xlink:href="#HENV1"/>
      <pcrs:geometrie><gml:Point gml:id="HSYM1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652070 6862070 36</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>SEUIL01</pcrs:reference>
      <pcrs:angleRotation>90</pcrs:angleRotation>
      <pcrs:longueur_mm>3</pcrs:longueur_mm>
      <pcrs:largeur_mm>1.25</pcrs:largeur_mm>
    </pcrs:HabillageSymbolePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageSymbolePCRS gml:id="HSYM2">
      <pcrs:idHabillage>idh-sym-2</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:habillage xlink:href="#HTXT1"/>
      <pcrs:habillage xlink:href="#HENV1"/>
      <pcrs:geometrie><gml:Point gml:id="HSYM2.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652071 6862071 36</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:reference>ESCALIER01</pcrs:reference>
      <pcrs:angleRotation>-12.75</pcrs:angleRotation>
      <pcrs:longueur_mm>4</pcrs:longueur_mm>
      <pcrs:largeur_mm>2</pcrs:largeur_mm>
    </pcrs:HabillageSymbolePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageTextePCRS gml:id="HTXT1">
      <pcrs:idHabillage>idh-txt-1</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:habillage xlink:href="#HSYM1"/>
      <pcrs:habillage xlink:href="#HSYM2"/>
      <pcrs:geometrie><gml:Point gml:id="HTXT1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652072 6862072 36</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:libelle>123 m</pcrs:libelle>
      <pcrs:angleRotation>12.5</pcrs:angleRotation>
      <pcrs:justification>C</pcrs:justification>
      <pcrs:taille>1.5</pcrs:taille>
    </pcrs:HabillageTextePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:LimiteVoiriePCRS gml:id="LIM1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-lim-1</pcrs:idObjet>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>010</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie>
        <gml:Curve gml:id="LIM1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:segments>
            <gml:LineStringSegment><gml:posList>652080 6862080 36 652090 6862080 36</gml:posList></gml:LineStringSegment>
            <gml:Arc><gml:posList>652090 6862080 36 652095 6862085 36 652100 6862080 36</gml:posList></gml:Arc>
          </gml:segments>
        </gml:Curve>
      </pcrs:geometrie>
    </pcrs:LimiteVoiriePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:MarcheEscalierPCRS gml:id="MAR1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-mar-1</pcrs:idObjet>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:LineString gml:id="MAR1.g" srsName="EPSG:2154" srsDimension="3"><gml:posList>652070 6862070 36 652071 6862070 36.15</gml:posList></gml:LineString></pcrs:geometrie>
      <pcrs:symbole xlink:href="#HSYM2"/>
    </pcrs:MarcheEscalierPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:MasqueOpacitePCRS gml:id="MAS1">
      <pcrs:idHabillage>idh-mas-1</pcrs:idHabillage>
      <pcrs:thematique>11</pcrs:thematique>
      <pcrs:habillage xlink:href="#HTXT1"/>
      <pcrs:habillage xlink:href="#HSYM1"/>
      <pcrs:transparence>50</pcrs:transparence>
      <pcrs:geometrie>
        <gml:Surface gml:id="MAS1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 0 652010 6862000 0 652010 6862010 0 652000 6862010 0 652000 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches>
        </gml:Surface>
      </pcrs:geometrie>
      <pcrs:raster xlink:href="#RAS1"/>
      <pcrs:raster xlink:href="#RAS2"/>
    </pcrs:MasqueOpacitePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:MasqueOpacitePCRS gml:id="MAS2">
      <pcrs:idHabillage>idh-mas-2</pcrs:idHabillage>
      <pcrs:thematique>11</pcrs:thematique>
      <pcrs:habillage xlink:href="#HTXT1"/>
      <pcrs:habillage xlink:href="#HSYM2"/>
      <pcrs:transparence>75</pcrs:transparence>
      <pcrs:geometrie>
        <gml:Polygon gml:id="MAS2.g" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior><gml:LinearRing><gml:posList>652010 6862000 0 652020 6862000 0 652020 6862010 0 652010 6862010 0 652010 6862000 0</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </pcrs:geometrie>
      <pcrs:raster xlink:href="#RAS1"/>
      <pcrs:raster xlink:href="#RAS2"/>
    </pcrs:MasqueOpacitePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:MurPCRS gml:id="MUR1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-mur-1</pcrs:idObjet>
      <pcrs:thematique>05</pcrs:thematique>
      <pcrs:qualiteCategorisation>03</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>010</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>040</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Curve gml:id="MUR1.g" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652000 6862090 36 652010 6862090 36</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></pcrs:geometrie>
      <pcrs:typeMur>06</pcrs:typeMur>
    </pcrs:MurPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:NomVoiriePCRS gml:id="NOM1">
      <pcrs:idHabillage>idh-nom-1</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:habillage xlink:href="#HSYM1"/>
      <pcrs:habillage xlink:href="#HSYM2"/>
      <pcrs:geometrie><gml:Point gml:id="NOM1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652080 6862090 36</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:libelle>Rue de l'Église</pcrs:libelle>
      <pcrs:angleRotation>0</pcrs:angleRotation>
      <pcrs:justification>G</pcrs:justification>
      <pcrs:taille>2</pcrs:taille>
      <pcrs:idNomVoirie>idv-nom-1</pcrs:idNomVoirie>
      <pcrs:positionnement>02</pcrs:positionnement>
    </pcrs:NomVoiriePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:NumeroVoiriePCRS gml:id="NUM1">
      <pcrs:idHabillage>idh-num-1</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:habillage xlink:href="#HSYM1"/>
      <pcrs:habillage xlink:href="#HSYM2"/>
      <pcrs:geometrie><gml:Point gml:id="NUM1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652081 6862091 36</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:libelle>12 bis</pcrs:libelle>
      <pcrs:angleRotation>-30</pcrs:angleRotation>
      <pcrs:justification>D</pcrs:justification>
      <pcrs:taille>1</pcrs:taille>
      <pcrs:idNumeroVoirie>idv-num-1</pcrs:idNumeroVoirie>
      <pcrs:positionnement>05</pcrs:positionnement>
    </pcrs:NumeroVoiriePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:ObjetGeneriquePCRS gml:id="OBJ1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-obj-1</pcrs:idObjet>
      <pcrs:thematique>00</pcrs:thematique>
      <pcrs:qualiteCategorisation>other: Inconnue</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>150</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>999</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Point gml:id="OBJ1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652090 6862090 36</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:identification>LimiteVoiriePCRS</pcrs:identification>
    </pcrs:ObjetGeneriquePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:PilePontPCRS gml:id="PILE1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-pile-1</pcrs:idObjet>
      <pcrs:thematique>07</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie>
        <gml:Polygon gml:id="PILE1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior><gml:LinearRing><gml:posList>652040 6862060 30 652042 6862060 30 652042 6862062 30 652040 6862062 30 652040 6862060 30</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </pcrs:geometrie>
    </pcrs:PilePontPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:PilierParticulierPCRS gml:id="PPAR1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-ppar-1</pcrs:idObjet>
      <pcrs:thematique>05</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Curve gml:id="PPAR1.g" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652044 6862060 36 652045 6862060 36 652045 6862061 36 652044 6862061 36 652044 6862060 36</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></pcrs:geometrie>
    </pcrs:PilierParticulierPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:PilierRegulierPCRS gml:id="PREG1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-preg-1</pcrs:idObjet>
      <pcrs:thematique>05</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Point gml:id="PREG1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652046 6862060 36</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:section>02</pcrs:section>
      <pcrs:angleRotation>30.25</pcrs:angleRotation>
      <pcrs:longueur>0.5</pcrs:longueur>
      <pcrs:largeur>0.4</pcrs:largeur>
    </pcrs:PilierRegulierPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:PointCanevasPCRS gml:id="CAN1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-can-1</pcrs:idObjet>
      <pcrs:thematique>01</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>002</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>002</pcrs:precisionAltimetrique>
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Point gml:id="CAN1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>652050 6862060 36.875</gml:pos></gml:Point></pcrs:geometrie>
      <pcrs:canevas>Canevas polygonal</pcrs:canevas>
      <pcrs:precisionXY>1</pcrs:precisionXY>
      <pcrs:precisionZ>2</pcrs:precisionZ>
      <pcrs:immatriculation>0123456</pcrs:immatriculation>
      <pcrs:dateCreation>1998-07-12</pcrs:dateCreation>
      <pcrs:fiche>https://example.org/fiches/0123456.pdf</pcrs:fiche>
    </pcrs:PointCanevasPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:ProeminenceBatiPCRS gml:id="PRO1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-pro-1</pcrs:idObjet>
      <pcrs:thematique>02</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Curve gml:id="PRO1.g" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652045 6862045 36 652046 6862045 36</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></pcrs:geometrie>
    </pcrs:ProeminenceBatiPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:QuaiFluvioMaritimePCRS gml:id="QFM1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-qfm-1</pcrs:idObjet>
      <pcrs:thematique>07</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Curve gml:id="QFM1.g" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652000 6862095 31 652050 6862095 31</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></pcrs:geometrie>
    </pcrs:QuaiFluvioMaritimePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:QuaiRailPCRS gml:id="QRA1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-qra-1</pcrs:idObjet>
      <pcrs:thematique>04</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Curve gml:id="QRA1.g" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652060 6862000 36.8 652060 6862050 36.8</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></pcrs:geometrie>
    </pcrs:QuaiRailPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RailPCRS gml:id="RAIL1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-rail-1</pcrs:idObjet>
      <pcrs:thematique>04</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>002</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>002</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie>
        <gml:Curve gml:id="RAIL1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:segments><gml:ArcString><gml:posList>652062 6862000 36 652063 6862010 36 652062 6862020 36 652061 6862030 36 652062 6862040 36</gml:posList></gml:ArcString></gml:segments>
        </gml:Curve>
      </pcrs:geometrie>
    </pcrs:RailPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS1">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>0652_6862_L93_5cm.jp2</pcrs:nomImage>
      <pcrs:typeImage>image/jp2</pcrs:typeImage>
      <pcrs:geometrie>
        <gml:Polygon gml:id="RAS1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior><gml:LinearRing><gml:posList>652000 6862000 0 652050 6862000 0 652050 6862050 0 652000 6862050 0 652000 6862000 0</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </pcrs:geometrie>
      <pcrs:idPCRS>idr-1</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>010</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>Orthophotographie vraie, contrôle sur 12 points</pcrs:descriptionElementsQualite>
      <pcrs:masque xlink:href="#MAS1"/>
      <pcrs:masque xlink:href="#MAS2"/>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:RasterPCRS gml:id="RAS2">
      <pcrs:producteur>IGN</pcrs:producteur>
      <pcrs:nomImage>0652_6862_L93_5cm_b.jp2</pcrs:nomImage>
      <pcrs:typeImage>image/jp2</pcrs:typeImage>
      <pcrs:geometrie>
        <gml:Polygon gml:id="RAS2.g" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior><gml:LinearRing><gml:posList>652050 6862000 0 652100 6862000 0 652100 6862050 0 652050 6862050 0 652050 6862000 0</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </pcrs:geometrie>
      <pcrs:idPCRS>idr-2</pcrs:idPCRS>
      <pcrs:resolution>5</pcrs:resolution>
      <pcrs:dateAcquisition>2020-06-15</pcrs:dateAcquisition>
      <pcrs:dateRecette>2020-09-30</pcrs:dateRecette>
      <pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>
      <pcrs:precisionPlanimetriqueZoneNaturelle>040</pcrs:precisionPlanimetriqueZoneNaturelle>
      <pcrs:descriptionElementsQualite>Orthophotographie vraie</pcrs:descriptionElementsQualite>
      <pcrs:masque xlink:href="#MAS1"/>
      <pcrs:masque xlink:href="#MAS2"/>
    </pcrs:RasterPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:SeuilPCRS gml:id="SEU1">
      <pcrs:dateLeve>2021-03-04</pcrs:dateLeve>
      <pcrs:idObjet>ido-seu-1</pcrs:idObjet>
      <pcrs:thematique>02</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:precisionAltimetrique>005</pcrs:precisionAltimetrique>
      <pcrs:producteur>Immergis</pcrs:producteur>
      <pcrs:pointLeve xlink:href="#PL1"/>
      <pcrs:pointLeve xlink:href="#PL2"/>
      <pcrs:geometrie><gml:Curve gml:id="SEU1.g" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652041 6862040 36 652042.2 6862040 36</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></pcrs:geometrie>
      <pcrs:symbole xlink:href="#HSYM1"/>
    </pcrs:SeuilPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:TronconVoirie gml:id="TRO1">
      <pcrs:geometrie><gml:LineString gml:id="TRO1.g" srsName="EPSG:2154" srsDimension="3"><gml:posList>652000 6862085 36 652100 6862085 36</gml:posList></gml:LineString></pcrs:geometrie>
      <pcrs:source>BDTOPO</pcrs:source>
      <pcrs:reference>TRONROUT0000000012345678</pcrs:reference>
      <pcrs:propriete>01</pcrs:propriete>
    </pcrs:TronconVoirie>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:TronconVoirie gml:id="TRO2">
      <pcrs:geometrie><gml:LineString gml:id="TRO2.g" srsName="EPSG:2154" srsDimension="3"><gml:posList>652050 6862000 36 652050 6862100 36</gml:posList></gml:LineString></pcrs:geometrie>
      <pcrs:source>BDTOPO</pcrs:source>
      <pcrs:reference>TRONROUT0000000087654321</pcrs:reference>
      <pcrs:propriete>02</pcrs:propriete>
    </pcrs:TronconVoirie>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:EmpriseEchangePCRS gml:id="EMP1">
      <pcrs:fournisseur>Métropole Exemple</pcrs:fournisseur>
      <pcrs:datePublication>2021-04-01</pcrs:datePublication>
      <pcrs:complement>Livraison de test</pcrs:complement>
      <pcrs:type>Carreau</pcrs:type>
      <pcrs:geometrie>
        <gml:MultiSurface gml:id="EMP1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:surfaceMember><gml:Polygon gml:id="EMP1.g1"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 0 652100 6862000 0 652100 6862100 0 652000 6862100 0 652000 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        </gml:MultiSurface>
      </pcrs:geometrie>
      <pcrs:idEmprise>EMP-0652-6862</pcrs:idEmprise>
      <pcrs:raster xlink:href="#RAS1"/>
      <pcrs:raster xlink:href="#RAS2"/>
      <pcrs:objet xlink:href="#AFF1"/>
      <pcrs:objet xlink:href="#ARB1"/>
      <pcrs:objet xlink:href="#FAC1"/>
      <pcrs:objet xlink:href="#LIM1"/>
      <pcrs:objet xlink:href="#MAR1"/>
      <pcrs:objet xlink:href="#MUR1"/>
      <pcrs:objet xlink:href="#OBJ1"/>
      <pcrs:objet xlink:href="#PILE1"/>
      <pcrs:objet xlink:href="#PPAR1"/>
      <pcrs:objet xlink:href="#PREG1"/>
      <pcrs:objet xlink:href="#CAN1"/>
      <pcrs:objet xlink:href="#PRO1"/>
      <pcrs:objet xlink:href="#QFM1"/>
      <pcrs:objet xlink:href="#QRA1"/>
      <pcrs:objet xlink:href="#RAIL1"/>
      <pcrs:objet xlink:href="#SEU1"/>
      <pcrs:commune xlink:href="#COM1"/>
      <pcrs:commune xlink:href="#COM2"/>
      <pcrs:troncon xlink:href="#TRO1"/>
      <pcrs:troncon xlink:href="#TRO2"/>
      <pcrs:habillage xlink:href="#HENV1"/>
      <pcrs:habillage xlink:href="#HLIG1"/>
      <pcrs:habillage xlink:href="#HLIG2"/>
      <pcrs:habillage xlink:href="#HPTS1"/>
      <pcrs:habillage xlink:href="#HSYM1"/>
      <pcrs:habillage xlink:href="#HSYM2"/>
      <pcrs:habillage xlink:href="#HTXT1"/>
      <pcrs:habillage xlink:href="#MAS1"/>
      <pcrs:habillage xlink:href="#MAS2"/>
      <pcrs:habillage xlink:href="#NOM1"/>
      <pcrs:habillage xlink:href="#NUM1"/>
    </pcrs:EmpriseEchangePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs-i:InitiativePCRS gml:id="INIT1">
      <pcrs-i:partenaires>Région</pcrs-i:partenaires>
      <pcrs-i:partenaires>Département</pcrs-i:partenaires>
      <pcrs-i:gestionnaire>Syndicat mixte PCRS</pcrs-i:gestionnaire>
      <pcrs-i:description>Initiative de test</pcrs-i:description>
      <pcrs-i:geometrie>
        <gml:MultiSurface gml:id="INIT1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:surfaceMember><gml:Polygon gml:id="INIT1.g1"><gml:exterior><gml:LinearRing><gml:posList>651000 6861000 0 653000 6861000 0 653000 6863000 0 651000 6863000 0 651000 6861000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        </gml:MultiSurface>
      </pcrs-i:geometrie>
      <pcrs-i:commune xlink:href="#COM1"/>
      <pcrs-i:commune xlink:href="#COM2"/>
    </pcrs-i:InitiativePCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs-i:EmpriseDisponibilitePCRS gml:id="DISPO1">
      <pcrs-i:dateActualite>2021-05-01</pcrs-i:dateActualite>
      <pcrs-i:calendrier>02</pcrs-i:calendrier>
      <pcrs-i:geometrie>
        <gml:MultiSurface gml:id="DISPO1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:surfaceMember><gml:Polygon gml:id="DISPO1.g1"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 0 652100 6862000 0 652100 6862100 0 652000 6862100 0 652000 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        </gml:MultiSurface>
      </pcrs-i:geometrie>
      <pcrs-i:troncon xlink:href="#TRO1"/>
      <pcrs-i:troncon xlink:href="#TRO2"/>
      <pcrs-i:commune xlink:href="#COM1"/>
      <pcrs-i:commune xlink:href="#COM2"/>
      <pcrs-i:initiative xlink:href="#INIT1"/>
    </pcrs-i:EmpriseDisponibilitePCRS>
  </pcrs:featureMember>
</pcrs:PlanCorpsRueSimplifie>
