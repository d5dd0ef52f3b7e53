<?xml version="1.0" encoding="UTF-8"?>
<!-- Synthetic, in the style of GMLAS writer output: PCRS features under a WFS root are not a PCRS document. -->
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:pcrs="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2">
  <wfs:member><pcrs:MurPCRS gml:id="m1"/></wfs:member>
</wfs:FeatureCollection>
