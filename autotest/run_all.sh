#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs the core's C tests (ctest),
# the driver's Python tests (pytest through GDAL), then every test file once under
# AddressSanitizer/UBSan (core) and valgrind (ogrinfo with the plugin).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# QGIS too, so that autotest/test_pcrs_qgis.py runs (PCRS_WITH_QGIS=0 skips it: ~5 min of install).
PCRS_WITH_QGIS=${PCRS_WITH_QGIS:-1} tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
(cd build && ctest --output-on-failure)
# python3-gdal belongs to Debian's interpreter, not to any other python3 on PATH.
PCRS_PLUGIN_DIR="$root/build" /usr/bin/python3 -m pytest -q -p no:cacheprovider autotest
autotest/memcheck.sh
