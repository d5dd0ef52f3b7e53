"""pcrs_validate, the command-line tool (issue #5): every planted problem of
autotest/data/validate/ found with its rule code and line, real samples,
exit codes, JSON, text, map output, archives and folders, raster deliveries.

The tool is looked for in $PCRS_VALIDATE_TOOL, else beside the plugin
($PCRS_PLUGIN_DIR, default <repo>/build). Data: autotest/data/validate/
(regenerate with make_cases.py). Findings about a feature are on the line of
its start tag; XSD findings on libxml2's line.
"""
import json
import os
import pathlib
import shutil
import subprocess
import zipfile

import pytest
from osgeo import gdal, ogr, osr

AUTOTEST_DIR = pathlib.Path(__file__).resolve().parent
REPO_DIR = AUTOTEST_DIR.parent
DATA = AUTOTEST_DIR / "data" / "validate"
REAL = AUTOTEST_DIR / "data" / "real"
TODAY = "2024-06-01"

# file → (extra options, the exact set of (rule, line) found; None = no line)
EXPECTED = {
    "valid.gml": ([], set()),
    # ARB1 again at 18, and its geometry's id ARB1.g again at 26
    "identifiers.gml": ([], {("PCRS-ID-001", 18), ("PCRS-ID-001", 26), ("PCRS-ID-004", 31),
                             ("PCRS-ID-003", 44), ("PCRS-ID-004", 63)}),
    # geometry vs geometry, geometry vs its own feature, feature vs an earlier geometry, root
    "gml_ids.gml": ([], {("PCRS-ID-001", 26), ("PCRS-ID-001", 39), ("PCRS-ID-001", 57),
                         ("PCRS-ID-001", 69)}),
    "links.gml": ([], {("PCRS-LINK-001", 5), ("PCRS-LINK-003", 5), ("PCRS-LINK-002", 18),
                       ("PCRS-LINK-003", 31), ("PCRS-LINK-004", 61)}),
    "crs.gml": ([], {("PCRS-CRS-001", 18), ("PCRS-CRS-002", 18), ("PCRS-CRS-003", 31)}),
    "altitude.gml": ([], {("PCRS-Z-001", 5), ("PCRS-Z-002", 31)}),
    "thematique.gml": ([], {("PCRS-THEM-001", 5), ("PCRS-THEM-001", 41)}),
    "geometry.gml": ([], {("PCRS-GEOM-003", 5), ("PCRS-GEOM-005", 36), ("PCRS-GEOM-002", 41),
                          ("PCRS-GEOM-006", 46), ("PCRS-GEOM-002", 58), ("PCRS-GEOM-009", 70),
                          ("PCRS-GEOM-007", 82)}),
    # the reader refuses an open ring (GEOM-001 with its reason) before GEOM-004 could
    "geometry_unreadable.gml": ([], {("PCRS-GEOM-001", 13), ("PCRS-GEOM-001", 21),
                                     ("PCRS-GEOM-008", 25)}),
    "precision.gml": ([], {("PCRS-PREC-001", 5), ("PCRS-PREC-002", 31), ("PCRS-PREC-003", 44),
                           ("PCRS-RAS-001", 44)}),
    "values.gml": ([], {("PCRS-VAL-002", 5), ("PCRS-VAL-003", 18), ("PCRS-VAL-004", 31),
                        ("PCRS-VAL-005", 54), ("PCRS-VAL-006", 63), ("PCRS-RAS-001", 63)}),
    "no_emprise.gml": ([], {("PCRS-DOC-003", None)}),
    "two_emprises.gml": ([], {("PCRS-DOC-004", None)}),
    "no_schema.gml": (["--no-schema"], {("PCRS-VAL-001", 5), ("PCRS-VAL-007", 15),
                                        ("PCRS-READ-001", 36)}),
    "not_pcrs.gml": ([], {("PCRS-DOC-002", 2)}),
    "not_well_formed.gml": ([], {("PCRS-DOC-001", 24)}),
    "schema.gml": ([], {("PCRS-XSD-001", 13), ("PCRS-XSD-002", 22), ("PCRS-XSD-002", 33),
                        ("PCRS-XSD-003", 53), ("PCRS-XSD-004", 58), ("PCRS-XSD-004", 66),
                        ("PCRS-XSD-002", 80)}),
}
# Schema-valid files whose XSD findings must be none.
XSD_CLEAN = [name for name in EXPECTED if name not in ("schema.gml", "no_schema.gml",
                                                       "not_pcrs.gml", "not_well_formed.gml")]


