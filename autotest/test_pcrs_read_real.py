"""Reading the real PCRS files: counts, order, values, types, CRS, links, no side files."""
import re
import shutil

import pytest
from osgeo import ogr

import count_features
from pcrs_testlib import (collect_errors, field_value, layers, open_pcrs, read_all, xml_features,
                          xml_links, xsd_model)

REAL = [
    "cnigfr-PCRS/20200716.RIL_L260_C340_P0.gml",
    "cnigfr-PCRS/20200716.RIL_L262_C336_P0.gml",
    "cnigfr-PCRS/20200716.RIL_L263_C297_P0.gml",
    "cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml",
    "cnigfr-PCRS/20200716.RIL_L264_C299_P0.gml",
    "cnigfr-PCRS/PCRS-info.gml",
    "geovendee-montaigu/GeoVendee_PCRS_Montaigu_posList.gml",
]
LYON = [name for name in REAL if "RIL_" in name]
MODEL = xsd_model()


def provenance_counts(real_dir):
    """The per-class counts table of PROVENANCE.md: {file key (L260_C340): {class: count}}."""
    table = {}
    for line in (real_dir / "PROVENANCE.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*(L\d+_C\d+)\s*\|(.*)\|\s*$", line)
        if m:
            table[m.group(1)] = {cls: int(n) for cls, n in re.findall(r"(\w+) (\d+)", m.group(2))}
    return table


@pytest.fixture(scope="module", params=REAL)
def real(request, real_dir):
    path = real_dir / request.param
    return path, open_pcrs(path)


def test_counts_equal_independent_count(real):
    path, ds = real
    expected = count_features.count(path)
    got = {layer.GetName(): layer.GetFeatureCount() for layer in layers(ds)}
    assert got == expected


def test_counts_equal_provenance_table(real_dir):
    table = provenance_counts(real_dir)
    assert len(table) == 5
    for name in LYON:
        key = re.search(r"(L\d+_C\d+)", name).group(1)
        ds = open_pcrs(real_dir / name)
        assert {layer.GetName(): layer.GetFeatureCount() for layer in layers(ds)} == table[key], name


def test_features_in_document_order(real):
    """FIDs 1..n, in document order: the gml:ids come out as the XML lists them."""
    path, ds = real
    by_class = {}
    for cls, gml_id in count_features.scan(path):
        by_class.setdefault(cls, []).append(gml_id)
    for layer in layers(ds):
        features = read_all(layer)
        assert [f.GetFID() for f in features] == list(range(1, len(features) + 1))
        assert [f.GetField("gml_id") for f in features] == by_class[layer.GetName()]


def test_values_equal_xml_text(real):
    """Every simple property: the field holds the XML text (strings, codes) or its typed value."""
    path, ds = real
    ogr_features = {f.GetField("gml_id"): f for layer in layers(ds) for f in read_all(layer)}
    checked = 0
    for feat in xml_features(path):
        cls = MODEL.classes[feat.cls]
        f = ogr_features[feat.gml_id]
        texts = {}
        for child in feat.element:
            local = child.tag.rpartition("}")[2]
            texts.setdefault(local, []).append(child.text or "")
        for prop in cls.fields:
            if prop.kind == "link":
                continue
            value = field_value(f, prop.name)
            if prop.name not in texts:
                assert value is None, f"{feat.gml_id}.{prop.name}"
                continue
            text = texts[prop.name]
            if prop.kind in ("string", "code"):
                assert value == (text if prop.is_list else text[0]), f"{feat.gml_id}.{prop.name}"
            elif prop.kind == "date":
                y, m, d = (int(v) for v in text[0].strip().split("-"))
                fld = f.GetFieldAsDateTime(prop.name)[:3]
                assert fld == [y, m, d], f"{feat.gml_id}.{prop.name}"
            elif prop.kind == "real":
                assert value == pytest.approx(float(text[0])), f"{feat.gml_id}.{prop.name}"
            elif prop.kind == "integer":
                assert value == int(text[0]), f"{feat.gml_id}.{prop.name}"
            checked += 1
    assert checked > 0 or path.name == "GeoVendee_PCRS_Montaigu_posList.gml"


