"""Raster side of the PCRS driver, reading: deliveries (folder of named tiles, RasterPCRS catalogue,
tile index) opened as one mosaic, compared pixel for pixel with the image they were cut from."""
import http.server
import pathlib
import shutil
import socketserver
import threading
import zipfile

import numpy as np
import pytest
from osgeo import gdal, ogr

from test_pcrs_raster_lib import (REAL_TAB, arrays, catalogue_for_folder, cut_tiles, make_constant_tile, make_ortho,
                                  open_raster, open_vector, raster_feature, requires_raster, run, write_catalogue)

pytestmark = requires_raster

RES = 0.5
TILE_PX = 400  # 200 m at 0.5 m
X0, Y0 = 496000.0, 6612400.0


def ign_hm(year=2020, crs="LA93", res="0M50", bands="RVB", ext="tif"):
    return lambda x, y: f"{year}-{int(x) // 100:05d}-{int(y) // 100:05d}-{crs}-{res}-{bands}.{ext}"


@pytest.fixture()
def source(tmp_path):
    """800 x 800 px at 0.5 m: a 2 x 2 grid of 200 m tiles."""
    return make_ortho(tmp_path / "src.tif", 800, 800, X0, Y0, RES, seed=1)


@pytest.fixture()
def folder(tmp_path, source):
    cut_tiles(source, tmp_path / "tiles", TILE_PX, ign_hm())
    return tmp_path / "tiles"


def test_folder_of_named_tiles_is_one_mosaic(folder, source):
    ds = open_raster(f"PCRS:{folder}")
    src = gdal.Open(str(source))
    assert (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (800, 800, 4)
    assert ds.GetGeoTransform() == pytest.approx(src.GetGeoTransform())
    assert ds.GetSpatialRef().GetAuthorityCode(None) == "2154"
    assert [ds.GetRasterBand(b).GetColorInterpretation() for b in range(1, 5)] == [
        gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand, gdal.GCI_AlphaBand]
    assert ds.GetRasterBand(1).GetMaskFlags() == gdal.GMF_ALPHA | gdal.GMF_PER_DATASET
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(src))
    assert (arrays(ds, [4]) == 255).all()
    # A window across the 4 tiles, band by band and all bands at once.
    assert np.array_equal(arrays(ds, [1, 2, 3], 350, 330, 120, 140), arrays(src, None, 350, 330, 120, 140))
    assert np.array_equal(ds.GetRasterBand(2).ReadAsArray(399, 0, 2, 800), src.GetRasterBand(2).ReadAsArray(399, 0, 2, 800))
    assert ds.GetRasterBand(3).Checksum() == src.GetRasterBand(3).Checksum()
    md = ds.GetMetadata()
    assert md["PCRS_SOURCE"] == "folder"
    assert md["PCRS_TILE_COUNT"] == "4"
    assert md["PCRS_NAMING_PATTERNS"] == "IGN_HM"
    assert md["PCRS_RESOLUTIONS_CM"] == "50"
    assert md["PCRS_YEARS"] == "2020"


def test_alpha_option_gives_a_mask_band(folder):
    ds = open_raster(f"PCRS:{folder}", ALPHA="NO")
    assert ds.RasterCount == 3
    assert ds.GetRasterBand(1).GetMaskFlags() == gdal.GMF_PER_DATASET
    assert (ds.GetRasterBand(1).GetMaskBand().ReadAsArray() == 255).all()


def test_holes_are_transparent(tmp_path, source):
    folder = tmp_path / "tiles"
    names = cut_tiles(source, folder, TILE_PX, ign_hm())
    (folder / names[1]).unlink()  # the north-east tile: the extent stays, the hole is transparent
    ds = open_raster(f"PCRS:{folder}")
    assert (ds.RasterXSize, ds.RasterYSize) == (800, 800)
    alpha = ds.GetRasterBand(4).ReadAsArray()
    assert (alpha[:400, 400:] == 0).all() and (alpha[400:, :] == 255).all() and (alpha[:400, :400] == 255).all()
    assert (arrays(ds, [1, 2, 3], 400, 0, 400, 400) == 0).all()


