#!/usr/bin/python3
"""Benchmark of the raster side of the PCRS driver (issue 4, item 8). Prints figures; never a test.

    PCRS_PLUGIN_DIR=build /usr/bin/python3 autotest/bench/bench_raster.py [--tiles 10000] [--keep] [--only produce]

In one run, on the same tiles, against gdalbuildvrt + the VRT:
  1. opening a folder of >= 10 000 small named tiles (gdalinfo PCRS:<folder> vs gdalbuildvrt + gdalinfo);
  2. gdal_translate of a window at full resolution;
  3. gdal_translate of the whole extent at an overview level (tiles with internal overviews), and between
     two levels (3b); PCRS and VRT runs alternate, and their outputs are compared;
and against gdal_retile.py:
  4. producing a delivery (200 m tiles of 1000 px, DEFLATE) from a large source: ours with its defaults
     against the issue's command, then like for like (same codec, level, predictor, block size; retile's
     tiles given the same internal overviews with gdaladdo), with the size of each delivery.
Inputs and outputs live in --work (default autotest/bench/work/raster, git-ignored), removed unless --keep.
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


def best_of_pair(runs, fn_a, fn_b):
    """best_of() for two commands whose runs alternate (a fairer comparison on a loaded machine)."""
    samples = {fn_a: ([], []), fn_b: ([], [])}
    for _ in range(runs):
        for fn in (fn_a, fn_b):
            start, cpu = time.perf_counter(), children_cpu()
            fn()
            samples[fn][0].append(time.perf_counter() - start)
            samples[fn][1].append(children_cpu() - cpu)
    return tuple(Timing(min(samples[fn][0]), min(samples[fn][1])) for fn in (fn_a, fn_b))


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
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--only", choices=["all", "produce"], default="all",
                        help="produce: section 4 only (producing a delivery)")
    parser.add_argument("--work", type=pathlib.Path, default=HERE / "work" / "raster",
                        help="work folder, emptied first (default autotest/bench/work/raster)")
    args = parser.parse_args()
    if gdal.GetDriverByName("PCRS") is None or gdal.GetDriverByName("PCRS").GetMetadataItem("DCAP_RASTER") != "YES":
        sys.exit(f"no raster PCRS driver in GDAL_DRIVER_PATH={os.environ['GDAL_DRIVER_PATH']}")
    if shutil.which("gdal_retile.py") is None:
        sys.exit("gdal_retile.py not found (Debian package python3-gdal)")

    work = args.work.resolve()
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
    attributes = ["PRODUCTEUR=bench", "DATE_ACQUISITION=2021-06-01", "DATE_RECETTE=2021-09-01",
                  "PRECISION_PLANIMETRIQUE_CORPS_DE_RUE=005", "PRECISION_PLANIMETRIQUE_ZONE_NATURELLE=010",
                  "DESCRIPTION_ELEMENTS_QUALITE=bench", "EMPRISE_FOURNISSEUR=bench",
                  "EMPRISE_DATE_PUBLICATION=2021-10-01", "EMPRISE_ID_EMPRISE=bench"]
    # Our defaults spelt out for gdal_retile.py (doc/pcrs_raster.md, "Producing a delivery").
    same_codec = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=2", "BLOCKXSIZE=512", "BLOCKYSIZE=512"]

    def produce_ours(*options):
        def produce():
            shutil.rmtree(ours, ignore_errors=True)
            cos = [arg for o in attributes + list(options) for arg in ("-co", o)]
            run(["gdal_translate", "-q", "-of", "PCRS", source, ours / "catalogue.gml", *cos])
        return produce

    def produce_retile(options, overviews=False):
        def produce():
            shutil.rmtree(retile, ignore_errors=True)
            retile.mkdir()
            run(["gdal_retile.py", "-q", "-ps", "1000", "1000", *[a for o in options for a in ("-co", o)],
                 "-targetDir", retile, source])
            if overviews:
                # Internal overviews as ours (factors 2 and 4, AVERAGE, same codec), in one process as a
                # script would do it: the tiles are decoded again to build them.
                run([sys.executable, "-c", "import sys; from osgeo import gdal\n"
                     "for f in sys.argv[1:]:\n"
                     "    gdal.SetConfigOption('COMPRESS_OVERVIEW', 'DEFLATE')\n"
                     "    gdal.SetConfigOption('PREDICTOR_OVERVIEW', '2')\n"
                     "    gdal.SetConfigOption('ZLEVEL_OVERVIEW', '2')\n"
                     "    ds = gdal.Open(f, gdal.GA_Update); ds.BuildOverviews('AVERAGE', [2, 4]); ds = None",
                     *sorted(retile.glob("*.tif"))])
        return produce

    def delivery(folder):
        files = [f for f in folder.iterdir() if f.is_file()]
        return len([f for f in files if f.suffix == ".tif"]), sum(f.stat().st_size for f in files) / 1e6

    lines = []  # (label, timing, tiles, MB)

    def measure(label, fn, folder):
        timing = best_of(args.runs, fn)
        lines.append((label, timing, *delivery(folder)))
        return timing

    issue_retile = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2"]
    t_ours = measure("PCRS, defaults (DEFLATE level 2, overviews, catalogue)",
                     produce_ours(), ours)
    t_retile = measure("retile, issue's command (TILED, DEFLATE, PREDICTOR=2)",
                       produce_retile(issue_retile), retile)
    t_retile_same = measure("retile, our creation options (+ZLEVEL=2, 512 px blocks)",
                            produce_retile(same_codec), retile)
    t_retile_ovr = measure("retile, our creation options + overviews (gdaladdo 2 4)",
                           produce_retile(same_codec, overviews=True), retile)
    t_ours_noov = measure("PCRS, -co OVERVIEWS=NO", produce_ours("OVERVIEWS=NO"), ours)
    t_ours_l6 = measure("PCRS, -co LEVEL=6 (GDAL's default level)", produce_ours("LEVEL=6"), ours)
    t_ours_zstd = measure("PCRS, -co COMPRESS=ZSTD (level 1)", produce_ours("COMPRESS=ZSTD"), ours)
    produce_ours()()  # the delivery read by sections 2 and 3
    print("\n4. producing a delivery from the source: gdal_translate -of PCRS or gdal_retile.py -ps 1000 1000 "
          f"(200 m tiles of 1000 px, tiled, predictor); best of {args.runs}; CPU = user + system")
    for label, timing, count, size in lines:
        print(f"   {label:62s}: {timing}, {timing.cpu / timing.wall:4.0%} CPU  {count} tiles, {size:6.1f} MB")
    print("   ours always holds 2 overview levels per tile (except OVERVIEWS=NO) and the RasterPCRS catalogue; "
          "retile's tiles have neither unless gdaladdo is run")
    print(f"   (a) speed-up, defaults vs the issue's retile command (target >= 5x): {ratio(t_retile, t_ours)}")
    print(f"   (b) like for like, same options: without overviews {ratio(t_retile_same, t_ours_noov)}; "
          f"with the same overviews {ratio(t_retile_ovr, t_ours)}")
    print(f"   other codecs: LEVEL=6 {ratio(t_retile, t_ours_l6)}; ZSTD level 1 {ratio(t_retile, t_ours_zstd)} "
          "(vs the issue's retile command)")
    if args.only == "produce":
        if not args.keep:
            shutil.rmtree(work)
        return

    # ---- 3. Whole extent at an overview level, and 2. a window at full resolution ----
    vrt = work / "delivery.vrt"
    tiles = sorted(str(p) for p in ours.glob("*.tif"))
    # -addalpha: the same RGBA output as the mosaic (transparent where no tile).
    run(["gdalbuildvrt", "-q", "-addalpha", vrt] + tiles)

    def translate(src, out, *opts):
        return lambda: run(["gdal_translate", "-q", src, out, *opts])

    def compare(label, *opts):
        """Runs of the two alternate, so that both see the same load; then the two outputs compared."""
        out_ours, out_vrt = work / "out_pcrs.tif", work / "out_vrt.tif"
        t_ours, t_vrt = best_of_pair(args.runs, translate(ours / "catalogue.gml", out_ours, *opts),
                                     translate(vrt, out_vrt, *opts))
        same = np.array_equal(gdal.Open(str(out_ours)).ReadAsArray(), gdal.Open(str(out_vrt)).ReadAsArray())
        print(label)
        print(f"   PCRS catalogue: {t_ours}   VRT (-addalpha): {t_vrt}   same pixels: {'yes' if same else 'NO'}")
        print(f"   VRT / PCRS: {ratio(t_vrt, t_ours)} (target >= 1.2)")

    print()
    compare("2. gdal_translate of a 3000 x 3000 window at full resolution (across 16 tiles), RGBA",
            "-srcwin", str(n // 2 - 1500), str(n // 2 - 1500), "3000", "3000")
    compare("3. gdal_translate of the whole extent at 1/4 (the tiles' 2nd overview level), RGBA",
            "-outsize", str(n // 4), str(n // 4))
    compare("3b. the same at 30 % (between two levels: resampled from the 1st overview level), RGBA",
            "-outsize", str(n * 3 // 10), str(n * 3 // 10))

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
