#!/bin/bash
# Read benchmark of the PCRS driver against GDAL's GML and GMLAS drivers (see README.md).
# Needs bash, coreutils, /usr/bin/time, the GDAL command-line tools and /usr/bin/python3
# (only to build the input file once). Installs nothing. Targets are reported as PASS/MISS;
# the exit status is non-zero only if the benchmark itself cannot run.
set -u

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$REPO/autotest/bench
WORK=$BENCH/work
LOGS=$WORK/logs
PLUGIN_DIR=${PCRS_PLUGIN_DIR:-$REPO/build}
SIZE_MB=${BENCH_SIZE_MB:-200}
BIG_MB=${BENCH_BIG_SIZE_MB:-1000}
RUNS=${BENCH_RUNS:-3}
XSD=$REPO/data/schemas/pcrs-offline/CNIG_PCRS_v2.0.xsd
GMLAS_CONF=$WORK/gmlas/gmlasconf-offline.xml

# Targets of the driver contract.
TARGET_GPKG_SPEEDUP=5     # ogr2ogr -f GPKG: GML time / PCRS time >= this
TARGET_INFO_RATIO=1       # ogrinfo -so -al: GML time / PCRS time >= this
TARGET_RSS_MB=100         # PCRS peak RSS on the 1 GB file < this

mkdir -p "$LOGS" "$WORK/home"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing" >&2; exit 2; }
command -v ogrinfo >/dev/null && command -v ogr2ogr >/dev/null ||
  { echo "bench: ogrinfo/ogr2ogr not found" >&2; exit 2; }

note() { printf '%s\n' "$*"; }

# ---------------------------------------------------------------- input
input_file() {  # size_mb -> path of the benchmark file, built if missing
  local f=$WORK/pcrs_big_${1}mb.gml
  if [ ! -s "$f" ]; then
    note "building $f ..." >&2
    /usr/bin/python3 "$BENCH/make_big.py" --size-mb "$1" -o "$f" >&2 || return 1
  fi
  printf '%s\n' "$f"
}

# Per-class counts straight from the file: the generator puts each feature's start tag on
# the line after its featureMember start tag.
expected_counts() {  # file -> "class count" lines
  grep -A1 -E '<([A-Za-z_][A-Za-z0-9_.-]*:)?featureMember[ >]' "$1" |
    grep -vE '^--$|featureMember[ >]' | grep -oE '^[[:space:]]*<[A-Za-z_][A-Za-z0-9_.:-]*' | sed 's/.*<//; s/.*://' |
    sort | uniq -c | awk '{print $2, $1}'
}

# ---------------------------------------------------------------- GMLAS offline
# GMLAS reads the offline XSD copies (relative GML imports). The config forbids downloads
# and points the schema cache at a copy of the OGC schemas named the way GMLAS names them
# (URL without http://, every char outside [A-Za-z0-9.] -> '_'), so that the original XSD
# with remote imports also resolves.
setup_gmlas() {
  local sys_conf=/usr/share/gdal/gmlasconf.xml cache=$WORK/gmlas/xsd_cache rel
  ogrinfo --formats 2>/dev/null | grep -q '^ *GMLAS ' || { note "GMLAS driver not available"; return 1; }
  [ -r "$sys_conf" ] || { note "GMLAS: $sys_conf not found"; return 1; }
  [ -r "$XSD" ] || { note "GMLAS: $XSD not found"; return 1; }
  mkdir -p "$cache"
  (cd "$REPO/data/schemas/opengis" && find . -type f -name '*.xsd') | sed 's|^\./||' |
    while read -r rel; do
      cp -f "$REPO/data/schemas/opengis/$rel" \
        "$cache/$(printf 'schemas.opengis.net/%s' "$rel" | sed 's/[^A-Za-z0-9.]/_/g')"
    done
  for rel in 1999/xlink.xsd 2001/xml.xsd; do
    cp -f "$REPO/data/schemas/w3c/$rel" "$cache/$(printf 'www.w3.org/%s' "$rel" | sed 's/[^A-Za-z0-9.]/_/g')"
  done
  sed -e 's|<AllowRemoteSchemaDownload>true<|<AllowRemoteSchemaDownload>false<|' \
      -e "0,/<Directory\/>/s|<Directory/>|<Directory>$cache</Directory>|" \
      "$sys_conf" > "$GMLAS_CONF"
}

# ---------------------------------------------------------------- measuring
# Globals set by measure(): M_SEC (median wall), M_CPU (median user+sys), M_RSS (max peak RSS, MB),
# M_RC (worst exit code). CPU time is printed too: it is less disturbed by a busy machine.
clean_outputs() { rm -f "$INPUT_GFS" "$WORK"/out_*.gpkg "$WORK"/out_*.gpkg-journal; }