def test_typed_values_lyon(real_dir):
    ds = open_pcrs(real_dir / LYON[0])
    layer = ds.GetLayerByName("AffleurantPCRS")
    defn = layer.GetLayerDefn()
    assert defn.GetFieldDefn(defn.GetFieldIndex("thematique")).GetType() == ogr.OFTString
    f = layer.GetNextFeature()
    assert f.GetField("thematique") == "10"
    assert f.GetField("precisionPlanimetrique") == "005"
    assert f.GetField("qualiteCategorisation") == "01"
    assert f.GetField("reseau") == "00"
    assert defn.GetFieldDefn(defn.GetFieldIndex("dateLeve")).GetType() == ogr.OFTDate
    assert f.GetFieldAsDateTime("dateLeve")[:3] == [2020, 1, 2]
    assert f.GetField("dateLeve") == "2020/01/02"

    sym = ds.GetLayerByName("AffleurantSymbolePCRS")
    sdefn = sym.GetLayerDefn()
    assert sdefn.GetFieldDefn(sdefn.GetFieldIndex("angleRotation")).GetType() == ogr.OFTReal
    assert isinstance(sym.GetNextFeature().GetField("angleRotation"), float)

    arbres = read_all(ds.GetLayerByName("ArbrePCRS"))
    assert arbres
    for f in arbres:
        assert f.IsFieldSet("reference") and not f.IsFieldNull("reference")
        assert f.GetField("reference") == ""


def test_z_present(real):
    """Geometries carry Z exactly where the XML gives srsDimension 3."""
    path, ds = real
    dims = {}
    for feat in xml_features(path):
        for el in feat.element.iter():
            if el.get("srsDimension"):
                dims.setdefault(feat.gml_id, el.get("srsDimension"))
                break
    for layer in layers(ds):
        for f in read_all(layer):
            g = f.GetGeometryRef()
            if g is None:
                continue
            assert g.Is3D() == (dims.get(f.GetField("gml_id")) == "3"), f.GetField("gml_id")


def test_z_values_lyon(real_dir):
    ds = open_pcrs(real_dir / LYON[3])
    layer = ds.GetLayerByName("FacadePCRS")
    f = layer.GetNextFeature()
    g = f.GetGeometryRef()
    assert g.Is3D()
    assert g.GetGeometryRef(0).GetZ(0) == pytest.approx(269.25)
    f = ds.GetLayerByName("EmpriseEchangePCRS").GetNextFeature()
    assert not f.GetGeometryRef().Is3D(), "the Lyon emprises are 2D (srsDimension 2)"


@pytest.mark.parametrize("name", LYON)
def test_arcs_kept(real_dir, name):
    """Curves with gml:Arc segments come out with CIRCULARSTRING parts, exactly as many."""
    path = real_dir / name
    xml_arcs = {f.gml_id for f in xml_features(path)
                if f.cls == "LimiteVoiriePCRS"
                and any(el.tag.endswith("}Arc") for el in f.element.iter())}
    ds = open_pcrs(path)
    ogr_arcs = set()
    for f in read_all(ds.GetLayerByName("LimiteVoiriePCRS")):
        g = f.GetGeometryRef()
        assert g.GetGeometryType() == ogr.wkbCompoundCurveZ
        if any(g.GetGeometryRef(i).GetGeometryType() == ogr.wkbCircularStringZ
               for i in range(g.GetGeometryCount())):
            ogr_arcs.add(f.GetField("gml_id"))
    assert ogr_arcs == xml_arcs


def test_lyon_has_arcs_at_all(real_dir):
    n = 0
    for name in LYON:
        ds = open_pcrs(real_dir / name)
        for f in read_all(ds.GetLayerByName("LimiteVoiriePCRS")):
            n += "CIRCULARSTRING" in f.GetGeometryRef().ExportToIsoWkt()
    assert n > 0


@pytest.mark.parametrize("name", LYON)
def test_lyon_srs(real_dir, name):
    ds = open_pcrs(real_dir / name)
    for layer in layers(ds):
        srs = layer.GetSpatialRef()
        if layer.GetGeomType() == ogr.wkbNone:
            assert srs is None
            continue
        assert srs is not None, layer.GetName()
        assert srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None) == "3946"