@pytest.mark.parametrize(
    "pattern,name_of,tile_m,res",
    [
        ("IGN_HM", lambda x, y: f"2021-{int(x) // 100:05d}-{int(y) // 100:05d}-CC46-0M50-IRC-E080.jp2", 200, 0.5),
        ("IGN_KM", lambda x, y: f"56-2019-{int(x) // 1000:04d}-{int(y) // 1000:04d}-CC46-5M00-RVB-E100.tif", 1000, 5.0),
        ("IGN_KM", lambda x, y: f"2A-2018-{int(x) // 1000:04d}-{int(y) // 1000:04d}-CC46-5M00-E080.tif", 1000, 5.0),
        ("BLOC_KM", lambda x, y: f"HFC-2022-{int(x) // 1000:04d}-{int(y) // 1000:04d}-CC46-5M00-RVB.tif", 1000, 5.0),
        ("IGN_POC", lambda x, y: f"PCRS-D56-2021-{int(x) // 100:05d}-{int(y) // 100:05d}-CC46-0M50-RVB-TIFF.tif", 200, 0.5),
    ],
)
def test_every_naming_pattern(tmp_path, pattern, name_of, tile_m, res):
    px = int(tile_m / res)
    src = make_ortho(tmp_path / "src.tif", 2 * px, 2 * px, 1700000.0, 5200000.0, res, epsg=3946, seed=3)
    fmt = "JP2OpenJPEG" if name_of(0, 0).endswith(".jp2") else "GTiff"
    if fmt == "JP2OpenJPEG" and gdal.GetDriverByName(fmt) is None:
        pytest.skip("no JPEG 2000 driver")
    options = ["REVERSIBLE=YES", "QUALITY=100", "YCBCR420=NO"] if fmt == "JP2OpenJPEG" else []
    cut_tiles(src, tmp_path / "tiles", px, name_of, fmt=fmt, options=options)
    ds = open_raster(f"PCRS:{tmp_path / 'tiles'}")
    assert ds.GetMetadataItem("PCRS_NAMING_PATTERNS") == pattern
    assert ds.GetSpatialRef().GetAuthorityCode(None) == "3946"
    assert ds.GetGeoTransform() == pytest.approx((1700000.0, res, 0, 5200000.0, 0, -res))
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(src))))


def test_custom_naming_pattern(tmp_path):
    src = make_ortho(tmp_path / "src.tif", 400, 400, 842000.0, 6520400.0, 0.5, epsg=3946, seed=4)
    cut_tiles(src, tmp_path / "tiles", 200, lambda x, y: f"LYON_{int(x)}_{int(y)}_5cm_L93.tif")
    ds = open_raster(f"PCRS:{tmp_path / 'tiles'}", NAME_PATTERN="LYON_{X}_{Y}_5cm_L93", NAME_UNIT="m", TILE_SIZE=100)
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(src))))
    assert ds.GetMetadataItem("PCRS_TILE_COUNT") == "4"


def test_tiles_without_pattern_are_placed_by_their_header(tmp_path):
    src = make_ortho(tmp_path / "src.tif", 400, 200, X0, Y0, RES, seed=5)
    cut_tiles(src, tmp_path / "tiles", 200, lambda x, y: f"dalle_{int(x)}_{int(y)}.tif")
    ds = open_raster(f"PCRS:{tmp_path / 'tiles'}")
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(src))))
    assert ds.GetMetadataItem("PCRS_NAMING_PATTERNS") is None


def test_tile_size_learnt_from_a_tile(tmp_path):
    # IGN_KM tiles are 1 km by default; these are 2 km (400 px at 5 m): one tile tells.
    src = make_ortho(tmp_path / "src.tif", 800, 400, 1050000.0, 6850000.0, 5.0, seed=6)
    cut_tiles(src, tmp_path / "tiles", 400, lambda x, y: f"67-2015-{int(x) // 1000:04d}-{int(y) // 1000:04d}-LA93-5M00-E100.tif")
    ds = open_raster(f"PCRS:{tmp_path / 'tiles'}")
    assert (ds.RasterXSize, ds.RasterYSize) == (800, 400)
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(src))))


