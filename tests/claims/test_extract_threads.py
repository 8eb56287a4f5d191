"""Extraction is the same whatever the number of threads (issue 12, item 10).

Why a fresh interpreter: the race was in tables filled lazily on first use (the Arabic cue index),
so only a process that has never extracted can lose it; the flow's concurrent prepare tasks are such
a process. Each run starts 8 threads at one barrier, with a tiny switch interval so that threads
interleave inside the first extraction, and must print exactly what one thread prints.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("articles", "heldout", "blind", "blind2", "blind3")
RUNS = 20

_CHILD = r"""
import sys, threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from claims.extract import extract_claims
from claims.extract.core.files import read_document

paths = [Path(p) for p in sys.argv[1:]]
docs = [read_document(p) for p in paths]  # reading and cleaning only: no extractor table is touched yet
sys.setswitchinterval(1e-6)
barrier = threading.Barrier(8)


def run(i):
    if i < 8:
        barrier.wait()
    return "\n".join(c.model_dump_json() for c in extract_claims(docs[i]))


with ThreadPoolExecutor(max_workers=8) as pool:
    out = list(pool.map(run, range(len(docs))))
sys.stdout.write("\n=====\n".join(out))
"""


def _paths() -> list[str]:
    paths = [p for d in FOLDERS for p in sorted((ROOT / "fixtures" / d).rglob("*.txt"))]
    # Arabic first, so that all eight threads reach the Arabic tables together.
    arabic = re.compile("[\u0600-\u06ff]")
    paths.sort(key=lambda p: not arabic.search(p.read_text(encoding="utf-8")[:300]))
    return [str(p) for p in paths]


def test_eight_threads_in_a_fresh_interpreter_match_one_thread() -> None:
    from claims.extract import extract_claims
    from claims.extract.core.files import read_document

    paths = _paths()
    assert len(paths) > 80, "fixture folders missing"
    expected = "\n=====\n".join(
        "\n".join(c.model_dump_json() for c in extract_claims(read_document(Path(p)))) for p in paths
    )
    differing = []
    for run in range(RUNS):
        got = subprocess.run(
            [sys.executable, "-c", _CHILD, *paths], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout
        if got != expected:
            differing.append(run)
    assert not differing, f"{len(differing)} of {RUNS} threaded runs differ from the sequential output"
