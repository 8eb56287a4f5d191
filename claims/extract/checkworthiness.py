"""How worth checking a claim is, 0–1, with the reasons shown to reviewers as short labels.

Checkable statements carry numbers, dates, comparisons and named entities; predictions and
opinions cannot be checked against facts, so they pull the score down (ClaimBuster's
check-worthy/unfactual split, done with cue words instead of a model).
"""

from __future__ import annotations

import re

from claims.text.normalize import normalize_for_matching
from claims.types import Lang

def _words(english: str, arabic: str) -> re.Pattern[str]:
    """English words on word boundaries; Arabic words also with a clitic (و ف ب ل ال) and ه/ين/ون/ات endings."""
    return re.compile(
        rf"\b(?:{english})\b|(?<!\w)(?:[وفبلك]|ال|وال|بال|لل)?(?:{arabic})(?:ه|ين|ون|ات|ا)?(?!\w)"
    )


_NUMBER_RE = re.compile(r"\d|" + _words(
    "one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent|dozen",
    "واحد|اثنان|اثنين|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|عشرين|مئه|مائه|الف|الاف|مليون|ملايين|مليار"
    "|بالمئه|بالمائه|نصف|ربع",
).pattern)
_DATE_RE = re.compile(r"\b(?:19|20)\d\d\b|" + _words(
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last (?:week|month|year)",
    "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار"
    "|حزيران|تموز|ايلول|تشرين|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد|امس|يوم|بتاريخ|عام|الماضي",
).pattern)
_COMPARISON_RE = _words(
    "more|less|fewer|higher|lower|larger|smaller|biggest|largest|highest|lowest|most|least|record|compared"
    "|than|doubled|tripled|increase|decrease|rose|fell|worst|best",
    "اكثر|اقل|اعلي|ادني|اكبر|اصغر|مقارنه|ضعف|اضعاف|ارتفاع|انخفاض|زياده|تراجع|قياسي",
)
_PREDICTION_RE = _words(
    "will|would|could|might|expect|expects|expected|predict|forecast|likely|plan|plans|intend",
    "سوف|يتوقع|متوقع|متوقعا|سيتم|ستتم|سيكون|ستكون|مستقبل|قريبا|سيواصل|ستواصل|سيعمل|ستعمل",
)
_OPINION_RE = _words(
    "should|must|need|needs|important|importance|believe|believes|think|thinks|hope|hopes|welcome|welcomes"
    "|necessary|necessity|unacceptable|regret|praise|condemn|condemns",
    "يجب|ينبغي|ضروره|اهميه|نعتقد|يعتقد|اعتقد|نامل|يامل|تامل|ترحيب|ارتياح|قلق|ادانه|صوابيه|ادعو|ندعو|امل",
)


def score_checkworthiness(content: str, lang: Lang, names: list[str] | tuple[str, ...] = ()) -> tuple[float, tuple[str, ...]]:
    """Score ``content`` and say why: ``number``, ``date``, ``comparison``, ``named entity``, ``prediction``, ``opinion``."""
    key = normalize_for_matching(content)
    reasons: list[str] = []
    score = 0.35
    if _NUMBER_RE.search(key):
        reasons.append("number")
        score += 0.2
    if _DATE_RE.search(key):
        reasons.append("date")
        score += 0.15
    if _COMPARISON_RE.search(key):
        reasons.append("comparison")
        score += 0.1
    if _has_entity(content, key, lang, names):
        reasons.append("named entity")
        score += 0.1
    if _PREDICTION_RE.search(key):
        reasons.append("prediction")
        score -= 0.15
    if _OPINION_RE.search(key):
        reasons.append("opinion")
        score -= 0.15
    return round(min(max(score, 0.0), 1.0), 2), tuple(reasons)


def _has_entity(content: str, key: str, lang: Lang, names: list[str] | tuple[str, ...]) -> bool:
    if any(n and n in key for n in names):
        return True
    if lang == "en":
        # A capitalised word that does not start the text or a sentence.
        return bool(re.search(r"(?<![.!?\"“]\s)(?<!^)\b[A-Z][a-z]+", content[1:]))
    return False