@pytest.mark.skipif(gdal.GetDriverByName("JP2OpenJPEG") is None, reason="no JPEG 2000 driver")
def test_jpeg2000_tile_georeferenced_by_its_tab(tmp_path):
    """The CNIG sample: a 10 km tile at 5 m whose only georeferencing is its MapInfo .tab."""
    tiles = tmp_path / "tiles"
    tiles.mkdir()
    name = REAL_TAB.stem
    ds = gdal.GetDriverByName("MEM").Create("", 2000, 2000, 1)
    ds.GetRasterBand(1).WriteArray(np.tile(np.arange(2000, dtype=np.uint16) % 251, (2000, 1)).astype(np.uint8))
    gdal.GetDriverByName("JP2OpenJPEG").CreateCopy(str(tiles / f"{name}.jp2"), ds,
                                                     options=["GMLJP2=NO", "GeoJP2=NO", "REVERSIBLE=YES", "QUALITY=100"])
    shutil.copy(REAL_TAB, tiles / f"{name}.tab")
    # GDAL alone does not place it.
    assert gdal.Open(str(tiles / f"{name}.jp2")).GetGeoTransform(can_return_null=True) is None
    for renamed in (False, True):
        if renamed:  # no pattern: the .tab alone places it
            (tiles / f"{name}.jp2").rename(tiles / "ortho.jp2")
            (tiles / f"{name}.tab").rename(tiles / "ortho.tab")
        mosaic = open_raster(f"PCRS:{tiles}")
        assert mosaic.GetGeoTransform() == pytest.approx((1050000, 5, 0, 6850000, 0, -5))
        assert (mosaic.RasterXSize, mosaic.RasterYSize) == (2000, 2000)
        assert mosaic.GetSpatialRef().GetAuthorityCode(None) == "2154"
        assert np.array_equal(mosaic.GetRasterBand(1).ReadAsArray(0, 0, 300, 2), ds.GetRasterBand(1).ReadAsArray(0, 0, 300, 2))


# ---------------------------------------------------------------------------------------------
# Catalogues


def test_catalogue_gml_opens_as_raster_and_as_vector(folder, source):
    catalogue = catalogue_for_folder(folder)
    ds = open_raster(catalogue)
    assert ds.GetDriver().ShortName == "PCRS"
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(source))))
    md = ds.GetMetadata()
    assert md["PCRS_SOURCE"] == "catalogue"
    assert md["PCRS_DATE_ACQUISITION_MIN"] == md["PCRS_DATE_ACQUISITION_MAX"] == "2020-06-01"
    assert md["PCRS_PRODUCERS"] == "IGN"
    assert str(catalogue) in ds.GetFileList()
    # The same file is still a vector document.
    vec = open_vector(catalogue)
    assert vec.GetLayerByName("RasterPCRS").GetFeatureCount() == 4
    # gdalinfo on the command line.
    out = run(["gdalinfo", catalogue])
    assert out.returncode == 0 and "Driver: PCRS" in out.stdout and "Size is 800, 800" in out.stdout


def test_vector_pcrs_document_is_not_a_raster(real_dir):
    path = real_dir / "cnigfr-PCRS" / "20200716.RIL_L260_C340_P0.gml"
    with pytest.raises(RuntimeError):
        gdal.OpenEx(str(path), gdal.OF_RASTER, allowed_drivers=["PCRS"])
    assert open_vector(path) is not None


def overlap_catalogue(tmp_path, first_date, second_date, swap=False):
    """Two 200 m tiles overlapping on their east/west halves: 'old' = 10, 'new' = 200."""
    d = tmp_path / "cat"
    d.mkdir(exist_ok=True)
    make_constant_tile(d / "a.tif", X0, Y0, 400, RES, 10)
    make_constant_tile(d / "b.tif", X0 + 100, Y0, 400, RES, 200)
    feats = [raster_feature("A", "a.tif", (X0, Y0 - 200, X0 + 200, Y0), resolution=50, date_acq=first_date),
             raster_feature("B", "b.tif", (X0 + 100, Y0 - 200, X0 + 300, Y0), resolution=50, date_acq=second_date)]
    return write_catalogue(d / "catalogue.gml", feats[::-1] if swap else feats)


