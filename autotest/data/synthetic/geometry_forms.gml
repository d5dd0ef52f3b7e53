<?xml version="1.0" encoding="UTF-8"?>
<!-- Every GML geometry encoding a PCRS file may use, one feature per form, all in EPSG:2154.
     Expected OGR geometries are in test_pcrs_geometry.py (keyed by gml:id). Schema-valid. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="GEOMETRY_FORMS" version="2.0">
  <!-- Points (ArbrePCRS) -->
  <featureMember>
    <ArbrePCRS gml:id="PT_POS_3D">
      <idObjet>1</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Point gml:id="g1" srsName="EPSG:2154" srsDimension="3"><gml:pos>652001 6862001 35.5</gml:pos></gml:Point></geometrie>
      <reference>pos 3D</reference>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <ArbrePCRS gml:id="PT_POS_2D">
      <idObjet>2</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Point gml:id="g2" srsName="EPSG:2154" srsDimension="2"><gml:pos>652002 6862002</gml:pos></gml:Point></geometrie>
      <reference>pos 2D in a 3D file</reference>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <ArbrePCRS gml:id="PT_POS_DIM_ON_POS">
      <idObjet>3</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Point gml:id="g3" srsName="EPSG:2154"><gml:pos srsDimension="3">652003 6862003 36.25</gml:pos></gml:Point></geometrie>
      <reference>srsDimension on pos</reference>
    </ArbrePCRS>
  </featureMember>
  <featureMember>
    <ArbrePCRS gml:id="PT_COORDINATES">
      <idObjet>4</idObjet><thematique>06</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Point gml:id="g4" srsName="EPSG:2154"><gml:coordinates decimal="," cs=";" ts=" ">
            652004,25;6862004,75;36,5
          </gml:coordinates></gml:Point></geometrie>
      <reference>coordinates, decimal comma</reference>
    </ArbrePCRS>
  </featureMember>
  <!-- Curves (LimiteVoiriePCRS) -->
  <featureMember>
    <LimiteVoiriePCRS gml:id="CV_LINESTRING">
      <idObjet>10</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:LineString gml:id="g10" srsName="EPSG:2154" srsDimension="3"><gml:posList>652010 6862010 35 652011 6862010 35.5 652011 6862011 36</gml:posList></gml:LineString></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="CV_SEGMENT_DIM_ON_POSLIST">
      <idObjet>11</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Curve gml:id="g11" srsName="EPSG:2154"><gml:segments><gml:LineStringSegment><gml:posList srsDimension="3">652012 6862010 35 652013 6862010 35</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="CV_ARC">
      <idObjet>12</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Curve gml:id="g12" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:Arc><gml:posList>652090 6862100 35 652100 6862110 35 652110 6862100 35</gml:posList></gml:Arc></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="CV_ARC_LINE_ARC">
      <idObjet>13</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie>
        <gml:Curve gml:id="g13" srsName="EPSG:2154" srsDimension="3">
          <gml:segments>
            <gml:Arc><gml:posList>652090 6862100 35 652100 6862110 35 652110 6862100 35</gml:posList></gml:Arc>
            <gml:LineStringSegment><gml:posList>652110 6862100 35 652110 6862080 35</gml:posList></gml:LineStringSegment>
            <gml:Arc><gml:posList>652110 6862080 35 652100 6862070 35 652090 6862080 35</gml:posList></gml:Arc>
          </gml:segments>
        </gml:Curve>
      </geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="CV_ARCSTRING">
      <idObjet>14</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Curve gml:id="g14" srsName="EPSG:2154" srsDimension="3"><gml:segments><gml:ArcString><gml:posList>652090 6862100 35 652100 6862110 35 652110 6862100 35 652100 6862090 35 652092.9289321881 6862092.9289321881 35</gml:posList></gml:ArcString></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="CV_COORDINATES_MULTILINE">
      <idObjet>15</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie>
        <gml:LineString gml:id="g15" srsName="EPSG:2154" srsDimension="3">
          <gml:coordinates>
                652015,6862015,35
                652016,6862015,35.25
                652016,6862016,35.5
          </gml:coordinates>
        </gml:LineString>
      </geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="CV_COORDINATES_CS_TS">
      <idObjet>16</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:LineString gml:id="g16" srsName="EPSG:2154"><gml:coordinates cs=" " ts=";" decimal=".">652017.5 6862017 35;652018.5 6862017 35.75</gml:coordinates></gml:LineString></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <featureMember>
    <LimiteVoiriePCRS gml:id="CV_2D">
      <idObjet>17</idObjet><thematique>03</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie><gml:Curve gml:id="g17" srsName="EPSG:2154" srsDimension="2"><gml:segments><gml:LineStringSegment><gml:posList>652019 6862019 652020 6862020 652021 6862019</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></geometrie>
    </LimiteVoiriePCRS>
  </featureMember>
  <!-- Polygons (PilePontPCRS: gml:Polygon only) -->
  <featureMember>
    <PilePontPCRS gml:id="PG_LINEARRING_HOLE">
      <idObjet>20</idObjet><thematique>07</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie>
        <gml:Polygon gml:id="g20" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior><gml:LinearRing><gml:posList>652020 6862020 30 652030 6862020 30 652030 6862030 30 652020 6862030 30 652020 6862020 30</gml:posList></gml:LinearRing></gml:exterior>
          <gml:interior><gml:LinearRing><gml:posList>652022 6862022 30 652022 6862024 30 652024 6862024 30 652024 6862022 30 652022 6862022 30</gml:posList></gml:LinearRing></gml:interior>
        </gml:Polygon>
      </geometrie>
    </PilePontPCRS>
  </featureMember>
  <featureMember>
    <PilePontPCRS gml:id="PG_RING_CURVEMEMBERS">
      <idObjet>21</idObjet><thematique>07</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie>
        <gml:Polygon gml:id="g21" srsName="EPSG:2154" srsDimension="3">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember><gml:LineString gml:id="g21a"><gml:posList>652040 6862040 30 652050 6862040 30 652050 6862050 30</gml:posList></gml:LineString></gml:curveMember>
              <gml:curveMember><gml:Curve gml:id="g21b"><gml:segments><gml:Arc><gml:posList>652050 6862050 30 652043 6862048 30 652040 6862040 30</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember>
            </gml:Ring>
          </gml:exterior>
        </gml:Polygon>
      </geometrie>
    </PilePontPCRS>
  </featureMember>
  <featureMember>
    <PilePontPCRS gml:id="PG_COORDINATES_2D">
      <idObjet>22</idObjet><thematique>07</thematique><qualiteCategorisation>01</qualiteCategorisation><precisionPlanimetrique>005</precisionPlanimetrique><producteur>test</producteur>
      <geometrie>
        <gml:Polygon gml:id="g22" srsName="EPSG:2154">
          <gml:exterior>
            <gml:LinearRing>
              <gml:coordinates>
                652060,6862060 652061,6862060
                652061,6862061 652060,6862060
              </gml:coordinates>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </geometrie>
    </PilePontPCRS>
  </featureMember>
  <!-- Surfaces (MasqueOpacitePCRS: any gml:AbstractSurface) -->
  <featureMember>
    <RasterPCRS gml:id="RASTER">
      <producteur>test</producteur><nomImage>tile.jp2</nomImage><typeImage>image/jp2</typeImage>
      <geometrie><gml:Polygon gml:id="g30" srsName="EPSG:2154" srsDimension="3"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 0 652100 6862000 0 652100 6862100 0 652000 6862100 0 652000 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></geometrie>
      <idPCRS>r1</idPCRS><resolution>5</resolution><dateAcquisition>2020-01-01</dateAcquisition><dateRecette>2020-02-01</dateRecette>
      <precisionPlanimetriqueCorpsDeRue>005</precisionPlanimetriqueCorpsDeRue><precisionPlanimetriqueZoneNaturelle>010</precisionPlanimetriqueZoneNaturelle>
      <descriptionElementsQualite>test</descriptionElementsQualite>
    </RasterPCRS>
  </featureMember>
  <featureMember>
    <MasqueOpacitePCRS gml:id="SF_SURFACE_PATCH">
      <idHabillage>31</idHabillage><thematique>11</thematique><transparence>50</transparence>
      <geometrie>
        <gml:Surface gml:id="g31" srsName="EPSG:2154" srsDimension="3">
          <gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>652070 6862070 0 652075 6862070 0 652075 6862075 0 652070 6862070 0</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches>
        </gml:Surface>
      </geometrie>
      <raster xlink:href="#RASTER"/>
    </MasqueOpacitePCRS>
  </featureMember>
  <featureMember>
    <MasqueOpacitePCRS gml:id="SF_POLYGON">
      <idHabillage>32</idHabillage><thematique>11</thematique><transparence>25</transparence>
      <geometrie>
        <gml:Polygon gml:id="g32" srsName="EPSG:2154" srsDimension="3"><gml:exterior><gml:LinearRing><gml:posList>652076 6862070 0 652079 6862070 0 652079 6862073 0 652076 6862070 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </geometrie>
      <raster xlink:href="#RASTER"/>
    </MasqueOpacitePCRS>
  </featureMember>
  <!-- Multi curves (HabillageLignesPCRS) -->
  <featureMember>
    <HabillageLignesPCRS gml:id="MC_CURVEMEMBER">
      <idHabillage>40</idHabillage><thematique>03</thematique>
      <geometrie>
        <gml:MultiCurve gml:id="g40" srsName="EPSG:2154" srsDimension="3">
          <gml:curveMember><gml:LineString gml:id="g40a"><gml:posList>652040 6862080 35 652045 6862080 35</gml:posList></gml:LineString></gml:curveMember>
          <gml:curveMember><gml:Curve gml:id="g40b"><gml:segments><gml:Arc><gml:posList>652040 6862085 35 652042.5 6862087.5 35 652045 6862085 35</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember>
        </gml:MultiCurve>
      </geometrie>
    </HabillageLignesPCRS>
  </featureMember>
  <featureMember>
    <HabillageLignesPCRS gml:id="MC_CURVEMEMBERS">
      <idHabillage>41</idHabillage><thematique>03</thematique>
      <geometrie>
        <gml:MultiCurve gml:id="g41" srsName="EPSG:2154" srsDimension="3">
          <gml:curveMembers>
            <gml:LineString gml:id="g41a"><gml:posList>652050 6862080 35 652055 6862080 35</gml:posList></gml:LineString>
            <gml:Curve gml:id="g41b"><gml:segments><gml:LineStringSegment><gml:posList>652050 6862082 35 652055 6862082 35 652055 6862084 35</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve>
          </gml:curveMembers>
        </gml:MultiCurve>
      </geometrie>
    </HabillageLignesPCRS>
  </featureMember>
  <!-- Multi points (HabillagePointsPCRS) -->
  <featureMember>
    <HabillagePointsPCRS gml:id="MP_POINTMEMBER">
      <idHabillage>50</idHabillage><thematique>03</thematique>
      <geometrie>
        <gml:MultiPoint gml:id="g50" srsName="EPSG:2154" srsDimension="3">
          <gml:pointMember><gml:Point gml:id="g50a"><gml:pos>652050 6862050 35</gml:pos></gml:Point></gml:pointMember>
          <gml:pointMember><gml:Point gml:id="g50b"><gml:pos>652051 6862051 36</gml:pos></gml:Point></gml:pointMember>
        </gml:MultiPoint>
      </geometrie>
    </HabillagePointsPCRS>
  </featureMember>
  <featureMember>
    <HabillagePointsPCRS gml:id="MP_POINTMEMBERS">
      <idHabillage>51</idHabillage><thematique>03</thematique>
      <geometrie>
        <gml:MultiPoint gml:id="g51" srsName="EPSG:2154" srsDimension="3">
          <gml:pointMembers>
            <gml:Point gml:id="g51a"><gml:pos>652052 6862052 35</gml:pos></gml:Point>
            <gml:Point gml:id="g51b"><gml:pos>652053 6862053 37</gml:pos></gml:Point>
          </gml:pointMembers>
        </gml:MultiPoint>
      </geometrie>
    </HabillagePointsPCRS>
  </featureMember>
  <!-- Multi surfaces (Commune) -->
  <featureMember>
    <Commune gml:id="MS_SURFACEMEMBER">
      <codeINSEE>69123</codeINSEE>
      <geometrie>
        <gml:MultiSurface gml:id="g60" srsName="EPSG:2154" srsDimension="3">
          <gml:surfaceMember><gml:Polygon gml:id="g60a"><gml:exterior><gml:LinearRing><gml:posList>652000 6862000 0 652010 6862000 0 652010 6862010 0 652000 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
          <gml:surfaceMember><gml:Surface gml:id="g60b"><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>652020 6862000 0 652030 6862000 0 652030 6862010 0 652020 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface></gml:surfaceMember>
        </gml:MultiSurface>
      </geometrie>
      <reference>surfaceMember</reference>
    </Commune>
  </featureMember>
  <featureMember>
    <Commune gml:id="MS_SURFACEMEMBERS">
      <codeINSEE>69124</codeINSEE>
      <geometrie>
        <gml:MultiSurface gml:id="g61" srsName="EPSG:2154" srsDimension="3">
          <gml:surfaceMembers>
            <gml:Polygon gml:id="g61a"><gml:exterior><gml:LinearRing><gml:posList>652040 6862000 0 652050 6862000 0 652050 6862010 0 652040 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
            <gml:Polygon gml:id="g61b"><gml:exterior><gml:LinearRing><gml:posList>652060 6862000 0 652070 6862000 0 652070 6862010 0 652060 6862000 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
          </gml:surfaceMembers>
        </gml:MultiSurface>
      </geometrie>
      <reference>surfaceMembers</reference>
    </Commune>
  </featureMember>
  <featureMember>
    <Commune gml:id="MS_RING_ARC_2D">
      <codeINSEE>69125</codeINSEE>
      <geometrie>
        <gml:MultiSurface gml:id="g62" srsName="EPSG:2154" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="g62a">
              <gml:exterior>
                <gml:Ring>
                  <gml:curveMember><gml:Curve gml:id="g62b"><gml:segments>
                    <gml:Arc><gml:posList>652080 6862000 652085 6862005 652090 6862000</gml:posList></gml:Arc>
                    <gml:LineStringSegment><gml:posList>652090 6862000 652080 6862000</gml:posList></gml:LineStringSegment>
                  </gml:segments></gml:Curve></gml:curveMember>
                </gml:Ring>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </geometrie>
      <reference>Ring with an arc, 2D</reference>
    </Commune>
  </featureMember>
</PlanCorpsRueSimplifie>
