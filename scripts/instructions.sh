#!/usr/bin/env bash
# Counts the instructions one `glossa check` executes, with valgrind's callgrind: unlike wall
# time, which drifts by 10 % or more on a shared machine, the count repeats to the instruction,
# so two builds compare on one run each. valgrind is not a build dependency:
# `apt-get install valgrind` first.
#
# usage: scripts/instructions.sh GLOSSA_BINARY TEXT GLOSSARY_DIR [callgrind output file]
# The binary is copied without its DWARF sections, which this valgrind cannot read; its
# symbols stay, so `callgrind_annotate OUTPUT | swift demangle` names the functions.
set -euo pipefail
binary=$1 text=$2 glossary=$3 output=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip --strip-debug -o "$work/glossa" "$binary"
valgrind --tool=callgrind --callgrind-out-file="${output:-$work/callgrind.out}" \
  "$work/glossa" check "$text" --lang fr --glossary "$glossary" --format json 2>&1 >/dev/null \
  | grep -o "Collected : [0-9]*"
