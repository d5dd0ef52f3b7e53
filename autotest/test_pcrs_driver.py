"""Driver registration, metadata, recognition, forcing and refusal of older PCRS versions."""
import shutil
import xml.etree.ElementTree as ET

import pytest
from osgeo import gdal

from pcrs_testlib import layers, open_pcrs

LYON = "real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml"


@pytest.fixture(scope="module")
def driver():
    return gdal.GetDriverByName("PCRS")


def test_driver_names(driver):
    assert driver.ShortName == "PCRS"
    assert driver.LongName == "French PCRS (Plan de Corps de Rue Simplifié)"
    assert driver.GetMetadataItem(gdal.DMD_LONGNAME) == driver.LongName


def test_driver_extensions_and_prefix(driver):
    assert set(driver.GetMetadataItem(gdal.DMD_EXTENSIONS).split()) == {"gml", "xml"}
    assert driver.GetMetadataItem(gdal.DMD_CONNECTION_PREFIX) == "PCRS:"


@pytest.mark.parametrize("item", [
    "DCAP_VECTOR", "DCAP_VIRTUALIO", "DCAP_Z_GEOMETRIES", "DCAP_CURVE_GEOMETRIES",
    "DCAP_FIELD_DOMAINS", "DCAP_RELATIONSHIPS", "DCAP_MULTIPLE_VECTOR_LAYERS", "DCAP_OPEN",
])
def test_driver_capabilities(driver, item):
    assert driver.GetMetadataItem(item) == "YES", item


def test_driver_open_options(driver):
    options = ET.fromstring(driver.GetMetadataItem(gdal.DMD_OPENOPTIONLIST))
    by_name = {o.get("name"): o for o in options.findall("Option")}
    assert {"EXPOSE_EMPTY_CLASSES", "SRS"} <= set(by_name)
    assert by_name["EXPOSE_EMPTY_CLASSES"].get("type") == "boolean"
    assert by_name["EXPOSE_EMPTY_CLASSES"].get("default", "NO").upper() in ("NO", "FALSE", "OFF")
    assert by_name["SRS"].get("type") == "string"
    for option in by_name.values():
        assert option.get("description"), option.get("name")


def test_unknown_open_option_is_a_warning(data_dir, collect_errors):
    with collect_errors() as errs:
        ds = open_pcrs(data_dir / LYON, ["NO_SUCH_OPTION=YES"])
    assert ds is not None
    assert any("NO_SUCH_OPTION" in m for m in errs.warnings), errs.text()


def test_pcrs_precedes_gml(data_dir):
    """A PCRS file opens with the PCRS driver when no driver is asked for (plugins load first)."""
    for name in (LYON, "real/cnigfr-PCRS/PCRS-info.gml", "synthetic/prefixes_bom.gml",
                 "synthetic/prefixes_weird.gml"):
        ds = gdal.OpenEx(str(data_dir / name), gdal.OF_VECTOR)
        assert ds.GetDriver().ShortName == "PCRS", name


def test_identify(data_dir):
    assert gdal.IdentifyDriverEx(str(data_dir / LYON)).ShortName == "PCRS"
    assert gdal.IdentifyDriverEx(str(data_dir / "synthetic/prefixes_bom.gml"),
                                 allowed_drivers=["PCRS"]).ShortName == "PCRS"
    for name in ("bad/wrong_root_gml.gml", "bad/wrong_root_pcrs.gml", "bad/empty.gml",
                 "bad/garbage.gml", "real/cnigfr-PCRS/67-2015-1050-6850-LA93-5M00-E100.tab"):
        assert gdal.IdentifyDriverEx(str(data_dir / name), allowed_drivers=["PCRS"]) is None, name


