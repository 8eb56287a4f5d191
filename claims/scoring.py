"""The guideline's scorer (claims-guideline.md §5) as library code: match predicted claims to gold.

Why it lives here: ``claims quality`` scores the extractor against the desk's own gold at any time,
so the scoring has to ship with the library, not only as a script beside the fixtures. The logic is
the shared scorer's (``../shared/tools/score_claims.py``), moved here unchanged so the figures agree
with it to the last digit; ``fixtures/extraction/score_claims.py`` is now a thin script over this
module, and ``tests/claims/test_scoring.py`` checks the two agree on the same files.

Its ``normalise`` is deliberately the scorer's own, not :mod:`claims.text.normalize`: it defines the
metric the desk's figures are compared by (the shared scorer), and must not move when the
extractor's matching keys do. Standard library only, as the shared script.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TASHKEEL = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
WORD = re.compile(r"\w+")
ATTRIBUTION_KINDS = ("direct", "indirect")
FIGURES = ("attribution", "speaker", "content", "event")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = TASHKEEL.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي")
    text = re.sub(r"ة\b", "ه", text)
    return text


def tokens(text: str) -> list[str]:
    return WORD.findall(normalise(text))


def overlap_f1(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    pool: dict[str, int] = {}
    for t in tb:
        pool[t] = pool.get(t, 0) + 1
    common = 0
    for t in ta:
        if pool.get(t, 0) > 0:
            pool[t] -= 1
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


class Speakers:
    """Resolves a speaker string to the gold file's canonical names."""

    def __init__(self, aliases: Mapping[str, Sequence[str]]):
        self.names: dict[str, str] = {}
        self.canonical_tokens: dict[str, set[str]] = {}
        for canonical, alts in aliases.items():
            for name in [canonical, *alts]:
                self.names[" ".join(tokens(name))] = canonical
            self.canonical_tokens[canonical] = set(tokens(canonical))

    def resolve_one(self, name: str) -> str:
        key = " ".join(tokens(name))
        if key in self.names:
            return self.names[key]
        have = set(key.split())
        for canonical, need in self.canonical_tokens.items():
            if need and need <= have:  # "الرئيس السوري بشار الأسد" names "بشار الأسد"
                return canonical
        return key

    def resolve(self, speaker: str) -> frozenset[str]:
        parts = [p for p in re.split(r"\s*\+\s*", speaker or "") if p.strip()]
        return frozenset(self.resolve_one(p) for p in parts)


def match(
    golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]], speakers: Speakers | None
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching, best content overlap first: (gold index, predicted index, overlap)."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if speakers and speakers.resolve(g["speaker"]) != speakers.resolve(p.get("speaker", "")):
                continue
            f1 = overlap_f1(g["content"], p.get("content", ""))
            if f1 >= 0.5:
                pairs.append((f1, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for f1, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi, f1))
    return matched


def speaker_only(
    golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]], speakers: Speakers
) -> int:
    pool = [speakers.resolve(p.get("speaker", "")) for p in preds]
    hits = 0
    for g in golds:
        want = speakers.resolve(g["speaker"])
        if want in pool:
            pool.remove(want)
            hits += 1
    return hits


def prf(hit: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = hit / n_pred if n_pred else 0.0
    r = hit / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "hits": hit, "predicted": n_pred, "gold": n_gold}  # fmt: skip


@dataclass
class Tally:
    """Running (hits, predicted, gold) per figure over any number of articles."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in FIGURES})

    def add(
        self, gold: Mapping[str, Any], preds: Iterable[Mapping[str, Any]]
    ) -> list[tuple[int, int, float]]:
        """Score one article's predictions against its gold record; returns the attribution matches."""
        speakers = Speakers(gold.get("aliases", {}))
        preds = list(preds)
        p_attr = [p for p in preds if p.get("kind") in ATTRIBUTION_KINDS]
        p_event = [p for p in preds if p.get("kind") == "event"]
        g_attr, g_event = gold.get("claims", []), gold.get("events", [])
        matched = match(g_attr, p_attr, speakers)
        c = self.counts
        c["attribution"][0] += len(matched)
        c["content"][0] += len(match(g_attr, p_attr, None))
        c["speaker"][0] += speaker_only(g_attr, p_attr, speakers)
        c["event"][0] += len(match(g_event, p_event, None))
        for key in ("attribution", "speaker", "content"):
            c[key][1] += len(p_attr)
            c[key][2] += len(g_attr)
        c["event"][1] += len(p_event)
        c["event"][2] += len(g_event)
        return matched

    def figures(self) -> dict[str, dict[str, Any]]:
        return {k: prf(*v) for k, v in self.counts.items()}


def main() -> int:
    """``score_claims.py --gold DIR --pred FILE [--verbose] [--json]``, as the shared script."""
    ap = argparse.ArgumentParser(
        description="Score extracted claims against gold files written to the guideline."
    )
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--pred", required=True, help="JSONL file, or - for stdin")
    ap.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    stream = sys.stdin if args.pred == "-" else open(args.pred, encoding="utf-8")  # noqa: SIM115
    by_source: dict[str, list[dict[str, Any]]] = {}
    for line in stream:
        if line.strip():
            row = json.loads(line)
            by_source.setdefault(Path(str(row.get("source", ""))).name, []).append(row)

    tally = Tally()
    for gold_file in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        preds = by_source.get(Path(gold["source"]).name, [])
        m = tally.add(gold, preds)
        if args.verbose:
            g_attr = gold.get("claims", [])
            p_attr = [p for p in preds if p.get("kind") in ATTRIBUTION_KINDS]
            hit_g = {gi for gi, _, _ in m}
            hit_p = {pi for _, pi, _ in m}
            print(f"== {gold['source']}: {len(m)}/{len(g_attr)} gold matched, {len(p_attr)} predicted")
            for gi, g in enumerate(g_attr):
                if gi not in hit_g:
                    print(f"  MISSED  [{g['speaker']}] {g['content'][:90]}")
            for pi, p in enumerate(p_attr):
                if pi not in hit_p:
                    print(f"  EXTRA   [{p.get('speaker', '')}] {p.get('content', '')[:90]}")

    figures = tally.figures()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for k, f in figures.items():
            print(f"{k:12} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}"
                  f"  ({f['hits']} hits, {f['predicted']} predicted, {f['gold']} gold)")  # fmt: skip
        print(f"attribution F1: {figures['attribution']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
