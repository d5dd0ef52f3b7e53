"""Geometries: every GML encoding against its expected OGR geometry, every file against an
independent reading of its coordinates, CRS forms and axis order."""
import pytest
from osgeo import ogr, osr

from pcrs_testlib import (assert_geometry_equal, assert_parts_equal, collect_errors,
                          expected_geometry_type, layers, ogr_geometry_parts, open_pcrs,
                          read_all, xml_geometries, xsd_model)

MODEL = xsd_model()
FORMS = "synthetic/geometry_forms.gml"

# gml:id -> (layer, expected geometry) for geometry_forms.gml
EXPECTED = {
    "PT_POS_3D": ("ArbrePCRS", "POINT Z (652001 6862001 35.5)"),
    "PT_POS_2D": ("ArbrePCRS", "POINT (652002 6862002)"),
    "PT_POS_DIM_ON_POS": ("ArbrePCRS", "POINT Z (652003 6862003 36.25)"),
    "PT_COORDINATES": ("ArbrePCRS", "POINT Z (652004.25 6862004.75 36.5)"),
    "CV_LINESTRING": ("LimiteVoiriePCRS",
                      "COMPOUNDCURVE Z ((652010 6862010 35,652011 6862010 35.5,652011 6862011 36))"),
    "CV_SEGMENT_DIM_ON_POSLIST": ("LimiteVoiriePCRS",
                                  "COMPOUNDCURVE Z ((652012 6862010 35,652013 6862010 35))"),
    "CV_ARC": ("LimiteVoiriePCRS", "COMPOUNDCURVE Z (CIRCULARSTRING Z "
               "(652090 6862100 35,652100 6862110 35,652110 6862100 35))"),
    "CV_ARC_LINE_ARC": ("LimiteVoiriePCRS", "COMPOUNDCURVE Z ("
                        "CIRCULARSTRING Z (652090 6862100 35,652100 6862110 35,652110 6862100 35),"
                        "(652110 6862100 35,652110 6862080 35),"
                        "CIRCULARSTRING Z (652110 6862080 35,652100 6862070 35,652090 6862080 35))"),
    "CV_ARCSTRING": ("LimiteVoiriePCRS", "COMPOUNDCURVE Z (CIRCULARSTRING Z (652090 6862100 35,"
                     "652100 6862110 35,652110 6862100 35,652100 6862090 35,"
                     "652092.9289321881 6862092.9289321881 35))"),
    "CV_COORDINATES_MULTILINE": ("LimiteVoiriePCRS", "COMPOUNDCURVE Z ((652015 6862015 35,"
                                 "652016 6862015 35.25,652016 6862016 35.5))"),
    "CV_COORDINATES_CS_TS": ("LimiteVoiriePCRS",
                             "COMPOUNDCURVE Z ((652017.5 6862017 35,652018.5 6862017 35.75))"),
    "CV_2D": ("LimiteVoiriePCRS", "COMPOUNDCURVE ((652019 6862019,652020 6862020,652021 6862019))"),
    "PG_LINEARRING_HOLE": ("PilePontPCRS", "CURVEPOLYGON Z ("
                           "(652020 6862020 30,652030 6862020 30,652030 6862030 30,"
                           "652020 6862030 30,652020 6862020 30),"
                           "(652022 6862022 30,652022 6862024 30,652024 6862024 30,"
                           "652024 6862022 30,652022 6862022 30))"),
    "PG_RING_CURVEMEMBERS": ("PilePontPCRS", "CURVEPOLYGON Z (COMPOUNDCURVE Z ("
                             "(652040 6862040 30,652050 6862040 30,652050 6862050 30),"
                             "CIRCULARSTRING Z (652050 6862050 30,652043 6862048 30,"
                             "652040 6862040 30)))"),
    "PG_COORDINATES_2D": ("PilePontPCRS", "CURVEPOLYGON ((652060 6862060,652061 6862060,"
                          "652061 6862061,652060 6862060))"),
    "RASTER": ("RasterPCRS", "CURVEPOLYGON Z ((652000 6862000 0,652100 6862000 0,"
               "652100 6862100 0,652000 6862100 0,652000 6862000 0))"),
    "SF_SURFACE_PATCH": ("MasqueOpacitePCRS", "CURVEPOLYGON Z ((652070 6862070 0,"
                         "652075 6862070 0,652075 6862075 0,652070 6862070 0))"),
    "SF_POLYGON": ("MasqueOpacitePCRS", "CURVEPOLYGON Z ((652076 6862070 0,652079 6862070 0,"
                   "652079 6862073 0,652076 6862070 0))"),
    "MC_CURVEMEMBER": ("HabillageLignesPCRS", "MULTICURVE Z ("
                       "COMPOUNDCURVE Z ((652040 6862080 35,652045 6862080 35)),"
                       "COMPOUNDCURVE Z (CIRCULARSTRING Z (652040 6862085 35,"
                       "652042.5 6862087.5 35,652045 6862085 35)))"),
    "MC_CURVEMEMBERS": ("HabillageLignesPCRS", "MULTICURVE Z ("
                        "COMPOUNDCURVE Z ((652050 6862080 35,652055 6862080 35)),"
                        "COMPOUNDCURVE Z ((652050 6862082 35,652055 6862082 35,"
                        "652055 6862084 35)))"),
    "MP_POINTMEMBER": ("HabillagePointsPCRS",
                       "MULTIPOINT Z ((652050 6862050 35),(652051 6862051 36))"),
    "MP_POINTMEMBERS": ("HabillagePointsPCRS",
                        "MULTIPOINT Z ((652052 6862052 35),(652053 6862053 37))"),
    "MS_SURFACEMEMBER": ("Commune", "MULTISURFACE Z ("
                         "CURVEPOLYGON Z ((652000 6862000 0,652010 6862000 0,"
                         "652010 6862010 0,652000 6862000 0)),"
                         "CURVEPOLYGON Z ((652020 6862000 0,652030 6862000 0,"
                         "652030 6862010 0,652020 6862000 0)))"),
    "MS_SURFACEMEMBERS": ("Commune", "MULTISURFACE Z ("
                          "CURVEPOLYGON Z ((652040 6862000 0,652050 6862000 0,"
                          "652050 6862010 0,652040 6862000 0)),"
                          "CURVEPOLYGON Z ((652060 6862000 0,652070 6862000 0,"
                          "652070 6862010 0,652060 6862000 0)))"),
    "MS_RING_ARC_2D": ("Commune", "MULTISURFACE (CURVEPOLYGON (COMPOUNDCURVE ("
                       "CIRCULARSTRING (652080 6862000,652085 6862005,652090 6862000),"
                       "(652090 6862000,652080 6862000))))"),
}