measure() {  # tag runs cmd... ; stdout/stderr of the first run kept in $LOGS/<tag>.{out,err}
  local tag=$1 runs=$2 i tf=$LOGS/$1.time secs="" cpus="" rss=0 rc sec kb usr sys
  shift 2
  M_RC=0
  for ((i = 1; i <= runs; i++)); do
    clean_outputs
    /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" > "$LOGS/$tag.out.$i" 2> "$LOGS/$tag.err.$i"
    rc=$?
    [ "$rc" -gt "$M_RC" ] && M_RC=$rc
    read -r sec kb usr sys < <(tail -n 1 "$tf")
    secs+="$sec"$'\n'
    cpus+="$(awk -v u="$usr" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')"$'\n'
    [ "${kb:-0}" -gt "$rss" ] 2>/dev/null && rss=$kb
  done
  mv -f "$LOGS/$tag.out.1" "$LOGS/$tag.out"; mv -f "$LOGS/$tag.err.1" "$LOGS/$tag.err"
  rm -f "$LOGS/$tag".out.* "$LOGS/$tag".err.*
  M_SEC=$(printf '%s' "$secs" | median)
  M_CPU=$(printf '%s' "$cpus" | median)
  M_RSS=$(awk -v k="$rss" 'BEGIN {printf "%.0f", k/1024}')
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

layer_counts() {  # ogrinfo -so output -> "layer count" lines
  awk '/^Layer name: /{l=$3} /^Feature Count: /{print l, $3}' "$1"
}

ROWS=""   # "command|driver|seconds|rss|runs|note|cpu seconds" lines of the current pass
add_row() { ROWS+="$1|$2|$3|$4|$5|$6|$M_CPU"$'\n'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "") print "-"; else printf "%.2f", a / (b > 0.005 ? b : 0.005) }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }

