"""Raster side of the PCRS driver, delivery checks (standard §C.1) and bad inputs: each problem is a
warning naming the tile; missing tiles are holes; corrupt tiles are errors at read time, never
crashes; a nomImage escaping the catalogue's folder is refused."""
import pathlib

import numpy as np
import pytest
from osgeo import gdal

import pcrs_testlib
from test_pcrs_raster_lib import (arrays, make_constant_tile, open_raster, raster_feature, requires_raster,
                                  write_catalogue)

pytestmark = requires_raster

RES = 0.5
X0, Y0 = 496000.0, 6612400.0


def env_of(col, row=0, size=200.0):
    return (X0 + col * size, Y0 - (row + 1) * size, X0 + (col + 1) * size, Y0 - row * size)


def delivery(tmp_path, values=(10, 20, 30), extra_features=(), names=None):
    """A row of 200 m tiles (400 px), one constant value each, and their catalogue."""
    d = tmp_path / "livraison"
    d.mkdir(exist_ok=True)
    names = names or [f"t{k}.tif" for k in range(len(values))]
    feats = []
    for k, (name, value) in enumerate(zip(names, values)):
        make_constant_tile(d / name, env_of(k)[0], Y0, 400, RES, value)
        feats.append(raster_feature(f"R{k}", name, env_of(k), resolution=50))
    write_catalogue(d / "catalogue.gml", feats + list(extra_features))
    return d


def open_collecting(path, **options):
    with pcrs_testlib.collect_errors() as errs:
        ds = open_raster(path, **options)
    return ds, errs


def test_clean_delivery_has_no_warning(tmp_path):
    ds, errs = open_collecting(delivery(tmp_path) / "catalogue.gml")
    assert ds.GetRasterBand(1).ReadAsArray(0, 0, 1200, 1)[0].tolist() == [10] * 400 + [20] * 400 + [30] * 400
    assert errs.records == [], errs.text()


def test_missing_tile_is_a_warning_and_a_hole(tmp_path):
    d = delivery(tmp_path)
    (d / "t1.tif").unlink()
    ds, errs = open_collecting(d / "catalogue.gml")
    assert any("t1.tif" in m and "missing" in m and "R1" in m for m in errs.warnings), errs.text()
    row = arrays(ds, [1, 4], 0, 0, 1200, 1)[:, 0]
    assert row[0].tolist() == [10] * 400 + [0] * 400 + [30] * 400
    assert row[1].tolist() == [255] * 400 + [0] * 400 + [255] * 400
    assert ds.GetMetadataItem("PCRS_TILES_MISSING") == "1"


def test_tile_missing_at_read_time_is_a_hole(tmp_path):
    d = delivery(tmp_path)
    ds = open_raster(d / "catalogue.gml")
    (d / "t2.tif").unlink()
    with pcrs_testlib.collect_errors() as errs:
        row = ds.GetRasterBand(4).ReadAsArray(0, 0, 1200, 1)[0]
    assert (row[800:] == 0).all() and (row[:800] == 255).all()
    assert any("t2.tif" in m for m in errs.warnings)


def test_extra_and_duplicate_tiles_are_warnings(tmp_path):
    d = delivery(tmp_path, extra_features=[raster_feature("R9", "t0.tif", env_of(0), resolution=50)])
    make_constant_tile(d / "orphan.tif", X0, Y0 - 400, 400, RES, 99)
    (d / "t0.tab").write_text("sidecars are not tiles")
    _, errs = open_collecting(d / "catalogue.gml")
    assert any("orphan.tif" in m and "no RasterPCRS" in m for m in errs.warnings), errs.text()
    assert any("R9" in m and "t0.tif" in m and "R0" in m for m in errs.warnings), errs.text()
    assert not any("t0.tab" in m for m in errs.messages())


def test_case_mismatch_is_named(tmp_path):
    d = delivery(tmp_path, names=["T0.TIF", "t1.tif", "t2.tif"])
    text = (d / "catalogue.gml").read_text().replace("T0.TIF", "t0.tif")
    (d / "catalogue.gml").write_text(text)
    _, errs = open_collecting(d / "catalogue.gml")
    assert any("t0.tif" in m and "T0.TIF" in m and "case" in m for m in errs.warnings), errs.text()


