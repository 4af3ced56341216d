#!/usr/bin/env python3
"""Baseline for `glossa-bench check`: pyahocorasick over unidecode-folded text.

Usage: python3 bench/baseline_aho.py bench-data/glossary/bench.tsv bench-data/news.txt

Finds every listed French spelling of the glossary (accent- and case-folded, whole words
only) in the text. It knows nothing of transliteration variants, elision or plurals: it is
the "plain keyword search" a checker is compared with. Prints MB/s end to end (read, fold,
match) and for the matching step alone.
"""
import sys
import time

import ahocorasick
from unidecode import unidecode


def main(glossary_path, text_path):
    start = time.perf_counter()
    automaton = ahocorasick.Automaton()
    with open(glossary_path, encoding="utf-8") as glossary:
        next(glossary)
        for line in glossary:
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 4 and fields[2] == "fr" and fields[4]:
                key = unidecode(fields[4]).lower()
                automaton.add_word(key, fields[0])
    automaton.make_automaton()
    built = time.perf_counter()

    with open(text_path, encoding="utf-8") as source:
        text = source.read()
    folded = unidecode(text).lower()
    folded_at = time.perf_counter()

    matches = 0
    for end, _ in automaton.iter(folded):
        matches += 1
    matched_at = time.perf_counter()

    megabytes = len(text.encode("utf-8")) / 1_048_576
    print(f"pyahocorasick baseline: {matches} raw matches in {megabytes:.1f} MB")
    print(f"automaton build {built - start:.2f} s; read and fold {folded_at - built:.2f} s; match {matched_at - folded_at:.2f} s")
    print(f"end to end {megabytes / (matched_at - start):.1f} MB/s; matching alone {megabytes / (matched_at - folded_at):.1f} MB/s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
