#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and benchmark gdal-pcrs.
# Does nothing when they are all present; uses sudo when not root.
set -euo pipefail
packages=(build-essential cmake pkg-config libgdal-dev gdal-bin python3-gdal python3-numpy python3-pytest
          libxml2-dev libxml2-utils libproj-dev valgrind time)
# Opt-in: QGIS for autotest/test_pcrs_qgis.py (157 more packages, ~110 MB, ~5 min on the dev machine).
if [ "${PCRS_WITH_QGIS:-0}" = "1" ]; then
  packages+=(python3-qgis qgis-providers)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
