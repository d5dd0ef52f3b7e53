"""Error paths of the PCRS writer (issue #3, items 2–7): each one fails with a message naming the
file, the layer or feature and the element, and leaves no document that could pass for a complete
delivery (nothing at the path, no temporary file beside it, an older file untouched)."""
import os

import pytest
from osgeo import gdal, ogr

from pcrs_testlib import collect_errors
from test_pcrs_write import LYON, assert_valid, class_defaults, content, memory_dataset, srs

# A failure at close (the document is written then) is a CE_Failure inside the dataset's
# destructor, which the bindings can only report as an "unraisable" exception.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

CLASS_LIST_START = "the classes are: AffleurantEnveloppePCRS, AffleurantGeometriquePCRS, AffleurantLignesPCRS"


def create(path, options=None):
    return gdal.GetDriverByName("PCRS").Create(str(path), 0, 0, 0, gdal.GDT_Unknown, options=options or [])


def mur_layer(ds, options=None, fields=()):
    layer = ds.CreateLayer("murs", srs(2154), ogr.wkbLineString25D,
                           options=(options if options is not None else
                                    ["PCRS_CLASS=MurPCRS"] + class_defaults("MurPCRS")))
    for name, field_type in fields:
        assert layer.CreateField(ogr.FieldDefn(name, field_type)) == ogr.OGRERR_NONE
    return layer


def add(layer, values=None, wkt="LINESTRING Z (0 0 0,1 1 1)"):
    f = ogr.Feature(layer.GetLayerDefn())
    for k, v in (values or {}).items():
        f.SetField(k, v)
    if wkt:
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    return layer.CreateFeature(f)


def assert_nothing_written(directory, name="out.gml"):
    assert os.listdir(directory) == [], f"left in {directory}: {os.listdir(directory)}"


@pytest.fixture(autouse=True)
def ogr_exceptions():
    """Failures of CreateFeature/CreateField come back as return codes, checked by the tests."""
    was = ogr.GetUseExceptions()
    ogr.DontUseExceptions()
    yield
    if was:
        ogr.UseExceptions()


# ---------------------------------------------------------------------------------------------
# Item 2: layers to classes


def test_unknown_class_lists_the_classes(tmp_path):
    out = tmp_path / "out.gml"
    ds = create(out)
    with collect_errors():
        with pytest.raises(RuntimeError) as exc:
            ds.CreateLayer("murs", srs(2154), ogr.wkbLineString)
    message = str(exc.value)
    del exc  # its traceback holds the dataset
    assert message.startswith("layer 'murs': 'murs' is not a PCRS class (name the class with the layer "
                              "creation option PCRS_CLASS); " + CLASS_LIST_START)
    assert "InitiativePCRS" in message and "ObjetVecteurPCRS" not in message
    with collect_errors() as close_errs:
        ds = None
    assert any("(no document written)" in m for m in close_errs.failures)
    assert_nothing_written(tmp_path)


def test_unknown_pcrs_class_option(tmp_path):
    ds = create(tmp_path / "out.gml")
    with pytest.raises(RuntimeError, match="layer 'murs': 'Muret' is not a PCRS class"):
        ds.CreateLayer("murs", srs(2154), ogr.wkbLineString, options=["PCRS_CLASS=Muret"])
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


def test_abstract_class_is_refused(tmp_path):
    ds = create(tmp_path / "out.gml")
    with pytest.raises(RuntimeError) as exc:
        ds.CreateLayer("piliers", srs(2154), ogr.wkbPoint, options=["PCRS_CLASS=pilierpcrs"])
    assert str(exc.value) == ("layer 'piliers': PilierPCRS is an abstract class, no feature can be of it; its "
                              "concrete classes are: PilierParticulierPCRS, PilierRegulierPCRS")
    del exc  # its traceback holds the dataset
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


def test_ogr2ogr_with_an_unknown_layer_name(tmp_path):
    src = memory_dataset()
    src.CreateLayer("troncons", srs(2154), ogr.wkbLineString)
    with collect_errors() as errs:
        with pytest.raises(RuntimeError):
            gdal.VectorTranslate(str(tmp_path / "out.gml"), src, format="PCRS")
    assert any(m.startswith("layer 'troncons': 'troncons' is not a PCRS class") for m in errs.failures)
    assert_nothing_written(tmp_path)


# ---------------------------------------------------------------------------------------------
# Item 3: fields to properties