def test_footprint_and_resolution_mismatches(tmp_path):
    d = tmp_path / "livraison"
    d.mkdir()
    make_constant_tile(d / "a.tif", X0, Y0, 400, RES, 10)
    make_constant_tile(d / "b.tif", X0 + 200, Y0, 400, RES, 20)
    write_catalogue(d / "catalogue.gml", [
        raster_feature("A", "a.tif", env_of(0), resolution=50),
        # Declares a footprint 10 m off and 20 cm pixels.
        raster_feature("B", "b.tif", (X0 + 210, Y0 - 200, X0 + 410, Y0), resolution=20),
    ])
    ds, errs = open_collecting(d / "catalogue.gml")
    with pcrs_testlib.collect_errors() as errs:
        ds.GetRasterBand(1).ReadAsArray()
    text = errs.text()
    assert any("b.tif" in m and "covers" in m and "'B'" in m for m in errs.warnings), text
    assert any("b.tif" in m and "resolution 20" in m for m in errs.warnings), text
    assert not any("a.tif" in m for m in errs.messages()), text
    # Each tile is checked once.
    with pcrs_testlib.collect_errors() as errs:
        ds.GetRasterBand(1).ReadAsArray()
    assert errs.records == []


@pytest.mark.parametrize("bad_name", ["../outside.tif", "/etc/outside.tif", "sub\\outside.tif", "http://x/o.tif",
                                      "C:outside.tif", ""])
def test_nom_image_escaping_the_folder_is_refused(tmp_path, bad_name):
    d = delivery(tmp_path, values=(10,))
    make_constant_tile(tmp_path / "outside.tif", X0 + 200, Y0, 400, RES, 99)
    text = (d / "catalogue.gml").read_text().replace(
        "</pcrs:PlanCorpsRueSimplifie>",
        raster_feature("EVIL", bad_name, env_of(1), resolution=50) + "</pcrs:PlanCorpsRueSimplifie>")
    (d / "catalogue.gml").write_text(text)
    ds, errs = open_collecting(d / "catalogue.gml")
    assert any("EVIL" in m and "refused" in m for m in errs.warnings), errs.text()
    assert ds.RasterXSize == 400  # the refused tile adds nothing
    assert ds.GetMetadataItem("PCRS_TILES_REFUSED") == "1"
    assert not (ds.ReadAsArray() == 99).any()


def test_tile_in_a_subfolder_is_not_beside(tmp_path):
    d = delivery(tmp_path, values=(10,))
    (d / "sub").mkdir()
    make_constant_tile(d / "sub" / "s.tif", X0 + 200, Y0, 400, RES, 40)
    text = (d / "catalogue.gml").read_text().replace(
        "</pcrs:PlanCorpsRueSimplifie>",
        raster_feature("S", "sub/s.tif", env_of(1), resolution=50) + "</pcrs:PlanCorpsRueSimplifie>")
    (d / "catalogue.gml").write_text(text)
    ds, errs = open_collecting(d / "catalogue.gml")
    assert any("sub/s.tif" in m and "§C.1" in m for m in errs.warnings), errs.text()
    assert ds.GetRasterBand(1).ReadAsArray(600, 0, 1, 1)[0, 0] == 40


