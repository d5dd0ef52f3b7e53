"""Raster side of the PCRS driver, writing: `gdal_translate -of PCRS` cuts an image into a standard
delivery (tiles on a grid of the CRS, named after a pattern, a RasterPCRS catalogue valid against the
official XSD), read back pixel for pixel; catalogues for existing tiles with ogr2ogr."""
import numpy as np
import pytest
from osgeo import gdal

from test_pcrs_raster_lib import (arrays, cut_tiles, gml_features, make_ortho, open_raster, open_vector,
                                  requires_raster, run, validate_xsd)

pytestmark = requires_raster

X0, Y0 = 496000.0, 6612400.0
ATTRS = ["PRODUCTEUR=Métropole Test", "DATE_ACQUISITION=2021-06-15", "DATE_RECETTE=2021-09-30",
         "PRECISION_PLANIMETRIQUE_CORPS_DE_RUE=005", "PRECISION_PLANIMETRIQUE_ZONE_NATURELLE=010",
         "DESCRIPTION_ELEMENTS_QUALITE=Orthophotographie vraie", "EMPRISE_FOURNISSEUR=Métropole Test",
         "EMPRISE_DATE_PUBLICATION=2022-01-10", "EMPRISE_ID_EMPRISE=EMP-TEST", "EMPRISE_TYPE=Carreau"]


def translate(src, dest, options=(), callback=None):
    return gdal.Translate(str(dest), str(src), format="PCRS", creationOptions=list(options), callback=callback)


@pytest.fixture()
def ortho(tmp_path):
    # 1000 x 600 px at 0.5 m from (496050, 6612400): the grid of 200 m tiles is not the image's.
    return make_ortho(tmp_path / "ortho.tif", 1000, 600, X0 + 50, Y0, 0.5, seed=11)


def test_translate_writes_a_standard_delivery(tmp_path, ortho):
    out = tmp_path / "out" / "catalogue.gml"
    progress = []
    ds = translate(ortho, out, ATTRS, callback=lambda pct, msg, data: progress.append(pct) or 1)
    assert ds is not None and ds.GetDriver().ShortName == "PCRS"
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)
    tiles = sorted(p.name for p in out.parent.glob("*.tif"))
    # x: 496000..496600 (3 tiles, the source starts at +50 m, ends at +550 m); y: 6612400..6612000 (2 tiles).
    assert tiles == sorted(f"2021-{x:05d}-{y:05d}-LA93-0M50-RVB.tif" for x in (4960, 4962, 4964) for y in (66124, 66122))
    ok, messages = validate_xsd(out)
    assert ok, messages
    rasters, ns = gml_features(out, "RasterPCRS")
    assert len(rasters) == 6
    first = rasters[0]
    assert first.find("pcrs:producteur", ns).text == "Métropole Test"
    assert first.find("pcrs:typeImage", ns).text == "image/tiff"
    assert first.find("pcrs:resolution", ns).text == "50"
    assert first.find("pcrs:dateAcquisition", ns).text == "2021-06-15"
    assert first.find("pcrs:precisionPlanimetriqueCorpsDeRue", ns).text == "005"
    emprises, _ = gml_features(out, "EmpriseEchangePCRS")
    assert len(emprises) == 1
    links = [e.get("{http://www.w3.org/1999/xlink}href") for e in emprises[0].findall("pcrs:raster", ns)]
    ids = ["#" + r.get("{http://www.opengis.net/gml/3.2}id") for r in rasters]
    assert sorted(links) == sorted(ids)
    assert emprises[0].find("pcrs:idEmprise", ns).text == "EMP-TEST"
    # Tiles: tiled GeoTIFF, lossless, with overviews (400 px: one level of 200 px).
    tile = gdal.Open(str(out.parent / tiles[0]))
    assert tile.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "DEFLATE"
    assert tile.GetRasterBand(1).GetBlockSize() == [400, 400] or tile.GetRasterBand(1).GetBlockSize()[0] <= 512
    assert tile.GetRasterBand(1).GetOverviewCount() == 1
    # Read back: the source's pixels, transparent outside the source.
    ds = open_raster(out)
    assert ds.GetGeoTransform() == pytest.approx((X0, 0.5, 0, Y0, 0, -0.5))
    assert (ds.RasterXSize, ds.RasterYSize) == (1200, 800)
    src = gdal.Open(str(ortho))
    assert np.array_equal(arrays(ds, [1, 2, 3], 100, 0, 1000, 600), arrays(src))
    alpha = ds.GetRasterBand(4).ReadAsArray()
    assert (alpha[:600, 100:1100] == 255).all()
    assert (alpha[:, :100] == 0).all() and (alpha[:, 1100:] == 0).all() and (alpha[600:, :] == 0).all()
    assert ds.GetMetadataItem("PCRS_TILE_COUNT") == "6"
    assert ds.GetMetadataItem("PCRS_DATE_ACQUISITION_MIN") == "2021-06-15"


