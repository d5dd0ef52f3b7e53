#!/usr/bin/env python3
"""Writes the PCRS documents of autotest/data/validate/: one or more planted
problems per rule of pcrs_validate (the expected rule codes and lines are
listed in autotest/test_pcrs_validate.py). Deterministic: rerunning gives the
same bytes. Usage: /usr/bin/python3 autotest/data/validate/make_cases.py"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRS = "EPSG:2154"

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!-- {comment} -->
<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" \
xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gml="http://www.opengis.net/gml/3.2" \
xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="DOC" version="2.0">"""
FOOTER = "</pcrs:PlanCorpsRueSimplifie>"

OBJECT_CLASSES = {"ArbrePCRS", "LimiteVoiriePCRS", "MurPCRS", "SeuilPCRS", "FacadePCRS",
                  "PilierParticulierPCRS", "MarcheEscalierPCRS", "AffleurantPCRS",
                  "PointCanevasPCRS", "ObjetGeneriquePCRS"}
HABILLAGE_CLASSES = {"HabillageLignesPCRS", "NomVoiriePCRS", "MasqueOpacitePCRS",
                     "HabillageEnveloppePCRS"}


def number(c):
    return ("%.3f" % c).rstrip("0").rstrip(".")


def coords(points):
    return " ".join(" ".join(number(c) for c in p) for p in points)


def srs_attrs(gid, srs, dim):
    a = f' gml:id="{gid}"' if gid else ""
    if srs:
        a += f' srsName="{srs}"'
    if dim:
        a += f' srsDimension="{dim}"'
    return a


def point(gid, xyz, srs=SRS):
    return (f'<gml:Point{srs_attrs(gid, srs, len(xyz))}><gml:pos>{coords([xyz])}</gml:pos>'
            '</gml:Point>')


def line(gid, pts, srs=SRS):
    return (f'<gml:LineString{srs_attrs(gid, srs, len(pts[0]))}><gml:posList>{coords(pts)}'
            '</gml:posList></gml:LineString>')


def arc_curve(gid, pts, srs=SRS):
    return (f'<gml:Curve{srs_attrs(gid, srs, len(pts[0]))}><gml:segments><gml:Arc><gml:posList>'
            f'{coords(pts)}</gml:posList></gml:Arc></gml:segments></gml:Curve>')


def ring(pts):
    return f'<gml:LinearRing><gml:posList>{coords(pts)}</gml:posList></gml:LinearRing>'


def polygon(gid, exterior, interiors=(), srs=SRS):
    dim = len(exterior[0])
    body = f'<gml:exterior>{ring(exterior)}</gml:exterior>'
    body += "".join(f'<gml:interior>{ring(i)}</gml:interior>' for i in interiors)
    return f'<gml:Polygon{srs_attrs(gid, srs, dim)}>{body}</gml:Polygon>'


def square(x, y, size, z=None):
    pts = [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]
    return [p + (z,) for p in pts] if z is not None else pts


def member(cls, gid, props):
    """A featureMember: the feature start tag on the second line."""
    lines = ["  <pcrs:featureMember>", f'    <pcrs:{cls} gml:id="{gid}">' if gid else
             f"    <pcrs:{cls}>"]
    lines += [f"      {p}" for p in props]
    lines += [f"    </pcrs:{cls}>", "  </pcrs:featureMember>"]
    return {"cls": cls, "id": gid, "lines": lines}


def prop(name, value):
    if value is None:
        return None
    if value == "":
        return f"<pcrs:{name}/>"
    return f"<pcrs:{name}>{value}</pcrs:{name}>"


def objet(ido, them, prec="005", alti="005", date="2021-03-04", prod="Immergis"):
    return [p for p in (prop("dateLeve", date), prop("idObjet", ido), prop("thematique", them),
                        prop("qualiteCategorisation", "01"), prop("precisionPlanimetrique", prec),
                        prop("precisionAltimetrique", alti), prop("producteur", prod)) if p]


def geometrie(g):
    return f"<pcrs:geometrie>{g}</pcrs:geometrie>"


def arbre(gid, ido, xyz=(652000, 6862000, 35), them="06", reference="ARB01", srs=SRS, geom_id=None,
          **kw):
    geom_id = geom_id or (gid + ".g" if gid else None)
    return member("ArbrePCRS", gid, objet(ido, them, **kw) +
                  [geometrie(point(geom_id, xyz, srs)), prop("reference", reference)])


