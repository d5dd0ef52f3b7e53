<?xml version="1.0" encoding="UTF-8"?>
<!-- Synthetic header in the style of the PCRS 2.0beta2 sample (fgarel/install PCRSv2.gml): no version attribute. -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="beta2">
</PlanCorpsRueSimplifie>