@pytest.mark.parametrize("swap", [False, True])
def test_most_recent_acquisition_on_top(tmp_path, swap):
    ds = open_raster(overlap_catalogue(tmp_path, "2019-05-01", "2021-05-01", swap))
    assert ds.RasterXSize == 600
    row = ds.GetRasterBand(1).ReadAsArray(0, 10, 600, 1)[0]
    assert (row[:200] == 10).all() and (row[200:] == 200).all()
    ds = open_raster(overlap_catalogue(tmp_path, "2022-05-01", "2021-05-01", swap))
    row = ds.GetRasterBand(1).ReadAsArray(0, 10, 600, 1)[0]
    assert (row[:400] == 10).all() and (row[400:] == 200).all()
    # Sort order options.
    ds = open_raster(overlap_catalogue(tmp_path, "2022-05-01", "2021-05-01", swap), SORT_FIELD_ASC="NO")
    row = ds.GetRasterBand(1).ReadAsArray(0, 10, 600, 1)[0]
    assert (row[:200] == 10).all() and (row[200:] == 200).all()
    # LocationInfo names the tile on top.
    info = ds.GetRasterBand(1).GetMetadataItem("Pixel_300_10", "LocationInfo")
    assert "b.tif" in info and "<dateAcquisition>2021-05-01</dateAcquisition>" in info


def test_tile_mask_lets_older_tiles_show_through(tmp_path):
    d = tmp_path / "cat"
    d.mkdir()
    make_constant_tile(d / "old.tif", X0, Y0, 400, RES, 10)
    # The newer tile is transparent on its western half (alpha band).
    new = gdal.GetDriverByName("MEM").Create("", 400, 400, 4)
    new.SetGeoTransform([X0, RES, 0, Y0, 0, -RES])
    for b in range(1, 4):
        new.GetRasterBand(b).Fill(200)
    alpha = np.zeros((400, 400), np.uint8)
    alpha[:, 200:] = 255
    new.GetRasterBand(4).WriteArray(alpha)
    new.GetRasterBand(4).SetColorInterpretation(gdal.GCI_AlphaBand)
    gdal.GetDriverByName("GTiff").CreateCopy(str(d / "new.tif"), new)
    env = (X0, Y0 - 200, X0 + 200, Y0)
    write_catalogue(d / "catalogue.gml", [raster_feature("N", "new.tif", env, resolution=50, date_acq="2022-01-01"),
                                          raster_feature("O", "old.tif", env, resolution=50, date_acq="2018-01-01")])
    ds = open_raster(d / "catalogue.gml")
    assert ds.RasterCount == 4
    row = ds.GetRasterBand(1).ReadAsArray(0, 5, 400, 1)[0]
    assert (row[:200] == 10).all() and (row[200:] == 200).all()


def test_location_info(folder):
    ds = open_raster(f"PCRS:{folder}")
    info = ds.GetRasterBand(1).GetMetadataItem("Pixel_450_100", "LocationInfo")
    assert "<File>" in info and "2020-04962-66124-LA93-0M50-RVB.tif" in info
    assert "<nomImage>2020-04962-66124-LA93-0M50-RVB.tif</nomImage>" in info
    assert "<resolution>50</resolution>" in info
    geo = ds.GetRasterBand(1).GetMetadataItem(f"GeoPixel_{X0 + 10}_{Y0 - 300}", "LocationInfo")
    assert "2020-04960-66122-LA93-0M50-RVB.tif" in geo
    out = run(["gdallocationinfo", "-xml", f"PCRS:{folder}", "450", "100"])
    assert out.returncode == 0, out.stderr
    assert "2020-04962-66124-LA93-0M50-RVB.tif" in out.stdout and "<RasterPCRS>" in out.stdout
    out = run(["gdallocationinfo", f"PCRS:{folder}", "10", "700"])
    assert "LocationInfo" in out.stdout and "2020-04960-66122-LA93-0M50-RVB.tif" in out.stdout


# ---------------------------------------------------------------------------------------------
# Tile indexes


