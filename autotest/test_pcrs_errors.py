"""Bad input: open failures and per-feature warnings name file, line and element; hostile
documents neither crash, hang nor leak file content."""
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from pcrs_testlib import (assert_names_location, collect_errors, feature_by_gml_id, field_value,
                          layers, line_of, open_pcrs, read_all, run_isolated)

from osgeo import gdal


def open_isolated(path, prefix=True, timeout=5.0, options=()):
    """Opens and reads a file with the PCRS driver in a child process, under a time limit.
    Returns (seconds, result) where result = {"opened", "error", "records", "values"}."""
    code = """
        result = {"opened": False, "error": None, "values": []}
        try:
            name = ("PCRS:" if sys.argv[2] == "1" else "") + sys.argv[1]
            ds = gdal.OpenEx(name, gdal.OF_VECTOR, allowed_drivers=["PCRS"],
                             open_options=sys.argv[3:])
            result["opened"] = True
            for i in range(ds.GetLayerCount()):
                for f in ds.GetLayer(i):
                    result["values"] += [str(f.GetField(j)) for j in range(f.GetFieldCount())]
        except RuntimeError as e:
            result["error"] = str(e)
    """
    elapsed, result, records = run_isolated(code, [path, "1" if prefix else "0", *options],
                                            timeout)
    result["records"] = records
    return elapsed, result


def failure_messages(result):
    return [m for c, _, m in result["records"] if c >= gdal.CE_Failure] + \
        ([result["error"]] if result["error"] else [])


# ---- Documents that cannot be opened ----

@pytest.mark.parametrize("name,marker,element", [
    ("not_well_formed.gml", "</idObject>", "idObjet"),
    ("wrong_root_gml.gml", "<gml:FeatureCollection", "FeatureCollection"),
    ("wrong_root_pcrs.gml", "<Foo ", "Foo"),
])
def test_open_fails_naming_file_line_element(bad_dir, collect_errors, name, marker, element):
    path = bad_dir / name
    with collect_errors() as errs, pytest.raises(RuntimeError):
        open_pcrs(path, prefix=True)
    messages = errs.failures
    assert messages, errs.text()
    assert any(_located(m, path, line_of(path, marker), element) for m in messages), errs.text()


def _located(message, path, line, element):
    try:
        assert_names_location(message, path, line, element)
        return True
    except AssertionError:
        return False


@pytest.mark.parametrize("name", [
    "not_well_formed.gml", "truncated.gml", "wrong_root_gml.gml", "wrong_root_pcrs.gml",
    "xxe.gml", "billion_laughs.gml", "empty.gml", "garbage.gml",
])
def test_open_fails_when_forced(bad_dir, collect_errors, name):
    for prefix in (False, True):
        with collect_errors() as errs, pytest.raises(RuntimeError):
            open_pcrs(bad_dir / name, prefix=prefix)
        if prefix:
            assert any(name in m for m in errs.failures), errs.text()


def test_truncated_file(bad_dir):
    path = bad_dir / "truncated.gml"
    _, result = open_isolated(path)
    assert not result["opened"]
    last_line = len(path.read_bytes().splitlines())
    assert any(_located(m, path, last_line, None) for m in failure_messages(result)), result


def test_truncated_copy_of_every_lyon_file(real_dir, tmp_path):
    """Cut at several places (inside a tag, a text, a geometry), the open always fails cleanly."""
    lyon = real_dir / "cnigfr-PCRS/20200716.RIL_L262_C336_P0.gml"
    data = lyon.read_bytes()
    for fraction in (0.1, 0.37, 0.5, 0.77, 0.999):
        path = tmp_path / f"cut_{fraction}.gml"
        path.write_bytes(data[:int(len(data) * fraction)])
        with collect_errors() as errs, pytest.raises(RuntimeError):
            open_pcrs(path, prefix=True)
        assert any(path.name in m for m in errs.failures), (fraction, errs.text())


def test_empty_and_garbage_name_the_file(bad_dir):
    for name in ("empty.gml", "garbage.gml"):
        _, result = open_isolated(bad_dir / name)
        assert not result["opened"]
        assert any(name in m for m in failure_messages(result)), result


# ---- Hostile documents ----

