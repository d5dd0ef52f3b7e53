"""ogrsf-like conformance of every layer of every real and synthetic file (what GDAL's
test_ogrsf checks, see pcrs_testlib), and conversion to GeoPackage with ogr2ogr."""
import pytest
from osgeo import gdal

import pcrs_testlib
from pcrs_testlib import (collect_errors, feature_content, layers, open_pcrs, read_all,
                          run_isolated, translate_counts)

FILES = [
    "real/cnigfr-PCRS/20200716.RIL_L260_C340_P0.gml",
    "real/cnigfr-PCRS/20200716.RIL_L262_C336_P0.gml",
    "real/cnigfr-PCRS/20200716.RIL_L263_C297_P0.gml",
    "real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml",
    "real/cnigfr-PCRS/20200716.RIL_L264_C299_P0.gml",
    "real/cnigfr-PCRS/PCRS-info.gml",
    "real/geovendee-montaigu/GeoVendee_PCRS_Montaigu_posList.gml",
    "synthetic/all_classes.gml",
    "synthetic/geometry_forms.gml",
    "synthetic/nested.gml",
    "synthetic/hrefs.gml",
    "synthetic/prefixes_pcrs.gml",
    "synthetic/geometry_4326_urn.gml",
    "synthetic/geometry_srs_url.gml",
]


def _short(name):
    return name.rsplit("/", 1)[-1].replace("20200716.RIL_", "")


@pytest.mark.parametrize("check", pcrs_testlib.OGRSF_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("name", FILES, ids=_short)
def test_ogrsf(data_dir, name, check):
    ds = open_pcrs(data_dir / name)
    assert ds.GetLayerCount() > 0
    with collect_errors() as errs:
        check(ds)
    assert not errs.failures, errs.text()


def test_ogrsf_on_empty_layers(data_dir):
    """The same checks hold for the empty layers of EXPOSE_EMPTY_CLASSES=YES."""
    ds = open_pcrs(data_dir / "synthetic/prefixes_pcrs.gml", ["EXPOSE_EMPTY_CLASSES=YES"])
    for check in pcrs_testlib.OGRSF_CHECKS:
        check(ds)
    empty = ds.GetLayerByName("RailPCRS")
    assert empty.GetFeatureCount() == 0 and empty.GetNextFeature() is None
    empty.SetNextByIndex(0)
    assert empty.GetNextFeature() is None


def test_get_extent_without_geometry_field(data_dir):
    """Layers of classes without geometry (AffleurantPCRS…) answer GetExtent at once: an error
    or GDAL's zeroed envelope, never a hang."""
    code = """
        ds = gdal.OpenEx(sys.argv[1], gdal.OF_VECTOR, allowed_drivers=["PCRS"])
        result = {}
        for name in ("AffleurantPCRS", "AffleurantGeometriquePCRS"):
            try:
                result[name] = list(ds.GetLayerByName(name).GetExtent())
            except RuntimeError as e:
                result[name] = str(e)
    """
    _, result, _ = run_isolated(code, [data_dir / FILES[0]], timeout=5)
    for name, extent in result.items():
        assert isinstance(extent, str) or extent == [0, 0, 0, 0], (name, extent)


def test_interleaved_reading_two_datasets(data_dir):
    """Two datasets on the same file, reading alternately, do not disturb each other."""
    path = data_dir / FILES[1]
    a, b, c = open_pcrs(path), open_pcrs(path), open_pcrs(path)
    la, lb = a.GetLayerByName("LimiteVoiriePCRS"), b.GetLayerByName("LimiteVoiriePCRS")
    expected = read_all(c.GetLayerByName("LimiteVoiriePCRS"))
    got_a, got_b = [], []
    for _ in expected:
        got_a.append(la.GetNextFeature())
        got_b.append(lb.GetNextFeature())
    expected = [feature_content(f) for f in expected]
    assert [feature_content(f) for f in got_a] == expected
    assert [feature_content(f) for f in got_b] == expected


def test_dataset_get_next_feature(data_dir):
    """GDALDataset::GetNextFeature() walks every feature of every layer exactly once."""
    ds = open_pcrs(data_dir / "synthetic/nested.gml")
    expected = sum(layer.GetFeatureCount() for layer in layers(ds))
    ds.ResetReading()
    seen = set()
    while True:
        f, layer = ds.GetNextFeature()
        if f is None:
            break
        seen.add((layer.GetName(), f.GetFID()))
    assert len(seen) == expected


@pytest.mark.parametrize("name", FILES, ids=_short)
def test_vector_translate_to_gpkg(data_dir, tmp_path, name):
    src = open_pcrs(data_dir / name)
    expected = {layer.GetName(): layer.GetFeatureCount() for layer in layers(src)}
    assert translate_counts(data_dir / name, tmp_path / "out.gpkg") == expected
    out = gdal.OpenEx(str(tmp_path / "out.gpkg"), gdal.OF_VECTOR)
    for layer in layers(src):
        copy = out.GetLayerByName(layer.GetName())
        src_ids = [f.GetField("gml_id") for f in read_all(layer)]
        assert [f.GetField("gml_id") for f in read_all(copy)] == src_ids
        for f, c in zip(read_all(layer), read_all(copy)):
            g, h = f.GetGeometryRef(), c.GetGeometryRef()
            assert (g is None) == (h is None)
            if g is not None:
                assert h.ExportToIsoWkt() == g.ExportToIsoWkt()


def test_sql_on_codes_keeps_leading_zeros(data_dir):
    ds = open_pcrs(data_dir / FILES[0])
    sql = ds.ExecuteSQL("SELECT DISTINCT precisionPlanimetrique FROM AffleurantPCRS")
    try:
        assert [f.GetField(0) for f in sql] == ["005"]
    finally:
        ds.ReleaseResultSet(sql)
    sql = ds.ExecuteSQL("SELECT COUNT(*) FROM AffleurantPCRS WHERE thematique = '10'")
    try:
        assert sql.GetNextFeature().GetField(0) == 10
    finally:
        ds.ReleaseResultSet(sql)