ALL_FILES = [
    "synthetic/all_classes.gml", FORMS, "synthetic/nested.gml", "synthetic/hrefs.gml",
    "synthetic/prefixes_pcrs.gml", "synthetic/geometry_4326_urn.gml",
    "synthetic/geometry_4326_short.gml", "synthetic/geometry_srs_urn.gml",
    "real/cnigfr-PCRS/20200716.RIL_L260_C340_P0.gml",
    "real/cnigfr-PCRS/20200716.RIL_L262_C336_P0.gml",
    "real/cnigfr-PCRS/20200716.RIL_L263_C297_P0.gml",
    "real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml",
    "real/cnigfr-PCRS/20200716.RIL_L264_C299_P0.gml",
    "real/cnigfr-PCRS/PCRS-info.gml",
    "real/geovendee-montaigu/GeoVendee_PCRS_Montaigu_posList.gml",
]


@pytest.fixture(scope="module")
def forms(data_dir):
    ds = open_pcrs(data_dir / FORMS)
    features = {}
    for layer in layers(ds):
        for f in read_all(layer):
            features[f.GetField("gml_id")] = (layer.GetName(), f)
    return ds, features


def test_forms_file_is_covered(forms):
    _, features = forms
    assert set(features) == set(EXPECTED)


@pytest.mark.parametrize("gml_id", sorted(EXPECTED))
def test_geometry_form(forms, gml_id):
    _, features = forms
    layer_name, expected = EXPECTED[gml_id]
    got_layer, f = features[gml_id]
    assert got_layer == layer_name
    assert_geometry_equal(f.GetGeometryRef(), expected, tol=1e-9, path=gml_id)


