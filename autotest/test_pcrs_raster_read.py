"""Raster side of the PCRS driver, reading: deliveries (folder of named tiles, RasterPCRS catalogue,
tile index) opened as one mosaic, compared pixel for pixel with the image they were cut from."""
import http.server
import pathlib
import shutil
import socketserver
import sys
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


def test_catalogue_asked_as_raster_and_vector_at_once(folder, source):
    """QGIS's gdal provider (and GDALOpenEx without type flags) asks for both: the mosaic, with
    the document's layers."""
    catalogue = catalogue_for_folder(folder)
    for flags in (gdal.OF_RASTER | gdal.OF_VECTOR, 0):
        ds = gdal.OpenEx(str(catalogue), flags, allowed_drivers=["PCRS"])
        assert ds.RasterCount == 4 and (ds.RasterXSize, ds.RasterYSize) == (800, 800)
        assert np.array_equal(arrays(ds, [1, 2, 3]), arrays(gdal.Open(str(source))))
        assert ds.GetLayerByName("RasterPCRS").GetFeatureCount() == 4
    assert open_raster(catalogue).GetLayerCount() == 0
    assert open_vector(catalogue).RasterCount == 0


def test_catalogue_without_tiles_asked_as_raster_and_vector(folder, collect_errors):
    """No mosaic can be made: the open quietly falls back to the vector document."""
    catalogue = catalogue_for_folder(folder)
    for tile in folder.glob("*.tif"):
        tile.unlink()
    with collect_errors() as errs:
        ds = gdal.OpenEx(str(catalogue), gdal.OF_RASTER | gdal.OF_VECTOR, allowed_drivers=["PCRS"])
    assert ds.RasterCount == 0 and ds.GetLayerByName("RasterPCRS").GetFeatureCount() == 4
    assert not errs.failures, errs.text()
    with pytest.raises(RuntimeError):
        open_raster(catalogue)


def test_real_vector_document_asked_as_raster_and_vector(real_dir, collect_errors):
    path = real_dir / "cnigfr-PCRS" / "20200716.RIL_L260_C340_P0.gml"
    with collect_errors() as errs:
        ds = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_VECTOR, allowed_drivers=["PCRS"])
    assert ds.RasterCount == 0 and ds.GetLayerCount() > 0 and not errs.failures


def test_driver_manager_destroyed_with_a_mosaic_open(folder):
    """QGIS calls GDALDestroyDriverManager() at exit with layers still open: the tiles, opened
    internally by the mosaic, must not be closed twice (this crashed)."""
    code = f"""
import ctypes, ctypes.util, os
from osgeo import gdal
gdal.UseExceptions()
ds = gdal.OpenEx("PCRS:{folder}", gdal.OF_RASTER)
assert ds.GetRasterBand(1).ReadAsArray().shape == (800, 800)
ctypes.CDLL(ctypes.util.find_library("gdal")).GDALDestroyDriverManager()
print("destroyed", flush=True)
os._exit(0)  # Python's own cleanup would close `ds` after its driver is gone
"""
    out = run([sys.executable, "-c", code])
    assert out.returncode == 0 and "destroyed" in out.stdout, (out.returncode, out.stderr[-2000:])


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