def test_overviews_match_the_source_overviews(tmp_path):
    src = make_ortho(tmp_path / "src.tif", 1600, 800, X0, Y0, 0.25, seed=12)  # 200 m tiles of 800 px
    out = tmp_path / "out" / "catalogue.gml"
    translate(src, out, ATTRS)
    ds = open_raster(out)
    assert ds.GetRasterBand(1).GetOverviewCount() == 2  # 400 and 200 px per tile
    # The tiles' AVERAGE overviews are exact block means of the source (rounded half up).
    full = arrays(gdal.Open(str(src)), [1, 2, 3]).astype(np.int64)
    for k, f in enumerate((2, 4)):
        c, h, w = full.shape
        means = full.reshape(c, h // f, f, w // f, f).sum(axis=(2, 4))
        expected = (means + f * f // 2) // (f * f)
        for b in (1, 2, 3):
            assert np.array_equal(ds.GetRasterBand(b).GetOverview(k).ReadAsArray(), expected[b - 1]), (k, b)
        assert (ds.GetRasterBand(4).GetOverview(k).ReadAsArray() == 255).all()
    # gdal_translate of the whole extent at an overview level reads the tiles' overviews.
    small = gdal.Translate("/vsimem/small.tif", ds, width=400, height=200)
    assert small.RasterCount == 4
    small = None
    gdal.Unlink("/vsimem/small.tif")


def test_empty_tiles_are_skipped(tmp_path):
    alpha = np.zeros((800, 1200), np.uint8)
    alpha[:, :400] = 255          # only the western third is valid
    alpha[500:700, 900:1000] = 255  # and a small patch in the south-east tile
    src = make_ortho(tmp_path / "src.tif", 1200, 800, X0, Y0, 0.5, seed=13, alpha=alpha)
    out = tmp_path / "out" / "catalogue.gml"
    translate(src, out, ATTRS)
    names = sorted(p.name for p in out.parent.glob("*.tif"))
    assert len(names) == 3, names  # 2 western tiles + the south-east one
    ds = open_raster(out)
    got_alpha = ds.GetRasterBand(4).ReadAsArray()
    assert np.array_equal(got_alpha, alpha)
    srcds = gdal.Open(str(src))
    rgb = arrays(ds, [1, 2, 3])
    ref = arrays(srcds, [1, 2, 3])
    valid = alpha > 0
    assert np.array_equal(rgb[:, valid], ref[:, valid])
    # A tile with a mask keeps it: the south-east tile is mostly transparent.
    se = gdal.Open(str(out.parent / "2021-04964-66122-LA93-0M50-RVB.tif"))
    assert se.GetRasterBand(1).GetMaskFlags() == gdal.GMF_PER_DATASET


@pytest.mark.parametrize("options,ext,exact", [
    (["COMPRESS=ZSTD"], "tif", True),
    (["COMPRESS=LZW", "OVERVIEWS=NO"], "tif", True),
    (["FORMAT=COG"], "tif", True),
    (["COMPRESS=JPEG", "QUALITY=95"], "tif", False),
    (["FORMAT=JP2OpenJPEG"], "jp2", True),
])
def test_formats(tmp_path, options, ext, exact):
    ortho = make_ortho(tmp_path / "ortho.tif", 1000, 600, X0 + 50, Y0, 0.5, seed=11, smooth=not exact)
    fmt = next((o.split("=")[1] for o in options if o.startswith("FORMAT=")), "GTiff")
    if gdal.GetDriverByName(fmt) is None:
        pytest.skip(f"no {fmt} driver")
    out = tmp_path / "out" / "catalogue.gml"
    translate(ortho, out, ATTRS + options)
    names = list(out.parent.glob(f"*.{ext}"))
    assert len(names) == 6
    ok, messages = validate_xsd(out)
    assert ok, messages
    ds = open_raster(out)
    got = arrays(ds, [1, 2, 3], 100, 0, 1000, 600).astype(int)
    ref = arrays(gdal.Open(str(ortho))).astype(int)
    if exact:
        assert np.array_equal(got, ref)
    else:
        assert np.abs(got - ref).mean() < 3  # lossy JPEG on a smooth image
    assert (ds.GetRasterBand(4).ReadAsArray()[:, :100] == 0).all()
    if "OVERVIEWS=NO" not in options:  # GeoTIFF/COG overviews, JPEG 2000 resolution levels
        assert ds.GetRasterBand(1).GetOverviewCount() == 1
        assert ds.GetRasterBand(1).GetOverview(0).XSize == 600
    mime = {"tif": "image/tiff", "jp2": "image/jp2"}[ext]
    rasters, ns = gml_features(out, "RasterPCRS")
    assert {r.find("pcrs:typeImage", ns).text for r in rasters} == {mime}
    if "COMPRESS=JPEG" in options:
        tile = gdal.Open(str(names[0]))
        assert tile.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "YCbCr JPEG"


@pytest.mark.parametrize("options,expected", [
    (["TILE_SIZE=100"], "2021-04960-66124-LA93-0M50-RVB.tif"),
    (["TILE_SIZE=1000", "NAME_PATTERN=IGN_KM", "DEPT=56"], "56-2021-0496-6613-LA93-0M50-RVB.tif"),
    (["TILE_SIZE=1000", "NAME_PATTERN=BLOC_KM", "PREFIX=HFC"], "HFC-2021-0496-6613-LA93-0M50-RVB.tif"),
    (["NAME_PATTERN=ORTHO_{YEAR}_{X}_{Y}", "YEAR=2019"], "ORTHO_2019_496000_6612400.tif"),
])
def test_grids_and_names(tmp_path, ortho, options, expected):
    out = tmp_path / "out" / "catalogue.gml"
    translate(ortho, out, ATTRS + options)
    names = sorted(p.name for p in out.parent.glob("*.tif"))
    assert expected in names, names
    ds = open_raster(out)
    gt = ds.GetGeoTransform()
    col, row = int(round((X0 + 50 - gt[0]) / 0.5)), int(round((gt[3] - Y0) / 0.5))
    assert np.array_equal(arrays(ds, [1, 2, 3], col, row, 1000, 600), arrays(gdal.Open(str(ortho))))
    # The folder opens by itself with the same pattern.
    pattern = next((o.split("=", 1)[1] for o in options if o.startswith("NAME_PATTERN=")), None)
    tile_size = next((o.split("=", 1)[1] for o in options if o.startswith("TILE_SIZE=")), "200")
    folder_options = {"TILE_SIZE": tile_size}
    if pattern and "{" in pattern:
        folder_options["NAME_PATTERN"] = pattern
    folder = open_raster(f"PCRS:{out.parent}", **folder_options)
    assert folder.GetGeoTransform() == pytest.approx(gt)
    assert np.array_equal(arrays(folder, [1, 2, 3, 4]), arrays(ds))


def test_threads_give_the_same_delivery(tmp_path):
    # 4 x 3 tiles of 400 px, the image off the grid: full and partial tiles, more tiles than threads
    # (each thread takes a range of tiles, then steals from the others).
    src = make_ortho(tmp_path / "src.tif", 1500, 1000, X0 + 50, Y0 - 30, 0.5, seed=14)
    results, files = [], []
    for threads in ("1", "2", "3", "16"):
        out = tmp_path / f"out{threads}" / "catalogue.gml"
        translate(src, out, ATTRS + [f"NUM_THREADS={threads}"])
        results.append(arrays(open_raster(out)))
        files.append({p.name: p.read_bytes() for p in out.parent.glob("*.tif")})
    assert len(files[0]) == 12
    for result, tiles in zip(results[1:], files[1:]):
        assert np.array_equal(results[0], result)
        assert tiles == files[0]  # byte for byte


def _tile_pixels(path):
    ds = gdal.Open(str(path))
    return arrays(ds, [1, 2, 3]), ds.GetRasterBand(1).GetMaskBand().ReadAsArray()


@pytest.mark.parametrize("nodata", [None, 7])
def test_partial_tiles_after_full_ones_hold_no_stale_pixels(tmp_path, nodata):
    # One thread, west to east: the full middle tile of the first row comes before partial ones; the
    # pixel buffer is reused from tile to tile.
    src = make_ortho(tmp_path / "src.tif", 1000, 600, X0 + 50, Y0, 0.5, seed=15)
    if nodata is not None:
        ds = gdal.Open(str(src), gdal.GA_Update)
        for b in (1, 2, 3):
            ds.GetRasterBand(b).SetNoDataValue(nodata)
        ds = None
    out = tmp_path / "out" / "catalogue.gml"
    translate(src, out, ATTRS + ["NUM_THREADS=1"])
    ref = arrays(gdal.Open(str(src)), [1, 2, 3])
    # The east tile of the first row: source columns 700..999 in its first 300 px, nothing after.
    rgb, mask = _tile_pixels(out.parent / "2021-04964-66124-LA93-0M50-RVB.tif")
    assert np.array_equal(rgb[:, :, :300], ref[:, :400, 700:])
    outside = nodata if nodata is not None else 0
    assert (rgb[:, :, 300:] == outside).all()
    if nodata is None:
        assert (mask[:, :300] == 255).all() and (mask[:, 300:] == 0).all()
    # The south-west tile: rows 400..599, columns 0..299 of the source, from its 100th column.
    rgb, _ = _tile_pixels(out.parent / "2021-04960-66122-LA93-0M50-RVB.tif")
    assert np.array_equal(rgb[:, :200, 100:], ref[:, 400:, :300])
    assert (rgb[:, 200:, :] == outside).all() and (rgb[:, :, :100] == outside).all()


def test_default_codec_is_deflate_level_2(tmp_path):
    # 200 m tiles of 1000 px: 512 px blocks, overviews of 500 and 250 px.
    src = make_ortho(tmp_path / "src.tif", 1000, 1000, X0, Y0, 0.2, seed=16)
    tiles = {}
    for name, options in (("default", []), ("level2", ["LEVEL=2"]), ("level6", ["LEVEL=6"])):
        out = tmp_path / name / "catalogue.gml"
        translate(src, out, ATTRS + options)
        (tile,) = out.parent.glob("*.tif")
        tiles[name] = tile.read_bytes()
        ds = gdal.Open(str(tile))
        assert ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "DEFLATE"
        assert ds.GetMetadataItem("INTERLEAVE", "IMAGE_STRUCTURE") == "PIXEL"
        assert ds.GetRasterBand(1).GetBlockSize() == [512, 512]
        assert [ds.GetRasterBand(1).GetOverview(i).XSize for i in range(ds.GetRasterBand(1).GetOverviewCount())] \
            == [500, 250]
        assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(src)), [1, 2, 3]))
    # The level is not in the file: the same bytes as LEVEL=2, not as GDAL's default 6.
    assert tiles["default"] == tiles["level2"]
    assert tiles["default"] != tiles["level6"]


