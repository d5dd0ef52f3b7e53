#!/usr/bin/python3
"""Benchmark of the raster side of the PCRS driver (issue 4, item 8). Prints figures; never a test.

    PCRS_PLUGIN_DIR=build /usr/bin/python3 autotest/bench/bench_raster.py [--tiles 10000] [--keep]

In one run, on the same tiles, against gdalbuildvrt + the VRT:
  1. opening a folder of >= 10 000 small named tiles (gdalinfo PCRS:<folder> vs gdalbuildvrt + gdalinfo);
  2. gdal_translate of a window at full resolution;
  3. gdal_translate of the whole extent at an overview level (tiles with internal overviews);
and against gdal_retile.py:
  4. producing a delivery (200 m tiles of 1000 px, DEFLATE) from a large source.
Inputs and outputs live in autotest/bench/work/raster (git-ignored), removed unless --keep.
Times are the best of --runs runs (warm file cache).
"""
import argparse
import os
import pathlib
import resource
import shutil
import subprocess
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
os.environ.setdefault("GDAL_DRIVER_PATH", os.environ.get("PCRS_PLUGIN_DIR", str(REPO / "build")))
from osgeo import gdal  # noqa: E402

gdal.UseExceptions()


def run(cmd, quiet=True):
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{proc.stderr[-2000:]}")
    return proc


class Timing:
    """Best wall time and best CPU time (user + system of the child processes) over the runs.
    CPU time is the fairer figure on a shared machine; wall time shows the parallelism."""

    def __init__(self, wall, cpu):
        self.wall, self.cpu = wall, cpu

    def __str__(self):
        return f"{self.wall:7.2f} s wall, {self.cpu:7.2f} s CPU"


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_of(runs, fn):
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), children_cpu()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(children_cpu() - cpu)
    return Timing(min(walls), min(cpus))


def ratio(slow, fast):
    return f"{slow.wall / fast.wall:.2f}x wall, {slow.cpu / fast.cpu:.2f}x CPU"