def test_unmatched_fields_warn_once_per_layer(tmp_path):
    out = tmp_path / "out.gml"
    ds = create(out)
    with collect_errors() as errs:
        layer = mur_layer(ds, fields=[("couleur", ogr.OFTString), ("hauteur", ogr.OFTReal)])
        for _ in range(3):
            assert add(layer, {"couleur": "gris", "hauteur": 2.5}) == ogr.OGRERR_NONE
    assert errs.warnings == ["layer 'murs' (MurPCRS): field(s) couleur, hauteur match no property of MurPCRS "
                             "and are not written"]
    with collect_errors() as close_errs:
        ds = None
    assert close_errs.failures == []
    assert_valid(out, tmp_path)


def test_strict_makes_unmatched_fields_errors(tmp_path):
    ds = create(tmp_path / "out.gml", ["STRICT=YES"])
    layer = mur_layer(ds)
    with collect_errors() as errs:
        assert layer.CreateField(ogr.FieldDefn("couleur", ogr.OFTString)) != ogr.OGRERR_NONE
    assert errs.failures == ["layer 'murs' (MurPCRS): field 'couleur' matches no property of MurPCRS (strict mode)"]
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


def test_missing_mandatory_property_names_feature_and_option(tmp_path):
    out = tmp_path / "out.gml"
    ds = create(out)
    layer = mur_layer(ds, options=["PCRS_CLASS=MurPCRS", "PRODUCTEUR=p", "QUALITE_CATEGORISATION=01"])
    with collect_errors() as errs:
        assert add(layer) != ogr.OGRERR_NONE
    assert errs.failures == [
        f"{out}: MurPCRS feature 1 (gml:id 'MurPCRS.1') of layer 'murs': <pcrs:precisionPlanimetrique>: mandatory "
        "property missing (no field gives it, and no layer creation option PRECISION_PLANIMETRIQUE)"]
    with collect_errors() as close_errs:
        ds = None
    assert close_errs.failures == [errs.failures[0] + " (no document written)"]
    assert_nothing_written(tmp_path)


def test_missing_mandatory_link(tmp_path):
    out = tmp_path / "out.gml"
    ds = create(out)
    layer = ds.CreateLayer("AffleurantPCRS", None, ogr.wkbNone, options=class_defaults("AffleurantPCRS"))
    with collect_errors() as errs:
        assert add(layer, wkt=None) != ogr.OGRERR_NONE
    assert errs.failures == [f"{out}: AffleurantPCRS feature 1 (gml:id 'AffleurantPCRS.1') of layer "
                             "'AffleurantPCRS': <pcrs:representation>: mandatory link missing (no field gives "
                             "the target's gml:id)"]
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


@pytest.mark.parametrize("field_type,value,message", [
    (ogr.OFTString, "20/01/2021", "'20/01/2021' is not a date (YYYY-MM-DD)"),
    (ogr.OFTString, "2021-02-29", "'2021-02-29' is not a date (YYYY-MM-DD)"),
])
def test_bad_date(tmp_path, field_type, value, message):
    out = tmp_path / "out.gml"
    ds = create(out)
    layer = mur_layer(ds, fields=[("dateLeve", field_type)])
    with collect_errors() as errs:
        assert add(layer, {"dateLeve": value}) != ogr.OGRERR_NONE
    assert errs.failures == [f"{out}: MurPCRS feature 1 (gml:id 'MurPCRS.1') of layer 'murs': <pcrs:dateLeve>: "
                             + message]
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


