"""QGIS (Debian 12: QGIS 3.22 on GDAL 3.6) opens PCRS data through the plugin: a real vector file
with the 'ogr' provider, a raster delivery with the 'gdal' provider, and renders both.

QGIS runs in a child interpreter (autotest/qgis/qgis_probe.py): QgsApplication.exitQgis() destroys
GDAL's driver manager, which the other tests of this process still need. What the child reports is
compared here with what GDAL's Python bindings give. Needs python3-qgis and qgis-providers
(PCRS_WITH_QGIS=1 tools/install-deps.sh); skipped without them.
"""
import importlib.util
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from osgeo import gdal, ogr

from pcrs_testlib import AUTOTEST_DIR, field_value, open_pcrs, read_all, xsd_model
from test_pcrs_raster_lib import make_ortho, open_raster, raster_side_available

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("qgis") is None,
    reason=f"QGIS Python bindings not importable by {sys.executable} "
           "(install python3-qgis qgis-providers: PCRS_WITH_QGIS=1 tools/install-deps.sh)")

PROBE = AUTOTEST_DIR / "qgis" / "qgis_probe.py"
REAL_FILE = AUTOTEST_DIR / "data" / "real" / "cnigfr-PCRS" / "20200716.RIL_L264_C299_P0.gml"
# A curve class, a curved-polygon class, and a class without geometry holding code lists.
CLASSES = ["LimiteVoiriePCRS", "AffleurantEnveloppePCRS", "AffleurantPCRS"]
CODE_FIELDS = {"LimiteVoiriePCRS": ["thematique", "precisionPlanimetrique"],
               "AffleurantPCRS": ["thematique", "nature", "reseau", "precisionPlanimetrique"]}

# The delivery: a 1000 x 600 px image at 0.5 m, cut on the 200 m grid into a 1200 x 800 mosaic
# (3 x 2 tiles) whose first 100 columns and last 200 rows are outside the source (alpha 0).
X0, Y0, RES = 496000.0, 6612400.0, 0.5
SRC_COL0 = 100
ATTRS = ["PRODUCTEUR=Test", "DATE_ACQUISITION=2021-06-15", "DATE_RECETTE=2021-09-30",
         "PRECISION_PLANIMETRIQUE_CORPS_DE_RUE=005", "PRECISION_PLANIMETRIQUE_ZONE_NATURELLE=010",
         "DESCRIPTION_ELEMENTS_QUALITE=test", "EMPRISE_FOURNISSEUR=Test",
         "EMPRISE_DATE_PUBLICATION=2022-01-10", "EMPRISE_ID_EMPRISE=EMP-TEST", "EMPRISE_TYPE=Carreau"]
PIXELS = [(200, 0), (650, 300), (1099, 599), (50, 100), (500, 700)]  # mosaic (col, row)

requires_raster = pytest.mark.skipif(not raster_side_available(),
                                     reason="the PCRS driver does not declare DCAP_RASTER")


def pixel_point(col, row):
    return [X0 + (col + 0.5) * RES, Y0 - (row + 0.5) * RES]