def test_cancelling_leaves_no_catalogue(tmp_path, ortho):
    out = tmp_path / "out" / "catalogue.gml"
    calls = []

    def cancel(pct, msg, data):
        calls.append(pct)
        return 0

    with pytest.raises(RuntimeError, match="interrupted"):
        translate(ortho, out, ATTRS + ["NUM_THREADS=1"], callback=cancel)
    assert calls and not out.exists()


def test_in_memory_source(tmp_path, ortho):
    mem = gdal.Translate("", str(ortho), format="MEM")
    out = tmp_path / "out" / "catalogue.gml"
    ds = gdal.GetDriverByName("PCRS").CreateCopy(str(out), mem, options=ATTRS)
    assert np.array_equal(arrays(ds, [1, 2, 3], 100, 0, 1000, 600), arrays(mem))


def test_command_line(tmp_path, ortho):
    out = tmp_path / "out" / "catalogue.gml"
    proc = run(["gdal_translate", "-of", "PCRS", ortho, out] + sum((["-co", a] for a in ATTRS), []))
    assert proc.returncode == 0, proc.stderr
    assert "Warning" not in proc.stderr, proc.stderr
    info = run(["gdalinfo", out])
    assert "PCRS_TILE_COUNT=6" in info.stdout


def test_defaults_are_announced(tmp_path, ortho):
    out = tmp_path / "out" / "catalogue.gml"
    proc = run(["gdal_translate", "-of", "PCRS", ortho, out])
    assert proc.returncode == 0, proc.stderr
    assert "PRODUCTEUR" in proc.stderr and "DATE_ACQUISITION" in proc.stderr
    ok, messages = validate_xsd(out)
    assert ok, messages