def curve_object(cls, gid, ido, pts, them, extra=(), arc=False, **kw):
    g = arc_curve(gid + ".g", pts) if arc else line(gid + ".g", pts)
    return member(cls, gid, objet(ido, them, **kw) + [geometrie(g)] + list(extra))


def limite(gid, ido, pts, them="03", **kw):
    return curve_object("LimiteVoiriePCRS", gid, ido, pts, them, **kw)


def mur(gid, ido, pts, them="05", **kw):
    return curve_object("MurPCRS", gid, ido, pts, them, **kw)


def affleurant(gid, ido, representation, them="10"):
    return member("AffleurantPCRS", gid, objet(ido, them) +
                  [prop("nature", "03"), f'<pcrs:representation xlink:href="#{representation}"/>'])


def aff_geo(gid, enveloppes=(), points=()):
    return member("AffleurantGeometriquePCRS", gid,
                  [f'<pcrs:enveloppe xlink:href="#{e}"/>' for e in enveloppes] +
                  [f'<pcrs:point xlink:href="#{p}"/>' for p in points])


def aff_env(gid, exterior, interiors=()):
    return member("AffleurantEnveloppePCRS", gid,
                  [geometrie(polygon(gid + ".g", exterior, interiors))])


def habillage_lignes(gid, idh, pts, them="03"):
    g = (f'<gml:MultiCurve{srs_attrs(gid + ".g", SRS, len(pts[0]))}><gml:curveMember>'
         f'{line(gid + ".g1", pts, None)}</gml:curveMember></gml:MultiCurve>')
    return member("HabillageLignesPCRS", gid,
                  [prop("idHabillage", idh), prop("thematique", them), geometrie(g)])


def nom_voirie(gid, idh, idnom, xyz, libelle="Rue de la Paix"):
    return member("NomVoiriePCRS", gid,
                  [prop("idHabillage", idh), prop("thematique", "03"),
                   geometrie(point(gid + ".g", xyz)), prop("libelle", libelle),
                   prop("angleRotation", "0"), prop("justification", "C"), prop("taille", "1"),
                   prop("idNomVoirie", idnom)])


def raster(gid, idpcrs, nom, x, y, size=10.0, resolution=5, type_image="image/tiff",
           prec="005", date="2020-06-15"):
    return member("RasterPCRS", gid,
                  [prop("producteur", "IGN"), prop("nomImage", nom), prop("typeImage", type_image),
                   geometrie(polygon(gid + ".g", square(x, y, size))), prop("idPCRS", idpcrs),
                   prop("resolution", resolution), prop("dateAcquisition", date),
                   prop("dateRecette", "2020-09-30"),
                   prop("precisionPlanimetriqueCorpsDeRue", prec),
                   prop("precisionPlanimetriqueZoneNaturelle", "040"),
                   prop("descriptionElementsQualite", "MNE corrigé")])


def masque(gid, idh, transparence, rasters):
    return member("MasqueOpacitePCRS", gid,
                  [prop("idHabillage", idh), prop("thematique", "11"),
                   prop("transparence", transparence),
                   geometrie(polygon(gid + ".g", square(652000, 6862000, 5, 0)))] +
                  [f'<pcrs:raster xlink:href="#{r}"/>' for r in rasters])


def emprise(gid, ide, objets, habillages, date="2021-06-01"):
    g = (f'<gml:MultiSurface{srs_attrs(gid + ".g", SRS, 2)}><gml:surfaceMember>'
         f'{polygon(gid + ".g1", square(651900, 6861900, 400), srs=None)}</gml:surfaceMember>'
         '</gml:MultiSurface>')
    return member("EmpriseEchangePCRS", gid,
                  [prop("fournisseur", "Métropole"), prop("datePublication", date),
                   prop("type", "Carreau"), geometrie(g), prop("idEmprise", ide)] +
                  [f'<pcrs:objet xlink:href="#{o}"/>' for o in objets] +
                  [f'<pcrs:habillage xlink:href="#{h}"/>' for h in habillages])


def auto_emprise(features, skip=(), gid="EMP1", ide="EMP-1"):
    objets = [f["id"] for f in features if f["cls"] in OBJECT_CLASSES and f["id"] not in skip]
    habs = [f["id"] for f in features if f["cls"] in HABILLAGE_CLASSES and f["id"] not in skip]
    return emprise(gid, ide, objets, habs)