def test_bad_number(tmp_path):
    out = tmp_path / "out.gml"
    ds = create(out)
    layer = ds.CreateLayer("symboles", srs(2154), ogr.wkbPoint, options=["PCRS_CLASS=HabillageSymbolePCRS",
                                                                         "THEMATIQUE=03", "REFERENCE=s"])
    for name in ("angleRotation", "longueur_mm", "largeur_mm"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    with collect_errors() as errs:
        assert add(layer, {"angleRotation": "45°", "longueur_mm": "1", "largeur_mm": "1"}, "POINT (1 2)") \
            != ogr.OGRERR_NONE
    assert errs.failures[0].endswith("<pcrs:angleRotation>: '45°' is not a number (xs:double)")
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


# ---------------------------------------------------------------------------------------------
# Item 4: code lists


def test_value_outside_a_closed_list(tmp_path):
    out = tmp_path / "out.gml"
    ds = create(out)
    layer = mur_layer(ds, fields=[("precisionPlanimetrique", ogr.OFTInteger)])
    with collect_errors() as errs:
        assert add(layer, {"precisionPlanimetrique": 7}) != ogr.OGRERR_NONE
    assert errs.failures == [
        f"{out}: MurPCRS feature 1 (gml:id 'MurPCRS.1') of layer 'murs': <pcrs:precisionPlanimetrique>: 7 is not a "
        "value of the enumeration CategoriePrecisionPCRSType (allowed: 002, 005, 010, 040, 150, 999)"]
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


def test_extension_refused_by_a_closed_list(tmp_path):
    ds = create(tmp_path / "out.gml")
    layer = mur_layer(ds, fields=[("typeMur", ogr.OFTString)])
    with collect_errors() as errs:
        assert add(layer, {"typeMur": "other: grillage"}) != ogr.OGRERR_NONE
    assert errs.failures[0].endswith("<pcrs:typeMur>: 'other: grillage' is not a value of the enumeration "
                                     "CategorieMurPCRSType (allowed: 01, 02, 03, 04, 05, 06)")
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


def test_extensible_list_accepts_extensions_only_in_their_form(tmp_path):
    out = tmp_path / "out.gml"
    ds = create(out, ["SKIP_INVALID_FEATURES=YES"])
    layer = ds.CreateLayer("AffleurantPCRS", None, ogr.wkbNone, options=class_defaults("AffleurantPCRS"))
    layer.CreateField(ogr.FieldDefn("reseau", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("representation", ogr.OFTString))
    with collect_errors() as errs:
        assert add(layer, {"reseau": "other: fibreoptique", "representation": "g1"}, None) == ogr.OGRERR_NONE
        assert add(layer, {"reseau": "FIBRE", "representation": "g1"}, None) != ogr.OGRERR_NONE
        assert add(layer, {"reseau": "other: fibre optique", "representation": "g1"}, None) != ogr.OGRERR_NONE
    assert errs.failures[0].endswith(
        "<pcrs:reseau>: 'FIBRE' is not a value of the code list NatureReseauPCRSType (allowed: 00, AEP, ASSA, "
        "ASSAEP, ASSAEU, ASSARU, CHAU, CHIM, COM, DECH, ELEC, ELECBT, ELECECL, ELECHT, ELECSLT, GAZ, INCE, MULT, "
        "or an extension 'other: <text without spaces or punctuation>')")
    with collect_errors() as close_errs:
        ds = None
    assert close_errs.failures == []
    assert_valid(out, tmp_path)
    rows = content(out)[0]["AffleurantPCRS"]
    assert [r[0]["reseau"] for r in rows] == ["other: fibreoptique"]


def test_invalid_default_fails_layer_creation(tmp_path):
    ds = create(tmp_path / "out.gml")
    with collect_errors():
        with pytest.raises(RuntimeError) as exc:
            ds.CreateLayer("murs", srs(2154), ogr.wkbLineString,
                           options=["PCRS_CLASS=MurPCRS", "QUALITE_CATEGORISATION=1"])
    assert str(exc.value) == ("layer 'murs' (MurPCRS): option QUALITE_CATEGORISATION: <pcrs:qualiteCategorisation>: "
                              "'1' is not a value of the code list QualiteCategorisationPCRSType (allowed: 01, 02, "
                              "03, or an extension 'other: <text without spaces or punctuation>')")
    del exc  # its traceback holds the dataset
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


# ---------------------------------------------------------------------------------------------
# Item 5: geometry


@pytest.mark.parametrize("class_name,wkt,message", [
    ("MurPCRS", "MULTILINESTRING ((0 0,1 1),(2 2,3 3))",
     "a MultiLineString of 2 parts cannot be written as gml:CurvePropertyType (one curve)"),
    ("MurPCRS", "POINT (1 2)", "a Point cannot be written as gml:CurvePropertyType (one curve)"),
    ("ArbrePCRS", "LINESTRING (0 0,1 1)", "a LineString cannot be written as gml:PointPropertyType (a point)"),
    ("PilePontPCRS", "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))",
     "a MultiPolygon of 2 parts cannot be written as a gml:Polygon property (one polygon)"),
    ("HabillagePointsPCRS", "LINESTRING (0 0,1 1)",
     "a LineString cannot be written as gml:MultiPointPropertyType (points)"),
    ("EmpriseEchangePCRS", "TIN (((0 0 0,0 1 0,1 1 0,0 0 0)))", None),
    ("PilePontPCRS", "TIN (((0 0 0,0 1 0,1 1 0,0 0 0)))",
     "a TIN cannot be written as a gml:Polygon property (one polygon)"),
    ("MurPCRS", "LINESTRING EMPTY", "mandatory geometry missing (null or empty)"),
    ("MurPCRS", None, "mandatory geometry missing (null or empty)"),
])
def test_incompatible_geometry(tmp_path, class_name, wkt, message):
    out = tmp_path / "out.gml"
    ds = create(out)
    layer = ds.CreateLayer(class_name, srs(2154), ogr.wkbUnknown, options=class_defaults(class_name))
    with collect_errors() as errs:
        result = add(layer, {}, wkt)
    if message is None:  # a TIN is a set of surfaces: fine for a MultiSurface
        assert result == ogr.OGRERR_NONE, errs.text()
        with collect_errors() as close_errs:
            ds = None
        assert close_errs.failures == []
        assert_valid(out, tmp_path)
        return
    assert result != ogr.OGRERR_NONE
    assert errs.failures == [f"{out}: {class_name} feature 1 (gml:id '{class_name}.1') of layer '{class_name}': "
                             f"<pcrs:geometrie>: {message}"]
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


def test_unclosed_ring(tmp_path):
    ds = create(tmp_path / "out.gml")
    layer = ds.CreateLayer("PilePontPCRS", srs(2154), ogr.wkbUnknown, options=class_defaults("PilePontPCRS"))
    # OGR closes rings on import from WKT; an unclosed one comes from WKB.
    wkb = bytes.fromhex("0103000000010000000400000000000000000000000000000000000000000000000000f03f0000000000000000"
                        "000000000000f03f000000000000f03f0000000000000000000000000000f03f")
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
    with collect_errors() as errs:
        assert layer.CreateFeature(f) != ogr.OGRERR_NONE
    assert errs.failures[0].endswith("<pcrs:geometrie>: a polygon ring is not closed (first and last points differ)")
    with collect_errors():
        ds = None
    assert_nothing_written(tmp_path)


def test_layer_crs_without_epsg_code(tmp_path):
    from osgeo import osr
    out = tmp_path / "out.gml"
    ds = create(out)
    local = osr.SpatialReference()
    local.SetFromUserInput("+proj=tmerc +lat_0=0 +lon_0=3 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m")
    with collect_errors() as errs:
        layer = ds.CreateLayer("ArbrePCRS", local, ogr.wkbPoint, options=class_defaults("ArbrePCRS"))
        assert add(layer, {}, "POINT (1 2)") == ogr.OGRERR_NONE
    assert errs.warnings == ["layer 'ArbrePCRS': its CRS has no EPSG code: geometries are written without srsName"]
    with collect_errors() as close_errs:
        ds = None
    assert close_errs.failures == []
    assert_valid(out, tmp_path)
    assert 'srsName' not in out.read_text().split("<pcrs:featureMember>")[1]


# ---------------------------------------------------------------------------------------------
# Item 7: atomic, honest output


def test_failure_keeps_the_previous_delivery(tmp_path):
    out = tmp_path / "out.gml"
    out.write_text("previous delivery")
    ds = create(out)
    layer = mur_layer(ds, fields=[("precisionPlanimetrique", ogr.OFTInteger)])
    assert add(layer, {"precisionPlanimetrique": 5}) == ogr.OGRERR_NONE
    with collect_errors():
        assert add(layer, {"precisionPlanimetrique": 6}) != ogr.OGRERR_NONE
        assert add(layer, {"precisionPlanimetrique": 5}) != ogr.OGRERR_NONE  # the document is condemned
    with collect_errors():
        ds = None
    assert os.listdir(tmp_path) == ["out.gml"]
    assert out.read_text() == "previous delivery"


def test_ogr2ogr_stops_and_writes_nothing(tmp_path):
    src = memory_dataset()
    layer = src.CreateLayer("murs", srs(2154), ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("precisionPlanimetrique", ogr.OFTInteger))
    for value in (5, 5, 7, 5):
        add(layer, {"precisionPlanimetrique": value}, "LINESTRING (0 0,1 1)")
    with collect_errors() as errs:
        with pytest.raises(RuntimeError):
            gdal.VectorTranslate(str(tmp_path / "out.gml"), src, format="PCRS",
                                 layerCreationOptions=["PCRS_CLASS=MurPCRS", "PRODUCTEUR=p",
                                                       "QUALITE_CATEGORISATION=01"])
    assert any("MurPCRS feature 3 (gml:id 'MurPCRS.3') of layer 'murs': <pcrs:precisionPlanimetrique>: 7 is not"
               in m for m in errs.failures)
    assert_nothing_written(tmp_path)


def test_skip_invalid_features_with_skipfailures(tmp_path):
    src = memory_dataset()
    layer = src.CreateLayer("murs", srs(2154), ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("precisionPlanimetrique", ogr.OFTInteger))
    for value in (5, 7, 10):
        add(layer, {"precisionPlanimetrique": value}, "LINESTRING (0 0,1 1)")
    out = tmp_path / "out.gml"
    gdal.DontUseExceptions()  # with exceptions, the bindings print skipped failures themselves
    try:
        with collect_errors() as errs:
            gdal.VectorTranslate(str(out), src, format="PCRS", skipFailures=True,
                                 datasetCreationOptions=["SKIP_INVALID_FEATURES=YES"],
                                 layerCreationOptions=["PCRS_CLASS=MurPCRS", "PRODUCTEUR=p",
                                                       "QUALITE_CATEGORISATION=01"])
    finally:
        gdal.UseExceptions()
    assert len(errs.failures) == 1 and "MurPCRS feature 2" in errs.failures[0]
    assert_valid(out, tmp_path)
    rows = content(out)[0]["MurPCRS"]
    assert [r[0]["precisionPlanimetrique"] for r in rows] == ["005", "010"]


def test_disk_full(tmp_path):
    """An I/O error while writing (here /dev/full behind a gzip stream) fails the close, loudly."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    (tmp_path / "out.gml.gz").symlink_to("/dev/full")
    out = f"/vsigzip/{tmp_path}/out.gml.gz"
    with collect_errors() as errs:
        ds = gdal.VectorTranslate(out, str(LYON), format="PCRS")
        ds = None  # noqa: F841  (the document is written at close)
    assert any(m.startswith(out) and "writing failed" in m and "the output is removed" in m for m in errs.failures), \
        errs.text()


def test_vsizip_failure_leaves_an_empty_member(tmp_path):
    """A zip member cannot be removed: a failed write leaves it empty (0 bytes), never a document."""
    archive = tmp_path / "out.zip"
    ds = create(f"/vsizip/{archive}/out.gml")
    layer = mur_layer(ds, options=["PCRS_CLASS=MurPCRS"])
    with collect_errors():
        assert add(layer) != ogr.OGRERR_NONE
    with collect_errors():
        ds = None
    assert gdal.VSIStatL(f"/vsizip/{archive}/out.gml").size == 0


# ---------------------------------------------------------------------------------------------
# Dataset creation


def test_output_must_be_gml_or_xml(tmp_path):
    with collect_errors():
        with pytest.raises(RuntimeError, match="a PCRS document is a .gml or .xml file"):
            create(tmp_path / "out.shp")
    assert_nothing_written(tmp_path)
    for name in ("out.xml", "OUT.GML"):
        ds = create(tmp_path / name)
        assert ds is not None
        ds = None  # noqa: F841  (closing writes the document)
        assert_valid(tmp_path / name, tmp_path)
    assert sorted(os.listdir(tmp_path)) == ["OUT.GML", "out.xml"]


def test_bad_href_form(tmp_path):
    with collect_errors() as errs:
        with pytest.raises(RuntimeError):
            create(tmp_path / "out.gml", ["HREF_FORM=URL"])
    assert any(m.endswith("HREF_FORM=URL: expected HASH or BARE") for m in errs.failures)
    assert_nothing_written(tmp_path)


def test_bad_document_id(tmp_path):
    with collect_errors() as errs:
        with pytest.raises(RuntimeError):
            create(tmp_path / "out.gml", ["DOCUMENT_ID=12 b"])
    assert any("'12 b' cannot be the document's gml:id: not an XML NCName" in m for m in errs.failures)
    assert_nothing_written(tmp_path)


def test_directory_that_does_not_exist(tmp_path):
    with collect_errors() as errs:
        with pytest.raises(RuntimeError):
            create(tmp_path / "missing" / "out.gml")
    assert any(f"{tmp_path}/missing/out.gml.tmp-" in m and "cannot create the file: No such file or directory" in m
               for m in errs.failures)