def test_errors(tmp_path, ortho):
    out = tmp_path / "out" / "catalogue.gml"
    with pytest.raises(RuntimeError, match="TILE_SIZE"):
        translate(ortho, out, ["TILE_SIZE=200.3"])
    with pytest.raises(RuntimeError, match="NAME_PATTERN"):
        translate(ortho, out, ["NAME_PATTERN={X}-{FOO}"])
    with pytest.raises(RuntimeError, match="whole number"):
        translate(ortho, out, ["TILE_SIZE=50"])  # 50 m is not a whole number of hectometres for IGN_HM
    nocrs = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "nocrs.tif"), 10, 10, 3)
    nocrs.SetGeoTransform([0, 1, 0, 10, 0, -1])
    nocrs = None
    with pytest.raises(RuntimeError, match="EPSG"):
        translate(tmp_path / "nocrs.tif", out)
    rotated = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "rot.tif"), 10, 10, 3)
    rotated.SetGeoTransform([0, 1, 0.1, 10, 0, -1])
    rotated.SetProjection("EPSG:2154")
    rotated = None
    with pytest.raises(RuntimeError, match="north-up"):
        translate(tmp_path / "rot.tif", out)
    assert not out.exists()


# ---------------------------------------------------------------------------------------------
# Catalogues for existing tiles (ogr2ogr from the RasterPCRS layer of a folder)