@pytest.fixture(scope="session")
def tool():
    path = os.environ.get("PCRS_VALIDATE_TOOL")
    if not path:
        path = os.path.join(os.environ.get("PCRS_PLUGIN_DIR", str(REPO_DIR / "build")),
                            "pcrs_validate")
    if not os.access(path, os.X_OK):
        pytest.skip(f"pcrs_validate not built ({path}); set PCRS_VALIDATE_TOOL")
    return path


def run(tool, *args, cwd=None):
    p = subprocess.run([tool, "--today", TODAY, *map(str, args)], capture_output=True,
                       text=True, cwd=cwd, timeout=300)
    return p.returncode, p.stdout, p.stderr


def run_json(tool, *args, cwd=None):
    rc, out, err = run(tool, "--format", "json", *args, cwd=cwd)
    assert rc in (0, 1, 2), err
    return rc, json.loads(out)


def found(report, prefix=None):
    return {(f["rule"], f["line"]) for f in report["findings"]
            if prefix is None or f["rule"].startswith(prefix)}


def schema_hook_works(tool):
    _, report = run_json(tool, DATA / "schema.gml")
    return any(f["rule"].startswith("PCRS-XSD") for f in report["findings"])


# ---- planted problems ----

@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_planted_findings(tool, name, jobs):
    options, expected = EXPECTED[name]
    rc, report = run_json(tool, "--jobs", jobs, *options, DATA / name)
    got = found(report)
    if any(code.startswith("PCRS-XSD") for code, _ in expected) and not schema_hook_works(tool):
        pytest.xfail("the reader does not report schema errors yet (pcrs_reader_options.xml_schema)")
    assert got == expected
    errors = any(f["severity"] == "error" for f in report["findings"])
    unreadable = name in ("not_pcrs.gml", "not_well_formed.gml")
    assert rc == (2 if unreadable else 1 if errors else 0)


@pytest.mark.parametrize("name", XSD_CLEAN)
def test_schema_valid_files_have_no_xsd_finding(tool, name):
    _, report = run_json(tool, DATA / name)
    assert not found(report, "PCRS-XSD")


def test_findings_name_the_feature(tool):
    _, report = run_json(tool, DATA / "identifiers.gml")
    dup = [f for f in report["findings"] if f["rule"] == "PCRS-ID-004"][0]
    assert dup["gml_id"] == "ARB3" and dup["class"] == "ArbrePCRS"
    assert dup["element"] == "<pcrs:idObjet>" and dup["value"] == "ido-1" and dup["expected"] == "5"
    assert dup["x"] == pytest.approx(652003) and dup["epsg"] == 2154
    assert dup["file"].endswith("identifiers.gml")


def test_duplicate_gml_ids_of_geometries(tool):
    for options in ([], ["--no-schema"]):
        _, report = run_json(tool, *options, DATA / "gml_ids.gml")
        dups = {f["line"]: f for f in report["findings"] if f["rule"] == "PCRS-ID-001"}
        assert sorted(dups) == [26, 39, 57, 69], options
        # the second occurrence, named with the feature it is in, and the first one's line
        assert (dups[26]["value"], dups[26]["expected"], dups[26]["gml_id"]) == ("ARB1.g", "13", "ARB2")
        assert (dups[39]["value"], dups[39]["expected"], dups[39]["gml_id"]) == ("ARB3", "31", "ARB3")
        assert dups[39]["class"] == "ArbrePCRS" and dups[39]["x"] == pytest.approx(652003)
        assert (dups[57]["value"], dups[57]["expected"]) == ("LIM1", "52")
        assert dups[57]["class"] == "LimiteVoiriePCRS"
        assert (dups[69]["value"], dups[69]["expected"]) == ("DOC", "3")


