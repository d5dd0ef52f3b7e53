"""Writing PCRS v2.0 documents (issue #3): round trips of the real samples, conversions a producer
does (GeoPackage, Shapefile, GeoJSON, the GML driver's output), output through /vsimem/, /vsigzip/,
/vsizip/, geometry encodings, identifiers and links, options. Every document written is validated
offline against the official XSD with the strict GML 3.2.1 schemas.

Error paths are in test_pcrs_write_errors.py.
"""
import os
import pathlib
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from osgeo import gdal, ogr, osr

from pcrs_testlib import (NS_GML, NS_PCRS, NS_PCRS_INFO, XLINK_HREF, assert_geometry_equal,
                          collect_errors, config_option, layers, open_pcrs, read_all)

AUTOTEST_DIR = pathlib.Path(__file__).resolve().parent
SCHEMAS = AUTOTEST_DIR.parent / "data" / "schemas"
REAL = AUTOTEST_DIR / "data" / "real"
LYON_FILES = sorted((REAL / "cnigfr-PCRS").glob("20200716.*.gml"))
REAL_FILES = LYON_FILES + [REAL / "cnigfr-PCRS" / "PCRS-info.gml",
                           REAL / "geovendee-montaigu" / "GeoVendee_PCRS_Montaigu_posList.gml"]
LYON = REAL / "cnigfr-PCRS" / "20200716.RIL_L260_C340_P0.gml"
NS = {"pcrs": NS_PCRS, "pcrs-i": NS_PCRS_INFO, "gml": NS_GML}
GML_ID = "{%s}id" % NS_GML

# ---------------------------------------------------------------------------------------------
# Helpers (also used by test_pcrs_write_errors.py)


def local_copy(path, directory):
    """A local file with the content of `path` (which may be a /vsi path)."""
    path = str(path)
    if not path.startswith("/vsi"):
        return path
    target = pathlib.Path(directory) / ("copy_" + os.path.basename(path))
    f = gdal.VSIFOpenL(path, "rb")
    assert f is not None, f"cannot read back {path}"
    try:
        gdal.VSIFSeekL(f, 0, 2)
        size = gdal.VSIFTellL(f)
        gdal.VSIFSeekL(f, 0, 0)
        target.write_bytes(gdal.VSIFReadL(1, size, f))
    finally:
        gdal.VSIFCloseL(f)
    return str(target)


def assert_valid(path, directory):
    """xmllint --stream against CNIG_PCRS_v2.0.xsd, offline, strict GML 3.2.1."""
    local = local_copy(path, directory)
    env = dict(os.environ, XML_CATALOG_FILES=str(SCHEMAS / "catalog.xml"))
    run = subprocess.run(["xmllint", "--nonet", "--noout", "--stream", "--schema",
                          str(SCHEMAS / "pcrs" / "CNIG_PCRS_v2.0.xsd"), local],
                         env=env, capture_output=True, text=True)
    problems = [line for line in run.stderr.splitlines()
                if "parser warning" not in line and "Skipping import" not in line
                and not line.endswith(" validates") and line.strip() not in ("", "^")
                and "http://www.opengis.net/gml/3.2" not in line]
    assert run.returncode == 0, f"{path} is not valid:\n" + "\n".join(problems[:20])


def write(dst, src, options=None, layer_options=None, **kwargs):
    """ogr2ogr -f PCRS dst src; the dataset is closed (document written) before returning."""
    if isinstance(src, pathlib.Path):
        src = str(src)
    ds = gdal.VectorTranslate(str(dst), src, format="PCRS",
                              datasetCreationOptions=options or [],
                              layerCreationOptions=layer_options or [], **kwargs)
    assert ds is not None
    ds = None


def content(path):
    """{layer: [(fields, geometry)]} in reading order, relationships, metadata of a PCRS file."""
    ds = open_pcrs(path)
    result = {}
    for layer in layers(ds):
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        rows = []
        for f in read_all(layer):
            values = {n: f.GetField(n) if f.IsFieldSetAndNotNull(n) else None for n in names}
            rows.append((values, f.GetGeometryRef().Clone() if f.GetGeometryRef() else None))
        result[layer.GetName()] = rows
    return result, sorted(ds.GetRelationshipNames() or []), ds.GetMetadata()


