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
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from itertools import repeat
from operator import itemgetter, mul
from pathlib import Path
from typing import TYPE_CHECKING, Final

from claims.candidates import ClaimCandidate, CleanDocument
from claims.extract.arabic import lexicon as arabic_lexicon
from claims.extract.core.lexicon import LexiconModel, Words
from claims.text.normalize import fold_text
from claims.types import ClaimKind, SpeakerKind

if TYPE_CHECKING:
    from claims.extract.core.draft import Finished

# By the package, not ``__file__``: in the mypyc build (``make compile``) a module's ``__file__`` at
# import names a path that does not exist, and an absent model would silently leave the priors alone.
MODEL_FILE: Final = Path(str(files("claims.extract.core") / "confidence.json"))
WORDS_FILE: Final = Path(str(files("claims.extract.core") / "confidence.toml"))
_WORD: Final = re.compile(r"\w+")
_SENTENCE_ENDS: Final = (".", "!", "?", "؟", "\n")
_COMPLEMENTISERS: Final = frozenset({"ان", "بان", "انه", "انها", "that"})
_WINDOW: Final = 400  # characters either side of the content searched for the speaker's words
_CHROME: Final = re.compile(r"https?://|www\.|@\w|©|\||\{\{")
# ``\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*`` with the word boundary as a look-behind over the capital:
# a pattern that opens with a letter lets the engine scan for it (2x faster, same matches)
_CAPITALISED_RUN: Final = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


@dataclass(frozen=True, slots=True)
class _Speaker:
    """What the features need of one speaker, computed once per article and speaker."""

    words: tuple[str, ...]
    last: str  # the last word, normalised for matching
    salience: float
    claims: int
    # the features that depend on the speaker alone, in ``FEATURES`` order from ``one_word_speaker``
    # to ``definite_one_word``, and ``lam_prefixed_last_word``
    shape: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 0.0)
    lam_prefixed: float = 0.0
    phrase: str = ""  # the words joined: what is searched for when the claim gives no mention
    log_claims: float = 0.0


def _speakers(claims: list[Finished], folded_text: str) -> dict[str, _Speaker]:
    """Per speaker: its words, and how often its last word occurs in the article (folded text)."""
    counts = Counter(c.speaker for c in claims)
    out: dict[str, _Speaker] = {}
    for name, n in counts.items():
        words = tuple(_WORD.findall(name.split(" + ")[0]))
        last = fold_text(words[-1]) if words else ""
        salience = math.log1p(folded_text.count(last)) if len(last) > 1 else 0.0
        n_words = len(words)
        shape = (
            float(n_words == 1),
            float(n_words > 4),
            sum(w[:1].islower() for w in words) / n_words if words else 1.0,
            float(n_words == 1 and last.startswith("ال")),
        )
        lam = float(len(last) > 3 and last.startswith("ل") and not last.startswith("لل"))
        out[name] = _Speaker(words, last, salience, n, shape, lam, " ".join(words), math.log1p(n))
    return out


# how the rules found the speaker (``Draft.resolution``): one feature each, "" sets none of them
RESOLUTIONS: Final = (
    "named", "title", "org", "group", "pro-drop", "pronoun", "nested", "source", "continuation"
)
_CLOSE_MARGIN: Final = 1.0  # two readings of the subject this close in score are a doubt worth showing

FEATURES: Final = (
    "prior",
    "named_here",
    "mention_in_sentence",
    "log_distance",
    "log_salience",
    "speaker_near",
    "log_claims_by_speaker",
    "direct",
    "continuation",
    "has_via",
    "has_role",
    "person",
    "organization",
    "group",
    "one_word_speaker",
    "long_speaker",
    "lowercase_share",
    "definite_one_word",
    "log_content_words",
    "complementiser",
    "relative_position",
    "in_last_tenth",
    "speaker_in_content",
    "chrome_marks",
    "lam_prefixed_last_word",
    "log_names_in_sentence",
    "plain_cue",
    "en_role_beside_name",
    "en_role_only",
    "ar_has_role",
    *(f"resolved_{r.replace('-', '_')}" for r in RESOLUTIONS),
    "margin_read",
    "log_margin",
    "close_margin",
    "log_attributions_near",
    # why a speaker might be wrong, by shape (set-grouped CV on the first looks at dev26-dev39, 2026-12-09)
    "name_shape",
    "en_since_named",
    "ar_chain",
    "ar_no_cue",
)  # the model file's keys; ``feature_vector`` returns the values in this order


def features(
    doc: CleanDocument, claim: Finished, speaker: _Speaker, near: int = 0, chain: int = 0
) -> dict[str, float]:
    """The feature vector of one attribution by name (what the fitting script stores)."""
    return dict(zip(FEATURES, feature_vector(doc, claim, speaker, near, chain), strict=True))


