<?xml version="1.0" encoding="UTF-8"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
  <wfs:member><pcrs:ArbrePCRS/></wfs:member>
</wfs:FeatureCollection>
