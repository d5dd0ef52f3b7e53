<?xml version="1.0" encoding="UTF-8"?>
<!-- A URN srsName in a latitude-first CRS: coordinates are swapped when the caller says EPSG:4326 is lat/long. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="LATLONG" version="2.0">
  <featureMember>
    <AffleurantPointPCRS gml:id="PT.1">
      <geometrie><gml:Point gml:id="PT.1.g" srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>48.5 7.7</gml:pos></gml:Point></geometrie>
    </AffleurantPointPCRS>
  </featureMember>
</PlanCorpsRueSimplifie>
