#!/usr/bin/env python3
"""Baseline for `glossa-bench tm`: the same memory and queries through rapidfuzz.

    pip install rapidfuzz
    .build/release/glossa-bench tm --work bench-data-tm      # writes the memory and queries.tsv
    python3 bench/baseline_tm.py bench-data-tm [--queries 50]

For each query, rapidfuzz's process.extract scores every stored French sentence with
fuzz.ratio (character Levenshtein, 0-100) and keeps the top 10 at 70 or more: a full scan,
which is what a memory without an index does. Reports latency p50/p95 and top-1 recall.
"""
import glob
import html
import re
import statistics
import sys
import time

from rapidfuzz import fuzz, process

work = sys.argv[1] if len(sys.argv) > 1 else "bench-data-tm"
limit = int(sys.argv[sys.argv.index("--queries") + 1]) if "--queries" in sys.argv else 50

unit = re.compile(r'<tu tuid="([^"]+)"><tuv xml:lang="fr"><seg>(.*?)</seg>')
ids, sources = [], []
start = time.perf_counter()
for path in sorted(glob.glob(f"{work}/tm/*.tmx")):
    with open(path, encoding="utf-8") as handle:
        for match in unit.finditer(handle.read()):
            ids.append(match.group(1))
            sources.append(html.unescape(match.group(2)))
print(f"loaded {len(sources)} sentences in {time.perf_counter() - start:.1f} s")

queries = []
with open(f"{work}/queries.tsv", encoding="utf-8") as handle:
    for line in handle:
        truth, text = line.rstrip("\n").split("\t", 1)
        queries.append((None if truth == "-" else truth, text))
# The edited queries come first and the no-match ones last: take from both.
chosen = queries[: limit * 4 // 5] + queries[-(limit - limit * 4 // 5):]

latencies, found, asked, false_matches = [], 0, 0, 0
for truth, text in chosen:
    start = time.perf_counter()
    matches = process.extract(text, sources, scorer=fuzz.ratio, limit=10, score_cutoff=70)
    latencies.append(time.perf_counter() - start)
    if truth is None:
        false_matches += bool(matches)
    else:
        asked += 1
        found += bool(matches) and ids[matches[0][2]] == truth
latencies.sort()
print(f"rapidfuzz process.extract(fuzz.ratio), {len(chosen)} queries: "
      f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms")
print(f"top-1 recall: {found}/{asked} ({100 * found / max(1, asked):.1f}%); no-match queries answered: {false_matches}")
