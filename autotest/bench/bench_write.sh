#!/bin/bash
# Write benchmark of the PCRS driver against GDAL's GML writer (see bench_write.md).
# A large delivery (>= 500,000 features, the Lyon samples repeated) is put in a GeoPackage once,
# then written with `ogr2ogr -f PCRS` and with `ogr2ogr -f GML -dsco FORMAT=GML3.2` in the same
# run; wall time and peak RSS by /usr/bin/time, ratios printed, targets reported as PASS/MISS.
# The exit status is non-zero only if the benchmark itself cannot run.
set -u

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$REPO/autotest/bench
WORK=$BENCH/work/write
PLUGIN_DIR=${PCRS_PLUGIN_DIR:-$REPO/build}
REPEAT=${BENCH_WRITE_REPEAT:-760}          # 661 features per repetition: 760 -> 502,360
SMALL_REPEAT=${BENCH_WRITE_SMALL_REPEAT:-190}  # a quarter, to see how memory grows
RUNS=${BENCH_RUNS:-1}
VALIDATE=${BENCH_VALIDATE:-1}
MIN_FEATURES=500000

TARGET_SPEED_RATIO=1   # GML time / PCRS time >= this
TARGET_RSS_MB=200      # PCRS peak RSS on the large delivery < this

mkdir -p "$WORK"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing" >&2; exit 2; }
command -v ogr2ogr >/dev/null && command -v ogrinfo >/dev/null ||
  { echo "bench: ogr2ogr/ogrinfo not found" >&2; exit 2; }
[ -f "$PLUGIN_DIR/gdal_PCRS.so" ] || { echo "bench: no gdal_PCRS.so in $PLUGIN_DIR (set PCRS_PLUGIN_DIR)" >&2; exit 2; }
export GDAL_DRIVER_PATH=$PLUGIN_DIR

note() { printf '%s\n' "$*"; }

# GeoPackage of K repetitions of the Lyon samples, made by the PCRS reader (built once).
source_gpkg() {  # repeat -> path
  local gml=$WORK/source_r$1.gml gpkg=$WORK/source_r$1.gpkg
  if [ ! -s "$gpkg" ]; then
    note "building $gpkg ..." >&2
    /usr/bin/python3 "$BENCH/make_big.py" --repeat "$1" -o "$gml" >&2 || return 1
    rm -f "$gpkg"
    ogr2ogr -f GPKG "$gpkg" "$gml" 2>/dev/null || { rm -f "$gpkg"; return 1; }
    rm -f "$gml"
  fi
  printf '%s\n' "$gpkg"
}

feature_count() {  # gpkg -> total number of features
  ogrinfo -ro -so -al "$1" 2>/dev/null | awk '/^Feature Count:/ {n += $3} END {print n + 0}'
}

# Median wall time and largest peak RSS (MB) of RUNS runs of a command writing $OUT.
measure() {  # label command...
  local label=$1; shift
  local times=() rss=0 i t m
  for ((i = 0; i < RUNS; i++)); do
    rm -f "$OUT" "${OUT%.*}.xsd" "${OUT%.*}.gfs"
    sync
    /usr/bin/time -f '%e %M' -o "$WORK/last_time.txt" "$@" >/dev/null 2>"$WORK/last_stderr.txt"
    read -r t m < <(tail -1 "$WORK/last_time.txt")
    if [ ! -s "$OUT" ]; then
      note "  $label: FAILED (no output); stderr:" >&2
      tail -5 "$WORK/last_stderr.txt" >&2
      return 1
    fi
    times+=("$t")
    ((m > rss)) && rss=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  printf '%s %s %s\n' "$median" "$((rss / 1024))" "$(stat -c %s "$OUT")"
}

pass_or_miss() { if awk "BEGIN {exit !($1)}"; then echo PASS; else echo MISS; fi; }

run_pass() {  # repeat -> prints the table rows, sets PCRS_T PCRS_RSS GML_T GML_RSS
  local gpkg n
  gpkg=$(source_gpkg "$1") || { echo "bench: cannot build the source for $1 repetitions" >&2; exit 2; }
  n=$(feature_count "$gpkg")
  note ""
  note "== $(basename "$gpkg"): $n features, $(($(stat -c %s "$gpkg") / 1000000)) MB, runs: $RUNS"
  cat "$gpkg" > /dev/null  # warm cache

  OUT=$WORK/out_pcrs.gml
  read -r PCRS_T PCRS_RSS PCRS_SIZE < <(measure "PCRS" ogr2ogr -f PCRS "$OUT" "$gpkg") || exit 2
  local warnings
  warnings=$(grep -c '^Warning' "$WORK/last_stderr.txt")
  if [ "$VALIDATE" = 1 ]; then
    local v
    v=$(XML_CATALOG_FILES=$REPO/data/schemas/catalog.xml xmllint --nonet --noout --stream \
          --schema "$REPO/data/schemas/pcrs/CNIG_PCRS_v2.0.xsd" "$OUT" 2>&1 | grep -v 'parser warning' | tail -1)
    note "  PCRS output: ${v##*/}"
  fi
  OUT=$WORK/out_gml.gml
  read -r GML_T GML_RSS GML_SIZE < <(GDAL_SKIP=PCRS measure "GML" ogr2ogr -f GML -dsco FORMAT=GML3.2 "$OUT" "$gpkg") || exit 2
  rm -f "$WORK/out_pcrs.gml" "$WORK/out_gml.gml" "$WORK/out_gml.xsd"

  printf '  %-40s %9s %9s %10s\n' "command" "seconds" "peak MB" "output MB"
  printf '  %-40s %9.2f %9d %10d\n' "ogr2ogr -f PCRS" "$PCRS_T" "$PCRS_RSS" "$((PCRS_SIZE / 1000000))"
  printf '  %-40s %9.2f %9d %10d\n' "ogr2ogr -f GML -dsco FORMAT=GML3.2" "$GML_T" "$GML_RSS" "$((GML_SIZE / 1000000))"
  printf '  ratios GML/PCRS: time %.2f, peak memory %.2f; PCRS: %.0f features/s, %s warnings\n' \
    "$(awk "BEGIN {print $GML_T / $PCRS_T}")" "$(awk "BEGIN {print $GML_RSS / $PCRS_RSS}")" \
    "$(awk "BEGIN {print $n / $PCRS_T}")" "$warnings"
  FEATURES=$n
}

note "PCRS write benchmark — GDAL $(gdal-config --version 2>/dev/null || ogrinfo --version), plugin $PLUGIN_DIR"
run_pass "$SMALL_REPEAT"
SMALL_RSS=$PCRS_RSS SMALL_N=$FEATURES
run_pass "$REPEAT"

note ""
note "Targets"
note "  at least $MIN_FEATURES features: $FEATURES -> $(pass_or_miss "$FEATURES >= $MIN_FEATURES")"
note "  as fast as GDAL's GML writer: GML/PCRS time $(awk "BEGIN {printf \"%.2f\", $GML_T / $PCRS_T}") >= $TARGET_SPEED_RATIO -> $(pass_or_miss "$GML_T / $PCRS_T >= $TARGET_SPEED_RATIO")"
note "  memory bounded: ${PCRS_RSS} MB < $TARGET_RSS_MB MB -> $(pass_or_miss "$PCRS_RSS < $TARGET_RSS_MB");" \
     "x$(awk "BEGIN {printf \"%.1f\", $FEATURES / $SMALL_N}") features -> x$(awk "BEGIN {printf \"%.2f\", $PCRS_RSS / $SMALL_RSS}") peak memory"