# ---------------------------------------------------------------- one pass
run_pass() {  # size_mb with_gmlas is_big_pass
  local size=$1 with_gmlas=$2 is_big=$3 f counts=$LOGS/counts.txt drv
  f=$(input_file "$size") || { note "bench: cannot build the ${size} MB file"; return 1; }
  INPUT_GFS=${f%.*}.gfs
  ROWS=""
  rm -f "$WORK"/last_*.gpkg   # kept ones (BENCH_KEEP) of a previous pass must not be counted
  note ""
  note "=== $(basename "$f"): $(awk -v b="$(stat -c %s "$f")" 'BEGIN {printf "%.1f", b / 1e6}') MB, $(date '+%F %T'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$f" > /dev/null   # warm the page cache

  local pcrs_ok=0 pcrs_env=(env GDAL_DRIVER_PATH="$PLUGIN_DIR")
  local gml_env=(env GDAL_DRIVER_PATH="$PLUGIN_DIR" GDAL_SKIP=PCRS)
  local gmlas_env=(env GDAL_DRIVER_PATH="$PLUGIN_DIR" GDAL_SKIP=PCRS HOME="$WORK/home")
  local gmlas_src=(GMLAS:"$f" -oo XSD="$XSD" -oo CONFIG_FILE="$GMLAS_CONF" -oo REMOVE_UNUSED_LAYERS=YES)
  if [ -f "$PLUGIN_DIR/gdal_PCRS.so" ]; then pcrs_ok=1
  else note "note: $PLUGIN_DIR/gdal_PCRS.so not found (set PCRS_PLUGIN_DIR): PCRS skipped"; fi

  expected_counts "$f" | sed 's/^/file /' > "$counts"

  # ogrinfo -ro -so -al
  if [ $pcrs_ok = 1 ]; then
    measure info_pcrs "$RUNS" "${pcrs_env[@]}" ogrinfo -ro -so -al "$f"
    if grep -q "using driver \`PCRS'" "$LOGS/info_pcrs.out"; then
      add_row "ogrinfo -so -al" PCRS "$M_SEC" "$M_RSS" "$RUNS" "rc=$M_RC"
      layer_counts "$LOGS/info_pcrs.out" | sed 's/^/PCRS /' >> "$counts"
    else
      pcrs_ok=0
      note "note: the PCRS driver did not open the file (rc=$M_RC, see $LOGS/info_pcrs.{out,err}): PCRS skipped"
      head -n 5 "$LOGS/info_pcrs.err"
    fi
  fi
  measure info_gml "$RUNS" "${gml_env[@]}" ogrinfo -ro -so -al -oo WRITE_GFS=NO "$f"
  add_row "ogrinfo -so -al" GML "$M_SEC" "$M_RSS" "$RUNS" "rc=$M_RC"
  layer_counts "$LOGS/info_gml.out" | sed 's/^/GML /' >> "$counts"
  if [ "$with_gmlas" = 1 ]; then
    measure info_gmlas 1 "${gmlas_env[@]}" ogrinfo -ro -so -al "${gmlas_src[@]}"
    add_row "ogrinfo -so -al" GMLAS "$M_SEC" "$M_RSS" 1 "rc=$M_RC"
    layer_counts "$LOGS/info_gmlas.out" | sed 's/^/GMLAS /' >> "$counts"
  fi

  # ogr2ogr -f GPKG (all layers); the GeoPackages of the last run are counted afterwards
  if [ $pcrs_ok = 1 ]; then
    measure gpkg_pcrs "$RUNS" "${pcrs_env[@]}" ogr2ogr -f GPKG "$WORK/out_pcrs.gpkg" "$f"
    add_row "ogr2ogr -f GPKG" PCRS "$M_SEC" "$M_RSS" "$RUNS" "rc=$M_RC"
    mv -f "$WORK/out_pcrs.gpkg" "$WORK/last_pcrs.gpkg" 2>/dev/null
  fi
  measure gpkg_gml "$RUNS" "${gml_env[@]}" ogr2ogr -f GPKG "$WORK/out_gml.gpkg" "$f" -oo WRITE_GFS=NO
  add_row "ogr2ogr -f GPKG" GML "$M_SEC" "$M_RSS" "$RUNS" "rc=$M_RC"
  mv -f "$WORK/out_gml.gpkg" "$WORK/last_gml.gpkg" 2>/dev/null
  if [ "$with_gmlas" = 1 ]; then
    measure gpkg_gmlas 1 "${gmlas_env[@]}" ogr2ogr -f GPKG "$WORK/out_gmlas.gpkg" "${gmlas_src[@]}"
    add_row "ogr2ogr -f GPKG" GMLAS "$M_SEC" "$M_RSS" 1 "rc=$M_RC"
    mv -f "$WORK/out_gmlas.gpkg" "$WORK/last_gmlas.gpkg" 2>/dev/null
  fi
  clean_outputs
  for drv in pcrs gml gmlas; do
    [ -f "$WORK/last_$drv.gpkg" ] || continue
    ogrinfo -ro -so -al "$WORK/last_$drv.gpkg" 2>/dev/null | layer_counts /dev/stdin |
      sed "s/^/${drv^^}.gpkg /" >> "$counts"
    [ "${BENCH_KEEP:-0}" = 1 ] || rm -f "$WORK/last_$drv.gpkg"
  done

  print_table
  print_counts "$counts"
  evaluate_pass "$size" "$is_big"
}

print_table() {
  local base base_cpu
  note ""
  printf '%-17s %-6s %9s %9s %9s %5s %9s %9s  %s\n' command driver seconds "CPU s" "RSS MB" runs \
    "x PCRS" "CPU x" note
  printf '%s' "$ROWS" | while IFS='|' read -r cmd drv sec rss runs note cpu; do
    base=$(row_value "$cmd" PCRS 3); base_cpu=$(row_value "$cmd" PCRS 7)
    printf '%-17s %-6s %9s %9s %9s %5s %9s %9s  %s\n' "$cmd" "$drv" "$sec" "$cpu" "$rss" "$runs" \
      "$( [ "$drv" = PCRS ] || ratio "$sec" "$base")" "$( [ "$drv" = PCRS ] || ratio "$cpu" "$base_cpu")" "$note"
  done
  note "(seconds: wall, median of the runs; CPU s: user+sys, median; RSS: max peak of the runs;"
  note " 'x PCRS' = driver wall time / PCRS wall time, 'CPU x' the same on CPU time)"
}