def test_forms_read_without_warning(data_dir):
    with collect_errors() as errs:
        ds = open_pcrs(data_dir / FORMS)
        for layer in layers(ds):
            read_all(layer)
    assert errs.records == [], errs.text()


def test_arc_envelope_is_exact(forms):
    """GetExtent of a layer with arcs covers the arcs' bulge (the curve, not its vertices)."""
    ds, features = forms
    minx, maxx, miny, maxy = features["CV_ARC"][1].GetGeometryRef().GetEnvelope()
    assert maxy == pytest.approx(6862110)
    layer = ds.GetLayerByName("LimiteVoiriePCRS")
    extent = layer.GetExtent()
    assert extent[3] == pytest.approx(6862110)
    assert extent[2] == pytest.approx(6862010)


@pytest.mark.parametrize("name", ALL_FILES)
def test_geometries_match_xml_coordinates(data_dir, name):
    """Vertex by vertex, arcs and lines in the order of the XML, with the dimension it gives."""
    path = data_dir / name
    expected = xml_geometries(path)
    ds = open_pcrs(path)
    seen = 0
    for layer in layers(ds):
        for f in read_all(layer):
            gml_id = f.GetField("gml_id")
            if gml_id not in expected:
                assert f.GetGeometryRef() is None
                continue
            cls, parts = expected[gml_id]
            assert cls == layer.GetName()
            g = f.GetGeometryRef()
            assert g is not None, gml_id
            assert_parts_equal(ogr_geometry_parts(g), parts, tol=1e-9, what=gml_id)
            seen += 1
    assert seen == len(expected)


@pytest.mark.parametrize("name", ALL_FILES)
def test_feature_geometry_types_follow_the_layer(data_dir, name):
    """Every geometry has the type declared for its class (2D or 3D), multi members included."""
    ds = open_pcrs(data_dir / name)
    for layer in layers(ds):
        declared = expected_geometry_type(MODEL.classes[layer.GetName()])
        for f in read_all(layer):
            g = f.GetGeometryRef()
            if g is None or declared == ogr.wkbUnknown:
                continue
            assert ogr.GT_Flatten(g.GetGeometryType()) == ogr.GT_Flatten(declared), \
                f"{f.GetField('gml_id')}: {g.GetGeometryName()}"
            if ogr.GT_Flatten(declared) == ogr.wkbMultiCurve:
                for i in range(g.GetGeometryCount()):
                    assert g.GetGeometryRef(i).GetGeometryName() == "COMPOUNDCURVE"
            if ogr.GT_Flatten(declared) == ogr.wkbMultiSurface:
                for i in range(g.GetGeometryCount()):
                    assert g.GetGeometryRef(i).GetGeometryName() == "CURVEPOLYGON"


def test_objet_generique_any_geometry(data_dir):
    ds = open_pcrs(data_dir / "synthetic/all_classes.gml")
    layer = ds.GetLayerByName("ObjetGeneriquePCRS")
    assert layer.GetGeomType() == ogr.wkbUnknown
    f = layer.GetNextFeature()
    assert_geometry_equal(f.GetGeometryRef(), "POINT Z (652090 6862090 36)")