def assert_same_content(actual, expected, what):
    a_layers, a_rel, a_md = actual
    e_layers, e_rel, e_md = expected
    assert list(a_layers) == list(e_layers), what
    for name, e_rows in e_layers.items():
        a_rows = a_layers[name]
        assert len(a_rows) == len(e_rows), f"{what}: {name}"
        for i, ((a_vals, a_geom), (e_vals, e_geom)) in enumerate(zip(a_rows, e_rows)):
            assert a_vals == e_vals, f"{what}: {name} feature {i + 1}"
            if e_geom is None:
                assert a_geom is None, f"{what}: {name} feature {i + 1}"
            else:
                # Exact: the writer's numbers read back as the same doubles.
                assert a_geom.ExportToIsoWkb() == e_geom.ExportToIsoWkb(), \
                    f"{what}: {name} feature {i + 1}: {a_geom.ExportToIsoWkt()} != {e_geom.ExportToIsoWkt()}"
    assert a_rel == e_rel, what
    assert a_md.get("PCRS_GML_ID") == e_md.get("PCRS_GML_ID"), what
    assert a_md.get("PCRS_VERSION") == "2.0"


def xml_root(path, directory):
    return ET.parse(local_copy(path, directory)).getroot()


def srs(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


# ---------------------------------------------------------------------------------------------
# Driver metadata


def test_creation_options_are_declared():
    driver = gdal.GetDriverByName("PCRS")
    assert driver.GetMetadataItem(gdal.DCAP_CREATE) == "YES"
    assert driver.GetMetadataItem("DCAP_CREATE_LAYER") == "YES"
    # One list for the driver: the raster delivery's options carry scope='raster'.
    options = [o for o in ET.fromstring(driver.GetMetadataItem(gdal.DMD_CREATIONOPTIONLIST))
               if o.get("scope") != "raster"]
    assert all(o.get("scope") == "vector" for o in options)
    names = {o.get("name"): o for o in options}
    assert set(names) == {"SCHEMA_LOCATION", "HREF_FORM", "GML_ID_PREFIX", "DOCUMENT_ID", "STRICT",
                          "SKIP_INVALID_FEATURES"}
    assert all(o.get("description") for o in options)
    assert [v.text for v in names["HREF_FORM"]] == ["HASH", "BARE"]


def test_layer_creation_options_are_declared():
    driver = gdal.GetDriverByName("PCRS")
    options = ET.fromstring(driver.GetMetadataItem("DS_LAYER_CREATIONOPTIONLIST"))
    names = {o.get("name"): o for o in options}
    for name in ("PCRS_CLASS", "PRODUCTEUR", "QUALITE_CATEGORISATION", "PRECISION_PLANIMETRIQUE",
                 "PRECISION_ALTIMETRIQUE", "THEMATIQUE", "FOURNISSEUR", "DATE_LEVE"):
        assert name in names, name
        assert names[name].get("description"), name
    # Closed enumerations list their codes; identifiers are generated, not defaulted.
    assert [v.text for v in names["PRECISION_PLANIMETRIQUE"]] == ["002", "005", "010", "040", "150", "999"]
    assert "ID_OBJET" not in names and "ID_HABILLAGE" not in names


# ---------------------------------------------------------------------------------------------
# Round trips of the real samples


@pytest.mark.parametrize("source", REAL_FILES, ids=lambda p: p.name)
def test_round_trip_real_sample(source, tmp_path):
    """read → write → read gives the same features, attributes, geometries (Z and arcs), ids,
    links and relationships; the document written is valid."""
    out = tmp_path / "out.gml"
    with collect_errors():
        write(out, source)
    assert sorted(os.listdir(tmp_path)) == ["out.gml"]  # nothing beside it (no temporary file left)
    assert_valid(out, tmp_path)
    assert_same_content(content(out), content(source), source.name)


def test_round_trip_of_the_written_document_is_stable(tmp_path):
    """Writing what was written gives the same bytes (ids of geometries, envelope included)."""
    first, second = tmp_path / "first.gml", tmp_path / "second.gml"
    write(first, LYON)
    write(second, first)
    assert first.read_bytes() == second.read_bytes()


def test_document_structure(tmp_path):
    out = tmp_path / "out.gml"
    write(out, LYON)
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<pcrs:PlanCorpsRueSimplifie ')
    root = xml_root(out, tmp_path)
    assert root.tag == "{%s}PlanCorpsRueSimplifie" % NS_PCRS
    assert root.get("version") == "2.0"
    assert root.get(GML_ID) == "gml_65c3c460-1d02-417b-8601-8c6445475403"  # the source's, via metadata
    assert root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation") == \
        "http://cnig.gouv.fr/pcrs https://cnigfr.github.io/PCRS/schemas/CNIG_PCRS_v2.0.xsd"
    children = list(root)
    assert children[0].tag == "{%s}boundedBy" % NS_GML
    assert all(c.tag == "{%s}featureMember" % NS_PCRS for c in children[1:])
    # Every geometry object has a gml:id, unique in the document.
    ids = [e.get(GML_ID) for e in root.iter() if e.get(GML_ID) is not None]
    assert len(ids) == len(set(ids))
    for tag in ("Point", "LineString", "Curve", "Polygon", "MultiCurve", "MultiSurface"):
        for e in root.iter("{%s}%s" % (NS_GML, tag)):
            assert e.get(GML_ID), tag


def test_envelope_covers_everything(tmp_path):
    """gml:boundedBy: the envelope of every geometry, arcs by their true extent, Z of the 3D ones."""
    out = tmp_path / "out.gml"
    write(out, LYON)
    env = xml_root(out, tmp_path).find("gml:boundedBy/gml:Envelope", NS)
    assert env.get("srsName") == "EPSG:3946" and env.get("srsDimension") == "3"
    lower = [float(v) for v in env.find("gml:lowerCorner", NS).text.split()]
    upper = [float(v) for v in env.find("gml:upperCorner", NS).text.split()]
    ds = open_pcrs(LYON)
    minx = miny = minz = float("inf")
    maxx = maxy = maxz = -float("inf")
    for layer in layers(ds):
        for f in read_all(layer):
            g = f.GetGeometryRef()
            if g is None:
                continue
            e = g.GetEnvelope3D()
            minx, maxx, miny, maxy = min(minx, e[0]), max(maxx, e[1]), min(miny, e[2]), max(maxy, e[3])
            if g.Is3D():
                minz, maxz = min(minz, e[4]), max(maxz, e[5])
    assert lower == pytest.approx([minx, miny, minz], abs=1e-6)
    assert upper == pytest.approx([maxx, maxy, maxz], abs=1e-6)


# ---------------------------------------------------------------------------------------------
# Output through GDAL's virtual file systems


def test_write_to_vsimem(tmp_vsimem, tmp_path):
    out = f"{tmp_vsimem}/out.gml"
    write(out, LYON)
    assert gdal.ReadDir(str(tmp_vsimem)) == ["out.gml"]
    assert_valid(out, tmp_path)
    assert_same_content(content(out), content(LYON), out)


def test_write_to_vsigzip(tmp_path):
    out = f"/vsigzip/{tmp_path}/out.gml.gz"
    write(out, LYON)
    assert sorted(os.listdir(tmp_path)) == ["out.gml.gz"]
    assert (tmp_path / "out.gml.gz").read_bytes()[:2] == b"\x1f\x8b"
    assert_valid(out, tmp_path)
    assert_same_content(content(out), content(LYON), out)


def test_write_to_vsizip(tmp_path):
    out = f"/vsizip/{tmp_path}/out.zip/pcrs/out.gml"
    write(out, LYON)
    assert gdal.ReadDir(f"/vsizip/{tmp_path}/out.zip/pcrs") == ["out.gml"]
    assert_valid(out, tmp_path)
    assert_same_content(content(out), content(LYON), out)


# ---------------------------------------------------------------------------------------------
# Conversions a producer does


def make_producer_layer(ds, name, geom_type, epsg, fields):
    layer = ds.CreateLayer(name, srs(epsg) if epsg else None, geom_type)
    for field_name, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    return layer


def add_feature(layer, values, wkt):
    f = ogr.Feature(layer.GetLayerDefn())
    for k, v in values.items():
        if isinstance(v, tuple):
            f.SetField(k, *v)
        else:
            f.SetField(k, v)
    if wkt:
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)


