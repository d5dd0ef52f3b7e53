<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE PlanCorpsRueSimplifie>
<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="DOCTYPE" version="2.0"/>
