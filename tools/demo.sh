#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install the dependencies, build the plugin,
# install it under ./stage, then convert a bundled real PCRS delivery (Métropole de Lyon)
# to GeoPackage through the PCRS driver and summarise the result.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPCRS_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX="$root/stage"
cmake --build build -j2
cmake --install build
plugin_dir=$(dirname "$(find "$root/stage" -name gdal_PCRS.so | head -n 1)")
export GDAL_DRIVER_PATH="$plugin_dir"
input=autotest/data/real/cnigfr-PCRS/20200716.RIL_L264_C299_P0.gml
mkdir -p out
rm -f out/lyon.gpkg
echo "== ogrinfo --format PCRS"
ogrinfo --format PCRS | sed -n 1,12p
echo "== ogr2ogr -f GPKG out/lyon.gpkg $input"
ogr2ogr -f GPKG out/lyon.gpkg "$input"
echo "== ogrinfo -so out/lyon.gpkg"
ogrinfo -so out/lyon.gpkg
echo "== ogrinfo -so -al $input (PCRS driver, first layers)"
ogrinfo -ro -so -al "$input" | sed -n 1,60p
echo
echo "Plugin installed in $plugin_dir; use it with: export GDAL_DRIVER_PATH=$plugin_dir"
