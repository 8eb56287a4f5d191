"""A learned second opinion on the page cleaner's line labels: chrome and related headlines by shape and position.

Why: the rules of ``claims.text.lines`` were written page by page and leave chrome and miss related lists on
pages they never saw (issue 15). A small logistic model over the line's shape and its place in the page —
length and its rank, terminal punctuation, script, digits, capitals, ellipsis, site vocabulary, where the
body's prose starts and ends, runs of alike short lines, what the neighbours look like — is trained on all
read gold (``fixtures/cleaning/fit_line_model.py``) and judged by leave-one-set-out cross-validation. Its weights are
data (``models/line_model.json``).

It only ever overrides the rules conservatively (``combine``): losing an article sentence is worse than
keeping chrome, so the model drops a line the rules kept only when it is sure and the line is not shaped
like prose, and turns a kept line into a related headline only below the body's last paragraph.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import mul
from pathlib import Path

from claims.text.line_features import LineFeatures, metadata_kind, strong_chrome
from claims.text.lines import CONTINUES_RE, LineVerdict, cut_quotation, marked_teaser, related_header

WEIGHTS = Path(__file__).with_name("models") / "line_model.json"  # written by fixtures/cleaning/fit_line_model.py

_DIGIT_RE = re.compile(r"\d")
_PUNCT_RE = re.compile(r"[^\w\s]")
_NOT_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())  # deleted by ``bytes.translate``
_NOT_UPPER = bytes(c for c in range(128) if not chr(c).isupper())
_BULLET_RE = re.compile(r"^[-–—•·*▪►●◄|]")
_HEADLINE_RUN_WORDS = 25  # a card headline or a menu entry; a paragraph is longer or closes with a stop


def vectors(feats: Sequence[LineFeatures]) -> list[list[float]]:
    """One feature vector per line (order as ``NAMES``): the line's own shape, then its place in the page."""
    page = _Page(feats)
    return [page.vector(i) for i in range(len(feats))]


class _Page:
    """What the page says about each of its lines, computed once; ``vector(i)`` for the lines asked about."""

    def __init__(self, feats: Sequence[LineFeatures]) -> None:
        self.feats = feats
        n = self.n = len(feats)
        is_prose = [f.prose for f in feats]  # a property computed from the fields: read once
        prose = [i for i, p in enumerate(is_prose) if p]
        self.first, self.last = (prose[0], prose[-1]) if prose else (n, -1)
        alike = [0 < f.words <= _HEADLINE_RUN_WORDS and not f.sentence_end and not p for f, p in zip(feats, is_prose, strict=True)]
        self.runs = [0] * n
        i = 0
        while i < n:  # length of the run of alike lines each line stands in
            j = i
            while j < n and alike[j] == alike[i]:
                j += 1
            for k in range(i, j):
                self.runs[k] = j - i if alike[i] else 0
            i = j
        self.lengths = sorted(len(f.text) for f in feats)
        self.headers = [related_header(f) for f in feats]
        self.under = _under_header(feats, self.headers)
        self.seen: dict[str, int] = {}
        for f in feats:
            self.seen[f.key] = self.seen.get(f.key, 0) + 1
        self.prose_before = [0] * (n + 1)
        for k, p in enumerate(is_prose):
            self.prose_before[k + 1] = self.prose_before[k] + p
        self.cut_after = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            self.cut_after[k] = self.cut_after[k + 1] + feats[k].ellipsis
        self.arabic_share = sum(f.arabic for f in feats) / n if n else 0.0
        self.alike_share = sum(alike) / n if n else 0.0

    def vector(self, i: int) -> list[float]:
        feats, n, first, last = self.feats, self.n, self.first, self.last
        f = feats[i]
        pos = (
            i / max(n - 1, 1),
            float(i == 0),
            float(i == n - 1),
            float(i < first),
            float(i > last),
            _signed_log(i - first),
            _signed_log(i - last),
            _rank(self.lengths, len(f.text)),
            math.log1p(self.runs[i]),
            self.alike_share,
            float(f.arabic) - self.arabic_share,  # the page's other script
            float(first < i < last),
            math.log1p(n),
            float(self.headers[i]),
            float(marked_teaser(f)),
            float(self.under[i]),
            float(self.seen[f.key] > 1),
            math.log1p(self.prose_before[i]),
            math.log1p(self.prose_before[n] - self.prose_before[i + 1]),
            self.cut_after[i + 1] / max(n - i - 1, 1),
            sum(feats[k].ellipsis for k in range(max(0, i - 3), min(n, i + 4))) / 7,
        )
        prev = feats[i - 1] if i > 0 else None
        nxt = feats[i + 1] if i + 1 < n else None
        return [*_own(f), *pos, *_neighbour(prev), *_neighbour(nxt)]


