"""Helpers of the raster-side tests (no test here): synthetic orthophotos made with GDAL, tiles cut
from them under the naming patterns of real deliveries, hand-written RasterPCRS catalogues, offline
XSD validation. Expectations come from the source images and the standard, not from the driver."""
import os
import pathlib
import shutil
import subprocess
import xml.sax.saxutils

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

REPO_DIR = pathlib.Path(__file__).resolve().parent.parent
SCHEMA_DIR = REPO_DIR / "data" / "schemas"
REAL_TAB = REPO_DIR / "autotest" / "data" / "real" / "cnigfr-PCRS" / "67-2015-1050-6850-LA93-5M00-E100.tab"


def raster_side_available():
    drv = gdal.GetDriverByName("PCRS")
    return drv is not None and drv.GetMetadataItem(gdal.DCAP_RASTER) == "YES"


requires_raster = pytest.mark.skipif(
    not raster_side_available(), reason="the PCRS driver does not declare DCAP_RASTER (raster side not wired)"
)


def make_ortho(path, width, height, origin_x, origin_y, res, epsg=2154, bands=3, seed=0, dtype=gdal.GDT_Byte,
               options=None, alpha=None, smooth=False):
    """A random RGB(A) image, north-up, in EPSG:epsg. alpha: a (width, height) uint8 array -> 4th band.
    smooth: gradients instead of noise (for lossy codecs)."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width]
    nb = bands + (1 if alpha is not None else 0)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), width, height, nb, dtype, options or [])
    ds.SetGeoTransform([origin_x, res, 0, origin_y, 0, -res])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetSpatialRef(srs)
    interps = [gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand, gdal.GCI_Undefined]
    for b in range(bands):
        band = ds.GetRasterBand(b + 1)
        if smooth:
            band.WriteArray(((xx * (b + 1) + yy * (3 - b)) // 8 % 256).astype(np.uint8))
        else:
            band.WriteArray(rng.integers(0, 256, (height, width), dtype=np.uint8))
        band.SetColorInterpretation(interps[b] if b < 3 else gdal.GCI_Undefined)
    if alpha is not None:
        band = ds.GetRasterBand(nb)
        band.SetColorInterpretation(gdal.GCI_AlphaBand)
        band.WriteArray(alpha)
    ds = None
    return path


def make_constant_tile(path, x0, y_top, size_px, res, value, epsg=2154, fmt="GTiff", options=None, bands=3):
    ds = gdal.GetDriverByName("MEM").Create("", size_px, size_px, bands, gdal.GDT_Byte)
    ds.SetGeoTransform([x0, res, 0, y_top, 0, -res])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetSpatialRef(srs)
    for b in range(bands):
        ds.GetRasterBand(b + 1).Fill(value)
    gdal.GetDriverByName(fmt).CreateCopy(str(path), ds, options=options or [])
    return path


def cut_tiles(src, out_dir, tile_px, name_of, fmt="GTiff", options=None):
    """Cuts src into tile_px tiles; name_of(x_nw, y_nw) gives the file name. Returns the names."""
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ds = gdal.Open(str(src))
    gt = ds.GetGeoTransform()
    names = []
    for row in range(0, ds.RasterYSize, tile_px):
        for col in range(0, ds.RasterXSize, tile_px):
            x = gt[0] + col * gt[1]
            y = gt[3] + row * gt[5]
            name = name_of(x, y)
            gdal.Translate(str(out_dir / name), ds, srcWin=[col, row, tile_px, tile_px], format=fmt,
                           creationOptions=options or [])
            names.append(name)
    return names


def arrays(ds, bands=None, xoff=0, yoff=0, xsize=None, ysize=None, buf=None):
    xsize = ds.RasterXSize if xsize is None else xsize
    ysize = ds.RasterYSize if ysize is None else ysize
    bands = bands or list(range(1, ds.RasterCount + 1))
    out = ds.ReadAsArray(xoff, yoff, xsize, ysize, band_list=bands, buf_xsize=buf and buf[0],
                         buf_ysize=buf and buf[1])
    return out if out.ndim == 3 else out[np.newaxis]


# ---------------------------------------------------------------------------------------------
# Catalogues written by hand, so that the tests do not depend on the driver's writer.

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<pcrs:PlanCorpsRueSimplifie xmlns:pcrs="http://cnig.gouv.fr/pcrs" '
    'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'gml:id="doc" version="2.0">\n'
)


def raster_feature(gml_id, name, env, epsg=2154, resolution=5, date_acq="2020-06-01", date_rec="2020-09-01",
                   producer="IGN", type_image="image/tiff", prec_road="005", prec_nat="010", description="ok"):
    x0, y0, x1, y1 = env
    esc = xml.sax.saxutils.escape
    return (
        f'<pcrs:featureMember><pcrs:RasterPCRS gml:id="{gml_id}">\n'
        f"<pcrs:producteur>{esc(producer)}</pcrs:producteur><pcrs:nomImage>{esc(name)}</pcrs:nomImage>\n"
        f"<pcrs:typeImage>{type_image}</pcrs:typeImage>\n"
        f'<pcrs:geometrie><gml:Polygon gml:id="{gml_id}.g" srsName="EPSG:{epsg}"><gml:exterior><gml:LinearRing>'
        f"<gml:posList>{x0} {y0} {x1} {y0} {x1} {y1} {x0} {y1} {x0} {y0}</gml:posList></gml:LinearRing>"
        f"</gml:exterior></gml:Polygon></pcrs:geometrie>\n"
        f"<pcrs:idPCRS>{gml_id}</pcrs:idPCRS><pcrs:resolution>{resolution}</pcrs:resolution>\n"
        f"<pcrs:dateAcquisition>{date_acq}</pcrs:dateAcquisition><pcrs:dateRecette>{date_rec}</pcrs:dateRecette>\n"
        f"<pcrs:precisionPlanimetriqueCorpsDeRue>{prec_road}</pcrs:precisionPlanimetriqueCorpsDeRue>\n"
        f"<pcrs:precisionPlanimetriqueZoneNaturelle>{prec_nat}</pcrs:precisionPlanimetriqueZoneNaturelle>\n"
        f"<pcrs:descriptionElementsQualite>{esc(description)}</pcrs:descriptionElementsQualite>\n"
        f"</pcrs:RasterPCRS></pcrs:featureMember>\n"
    )


def write_catalogue(path, features):
    pathlib.Path(path).write_text(HEADER + "".join(features) + "</pcrs:PlanCorpsRueSimplifie>\n", encoding="utf-8")
    return path


def catalogue_for_folder(folder, name="catalogue.gml", **attrs):
    """A catalogue naming every .tif/.jp2 of a folder, footprints from the tiles' own georeferencing."""
    folder = pathlib.Path(folder)
    feats = []
    for k, f in enumerate(sorted(p for p in folder.iterdir() if p.suffix in (".tif", ".jp2"))):
        ds = gdal.Open(str(f))
        gt = ds.GetGeoTransform()
        env = (gt[0], gt[3] + ds.RasterYSize * gt[5], gt[0] + ds.RasterXSize * gt[1], gt[3])
        feats.append(raster_feature(f"R{k}", f.name, env, resolution=round(gt[1] * 100), **attrs))
    return write_catalogue(folder / name, feats)