def write(name, comment, features, with_emprise=True, skip=(), raw=None):
    if with_emprise:
        features = features + [auto_emprise(features, skip)]
    lines = HEADER.format(comment=comment).split("\n")
    for f in features:
        lines += f["lines"]
    lines.append(FOOTER)
    text = raw(lines) if raw else "\n".join(lines) + "\n"
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
        out.write(text)


A = (652000, 6862000)


def xyz(dx, dy, z=35):
    return (A[0] + dx, A[1] + dy, z)


def cases():
    write("valid.gml", "Valid: no finding at all (reference for the others).", [
        arbre("ARB1", "ido-1", xyz(1, 1)),
        limite("LIM1", "ido-2", [xyz(0, 0), xyz(5, 0), xyz(5, 5)]),
        affleurant("AFF1", "ido-3", "AGEO1"),
        aff_geo("AGEO1", enveloppes=["AENV1"]),
        aff_env("AENV1", square(652010, 6862010, 1, 35)),
        habillage_lignes("HLIG1", "idh-1", [xyz(0, 1), xyz(5, 1)]),
    ])
    write("identifiers.gml", "PCRS-ID-001, PCRS-ID-003, PCRS-ID-004.", [
        arbre("ARB1", "ido-1", xyz(1, 1)),
        arbre("ARB1", "ido-2", xyz(2, 1)),                  # ID-001: gml:id again
        arbre("ARB3", "ido-1", xyz(3, 1)),                  # ID-004: idObjet again
        habillage_lignes("HLIG1", "", [xyz(0, 1), xyz(5, 1)]),   # ID-003: empty idHabillage
        nom_voirie("NOM1", "idh-2", "nom-1", xyz(1, 2)),
        nom_voirie("NOM2", "idh-3", "nom-1", xyz(2, 2)),    # ID-004: idNomVoirie again
    ])
    write("gml_ids.gml", "PCRS-ID-001 beyond features: geometries and the document element.", [
        arbre("ARB1", "ido-1", xyz(1, 1)),
        arbre("ARB2", "ido-2", xyz(2, 1), geom_id="ARB1.g"),   # geometry id of another geometry
        arbre("ARB3", "ido-3", xyz(3, 1), geom_id="ARB3"),     # geometry id of its own feature
        arbre("ARB4", "ido-4", xyz(4, 1), geom_id="LIM1"),     # geometry id of a later feature
        limite("LIM1", "ido-5", [xyz(0, 0), xyz(5, 0)]),       # ... reported at the feature
        arbre("DOC", "ido-6", xyz(6, 1)),                      # the document element's id
    ])
    write("links.gml", "PCRS-LINK-001 to 004.", [
        affleurant("AFF1", "ido-1", "NOWHERE"),             # LINK-001 (+ LINK-003)
        affleurant("AFF2", "ido-2", "ARB1"),                # LINK-002
        affleurant("AFF3", "ido-3", "AGEO3"),               # LINK-003: empty representation
        aff_geo("AGEO3"),
        arbre("ARB1", "ido-4", xyz(1, 1)),
        arbre("ARB2", "ido-5", xyz(2, 1)),                  # LINK-004: not in the emprise
    ], skip=("ARB2",))
    write("crs.gml", "PCRS-CRS-001, 002, 003.", [
        arbre("ARB1", "ido-1", xyz(1, 1)),
        arbre("ARB2", "ido-2", (260000.0, 6250000.0, 35), srs="EPSG:3857"),  # CRS-001 + 002
        arbre("ARB3", "ido-3", xyz(3, 1), srs=None),        # CRS-003
    ])
    write("altitude.gml", "PCRS-Z-001, PCRS-Z-002.", [
        arbre("ARB1", "ido-1", (652001, 6862001)),           # Z-001
        arbre("ARB2", "ido-2", (652002, 6862001)),           # counted with ARB1
        member("PointCanevasPCRS", "CAN1", objet("ido-3", "01") +
               [geometrie(point("CAN1.g", (652003, 6862001)))]),   # Z-002
    ])
    write("thematique.gml", "PCRS-THEM-001 (MarcheEscalierPCRS accepts 02 and 03).", [
        mur("MUR1", "ido-1", [xyz(0, 0), xyz(5, 0)], them="02"),          # THEM-001
        curve_object("MarcheEscalierPCRS", "ESC1", "ido-2", [xyz(0, 1), xyz(5, 1)], "02"),
        curve_object("MarcheEscalierPCRS", "ESC2", "ido-3", [xyz(0, 2), xyz(5, 2)], "03"),
        limite("LIM1", "ido-4", [xyz(0, 3), xyz(5, 3)], them="06"),        # THEM-001
    ])
    write("geometry.gml", "PCRS-GEOM-002 to 009.", [
        limite("LIM1", "ido-1", [xyz(0, 0), xyz(5, 0), xyz(5, 0), xyz(5, 5)]),   # GEOM-003
        affleurant("AFF1", "ido-2", "AGEO1"),
        aff_geo("AGEO1", enveloppes=["AENV1", "AENV2"]),
        aff_env("AENV1", square(652010, 6862010, 4, 35),
                [square(652011, 6862011, 1, 35)]),                                # GEOM-005
        aff_env("AENV2", [(652020, 6862010, 35), (652022, 6862012, 35), (652022, 6862010, 35),
                          (652020, 6862012, 35), (652020, 6862010, 35)]),        # GEOM-002
        curve_object("PilierParticulierPCRS", "PIL1", "ido-3",
                     [xyz(0, 10), xyz(1, 10), xyz(1, 11)], "05"),                # GEOM-006
        curve_object("PilierParticulierPCRS", "PIL2", "ido-4",
                     [xyz(0, 12), xyz(1, 13), xyz(1, 12), xyz(0, 13), xyz(0, 12)], "05"),  # GEOM-002
        curve_object("SeuilPCRS", "SEU1", "ido-5", [xyz(0, 14), xyz(1, 14), xyz(2, 14)], "02"),  # GEOM-009
        curve_object("FacadePCRS", "FAC1", "ido-6", [xyz(0, 16), xyz(1, 16), xyz(2, 16)], "02",
                     arc=True),                                                   # GEOM-007
    ])
    write("geometry_unreadable.gml", "PCRS-GEOM-001, PCRS-GEOM-004, PCRS-GEOM-008.", [
        member("ArbrePCRS", "ARB1", objet("ido-1", "06") +
               ['<pcrs:geometrie><gml:Point gml:id="ARB1.g" srsName="EPSG:2154" srsDimension="3">'
                '<gml:pos>652000 6862000</gml:pos></gml:Point></pcrs:geometrie>',
                prop("reference", "A")]),                                          # GEOM-001
        member("HabillageEnveloppePCRS", "HENV1",
               [prop("idHabillage", "idh-1"), prop("thematique", "03"),
                geometrie('<gml:Polygon gml:id="HENV1.g" srsName="EPSG:2154" srsDimension="3">'
                          '<gml:exterior><gml:Ring><gml:curveMember>'
                          + line("HENV1.c", [xyz(0, 0), xyz(2, 0), xyz(2, 2), xyz(0, 2)], None) +
                          '</gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>')]),  # GEOM-004
        member("HabillageEnveloppePCRS", "HENV2",
               [prop("idHabillage", "idh-2"), prop("thematique", "03"),
                geometrie('<gml:Polygon gml:id="HENV2.g" srsName="EPSG:2154"/>')]),  # GEOM-008
    ])
    write("precision.gml", "PCRS-PREC-001, 002, 003.", [
        arbre("ARB1", "ido-1", xyz(1, 1), prec="040"),       # PREC-001 (2 features)
        arbre("ARB2", "ido-2", xyz(2, 1), prec="040"),
        arbre("ARB3", "ido-3", xyz(3, 1), alti="150"),       # PREC-002
        raster("RAS1", "idr-1", "tile.tif", 652000, 6862000, prec="040"),  # PREC-003
    ])
    write("values.gml", "PCRS-VAL-002 to 006 (run with today = 2024-06-01).", [
        arbre("ARB1", "ido-1", xyz(1, 1), prod=""),           # VAL-002
        arbre("ARB2", "ido-2", xyz(2, 1), date="2030-01-01"),  # VAL-003
        member("AffleurantPCRS", "AFF1", objet("ido-3", "10") +
               [prop("reseau", "other: FIBRE"), '<pcrs:representation xlink:href="#AGEO1"/>']),  # VAL-004
        aff_geo("AGEO1", points=["APT1"]),
        member("AffleurantPointPCRS", "APT1", [geometrie(point("APT1.g", xyz(3, 3)))]),
        masque("MAS1", "idh-1", "150", ["RAS1"]),            # VAL-005
        raster("RAS1", "idr-1", "tile.jp2", 652000, 6862000, type_image="jpeg2000"),  # VAL-006
    ])
    write("no_emprise.gml", "PCRS-DOC-003.", [arbre("ARB1", "ido-1", xyz(1, 1))],
          with_emprise=False)
    feats = [arbre("ARB1", "ido-1", xyz(1, 1))]
    write("two_emprises.gml", "PCRS-DOC-004.", feats + [emprise("EMP1", "EMP-1", ["ARB1"], []),
                                                        emprise("EMP2", "EMP-2", ["ARB1"], [])],
          with_emprise=False)
    write("schema.gml", "PCRS-XSD-001 to 004.", [
        member("ArbrePCRS", "ARB1", objet("ido-1", "06") +
               [prop("couleur", "vert"), geometrie(point("ARB1.g", xyz(1, 1))),
                prop("reference", "A")]),                                          # XSD-001
        arbre("ARB2", "ido-2", xyz(2, 1), them="12"),                            # XSD-002 enum
        arbre("ARB3", "ido-3", xyz(3, 1), date="2021-02-30"),                    # XSD-002 date
        member("ArbrePCRS", "ARB4", objet("ido-4", "06") +
               [geometrie(point(None, xyz(4, 1))), prop("reference", "A")]),      # XSD-003
        arbre("4ARB", "ido-5", xyz(5, 1)),                                        # XSD-004
        mur("MUR1", "ido-6", [xyz(0, 2), xyz(5, 2)], extra=[prop("typeMur", "07")]),  # XSD-002
    ])
    write("no_schema.gml", "Without the XSD (option no-schema): PCRS-VAL-001, PCRS-VAL-007, PCRS-READ-001.", [
        member("ArbrePCRS", "ARB1", [prop("idObjet", "ido-1"), prop("thematique", "06"),
                                     prop("qualiteCategorisation", "01"),
                                     prop("precisionPlanimetrique", "005"),
                                     geometrie(point("ARB1.g", xyz(1, 1))),
                                     prop("reference", "A")]),                   # VAL-001 producteur
        mur("MUR1", "ido-2", [xyz(0, 2), xyz(5, 2)], extra=[prop("typeMur", "07")]),  # VAL-007
        member("ArbrePCRS", "ARB2", objet("ido-3", "06") +
               [prop("hauteur", "12"), geometrie(point("ARB2.g", xyz(2, 1))),
                prop("reference", "B")]),                                          # READ-001
    ])
    write("not_pcrs.gml", "PCRS-DOC-002.", [], with_emprise=False,
          raw=lambda lines: '<?xml version="1.0"?>\n<gml:FeatureCollection '
          'xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="x"/>\n')
    write("not_well_formed.gml", "PCRS-DOC-001.", [arbre("ARB1", "ido-1", xyz(1, 1))],
          raw=lambda lines: "\n".join(lines[:-3]) + "\n")
    write("raster/catalogue.gml", "Raster delivery: tiles are made by the test.", [
        raster("RAS1", "idr-1", "ok.tif", 652000, 6862000),
        raster("RAS2", "idr-2", "missing.tif", 652010, 6862000),       # RAS-001
        raster("RAS3", "idr-3", "black.tif", 652020, 6862000),         # RAS-008
        raster("RAS4", "idr-4", "wrongcrs.tif", 652030, 6862000),      # RAS-005
        raster("RAS5", "idr-5", "shifted.tif", 652040, 6862000),       # RAS-006
        raster("RAS6", "idr-6", "coarse.tif", 652050, 6862000),        # RAS-007
        raster("RAS7", "idr-7", "nogeo.tif", 652060, 6862000),         # RAS-004
        raster("RAS8", "idr-8", "broken.tif", 652070, 6862000),        # RAS-003
        raster("RAS9", "idr-9", "lossy.tif", 652080, 6862000),         # RAS-009
        raster("RAS10", "idr-10", "ok.tif", 652000, 6862000),          # RAS-010
    ])


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "raster"), exist_ok=True)
    cases()
