"""Links between features: href forms, forward/backward references, lists, dangling links."""
import pytest
from osgeo import ogr

from pcrs_testlib import (assert_names_location, collect_errors, feature_by_gml_id, field_value,
                          layers, line_of, open_pcrs, read_all, xml_links, xsd_model)

MODEL = xsd_model()
HREFS = "synthetic/hrefs.gml"


@pytest.fixture(scope="module")
def hrefs(data_dir):
    return open_pcrs(data_dir / HREFS)


@pytest.mark.parametrize("layer_name,gml_id,field,value", [
    ("AffleurantPCRS", "AFF_A", "representation", "GEOM_A"),        # bare id, forward
    ("AffleurantPCRS", "AFF_A", "symbolisation", "SYMBOLE_A"),      # #id, forward
    ("AffleurantGeometriquePCRS", "GEOM_A", "enveloppe", ["ENV_A"]),  # file.gml#id
    ("AffleurantGeometriquePCRS", "GEOM_A", "point", ["POINT_A", "POINT_B"]),  # list, mixed
    ("AffleurantPCRS", "AFF_B", "symbolisation", "SYMBOLE_A"),      # file.gml#id, backward
    ("AffleurantPCRS", "AFF_B", "representation", "GEOM_A"),        # #id, backward
    ("EmpriseEchangePCRS", "EMPRISE", "objet", ["AFF_A", "AFF_B", "AFF_DANGLING"]),
])
def test_href_forms(hrefs, layer_name, gml_id, field, value):
    f = feature_by_gml_id(hrefs, layer_name, gml_id)
    assert field_value(f, field) == value


def test_list_link_api(hrefs):
    f = feature_by_gml_id(hrefs, "EmpriseEchangePCRS", "EMPRISE")
    defn = f.GetDefnRef()
    assert defn.GetFieldDefn(defn.GetFieldIndex("objet")).GetType() == ogr.OFTStringList
    assert f.GetField("objet") == ["AFF_A", "AFF_B", "AFF_DANGLING"]
    assert f.GetFieldAsStringList(f.GetFieldIndex("objet")) == ["AFF_A", "AFF_B", "AFF_DANGLING"]
    assert f.GetField("raster") is None and not f.IsFieldSetAndNotNull("raster")


def test_links_resolve_to_features(hrefs):
    """Every link value (except the dangling one) is the gml_id of a feature of the target class."""
    where = {f.GetField("gml_id"): layer.GetName() for layer in layers(hrefs) for f in read_all(layer)}
    n = 0
    for layer in layers(hrefs):
        for prop in MODEL.classes[layer.GetName()].fields:
            if prop.kind != "link":
                continue
            for f in read_all(layer):
                value = field_value(f, prop.name)
                for target in (value if isinstance(value, list) else [value] if value else []):
                    if target == "MISSING_TARGET":
                        continue
                    assert target in where, target
                    assert MODEL.is_a(where[target], prop.detail), (target, prop.detail)
                    n += 1
    assert n == 10


def test_dangling_link_one_warning(data_dir):
    with collect_errors() as errs:
        ds = open_pcrs(data_dir / HREFS)
        for layer in layers(ds):
            read_all(layer)
    assert not errs.failures, errs.text()
    relevant = [m for m in errs.warnings if "MISSING_TARGET" in m]
    assert len(relevant) == 1, errs.text()
    assert len(errs.warnings) == 1, errs.text()
    assert_names_location(relevant[0], HREFS, line_of(data_dir / HREFS, "#MISSING_TARGET"),
                          "representation")


def test_dangling_link_feature_still_read(hrefs):
    f = feature_by_gml_id(hrefs, "AffleurantPCRS", "AFF_DANGLING")
    assert f.GetField("idObjet") == "c"
    assert field_value(f, "representation") in (None, "MISSING_TARGET")


def test_dangling_warning_given_once_per_open(data_dir):
    """Reading the layer twice or reopening does not multiply the warning within one open."""
    with collect_errors() as errs:
        ds = open_pcrs(data_dir / HREFS)
        layer = ds.GetLayerByName("AffleurantPCRS")
        read_all(layer)
        read_all(layer)
        layer.GetFeature(3)
    assert len([m for m in errs.warnings if "MISSING_TARGET" in m]) == 1, errs.text()


@pytest.mark.parametrize("name", [
    "synthetic/all_classes.gml", "synthetic/nested.gml", HREFS,
    "real/cnigfr-PCRS/20200716.RIL_L262_C336_P0.gml",
])
def test_link_fields_equal_xml_links(data_dir, name):
    """Independent check: for every (feature, link property) the field lists the XML targets
    (hrefs normalised to ids, nested features by their gml:id), in document order."""
    ds = open_pcrs(data_dir / name)
    expected = {}
    for owner_cls, owner, prop, target in xml_links(data_dir / name):
        expected.setdefault((owner_cls, owner, prop), []).append(target)
    got = {}
    for layer in layers(ds):
        for prop in MODEL.classes[layer.GetName()].fields:
            if prop.kind != "link":
                continue
            for f in read_all(layer):
                value = field_value(f, prop.name)
                if value is not None:
                    got[(layer.GetName(), f.GetField("gml_id"), prop.name)] = \
                        value if isinstance(value, list) else [value]
    if name == HREFS:
        expected.pop(("AffleurantPCRS", "AFF_DANGLING", "representation"))
        got.pop(("AffleurantPCRS", "AFF_DANGLING", "representation"), None)
    assert got == expected