_UNDER_HEADER_LINES = 12


def _under_header(feats: Sequence[LineFeatures], headers: Sequence[bool]) -> list[bool]:
    """Lines below a related-list header before the next paragraph of the article (a cut excerpt is no paragraph)."""
    out = [False] * len(feats)
    at = None
    for i, f in enumerate(feats):
        if headers[i]:
            at = i
            continue
        if at is not None and f.prose and not f.ellipsis:
            at = None
        out[i] = at is not None and i - at <= _UNDER_HEADER_LINES
    return out


@lru_cache(maxsize=8192)  # a site's furniture recurs on every page
def _own(f: LineFeatures) -> tuple[float, ...]:
    text = f.text
    chars = max(len(text), 1)
    ascii_text = text.encode("ascii", "ignore")
    latin = len(ascii_text.translate(None, _NOT_LETTER))  # counted in C: Arabic lines are long
    digits = len(_DIGIT_RE.findall(text))
    return (
        math.log1p(f.words),
        math.log1p(len(text)),
        float(f.sentence_end),
        float(f.question),
        f.function_share,
        float(f.verb),
        float(f.opener),
        float(f.quote),
        min(f.chrome, 4) / 4,
        float(f.whole_chrome),
        float(f.template),
        float(f.url_only),
        float(f.nav),
        float(f.date_like),
        float(f.arabic),
        float(f.ellipsis),
        float(f.title_case),
        float(f.early_past_verb),
        float(f.short),
        max(min(f.sentence_score, 8), -2) / 8,
        float(f.prose),
        float(f.headline_shaped),
        float(metadata_kind(f) is not None),
        float(strong_chrome(f) is not None),
        digits / chars,
        len(_PUNCT_RE.findall(text)) / chars,
        len(ascii_text.translate(None, _NOT_UPPER)) / latin if latin else 0.0,
        float(":" in text or "：" in text),
        float(bool(_BULLET_RE.match(text))),
        float(f.repeated),
        _numbers(f) if digits else 0.0,
    )


_NUMBER_RE = re.compile(r"(?<!\S)\D{0,3}\d[\d.,:/%-]*\D{0,3}(?!\S)")


def _numbers(f: LineFeatures) -> float:
    """Share of the line's tokens that are figures (price tables, scores, date bars)."""
    tokens = len(f.text.split())
    return len(_NUMBER_RE.findall(f.text)) / tokens if tokens else 0.0