def test_schema_findings_are_completed_with_their_feature(tool):
    if not schema_hook_works(tool):
        pytest.xfail("the reader does not report schema errors yet")
    _, report = run_json(tool, DATA / "schema.gml")
    enum = [f for f in report["findings"] if (f["rule"], f["line"]) == ("PCRS-XSD-002", 22)][0]
    assert enum["element"] == "<pcrs:thematique>"
    assert "enumeration" in enum["detail"]
    assert enum["gml_id"] == "ARB2" and enum["class"] == "ArbrePCRS" and enum["x"] is not None


def test_future_dates_depend_on_today(tool):
    rc, out, _ = run(tool, "--format", "json", DATA / "values.gml")  # --today given first
    p = subprocess.run([tool, "--format", "json", "--today", "2031-01-01", str(DATA / "values.gml")],
                       capture_output=True, text=True)
    assert ("PCRS-VAL-003", 18) in found(json.loads(out))
    assert ("PCRS-VAL-003", 18) not in found(json.loads(p.stdout))


# ---- --jobs 2: the schema on a second thread, the same report as one pass ----

def same_in_both_modes(tool, *args, stdin=None):
    """Runs with --jobs 1 and --jobs 2; returns the report after checking
    that exit codes and JSON are byte-identical."""
    runs = [subprocess.run([tool, "--today", TODAY, "--format", "json", "--jobs", jobs,
                            *map(str, args)], capture_output=True, text=True, input=stdin,
                           timeout=300) for jobs in ("1", "2")]
    assert runs[0].returncode == runs[1].returncode, runs[1].stderr
    assert runs[0].stdout == runs[1].stdout
    return runs[1].returncode, json.loads(runs[1].stdout)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_jobs_give_the_same_report(tool, name):
    same_in_both_modes(tool, *EXPECTED[name][0], DATA / name)


def test_jobs_same_report_on_folders_archives_and_real_samples(tool, tmp_path):
    archive = tmp_path / "delivery.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for name in ("schema.gml", "links.gml", "not_well_formed.gml"):
            z.write(DATA / name, name)
    same_in_both_modes(tool, DATA, archive)
    for options in ([], ["--gml-3.2.2"], ["--max-per-rule", "1", "--lang", "en"]):
        same_in_both_modes(tool, *options, *sorted(REAL.rglob("*.gml")))


def test_jobs_2_not_well_formed_reported_once(tool):
    rc, report = same_in_both_modes(tool, DATA / "not_well_formed.gml")
    assert rc == 2
    assert [(f["rule"], f["line"]) for f in report["findings"]] == [("PCRS-DOC-001", 24)]


def test_jobs_2_lyon_samples_have_no_error(tool):
    files = sorted((REAL / "cnigfr-PCRS").glob("20200716.*.gml"))
    rc, report = same_in_both_modes(tool, *files)
    assert rc == 0 and report["summary"]["errors"] == 0


def planted_copies(tmp_path, count, name):
    """valid.gml's first feature `count` times, each with an impossible date:
    one XSD and one rule finding per copy."""
    text = (DATA / "valid.gml").read_text()
    start = text.index("<pcrs:featureMember>")
    end = text.index("</pcrs:featureMember>") + len("</pcrs:featureMember>")
    member = text[start:end]
    copies = "\n".join(member.replace('gml:id="ARB1"', f'gml:id="A{i}"')
                        .replace("ARB1.g", f"A{i}.g").replace("2021-03-04", "2021-02-30")
                        for i in range(count))
    path = tmp_path / name
    path.write_text(text[:start] + copies + text[end:])
    return path


