<?xml version="1.0" encoding="UTF-8"?>
<!-- Synthetic: the right root name in a namespace that is not PCRS's (trailing slash). -->
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs/" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="wrong" version="2.0">
</PlanCorpsRueSimplifie>
