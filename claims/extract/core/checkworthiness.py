"""How worth checking a claim is, 0–1, with the reasons shown to reviewers as short labels.

Checkable statements carry numbers, dates, comparisons and named entities; predictions and
opinions cannot be checked against facts, so they pull the score down (ClaimBuster's
check-worthy/unfactual split, done with cue words instead of a model). Words are looked up in
sets after stripping Arabic clitics, which is both more exact and much faster than big regexes.
"""

from __future__ import annotations

import re
from typing import Final

from claims.extract.english.lexicon import MONTHS, WEEKDAYS
from claims.text.normalize import normalize_for_matching
from claims.types import Lang

CUE_WORDS: Final[dict[str, frozenset[str]]] = {
    "number": frozenset(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "millions",
            "billion",
            "billions",
            "trillion",
            "percent",
            "per",
            "cent",
            "dozen",
            "dozens",
            "half",
            "واحد",
            "اثنان",
            "اثنين",
            "ثلاث",
            "ثلاثه",
            "اربع",
            "اربعه",
            "خمس",
            "خمسه",
            "ست",
            "سته",
            "سبع",
            "سبعه",
            "ثماني",
            "ثمانيه",
            "تسع",
            "تسعه",
            "عشر",
            "عشره",
            "عشرين",
            "ثلاثين",
            "اربعين",
            "خمسين",
            "مئه",
            "مائه",
            "مئات",
            "الف",
            "الاف",
            "مليون",
            "ملايين",
            "مليار",
            "مليارات",
            "بالمئه",
            "بالمائه",
            "نصف",
            "ربع",
            "ضعف",
        ]
    ),
    "date": frozenset(
        [
            *MONTHS,
            *WEEKDAYS,
            "yesterday",
            "today",
            "tomorrow",
            "week",
            "month",
            "year",
            "يناير",
            "فبراير",
            "مارس",
            "ابريل",
            "مايو",
            "يونيو",
            "يوليو",
            "اغسطس",
            "سبتمبر",
            "اكتوبر",
            "نوفمبر",
            "ديسمبر",
            "كانون",
            "شباط",
            "اذار",
            "نيسان",
            "ايار",
            "حزيران",
            "تموز",
            "ايلول",
            "تشرين",
            "اثنين",
            "ثلاثاء",
            "اربعاء",
            "خميس",
            "جمعه",
            "سبت",
            "احد",
            "امس",
            "يوم",
            "غدا",
            "بتاريخ",
            "عام",
            "العام",
            "الماضي",
            "المقبل",
            "شهر",
            "اسبوع",
        ]
    ),
    "comparison": frozenset(
        [
            "more",
            "less",
            "fewer",
            "higher",
            "lower",
            "larger",
            "smaller",
            "bigger",
            "biggest",
            "largest",
            "highest",
            "lowest",
            "most",
            "least",
            "record",
            "compared",
            "than",
            "doubled",
            "tripled",
            "increase",
            "increased",
            "decrease",
            "decreased",
            "rose",
            "fell",
            "worst",
            "best",
            "up",
            "down",
            "اكثر",
            "اقل",
            "اعلي",
            "ادني",
            "اكبر",
            "اصغر",
            "مقارنه",
            "ضعف",
            "اضعاف",
            "ارتفاع",
            "ارتفع",
            "ارتفعت",
            "انخفاض",
            "انخفض",
            "انخفضت",
            "زياده",
            "تراجع",
            "تراجعت",
            "قياسي",
            "مقابل",
        ]
    ),
    "prediction": frozenset(
        [
            "will",
            "would",
            "could",
            "might",
            "expect",
            "expects",
            "expected",
            "predict",
            "predicts",
            "forecast",
            "likely",
            "plan",
            "plans",
            "intend",
            "intends",
            "soon",
            "future",
            "سوف",
            "يتوقع",
            "متوقع",
            "متوقعا",
            "سيتم",
            "ستتم",
            "سيكون",
            "ستكون",
            "مستقبل",
            "قريبا",
            "سيواصل",
            "ستواصل",
            "سيعمل",
            "ستعمل",
            "المقبل",
            "المقبله",
        ]
    ),
    "opinion": frozenset(
        [
            "should",
            "must",
            "need",
            "needs",
            "important",
            "importance",
            "believe",
            "believes",
            "think",
            "thinks",
            "hope",
            "hopes",
            "welcome",
            "welcomes",
            "necessary",
            "necessity",
            "unacceptable",
            "regret",
            "praise",
            "condemn",
            "condemns",
            "deserve",
            "deserves",
            "يجب",
            "ينبغي",
            "ضروره",
            "اهميه",
            "نعتقد",
            "يعتقد",
            "اعتقد",
            "نامل",
            "يامل",
            "تامل",
            "امل",
            "ترحيب",
            "ارتياح",
            "قلق",
            "ادانه",
            "صوابيه",
            "ادعو",
            "ندعو",
            "تقدير",
        ]
    ),
}
_WEIGHTS: Final = {
    "number": 0.2,
    "date": 0.15,
    "comparison": 0.1,
    "named entity": 0.1,
    "prediction": -0.15,
    "opinion": -0.15,
}
_ORDER: Final = ("number", "date", "comparison", "named entity", "prediction", "opinion")
_PREFIXES: Final = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س")
_SUFFIXES: Final = ("ها", "هم", "ين", "ون", "ات", "ه", "ا")
_WORD_RE: Final = re.compile(r"\w+")
# A capitalised word not opening a sentence: ``(?<![.!?"“]\s)\b[A-Z][a-z]+`` with the capital first and
# both look-behinds (the word boundary too) looking over it, so the engine scans for a capital instead
# of trying them at every position (2x faster, same matches).
_CAPITAL_RE: Final = re.compile(r"[A-Z](?<!\w[A-Z])(?<![.!?\"“]\s[A-Z])[a-z]+")