def feature_vector(
    doc: CleanDocument, claim: Finished, speaker: _Speaker, near: int = 0, chain: int = 0
) -> tuple[float, ...]:
    """The features of one attribution in ``FEATURES`` order: a tuple, because calibration runs
    once per claim of every article and a dict per claim cost more than the arithmetic. ``near`` is
    :func:`attributions_near` of the claim, ``chain`` its :func:`unnamed_runs`."""
    text = doc.text
    start, end = claim.start, claim.end
    words = speaker.words
    last_word = words[-1] if words else ""
    sentence_start = _sentence_start(text, start)
    mention = claim.speaker_mention
    content = claim.content
    distance = _distance(text, mention or speaker.phrase, start, end)
    content_words = _WORD.findall(content)
    first = content_words[0] if content_words else ""
    kind = claim.speaker_kind
    margin = claim.margin
    english = doc.lang == "en"
    role = claim.speaker_role
    role_only = bool(role) and role.strip() == claim.speaker.split(" + ")[0].strip()
    return (
        claim.confidence,
        float(bool(mention)),
        float(bool(mention) and text.find(mention, sentence_start, end + 200) >= 0),
        math.log1p(distance if distance is not None else 2 * _WINDOW),
        speaker.salience,
        float(bool(words) and text.find(last_word, max(0, start - _WINDOW), end + _WINDOW) >= 0),
        speaker.log_claims,
        float(claim.kind == ClaimKind.DIRECT),
        float(not claim.cue),
        float(bool(claim.via)),
        float(bool(claim.speaker_role)),
        float(kind == SpeakerKind.PERSON),
        float(kind == SpeakerKind.ORGANIZATION),
        float(kind == SpeakerKind.GROUP),
        *speaker.shape,
        math.log1p(len(content_words)),
        float(_opens_with_complementiser(first)),
        start / max(len(text), 1),
        float(start > 0.9 * len(text)),
        float(bool(words) and len(last_word) > 2 and last_word in content),
        float(_chrome(content)),
        speaker.lam_prefixed,
        math.log1p(len(_CAPITALISED_RUN.findall(text, sentence_start, end))) if english else 0.0,
        float(_plain_cue(claim.cue, doc.lang)),
        float(english and bool(role) and not role_only),
        float(english and role_only),
        float(not english and bool(role)),
        *_RESOLUTION_ONE_HOT.get(claim.resolution, _NO_RESOLUTION),
        float(margin is not None),
        math.log1p(max(margin, 0.0)) if margin is not None else 0.0,
        float(margin is not None and margin < _CLOSE_MARGIN),
        math.log1p(near),
        float(_name_shape(words, english)),
        math.log1p(_since_named(text, last_word, start, end)) / _LOG_SINCE_CAP if english else 0.0,
        0.0 if english else math.log1p(chain),
        float(not english and not claim.cue),
    )


_NEAR: Final = 200  # characters between two attributions' starts that make them neighbours


def attributions_near(claims: list[Finished]) -> list[int]:
    """Per attribution, how many others start within ``_NEAR`` characters of it. A report among reports
    (a speaker quoted sentence after sentence, an exchange of statements) is more often right than a lone
    one, which is more often a narrated act or a sentence misread as speech (page-grouped CV on dev26-dev36
    and PolNeAR train, 2026-12-08)."""
    starts = sorted(c.start for c in claims)
    return [bisect_right(starts, c.start + _NEAR - 1) - bisect_left(starts, c.start - _NEAR + 1) - 1 for c in claims]


def unnamed_runs(claims: list[Finished]) -> list[int]:
    """Per attribution (document order), the length of the run of attributions of the same speaker without
    a mention of it that the attribution closes: 0 when it names its speaker. An Arabic pro-drop chain
    carried far from the last mention drifts to the wrong speaker (set-grouped CV on the first looks at
    dev26-dev39: the longer the run, the more often wrong)."""
    out: list[int] = []
    last_speaker, run = "", 0
    for claim in claims:
        run = 0 if claim.speaker_mention else run + 1 if claim.speaker == last_speaker else 1
        last_speaker = claim.speaker
        out.append(run)
    return out


_SINCE_CAP: Final = 3000  # characters: farther back than this, the speaker is as good as unnamed
_LOG_SINCE_CAP: Final = math.log1p(_SINCE_CAP)  # scales ``en_since_named`` to [0, 1], as plain gradient descent needs


def _since_named(text: str, last_word: str, start: int, end: int) -> int:
    """Characters back from the content to the speaker's last word (or forward to it within the
    sentence after, ``…, he said``), capped: how far a carried speaker travelled."""
    if not last_word:
        return _SINCE_CAP
    before = text.rfind(last_word, max(0, start - _SINCE_CAP), start)
    gap = start - before if before >= 0 else _SINCE_CAP
    after = text.find(last_word, end, end + 200)
    if after >= 0:
        gap = min(gap, after - end)
    return min(gap, _SINCE_CAP)