def test_jobs_2_many_schema_errors(tool, tmp_path):
    # past the findings completed with their feature (50000), one pass again
    for count in (300, 50010):
        rc, report = same_in_both_modes(tool, planted_copies(tmp_path, count, f"dates{count}.gml"))
        per_rule = {r["rule"]: r["count"] for r in report["summary"]["rules"]}
        assert per_rule["PCRS-XSD-002"] == count


def test_jobs_2_input_read_once(tool):
    # standard input cannot be opened twice: one pass
    text = (DATA / "schema.gml").read_text()
    rc, report = same_in_both_modes(tool, "/vsistdin/", stdin=text)
    assert ("PCRS-XSD-002", 22) in found(report)


def test_jobs_option(tool):
    assert run(tool, "--jobs", "0", DATA / "valid.gml")[0] == 3
    assert run(tool, "--jobs", "x", DATA / "valid.gml")[0] == 3
    assert run(tool, "--jobs", "8", DATA / "valid.gml")[0] == 0
    assert "--jobs" in run(tool)[2]


# ---- real samples ----

def test_lyon_samples_have_no_error(tool):
    files = sorted((REAL / "cnigfr-PCRS").glob("20200716.*.gml"))
    assert len(files) == 5
    rc, report = run_json(tool, *files)
    assert rc == 0
    assert report["summary"]["errors"] == 0
    assert len(report["files"]) == 5
    assert all(f["kind"] == "pcrs" and f["features"] > 0 for f in report["files"])


def test_pcrs_info_sample_broken_link(tool):
    rc, report = run_json(tool, REAL / "cnigfr-PCRS" / "PCRS-info.gml")
    assert rc == 1
    assert ("PCRS-LINK-001", 10) in found(report)
    assert report["summary"]["errors"] == 1


def test_montaigu_strict_and_lenient_gml(tool):
    sample = REAL / "geovendee-montaigu" / "GeoVendee_PCRS_Montaigu_posList.gml"
    rc, lenient = run_json(tool, "--gml-3.2.2", sample)
    assert rc == 0 and not found(lenient, "PCRS-XSD")
    if not schema_hook_works(tool):
        pytest.xfail("the reader does not report schema errors yet")
    rc, strict = run_json(tool, sample)
    assert rc == 1
    assert ("PCRS-XSD-003", 12) in found(strict)  # gml:Polygon without gml:id


# ---- exit codes, formats ----

def test_exit_codes(tool, tmp_path):
    assert run(tool, DATA / "valid.gml")[0] == 0
    assert run(tool, DATA / "altitude.gml")[0] == 0      # warnings only
    assert run(tool, DATA / "links.gml")[0] == 1
    assert run(tool, DATA / "not_well_formed.gml")[0] == 2
    assert run(tool, tmp_path / "absent.gml")[0] == 2
    assert run(tool, DATA / "valid.gml", DATA / "not_pcrs.gml")[0] == 2
    assert run(tool, "--format", "xml", DATA / "valid.gml")[0] == 3
    assert run(tool)[0] == 3


def test_json_report(tool):
    rc, report = run_json(tool, DATA / "geometry.gml", DATA / "links.gml")
    assert report["tool"] == "pcrs_validate" and report["lang"] == "fr"
    assert [pathlib.Path(f["path"]).name for f in report["files"]] == ["geometry.gml", "links.gml"]
    per_rule = {r["rule"]: r["count"] for r in report["summary"]["rules"]}
    for code, count in per_rule.items():
        assert count == sum(1 for f in report["findings"] if f["rule"] == code)
    assert report["summary"]["errors"] == sum(1 for f in report["findings"]
                                              if f["severity"] == "error")
    for f in report["findings"]:
        assert set(f) >= {"rule", "severity", "file", "line", "element", "gml_id", "class",
                          "message", "x", "y", "epsg"}
        assert f["message"]


