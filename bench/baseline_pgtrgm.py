#!/usr/bin/env python3
"""Baseline for `glossa-bench tm`: the same memory and queries through PostgreSQL pg_trgm.

    pip install psycopg2-binary
    .build/release/glossa-bench tm --work bench-data-tm      # writes the memory and queries.tsv
    python3 bench/baseline_pgtrgm.py bench-data-tm --dsn "host=/tmp/pg port=5499 dbname=postgres"

What Weblate does: a GIN trigram index on the source text, candidates by the `%` operator
(similarity above pg_trgm.similarity_threshold), ordered by similarity(), top 10. Reports load
and index time, latency p50/p95 over all queries, and top-1 recall of the true source.
"""
import glob
import html
import io
import re
import statistics
import sys
import time

import psycopg2

work = sys.argv[1] if len(sys.argv) > 1 else "bench-data-tm"
dsn = sys.argv[sys.argv.index("--dsn") + 1] if "--dsn" in sys.argv else "dbname=postgres"

unit = re.compile(r'<tu tuid="([^"]+)"><tuv xml:lang="fr"><seg>(.*?)</seg>')
rows = io.StringIO()
count = 0
for path in sorted(glob.glob(f"{work}/tm/*.tmx")):
    with open(path, encoding="utf-8") as handle:
        for match in unit.finditer(handle.read()):
            text = html.unescape(match.group(2)).replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
            rows.write(f"{match.group(1)}\t{text}\n")
            count += 1
rows.seek(0)

connection = psycopg2.connect(dsn)
connection.autocommit = True
cursor = connection.cursor()
cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
cursor.execute("DROP TABLE IF EXISTS memory")
cursor.execute("CREATE TABLE memory (id text, source text)")
start = time.perf_counter()
cursor.copy_from(rows, "memory", columns=("id", "source"))
loaded = time.perf_counter()
cursor.execute("CREATE INDEX memory_trgm ON memory USING gin (source gin_trgm_ops)")
indexed = time.perf_counter()
cursor.execute("SELECT pg_size_pretty(pg_relation_size('memory_trgm'))")
size = cursor.fetchone()[0]
print(f"pg_trgm: {count} sentences copied in {loaded - start:.1f} s, GIN index built in {indexed - loaded:.1f} s ({size})")

queries = []
with open(f"{work}/queries.tsv", encoding="utf-8") as handle:
    for line in handle:
        truth, text = line.rstrip("\n").split("\t", 1)
        queries.append((None if truth == "-" else truth, text))

latencies, found, asked, false_matches = [], 0, 0, 0
for truth, text in queries:
    start = time.perf_counter()
    cursor.execute(
        "SELECT id, similarity(source, %s) AS score FROM memory WHERE source %% %s ORDER BY score DESC LIMIT 10",
        (text, text))
    matches = cursor.fetchall()
    latencies.append(time.perf_counter() - start)
    if truth is None:
        false_matches += bool(matches)
    else:
        asked += 1
        found += bool(matches) and matches[0][0] == truth
latencies.sort()
print(f"pg_trgm % + similarity() top 10, {len(queries)} queries: "
      f"p50 {statistics.median(latencies) * 1000:.1f} ms, p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms")
print(f"top-1 recall: {found}/{asked} ({100 * found / max(1, asked):.1f}%); no-match queries answered: {false_matches}")