MUR_FIELDS = [("Précision_Planimétrique", ogr.OFTInteger), ("QUALITE_CATEGORISATION", ogr.OFTInteger),
              ("producteur", ogr.OFTString), ("date_levé", ogr.OFTDate), ("type_mur", ogr.OFTInteger),
              ("couleur", ogr.OFTString)]


def test_from_geopackage_with_other_names_and_integer_codes(tmp_path):
    src = tmp_path / "murs.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(src))
    layer = make_producer_layer(ds, "murs", ogr.wkbLineString25D, 2154, MUR_FIELDS)
    add_feature(layer, {"Précision_Planimétrique": 5, "QUALITE_CATEGORISATION": 1, "producteur": "Métropole",
                        "date_levé": (2021, 3, 4, 0, 0, 0, 0), "type_mur": 4, "couleur": "gris"},
                "LINESTRING Z (700000 6600000 100, 700010 6600000 101.5)")
    add_feature(layer, {"Précision_Planimétrique": 10, "QUALITE_CATEGORISATION": 2, "producteur": "Métropole"},
                "LINESTRING Z (700000 6600010 100, 700010 6600010 100)")
    ds = None
    out = tmp_path / "out.gml"
    with collect_errors() as errs:
        write(out, src, layer_options=["PCRS_CLASS=MurPCRS"])
    assert errs.failures == []
    assert [w for w in errs.warnings if "couleur" in w] == \
        ["layer 'murs' (MurPCRS): field(s) couleur match no property of MurPCRS and are not written"]
    assert_valid(out, tmp_path)
    rows = content(out)[0]["MurPCRS"]
    assert [r[0]["precisionPlanimetrique"] for r in rows] == ["005", "010"]
    assert [r[0]["qualiteCategorisation"] for r in rows] == ["01", "02"]
    assert [r[0]["thematique"] for r in rows] == ["05", "05"]  # the class's usual thematique
    assert [r[0]["typeMur"] for r in rows] == ["04", None]
    assert [r[0]["dateLeve"] for r in rows] == ["2021/03/04", None]
    assert [r[0]["gml_id"] for r in rows] == ["MurPCRS.1", "MurPCRS.2"]
    assert [r[0]["idObjet"] for r in rows] == ["MurPCRS.1", "MurPCRS.2"]  # generated, unique
    assert_geometry_equal(rows[0][1], "COMPOUNDCURVE Z ((700000 6600000 100,700010 6600000 101.5))")
    text = out.read_text(encoding="utf-8")
    assert 'srsName="EPSG:2154" srsDimension="3"' in text
    assert "couleur" not in text and "gris" not in text


