"""Arabic cue forms: expand the verb lexicon into every conjugation and clitic we match.

A table beats a stemmer here: the forms are few, lookups are one dict access per token, and
each form carries the agreement (gender, number) that pro-drop resolution needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.text.normalize import fold

Agreement = str  # "ms" "fs" "mp" "fp" "md" "fd" (person agreement) or "p"/"pf" (participle)


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str
    agreement: Agreement
    preps: tuple[str, ...]
    complement: lx.Complement
    prep_required: bool
    imperfect: bool = False

    @property
    def participle(self) -> bool:
        return self.agreement in ("p", "pf")

    @property
    def gender(self) -> str:
        return "f" if self.agreement in ("fs", "fd", "fp", "pf") else "m"

    @property
    def number(self) -> str:
        return {"md": "dual", "fd": "dual", "mp": "plural", "fp": "plural"}.get(self.agreement, "singular")


def f(word: str) -> str:
    """The folded spelling every lexicon is compared in."""
    return fold(word).text


def _regular(
    lemma: str, spec: tuple[str, str, str, tuple[str, ...], lx.Complement, bool]
) -> dict[str, CueForm]:
    perfect, stem, participle, preps, comp, required = spec
    out: dict[str, CueForm] = {}

    def add(form: str, agr: Agreement, imperfect: bool = False) -> None:
        out.setdefault(f(form), CueForm(lemma, agr, preps, comp, required, imperfect))

    if perfect:
        for suffix, agr in (("", "ms"), ("ت", "fs"), ("وا", "mp"), ("ا", "md"), ("تا", "fd"), ("ن", "fp")):
            add(perfect + suffix, agr)
    else:
        for suffix, agr in (("ت", "fs"), ("وا", "mp"), ("تا", "fd")):
            add(stem + suffix, agr)
    for prefix, suffix, agr in (
        ("ي", "", "ms"),
        ("ت", "", "fs"),
        ("ي", "ون", "mp"),
        ("ي", "ان", "md"),
        ("ت", "ان", "fd"),
    ):
        add(prefix + stem + suffix, agr, imperfect=True)
        add("س" + prefix + stem + suffix, agr, imperfect=True)
    if participle:
        add(participle + "ا", "p")
        add(participle, "p")
        add(participle + "ه", "pf")
        add(participle + "ين", "p")
    return out


# Generated forms that are mostly something else: nouns (مضيف host, معبر crossing), "it reaches" (يبلغ).
NOT_CUES: Final[tuple[str, ...]] = (
    "تبين",
    "يبين",
    "يدين",
    "تدين",
    "مضيف",
    "مفيد",
    "معلن",
    "مبين",
    "كاشف",
    "ناقل",
    "معبر",
    "يبلغ",
    "تبلغ",
    "سيبلغ",
    "ستبلغ",
    "يعيد",
    "تعيد",
    "يبلغون",
    "ذاكر",
    "نقلا",
    "نقلت_",
    "حسبما",
    "عدا",  # "except"; عدّ "deemed" is a cue in the perfect only
    "عدن",  # Aden
    "يعد",  # يُعدّ "is deemed", يَعِد "promises"
    "تعد",
    "سيعد",
    "ستعد",
    "يعدون",
    "يعدان",
    "تعدان",
    "سيعدون",
    "وجه",  # a face; only وجّهت/وجّهوا (with a charge) are cues
    "وجها",
)
# Words that read as a clitic-only cue behind ف/و but are nouns of their own: فدان (an acre, feddan).
NOT_CLITIC_CUES: Final[tuple[str, ...]] = ("فدان",)
# Forms that are also names (عزت, Izzat) or other words (ابان, إبّان "during"): cues only behind a و/ف
# clitic (وعزت الهيئة الارتفاع إلى …, وأبان أن …).
CLITIC_ONLY: Final[tuple[str, ...]] = ("عزت", "عزا", "عزوا", "يعزو", "تعزو", "دان", "ابان")


def _all_forms() -> dict[str, CueForm]:
    out: dict[str, CueForm] = {}
    for lemma, spec in lx.REGULAR_VERBS.items():
        for form, cue in _regular(lemma, spec).items():
            out.setdefault(form, cue)
    for lemma, (table, preps, comp, required) in lx.IRREGULAR_VERBS.items():
        for agr, forms in table.items():
            for form in forms:
                imperfect = _imperfect(lemma, form, agr)
                out.setdefault(f(form), CueForm(lemma, agr, preps, comp, required, imperfect))
    return out


def _imperfect(lemma: str, form: str, agr: Agreement) -> bool:
    """An irregular form is imperfect when it starts with the prefix ي/ت; a verb whose perfect itself
    starts with ت (تمنّى, تمنّوا, تمنّيا) takes the prefix before that ت (يتمنى, تتمنى)."""
    if agr in ("p", "pf") or form.endswith(("ت", "تا")):
        return False
    if lemma.startswith("ت"):
        return form[:2] in ("يت", "تت")
    return form[:1] in "يت"


# Built whole at import, never filled in place: threads extracting at once share them safely.
_ALL_FORMS: Final = _all_forms()
_NOT_CUE_FORMS: Final = frozenset(f(w) for w in (*NOT_CUES, *CLITIC_ONLY))
_CUE_FORMS: Final = {w: c for w, c in _ALL_FORMS.items() if w not in _NOT_CUE_FORMS}
_CLITIC_CUE_FORMS: Final = {f(w): _ALL_FORMS[f(w)] for w in CLITIC_ONLY if f(w) in _ALL_FORMS}
NOT_CLITIC: Final = frozenset(f(w) for w in NOT_CLITIC_CUES)


def cue_forms() -> dict[str, CueForm]:
    """Every folded cue form → its analysis (first lemma wins on a clash). Read only."""
    return _CUE_FORMS


def clitic_cue_forms() -> dict[str, CueForm]:
    """The ``CLITIC_ONLY`` forms, to be matched with their و/ف clitic only. Read only."""
    return _CLITIC_CUE_FORMS


def fold_set(words: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    return frozenset(f(w) for w in words)