def test_text_report_languages(tool):
    _, fr, _ = run(tool, "--lang", "fr", DATA / "identifiers.gml")
    _, en, _ = run(tool, "--lang", "en", DATA / "identifiers.gml")
    assert "identifiers.gml:31: erreur PCRS-ID-004 [ArbrePCRS gml:id=ARB3]: " \
           "<pcrs:idObjet> 'ido-1' déjà utilisé ligne 5" in fr
    assert "identifiers.gml:31: error PCRS-ID-004" in en and "already used at line 5" in en
    assert "Résumé par règle" in fr and "Summary per rule" in en
    assert "5 erreur(s)" in fr and "5 error(s)" in en
    _, quiet, _ = run(tool, "-q", "--lang", "en", DATA / "identifiers.gml")
    assert "PCRS-ID-004" in quiet and "already used" not in quiet


def test_output_file(tool, tmp_path):
    out = tmp_path / "report.json"
    rc, stdout, _ = run(tool, "--format", "json", "-o", out, DATA / "links.gml")
    assert rc == 1 and stdout == ""
    assert json.loads(out.read_text())["summary"]["errors"] == 4


@pytest.mark.parametrize("ext,driver", [("gpkg", "GPKG"), ("geojson", "GeoJSON")])
def test_map_output(tool, tmp_path, ext, driver):
    out = tmp_path / f"findings.{ext}"
    _, report = run_json(tool, "--map", out, DATA / "geometry.gml")
    located = [f for f in report["findings"] if f["x"] is not None]
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    assert ds.GetDriver().ShortName == driver
    lyr = ds.GetLayer(0)
    assert lyr.GetName() == "findings" or driver == "GeoJSON"
    assert lyr.GetFeatureCount() == len(located) == len(report["findings"])
    srs = lyr.GetSpatialRef()
    assert srs is not None and srs.GetAuthorityCode(None) == "2154"
    rules = sorted(f.GetField("rule") for f in lyr)
    assert rules == sorted(f["rule"] for f in located)
    lyr.ResetReading()
    hole = [f for f in lyr if f.GetField("rule") == "PCRS-GEOM-005"][0]
    assert hole.GetField("gml_id") == "AENV1" and hole.GetField("line") == 36
    assert hole.GetField("severity") == "error" and hole.GetField("message")
    assert hole.GetGeometryRef().GetX() == pytest.approx(652011)


def test_rules_listing_and_documentation(tool):
    doc = (REPO_DIR / "doc" / "pcrs_validate.md").read_text(encoding="utf-8")
    for lang in ("en", "fr"):
        rc, out, _ = run(tool, "--rules", "--lang", lang)
        assert rc == 0
        codes = [line.split("`")[1] for line in out.splitlines() if line.startswith("| `")]
        assert len(codes) == len(set(codes)) >= 50
        table = doc.split(f"<!-- rules:{lang} ")[1].split("-->", 1)[1].split(f"<!-- /rules:{lang} -->")[0]
        assert table.strip() == out.strip(), \
            f"doc/pcrs_validate.md: paste `pcrs_validate --rules --lang {lang}` between its markers"


# ---- archives and folders ----

def test_zip_archive(tool, tmp_path):
    archive = tmp_path / "delivery.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(DATA / "links.gml", "livraison/links.gml")
        z.write(DATA / "identifiers.gml", "livraison/identifiers.gml")
        z.writestr("livraison/metadonnees.xml", "<MD_Metadata/>")
    rc, report = run_json(tool, archive)
    assert rc == 1
    by_file = {}
    for f in report["findings"]:
        by_file.setdefault(pathlib.PurePosixPath(f["file"]).name, set()).add((f["rule"], f["line"]))
    assert by_file["links.gml"] == EXPECTED["links.gml"][1]
    assert by_file["identifiers.gml"] == EXPECTED["identifiers.gml"][1]
    assert by_file["metadonnees.xml"] == {("PCRS-DOC-006", None)}
    assert all(f["file"].startswith("/vsizip/") for f in report["findings"])