@pytest.mark.parametrize("form", ["short", "urn", "url", "urn_one_colon"])
def test_srs_name_forms(data_dir, form):
    ds = open_pcrs(data_dir / f"synthetic/geometry_srs_{form}.gml")
    for layer in layers(ds):
        srs = layer.GetSpatialRef()
        assert srs is not None, layer.GetName()
        assert (srs.GetAuthorityName(None), srs.GetAuthorityCode(None)) == ("EPSG", "3946")
    f = ds.GetLayerByName("ArbrePCRS").GetNextFeature()
    arbre = f.GetGeometryRef()
    # A projected CRS: easting first whatever the srsName form.
    assert_geometry_equal(arbre, "POINT Z (1846461.40294247 5181620.26421486 269.15)")
    assert arbre.GetSpatialReference().IsSame(ds.GetLayerByName("ArbrePCRS").GetSpatialRef())


@pytest.mark.parametrize("form", ["urn", "short"])
def test_wgs84_axis_order(data_dir, form):
    """urn:…:EPSG::4326 coordinates are lat/lon in the file and come out lon/lat; EPSG:4326
    coordinates are lon/lat in the file and stay so. The layer SRS is in GIS order."""
    ds = open_pcrs(data_dir / f"synthetic/geometry_4326_{form}.gml")
    init = ds.GetLayerByName("InitiativePCRS")
    srs = init.GetSpatialRef()
    assert srs.GetAuthorityCode(None) == "4326"
    assert srs.GetDataAxisToSRSAxisMapping() == [2, 1]
    f = init.GetNextFeature()
    assert_geometry_equal(f.GetGeometryRef(),
                          "MULTISURFACE (CURVEPOLYGON ((2.35 48.85,2.36 48.85,2.36 48.86,2.35 48.85)))")
    dispo = ds.GetLayerByName("EmpriseDisponibilitePCRS")
    f = dispo.GetNextFeature()
    assert_geometry_equal(f.GetGeometryRef(),
                          "MULTISURFACE (CURVEPOLYGON ((2.35 48.85,2.355 48.85,2.355 48.855,2.35 48.85)))")
    minx, maxx, miny, maxy = init.GetExtent()
    assert (minx, maxx, miny, maxy) == pytest.approx((2.35, 2.36, 48.85, 48.86))


def test_srs_open_option_forces_crs(data_dir):
    ds = open_pcrs(data_dir / "synthetic/geometry_srs_short.gml", ["SRS=EPSG:2154"])
    layer = ds.GetLayerByName("ArbrePCRS")
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154"
    f = layer.GetNextFeature()
    g = f.GetGeometryRef()
    assert g.GetSpatialReference().GetAuthorityCode(None) == "2154"
    # Forcing a CRS does not reproject.
    assert_geometry_equal(g, "POINT Z (1846461.40294247 5181620.26421486 269.15)")


def test_srs_open_option_on_file_without_srs(data_dir, tmp_path):
    text = (data_dir / "synthetic/geometry_srs_short.gml").read_text(encoding="utf-8")
    path = tmp_path / "no_srs.gml"
    path.write_text(text.replace(' srsName="EPSG:3946"', ""), encoding="utf-8")
    ds = open_pcrs(path)
    assert ds.GetLayerByName("ArbrePCRS").GetSpatialRef() is None
    ds = open_pcrs(path, ["SRS=EPSG:3946"])
    srs = ds.GetLayerByName("ArbrePCRS").GetSpatialRef()
    expected = osr.SpatialReference()
    expected.ImportFromEPSG(3946)
    assert srs.IsSame(expected)


def test_srs_open_option_invalid(data_dir, collect_errors):
    with collect_errors() as errs:
        try:
            ds = open_pcrs(data_dir / "synthetic/geometry_srs_short.gml", ["SRS=NOT_A_CRS"])
        except RuntimeError:
            ds = None
    assert errs.records, "an unusable SRS option is reported"
    if ds is not None:
        assert ds.GetLayerByName("ArbrePCRS").GetSpatialRef().GetAuthorityCode(None) == "3946"
