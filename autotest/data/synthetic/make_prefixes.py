"""Writes the prefixes_*.gml family: one small document, several namespace/prefix encodings."""
import pathlib
out = pathlib.Path(__file__).resolve().parent
NS = dict(P='http://cnig.gouv.fr/pcrs', I='http://cnig.gouv.fr/pcrs-information',
          G='http://www.opengis.net/gml/3.2', X='http://www.w3.org/1999/xlink')
BODY = '''  <{p}featureMember{fm}>
    <{p}ArbrePCRS{feat} {g}id="T_ARBRE">
      <{p}dateLeve>2020-01-02</{p}dateLeve><{p}idObjet>ido-1</{p}idObjet><{p}thematique>06</{p}thematique><{p}qualiteCategorisation>01</{p}qualiteCategorisation><{p}precisionPlanimetrique>005</{p}precisionPlanimetrique><{p}producteur>Immergis</{p}producteur>
      <{p}geometrie><{g}Point {g}id="g1" srsName="EPSG:3946" srsDimension="3"><{g}pos>1846461.40294247 5181620.26421486 269.15</{g}pos></{g}Point></{p}geometrie>
      <{p}reference/>
    </{p}ArbrePCRS>
  </{p}featureMember>
  <{p}featureMember{fm}>
    <{p}LimiteVoiriePCRS{feat} {g}id="T_LIMITE">
      <{p}idObjet>ido-2</{p}idObjet><{p}thematique>03</{p}thematique><{p}qualiteCategorisation>01</{p}qualiteCategorisation><{p}precisionPlanimetrique>005</{p}precisionPlanimetrique><{p}producteur>Immergis</{p}producteur>
      <{p}geometrie><{g}Curve {g}id="g2" srsName="EPSG:3946" srsDimension="3"><{g}segments><{g}Arc><{g}posList>1846460 5181620 269 1846461 5181621 269 1846462 5181620 269</{g}posList></{g}Arc><{g}LineStringSegment><{g}posList>1846462 5181620 269 1846463 5181619 269.5</{g}posList></{g}LineStringSegment></{g}segments></{g}Curve></{p}geometrie>
    </{p}LimiteVoiriePCRS>
  </{p}featureMember>
  <{p}featureMember{fm}>
    <{p}AffleurantPCRS{feat} {g}id="T_AFF">
      <{p}idObjet>ido-3</{p}idObjet><{p}thematique>10</{p}thematique><{p}qualiteCategorisation>01</{p}qualiteCategorisation><{p}precisionPlanimetrique>005</{p}precisionPlanimetrique><{p}producteur>Immergis</{p}producteur>
      <{p}nature>07</{p}nature><{p}reseau>00</{p}reseau>
      <{p}representation {x}href="T_GEOM"/>
    </{p}AffleurantPCRS>
  </{p}featureMember>
  <{p}featureMember{fm}>
    <{p}AffleurantGeometriquePCRS{feat} {g}id="T_GEOM">
      <{p}point {x}href="#T_POINT"/>
    </{p}AffleurantGeometriquePCRS>
  </{p}featureMember>
  <{p}featureMember{fm}>
    <{p}AffleurantPointPCRS{feat} {g}id="T_POINT">
      <{p}geometrie><{g}Point {g}id="g3" srsName="EPSG:3946" srsDimension="3"><{g}pos>1846461 5181621 269.2</{g}pos></{g}Point></{p}geometrie>
    </{p}AffleurantPointPCRS>
  </{p}featureMember>
  <{p}featureMember{fm}>
    <{i}InitiativePCRS{feati} {g}id="T_INIT">
      <{i}partenaires>Métropole</{i}partenaires><{i}partenaires>Région</{i}partenaires>
      <{i}gestionnaire>Équipe PCRS</{i}gestionnaire>
      <{i}geometrie><{g}MultiSurface {g}id="g4" srsName="EPSG:3946" srsDimension="2"><{g}surfaceMember><{g}Polygon {g}id="g5"><{g}exterior><{g}LinearRing><{g}posList>1846400 5181600 1846500 5181600 1846500 5181700 1846400 5181600</{g}posList></{g}LinearRing></{g}exterior></{g}Polygon></{g}surfaceMember></{g}MultiSurface></{i}geometrie>
    </{i}InitiativePCRS>
  </{p}featureMember>
'''

def doc(comment, p, i, g, x, root_decl, fm='', feat='', feati='', prolog='<?xml version="1.0" encoding="UTF-8"?>\n', bom=False):
    body = BODY.format(p=p, i=i, g=g, x=x, fm=fm, feat=feat, feati=feati)
    text = (prolog + f'<!-- {comment} -->\n'
            f'<{p}PlanCorpsRueSimplifie {root_decl} {g}id="PREFIXES" version="2.0">\n' + body +
            f'</{p}PlanCorpsRueSimplifie>\n')
    return (b'\xef\xbb\xbf' if bom else b'') + text.encode('utf-8')

def decl(**prefixes):
    return ' '.join(f'xmlns{":" + k if k else ""}="{v}"' for k, v in prefixes.items())

std = decl(pcrs=NS['P'], **{'pcrs-i': NS['I']}, gml=NS['G'], xlink=NS['X'])
files = {
 'prefixes_pcrs.gml': doc('Reference document of the prefixes_* family: pcrs: and pcrs-i: prefixes.',
                          'pcrs:', 'pcrs-i:', 'gml:', 'xlink:', std),
 'prefixes_default.gml': doc('Same document, pcrs as the default namespace (as in the Lyon files).',
                          '', 'pcrs-i:', 'gml:', 'xlink:', decl(**{'': NS['P'], 'pcrs-i': NS['I']}, gml=NS['G'], xlink=NS['X'])),
 'prefixes_weird.gml': doc('Same document, unusual prefixes p: (pcrs), q: (pcrs-i), g: (gml), x: (xlink).',
                          'p:', 'q:', 'g:', 'x:', decl(p=NS['P'], q=NS['I'], g=NS['G'], x=NS['X'])),
 'prefixes_per_feature.gml': doc('Same document, namespaces declared again on every featureMember and feature, '
                          'xlink and pcrs-i declared only where used, unused ISO namespaces.',
                          '', 'pcrs-i:', 'gml:', 'xlink:', decl(**{'': NS['P']}, gml=NS['G']),
                          fm=' ' + decl(xs='http://www.w3.org/2001/XMLSchema', fn='http://www.w3.org/2005/xpath-functions', pcrs=NS['P']),
                          feat=' ' + decl(gco='http://www.isotc211.org/2005/gco', gmd='http://www.isotc211.org/2005/gmd', **{'': NS['P']}, xlink=NS['X']),
                          feati=' ' + decl(**{'pcrs-i': NS['I']}, xlink=NS['X'])),
 'prefixes_bom.gml': doc('Same document after a UTF-8 BOM, an XML declaration, a comment and a processing instruction.',
                          'pcrs:', 'pcrs-i:', 'gml:', 'xlink:', std, bom=True,
                          prolog='<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment before the root -->\n<?xml-stylesheet type="text/xsl" href="pcrs.xsl"?>\n'),
}
for name, data in files.items():
    (out / name).write_bytes(data)