def test_folder(tool, tmp_path):
    for name in ("valid.gml", "altitude.gml"):
        shutil.copy(DATA / name, tmp_path / name)
    (tmp_path / "notes.txt").write_text("not looked at")
    rc, report = run_json(tool, tmp_path)
    assert rc == 0
    assert sorted(pathlib.Path(f["path"]).name for f in report["files"]) == ["altitude.gml",
                                                                           "valid.gml"]
    empty = tmp_path / "empty"
    empty.mkdir()
    rc, report = run_json(tool, empty)
    assert rc == 1 and found(report) == {("PCRS-DOC-005", None)}


# ---- raster delivery ----

def make_tile(path, x0, size=200, pixel=0.05, epsg=2154, value=None, options=("COMPRESS=DEFLATE",),
              georeferenced=True, top=6862010):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 3, gdal.GDT_Byte,
                                              list(options))
    if georeferenced:
        ds.SetGeoTransform((x0, pixel, 0, top, 0, -pixel))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        ds.SetSpatialRef(srs)
    for b in range(1, 4):
        band = ds.GetRasterBand(b)
        if value is None:
            row = bytes((i * 7 + b * 40) % 256 for i in range(size))
            band.WriteRaster(0, 0, size, size, row * size)
        else:
            band.Fill(value)
    ds = None


@pytest.fixture()
def raster_delivery(tmp_path):
    shutil.copy(DATA / "raster" / "catalogue.gml", tmp_path / "catalogue.gml")
    make_tile(tmp_path / "ok.tif", 652000)
    make_tile(tmp_path / "black.tif", 652020, value=0)
    make_tile(tmp_path / "wrongcrs.tif", 652030, epsg=3946)
    make_tile(tmp_path / "shifted.tif", 652043)
    make_tile(tmp_path / "coarse.tif", 652050, size=50, pixel=0.2)
    make_tile(tmp_path / "nogeo.tif", 652060, georeferenced=False)
    (tmp_path / "broken.tif").write_bytes(b"II*\x00 this is not a TIFF" * 10)
    make_tile(tmp_path / "lossy.tif", 652080, options=("COMPRESS=JPEG",))
    make_tile(tmp_path / "extra.tif", 652200)
    return tmp_path


def test_raster_delivery(tool, raster_delivery):
    rc, report = run_json(tool, raster_delivery)
    assert rc == 1
    tiles = {(pathlib.Path(f["file"]).name, f["rule"]) for f in report["findings"]}
    assert ("catalogue.gml", "PCRS-RAS-001") in tiles     # missing.tif
    assert ("catalogue.gml", "PCRS-RAS-010") in tiles     # ok.tif named twice
    assert ("extra.tif", "PCRS-RAS-002") in tiles
    assert ("broken.tif", "PCRS-RAS-003") in tiles
    assert ("nogeo.tif", "PCRS-RAS-004") in tiles
    assert ("wrongcrs.tif", "PCRS-RAS-005") in tiles
    assert ("shifted.tif", "PCRS-RAS-006") in tiles
    assert ("coarse.tif", "PCRS-RAS-007") in tiles
    assert ("black.tif", "PCRS-RAS-008") in tiles
    assert ("lossy.tif", "PCRS-RAS-009") in tiles
    assert ("ok.tif", "PCRS-RAS-011") in tiles
    missing = [f for f in report["findings"] if f["rule"] == "PCRS-RAS-001"]
    assert [(f["line"], f["value"], f["gml_id"]) for f in missing] == [(20, "missing.tif", "RAS2")]
    ras = {f["rule"] for f in report["findings"] if f["rule"].startswith("PCRS-RAS")}
    for name in ("ok.tif", "extra.tif"):
        assert not {r for (n, r) in tiles if n == name} - {"PCRS-RAS-011", "PCRS-RAS-002"}
    assert len(ras) == 11
    # nothing written beside the tiles (no .aux.xml)
    assert not list(raster_delivery.glob("*.aux.xml"))