def _neighbour(f: LineFeatures | None) -> list[float]:
    """A neighbouring line's shape, in ``_NEIGHBOUR_NAMES`` order; ``none`` at the page's edge."""
    if f is None:
        return [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    return [0.0, math.log1p(f.words), float(f.prose), float(f.headline_shaped), float(f.chrome > 0), float(f.ellipsis)]


def _rank(lengths: list[int], length: int) -> float:
    """Share of the page's lines shorter than this one (``lengths`` sorted)."""
    return bisect_left(lengths, length) / max(len(lengths), 1)


def _signed_log(d: int) -> float:
    return math.copysign(math.log1p(abs(d)), d)


_NEIGHBOUR_NAMES = ("none", "words", "prose", "headline", "chrome", "ellipsis")
NAMES = (
    "words chars sentence_end question function_share verb opener quote chrome whole_chrome template url_only nav "
    "date_like arabic ellipsis title_case early_past_verb short sentence_score prose headline_shaped metadata strong_chrome "
    "digits punct upper colon bullet repeated numbers "
    "position first last above_body below_body from_first from_last length_rank run alike_share other_script "
    "between_prose page_lines related_header marked under_header duplicate prose_before prose_after cut_after "
    "cut_near".split()
    + [f"prev_{x}" for x in _NEIGHBOUR_NAMES]
    + [f"next_{x}" for x in _NEIGHBOUR_NAMES]
)


@dataclass(frozen=True)
class LineModel:
    """Two logistic models over standardised vectors: chrome against the rest, related headline against the rest."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    chrome: tuple[float, ...]  # bias first, then one weight per feature
    related: tuple[float, ...]
    chrome_at: float  # probability over which a kept, non-prose line is dropped
    related_at: float  # probability over which a kept line below the body becomes a related headline

    def probabilities(self, feats: Sequence[LineFeatures]) -> list[tuple[float, float]]:
        """(P chrome, P related) per line."""
        return [self._score(v) for v in vectors(feats)]

    def _score(self, v: Sequence[float]) -> tuple[float, float]:
        (cb, cw), (rb, rw) = self._folded
        return _logistic(cb + sum(map(mul, v, cw))), _logistic(rb + sum(map(mul, v, rw)))

    @cached_property
    def _folded(self) -> tuple[tuple[float, tuple[float, ...]], tuple[float, tuple[float, ...]]]:
        """Both models with the standardisation folded into their weights: one dot product per line."""

        def fold(w: tuple[float, ...]) -> tuple[float, tuple[float, ...]]:
            ws = tuple(a / s for a, s in zip(w[1:], self.scale, strict=True))
            return w[0] - sum(a * m for a, m in zip(ws, self.mean, strict=True)), ws

        return fold(self.chrome), fold(self.related)

    def to_json(self) -> str:
        data = {"features": list(NAMES), **{k: getattr(self, k) for k in self.__dataclass_fields__}}
        return json.dumps(data, indent=1) + "\n"


def _logistic(s: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(s, 40.0), -40.0)))


def from_json(text: str) -> LineModel:
    data = json.loads(text)
    if list(data["features"]) != list(NAMES):
        raise ValueError("line model weights were trained on other features; retrain (fixtures/cleaning/fit_line_model.py)")
    return LineModel(
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
        chrome=tuple(data["chrome"]),
        related=tuple(data["related"]),
        chrome_at=float(data["chrome_at"]),
        related_at=float(data["related_at"]),
    )


@lru_cache(maxsize=1)
def shipped() -> LineModel | None:
    """The trained model, or None when no weights are shipped (the rules then decide alone)."""
    return from_json(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.exists() else None


def _prose_shaped(f: LineFeatures) -> bool:
    """Shaped like an article sentence, or a quotation the excerpt cut a few words in (``"We remain``):
    the model never drops these, whatever it thinks."""
    return f.prose or (f.sentence_end and f.words >= 8) or (f.quote and f.words >= 8) or cut_quotation(f)


def combine(
    feats: Sequence[LineFeatures],
    verdicts: Sequence[LineVerdict],
    model: LineModel,
    soft: Sequence[bool] = (),
) -> None:
    """Let the model relabel lines the rules kept, conservatively (see the module's docstring).

    A line joined by a layout break to a body line (``soft``) is a piece of a sentence and stays."""
    page = _Page(feats)
    scores: dict[int, tuple[float, float]] = {}

    def score(i: int) -> tuple[float, float]:  # only the lines a decision needs: cleaning stays fast
        if i not in scores:
            scores[i] = model._score(page.vector(i))
        return scores[i]

    # the body ends at its last paragraph the model does not take for a card's excerpt
    last = len(feats)
    for i in range(len(feats) - 1, -1, -1):
        if verdicts[i].label == "body" and feats[i].prose and score(i)[1] < model.related_at:
            last = i
            break
    for i, (f, v) in enumerate(zip(feats, verdicts, strict=True)):
        if v.label not in ("body", "metadata") or _joined_to_body(verdicts, soft, i):
            continue
        if _prose_shaped(f) and not (f.ellipsis and i > last):
            continue  # a sentence of the article: neither branch may take it
        p_chrome, p_related = score(i)
        if p_chrome >= model.chrome_at and p_chrome > p_related and not _prose_shaped(f):
            v.label, v.kind = "boilerplate", "learned"
        elif p_related >= model.related_at and i > last and v.label == "body" and _listed(feats, i):
            v.label, v.kind, v.teaser = "related", "learned", f.text


def _listed(feats: Sequence[LineFeatures], i: int) -> bool:
    """Teaser-shaped and in a list: a cut excerpt, or a headline with a headline beside it or an excerpt
    under it (a card). A whole line under cut excerpts with nothing below is where the page was cut off:
    it may be the article's own last paragraph, so it stays."""
    f = feats[i]
    if not _teaser_shaped(f):
        return False
    if f.ellipsis:
        return True
    before = i > 0 and _teaser_shaped(feats[i - 1]) and not feats[i - 1].ellipsis
    after = i + 1 < len(feats) and _teaser_shaped(feats[i + 1])
    return before or after


def _teaser_shaped(f: LineFeatures) -> bool:
    """A listed headline, or a card's excerpt cut short ("…"): never a whole sentence of the article. An
    excerpt opens a story, so a line opening on a connective ("وأشار …", "But he …") is the article's own
    paragraph trailing off, whatever the model thinks. An Arabic line without a stop that opens on a verb
    is a sentence cut off (Arabic prose puts the verb first; headlines open on the subject), not a headline."""
    if f.words < 3:
        return False
    if f.ellipsis:
        return not CONTINUES_RE.match(f.key)
    return not _prose_shaped(f) and not (f.arabic and f.opener)



def _joined_to_body(verdicts: Sequence[LineVerdict], soft: Sequence[bool], i: int) -> bool:
    before = i > 0 and i - 1 < len(soft) and soft[i - 1] and verdicts[i - 1].label == "body"
    after = i < len(soft) and soft[i] and i + 1 < len(verdicts) and verdicts[i + 1].label == "body"
    return bool(before or after)