# Counts per class, one column per source; GMLAS names are lower-cased, its bookkeeping tables ignored.
print_counts() {
  note ""
  note "feature counts per class (file = start tags in the file):"
  awk '
    { src = $1; name = $2; key = tolower(name); n[src, key] = $3
      if (!(src in seen)) { seen[src] = 1; order[++ns] = src }
      if (src == "file" || src == "PCRS" || src == "GML") { if (!(key in keys)) { keys[key] = name; klist[++nk] = key } } }
    END {
      printf "%-28s", "class"; for (s = 1; s <= ns; s++) printf " %10s", order[s]; printf "  agree\n"
      bad = 0
      for (k = 1; k <= nk; k++) {
        key = klist[k]; ref = n["file", key]; ok = 1
        printf "%-28s", keys[key]
        for (s = 1; s <= ns; s++) {
          v = ((order[s], key) in n) ? n[order[s], key] : "-"
          printf " %10s", v
          if (v != ref) ok = 0
          tot[order[s]] += v
        }
        printf "  %s\n", ok ? "yes" : "NO"; if (!ok) bad++
      }
      printf "%-28s", "total"; for (s = 1; s <= ns; s++) printf " %10s", tot[order[s]]; printf "\n"
      if (bad) printf "feature counts DIFFER in %d class(es)\n", bad
      else printf "feature counts agree for all %d classes\n", nk
    }' "$1"
}

# ---------------------------------------------------------------- targets
PCRS_BIG_RSS=""
row_value() {  # command driver field(3=seconds,4=rss,7=cpu seconds)
  printf '%s' "$ROWS" | awk -F'|' -v c="$1" -v d="$2" -v f="$3" '$1 == c && $2 == d {print $f}'
}
cpu_ratio() { ratio "$(row_value "$1" GML 7)" "$(row_value "$1" PCRS 7)"; }
verdict() { if "$@"; then echo PASS; else echo MISS; fi; }

evaluate_pass() {  # size_mb is_big_pass
  local size=$1 is_big=$2 p g r
  note ""
  note "targets (${size} MB):"
  p=$(row_value "ogr2ogr -f GPKG" PCRS 3); g=$(row_value "ogr2ogr -f GPKG" GML 3)
  if [ -n "$p" ] && [ -n "$g" ]; then
    r=$(ratio "$g" "$p")
    note "  ogr2ogr -f GPKG >= ${TARGET_GPKG_SPEEDUP}x faster than GML: GML/PCRS = $r (CPU: $(cpu_ratio "ogr2ogr -f GPKG"))  $(verdict ge "$r" "$TARGET_GPKG_SPEEDUP")"
  else note "  ogr2ogr -f GPKG >= ${TARGET_GPKG_SPEEDUP}x faster than GML: not measured"; fi
  p=$(row_value "ogrinfo -so -al" PCRS 3); g=$(row_value "ogrinfo -so -al" GML 3)
  if [ -n "$p" ] && [ -n "$g" ]; then
    r=$(ratio "$g" "$p")
    note "  ogrinfo -so -al no slower than GML: GML/PCRS = $r (CPU: $(cpu_ratio "ogrinfo -so -al"))  $(verdict ge "$r" "$TARGET_INFO_RATIO")"
  else note "  ogrinfo -so -al no slower than GML: not measured"; fi
  p=$(printf '%s' "$ROWS" | awk -F'|' '$2 == "PCRS" && $4 > m {m = $4} END {print m}')
  if [ -n "$p" ]; then note "  PCRS peak RSS on this file: $p MB"; fi
  if [ "$is_big" = 1 ]; then PCRS_BIG_RSS=$p; fi
  return 0
}

# ---------------------------------------------------------------- main
note "PCRS read benchmark — $(ogrinfo --version), plugin dir $PLUGIN_DIR"
WITH_GMLAS=1
if [ "${BENCH_SKIP_GMLAS:-0}" = 1 ]; then WITH_GMLAS=0; note "note: GMLAS skipped (BENCH_SKIP_GMLAS=1)"
elif ! setup_gmlas; then WITH_GMLAS=0; note "note: GMLAS cannot be set up offline: skipped"; fi

run_pass "$SIZE_MB" "$WITH_GMLAS" 0 || exit 2
if [ "${BENCH_BIG:-0}" = 1 ]; then
  # GMLAS needs about 8 minutes for ogrinfo -so on 1 GB: only on request.
  big_gmlas=0; [ "$WITH_GMLAS" = 1 ] && [ "${BENCH_BIG_GMLAS:-0}" = 1 ] && big_gmlas=1
  run_pass "$BIG_MB" "$big_gmlas" 1 || exit 2
fi

note ""
if [ -n "$PCRS_BIG_RSS" ]; then
  note "target: PCRS peak memory < ${TARGET_RSS_MB} MB on a 1 GB file: $PCRS_BIG_RSS MB  $(verdict ge "$TARGET_RSS_MB" "$((PCRS_BIG_RSS + 1))")"
else
  note "target: PCRS peak memory < ${TARGET_RSS_MB} MB on a 1 GB file: not measured (run with BENCH_BIG=1)"
fi
note "logs: $LOGS"
exit 0