def test_delivery_on_s3(http_root, folder, source):
    """/vsis3/ against the local server standing for an S3 endpoint (anonymous, path-style)."""
    root, url = http_root
    catalogue_for_folder(folder)
    shutil.copytree(folder, root / "bucket" / "livraison")
    options = {"AWS_S3_ENDPOINT": url[len("http://"):], "AWS_HTTPS": "NO", "AWS_VIRTUAL_HOSTING": "FALSE",
               "AWS_NO_SIGN_REQUEST": "YES", "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".gml,.tif,.tab,.aux.xml"}
    for key, value in options.items():
        gdal.SetConfigOption(key, value)
    try:
        gdal.VSICurlClearCache()
        ds = open_raster("/vsis3/bucket/livraison/catalogue.gml")
        assert np.array_equal(arrays(ds, [1, 2, 3], 350, 350, 100, 100),
                              arrays(gdal.Open(str(source)), None, 350, 350, 100, 100))
        ds = None
    finally:
        for key in options:
            gdal.SetConfigOption(key, None)
        gdal.VSICurlClearCache()


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


# ---------------------------------------------------------------------------------------------
# Reading paths of the mosaic (issue 4, item 8): multi-band requests served tile by tile straight
# into the caller's buffer, coverage kept as rectangles, zoomed-out reads at the tiles' overview
# level with all bands at once, scans releasing the blocks they passed, a small working set of
# open tiles. Each compared pixel for pixel with a reference computed from the tiles.

def overlapping_delivery(tmp_path, block=None):
    """A 2 x 2 grid of 200 m tiles (400 px) with the north-east one missing, and a newer tile over the
    centre overlapping the three others. Returns the catalogue and the RGBA reference (numpy)."""
    d = tmp_path / "overlap"
    d.mkdir()
    options = ["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}"] if block else None
    ref = np.zeros((4, 800, 800), np.uint8)
    feats = []
    # (name, column offset px, row offset px, date): oldest first, so drawn first.
    grid = [("sw.tif", 0, 400, "2018-05-01"), ("nw.tif", 0, 0, "2019-05-01"), ("se.tif", 400, 400, "2020-05-01"),
            ("centre.tif", 200, 200, "2022-05-01")]
    for k, (name, col, row, date) in enumerate(grid):
        x, y = X0 + col * RES, Y0 - row * RES
        make_ortho(d / name, 400, 400, x, y, RES, seed=20 + k, options=options)
        ref[:3, row:row + 400, col:col + 400] = gdal.Open(str(d / name)).ReadAsArray()
        ref[3, row:row + 400, col:col + 400] = 255
        feats.append(raster_feature(f"R{k}", name, (x, y - 200, x + 200, y), resolution=50, date_acq=date))
    # The missing tile: in the catalogue, no file (a hole where the centre tile does not cover it).
    feats.append(raster_feature("R9", "ne.tif", (X0 + 200, Y0 - 200, X0 + 400, Y0), resolution=50,
                                date_acq="2017-05-01"))
    write_catalogue(d / "catalogue.gml", feats[::-1])
    return d / "catalogue.gml", ref


def test_multiband_request_over_overlaps_and_a_hole(tmp_path):
    catalogue, ref = overlapping_delivery(tmp_path)
    ds = open_raster(catalogue)
    assert (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (800, 800, 4)
    # Whole extent, and a window straddling the 4 tiles, the overlaps and the hole.
    assert np.array_equal(arrays(ds), ref)
    win = (150, 130, 500, 520)
    sub = ref[:, win[1]:win[1] + win[3], win[0]:win[0] + win[2]]
    assert np.array_equal(arrays(ds, None, *win), sub)
    # Pixel-interleaved buffer, bands in another order, the alpha band alone and first.
    raw = ds.ReadRaster(*win, band_list=[4, 2, 1], buf_pixel_space=3, buf_line_space=3 * win[2], buf_band_space=1)
    got = np.frombuffer(raw, np.uint8).reshape(win[3], win[2], 3).transpose(2, 0, 1)
    assert np.array_equal(got, sub[[3, 1, 0]])
    # A wider buffer type, band by band.
    raw = ds.ReadRaster(*win, buf_type=gdal.GDT_UInt16, band_list=[3, 4])
    assert np.array_equal(np.frombuffer(raw, np.uint16).reshape(2, win[3], win[2]), sub[[2, 3]])
    for b in range(1, 5):
        assert np.array_equal(ds.GetRasterBand(b).ReadAsArray(*win), sub[b - 1])
    # Through the block cache (512 x 512 blocks straddling tiles).
    band = ds.GetRasterBand(2)
    block = np.frombuffer(band.ReadBlock(1, 1), np.uint8).reshape(512, 512)[:288, :288]
    assert np.array_equal(block, ref[1, 512:, 512:])


def test_swath_scans_release_blocks_and_stay_exact(tmp_path):
    """gdal_translate's pattern: swaths top down (the tiles' block rows left behind are released),
    then again, bottom up and with the same tiles re-read: always the same pixels."""
    catalogue, ref = overlapping_delivery(tmp_path, block=128)
    ds = open_raster(catalogue)
    for order in (range(0, 800, 50), range(750, -1, -50), range(0, 800, 50)):
        out = np.zeros_like(ref)
        for y in order:
            out[:, y:y + 50] = arrays(ds, None, 0, y, 800, 50)
        assert np.array_equal(out, ref)
    # Band after band (GDAL's copy to a band-interleaved file): nothing released under its feet.
    for b in (1, 2, 3, 4):
        band = ds.GetRasterBand(b)
        out = np.concatenate([band.ReadAsArray(0, y, 800, 50) for y in range(0, 800, 50)])
        assert np.array_equal(out, ref[b - 1])
    # Through gdal_translate itself, against the reference.
    out = gdal.Translate("/vsimem/swaths.tif", ds, srcWin=[100, 100, 600, 600])
    assert np.array_equal(out.ReadAsArray(), ref[:, 100:700, 100:700])
    out = None
    gdal.Unlink("/vsimem/swaths.tif")


def test_zoomed_out_multiband_read_at_the_tiles_overview_level(tmp_path):
    src = make_ortho(tmp_path / "src.tif", 1024, 512, X0, Y0, 0.25, seed=9)
    cut_tiles(src, tmp_path / "tiles", 256, lambda x, y: f"T_{int(x)}_{int(y)}.tif",
              options=["TILED=YES", "BLOCKXSIZE=128", "BLOCKYSIZE=128"])
    for f in (tmp_path / "tiles").iterdir():
        t = gdal.Open(str(f), gdal.GA_Update)
        t.BuildOverviews("NEAREST", [2, 4])
        t = None
    ds = open_raster(f"PCRS:{tmp_path / 'tiles'}", NAME_PATTERN="T_{X}_{Y}", TILE_SIZE=64)
    assert ds.GetRasterBand(1).GetOverviewCount() == 2
    for k, (w, h) in enumerate([(512, 256), (256, 128)]):
        per_band = np.stack([ds.GetRasterBand(b).GetOverview(k).ReadAsArray() for b in range(1, 5)])
        # One dataset request with all bands, straight at the overview level.
        assert np.array_equal(arrays(ds, None, buf=(w, h)), per_band)
        # A window of it, pixel-interleaved.
        raw = ds.ReadRaster(256, 128, 512, 256, buf_xsize=512 // 2 ** (k + 1), buf_ysize=256 // 2 ** (k + 1),
                            band_list=[1, 2, 3, 4], buf_pixel_space=4, buf_band_space=1,
                            buf_line_space=4 * (512 // 2 ** (k + 1)))
        sub = per_band[:, 128 // 2 ** (k + 1):(128 + 256) // 2 ** (k + 1), 256 // 2 ** (k + 1):768 // 2 ** (k + 1)]
        assert np.array_equal(np.frombuffer(raw, np.uint8).reshape(sub.shape[1], sub.shape[2], 4).transpose(2, 0, 1),
                              sub)
    # A factor between two levels: resampled from the finer level, as GDAL does band by band.
    got = arrays(ds, None, buf=(300, 150))
    for b in range(1, 5):
        assert np.array_equal(got[b - 1], ds.GetRasterBand(b).ReadAsArray(buf_xsize=300, buf_ysize=150))


def test_zoomed_out_scan_between_two_levels(tmp_path):
    """Zoomed out between two levels, in swaths: resampled from the finer level through the mosaic's
    blocks, whose rows a scan releases once passed; twice, and compared with one whole request."""
    src = make_ortho(tmp_path / "src.tif", 512, 2560, X0, Y0, 0.25, seed=12)
    cut_tiles(src, tmp_path / "tiles", 256, lambda x, y: f"T_{int(x)}_{int(y)}.tif", options=["TILED=YES"])
    for f in (tmp_path / "tiles").iterdir():
        t = gdal.Open(str(f), gdal.GA_Update)
        t.BuildOverviews("NEAREST", [2, 4])
        t = None
    ds = open_raster(f"PCRS:{tmp_path / 'tiles'}", NAME_PATTERN="T_{X}_{Y}", TILE_SIZE=64)
    # 512 -> 150 columns: between the levels 2 and 4, so level 2 (256 x 1280, blocks of 512 rows) resampled.
    ref = arrays(ds, None, buf=(150, 640))
    for b in range(1, 5):
        assert np.array_equal(ref[b - 1], ds.GetRasterBand(b).ReadAsArray(buf_xsize=150, buf_ysize=640))
    for _ in range(2):
        swaths = [arrays(ds, None, 0, y, 512, 128, buf=(150, 32)) for y in range(0, 2560, 128)]
        assert np.array_equal(np.concatenate(swaths, axis=1), ref)


def test_many_tiles_scanned_with_a_small_working_set(tmp_path):
    """A scan over 400 tiles keeps only the tiles of the last reads open; a second scan and random
    windows re-open them as needed."""
    src = make_ortho(tmp_path / "src.tif", 40 * 20, 10 * 20, X0, Y0, 10.0, seed=11)
    cut_tiles(src, tmp_path / "tiles", 20, ign_hm(res="10M00"))
    ds = open_raster(f"PCRS:{tmp_path / 'tiles'}")
    ref = arrays(gdal.Open(str(src)))
    for _ in range(2):
        for y in range(0, 200, 7):
            h = min(7, 200 - y)
            assert np.array_equal(arrays(ds, [1, 2, 3], 0, y, 800, h), ref[:, y:y + h])
    rng = np.random.default_rng(3)
    for _ in range(30):
        x, y = int(rng.integers(0, 760)), int(rng.integers(0, 160))
        assert np.array_equal(arrays(ds, [3, 1], x, y, 40, 40), ref[[2, 0], y:y + 40, x:x + 40])


@pytest.mark.parametrize("how,expected", [("aux_xml", "3946"), ("compound", "5698")])
def test_tile_crs_told_by_gdal_when_the_geokeys_are_not_enough(tmp_path, how, expected):
    """The CRS of a tile opened at read time comes from its GeoTIFF keys when they name an EPSG code
    and nothing else; a .aux.xml SRS or a vertical CRS leave it to GDAL, as before."""
    import pcrs_testlib
    d = tmp_path / "cat"
    d.mkdir()
    make_constant_tile(d / "t0.tif", X0, Y0, 400, RES, 10)
    if how == "aux_xml":
        make_constant_tile(d / "t1.tif", X0 + 200, Y0, 400, RES, 20)
        t = gdal.Open(str(d / "t1.tif"))
        t.SetProjection("EPSG:3946")  # into t1.tif.aux.xml, which GDAL prefers
        t = None
        assert (d / "t1.tif.aux.xml").exists()
    else:
        m = gdal.GetDriverByName("MEM").Create("", 400, 400, 3)
        m.SetGeoTransform([X0 + 200, RES, 0, Y0, 0, -RES])
        m.SetProjection("EPSG:2154+5720")  # GDAL identifies it as EPSG:5698
        gdal.GetDriverByName("GTiff").CreateCopy(str(d / "t1.tif"), m)
    feats = [raster_feature(f"R{k}", f"t{k}.tif", (X0 + 200 * k, Y0 - 200, X0 + 200 * (k + 1), Y0), resolution=50)
             for k in range(2)]
    write_catalogue(d / "catalogue.gml", feats)
    ds = open_raster(d / "catalogue.gml")
    with pcrs_testlib.collect_errors() as errs:
        ds.GetRasterBand(1).ReadAsArray()
    assert any("t1.tif" in m and f"EPSG:{expected}" in m for m in errs.warnings), errs.text()