def test_named_tiles_without_catalogue(tool, tmp_path):
    make_tile(tmp_path / "a.tif", 652000)
    make_tile(tmp_path / "b.tif", 652010, epsg=3946)
    rc, report = run_json(tool, tmp_path)
    assert rc == 1
    assert {(pathlib.Path(f["file"]).name, f["rule"]) for f in report["findings"]} == {
        ("a.tif", "PCRS-RAS-011"), ("b.tif", "PCRS-RAS-011"), ("b.tif", "PCRS-RAS-005")}


def test_named_tiles_checked_against_their_names(tool, tmp_path):
    # IGN_HM pattern: year-XXXXX-YYYYY (hectometres, north-west corner)-CRS-resolution-bands
    top = 6862000
    make_tile(tmp_path / "2020-06520-68620-LA93-0M05-RVB.tif", 652000, top=top)
    make_tile(tmp_path / "2020-06530-68620-LA93-0M05-RVB.tif", 652020, top=top)   # shifted
    make_tile(tmp_path / "2020-06540-68620-LA93-0M10-RVB.tif", 654000, top=top)   # 5 cm, not 10
    make_tile(tmp_path / "2020-06550-68620-CC46-0M05-RVB.tif", 655000, top=top)   # EPSG:2154
    _, report = run_json(tool, tmp_path)
    got = {(pathlib.Path(f["file"]).name[5:16], f["rule"]) for f in report["findings"]
           if f["rule"] != "PCRS-RAS-011"}
    assert got == {("06530-68620", "PCRS-RAS-006"), ("06540-68620", "PCRS-RAS-007"),
                   ("06550-68620", "PCRS-RAS-005")}


# ---- The same checks from GDAL: the driver's VALIDATE=YES open option ----

def _open_messages(path, collect_errors, **open_options):
    options = [f"{k}={v}" for k, v in open_options.items()]
    with collect_errors() as errors:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, allowed_drivers=["PCRS"], open_options=options)
    assert ds is not None
    return errors.messages()


def test_driver_validate_option_reports_findings(collect_errors):
    path = DATA / "links.gml"
    plain = _open_messages(path, collect_errors)
    checked = _open_messages(path, collect_errors, VALIDATE="YES")
    assert not any("PCRS-LINK-" in m for m in plain)
    link_findings = [m for m in checked if "PCRS-LINK-" in m]
    assert link_findings, checked
    # Each finding names the file and a line, like the tool's report.
    assert all(m.startswith(str(path) + ":") for m in link_findings)


def test_driver_validate_option_checks_geometry_gml_ids(collect_errors):
    """The reader keeps no geometry gml:id: VALIDATE=YES watches them during the open, so the
    driver reports the same duplicates as the tool (geometry vs geometry, vs a feature, vs the root)."""
    path = DATA / "gml_ids.gml"
    checked = _open_messages(path, collect_errors, VALIDATE="YES")
    lines = sorted(int(m.split(":")[1]) for m in checked if "PCRS-ID-001" in m)
    assert lines == [26, 39, 57, 69], checked
    assert any("'ARB1.g' already used at line 13" in m for m in checked), checked


def test_driver_validate_option_quiet_on_valid_sample(collect_errors):
    path = REAL / "cnigfr-PCRS" / "20200716.RIL_L260_C340_P0.gml"
    checked = _open_messages(path, collect_errors, VALIDATE="YES")
    assert not any(" error PCRS-" in m for m in checked), checked
