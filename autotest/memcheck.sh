#!/bin/bash
# CI memory-safety step: every test file once under a memory checker.
#  (a) the core's C tests (ctest) built with ASan/UBSan in build-asan/;
#  (b) `ogrinfo -ro -al -q` under valgrind on every *.gml / *.xml of autotest/data (<= 5 MB),
#      with the normal plugin build. Only errors with a frame in gdal_PCRS.so or in the
#      driver's sources count (GDAL/PROJ exit-time leaks do not); a crash or a hang always counts.
# Exit status: 0 when nothing was found, 1 otherwise (the findings are printed).
# Environment: PCRS_PLUGIN_DIR (default <repo>/build), PCRS_ASAN_DIR (default <repo>/build-asan),
#   MEMCHECK_SKIP_ASAN=1 / MEMCHECK_SKIP_VALGRIND=1, MEMCHECK_TIMEOUT (s per file or test, default 300).
set -u

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLUGIN_DIR=${PCRS_PLUGIN_DIR:-$REPO/build}
ASAN_DIR=${PCRS_ASAN_DIR:-$REPO/build-asan}
MAX_BYTES=$((5 * 1024 * 1024))
TIMEOUT=${MEMCHECK_TIMEOUT:-300}
SUPP=$REPO/autotest/valgrind.supp
# A frame is ours when it is in the plugin or in the driver's sources (full paths, see
# --fullpath-after=), or is a pcrs_ function of the core.
OUR_FRAME='gdal_PCRS\.so|/driver/(core|gdal)/|[^A-Za-z0-9_]pcrs_[A-Za-z0-9_]'

# ---------------------------------------------------------------- one file (run by xargs)
# Prints one line: "PASS <file> <note>" or "FAIL <file> <reason>"; the valgrind log is kept.
check_one() {
  local file=$1 work=$2 rel copy log rc supp_opt=() findings
  rel=${file#"$REPO"/autotest/data/}
  copy=$work/files/$rel
  log=$work/logs/${rel//\//__}.valgrind.txt
  mkdir -p "$(dirname "$copy")"
  cp -f "$file" "$copy"   # drivers that write beside the input (GML's .gfs) write in $work
  [ -r "$SUPP" ] && supp_opt=(--suppressions="$SUPP")
  GDAL_DRIVER_PATH=$PLUGIN_DIR timeout "$TIMEOUT" \
    valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
      --show-leak-kinds=definite --num-callers=40 --fullpath-after= "${supp_opt[@]}" \
      --log-file="$log" ogrinfo -ro -al -q "$copy" > /dev/null 2> "$log.stderr"
  rc=$?
  if [ "$rc" = 124 ]; then echo "FAIL $rel timeout after ${TIMEOUT}s (hang?)"; return; fi
  if grep -q 'Process terminating with default action of signal' "$log"; then
    echo "FAIL $rel crashed ($(grep -m1 -o 'signal [0-9]* ([A-Z]*)' "$log"))"; return
  fi
  findings=$(our_errors "$log" | grep -c '^--- error')
  if [ "$findings" -gt 0 ]; then echo "FAIL $rel $findings error(s) in the driver"; return; fi
  case $rc in
    0) echo "PASS $rel opened" ;;
    99) echo "PASS $rel opened; valgrind errors outside the driver only" ;;
    *) echo "PASS $rel open failed (rc=$rc), no memory error" ;;
  esac
}

# The error records of a valgrind log that have at least one of our frames.
our_errors() {
  sed -E 's/^==[0-9]+== ?//' "$1" | awk -v ours="$OUR_FRAME" '
    function flush() {
      if (nframes > 0 && mine) { print "--- error"; printf "%s", block }
      block = ""; nframes = 0; mine = 0
    }
    /^$/ { flush(); next }
    { block = block $0 "\n"
      if ($0 ~ /^ *(at|by) 0x/) { nframes++; if ($0 ~ ours) mine = 1 } }
    END { flush() }'
}

if [ "${1:-}" = --check-one ]; then check_one "$2" "$3"; exit 0; fi

# ---------------------------------------------------------------- main
PASSED=0 FAILED=0
REPORT=""

