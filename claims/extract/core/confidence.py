"""How likely an attribution is right, from the shape of how it was found.

The rules give each draft a prior by the path that made it (a named subject after the cue, a
pro-drop continuation, a nested report …), but on real pages those priors hardly separate right
from wrong (AUROC 0.46–0.58 with extractor 0.7.3). This module turns the finished claim and its
article into a few features — is the speaker named in the sentence or carried over, how far
away, how salient in the article, does the speaker phrase have a name's shape, is the content
long and introduced like reported speech — and maps them through a per-language logistic model
fitted on our gold sets (``fixtures/extraction/fit_confidence.py`` writes ``confidence.json``).
The result is a probability the queue can sort by doubt. Events keep the rule prior.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from claims.candidates import ClaimCandidate, CleanDocument
from claims.text.normalize import fold
from claims.types import ClaimKind, SpeakerKind

MODEL_FILE = Path(__file__).with_name("confidence.json")
_WORD = re.compile(r"\w+")
_SENTENCE_ENDS = (".", "!", "?", "؟", "\n")
_COMPLEMENTISERS = frozenset({"ان", "بان", "انه", "انها", "that"})
_WINDOW = 400  # characters either side of the content searched for the speaker's words
_CHROME = re.compile(r"https?://|www\.|@\w|©|\||\{\{")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


@dataclass(frozen=True, slots=True)
class _Speaker:
    """What the features need of one speaker, computed once per article and speaker."""

    words: tuple[str, ...]
    last: str  # the last word, normalised for matching
    salience: float
    claims: int


def _speakers(claims: list[ClaimCandidate], folded_text: str) -> dict[str, _Speaker]:
    """Per speaker: its words, and how often its last word occurs in the article (folded text)."""
    counts = Counter(c.speaker for c in claims)
    out: dict[str, _Speaker] = {}
    for name, n in counts.items():
        words = tuple(_WORD.findall(name.split(" + ")[0]))
        last = fold(words[-1]).text if words else ""
        salience = math.log1p(folded_text.count(last)) if len(last) > 1 else 0.0
        out[name] = _Speaker(words, last, salience, n)
    return out


def features(doc: CleanDocument, claim: ClaimCandidate, speaker: _Speaker) -> dict[str, float]:
    """The feature vector of one attribution (names are the model file's keys)."""
    text = doc.text
    words = speaker.words
    sentence_start = _sentence_start(text, claim.start)
    mention = claim.speaker_mention
    distance = _distance(text, mention or " ".join(words), claim.start, claim.end)
    content_words = _WORD.findall(claim.content)
    first = content_words[0].lower() if content_words else ""
    english = doc.lang == "en"
    return {
        "prior": claim.confidence,
        "named_here": float(bool(mention)),
        "mention_in_sentence": float(bool(mention) and mention in text[sentence_start : claim.end + 200]),
        "log_distance": math.log1p(distance if distance is not None else 2 * _WINDOW),
        "log_salience": speaker.salience,
        "speaker_near": float(bool(words) and words[-1] in text[max(0, claim.start - _WINDOW) : claim.end + _WINDOW]),
        "log_claims_by_speaker": math.log1p(speaker.claims),
        "direct": float(claim.kind == ClaimKind.DIRECT),
        "continuation": float(not claim.cue),
        "has_via": float(bool(claim.via)),
        "has_role": float(bool(claim.speaker_role)),
        "person": float(claim.speaker_kind == SpeakerKind.PERSON),
        "organization": float(claim.speaker_kind == SpeakerKind.ORGANIZATION),
        "group": float(claim.speaker_kind == SpeakerKind.GROUP),
        "one_word_speaker": float(len(words) == 1),
        "long_speaker": float(len(words) > 4),
        "lowercase_share": sum(w[:1].islower() for w in words) / len(words) if words else 1.0,
        "definite_one_word": float(len(words) == 1 and speaker.last.startswith("ال")),
        "log_content_words": math.log1p(len(content_words)),
        "complementiser": float(first in _COMPLEMENTISERS or first.lstrip("ب").replace("أ", "ا") in _COMPLEMENTISERS),
        "relative_position": claim.start / max(len(text), 1),
        "in_last_tenth": float(claim.start > 0.9 * len(text)),
        "speaker_in_content": float(bool(words) and len(words[-1]) > 2 and words[-1] in claim.content),
        "chrome_marks": float(bool(_CHROME.search(claim.content))),
        "lam_prefixed_last_word": float(len(speaker.last) > 3 and speaker.last.startswith("ل") and not speaker.last.startswith("لل")),
        "log_names_in_sentence": math.log1p(len(_CAPITALISED_RUN.findall(text, sentence_start, claim.end))) if english else 0.0,
    }


def _sentence_start(text: str, start: int) -> int:
    low = max(0, start - _WINDOW)
    return max(text.rfind(mark, low, start) + 1 for mark in _SENTENCE_ENDS) or low


def _distance(text: str, phrase: str, start: int, end: int) -> int | None:
    """Characters between the content and the nearest occurrence of ``phrase`` around it."""
    if not phrase:
        return None
    before = text.rfind(phrase, max(0, start - _WINDOW), start)
    after = text.find(phrase, end, end + _WINDOW)
    gaps = [start - (before + len(phrase))] if before >= 0 else []
    if after >= 0:
        gaps.append(after - end)
    return max(0, min(gaps)) if gaps else None


def _load_models() -> dict[str, dict]:
    """The fitted weights per language; an absent file leaves the rule priors alone."""
    if not MODEL_FILE.exists():
        return {}
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


MODELS: dict[str, dict] = _load_models()  # read once, at import: never filled in place


def probability(model: dict, values: dict[str, float]) -> float:
    z = model["bias"] + sum(w * values[name] for name, w in model["weights"].items())
    return 1.0 / (1.0 + math.exp(-z))


def calibrate(doc: CleanDocument, claims: list[ClaimCandidate], folded_text: str) -> list[ClaimCandidate]:
    """``claims`` with ``confidence`` replaced by the model's probability (attributions only);
    ``folded_text`` is ``fold(doc.text).text``, which the extractor has already made."""
    model = MODELS.get(doc.lang)
    if not model or not claims:
        return claims
    speakers = _speakers(claims, folded_text)
    out = []
    for claim in claims:
        if claim.kind == ClaimKind.EVENT:
            out.append(claim)
            continue
        p = probability(model, features(doc, claim, speakers[claim.speaker]))
        out.append(claim.model_copy(update={"confidence": round(p, 3)}))
    return out