def make_source(path, size, res, x0, y0):
    """A size x size RGB image: gradients plus mild noise (compresses like an orthophoto, roughly)."""
    rng = np.random.default_rng(42)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 3, gdal.GDT_Byte,
                                             ["TILED=YES", "COMPRESS=LZW", "PREDICTOR=2"])
    ds.SetGeoTransform([x0, res, 0, y0, 0, -res])
    ds.SetProjection("EPSG:2154")
    strip = 500
    for y in range(0, size, strip):
        h = min(strip, size - y)
        yy, xx = np.mgrid[y:y + h, 0:size]
        for b in range(3):
            base = (xx * (b + 1) // 7 + yy * (3 - b) // 5 + (xx * yy) // 9973) % 256
            noise = rng.integers(-6, 7, (h, size))
            ds.GetRasterBand(b + 1).WriteArray(np.clip(base + noise, 0, 255).astype(np.uint8), 0, y)
    for b in range(3):
        ds.GetRasterBand(b + 1).SetColorInterpretation(gdal.GCI_RedBand + b)
    ds = None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tiles", type=int, default=10000, help="small tiles of the folder benchmark (a square)")
    parser.add_argument("--source-px", type=int, default=10000, help="side of the large source (pixels)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep autotest/bench/work/raster")
    args = parser.parse_args()
    if gdal.GetDriverByName("PCRS") is None or gdal.GetDriverByName("PCRS").GetMetadataItem("DCAP_RASTER") != "YES":
        sys.exit(f"no raster PCRS driver in GDAL_DRIVER_PATH={os.environ['GDAL_DRIVER_PATH']}")
    if shutil.which("gdal_retile.py") is None:
        sys.exit("gdal_retile.py not found (Debian package python3-gdal)")

    work = HERE / "work" / "raster"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    print(f"GDAL {gdal.__version__}, {os.cpu_count()} CPUs, work dir {work}")

    # ---- The large source: 0.2 m pixels, 200 m tiles of 1000 px ----
    n = args.source_px
    source = work / "source.tif"
    t = time.perf_counter()
    make_source(source, n, 0.2, 496000.0, 6612400.0)
    print(f"source: {n} x {n} RGB at 0.2 m ({n * n * 3 / 1e6:.0f} MB raw), made in {time.perf_counter() - t:.1f} s")

    # ---- 4. Producing a delivery ----
    ours = work / "delivery"
    retile = work / "retile"

    def produce_ours():
        if ours.exists():
            shutil.rmtree(ours)
        run(["gdal_translate", "-q", "-of", "PCRS", source, ours / "catalogue.gml", "-co", "PRODUCTEUR=bench",
             "-co", "DATE_ACQUISITION=2021-06-01", "-co", "DATE_RECETTE=2021-09-01",
             "-co", "PRECISION_PLANIMETRIQUE_CORPS_DE_RUE=005", "-co", "PRECISION_PLANIMETRIQUE_ZONE_NATURELLE=010",
             "-co", "DESCRIPTION_ELEMENTS_QUALITE=bench"])

    def produce_retile():
        if retile.exists():
            shutil.rmtree(retile)
        retile.mkdir()
        run(["gdal_retile.py", "-q", "-ps", "1000", "1000", "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE",
             "-co", "PREDICTOR=2", "-targetDir", retile, source])

    t_ours = best_of(args.runs, produce_ours)
    t_ours_noov = best_of(args.runs, lambda: (shutil.rmtree(ours, ignore_errors=True),
                                              run(["gdal_translate", "-q", "-of", "PCRS", source, ours / "catalogue.gml",
                                                   "-co", "OVERVIEWS=NO"])))
    t_retile = best_of(args.runs, produce_retile)
    n_ours = len(list(ours.glob("*.tif")))
    n_retile = len(list(retile.glob("*.tif")))
    t_ours_zstd = best_of(args.runs, lambda: (shutil.rmtree(ours, ignore_errors=True),
                                              run(["gdal_translate", "-q", "-of", "PCRS", source, ours / "catalogue.gml",
                                                   "-co", "COMPRESS=ZSTD"])))
    produce_ours()
    print("\n4. producing a delivery from the source (200 m tiles of 1000 px, tiled, predictor)")
    print(f"   gdal_translate -of PCRS, DEFLATE, 2 overview levels, catalogue: {t_ours}  ({n_ours} tiles)")
    print(f"   gdal_translate -of PCRS, DEFLATE, -co OVERVIEWS=NO           : {t_ours_noov}")
    print(f"   gdal_translate -of PCRS, -co COMPRESS=ZSTD (level 1), overviews: {t_ours_zstd}")
    print(f"   gdal_retile.py -ps 1000 1000, DEFLATE (no overviews/catalogue): {t_retile}  ({n_retile} tiles)")
    print(f"   speed-up vs gdal_retile (target >= 5x): DEFLATE+overviews {ratio(t_retile, t_ours)}; "
          f"DEFLATE no overviews {ratio(t_retile, t_ours_noov)}; ZSTD+overviews {ratio(t_retile, t_ours_zstd)}")

    # ---- 3. Whole extent at an overview level, and 2. a window at full resolution ----
    vrt = work / "delivery.vrt"
    tiles = sorted(str(p) for p in ours.glob("*.tif"))
    # -addalpha: the same RGBA output as the mosaic (transparent where no tile).
    run(["gdalbuildvrt", "-q", "-addalpha", vrt] + tiles)
    out = work / "out.tif"

    def translate(src, *opts):
        return lambda: run(["gdal_translate", "-q", src, out, *opts])

    quarter = [str(n // 4), str(n // 4)]
    t_ov_ours = best_of(args.runs, translate(ours / "catalogue.gml", "-outsize", *quarter))
    t_ov_vrt = best_of(args.runs, translate(vrt, "-outsize", *quarter))
    win = ["-srcwin", str(n // 2 - 1500), str(n // 2 - 1500), "3000", "3000"]
    t_win_ours = best_of(args.runs, translate(ours / "catalogue.gml", *win))
    t_win_vrt = best_of(args.runs, translate(vrt, *win))
    print("\n2. gdal_translate of a 3000 x 3000 window at full resolution (across 16 tiles), RGBA")
    print(f"   PCRS catalogue: {t_win_ours}   VRT (-addalpha): {t_win_vrt}")
    print(f"   VRT / PCRS: {ratio(t_win_vrt, t_win_ours)} (target >= 1)")
    print("3. gdal_translate of the whole extent at 1/4 (the tiles' 2nd overview level), RGBA")
    print(f"   PCRS catalogue: {t_ov_ours}   VRT (-addalpha): {t_ov_vrt}")
    print(f"   VRT / PCRS: {ratio(t_ov_vrt, t_ov_ours)} (target >= 1)")

    # ---- 1. Opening a folder of small named tiles ----
    side = int(round(args.tiles ** 0.5))
    small_res = 200.0 / 100  # 100 px tiles of 200 m
    small_src = work / "small_source.vrt"
    gdal.Translate(str(small_src), str(source), format="VRT", width=side * 100, height=side * 100,
                   outputBounds=[496000, 6612400, 496000 + side * 200, 6612400 - side * 200])
    folder = work / "folder"
    t = time.perf_counter()
    run(["gdal_translate", "-q", "-of", "PCRS", small_src, folder / "catalogue.gml", "-co", "OVERVIEWS=NO"])
    (folder / "catalogue.gml").unlink()
    print(f"\n1. opening a folder of {len(list(folder.glob('*.tif')))} tiles of 100 x 100 px "
          f"(made in {time.perf_counter() - t:.1f} s)")
    small_vrt = work / "folder.vrt"
    listing = work / "list.txt"
    listing.write_text("\n".join(sorted(str(p) for p in folder.glob("*.tif"))))
    t_open_ours = best_of(args.runs, lambda: run(["gdalinfo", "-nofl", f"PCRS:{folder}"]))
    t_build = best_of(args.runs, lambda: run(["gdalbuildvrt", "-q", "-addalpha", "-input_file_list", listing,
                                              small_vrt]))
    t_open_vrt = best_of(args.runs, lambda: run(["gdalinfo", "-nofl", small_vrt]))
    t_vrt = Timing(t_build.wall + t_open_vrt.wall, t_build.cpu + t_open_vrt.cpu)
    print(f"   gdalinfo -nofl PCRS:<folder>                   : {t_open_ours}")
    print(f"   gdalbuildvrt -addalpha + gdalinfo -nofl the VRT: {t_vrt}")
    print(f"   speed-up: {ratio(t_vrt, t_open_ours)} (target >= 20x)")
    start = time.perf_counter()
    gdal.Open(f"PCRS:{folder}")
    print(f"   in process, gdal.Open(PCRS:<folder>): {(time.perf_counter() - start) * 1000:.0f} ms")

    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
