<?xml version="1.0" encoding="UTF-8"?>
<!-- Features nested inline in link properties (XSD-valid, never seen in real files), 4 levels deep,
     a feature nested in one of its own class, and a nested PointLevePCRS without gml:id (on purpose:
     the reader names it SEUIL.1.pointLeve.2). -->
<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2"
    xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="NESTED" version="2.0">
  <pcrs:featureMember>
    <pcrs:SeuilPCRS gml:id="SEUIL.1">
      <pcrs:idObjet>S1</pcrs:idObjet>
      <pcrs:thematique>02</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:producteur>Test</pcrs:producteur>
      <pcrs:pointLeve>
        <pcrs:PointLevePCRS gml:id="PL.1">
          <pcrs:geometrie>
            <gml:Point gml:id="PL.1.g" srsName="EPSG:2154" srsDimension="3"><gml:pos>700000 6600000 100</gml:pos></gml:Point>
          </pcrs:geometrie>
          <pcrs:numeroPoint>P1</pcrs:numeroPoint>
          <pcrs:precisionXY>2</pcrs:precisionXY>
          <pcrs:producteur>Test</pcrs:producteur>
        </pcrs:PointLevePCRS>
      </pcrs:pointLeve>
      <pcrs:pointLeve>
        <pcrs:PointLevePCRS>
          <pcrs:geometrie>
            <gml:Point srsName="EPSG:2154" srsDimension="3"><gml:pos>700001 6600001 101</gml:pos></gml:Point>
          </pcrs:geometrie>
          <pcrs:numeroPoint>P2</pcrs:numeroPoint>
          <pcrs:precisionXY>3</pcrs:precisionXY>
          <pcrs:producteur>Test</pcrs:producteur>
        </pcrs:PointLevePCRS>
      </pcrs:pointLeve>
      <pcrs:geometrie>
        <gml:LineString gml:id="SEUIL.1.g" srsName="EPSG:2154" srsDimension="3">
          <gml:posList>700000 6600000 100 700001 6600001 101</gml:posList>
        </gml:LineString>
      </pcrs:geometrie>
    </pcrs:SeuilPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:AffleurantPCRS gml:id="AFF.1">
      <pcrs:idObjet>A1</pcrs:idObjet>
      <pcrs:thematique>10</pcrs:thematique>
      <pcrs:qualiteCategorisation>01</pcrs:qualiteCategorisation>
      <pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>
      <pcrs:producteur>Test</pcrs:producteur>
      <pcrs:representation>
        <pcrs:AffleurantGeometriquePCRS gml:id="GEOM.AFF.1">
          <pcrs:enveloppe>
            <pcrs:AffleurantEnveloppePCRS gml:id="ENV.GEOM.AFF.1">
              <pcrs:geometrie>
                <gml:Polygon gml:id="ENV.GEOM.AFF.1.g" srsName="EPSG:2154">
                  <gml:exterior><gml:LinearRing><gml:posList>700000 6600000 700002 6600000 700002 6600002 700000 6600000</gml:posList></gml:LinearRing></gml:exterior>
                </gml:Polygon>
              </pcrs:geometrie>
              <pcrs:habillage>
                <pcrs:HabillageLignesPCRS gml:id="HAB.1">
                  <pcrs:idHabillage>H1</pcrs:idHabillage>
                  <pcrs:thematique>10</pcrs:thematique>
                  <pcrs:geometrie>
                    <gml:MultiCurve gml:id="HAB.1.g" srsName="EPSG:2154">
                      <gml:curveMember><gml:LineString gml:id="HAB.1.g1"><gml:posList>700000 6600000 700001 6600001</gml:posList></gml:LineString></gml:curveMember>
                    </gml:MultiCurve>
                  </pcrs:geometrie>
                </pcrs:HabillageLignesPCRS>
              </pcrs:habillage>
            </pcrs:AffleurantEnveloppePCRS>
          </pcrs:enveloppe>
        </pcrs:AffleurantGeometriquePCRS>
      </pcrs:representation>
    </pcrs:AffleurantPCRS>
  </pcrs:featureMember>
  <pcrs:featureMember>
    <pcrs:HabillageLignesPCRS gml:id="HAB.PARENT">
      <pcrs:idHabillage>HP</pcrs:idHabillage>
      <pcrs:thematique>03</pcrs:thematique>
      <pcrs:habillage>
        <pcrs:HabillageLignesPCRS gml:id="HAB.CHILD">
          <pcrs:idHabillage>HC</pcrs:idHabillage>
          <pcrs:thematique>03</pcrs:thematique>
          <pcrs:geometrie>
            <gml:MultiCurve gml:id="HAB.CHILD.g" srsName="EPSG:2154">
              <gml:curveMember><gml:LineString gml:id="HAB.CHILD.g1"><gml:posList>700003 6600003 700004 6600004</gml:posList></gml:LineString></gml:curveMember>
            </gml:MultiCurve>
          </pcrs:geometrie>
        </pcrs:HabillageLignesPCRS>
      </pcrs:habillage>
      <pcrs:geometrie>
        <gml:MultiCurve gml:id="HAB.PARENT.g" srsName="EPSG:2154">
          <gml:curveMember><gml:LineString gml:id="HAB.PARENT.g1"><gml:posList>700005 6600005 700006 6600006</gml:posList></gml:LineString></gml:curveMember>
        </gml:MultiCurve>
      </pcrs:geometrie>
    </pcrs:HabillageLignesPCRS>
  </pcrs:featureMember>
</pcrs:PlanCorpsRueSimplifie>