def test_catalogue_for_existing_tiles(tmp_path):
    src = make_ortho(tmp_path / "src.tif", 800, 400, X0, Y0, 0.5, seed=14)
    folder = tmp_path / "livraison"
    cut_tiles(src, folder, 400, lambda x, y: f"2020-{int(x) // 100:05d}-{int(y) // 100:05d}-LA93-0M50-RVB.tif")
    vec = open_vector(f"PCRS:{folder}")
    lyr = vec.GetLayer(0)
    assert lyr.GetName() == "RasterPCRS" and lyr.GetFeatureCount() == 2
    feat = lyr.GetNextFeature()
    assert feat["nomImage"] == "2020-04960-66124-LA93-0M50-RVB.tif"
    assert feat["typeImage"] == "image/tiff" and feat["resolution"] == 50
    assert feat.GetGeometryRef().ExportToWkt() == "POLYGON ((496000 6612200,496200 6612200,496200 6612400,496000 6612400,496000 6612200))"
    vec = None
    catalogue = folder / "catalogue.gml"
    assert feat["idPCRS"] == "2020-04960-66124-LA93-0M50-RVB"
    lcos = ["PRODUCTEUR=IGN", "DATE_ACQUISITION=2020-05-02", "DATE_RECETTE=2020-10-01",
            "PRECISION_PLANIMETRIQUE_CORPS_DE_RUE=005", "PRECISION_PLANIMETRIQUE_ZONE_NATURELLE=010",
            "DESCRIPTION_ELEMENTS_QUALITE=ok"]
    proc = run(["ogr2ogr", "-f", "PCRS", catalogue, f"PCRS:{folder}"] + sum((["-lco", a] for a in lcos), []))
    assert proc.returncode == 0, proc.stderr
    ok, messages = validate_xsd(catalogue)
    assert ok, messages
    # The new catalogue describes the delivery: it opens as its mosaic without any warning.
    import pcrs_testlib
    with pcrs_testlib.collect_errors() as errs:
        ds = open_raster(catalogue)
    assert errs.records == [], errs.text()
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(src))))
    assert ds.GetMetadataItem("PCRS_DATE_ACQUISITION_MAX") == "2020-05-02"


@pytest.mark.parametrize("res,options,block", [
    (2.0, [], 112),                  # 100 px tiles: the smallest multiple of 16 holding them, not 512
    (0.5, [], 400),                  # 400 px tiles
    (0.2, ["BLOCKSIZE=256"], 256),   # 1000 px tiles, blocks asked for
])
def test_blocks_are_no_larger_than_the_tiles(tmp_path, res, options, block):
    src = make_ortho(tmp_path / "src.tif", 1000, 200, X0, Y0, res, seed=17)
    out = tmp_path / "out" / "catalogue.gml"
    translate(src, out, ATTRS + options)
    tiles = sorted(out.parent.glob("*.tif"))
    ds = gdal.Open(str(tiles[0]))
    assert ds.GetRasterBand(1).GetBlockSize() == [block, block]
    assert np.array_equal(arrays(open_raster(out), [1, 2, 3], 0, 0, 1000, 200), arrays(gdal.Open(str(src)), [1, 2, 3]))