def test_montaigu_srs_despite_swapped_envelope(real_dir):
    ds = open_pcrs(real_dir / REAL[6])
    layer = ds.GetLayerByName("AffleurantEnveloppePCRS")
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "3947"
    minx, maxx, miny, maxy = layer.GetExtent()
    # Easting ~1.37e6, northing ~6.2e6 (the header boundedBy has them the other way round).
    assert 1372074 < minx < maxx < 1372075.5
    assert 6205942 < miny < maxy < 6205943
    f = layer.GetNextFeature()
    g = f.GetGeometryRef()
    assert g.GetGeometryType() == ogr.wkbCurvePolygonZ
    assert g.Is3D()


def test_pcrs_info(real_dir):
    ds = open_pcrs(real_dir / REAL[5])
    assert [layer.GetName() for layer in layers(ds)] == ["EmpriseDisponibilitePCRS", "InitiativePCRS"]
    dispo = ds.GetLayerByName("EmpriseDisponibilitePCRS")
    assert dispo.GetSpatialRef().GetAuthorityCode(None) == "4326"
    assert dispo.GetSpatialRef().GetDataAxisToSRSAxisMapping() == [2, 1]
    minx, maxx, miny, maxy = dispo.GetExtent()
    assert 7.7 < minx < maxx < 7.9 and 48.5 < miny < maxy < 48.7, "lon/lat order kept"
    init = ds.GetLayerByName("InitiativePCRS").GetNextFeature()
    assert init.GetField("gestionnaire") == "Equipe PCRS"
    assert init.GetField("gml_id") == "INIT.1"
    assert init.GetGeometryRef().GetGeometryType() == ogr.wkbMultiSurface


def test_every_link_resolves(real):
    """Each link value names a feature of the file (only PCRS-info's INIT.1.1 dangles), and
    the link fields hold exactly the targets of the XML hrefs."""
    path, ds = real
    ids = {f.GetField("gml_id") for layer in layers(ds) for f in read_all(layer)}
    values = {}
    for layer in layers(ds):
        cls = MODEL.classes[layer.GetName()]
        links = [p for p in cls.fields if p.kind == "link"]
        for f in read_all(layer):
            for prop in links:
                v = field_value(f, prop.name)
                if v is not None:
                    values[(f.GetField("gml_id"), prop.name)] = v if isinstance(v, list) else [v]
    expected = {}
    for _, owner, prop, target in xml_links(path):
        expected.setdefault((owner, prop), []).append(target)
    dangling = {t for targets in expected.values() for t in targets if t not in ids}
    assert dangling == ({"INIT.1.1"} if path.name == "PCRS-info.gml" else set())
    for key, targets in expected.items():
        if set(targets) <= ids:
            assert values.get(key) == targets, key
    for key, targets in values.items():
        assert set(targets) <= ids | dangling, key


def test_dangling_link_warning(real_dir):
    with collect_errors() as errs:
        ds = open_pcrs(real_dir / REAL[5])
        for layer in layers(ds):
            read_all(layer)
    dangling = [m for m in errs.warnings if "INIT.1.1" in m]
    assert len(dangling) == 1, errs.text()
    assert "PCRS-info.gml" in dangling[0]
    assert not errs.failures


@pytest.mark.parametrize("name", [n for n in REAL if not n.endswith("PCRS-info.gml")])
def test_no_warning_on_valid_real_files(real_dir, name):
    """(PCRS-info.gml has a dangling link: test_dangling_link_warning.)"""
    with collect_errors() as errs:
        ds = open_pcrs(real_dir / name)
        for layer in layers(ds):
            read_all(layer)
    assert errs.records == [], errs.text()


def test_no_side_file_written(real_dir, tmp_path):
    for name in REAL:
        shutil.copy(real_dir / name, tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    for path in sorted(tmp_path.iterdir()):
        ds = open_pcrs(path, ["EXPOSE_EMPTY_CLASSES=YES"])
        for layer in layers(ds):
            read_all(layer)
            if layer.GetFeatureCount() and layer.GetGeomType() != ogr.wkbNone:
                layer.GetExtent(force=1)
        ds = None
    assert sorted(p.name for p in tmp_path.iterdir()) == before
