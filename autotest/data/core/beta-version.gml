<?xml version="1.0" encoding="UTF-8"?>
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="BETA" version="2.0beta2"/>