run_asan() {
  local log=$ASAN_DIR/memcheck-ctest.txt summary total failed
  echo "== (a) core tests under ASan/UBSan in $ASAN_DIR"
  if ! cmake -S "$REPO" -B "$ASAN_DIR" -DPCRS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug > /dev/null ||
     ! cmake --build "$ASAN_DIR" -j2 > "$ASAN_DIR/memcheck-build.txt" 2>&1; then
    tail -n 30 "$ASAN_DIR/memcheck-build.txt" 2>/dev/null
    echo "FAIL sanitizer build"
    FAILED=$((FAILED + 1)); REPORT+="sanitizer build failed (see $ASAN_DIR/memcheck-build.txt)"$'\n'
    return
  fi
  (cd "$ASAN_DIR" &&
    ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest -j2 --timeout "$TIMEOUT" --output-on-failure) > "$log" 2>&1
  summary=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log")
  if [ -z "$summary" ]; then
    grep -q 'No tests were found' "$log" && { echo "note: no ctest test found"; return; }
    cat "$log"; echo "FAIL ctest did not run"
    FAILED=$((FAILED + 1)); REPORT+="ctest did not run"$'\n'; return
  fi
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<< "$summary")
  failed=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<< "$summary")
  PASSED=$((PASSED + total - failed)); FAILED=$((FAILED + failed))
  if [ "$failed" -gt 0 ]; then
    cat "$log"
    REPORT+="$(grep -E '^\s+[0-9]+ - ' "$log")"$'\n'
    if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log"; then
      REPORT+="  (sanitizer reports above)"$'\n'
    else
      REPORT+="  (no sanitizer report: the test's own checks failed)"$'\n'
    fi
  fi
  echo "$summary"
}

run_valgrind() {
  local work files=() f size results
  echo "== (b) ogrinfo -ro -al -q under valgrind, plugin from $PLUGIN_DIR"
  if [ ! -f "$PLUGIN_DIR/gdal_PCRS.so" ]; then
    echo "FAIL $PLUGIN_DIR/gdal_PCRS.so not found (build it, or set PCRS_PLUGIN_DIR)"
    FAILED=$((FAILED + 1)); REPORT+="plugin not built"$'\n'; return
  fi
  command -v valgrind > /dev/null || { echo "FAIL valgrind not installed"; FAILED=$((FAILED + 1)); return; }
  work=$(mktemp -d "${TMPDIR:-/tmp}/pcrs-memcheck.XXXXXX")
  mkdir -p "$work/logs"
  while IFS= read -r -d '' f; do
    size=$(stat -c %s "$f")
    if [ "$size" -gt "$MAX_BYTES" ]; then echo "SKIP ${f#"$REPO"/autotest/data/} ($size bytes > 5 MB)"; continue; fi
    files+=("$f")
  done < <(find "$REPO/autotest/data" -type f \( -name '*.gml' -o -name '*.xml' \) -print0 | sort -z)

  results=$(printf '%s\0' "${files[@]}" |
    xargs -0 -P2 -I{} bash "${BASH_SOURCE[0]}" --check-one {} "$work" | sort -k2)
  echo "$results"
  PASSED=$((PASSED + $(grep -c '^PASS' <<< "$results")))
  FAILED=$((FAILED + $(grep -c '^FAIL' <<< "$results")))
  local shown=0 log
  while read -r _ rel _; do
    [ -n "$rel" ] || continue
    REPORT+="$rel"$'\n'
    shown=$((shown + 1)); [ "$shown" -le 5 ] || continue   # the others are in the logs
    log=$work/logs/${rel//\//__}.valgrind.txt
    echo; echo "---------------- $rel: valgrind report ($log)"
    if our_errors "$log" | grep -q .; then our_errors "$log"; else cat "$log" "$log.stderr"; fi
  done < <(grep '^FAIL' <<< "$results")
  [ "$shown" -le 5 ] || echo "(reports of the $((shown - 5)) other failing files: see the logs)"
  if grep -q '^FAIL' <<< "$results"; then echo "logs kept in $work"; else rm -rf "$work"; fi
}

[ "${MEMCHECK_SKIP_ASAN:-0}" = 1 ] || run_asan
[ "${MEMCHECK_SKIP_VALGRIND:-0}" = 1 ] || run_valgrind

echo
[ -n "$REPORT" ] && printf 'findings:\n%s' "$REPORT"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
