#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz and runs each, seeded from tests/data/bad
# and tests/data. New crashes land in build-fuzz/crashes/<target>/: turn each into a corpus file in
# tests/data/bad and a test.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: csv xlsx docx xls ods legacy deadline
# By default a run is the same on every machine: a fixed seed, a fresh corpus from the seeds and a
# fixed number of inputs per target (about 30 s each on an idle 2-core machine), SECONDS (default
# 60) only a cap for a slow machine. So what CI finds, this command finds again. To explore instead:
# WP_FUZZ_SEED=0 (libFuzzer picks a seed, the corpus grows from run to run) WP_FUZZ_RUNS=0 (until
# SECONDS).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(csv xlsx docx xls ods legacy deadline)
JOBS="${WP_JOBS:-$(nproc)}"
# A fixed seed: the same run on every machine, so that what CI finds is found again here with the
# same command (WP_FUZZ_SEED=0 lets libFuzzer pick one, for exploring).
SEED="${WP_FUZZ_SEED:-20261205}"
runs_of() { # inputs per target in the fixed run
  [ -n "${WP_FUZZ_RUNS:-}" ] && { echo "$WP_FUZZ_RUNS"; return; }
  case "$1" in
    csv) echo 8000 ;; xlsx) echo 20000 ;; docx) echo 4000 ;; xls) echo 30000 ;; ods) echo 16000 ;;
    legacy) echo 12000 ;; deadline) echo 400000 ;; *) echo 0 ;;
  esac
}

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DWP_FUZZ=ON \
  -DWP_BUILD_TESTS=OFF -DWP_BUILD_GUI=OFF -DWP_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz -j"$JOBS" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

status=0
for t in "${TARGETS[@]}"; do
  corpus="build-fuzz/corpus/$t"
  crashes="build-fuzz/crashes/$t"
  [ "$SEED" != 0 ] && rm -rf "$corpus" # the fixed run starts from the seeds alone
  mkdir -p "$corpus" "$crashes"
  case "$t" in
    csv) seeds=(tests/data/bad/c-*.csv tests/data/bad/*.tsv) ;;
    xlsx) seeds=(tests/data/bad/x-*.xlsx tests/data/bad/z-*) ;;
    docx) seeds=(tests/data/bad/d-*.docx tests/data/office/*.docx) ;;
    xls) seeds=(tests/data/bad/s-*.xls tests/data/office/*.xls) ;;
    ods) seeds=(tests/data/bad/o-*.ods tests/data/office/*.ods) ;;
    legacy) seeds=(tests/data/office/c-*.csv) ;;
    deadline) seeds=() ;;
  esac
  for s in "${seeds[@]}"; do
    # The seeds' huge members are kept small so that the fuzzer mutates rather than inflates.
    [ "$(stat -c %s "$s")" -le 200000 ] && cp "$s" "$corpus/"
  done
  if [ "$t" = deadline ]; then
    i=0
    for d in "Quý II" "Quý V" "Tháng 6" "15/06/2023" "31/02/2023" "Trước 30/6" "6 tháng đầu năm" \
             "Cả năm" "Năm 2023" "Thường xuyên" "Tháng 13" "29/02/2024"; do
      printf '%s' "$d" > "$corpus/seed$i"; i=$((i + 1))
    done
  fi
  runs=$(runs_of "$t")
  echo "== fuzz_$t: $([ "$runs" != 0 ] && echo "$runs inputs, ")seed $SEED, at most ${SECONDS_EACH}s"
  start=$(date +%s)
  # -fork? no: one process, so that the executions figure is exact.
  if ! ASAN_OPTIONS=detect_leaks=0 "build-fuzz/fuzz/fuzz_$t" "$corpus" -seed="$SEED" \
      -runs="$([ "$runs" = 0 ] && echo -1 || echo "$runs")" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
      -artifact_prefix="$crashes/" -print_final_stats=1 2>"build-fuzz/fuzz_$t.log"; then
    status=1
    echo "fuzz_$t found a problem: see build-fuzz/fuzz_$t.log and $crashes/"
    # What a CI log must show to reproduce it elsewhere: the report and the input itself.
    grep -v -E '^#[0-9]+ ' "build-fuzz/fuzz_$t.log" | tail -n 60
    for f in "$crashes"/*; do
      [ -f "$f" ] || continue
      echo "input $f ($(stat -c %s "$f") bytes), base64:"
      head -c 24000 "$f" | base64 -w 0; echo
    done
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/fuzz_$t.log" || true
  echo "fuzz_$t: $(( $(date +%s) - start )) s"
done
exit $status