def test_from_shapefile_with_truncated_names(tmp_path):
    src = tmp_path / "arbres.shp"
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(src))
    layer = make_producer_layer(ds, "arbres", ogr.wkbPoint25D, 3946, [
        ("idObjet", ogr.OFTString), ("precisionP", ogr.OFTInteger), ("precisionA", ogr.OFTInteger),
        ("qualiteCat", ogr.OFTInteger), ("producteur", ogr.OFTString), ("reference", ogr.OFTString)])
    add_feature(layer, {"idObjet": "A1", "precisionP": 2, "precisionA": 40, "qualiteCat": 1,
                        "producteur": "Lyon", "reference": "Platanus"}, "POINT Z (1848495.96 5181768.66 294.22)")
    ds = None
    out = tmp_path / "out.gml"
    with collect_errors() as errs:
        write(out, src, layer_options=["PCRS_CLASS=ArbrePCRS"])
    assert errs.failures == [] and errs.warnings == []
    assert_valid(out, tmp_path)
    (values, geom), = content(out)[0]["ArbrePCRS"]
    assert (values["idObjet"], values["precisionPlanimetrique"], values["precisionAltimetrique"],
            values["qualiteCategorisation"], values["reference"]) == ("A1", "002", "040", "01", "Platanus")
    assert geom.ExportToIsoWkt() == "POINT Z (1848495.96 5181768.66 294.22)"


def test_from_geojson(tmp_path):
    src = tmp_path / "limites.geojson"
    src.write_text("""{"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3946"}},
 "features": [
  {"type": "Feature", "properties": {"id_objet": "L1", "thématique": 3, "qualité_catégorisation": "01",
     "précision planimétrique": 5, "Producteur": "Etudis", "dateLeve": "2020-01-02"},
   "geometry": {"type": "MultiLineString", "coordinates": [[[1848000, 5181000, 290], [1848010, 5181005, 291]]]}}
 ]}""", encoding="utf-8")
    out = tmp_path / "out.gml"
    with collect_errors() as errs:
        write(out, src, layer_options=["PCRS_CLASS=LimiteVoiriePCRS"])
    assert errs.failures == [] and errs.warnings == []
    assert_valid(out, tmp_path)
    (values, geom), = content(out)[0]["LimiteVoiriePCRS"]
    assert (values["idObjet"], values["thematique"], values["qualiteCategorisation"],
            values["precisionPlanimetrique"], values["producteur"], values["dateLeve"]) == \
        ("L1", "03", "01", "005", "Etudis", "2020/01/02")
    # A one-part MultiLineString is the curve the class takes.
    assert geom.ExportToIsoWkt() == "COMPOUNDCURVE Z ((1848000 5181000 290,1848010 5181005 291))"


def test_from_geopackage_made_by_the_reader(tmp_path):
    """PCRS → GPKG (links and lists as JSON text) → PCRS keeps everything, links included."""
    gpkg = tmp_path / "lyon.gpkg"
    with collect_errors():
        gdal.VectorTranslate(str(gpkg), str(LYON), format="GPKG")
    out = tmp_path / "out.gml"
    with collect_errors() as errs:
        write(out, gpkg)
    assert errs.failures == []
    assert_valid(out, tmp_path)
    actual, expected = content(out), content(LYON)
    assert_same_content(actual, expected, "via GeoPackage")


