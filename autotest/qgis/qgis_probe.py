"""What QGIS sees of PCRS data: run by autotest/test_pcrs_qgis.py in a child interpreter, so that
QgsApplication's init and exit (which destroys GDAL's driver manager) stay out of the pytest process.

    GDAL_DRIVER_PATH=<plugin dir> QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_probe.py tasks.json

tasks.json is a list of tasks ({"task": "vector"|"raster"|"render"|"sublayers", ...}); the line
printed is a JSON list of results, one per task. GDAL messages that no QGIS handler catches go to
stderr (GDAL's default handler) after a "@@task <n>" line, for the test to attribute them.
No assertion here: the test compares these facts with what GDAL's Python bindings give.
With --keep-layers-at-exit the layers stay alive through exitQgis(), as in a careless script.
"""
import gc
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (Qgis, QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings,  # noqa: E402
                       QgsMultiBandColorRenderer, QgsPointXY, QgsProviderRegistry, QgsRaster,
                       QgsRasterLayer, QgsRectangle, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor, QImage  # noqa: E402

BACKGROUND = (255, 255, 255)
LAYERS_ALIVE = []  # every layer made, released (or not) before exitQgis()


def plain(value):
    """A QVariant-ish attribute as JSON: dates as ISO strings, NULL as None."""
    if value is None or (hasattr(value, "isNull") and not isinstance(value, (QDate, QDateTime))
                         and value.isNull()):
        return None
    if isinstance(value, (QDate, QDateTime)):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def rectangle(r):
    return [r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum()]


def error_of(layer):
    # QgsError.summary() of an empty error crashes QGIS 3.22.
    error = layer.error()
    return "" if error.isEmpty() else error.summary()


def vector(task):
    layer = QgsVectorLayer(task["uri"], "v", "ogr")
    LAYERS_ALIVE.append(layer)
    out = {"valid": layer.isValid(), "error": error_of(layer)}
    if not layer.isValid():
        return out
    provider = layer.dataProvider()
    out.update(storage=provider.storageType(), count=layer.featureCount(),
               wkb=QgsWkbTypes.displayString(layer.wkbType()), has_z=QgsWkbTypes.hasZ(layer.wkbType()),
               crs=layer.crs().authid(), extent=rectangle(layer.extent()),
               fields=[[f.name(), f.typeName()] for f in layer.fields()],
               metadata=layer.htmlMetadata())
    names = [f.name() for f in layer.fields()]
    features = {}
    for feature in layer.getFeatures():
        geom = feature.geometry()
        features[str(feature.id())] = {
            "attributes": dict(zip(names, (plain(v) for v in feature.attributes()))),
            "wkb": None if geom.isNull() else QgsWkbTypes.displayString(geom.wkbType()),
        }
    out["features"] = features
    return out


def raster(task):
    layer = QgsRasterLayer(task["uri"], "r", "gdal")
    LAYERS_ALIVE.append(layer)
    out = {"valid": layer.isValid(), "error": error_of(layer)}
    if not layer.isValid():
        return out
    provider = layer.dataProvider()
    out.update(width=layer.width(), height=layer.height(), bands=layer.bandCount(),
               extent=rectangle(layer.extent()), crs=layer.crs().authid(),
               colour=[provider.colorInterpretationName(b) for b in range(1, layer.bandCount() + 1)],
               has_pyramids=provider.hasPyramids(),
               pyramids=[[p.getXDim(), p.getYDim(), p.getExists()] for p in provider.buildPyramidList()],
               metadata=layer.htmlMetadata(), identify=[])
    for x, y in task.get("points", []):
        result = provider.identify(QgsPointXY(x, y), QgsRaster.IdentifyFormatValue)
        out["identify"].append({str(k): v for k, v in result.results().items()} if result.isValid() else None)
    return out


def render(task):
    """Renders one layer on a white background; plain=True: RGB(A) bands as is, no contrast
    stretch, so that rendered pixels can be compared with the source."""
    if task["provider"] == "gdal":
        layer = QgsRasterLayer(task["uri"], "r", "gdal")
    else:
        layer = QgsVectorLayer(task["uri"], "v", "ogr")
    LAYERS_ALIVE.append(layer)
    if not layer.isValid():
        return {"valid": False, "error": error_of(layer)}
    if task.get("plain"):
        renderer = QgsMultiBandColorRenderer(layer.dataProvider(), 1, 2, 3)
        renderer.setAlphaBand(task.get("alpha_band", -1))
        layer.setRenderer(renderer)
    width, height = task["size"]
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(QgsRectangle(*task["extent"]) if "extent" in task else layer.extent())
    settings.setBackgroundColor(QColor(*BACKGROUND))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage().convertToFormat(QImage.Format_RGB888)
    rows = []
    for y in range(image.height()):
        line = image.constScanLine(y)
        line.setsize(image.bytesPerLine())
        rows.append(bytes(line)[:3 * image.width()].hex())
    return {"valid": True, "errors": [e.message for e in job.errors()], "width": image.width(),
            "height": image.height(), "visible_extent": rectangle(settings.visibleExtent()),
            "rgb_rows": rows}


def sublayers(task):
    return {"sublayers": [{"provider": s.providerKey(), "name": s.name(), "driver": s.driverName(),
                           "type": "raster" if s.type() == 1 else "vector", "uri": s.uri()}
                          for s in QgsProviderRegistry.instance().querySublayers(task["uri"])]}


TASKS = {"vector": vector, "raster": raster, "render": render, "sublayers": sublayers}


def main():
    keep_layers = "--keep-layers-at-exit" in sys.argv
    tasks = json.loads(open([a for a in sys.argv[1:] if not a.startswith("--")][0]).read())
    app = QgsApplication([], False)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    # No Python GDAL error handler: QGIS calls GDAL without the GIL, a Python callback would crash.
    log = []
    QgsApplication.messageLog().messageReceived.connect(lambda m, tag, level: log.append([tag, int(level), m]))
    results = []
    for number, task in enumerate(tasks):
        del log[:]
        os.write(2, f"@@task {number}\n".encode())
        result = TASKS[task["task"]](task)
        app.processEvents()
        result.update(task=task, qgis_log=list(log))
        results.append(result)
    os.write(2, b"@@done\n")
    print(json.dumps({"qgis": Qgis.QGIS_VERSION, "results": results}))
    sys.stdout.flush()
    if not keep_layers:
        del LAYERS_ALIVE[:]
        gc.collect()
    app.exitQgis()
    print("exited")


if __name__ == "__main__":
    main()