def corrupt_delivery(tmp_path, kind):
    d = delivery(tmp_path)
    target = d / "t1.tif"
    data = target.read_bytes()
    if kind == "garbage":
        target.write_bytes(b"\x00garbage" * 100)
    elif kind == "truncated":
        target.write_bytes(data[: len(data) // 3])
    elif kind == "empty":
        target.write_bytes(b"")
    return d


@pytest.mark.parametrize("kind", ["garbage", "truncated", "empty"])
def test_corrupt_tile_is_an_error_at_read_time(tmp_path, kind):
    d = corrupt_delivery(tmp_path, kind)
    code = """
path = sys.argv[1]
ds = gdal.OpenEx(path, gdal.OF_RASTER)
left = ds.GetRasterBand(1).ReadAsArray(0, 0, 400, 1)[0].tolist()
try:
    ds.GetRasterBand(1).ReadAsArray(400, 0, 400, 400)
    middle = 'read'
except RuntimeError as exc:
    middle = str(exc)
try:
    ds.GetRasterBand(1).ReadAsArray(450, 10, 10, 10)
    again = 'read'
except RuntimeError as exc:
    again = str(exc)
right = ds.GetRasterBand(1).ReadAsArray(800, 0, 400, 1)[0].tolist()
result = [left == [10] * 400, middle, again, right == [30] * 400]
"""
    _, result, records = pcrs_testlib.run_isolated(code, [d / "catalogue.gml"], timeout=30)
    left_ok, middle, again, right_ok = result
    assert left_ok and right_ok
    assert middle != "read" and "t1.tif" in middle, (middle, records)
    assert again != "read" and "t1.tif" in again


def test_tile_with_other_bands_is_an_error(tmp_path):
    d = delivery(tmp_path)
    make_constant_tile(d / "t1.tif", X0 + 200, Y0, 400, RES, 20, bands=1)
    ds = open_raster(d / "catalogue.gml")
    with pytest.raises(RuntimeError, match="t1.tif"):
        ds.GetRasterBand(1).ReadAsArray()


def test_tiles_in_another_crs_are_refused_by_name(tmp_path):
    d = tmp_path / "tiles"
    d.mkdir()
    make_constant_tile(d / "2020-04960-66124-LA93-0M50-RVB.tif", 496000, 6612400, 400, RES, 10)
    make_constant_tile(d / "2020-04962-66124-LA93-0M50-RVB.tif", 496200, 6612400, 400, RES, 20)
    make_constant_tile(d / "2020-04962-66124-CC46-0M50-RVB.tif", 496200, 6612400, 400, RES, 30, epsg=3946)
    with pytest.raises(RuntimeError, match="2020-04962-66124-CC46-0M50-RVB.tif.*EPSG:3946"):
        open_raster(f"PCRS:{d}")
    ds, errs = open_collecting(f"PCRS:{d}", SKIP_OTHER_CRS="YES")
    assert any("CC46" in m for m in errs.warnings)
    assert ds.GetSpatialRef().GetAuthorityCode(None) == "2154"
    assert ds.GetRasterBand(1).ReadAsArray(600, 0, 1, 1)[0, 0] == 20


def test_catalogue_tile_in_another_crs_is_refused(tmp_path):
    d = delivery(tmp_path, values=(10, 20))
    text = (d / "catalogue.gml").read_text()
    text = text.replace('gml:id="R1.g" srsName="EPSG:2154"', 'gml:id="R1.g" srsName="EPSG:3946"')
    (d / "catalogue.gml").write_text(text)
    with pcrs_testlib.collect_errors():
        with pytest.raises(RuntimeError, match="t1.tif"):
            open_raster(d / "catalogue.gml")


def test_header_crs_differing_from_the_catalogue_is_a_warning(tmp_path):
    d = delivery(tmp_path, values=(10, 20))
    make_constant_tile(d / "t1.tif", X0 + 200, Y0, 400, RES, 20, epsg=3946)
    ds = open_raster(d / "catalogue.gml")
    with pcrs_testlib.collect_errors() as errs:
        ds.GetRasterBand(1).ReadAsArray()
    assert any("t1.tif" in m and "EPSG:3946" in m for m in errs.warnings), errs.text()


def test_no_usable_tile(tmp_path):
    d = delivery(tmp_path, values=(10,))
    (d / "t0.tif").unlink()
    with pcrs_testlib.collect_errors():
        with pytest.raises(RuntimeError, match="no tile"):
            open_raster(d / "catalogue.gml")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(RuntimeError, match="empty"):
        open_raster(f"PCRS:{empty}")


def test_garbage_inputs_do_not_crash(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    truncated = tmp_path / "truncated.gml"
    full = write_catalogue(tmp_path / "full.gml", [raster_feature("R", "x.tif", env_of(0))]).read_text()
    truncated.write_text(full[: len(full) // 2])
    code = """
out = []
for path in sys.argv[1:]:
    try:
        gdal.OpenEx(path, gdal.OF_RASTER)
        out.append('opened')
    except RuntimeError as exc:
        out.append(str(exc))
result = out
"""
    _, result, _ = pcrs_testlib.run_isolated(
        code, [f"PCRS:{text}", truncated, f"PCRS:{truncated}", f"PCRS:{tmp_path / 'nothing'}"], timeout=30)
    assert all(r != "opened" for r in result), result
    pcrs_testlib.assert_names_location(result[1], truncated)