def test_from_the_gml_driver_output(tmp_path):
    """ogr2ogr -f GML of a Lyon file read by the GML driver, then -f PCRS: codes got their leading
    zeros back, hrefs (GML_ATTRIBUTES_TO_OGR_FIELDS) are links again, dates and geometries kept."""
    source = tmp_path / "lyon.gml"  # the GML driver writes a .gfs beside what it reads
    shutil.copy(LYON, source)
    via_gml = tmp_path / "via_gml.gml"
    with config_option("GML_ATTRIBUTES_TO_OGR_FIELDS", "YES"), collect_errors():
        src = gdal.OpenEx(str(source), gdal.OF_VECTOR, allowed_drivers=["GML"])
        assert src.GetDriver().ShortName == "GML"
        gdal.VectorTranslate(str(via_gml), src, format="GML", datasetCreationOptions=["FORMAT=GML3.2"])
        src = None
    gml_ds = gdal.OpenEx(str(via_gml), gdal.OF_VECTOR, allowed_drivers=["GML"])
    assert gml_ds.GetLayerByName("AffleurantPCRS").GetLayerDefn().GetFieldDefn(
        gml_ds.GetLayerByName("AffleurantPCRS").GetLayerDefn().GetFieldIndex("thematique")).GetType() == ogr.OFTInteger
    out = tmp_path / "out.gml"
    with collect_errors() as errs:
        # The GML driver drops the empty <reference/> of the trees: an empty default puts it back.
        write(out, gml_ds, layer_options=["REFERENCE="])
    gml_ds = None
    assert errs.failures == []
    assert_valid(out, tmp_path)
    actual, _, _ = content(out)
    expected, _, _ = content(LYON)
    assert sorted(actual) == sorted(expected)
    for name, e_rows in expected.items():
        by_id = {r[0]["gml_id"]: r for r in actual[name]}
        assert len(by_id) == len(e_rows), name
        for e_vals, e_geom in e_rows:
            a_vals, a_geom = by_id[e_vals["gml_id"]]
            assert a_vals == e_vals, f"{name} {e_vals['gml_id']}"
            if e_geom is not None:
                if not e_geom.Is3D():
                    # The GML driver made the 2D emprise 3D with Z = 0: that is its output.
                    assert a_geom.GetEnvelope3D()[4:] == (0, 0)
                    a_geom = a_geom.Clone()
                    a_geom.FlattenTo2D()
                # The GML driver writes 15 significant digits: 1e-8 m lost on the way.
                assert_geometry_equal(a_geom, e_geom, tol=1e-7, path=f"{name} {e_vals['gml_id']}")


# ---------------------------------------------------------------------------------------------
# Geometries


GEOMETRY_CASES = [
    # (class, source WKT, GML element written, geometry read back)
    ("ArbrePCRS", "POINT Z (1 2 3)", "Point", "POINT Z (1 2 3)"),
    ("ArbrePCRS", "MULTIPOINT Z ((1 2 3))", "Point", "POINT Z (1 2 3)"),
    ("ArbrePCRS", "POINT (1 2)", "Point", "POINT (1 2)"),
    ("LimiteVoiriePCRS", "LINESTRING Z (0 0 1,10 0 2)", "LineString", "COMPOUNDCURVE Z ((0 0 1,10 0 2))"),
    ("LimiteVoiriePCRS", "CIRCULARSTRING Z (0 0 1,5 5 2,10 0 3,15 -5 4,20 0 5)", "Curve",
     "COMPOUNDCURVE Z (CIRCULARSTRING Z (0 0 1,5 5 2,10 0 3,15 -5 4,20 0 5))"),
    ("LimiteVoiriePCRS", "COMPOUNDCURVE Z ((0 0 1,10 0 1),CIRCULARSTRING Z (10 0 1,15 5 1,20 0 1))", "Curve",
     "COMPOUNDCURVE Z ((0 0 1,10 0 1),CIRCULARSTRING Z (10 0 1,15 5 1,20 0 1))"),
    ("LimiteVoiriePCRS", "MULTICURVE Z (COMPOUNDCURVE Z ((0 0 1,10 0 1),CIRCULARSTRING Z (10 0 1,15 5 1,20 0 1)))",
     "Curve", "COMPOUNDCURVE Z ((0 0 1,10 0 1),CIRCULARSTRING Z (10 0 1,15 5 1,20 0 1))"),
    ("PilePontPCRS", "POLYGON Z ((0 0 1,10 0 1,10 10 1,0 0 1),(2 1 1,3 1 1,3 2 1,2 1 1))", "Polygon",
     "CURVEPOLYGON Z ((0 0 1,10 0 1,10 10 1,0 0 1),(2 1 1,3 1 1,3 2 1,2 1 1))"),
    ("PilePontPCRS", "CURVEPOLYGON (COMPOUNDCURVE ((0 0,10 0),CIRCULARSTRING (10 0,5 5,0 0)))", "Polygon",
     "CURVEPOLYGON (COMPOUNDCURVE ((0 0,10 0),CIRCULARSTRING (10 0,5 5,0 0)))"),
    ("PilePontPCRS", "MULTIPOLYGON (((0 0,10 0,10 10,0 0)))", "Polygon", "CURVEPOLYGON ((0 0,10 0,10 10,0 0))"),
    ("MasqueOpacitePCRS", "POLYGON ((0 0,10 0,10 10,0 0))", "Polygon", "CURVEPOLYGON ((0 0,10 0,10 10,0 0))"),
    ("HabillagePointsPCRS", "MULTIPOINT Z ((1 2 3),(4 5 6))", "MultiPoint", "MULTIPOINT Z ((1 2 3),(4 5 6))"),
    ("HabillagePointsPCRS", "POINT Z (1 2 3)", "MultiPoint", "MULTIPOINT Z ((1 2 3))"),
    ("HabillageLignesPCRS", "MULTILINESTRING ((0 0,1 1),(2 2,3 3))", "MultiCurve",
     "MULTICURVE (COMPOUNDCURVE ((0 0,1 1)),COMPOUNDCURVE ((2 2,3 3)))"),
    ("HabillageLignesPCRS", "CIRCULARSTRING (0 0,1 1,2 0)", "MultiCurve",
     "MULTICURVE (COMPOUNDCURVE (CIRCULARSTRING (0 0,1 1,2 0)))"),
    ("EmpriseEchangePCRS", "POLYGON ((0 0,10 0,10 10,0 0))", "MultiSurface",
     "MULTISURFACE (CURVEPOLYGON ((0 0,10 0,10 10,0 0)))"),
    ("EmpriseEchangePCRS", "MULTIPOLYGON (((0 0,10 0,10 10,0 0)),((20 0,30 0,30 10,20 0)))", "MultiSurface",
     "MULTISURFACE (CURVEPOLYGON ((0 0,10 0,10 10,0 0)),CURVEPOLYGON ((20 0,30 0,30 10,20 0)))"),
    ("ObjetGeneriquePCRS", "LINESTRING (0 0,1 1)", "LineString", "LINESTRING (0 0,1 1)"),
    ("ObjetGeneriquePCRS", "GEOMETRYCOLLECTION (POINT (1 2),LINESTRING (0 0,1 1))", "MultiGeometry", None),
]