def test_identify_with_long_root_tag(tmp_path, data_dir):
    """The root start tag may exceed GDAL's first 1 KiB of header bytes."""
    text = (data_dir / "synthetic/prefixes_pcrs.gml").read_text(encoding="utf-8")
    padding = " ".join(f'xmlns:ns{i}="http://example.org/namespace/{i}"' for i in range(150))
    text = text.replace("<pcrs:PlanCorpsRueSimplifie ", f"<pcrs:PlanCorpsRueSimplifie {padding} ", 1)
    path = tmp_path / "long_root.gml"
    path.write_text(text, encoding="utf-8")
    assert text.index(" version=\"2.0\"") > 4096
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    assert ds.GetDriver().ShortName == "PCRS"
    assert ds.GetLayerByName("ArbrePCRS").GetFeatureCount() == 1


def test_gml_driver_can_also_read_pcrs(data_dir):
    """The GML driver can read the same file (so precedence really matters)."""
    ds = gdal.OpenEx(str(data_dir / LYON), gdal.OF_VECTOR, allowed_drivers=["GML"],
                     open_options=["WRITE_GFS=NO"])
    assert ds.GetDriver().ShortName == "GML"


def test_prefix_forces_driver(data_dir):
    ds = gdal.OpenEx("PCRS:" + str(data_dir / LYON), gdal.OF_VECTOR)
    assert ds.GetDriver().ShortName == "PCRS"
    assert ds.GetLayerCount() > 0


def test_prefix_on_missing_file(data_dir, collect_errors):
    with collect_errors() as errs, pytest.raises(RuntimeError):
        gdal.OpenEx("PCRS:" + str(data_dir / "no_such_file.gml"), gdal.OF_VECTOR)
    assert any("no_such_file.gml" in m for m in errs.failures), errs.text()


def test_not_pcrs_with_prefix_fails(data_dir, collect_errors):
    with collect_errors() as errs, pytest.raises(RuntimeError):
        gdal.OpenEx("PCRS:" + str(data_dir / "real/cnigfr-PCRS/67-2015-1050-6850-LA93-5M00-E100.tab"),
                    gdal.OF_VECTOR)
    assert errs.failures


def test_dataset_metadata(data_dir):
    ds = open_pcrs(data_dir / LYON)
    assert ds.GetMetadataItem("PCRS_VERSION") == "2.0"
    assert ds.GetMetadataItem("PCRS_GML_ID") == "gml_7b184858-d150-4794-98f2-bcc3c045f24a"
    ds = open_pcrs(data_dir / "real/cnigfr-PCRS/PCRS-info.gml")
    assert ds.GetMetadataItem("PCRS_GML_ID") == "SchemaPCRSv2"


def test_file_list(data_dir):
    ds = open_pcrs(data_dir / LYON)
    assert [str(p) for p in ds.GetFileList()] == [str(data_dir / LYON)]


# ---- Older versions of the model: recognised and refused, naming the version ----

OLD_VERSIONS = [
    ("real/pcrs-v1-strasbourg/MurPCRS.gml", "1.0"),
    ("bad/beta_no_version.gml", "beta"),
    ("bad/beta_version.gml", "beta"),
]


@pytest.mark.parametrize("name,version", OLD_VERSIONS)
def test_old_version_forced_is_an_error(data_dir, collect_errors, name, version):
    for kwargs, prefix in (({"allowed_drivers": ["PCRS"]}, ""), ({}, "PCRS:")):
        with collect_errors() as errs, pytest.raises(RuntimeError) as exc:
            gdal.OpenEx(prefix + str(data_dir / name), gdal.OF_VECTOR, **kwargs)
        messages = errs.failures + [str(exc.value)]
        assert any(version in m.lower() for m in messages), errs.text()


@pytest.mark.parametrize("name,version", OLD_VERSIONS)
def test_old_version_unforced_warns_and_gml_opens(data_dir, tmp_path, collect_errors, name, version):
    path = tmp_path / name.rsplit("/", 1)[-1]
    shutil.copy(data_dir / name, path)  # the GML driver writes a .gfs beside its input
    with collect_errors() as errs:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    assert ds.GetDriver().ShortName == "GML"
    assert any(version in m.lower() and "PCRS" in m for m in errs.warnings), errs.text()
    assert not errs.failures, errs.text()
    assert sum(layer.GetFeatureCount() for layer in layers(ds)) > 0
