<?xml version="1.0" encoding="UTF-8"?>
<!-- Synthetic: prefixed root after a comment, a processing instruction and a DOCTYPE -->
<?xml-stylesheet type="text/xsl" href="pcrs.xsl"?>
<!DOCTYPE pcrs:PlanCorpsRueSimplifie [
  <!-- a ">" in a comment of the internal subset -->
  <!ENTITY note "a > b">
]>
<pcrs:PlanCorpsRueSimplifie
    xmlns:gml="http://www.opengis.net/gml/3.2"
    gml:id="prefixed" version='2.0'
    xmlns:pcrs="http://cnig.gouv.fr/pcrs">
</pcrs:PlanCorpsRueSimplifie>