def _passwd_fragments():
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            lines = [line.strip() for line in f if line.strip()]
    except OSError:
        return ["root:x:0:0"]
    return [line for line in lines[:5]] + ["root:x:0:0"]


def test_xxe_is_refused_and_leaks_nothing(bad_dir):
    path = bad_dir / "xxe.gml"
    for prefix in (True, False):
        elapsed, result = open_isolated(path, prefix=prefix)
        assert not result["opened"], "a DTD / entity declaration fails the open"
        everything = json.dumps(result)
        for fragment in _passwd_fragments():
            assert fragment not in everything
    assert any(_located(m, path, None, None) for m in failure_messages(result)), result


def test_billion_laughs(bad_dir):
    elapsed, result = open_isolated(bad_dir / "billion_laughs.gml", timeout=30)
    assert elapsed < 5
    assert not result["opened"]
    assert any("billion_laughs.gml" in m for m in failure_messages(result)), result
    assert all(len(m) < 10000 for _, _, m in result["records"])


@pytest.mark.parametrize("depth", [70, 10000])
def test_deep_nesting(tmp_path, depth):
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<PlanCorpsRueSimplifie xmlns="http://cnig.gouv.fr/pcrs" '
        'xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="DEEP" version="2.0">\n'
        '<featureMember><ArbrePCRS gml:id="A1"><idObjet>\n'
        + "<n>" * depth + "x" + "</n>" * depth +
        '\n</idObjet></ArbrePCRS></featureMember>\n</PlanCorpsRueSimplifie>\n')
    path = tmp_path / f"deep_{depth}.gml"
    path.write_text(text, encoding="utf-8")
    elapsed, result = open_isolated(path, timeout=30)
    assert elapsed < 5
    assert not result["opened"], "nesting deeper than 64 levels fails the open"
    assert any(_located(m, path, 4, None) for m in failure_messages(result)), result


def test_reasonable_nesting_is_fine(data_dir):
    """The deepest legitimate document (4 levels of inline features) opens."""
    _, result = open_isolated(data_dir / "synthetic/nested.gml")
    assert result["opened"] and result["error"] is None


def test_no_crash_on_any_bad_file(bad_dir, tmp_path):
    """Every bad file, forced and not (other drivers then try), in one child process."""
    copy = tmp_path / "bad"
    shutil.copytree(bad_dir, copy)  # other drivers may write side files
    code = textwrap.dedent("""
        import glob, sys
        from osgeo import gdal
        gdal.UseExceptions()
        gdal.PushErrorHandler(lambda c, n, m: None)
        for path in sorted(glob.glob(sys.argv[1] + "/*")):
            for name, kwargs in ((path, {}), ("PCRS:" + path, {}),
                                 (path, {"allowed_drivers": ["PCRS"]})):
                try:
                    ds = gdal.OpenEx(name, gdal.OF_VECTOR, **kwargs)
                    for i in range(ds.GetLayerCount()):
                        layer = ds.GetLayer(i)
                        for f in layer:
                            f.GetGeometryRef()
                        layer.GetExtent(force=1) if layer.GetFeatureCount() else None
                except RuntimeError:
                    pass
        print("done")
    """)
    proc = subprocess.run([sys.executable, "-c", code, str(copy)], capture_output=True, text=True,
                          timeout=60, env=os.environ.copy())
    assert proc.returncode == 0 and proc.stdout.strip().endswith("done"), proc.stderr[-2000:]


# ---- Problems confined to one feature: a warning, a null value, reading goes on ----

def _read_with_warnings(path):
    with collect_errors() as errs:
        ds = open_pcrs(path)
        for layer in layers(ds):
            read_all(layer)
    assert not errs.failures, errs.text()
    return ds, errs


def _one_warning(errs, path, marker, element, occurrence=1):
    matching = [m for m in errs.warnings if element in m]
    assert len(matching) == 1, errs.text()
    assert_names_location(matching[0], path, line_of(path, marker, occurrence), element)


def test_unknown_element(bad_dir):
    path = bad_dir / "unknown_element.gml"
    ds, errs = _read_with_warnings(path)
    _one_warning(errs, path, "<couleur>", "couleur")
    layer = ds.GetLayerByName("ArbrePCRS")
    assert layer.GetFeatureCount() == 2
    a1 = feature_by_gml_id(ds, "ArbrePCRS", "A1")
    assert a1.GetField("reference") == "R"
    assert a1.GetField("idObjet") == "ido-1"
    assert a1.GetGeometryRef().ExportToIsoWkt() == "POINT Z (652001 6862001 35)"
    assert a1.GetFieldIndex("couleur") < 0


