"""Ingestion throughput through the Prefect flow, and its overhead over the library called directly.

Builds N unique local articles from fixtures/articles: each is a variant of a fixture story (new
names, words and numbers, paragraphs reordered; cue and role words kept so claims are still found),
except ~5 % near-duplicate agency copies of an earlier article, as real feeds carry (the old corpus of
near-identical copies linked every claim to hundreds of others). Each article also gets one extra
attributed sentence numbered with its index, so no two share a content hash. It ingests them once with
``run_pipeline`` and once with the ``ingest`` flow (ephemeral Prefect server, warmed up first),
each into a fresh SQLite database, and reports articles/s and the flow/direct time ratio
(target: at most 1.3). N is ``INGEST_BENCH_N`` (default 2,000, so ``make bench`` takes minutes; not a
CLAIMS_* variable, which the test fixtures clear).

    make bench   # or: .venv/bin/python -m pytest tests/perf/test_ingest_perf.py -m perf -s -p no:randomly
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from claims import db
from claims.db import session_scope
from claims.models import Article, Claim
from claims.text.normalize import normalize_for_matching

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
BATCH = 100  # articles per task (the CLI's default)
SYNDICATED = 0.05  # share of articles that are near-duplicate copies of an earlier one
HEAD_LINES = 4  # outlet, menu, headline, lead: kept in place when a story is varied
KEEP = 0.1  # share of non-lexicon words a variant keeps (names, places, topic words change)
WORD = re.compile(r"\w+")
_SYLLABLES = ["ba", "ko", "ri", "ta", "mun", "sel", "dor", "vi", "len", "ga", "tho", "ru", "ne", "sa"]
_AR_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"


def chunk_size(n: int) -> int:
    """Articles per flow run: a tenth of the corpus, 100 to 1,000."""
    return min(1000, max(100, n // 10))


# Names, places, nationalities and event verbs are not kept: a real feed's articles differ in them.
_VARIED_LEXICONS = frozenset({"GIVEN_NAMES", "PLACES", "NATIONALITIES", "EVENT_VERBS", "PLACE_HEADS"})


def _lexicon() -> frozenset[str]:
    """The words the extractor needs to find a claim (cues, titles, offices): variants keep them."""
    from claims.extract.arabic import lexicon as lexicon_ar
    from claims.extract.english import lexicon as lexicon_en

    words: set[str] = set()

    def walk(obj: object, depth: int = 0) -> None:
        if isinstance(obj, str):
            words.update(WORD.findall(normalize_for_matching(obj)))
        elif isinstance(obj, dict) and depth < 4:
            for k, v in obj.items():
                walk(k, depth + 1)
                walk(v, depth + 1)
        elif isinstance(obj, list | tuple | set | frozenset) and depth < 4:
            for v in obj:
                walk(v, depth + 1)

    for module in (lexicon_en, lexicon_ar):
        for name, value in vars(module).items():
            if not name.startswith("__") and name not in _VARIED_LEXICONS:
                walk(value)
    return frozenset(words)


def _coin(rng: random.Random, word: str) -> str:
    """A made-up word in the word's script, about as long, keeping ``ال``/``و`` prefixes and capitals."""
    if word.isascii():
        made = "".join(rng.choice(_SYLLABLES) for _ in range(max(2, len(word) // 2 - 1)))
        return made.capitalize() if word[0].isupper() else made
    prefixes = ("وال", "بال", "لل", "ال", "و")
    prefix = next((p for p in prefixes if word.startswith(p) and len(word) > len(p) + 2), "")
    return prefix + "".join(rng.choice(_AR_LETTERS) for _ in range(max(3, len(word) - len(prefix))))


def _protected(word: str, lexicon: frozenset[str]) -> bool:
    key = normalize_for_matching(word)
    return len(word) < 4 or key in lexicon or key[1:] in lexicon or key[2:] in lexicon


def vary(text: str, rng: random.Random, lexicon: frozenset[str]) -> str:
    """Another story of the same shape: new names, words and numbers, paragraphs reordered.

    Lexicon words (cues, roles) stay, so the extractor still finds attributed claims; about half
    of the other words and every digit change, so two variants of one story share few claims.
    """
    coined: dict[str, str] = {}

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.isdigit() and len(w) == 4 and w[:2] in ("19", "20", "١٩", "٢٠"):
            return w  # years stay plausible (dates are parsed)
        if w.isdigit():
            digit = rng.randrange
            return "".join(str(digit(10)) if c.isascii() else chr(0x660 + digit(10)) for c in w)
        if _protected(w, lexicon) or rng.random() < KEEP:
            return w
        if w not in coined:  # one name stays one name within the article
            coined[w] = _coin(rng, w)
        return coined[w]

    lines = text.splitlines()
    head, body = lines[:HEAD_LINES], lines[HEAD_LINES:]
    rng.shuffle(body)
    return "\n".join(WORD.sub(word, line) for line in [*head, *body])


def build_corpus(folder: Path, n: int) -> Path:
    """N unique articles in chunk folders (one flow run each).

    Each article is a variant of a fixture story (:func:`vary`); a ``SYNDICATED`` share are instead
    agency copies of an earlier article with one extra line, the near-duplicates real feeds carry.
    """
    folder.mkdir(parents=True)
    sources = sorted(FIXTURES.glob("*.txt"))
    lexicon = _lexicon()
    written: list[tuple[str, bool]] = []
    for i in range(n):
        rng = random.Random(i)
        chunk = folder / f"chunk-{i // chunk_size(n):03d}"
        chunk.mkdir(exist_ok=True)
        src = sources[i % len(sources)]
        english = src.name.startswith("en-")
        if written and rng.random() < SYNDICATED:
            text, english = rng.choice(written)
            lines = text.splitlines()
        else:
            lines = vary(src.read_text(encoding="utf-8"), rng, lexicon).splitlines()
        written.append(("\n".join(lines), english))
        extra = (  # its own names too, or these lines alone would all be near-duplicates
            f"Spokesman {_coin(rng, 'Abcdefg')} said the {_coin(rng, 'abcdefg')} meeting number {i} "
            "had been useful."
            if english
            else f"وقال المتحدث {_coin(rng, 'أبجدهوز')} إن اجتماع {_coin(rng, 'أبجدهوز')} رقم {i} كان مثمراً."
        )
        lines.insert(min(4, len(lines)), extra)  # no two articles share a content hash
        (chunk / f"{i:05d}-{src.name}").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def counts(url: str) -> tuple[int, int]:
    with session_scope(url) as s:
        articles = s.exec(select(func.count()).select_from(Article)).one()
        claims = s.exec(select(func.count()).select_from(Claim)).one()
    return int(articles), int(claims)


@pytest.mark.perf
@pytest.mark.timeout(3 * 3600)  # 2,000 articles: minutes; INGEST_BENCH_N=10000 takes far longer
def test_ingest_throughput_flow_vs_direct(tmp_path: Path) -> None:
    n = int(os.environ.get("INGEST_BENCH_N", "2000"))
    folder = build_corpus(tmp_path / "corpus", n)
    urls = {name: f"sqlite:///{tmp_path / f'{name}.db'}" for name in ("direct", "flow", "warm")}
    for url in urls.values():
        db.upgrade(url)

    from claims.ingest.items import items_from_paths
    from claims.ingest.pipeline import run_pipeline
    from flows.ingest import ingest  # Prefect's home goes under this test's data folder

    first = next(next(folder.iterdir()).iterdir())
    ingest(paths=[str(first)], database_url=urls["warm"])  # starts the ephemeral server
    # The two ways alternate chunk by chunk, so a busy machine slows both alike (the ratio is fair);
    # each chunk is one flow run, as one scheduled run of a source would be.
    direct_s = flow_s = 0.0
    added = {"direct": 0, "flow": 0}
    per_chunk: list[dict[str, float]] = []  # how the cost per article moves as the store grows
    for chunk in sorted(p for p in folder.iterdir() if p.is_dir()):
        size = sum(1 for _ in chunk.iterdir())
        started = time.perf_counter()
        direct = run_pipeline(urls["direct"], items_from_paths([chunk]), batch_size=BATCH)
        direct_chunk = time.perf_counter() - started
        started = time.perf_counter()
        flowed = ingest(paths=[str(chunk)], batch_size=BATCH, database_url=urls["flow"])
        flow_chunk = time.perf_counter() - started
        direct_s, flow_s = direct_s + direct_chunk, flow_s + flow_chunk
        assert not direct.failed and not flowed.failed, (direct.failed[:3], flowed.failed[:3])
        added["direct"] += direct.count("added")
        added["flow"] += flowed.count("added")
        per_chunk.append(
            {
                "stored_before": added["direct"] - direct.count("added"),
                "direct_articles_per_s": round(size / direct_chunk, 1),
                "flow_articles_per_s": round(size / flow_chunk, 1),
            }
        )
        print(
            f"  {chunk.name}: {size / direct_chunk:.1f} articles/s direct, {size / flow_chunk:.1f} flow"
            f" (so far {direct_s:.1f} s / {flow_s:.1f} s; load {os.getloadavg()[0]:.1f})",
            flush=True,
        )

    assert added["direct"] == added["flow"] == n
    assert counts(urls["direct"]) == counts(urls["flow"])
    articles, claims = counts(urls["flow"])
    ratio = flow_s / direct_s
    figures = {
        "articles": n,
        "stored": articles,
        "claims": claims,
        "batch_size": BATCH,
        "articles_per_flow_run": chunk_size(n),
        "direct_s": round(direct_s, 1),
        "flow_s": round(flow_s, 1),
        "direct_articles_per_s": round(n / direct_s, 1),
        "flow_articles_per_s": round(n / flow_s, 1),
        "flow_over_direct": round(ratio, 3),
        "per_chunk": per_chunk,
        "load_average_end": round(os.getloadavg()[0], 1),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "ingest_perf.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    print("\ningestion:", json.dumps(figures))
    assert ratio <= 1.3, figures