# Minimal mandatory values per class family, as layer creation options.
DEFAULTS = {
    "ObjetVecteurPCRS": ["PRODUCTEUR=p", "QUALITE_CATEGORISATION=01", "PRECISION_PLANIMETRIQUE=005"],
    "HabillagePCRS": ["THEMATIQUE=03"],
    "MasqueOpacitePCRS": ["TRANSPARENCE=50"],
    "EmpriseEchangePCRS": ["FOURNISSEUR=f", "DATE_PUBLICATION=2020-01-01"],
}


def class_defaults(class_name):
    if class_name in ("HabillagePointsPCRS", "HabillageLignesPCRS"):
        return DEFAULTS["HabillagePCRS"]
    if class_name == "MasqueOpacitePCRS":
        return DEFAULTS["MasqueOpacitePCRS"]
    if class_name == "EmpriseEchangePCRS":
        return DEFAULTS["EmpriseEchangePCRS"]
    if class_name == "ArbrePCRS":
        return DEFAULTS["ObjetVecteurPCRS"] + ["REFERENCE=r"]
    return DEFAULTS["ObjetVecteurPCRS"]


def memory_dataset():
    return gdal.GetDriverByName("Memory").Create("", 0, 0, 0, gdal.GDT_Unknown)


def memory_source(class_name, wkt, epsg=3946, extra_fields=()):
    ds = memory_dataset()
    layer = ds.CreateLayer(class_name, srs(epsg) if epsg else None, ogr.wkbUnknown)
    for name, value in extra_fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    f = ogr.Feature(layer.GetLayerDefn())
    for name, value in extra_fields:
        f.SetField(name, value)
    if wkt:
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)
    return ds


@pytest.mark.parametrize("class_name,wkt,element,expected", GEOMETRY_CASES,
                         ids=[f"{c[0]}-{c[1].split(' (')[0]}" for c in GEOMETRY_CASES])
def test_geometry_encodings(class_name, wkt, element, expected, tmp_vsimem, tmp_path):
    out = f"{tmp_vsimem}/out.gml"
    extra = [("raster", "r1")] if class_name == "MasqueOpacitePCRS" else []
    with collect_errors() as errs:
        write(out, memory_source(class_name, wkt, extra_fields=extra), layer_options=class_defaults(class_name))
    assert errs.failures == []
    assert_valid(out, tmp_path)
    geometrie = xml_root(out, tmp_path).find(f"pcrs:featureMember/pcrs:{class_name}/pcrs:geometrie", NS)
    outer = geometrie[0]
    assert outer.tag == "{%s}%s" % (NS_GML, element)
    assert outer.get("srsName") == "EPSG:3946"
    assert outer.get("srsDimension") == ("3" if " Z " in wkt else "2")
    (values, geom), = content(out)[0][class_name]
    if expected:
        assert_geometry_equal(geom, expected, tol=0)


