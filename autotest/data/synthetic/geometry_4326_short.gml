<?xml version="1.0" encoding="UTF-8"?>
<!-- PCRS-INFO features in EPSG:4326 with the short srsName EPSG:4326: coordinates in longitude/latitude
     order (GIS convention), read unchanged. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="WGS84_SHORT" version="2.0">
  <featureMember>
    <pcrs-i:InitiativePCRS gml:id="INIT">
      <pcrs-i:gestionnaire>Equipe PCRS</pcrs-i:gestionnaire>
      <pcrs-i:geometrie>
        <gml:MultiSurface gml:id="g1" srsName="EPSG:4326">
          <gml:surfaceMember><gml:Polygon gml:id="g1a"><gml:exterior><gml:LinearRing><gml:posList>2.35 48.85 2.36 48.85 2.36 48.86 2.35 48.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        </gml:MultiSurface>
      </pcrs-i:geometrie>
    </pcrs-i:InitiativePCRS>
  </featureMember>
  <featureMember>
    <pcrs-i:EmpriseDisponibilitePCRS gml:id="DISPO">
      <pcrs-i:geometrie>
        <gml:MultiSurface gml:id="g2" srsName="EPSG:4326">
          <gml:surfaceMember><gml:Polygon gml:id="g2a"><gml:exterior><gml:LinearRing><gml:coordinates>2.35,48.85 2.355,48.85 2.355,48.855 2.35,48.85</gml:coordinates></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        </gml:MultiSurface>
      </pcrs-i:geometrie>
      <pcrs-i:initiative xlink:href="#INIT"/>
    </pcrs-i:EmpriseDisponibilitePCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