def test_geojson_tile_index_with_pcrs_beta_fields(tmp_path, folder, source):
    """dalles.geojson as pcrs.beta.gouv.fr exports it: RasterPCRS field names (some spelt as in the PDF)."""
    index = tmp_path / "dalles.geojson"
    drv = ogr.GetDriverByName("GeoJSON")
    ds = drv.CreateDataSource(str(index))
    srs = gdal.Open(str(source)).GetSpatialRef()
    lyr = ds.CreateLayer("dalles", srs, ogr.wkbPolygon)
    for name, kind in [("nomImage", ogr.OFTString), ("dateAcquisition", ogr.OFTString),
                       ("precisionplanimetriqueZonesNaturelles", ogr.OFTString), ("resolution", ogr.OFTInteger),
                       ("tailleFichier", ogr.OFTInteger)]:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for k, f in enumerate(sorted(folder.iterdir())):
        t = gdal.Open(str(f))
        gt = t.GetGeoTransform()
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat["nomImage"] = f"tiles/{f.name}"
        feat["dateAcquisition"] = f"2020-0{k + 1}-01"
        feat["precisionplanimetriqueZonesNaturelles"] = "010"
        feat["resolution"] = 50
        feat["tailleFichier"] = f.stat().st_size
        feat.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(gt[0], gt[3] - 200, gt[0] + 200, gt[3])))
        lyr.CreateFeature(feat)
    ds = None
    mosaic = open_raster(f"PCRS:{index}")
    assert np.array_equal(arrays(mosaic, [1, 2, 3]), arrays(gdal.Open(str(source))))
    assert mosaic.GetMetadataItem("PCRS_SOURCE") == "index"
    info = mosaic.GetRasterBand(1).GetMetadataItem("Pixel_10_10", "LocationInfo")
    assert "<precisionPlanimetriqueZoneNaturelle>010</precisionPlanimetriqueZoneNaturelle>" in info
    # As vector: the RasterPCRS layer with the index's attributes.
    vec = open_vector(f"PCRS:{index}")
    lyr = vec.GetLayer(0)
    assert lyr.GetName() == "RasterPCRS" and lyr.GetFeatureCount() == 4
    feat = lyr.GetNextFeature()
    assert feat["precisionPlanimetriqueZoneNaturelle"] == "010"
    assert feat["dateAcquisition"].startswith("2020/01/01") or feat["dateAcquisition"] == "2020-01-01"


def test_gdaltindex_shapefile_and_sort_field(tmp_path):
    d = tmp_path / "tiles"
    d.mkdir()
    make_constant_tile(d / "a.tif", X0, Y0, 400, RES, 10)
    make_constant_tile(d / "b.tif", X0, Y0, 400, RES, 200)
    index = tmp_path / "idx.shp"
    out = run(["gdaltindex", index, d / "a.tif", d / "b.tif"])
    assert out.returncode == 0, out.stderr
    ds = ogr.Open(str(index), 1)
    lyr = ds.GetLayer(0)
    lyr.CreateField(ogr.FieldDefn("version", ogr.OFTInteger))
    for feat in lyr:
        feat["version"] = 2 if "a.tif" in feat["location"] else 1
        lyr.SetFeature(feat)
    ds = None

    def top_value(**options):
        ds = open_raster(f"PCRS:{index}", **options)  # kept alive while its band is read (GDAL 3.6)
        return ds.GetRasterBand(1).ReadAsArray(0, 0, 1, 1)[0, 0]

    # Default: index order, the last on top.
    assert top_value() == 200
    assert top_value(SORT_FIELD="version") == 10
    assert top_value(SORT_FIELD="version", SORT_FIELD_ASC="NO") == 200
    renamed = tmp_path / "renamed.shp"
    assert run(["ogr2ogr", "-sql", "SELECT location AS chemin FROM idx", renamed, index]).returncode == 0
    with pytest.raises(RuntimeError, match="LOCATION_FIELD"):
        open_raster(f"PCRS:{renamed}")
    assert open_raster(f"PCRS:{renamed}", LOCATION_FIELD="chemin").RasterXSize == 400


# ---------------------------------------------------------------------------------------------
# Virtual file systems


def test_delivery_inside_a_zip(tmp_path, folder, source):
    catalogue_for_folder(folder)
    zpath = tmp_path / "delivery.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        for f in folder.iterdir():
            z.write(f, f"livraison/{f.name}")
    ds = open_raster(f"/vsizip/{zpath}/livraison/catalogue.gml")
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(source))))
    ds = open_raster(f"PCRS:/vsizip/{zpath}/livraison")
    assert np.array_equal(arrays(ds, [1, 2, 3], 300, 300, 200, 200), arrays(gdal.Open(str(source)), None, 300, 300, 200, 200))