def test_masque_property_order(tmp_vsimem, tmp_path):
    """MasqueOpacitePCRS: transparence comes before geometrie, as in the XSD."""
    out = f"{tmp_vsimem}/out.gml"
    write(out, memory_source("MasqueOpacitePCRS", "POLYGON ((0 0,1 0,1 1,0 0))", extra_fields=[("raster", "r1")]),
          layer_options=class_defaults("MasqueOpacitePCRS"))
    masque = xml_root(out, tmp_path).find("pcrs:featureMember/pcrs:MasqueOpacitePCRS", NS)
    assert [e.tag.split("}")[1] for e in masque] == ["idHabillage", "thematique", "transparence", "geometrie",
                                                    "raster"]
    assert masque.find("pcrs:raster", NS).get(XLINK_HREF) == "#r1"
    assert masque.find("pcrs:thematique", NS).text == "11"


def test_coordinates_round_trip_exactly(tmp_vsimem, tmp_path):
    """Doubles are written with the shortest text that reads back as the same double."""
    values = [0.1, 1 / 3, 2 ** 0.5 * 1e6, 1848495.96, 5181768.123456789, -0.000123456789012345, 1e-300, 123456789.0]
    wkt = "LINESTRING Z (" + ",".join(f"{v!r} {v * 7!r} {-v!r}" for v in values) + ")"
    out = f"{tmp_vsimem}/out.gml"
    write(out, memory_source("LimiteVoiriePCRS", wkt), layer_options=class_defaults("LimiteVoiriePCRS"))
    assert_valid(out, tmp_path)
    (_, geom), = content(out)[0]["LimiteVoiriePCRS"]
    points = geom.GetGeometryRef(0).GetPoints()
    assert points == [(v, v * 7, -v) for v in values]


def test_srs_outside_the_standard_gives_a_warning(tmp_vsimem, tmp_path):
    out = f"{tmp_vsimem}/out.gml"
    with collect_errors() as errs:
        write(out, memory_source("ArbrePCRS", "POINT (2.35 48.85)", epsg=4326),
              layer_options=class_defaults("ArbrePCRS"))
    assert errs.warnings == ["layer 'ArbrePCRS' (ArbrePCRS): EPSG:4326 is not a CRS of the PCRS standard "
                             "(EPSG:2154, 3942 to 3950, 32620, 5490, 2972, 2975, 4471)"]
    point = xml_root(out, tmp_path).find(".//gml:Point", NS)
    assert point.get("srsName") == "EPSG:4326"
    assert point.find("gml:pos", NS).text == "2.35 48.85"  # GIS order, as GDAL reads EPSG:n
    assert_valid(out, tmp_path)


# ---------------------------------------------------------------------------------------------
# Identifiers and links


def test_href_form_bare_and_hash(tmp_path):
    for form, prefix in (("HASH", "#"), ("BARE", "")):
        out = tmp_path / f"{form}.gml"
        write(out, LYON, options=[f"HREF_FORM={form}"])
        assert_valid(out, tmp_path)
        root = xml_root(out, tmp_path)
        hrefs = [e.get(XLINK_HREF) for e in root.iter() if e.get(XLINK_HREF) is not None]
        assert hrefs and all(h.startswith(prefix) and not h[len(prefix):].startswith("#") for h in hrefs)
        assert_same_content(content(out), content(LYON), form)