def validate_xsd(path):
    """(ok, messages) of xmllint against the official XSD, offline (data/schemas/README.md)."""
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint not installed")
    env = dict(os.environ, XML_CATALOG_FILES=str(SCHEMA_DIR / "catalog.xml"))
    proc = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(SCHEMA_DIR / "pcrs" / "CNIG_PCRS_v2.0.xsd"),
                           str(path)], capture_output=True, text=True, env=env)
    messages = [m for m in proc.stderr.splitlines() if "parser warning" not in m and "validates" not in m
                and "Skipping import" not in m and m.strip()]
    return proc.returncode == 0, messages


def run(args, **kwargs):
    """Runs a GDAL command-line tool (the plugin path is inherited from the environment)."""
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)


def gml_features(path, class_name):
    """The features of one class in a GML, through the stock XML parser (independent of the driver)."""
    import xml.etree.ElementTree as ET
    ns = {"pcrs": "http://cnig.gouv.fr/pcrs", "gml": "http://www.opengis.net/gml/3.2"}
    root = ET.parse(str(path)).getroot()
    return root.findall(f"pcrs:featureMember/pcrs:{class_name}", ns), ns


def open_raster(path, **options):
    return gdal.OpenEx(str(path), gdal.OF_RASTER, open_options=[f"{k}={v}" for k, v in options.items()])


def open_vector(path, **options):
    return gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=[f"{k}={v}" for k, v in options.items()])


__all__ = [name for name in dir() if not name.startswith("_")] + ["ogr"]
