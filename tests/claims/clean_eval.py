"""Measuring the page cleaner against gold files: chrome left, related-list precision/recall, body kept.

Gold files follow the guideline (shared/spec/claims-guideline.md §4.6): ``boilerplate`` lists the
page's chrome lines exactly, ``cross_refs`` the related headlines (marker stripped), ``claims`` and
``events`` the article's statements; a page labelled line by line (no claims) lists its article lines
in ``body`` instead, and every one of them must stay in the text. Used by the real-page test and the self-written figures;
``python -m tests.claims.clean_eval DIR [DIR …]`` prints the figures for folders holding
``texts/`` (or ``articles/``) and ``gold/``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claims.candidates import CleanDocument
from claims.text.clean import clean_text
from claims.text.normalize import normalize_for_matching


@dataclass
class Figures:
    """Counts over a set of pages; the shares are computed from them."""

    pages: int = 0
    chrome: int = 0  # gold chrome lines
    chrome_left: int = 0  # of those, still a line of the cleaned text
    related_gold: int = 0
    related_pred: int = 0
    related_hit_gold: int = 0  # gold headlines found among the teasers
    related_hit_pred: int = 0  # teasers that are gold headlines
    body_items: int = 0  # gold claim and event contents
    body_lost: list[str] = field(default_factory=list)  # "page: content" no longer in the text
    chrome_left_lines: list[str] = field(default_factory=list)
    related_missed: list[str] = field(default_factory=list)
    related_wrong: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name, value in vars(other).items():
            mine = getattr(self, name)
            setattr(self, name, mine + value)

    @property
    def chrome_left_share(self) -> float:
        return self.chrome_left / self.chrome if self.chrome else 0.0

    @property
    def related_precision(self) -> float:
        return self.related_hit_pred / self.related_pred if self.related_pred else 1.0

    @property
    def related_recall(self) -> float:
        return self.related_hit_gold / self.related_gold if self.related_gold else 1.0

    def summary(self) -> str:
        return (
            f"{self.pages} pages: chrome left {self.chrome_left}/{self.chrome} = {self.chrome_left_share:.1%}; "
            f"related P {self.related_precision:.2f} ({self.related_hit_pred}/{self.related_pred}) "
            f"R {self.related_recall:.2f} ({self.related_hit_gold}/{self.related_gold}); "
            f"body contents lost {len(self.body_lost)}/{self.body_items}"
        )


def pairs(root: Path) -> list[tuple[Path, Path]]:
    """(page, gold) pairs of a folder with ``texts/`` or ``articles/`` beside ``gold/``."""
    gold_dir = root / "gold"
    text_dirs = [d for d in (root / "texts", root / "articles") if d.is_dir()]
    out: list[tuple[Path, Path]] = []
    for gold in sorted(gold_dir.glob("*.json")):
        for d in text_dirs:
            found = [p for p in (d / gold.with_suffix(".txt").name, d / gold.with_suffix(".html").name) if p.exists()]
            if found:
                out.append((found[0], gold))
                break
    return out


def clean_page(path: Path) -> CleanDocument:
    """The page as the pipeline cleans it: HTML through trafilatura, text through ``clean_text``."""
    data = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        from claims.text.html import html_to_document

        return html_to_document(data)
    return clean_text(data)


def _key(line: str) -> str:
    return normalize_for_matching(line.strip())


def same_headline(a: str, b: str) -> bool:
    """The same related headline: equal keys, or one key inside the other when both are long (a cut teaser)."""
    ka, kb = _key(a), _key(b)
    return bool(ka) and bool(kb) and (ka == kb or (min(len(ka), len(kb)) >= 12 and (ka in kb or kb in ka)))


def measure(page: Path, gold_path: Path, doc: CleanDocument | None = None) -> Figures:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = doc if doc is not None else clean_page(page)
    fig = Figures(pages=1)
    text_lines = {line.strip() for line in doc.text.split("\n") if line.strip()}
    chrome = list(dict.fromkeys(line.strip() for line in gold.get("boilerplate", []) if line.strip()))
    fig.chrome = len(chrome)
    for line in chrome:
        if line in text_lines:
            fig.chrome_left += 1
            fig.chrome_left_lines.append(f"{page.name}: {line}")
    refs = [r for r in gold.get("cross_refs", []) if r.strip()]
    teasers = [t.text for t in doc.teasers if t.text.strip()]
    fig.related_gold, fig.related_pred = len(refs), len(teasers)
    for ref in refs:
        if any(same_headline(ref, t) for t in teasers):
            fig.related_hit_gold += 1
        else:
            fig.related_missed.append(f"{page.name}: {ref}")
    for t in teasers:
        if any(same_headline(ref, t) for ref in refs):
            fig.related_hit_pred += 1
        else:
            fig.related_wrong.append(f"{page.name}: {t}")
    # a line-labelled page (``fixtures/real/local/clean15*``) lists its body lines instead of claims
    contents = [c["content"] for c in gold.get("claims", [])] + [e["content"] for e in gold.get("events", [])]
    contents += [line.strip() for line in gold.get("body", []) if line.strip()]
    fig.body_items = len(contents)
    gold_title = gold.get("title") or ""
    for content in contents:
        if content and content not in doc.text:
            if gold_title and content in gold_title:
                continue  # headline material is not scored (guideline §4.13)
            fig.body_lost.append(f"{page.name}: {content[:80]}")
    return fig


def measure_dirs(roots: Iterable[Path], *, lang: str | None = None) -> Figures:
    total = Figures()
    for root in roots:
        for page, gold in pairs(root):
            if lang is not None and json.loads(gold.read_text(encoding="utf-8")).get("lang") != lang:
                continue
            total.add(measure(page, gold))
    return total


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [Path("fixtures/real/local")]
    verbose = "-v" in argv
    roots = [r for r in roots if str(r) != "-v"]
    for lang in ("ar", "en", None):
        fig = measure_dirs(roots, lang=lang)
        print(f"{lang or 'all'}: {fig.summary()}")
        if verbose and lang is None:
            for title, items in (
                ("chrome left", fig.chrome_left_lines),
                ("related missed", fig.related_missed),
                ("related wrong", fig.related_wrong),
                ("body lost", fig.body_lost),
            ):
                print(f"--- {title} ({len(items)})")
                for item in items:
                    print("   ", item)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
