#!/usr/bin/env bash
# Builds glossa-fuzz with libFuzzer and AddressSanitizer, then runs each fuzz target for
# SECONDS (default 30), seeded with its regression inputs. A crash leaves
# .build-fuzz/crash-TARGET-* behind and makes this script fail; copy the file into
# Tests/GlossaFuzzingTests/Regressions/TARGET/ once fixed.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(bilingual glossary-import glossary csv text check tokenizer)

rm -f .build-fuzz/*/glossa-fuzz .build-fuzz/*/*/glossa-fuzz  # linker flags alone do not trigger a relink
swift build --product glossa-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library \
  -Xlinker --undefined=LLVMFuzzerRunDriver -Xlinker --export-dynamic-symbol=LLVMFuzzerRunDriver
fuzzer=$(swift build --product glossa-fuzz --scratch-path .build-fuzz --show-bin-path)/glossa-fuzz

for target in "${targets[@]}"; do
  corpus=.build-fuzz/corpus/$target
  mkdir -p "$corpus"
  cp Tests/GlossaFuzzingTests/Regressions/"$target"/* "$corpus"/ 2>/dev/null || true
  echo "fuzzing $target for ${seconds}s"
  # -detect_leaks=0: FoundationXML leaks a CFString per parse error (seen here); leaks are not the point.
  ASAN_OPTIONS=detect_leaks=0 GLOSSA_FUZZ_TARGET=$target "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=65536 -detect_leaks=0 \
    -artifact_prefix=".build-fuzz/crash-$target-" -print_final_stats=1 "$corpus" 2>&1 \
    | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)|Done [0-9]+ runs" || true
  if ls .build-fuzz/crash-"$target"-* >/dev/null 2>&1; then
    echo "fuzz target $target crashed: $(ls .build-fuzz/crash-"$target"-*)" >&2
    exit 1
  fi
done