def test_generated_identifiers(tmp_vsimem, tmp_path):
    """Without gml_id, ids come from GML_ID_PREFIX + class + number; business ids are generated unique."""
    src = memory_dataset()
    layer = src.CreateLayer("ArbrePCRS", srs(3946), ogr.wkbPoint25D)
    layer.CreateField(ogr.FieldDefn("gml_id", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("idObjet", ogr.OFTString))
    for gml_id, id_objet in (("A", "X"), (None, None), ("A", None), ("12 b", None), ("ArbrePCRS.1", "X")):
        f = ogr.Feature(layer.GetLayerDefn())
        if gml_id:
            f.SetField("gml_id", gml_id)
        if id_objet:
            f.SetField("idObjet", id_objet)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT Z (1 2 3)"))
        layer.CreateFeature(f)
    out = f"{tmp_vsimem}/out.gml"
    with collect_errors() as errs:
        write(out, src, options=["GML_ID_PREFIX=FR_123_", "DOCUMENT_ID=lot.7"],
              layer_options=class_defaults("ArbrePCRS"))
    assert_valid(out, tmp_path)
    root = xml_root(out, tmp_path)
    assert root.get(GML_ID) == "lot.7"
    arbres = root.findall("pcrs:featureMember/pcrs:ArbrePCRS", NS)
    assert [a.get(GML_ID) for a in arbres] == ["A", "FR_123_ArbrePCRS.1", "FR_123_ArbrePCRS.2", "_12_b",
                                               "ArbrePCRS.1"]
    assert [a.find("pcrs:idObjet", NS).text for a in arbres] == ["X", "FR_123_ArbrePCRS.1", "FR_123_ArbrePCRS.2",
                                                                 "_12_b", "X"]
    assert [a.find(".//gml:Point", NS).get(GML_ID) for a in arbres] == \
        ["A.g0", "FR_123_ArbrePCRS.1.g0", "FR_123_ArbrePCRS.2.g0", "_12_b.g0", "ArbrePCRS.1.g0"]
    assert any("gml:id 'A' is already used in the document: a new one is generated" in w for w in errs.warnings)
    assert any("gml_id '12 b' is not an XML NCName: written as '_12_b'" in w for w in errs.warnings)
    assert any("<pcrs:idObjet>: 'X' is already used by another feature" in w for w in errs.warnings)


def test_links_to_repaired_ids_still_resolve(tmp_vsimem, tmp_path):
    """Ids that are not NCNames and the links to them are repaired the same way."""
    src = memory_dataset()
    geo = src.CreateLayer("AffleurantGeometriquePCRS", None, ogr.wkbNone)
    geo.CreateField(ogr.FieldDefn("gml_id", ogr.OFTString))
    geo.CreateField(ogr.FieldDefn("point", ogr.OFTStringList))
    pts = src.CreateLayer("AffleurantPointPCRS", srs(3946), ogr.wkbPoint25D)
    pts.CreateField(ogr.FieldDefn("gml_id", ogr.OFTString))
    f = ogr.Feature(geo.GetLayerDefn())
    f.SetField("gml_id", "1")
    f.SetFieldStringList(1, ["10", "#11"])
    geo.CreateFeature(f)
    for i in ("10", "11"):
        f = ogr.Feature(pts.GetLayerDefn())
        f.SetField("gml_id", i)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT Z (1 2 3)"))
        pts.CreateFeature(f)
    out = f"{tmp_vsimem}/out.gml"
    with collect_errors():
        write(out, src)
    assert_valid(out, tmp_path)
    ds = open_pcrs(out)
    f = read_all(ds.GetLayerByName("AffleurantGeometriquePCRS"))[0]
    assert f.GetField("gml_id") == "_1"
    assert f.GetField("point") == ["_10", "_11"]
    assert [g.GetField("gml_id") for g in read_all(ds.GetLayerByName("AffleurantPointPCRS"))] == ["_10", "_11"]
    assert ds.GetRelationshipNames() == ["AffleurantGeometriquePCRS_point_AffleurantPointPCRS"]


# ---------------------------------------------------------------------------------------------
# Atomic output


def test_no_temporary_file_is_visible_after_success(tmp_path):
    out = tmp_path / "out.gml"
    ds = gdal.GetDriverByName("PCRS").Create(str(out), 0, 0, 0, gdal.GDT_Unknown)
    names = os.listdir(tmp_path)
    assert len(names) == 1 and names[0].startswith("out.gml.tmp-")  # written beside, renamed at the end
    assert not out.exists()
    ds = None  # noqa: F841  (closing writes the document)
    assert os.listdir(tmp_path) == ["out.gml"]
    assert_valid(out, tmp_path)  # an empty delivery is still a valid document


def test_existing_file_is_replaced_only_when_complete(tmp_path):
    out = tmp_path / "out.gml"
    out.write_text("previous delivery")
    ds = gdal.GetDriverByName("PCRS").Create(str(out), 0, 0, 0, gdal.GDT_Unknown)
    assert out.read_text() == "previous delivery"
    ds = None  # noqa: F841  (closing writes the document)
    assert out.read_text().startswith("<?xml")
    assert_valid(out, tmp_path)


def test_schema_location_option(tmp_vsimem, tmp_path):
    out = f"{tmp_vsimem}/out.gml"
    location = "http://cnig.gouv.fr/pcrs CNIG_PCRS_v2.0.xsd http://cnig.gouv.fr/pcrs-information CNIG_PCRS-INFO_v2.0.xsd"
    write(out, LYON, options=[f"SCHEMA_LOCATION={location}"])
    assert xml_root(out, tmp_path).get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation") == location
    assert_valid(out, tmp_path)
