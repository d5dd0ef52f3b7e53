"""pytest setup of the PCRS driver tests (GDAL level, through python3-gdal).

Run with Debian's interpreter, which is the one that has osgeo:
    PCRS_PLUGIN_DIR=/path/to/build /usr/bin/python3 -m pytest -q autotest
"""
import os
import pathlib
import sys
import uuid

import pytest

AUTOTEST_DIR = pathlib.Path(__file__).resolve().parent
REPO_DIR = AUTOTEST_DIR.parent

# GDAL scans GDAL_DRIVER_PATH once, when the first driver is registered:
# it must be set before osgeo is imported.
PLUGIN_DIR = os.environ.get("PCRS_PLUGIN_DIR", str(REPO_DIR / "build"))
os.environ["GDAL_DRIVER_PATH"] = PLUGIN_DIR

from osgeo import gdal, ogr  # noqa: E402  (needs GDAL_DRIVER_PATH first)

gdal.UseExceptions()
ogr.UseExceptions()

sys.path.insert(0, str(AUTOTEST_DIR))
import pcrs_testlib  # noqa: E402

PCRS_MISSING_REASON = (
    "the PCRS driver is not registered: build gdal_PCRS.so and point PCRS_PLUGIN_DIR at its "
    f"directory (looked in GDAL_DRIVER_PATH={PLUGIN_DIR})"
)


def pytest_report_header(config):
    drv = gdal.GetDriverByName("PCRS")
    state = "registered" if drv is not None else "NOT registered"
    return [f"GDAL {gdal.__version__}, GDAL_DRIVER_PATH={PLUGIN_DIR}, PCRS driver {state}"]


def pytest_collection_modifyitems(config, items):
    if gdal.GetDriverByName("PCRS") is not None:
        return
    skip = pytest.mark.skip(reason=PCRS_MISSING_REASON)
    for item in items:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def data_dir():
    return AUTOTEST_DIR / "data"


@pytest.fixture(scope="session")
def real_dir(data_dir):
    return data_dir / "real"


@pytest.fixture(scope="session")
def synthetic_dir(data_dir):
    return data_dir / "synthetic"


@pytest.fixture(scope="session")
def bad_dir(data_dir):
    return data_dir / "bad"


@pytest.fixture()
def tmp_vsimem():
    """A per-test /vsimem/ directory (pathlib.PurePosixPath), removed afterwards."""
    path = pathlib.PurePosixPath("/vsimem") / f"pcrs_test_{uuid.uuid4().hex}"
    gdal.Mkdir(str(path), 0o755)
    yield path
    gdal.RmdirRecursive(str(path))


@pytest.fixture()
def collect_errors():
    """The pcrs_testlib.collect_errors context manager: `with collect_errors() as errs:`."""
    return pcrs_testlib.collect_errors