def run_probe(tmp_path, tasks, *flags, timeout=120):
    """Runs the QGIS child on `tasks`: (returncode, stdout JSON or None, {task index: [GDAL
    messages on stderr]}, raw stderr). The JSON has "exited": whether exitQgis() returned."""
    tasks_file = tmp_path / "tasks.json"
    tasks_file.write_text(json.dumps(tasks))
    runtime = tmp_path / "xdg-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = dict(os.environ, GDAL_DRIVER_PATH=gdal.GetConfigOption("GDAL_DRIVER_PATH") or "",
               QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "qgis-profile"))
    proc = subprocess.run([sys.executable, str(PROBE), str(tasks_file), *flags], capture_output=True,
                          text=True, timeout=timeout, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    out = json.loads(lines[-1]) if lines else None
    if out is not None:
        out["exited"] = "exited" in proc.stdout.splitlines()
    messages, current = {}, None
    for line in proc.stderr.splitlines():
        if line.startswith("@@task "):
            current = int(line.split()[1])
            messages[current] = []
        elif line.startswith("@@done"):
            current = None
        elif current is not None and line.startswith(("ERROR", "Warning")):
            messages[current].append(line)
    return proc.returncode, out, messages, proc.stderr


# ---------------------------------------------------------------------------------------------
# Inputs and one QGIS run for all of them


@pytest.fixture(scope="module")
def delivery(tmp_path_factory):
    """(source image, catalogue path, folder) of a delivery made with gdal_translate -of PCRS;
    None without the raster side (the vector tests still run)."""
    if not raster_side_available():
        return None
    root = tmp_path_factory.mktemp("qgis_delivery")
    src = make_ortho(root / "ortho.tif", 1000, 600, X0 + SRC_COL0 * RES, Y0, RES, seed=21)
    catalogue = root / "livraison" / "catalogue.gml"
    assert gdal.Translate(str(catalogue), str(src), format="PCRS", creationOptions=ATTRS) is not None
    return src, catalogue, catalogue.parent


@pytest.fixture(scope="module")
def real_ds():
    return open_pcrs(REAL_FILE)


def vector_uri(class_name):
    return f"{REAL_FILE}|layername={class_name}"


def raster_uris(delivery):
    _, catalogue, folder = delivery
    return {"catalogue": str(catalogue), "folder": f"PCRS:{folder}", "folder/": f"PCRS:{folder}/"}


@pytest.fixture(scope="module")
def qgis_run(tmp_path_factory, delivery):
    """Every probe of the module in one QGIS session: {key: (result, GDAL messages)}."""
    keys, tasks = [], []
    for name in CLASSES:
        keys.append(("vector", name))
        tasks.append({"task": "vector", "uri": vector_uri(name)})
    keys += [("sublayers", "real"), ("render", "vector")]
    tasks += [{"task": "sublayers", "uri": str(REAL_FILE)},
              {"task": "render", "provider": "ogr", "uri": vector_uri("LimiteVoiriePCRS"), "size": [128, 128]}]
    if delivery is not None:
        for key, uri in raster_uris(delivery).items():
            keys.append(("raster", key))
            tasks.append({"task": "raster", "uri": uri, "points": [pixel_point(c, r) for c, r in PIXELS]})
        folder = f"PCRS:{delivery[2]}"
        for key, uri in (("catalogue", str(delivery[1])), ("folder", folder)):
            keys.append(("sublayers", key))
            tasks.append({"task": "sublayers", "uri": uri})
        keys += [("render", "raster plain"), ("render", "raster default")]
        tasks += [
            # 1:1 over the whole mosaic, bands as they are: rendered pixels = mosaic pixels.
            {"task": "render", "provider": "gdal", "uri": folder, "size": [1200, 800],
             "extent": [X0, Y0 - 800 * RES, X0 + 1200 * RES, Y0], "plain": True, "alpha_band": 4},
            {"task": "render", "provider": "gdal", "uri": folder, "size": [120, 80]},
        ]
    rc, out, messages, stderr = run_probe(tmp_path_factory.mktemp("qgis_probe"), tasks)
    assert rc == 0 and out is not None, f"QGIS child failed ({rc}): {stderr[-3000:]}"
    assert len(out["results"]) == len(tasks)
    return {key: (result, messages.get(i, [])) for i, (key, result) in enumerate(zip(keys, out["results"]))}


# ---------------------------------------------------------------------------------------------
# Vector: a real file, layer by layer, through the 'ogr' provider


@pytest.mark.parametrize("class_name", CLASSES)
def test_vector_layer_is_the_pcrs_layer(qgis_run, real_ds, class_name):
    got, _ = qgis_run[("vector", class_name)]
    assert got["valid"], got["error"]
    assert got["storage"] == "PCRS"
    assert "<td>PCRS</td>" in got["metadata"]  # "Storage" row of the layer properties
    layer = real_ds.GetLayerByName(class_name)
    assert got["count"] == layer.GetFeatureCount() > 0
    assert [name for name, _ in got["fields"]] == \
        [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    if layer.GetGeomType() == ogr.wkbNone:
        assert got["wkb"] == "NoGeometry"
        return
    assert got["has_z"]
    # GDAL "3D Compound Curve" is QGIS "CompoundCurveZ"
    assert got["wkb"] == ogr.GeometryTypeToName(layer.GetGeomType()).replace("3D ", "").replace(" ", "") + "Z"
    srs = layer.GetSpatialRef()
    assert got["crs"] == f"{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}" == "EPSG:3946"
    minx, maxx, miny, maxy = layer.GetExtent()
    assert got["extent"] == pytest.approx([minx, miny, maxx, maxy], abs=1e-6)


@pytest.mark.parametrize("class_name", CLASSES)
def test_vector_attributes_match_gdal(qgis_run, real_ds, class_name):
    got, _ = qgis_run[("vector", class_name)]
    assert got["valid"], got["error"]
    layer = real_ds.GetLayerByName(class_name)
    defn = layer.GetLayerDefn()
    features = read_all(layer)
    assert sorted(int(fid) for fid in got["features"]) == [f.GetFID() for f in features]
    for f in features:
        qgis_feature = got["features"][str(f.GetFID())]
        for i in range(defn.GetFieldCount()):
            name = defn.GetFieldDefn(i).GetName()
            expected = field_value(f, name)
            if defn.GetFieldDefn(i).GetType() == ogr.OFTDate and expected is not None:
                expected = expected.replace("/", "-")
            assert qgis_feature["attributes"][name] == expected, f"{class_name} FID {f.GetFID()} {name}"
        geom = f.GetGeometryRef()
        if geom is not None:
            assert qgis_feature["wkb"].upper() == geom.GetGeometryName().replace(" ", "") + "Z"
    # Code values stay strings of the XSD's code lists, leading zeros kept (thematique 03, precision 005…).
    model = xsd_model()
    props = {p.name: p for c in model.classes.values() if model.is_a(class_name, c.name) for p in c.properties}
    for name in CODE_FIELDS.get(class_name, []):
        codes = model.codelists[props[name].detail][0]
        values = {a["attributes"][name] for a in got["features"].values()} - {None}
        assert values and values <= set(codes), f"{name}: {values} not in {codes}"
    leading_zero = {a["attributes"][n] for a in got["features"].values() for n in CODE_FIELDS.get(class_name, [])}
    assert not CODE_FIELDS.get(class_name) or any(v and v.startswith("0") for v in leading_zero)


def test_vector_file_lists_pcrs_layers(qgis_run, real_ds):
    """What QGIS's browser and drag-and-drop offer for the file: one ogr layer per PCRS layer."""
    got, _ = qgis_run[("sublayers", "real")]
    ds = real_ds
    expected = sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
    assert sorted(s["name"] for s in got["sublayers"]) == expected
    assert {(s["provider"], s["driver"], s["type"]) for s in got["sublayers"]} == {("ogr", "PCRS", "vector")}


@pytest.mark.parametrize("class_name", CLASSES[:1])
def test_vector_load_raises_no_gdal_error(qgis_run, class_name):
    _, messages = qgis_run[("vector", class_name)]
    assert messages == []


# ---------------------------------------------------------------------------------------------
# Raster: a delivery through the 'gdal' provider


@requires_raster
@pytest.mark.parametrize("key", [
    "folder", "folder/",
    "catalogue",
])
def test_raster_delivery_opens(qgis_run, delivery, key):
    got, messages = qgis_run[("raster", key)]
    assert got["valid"], f"{got['error']} {messages}"
    assert messages == []
    assert "GDAL Driver Description</td><td>PCRS</td>" in got["metadata"]
    src_path, catalogue, _ = delivery
    ds = open_raster(catalogue)
    assert ds.GetDriver().ShortName == "PCRS"
    gt = ds.GetGeoTransform()
    assert (got["width"], got["height"]) == (ds.RasterXSize, ds.RasterYSize) == (1200, 800)
    assert got["extent"] == pytest.approx([gt[0], gt[3] + ds.RasterYSize * gt[5],
                                           gt[0] + ds.RasterXSize * gt[1], gt[3]], abs=1e-6)
    assert got["bands"] == ds.RasterCount == 4
    assert got["colour"] == ["Red", "Green", "Blue", "Alpha"]
    assert got["crs"] == "EPSG:2154"
    # Overviews: QGIS lists the mosaic's overview levels as existing pyramids.
    overviews = [(ds.GetRasterBand(1).GetOverview(i).XSize, ds.GetRasterBand(1).GetOverview(i).YSize)
                 for i in range(ds.GetRasterBand(1).GetOverviewCount())]
    assert overviews and got["has_pyramids"]
    assert {(x, y) for x, y, exists in got["pyramids"] if exists} == set(overviews)
    # Pixel values: the mosaic's, i.e. the source's inside it and transparent outside.
    src = gdal.Open(str(src_path))
    for (col, row), values in zip(PIXELS, got["identify"]):
        mosaic = [int(ds.GetRasterBand(b).ReadAsArray(col, row, 1, 1)[0, 0]) for b in range(1, 5)]
        assert values == {str(b): float(v) for b, v in zip(range(1, 5), mosaic)}, (col, row)
        inside = SRC_COL0 <= col < SRC_COL0 + src.RasterXSize and row < src.RasterYSize
        assert mosaic[3] == (255 if inside else 0), (col, row)
        if inside:
            assert mosaic[:3] == [int(src.GetRasterBand(b).ReadAsArray(col - SRC_COL0, row, 1, 1)[0, 0])
                                  for b in range(1, 4)], (col, row)


@requires_raster
def test_folder_lists_the_raster(qgis_run):
    got, _ = qgis_run[("sublayers", "folder")]
    assert ("gdal", "PCRS", "raster") in {(s["provider"], s["driver"], s["type"]) for s in got["sublayers"]}


@requires_raster
def test_catalogue_lists_the_raster(qgis_run):
    """Dropping catalogue.gml on QGIS offers the mosaic (today only its vector layers)."""
    got, _ = qgis_run[("sublayers", "catalogue")]
    assert ("gdal", "PCRS", "raster") in {(s["provider"], s["driver"], s["type"]) for s in got["sublayers"]}


# ---------------------------------------------------------------------------------------------
# Rendering offscreen


def rendered(result):
    assert result["valid"], result.get("error")
    assert result["errors"] == []
    rgb = np.frombuffer(bytes.fromhex("".join(result["rgb_rows"])), np.uint8)
    return rgb.reshape(result["height"], result["width"], 3)


@requires_raster
def test_render_raster_equals_the_mosaic(qgis_run, delivery):
    image = rendered(qgis_run[("render", "raster plain")][0])
    ds = open_raster(delivery[1])
    rgba = ds.ReadAsArray().transpose(1, 2, 0)  # rows, cols, RGBA
    opaque = rgba[:, :, 3] == 255
    assert opaque.any() and not opaque.all()
    assert np.array_equal(image[opaque], rgba[:, :, :3][opaque])
    assert (image[~opaque] == 255).all(), "transparent pixels must show the white background"


@requires_raster
def test_render_raster_default_style_is_not_blank(qgis_run):
    image = rendered(qgis_run[("render", "raster default")][0])
    assert ((image != 255).any(axis=2)).sum() > image.shape[0] * image.shape[1] // 2


def test_render_vector_is_not_blank(qgis_run):
    image = rendered(qgis_run[("render", "vector")][0])
    drawn = (image != 255).any(axis=2).sum()
    assert 0 < drawn < image.shape[0] * image.shape[1] // 2, drawn


# ---------------------------------------------------------------------------------------------
# Exit with layers still open (a PyQGIS script that does not delete its layers)


@requires_raster
def test_exit_with_geotiff_layer_open(tmp_path, delivery):
    """Control for the next test: exitQgis() returns with a GeoTIFF layer still open (QGIS leaves
    open GDAL datasets to GDALDestroyDriverManager(), which closes them). The interpreter's own
    teardown afterwards may still crash on any layer left alive (QGIS 3.22, GPKG as well): scripts
    must delete their layers first, as the probe does."""
    _, out, _, stderr = run_probe(tmp_path, [{"task": "raster", "uri": str(delivery[0]),
                                              "points": [pixel_point(c, r) for c, r in PIXELS]}],
                                  "--keep-layers-at-exit")
    assert out["results"][0]["valid"] and out["exited"], stderr[-2000:]


@requires_raster
def test_exit_with_raster_layer_open(tmp_path, delivery):
    rc, out, _, stderr = run_probe(tmp_path, [{"task": "raster", "uri": f"PCRS:{delivery[2]}",
                                               "points": [pixel_point(c, r) for c, r in PIXELS]}],
                                   "--keep-layers-at-exit")
    assert out is not None and out["results"][0]["valid"]
    assert out["exited"], f"exitQgis() did not return (exit code {rc}): {stderr[-2000:]}"