def test_delivery_in_vsimem(tmp_vsimem, folder, source):
    for f in folder.iterdir():
        gdal.FileFromMemBuffer(f"{tmp_vsimem}/{f.name}", f.read_bytes())
    catalogue = catalogue_for_folder(folder)
    gdal.FileFromMemBuffer(f"{tmp_vsimem}/catalogue.gml", pathlib.Path(catalogue).read_bytes())
    ds = open_raster(f"{tmp_vsimem}/catalogue.gml")
    assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(source))))


class _RangeHandler(http.server.SimpleHTTPRequestHandler):
    """A static server answering byte ranges, as /vsicurl/ needs."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        spec = self.headers.get("Range")
        path = pathlib.Path(self.translate_path(self.path))
        if not spec or not spec.startswith("bytes=") or not path.is_file():
            return super().do_GET()
        data = path.read_bytes()
        start, _, end = spec[len("bytes="):].partition("-")
        start = int(start)
        end = min(int(end) if end else len(data) - 1, len(data) - 1)
        if start >= len(data):
            self.send_error(416)
            return
        self.send_response(206)
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        self.wfile.write(data[start:end + 1])


@pytest.fixture()
def http_root(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    handler = lambda *a, **k: _RangeHandler(*a, directory=str(root), **k)  # noqa: E731
    try:
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    except OSError as exc:
        pytest.skip(f"no local HTTP server: {exc}")
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_delivery_over_http(http_root, folder, source):
    root, url = http_root
    catalogue_for_folder(folder)
    shutil.copytree(folder, root / "livraison")
    gdal.VSICurlClearCache()
    ds = open_raster(f"/vsicurl/{url}/livraison/catalogue.gml")
    assert np.array_equal(arrays(ds, [1, 2, 3], 350, 350, 100, 100), arrays(gdal.Open(str(source)), None, 350, 350, 100, 100))


# ---------------------------------------------------------------------------------------------
# Overviews


def test_overviews_come_from_the_tiles(tmp_path):
    src = make_ortho(tmp_path / "src.tif", 1024, 512, X0, Y0, 0.25, seed=7)
    # 128 m tiles (512 px): names with a metre template; each tile with 2 overview levels.
    def name_of(x, y):
        return f"T_{int(x)}_{int(y)}.tif"
    cut_tiles(src, tmp_path / "tiles", 512, name_of, options=["TILED=YES"])
    for f in (tmp_path / "tiles").iterdir():
        t = gdal.Open(str(f), gdal.GA_Update)
        t.BuildOverviews("AVERAGE", [2, 4])
        t = None
    ds = open_raster(f"PCRS:{tmp_path / 'tiles'}", NAME_PATTERN="T_{X}_{Y}", TILE_SIZE=128)
    band = ds.GetRasterBand(1)
    assert band.GetOverviewCount() == 2
    assert (band.GetOverview(0).XSize, band.GetOverview(1).XSize) == (512, 256)
    ref = gdal.Translate("/vsimem/ref.tif", str(src))
    ref.BuildOverviews("AVERAGE", [2, 4])
    for k in range(2):
        for b in (1, 2, 3):
            assert np.array_equal(ds.GetRasterBand(b).GetOverview(k).ReadAsArray(),
                                  ref.GetRasterBand(b).GetOverview(k).ReadAsArray())
        assert (ds.GetRasterBand(4).GetOverview(k).ReadAsArray() == 255).all()
    # A zoomed-out read goes through them.
    small = ds.ReadAsArray(buf_xsize=256, buf_ysize=128, band_list=[1])
    assert np.array_equal(small, ref.GetRasterBand(1).GetOverview(1).ReadAsArray())
    ref = None
    gdal.Unlink("/vsimem/ref.tif")


def test_many_tiles_through_a_bounded_pool(tmp_path):
    """More tiles than the pool holds: each read still right."""
    src = make_ortho(tmp_path / "src.tif", 40 * 20, 10 * 20, X0, Y0, 10.0, seed=8)  # 40 x 10 tiles of 200 m
    cut_tiles(src, tmp_path / "tiles", 20, ign_hm(res="10M00"))
    gdal.SetConfigOption("GDAL_MAX_DATASET_POOL_SIZE", "3")
    try:
        ds = open_raster(f"PCRS:{tmp_path / 'tiles'}")
        assert ds.GetMetadataItem("PCRS_TILE_COUNT") == "400"
        assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(src))))
    finally:
        gdal.SetConfigOption("GDAL_MAX_DATASET_POOL_SIZE", None)