def _index() -> dict[str, tuple[str, ...]]:
    """Every cue word with every Arabic clitic and ending it may carry → its reasons (one lookup a word)."""
    index: dict[str, set[str]] = {}
    for reason, words in CUE_WORDS.items():
        for word in words:
            forms = (
                {word, word + "s"}
                if word.isascii()
                else {p + word + x for p in ("", *_PREFIXES) for x in ("", *_SUFFIXES)}
            )
            for form in forms:
                index.setdefault(form, set()).add(reason)
    return {form: tuple(sorted(reasons)) for form, reasons in index.items()}


_INDEX: Final = _index()
_DIGIT_RE: Final = re.compile(r"\d")
_YEAR_RE: Final = re.compile(r"\b(?:19|20)\d\d\b")


def score_checkworthiness(
    content: str,
    lang: Lang,
    names: frozenset[str] | set[str] = frozenset(),
    *,
    key: str | None = None,
    more_names: frozenset[str] = frozenset(),
) -> tuple[float, tuple[str, ...]]:
    """Score ``content`` and say why: ``number``, ``date``, ``comparison``, ``named entity``, ``prediction``, ``opinion``.

    ``names`` holds the article's known name words (folded, lower case), ``more_names`` a constant
    set of the same kind (places) tested beside it, so that no caller has to build their union per
    article; ``key`` may pass an already folded, lower-cased copy of ``content`` to save the normalisation.
    """
    key = normalize_for_matching(content) if key is None else key
    words = _WORD_RE.findall(key)
    found: set[str] = set()
    if _DIGIT_RE.search(key):
        found.add("number")
        if _YEAR_RE.search(key):
            found.add("date")
    index = _INDEX
    for word in index.keys() & words:  # one C-level intersection instead of a lookup per word
        found.update(index[word])
    if (
        (names and not names.isdisjoint(words))
        or (more_names and not more_names.isdisjoint(words))
        or (lang == "en" and _CAPITAL_RE.search(content, 1))
    ):
        found.add("named entity")
    reasons = frozenset(found)
    return _SCORES.get(reasons) or _score(reasons)


def _score(found: frozenset[str]) -> tuple[float, tuple[str, ...]]:
    ordered = tuple(r for r in _ORDER if r in found)
    score = 0.35 + sum(_WEIGHTS[r] for r in ordered)
    return round(min(max(score, 0.0), 1.0), 2), ordered


# Every set of reasons (64 of them) scored once: a claim's score is then one dict lookup.
_SCORES: Final = {
    frozenset(found): _score(frozenset(found))
    for found in ({r for n, r in enumerate(_ORDER) if bits >> n & 1} for bits in range(1 << len(_ORDER)))
}