def test_unknown_class(bad_dir):
    path = bad_dir / "unknown_class.gml"
    ds, errs = _read_with_warnings(path)
    _one_warning(errs, path, "<BordurePCRS", "BordurePCRS")
    assert [layer.GetName() for layer in layers(ds)] == ["ArbrePCRS"]
    assert [f.GetField("gml_id") for f in read_all(ds.GetLayer(0))] == ["A1", "A2"]


def test_number_that_does_not_parse(bad_dir):
    path = bad_dir / "bad_number.gml"
    ds, errs = _read_with_warnings(path)
    _one_warning(errs, path, "<angleRotation>abc", "angleRotation")
    s1 = feature_by_gml_id(ds, "HabillageSymbolePCRS", "S1")
    assert field_value(s1, "angleRotation") is None
    assert s1.GetField("longueur_mm") == 2.5
    assert s1.GetField("reference") == "SYM"
    assert s1.GetGeometryRef() is not None
    assert feature_by_gml_id(ds, "HabillageSymbolePCRS", "S2").GetField("angleRotation") == 45


def test_bad_date(bad_dir):
    path = bad_dir / "bad_date.gml"
    ds, errs = _read_with_warnings(path)
    _one_warning(errs, path, "<dateLeve>2020-13-45", "dateLeve")
    assert field_value(feature_by_gml_id(ds, "ArbrePCRS", "A1"), "dateLeve") is None
    assert feature_by_gml_id(ds, "ArbrePCRS", "A1").GetField("idObjet") == "ido-1"
    assert ds.GetLayerByName("ArbrePCRS").GetFeatureCount() == 2


def test_coordinate_count_not_multiple_of_dimension(bad_dir):
    path = bad_dir / "bad_coordinate_count.gml"
    ds, errs = _read_with_warnings(path)
    _one_warning(errs, path, "652003</gml:posList>", "posList")
    l1 = feature_by_gml_id(ds, "LimiteVoiriePCRS", "L1")
    assert l1.GetGeometryRef() is None
    assert feature_by_gml_id(ds, "LimiteVoiriePCRS", "L1").GetField("producteur") == "test"
    l2 = feature_by_gml_id(ds, "LimiteVoiriePCRS", "L2")
    assert l2.GetGeometryRef().ExportToIsoWkt() == "COMPOUNDCURVE Z ((652001 6862001 35,652002 6862002 35))"


def test_missing_mandatory_property(bad_dir):
    path = bad_dir / "missing_mandatory.gml"
    ds, errs = _read_with_warnings(path)
    matching = [m for m in errs.warnings if "idObjet" in m]
    assert len(matching) == 1, errs.text()
    # The feature spans lines 5-9: any of them locates it.
    assert_names_location(matching[0], path, line_of(path, 'gml:id="A1"') + 2, "idObjet")
    a1 = feature_by_gml_id(ds, "ArbrePCRS", "A1")
    assert field_value(a1, "idObjet") is None
    assert a1.GetField("thematique") == "06"
    assert feature_by_gml_id(ds, "ArbrePCRS", "A2").GetField("idObjet") == "ido-1"


def test_update_is_refused_quietly_unless_forced(real_dir, collect_errors):
    """QGIS's ogr provider tries update first, then read-only: an unforced refusal must print
    nothing, a forced one (prefix or allowed driver) must say why."""
    path = str(sorted(real_dir.glob("cnigfr-PCRS/*.gml"))[0])
    with collect_errors() as errs, pytest.raises(RuntimeError, match="not recognized"):
        gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["PCRS", "GML"])
    assert not any("read-only" in m for m in errs.failures), errs.text()
    for name, allowed in ((path, ["PCRS"]), ("PCRS:" + path, [])):
        with collect_errors() as errs, pytest.raises(RuntimeError):
            gdal.OpenEx(name, gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=allowed)
        assert any("read-only" in m for m in errs.failures), errs.text()
    assert gdal.OpenEx(path, gdal.OF_VECTOR, allowed_drivers=["PCRS"]).GetDriver().ShortName == "PCRS"