def _name_shape(words: tuple[str, ...], english: bool) -> bool:
    """The speaker phrase looks like a person's name: in English two or more capitalised words, in
    Arabic a given name among its words (the lexicon's names as evidence, not a gate)."""
    if english:
        return len(words) > 1 and all(w[:1].isupper() for w in words)
    return any(fold_text(w) in _GIVEN_NAMES for w in words)


_NO_RESOLUTION: Final = (0.0,) * len(RESOLUTIONS)
_RESOLUTION_ONE_HOT: Final = {r: tuple(float(r == other) for other in RESOLUTIONS) for r in RESOLUTIONS}


class _Words(LexiconModel):
    """``confidence.toml``: the plain verbs of saying per language."""

    plain_cues: dict[str, Words] = {}


def _read_words() -> dict[str, frozenset[str]]:
    words = _Words.read(WORDS_FILE) if WORDS_FILE.exists() else _Words()
    return {lang: frozenset(w.lower() for w in forms) for lang, forms in words.plain_cues.items()}


_PLAIN_CUES: Final[dict[str, frozenset[str]]] = _read_words()  # read once, at import
_GIVEN_NAMES: Final = frozenset(
    fold_text(w)
    for w in arabic_lexicon.GIVEN_NAMES | arabic_lexicon.FEMALE_GIVEN_NAMES | arabic_lexicon.DEFINITE_GIVEN_NAMES
)


def _plain_cue(cue: str, lang: str) -> bool:
    """The cue ends in a plain verb of saying (``said``, ``told``, ``added``): reported speech as such,
    where a stance or request verb (``urged``, ``denied``, ``described``) is more often misread."""
    if not cue:
        return False
    last = cue[cue.rfind(" ") + 1 :].lower()
    return last in _PLAIN_CUES.get(lang, frozenset())


def _opens_with_complementiser(word: str) -> bool:
    """``أن``, ``إنّ``, ``بأنه``, ``that``: compared folded, so hamza forms and the ``ب`` prefix agree."""
    folded = fold_text(word).lower()
    return folded in _COMPLEMENTISERS or folded.removeprefix("ب") in _COMPLEMENTISERS


def _chrome(content: str) -> bool:
    """``_CHROME`` in ``content``; each of its branches needs a literal, looked for first (most contents
    hold none of them, and a substring test is cheaper than the pattern tried at every position)."""
    if not any(lit in content for lit in _CHROME_LITERALS):
        return False
    return _CHROME.search(content) is not None


_CHROME_LITERALS: Final = ("http", "www.", "@", "©", "|", "{{")


def _sentence_start(text: str, start: int) -> int:
    low = max(0, start - _WINDOW)
    return max(map(text.rfind, _SENTENCE_ENDS, repeat(low), repeat(start))) + 1 or low


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


MODELS: Final[dict[str, dict]] = _load_models()  # read once, at import: never filled in place


@dataclass(frozen=True, slots=True)
class _Compiled:
    """A model laid out for ``feature_vector``: the weights in the file's order (so the sum adds
    the same terms in the same order as :func:`probability`) and where each feature sits."""

    bias: float
    weights: tuple[float, ...]
    pick: Callable[[tuple[float, ...]], tuple[float, ...]]

    @classmethod
    def of(cls, model: dict) -> _Compiled:
        names = list(model["weights"])
        unknown = set(names) - set(FEATURES)
        if unknown:
            raise ValueError(f"{MODEL_FILE.name}: unknown features {sorted(unknown)}")
        return cls(model["bias"], tuple(model["weights"].values()), itemgetter(*(FEATURES.index(n) for n in names)))

    def probability(self, vector: tuple[float, ...]) -> float:
        z = self.bias + sum(map(mul, self.weights, self.pick(vector)))
        return 1.0 / (1.0 + math.exp(-z))


_COMPILED: Final[dict[str, _Compiled]] = {lang: _Compiled.of(model) for lang, model in MODELS.items()}


def probability(model: dict, values: dict[str, float]) -> float:
    z = model["bias"] + sum(w * values[name] for name, w in model["weights"].items())
    return 1.0 / (1.0 + math.exp(-z))


def calibrated(doc: CleanDocument, found: list[Finished], folded_text: str) -> list[ClaimCandidate]:
    """Candidates with ``confidence`` the model's probability (attributions; events keep the rule
    prior), set on the fields before validation (``draft.finished``) so each candidate is built once;
    ``folded_text`` is ``fold(doc.text).text``, which the extractor has already made."""
    model = _COMPILED.get(doc.lang)
    if model and found:
        speakers = _speakers(found, folded_text)
        attributions = [f for f in found if f.kind != ClaimKind.EVENT]
        runs = unnamed_runs(attributions)
        for f, near, chain in zip(attributions, attributions_near(attributions), runs, strict=True):
            vector = feature_vector(doc, f, speakers[f.speaker], near, chain)
            p = model.probability(vector)
            f.confidence = round(p if f.ceiling is None else min(p, f.ceiling), 3)
    return [f.candidate() for f in found]
