<?xml version="1.0" encoding="UTF-8"?>
<!-- Features nested inline in link properties, up to 4 levels, mixed with hrefs. Each nested
     feature is a feature of its own class; the parent's link field holds its gml:id. Schema-valid. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="NESTED" version="2.0">
  <featureMember>
    <SeuilPCRS gml:id="SEUIL">
      <idObjet>seuil</idObjet><thematique>02</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <pointLeve>
        <PointLevePCRS gml:id="PL_NESTED_1">
          <geometrie><gml:Point gml:id="g1" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35</gml:pos></gml:Point></geometrie>
          <numeroPoint>P1</numeroPoint><precisionXY>2</precisionXY><producteur>test</producteur>
        </PointLevePCRS>
      </pointLeve>
      <pointLeve>
        <PointLevePCRS gml:id="PL_NESTED_2">
          <geometrie><gml:Point gml:id="g2" srsName="EPSG:2154" srsDimension="3"><gml:pos>652002 6862001 35</gml:pos></gml:Point></geometrie>
          <numeroPoint>P2</numeroPoint><precisionXY>3</precisionXY><producteur>test</producteur>
        </PointLevePCRS>
      </pointLeve>
      <geometrie><gml:Curve gml:id="g3" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:LineStringSegment><gml:posList>652001 6862001 35 652002 6862001 35</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></geometrie>
      <symbole>
        <HabillageSymbolePCRS gml:id="SYMBOLE_SEUIL">
          <idHabillage>sym</idHabillage><thematique>02</thematique>
          <geometrie><gml:Point gml:id="g4" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001.5 6862001 35</gml:pos></gml:Point></geometrie>
          <reference>SEUIL01</reference><angleRotation>90</angleRotation><longueur_mm>3</longueur_mm><largeur_mm>1</largeur_mm>
        </HabillageSymbolePCRS>
      </symbole>
    </SeuilPCRS>
  </featureMember>
  <featureMember>
    <PointLevePCRS gml:id="PL_TOP">
      <geometrie><gml:Point gml:id="g5" srsName="EPSG:2154" srsDimension="3"><gml:pos>652003 6862001 35</gml:pos></gml:Point></geometrie>
      <numeroPoint>P3</numeroPoint><precisionXY>1</precisionXY><producteur>test</producteur>
    </PointLevePCRS>
  </featureMember>
  <featureMember>
    <AffleurantPCRS gml:id="AFFLEURANT">
      <idObjet>aff</idObjet><thematique>10</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <pointLeve xlink:href="#PL_TOP"/>
      <symbolisation>
        <AffleurantSymbolePCRS gml:id="AFF_SYMBOLE">
          <geometrie><gml:Point gml:id="g6" srsName="EPSG:2154" srsDimension="3"><gml:pos>652010.5 6862010.5 35</gml:pos></gml:Point></geometrie>
          <reference>AFF01</reference><angleRotation>0</angleRotation><longueur_mm>1</longueur_mm><largeur_mm>1</largeur_mm>
        </AffleurantSymbolePCRS>
      </symbolisation>
      <representation>
        <AffleurantGeometriquePCRS gml:id="AFF_GEOMETRIQUE">
          <enveloppe>
            <AffleurantEnveloppePCRS gml:id="AFF_ENVELOPPE">
              <geometrie><gml:Polygon gml:id="g7" srsName="EPSG:2154" srsDimension="3"><gml:exterior><gml:LinearRing><gml:posList>652010 6862010 35 652011 6862010 35 652011 6862011 35 652010 6862010 35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></geometrie>
              <habillage>
                <HabillageLignesPCRS gml:id="AFF_HABILLAGE">
                  <idHabillage>hab</idHabillage><thematique>10</thematique>
                  <geometrie><gml:MultiCurve gml:id="g8" srsName="EPSG:2154" srsDimension="3"><gml:curveMember><gml:LineString gml:id="g9"><gml:posList>652010 6862010 35 652011 6862011 35</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve></geometrie>
                </HabillageLignesPCRS>
              </habillage>
            </AffleurantEnveloppePCRS>
          </enveloppe>
          <point>
            <AffleurantPointPCRS gml:id="AFF_POINT">
              <geometrie><gml:Point gml:id="g10" srsName="EPSG:2154" srsDimension="3"><gml:pos>652010.5 6862010.5 35</gml:pos></gml:Point></geometrie>
            </AffleurantPointPCRS>
          </point>
        </AffleurantGeometriquePCRS>
      </representation>
    </AffleurantPCRS>
  </featureMember>
  <featureMember>
    <EmpriseEchangePCRS gml:id="EMPRISE">
      <fournisseur>test</fournisseur><datePublication>2021-01-01</datePublication>
      <geometrie><gml:MultiSurface gml:id="g11" srsName="EPSG:2154" srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="g12"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 652100 6862000 652100 6862100 652000 6862000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></geometrie>
      <idEmprise>E1</idEmprise>
      <objet>
        <ArbrePCRS gml:id="ARBRE_IN_EMPRISE">
          <idObjet>arbre</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
          <pointLeve>
            <PointLevePCRS gml:id="PL_NESTED_3">
              <geometrie><gml:Point gml:id="g13" srsName="EPSG:2154" srsDimension="3"><gml:pos>652050 6862050 36</gml:pos></gml:Point></geometrie>
              <numeroPoint>P4</numeroPoint><precisionXY>2</precisionXY><producteur>test</producteur>
            </PointLevePCRS>
          </pointLeve>
          <geometrie><gml:Point gml:id="g14" srsName="EPSG:2154" srsDimension="3"><gml:pos>652050 6862050 36</gml:pos></gml:Point></geometrie>
          <reference>chene</reference>
        </ArbrePCRS>
      </objet>
      <objet xlink:href="#SEUIL"/>
      <objet xlink:href="#AFFLEURANT"/>
      <habillage>
        <HabillageTextePCRS gml:id="TEXTE_IN_EMPRISE">
          <idHabillage>txt</idHabillage><thematique>03</thematique>
          <geometrie><gml:Point gml:id="g15" srsName="EPSG:2154" srsDimension="3"><gml:pos>652060 6862060 36</gml:pos></gml:Point></geometrie>
          <libelle>Place</libelle><angleRotation>0</angleRotation><justification>C</justification><taille>1</taille>
        </HabillageTextePCRS>
      </habillage>
      <habillage xlink:href="#AFF_HABILLAGE"/>
    </EmpriseEchangePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
