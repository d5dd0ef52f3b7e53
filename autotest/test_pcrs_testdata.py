"""The test data itself: synthetic files valid against the official XSD (strict GML 3.2.1),
bad files invalid or not well-formed as described, and the independent counter consistent
with the provenance table."""
import pathlib
import shutil
import subprocess

import pytest

import count_features

REPO = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = REPO / "data" / "schemas"
SYNTHETIC = sorted(p.name for p in (pathlib.Path(__file__).parent / "data" / "synthetic").glob("*.gml"))


BAD_EXPECTED = {
    "not_well_formed.gml": "not well-formed", "truncated.gml": "not well-formed",
    "unknown_element.gml": "invalid", "unknown_class.gml": "invalid", "bad_number.gml": "invalid",
    "bad_date.gml": "invalid", "missing_mandatory.gml": "invalid",
    "beta_no_version.gml": "invalid", "wrong_root_pcrs.gml": "invalid",
}


@pytest.fixture(scope="module")
def schema_verdicts(synthetic_dir, bad_dir):
    """{file name: valid | invalid | not well-formed}, from one xmllint run (the GML schemas
    take a while to compile)."""
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint not installed")
    paths = [synthetic_dir / n for n in SYNTHETIC] + [bad_dir / n for n in BAD_EXPECTED]
    proc = subprocess.run(
        ["xmllint", "--nonet", "--noout", "--schema", str(SCHEMAS / "pcrs" / "CNIG_PCRS_v2.0.xsd"),
         *[str(p) for p in paths]],
        capture_output=True, text=True, timeout=120,
        env={"XML_CATALOG_FILES": str(SCHEMAS / "catalog.xml"), "PATH": "/usr/bin:/bin"})
    verdicts = {}
    for p in paths:
        if f"{p} validates" in proc.stderr:
            verdicts[p.name] = "valid"
        elif f"{p} fails to validate" in proc.stderr:
            verdicts[p.name] = "invalid"
        else:
            verdicts[p.name] = "not well-formed"
    verdicts["_log"] = proc.stderr
    return verdicts


@pytest.mark.parametrize("name", SYNTHETIC)
def test_synthetic_file_is_schema_valid(schema_verdicts, name):
    assert schema_verdicts[name] == "valid", schema_verdicts["_log"][-3000:]


@pytest.mark.parametrize("name", sorted(BAD_EXPECTED))
def test_bad_file_is_bad(schema_verdicts, name):
    assert schema_verdicts[name] == BAD_EXPECTED[name]


def test_all_classes_holds_every_concrete_class(synthetic_dir):
    classes = count_features.concrete_classes()
    counts = count_features.count(synthetic_dir / "all_classes.gml")
    assert set(counts) == classes[count_features.NS_PCRS] | classes[count_features.NS_PCRS_INFO]


def test_counter_counts_nested_features(synthetic_dir):
    counts = count_features.count(synthetic_dir / "nested.gml")
    assert counts["PointLevePCRS"] == 4 and counts["HabillageLignesPCRS"] == 1
    assert sum(counts.values()) == 15


def test_counter_cli(real_dir, capsys):
    assert count_features.main([str(real_dir / "cnigfr-PCRS/PCRS-info.gml")]) == 0
    assert capsys.readouterr().out.split("\n")[:2] == ["EmpriseDisponibilitePCRS 1", "InitiativePCRS 1"]
