"""Arabic reporting cues in a sentence: one dict lookup per token over every conjugated form.

The 3ms ``بيّن`` is spelt like ``بين`` (between), so it counts as a cue only before an honorific
pronoun or a title (``وبيّن معاليه أن …``), before a name closed by ``أن`` (``وبيّن الحقباني أن``) at the
sentence start or after a comma (``…، وبيّن المصدر أن``), or
when it opens a clause and a colon or complementiser follows (``…، بيّن: «…»``, ``وبيّن ، أن …``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.cue_forms import NOT_CLITIC, CueForm, clitic_cue_forms, cue_forms, f, fold_set
from claims.extract.arabic.noun_phrases import HONORIFICS
from claims.extract.arabic.words import (
    CHANNEL_WORDS,
    COMPLEMENTISERS,
    FRAME_WORDS,
    GIVEN,
    TITLES,
    is_name_token,
)
from claims.extract.core.tokens import QUOTE_CHARS, Tok


@dataclass
class Cue:
    k: int  # token index
    form: CueForm
    clitic: bool


_SHORT_CLITIC: Final = fold_set(lx.SHORT_CLITIC_CUES)  # "وحث": a two-letter form behind its clitic


def _cue_index() -> dict[str, tuple[CueForm, bool]]:
    """Every cue form, and its و/ف-prefixed spelling, in one dict: one lookup per word."""
    index: dict[str, tuple[CueForm, bool]] = {}
    forms = cue_forms()
    for w, form in forms.items():
        if len(w) >= 3 or w in _SHORT_CLITIC:
            for clitic in "وف":
                if clitic + w not in forms:
                    index.setdefault(clitic + w, (form, True))
    for w, form in forms.items():
        index[w] = (form, False)
    for w, form in clitic_cue_forms().items():
        for clitic in "وف":
            index.setdefault(clitic + w, (form, True))
    for w in NOT_CLITIC:
        index.pop(w, None)  # "231 ألف فدان": the unit, not ف + دان
    return index


# Built whole at import and never changed: a lazily filled dict let a second thread read it half
# full (issue 12, item 10).
_CUE_INDEX: Final = _cue_index()


_TEXT: Final = itemgetter(0)  # a token's text
_NEGATING_NOUNS: Final = frozenset(("عدم", "دون", "بدون", "لعدم"))
_BAYYANA: Final = CueForm("بين", "ms", (), "clause", False)


_BAYYANA_NEXT: Final = HONORIFICS | TITLES
_BAYYANA_WORDS: Final = frozenset(("بين", "وبين"))
# "أن" and "بأن", bare or with the pronoun of the clause's subject ("وبيّن الزاملي أنه …")
_THAT: Final = (COMPLEMENTISERS & frozenset(("ان", "بان"))) | fold_set(
    ("أنه", "أنها", "أنهم", "بأنه", "بأنها", "بأنهم", "انه", "انها", "انهم")
)
_THAT_CLAUSE: Final = COMPLEMENTISERS - frozenset(("لان",))
_ANY_THAT: Final = _THAT_CLAUSE | _THAT


def find_cues(toks: list[Tok]) -> list[Cue]:
    index = _CUE_INDEX
    texts = list(map(_TEXT, toks))
    out = [
        Cue(k, *index[texts[k]])
        for k in compress(count(), map(index.__contains__, texts))  # the few cue words, found in C
        if (k == 0 or (texts[k - 1] not in _NEGATING_NOUNS and not _object_of_verb(texts, k, index[texts[k]])))
        and (texts[k] not in _PREP_ONLY or _own_prep_follows(texts, k, index[texts[k]][0]))
    ]  # "طلب عدم ذكر اسمه", "دون الإعلان عن": a verbal noun after عدم/دون is no report
    if toks and not out:
        out.extend(_transposed(toks))
    words = texts  # each test below is one C-level pass: most sentences hold neither word
    if not _LAUNCH_WORDS.isdisjoint(words):
        out.extend(_launched_speech(toks))
        out.sort(key=lambda c: c.k)
    if not SAYING.isdisjoint(words):
        out.extend(_verb_then_saying(toks, out))
        out.sort(key=lambda c: c.k)
    if _BILQAWL in words:
        out.extend(_verb_then_bilqawl(toks, out))
        out.sort(key=lambda c: c.k)
    if not _LEARNED_WORDS.isdisjoint(words[:2]):
        out.extend(_learned(toks))
        out.sort(key=lambda c: c.k)
    if not _COLON_WORDS.isdisjoint(words):
        out.extend(_colon_cues(toks))
        out.sort(key=lambda c: c.k)
    if _BAYYANA_WORDS.isdisjoint(words):
        return out
    for k, tok in enumerate(toks):
        if tok.text not in _BAYYANA_WORDS or k + 2 >= len(toks):
            continue
        # "، وبيّن المصدر أن …": after a comma, و-بين opens a new clause as the sentence start does
        opening = k < 3 or (tok.text == "وبين" and _clause_opening(toks, k)) or _after_turn(toks, k)
        nxt = k + 2 if lone_mark(toks, k + 1) and k + 3 < len(toks) else k + 1  # "وبيّن ” الوزير أن"
        initial = opening and (toks[nxt].text in _BAYYANA_NEXT or _named_clause(toks, nxt))
        if initial or (_clause_opening(toks, k) and _complement_follows(toks, k + 1)):
            out.append(Cue(k, _BAYYANA, tok.text[0] == "و"))  # "وبيّن معاليه أن": bayyana, not "between"
            out.sort(key=lambda c: c.k)
    return out


_COLON_CUES: Final = fold_set(lx.COLON_CUES)
_REPLY_CUES: Final = fold_set(lx.REPLY_COLON_CUES)
_COLON_WORDS: Final = frozenset(
    c + w for w in (*_COLON_CUES, *_REPLY_CUES) for c in ("", "و", "ف")
)
_REPLY_REACH: Final = 8  # words from a reply verb to its colon: the subject, its title, "على" + the question
_REPLY_STOPS: Final = frozenset((".", "؟", "?", "!", "؛", *QUOTE_CHARS))
_NOT_SUBJECTS: Final = fold_set(("في", "من", "عن", "الى", "إلى", "على", "مع", "بين", "لدى", "قبل", "بعد", "خلال"))


def _colon_cues(toks: list[Tok]) -> list[Cue]:
    """``وواصل: «…»``: a verb of going on (``colon_cues``) opening its sentence or clause with a colon
    right after it reports the words that follow; without the colon it goes on doing something."""
    out: list[Cue] = []
    for k, tok in enumerate(toks[:-1]):
        w = tok.text
        clitic = w not in _COLON_CUES and w[:1] in "وف" and w[1:] in _COLON_CUES
        if (w in _COLON_CUES or clitic) and toks[k + 1].text == ":" and _clause_opening(toks, k):
            stem = w[1:] if clitic else w
            feminine = stem.endswith("ت")
            lemma = stem[:-1] if feminine else stem
            out.append(Cue(k, CueForm(lemma, "fs" if feminine else "ms", (), "clause", False), clitic))
        elif _REPLY_CUES.isdisjoint((w, w[1:])) or any(c.k < k for c in out):
            continue
        elif (reply := _reply_colon(toks, k)) is not None:
            out.append(Cue(k, reply, w not in _REPLY_CUES))
    return out


def _reply_colon(toks: list[Tok], k: int) -> CueForm | None:
    """``ردّ الوزير: …``, ``وفي ردّه على سؤال …، ردّت الوزيرة: «…»``, ``وعقّب: …``: a verb of replying with a
    colon right after it or after its subject (a few words, no stop, quotation, complementiser or other
    cue before the colon) reports the words that follow, as ``أجاب`` does. A preposition right after the
    verb (``وَرَدَ في البيان:`` "it came in the statement") is no reply, and a reply verb inside a clause
    (``قال الوزير عقب الاجتماع:``) is the preposition "after" or a noun: it must open the sentence, a
    clause, or follow a fronted phrase with no cue of its own."""
    w = toks[k].text
    stem = w if w in _REPLY_CUES else w[1:]
    if k + 1 >= len(toks) or toks[k + 1].text in _NOT_SUBJECTS:
        return None
    if stem.startswith("عقب") and not (_clause_opening(toks, k) or w != stem):
        return None  # "عقب الاجتماع": the preposition "after", unless it opens with its clitic or clause
    for m in range(k + 1, min(len(toks), k + 1 + _REPLY_REACH)):
        t = toks[m].text
        if t == ":":
            feminine = stem.endswith("ت")
            return CueForm(stem[:-1] if feminine else stem, "fs" if feminine else "ms", (), "clause", False)
        if t in _REPLY_STOPS or t in _ANY_THAT or t in _CUE_INDEX:
            return None
    return None


# "وعلم «الأفق» أن …": the masculine علم is left out of the forms (alone it is the passive "it was
# learned", or the noun "flag"); before a quoted name and a complementiser it is the paper's report.
_LEARNED_WORDS: Final = frozenset(("علم", "وعلم"))
_LEARNED_FORM: Final = CueForm("علم", "ms", (), "clause", False)
_LEARNED_NAME: Final = 4  # words of the quoted paper's name


def _learned(toks: list[Tok]) -> list[Cue]:
    for k, tok in enumerate(toks[:2]):
        if tok.text not in _LEARNED_WORDS or k + 3 >= len(toks) or toks[k + 1].text not in QUOTE_CHARS:
            continue
        for m in range(k + 3, min(len(toks) - 1, k + 3 + _LEARNED_NAME)):
            if toks[m].text in QUOTE_CHARS:
                if toks[m + 1].text in _THAT_CLAUSE:
                    return [Cue(k, _LEARNED_FORM, tok.text[0] == "و")]
                break
    return []


_PREP_ONLY: Final = frozenset(c + w for w in fold_set(lx.PREP_ONLY_CUE_FORMS) for c in ("", "و", "ف"))
_PREP_REACH: Final = 6  # words of a subject between the verb and its preposition
_NOT_PREP_OBJECTS: Final = fold_set(("طريق",))  # "عن طريق": by way of, no topic of speech


def _own_prep_follows(texts: list[str], k: int, form: CueForm) -> bool:
    """``وعبرت الوزيرة عن ارتياحها``: a form spelt like another verb (``عبرت`` "crossed") is the cue
    when the cue's preposition follows within a subject's few words, before any comma or stop."""
    for m in range(k + 1, min(len(texts), k + 1 + _PREP_REACH)):
        w = texts[m]
        if w in ("،", ",", ".", "؛"):
            return False
        if w in form.preps:
            return m + 1 < len(texts) and texts[m + 1] not in _NOT_PREP_OBJECTS
    return False


def _object_of_verb(texts: list[str], k: int, hit: tuple[CueForm, bool]) -> bool:
    """``وتدفع ثمنا مثلنا``: the dual of a verb whose stem ends in ن (ثمن, أعلن) is spelt as its
    accusative noun (ثمناً "a price") and as its first-person plural (ثمّنّا "we praised"). Right after an
    imperfect verb, with no conjunction of its own, it is that verb's object, not a second finite verb."""
    form, clitic = hit
    if clitic or form.agreement != "md" or not form.lemma.endswith("ن") or not texts[k].endswith("نا"):
        return False
    prev = texts[k - 1]
    stem = prev[1:] if prev[:1] in "وف" and len(prev) > 4 else prev
    return len(stem) >= 4 and stem[0] in "يتن" and not stem.startswith("ال") and stem not in _CUE_INDEX


# "أطلق X تحذيرا من …", "أطلقت الهيئة نداءً إلى …": launching a warning or an appeal is a report; launching
# anything else (a rocket, a campaign) is not. Forms by agreement; the object must follow within a few words.
_LAUNCH: Final = {"اطلق": "ms", "اطلقت": "fs", "اطلقوا": "mp", "اطلقا": "md", "اطلقتا": "fd"}
_LAUNCH_WORDS: Final = frozenset((*_LAUNCH, *("و" + w for w in _LAUNCH), *("ف" + w for w in _LAUNCH)))
SPEECH_OBJECTS: Final = fold_set(
    ("تحذيرا", "تحذيراً", "تحذير", "نداء", "نداءا", "نداءً", "دعوة", "دعوات", "مناشدة", "صرخة", "تحذيرات")
)


def _launched_speech(toks: list[Tok]) -> list[Cue]:
    out: list[Cue] = []
    for k, tok in enumerate(toks):
        w = tok.text
        clitic = w[:1] in "وف" and w[1:] in _LAUNCH
        agreement = _LAUNCH.get(w[1:] if clitic else w)
        if agreement and any(t.text in SPEECH_OBJECTS for t in toks[k + 1 : k + 12]):
            out.append(Cue(k, CueForm("اطلق", agreement, ("من", "الي"), "np", True), clitic))
    return out


def _transposed(toks: list[Tok]) -> list[Cue]:
    """``اعنلت وزارة الصحة …`` (two letters typed in the wrong order): a sentence-initial word that is a
    perfect cue with two inner letters swapped. Swaps touching the last letter are left out: they turn
    verbal nouns and plurals into duals (اعلان → اعلنا, اخبار → اخبرا), and they found nothing else on
    every fixture page. Then one letter typed twice, left out or slipped in (``وققال``, ``أفدت``,
    ``وأوضحنت``), read only when a complement follows (``_misspelt``)."""
    for k, tok in enumerate(toks[:2]):
        w = tok.text
        if len(w) < 4 or w in _CUE_INDEX:
            continue
        hit = _TRANSPOSED.get(w) if len(w) >= 5 else None
        if hit is not None:
            return [Cue(k, *hit)]
        hit = _misspelt(w)
        if hit is not None and _complement_near(toks, k + 1):
            return [Cue(k, *hit)]
    return []


@lru_cache(maxsize=1 << 16)  # a pure function of one word, asked of every word of every sentence
def _misspelt(w: str) -> tuple[CueForm, bool] | None:
    """A perfect cue one letter away from ``w``: its first letter typed twice (``ققال``), an alef left
    out (``افدت`` ← ``افادت``) or a letter slipped in past the verb's first three (``اوضحنت`` ← ``اوضحت``).
    A slipped-in long vowel or ة, a letter next to its twin, or one in the verb's first three slots or
    the last, is left out: those edits turn words into cues (``مقال`` → ``قال``, ``اشارات`` → ``اشارت``,
    ``وقتال`` → ``وقال``, ``اعداد`` → ``اعاد``)."""
    hit = _DROPPED.get(w)
    if hit is not None:
        return hit
    first = 1 if w[0] in "وف" else 0  # the verb's first letter, after its clitic
    for p in range(1, len(w) - 1):
        # the verb's first letter typed twice (a doubled root letter further on is a word: مدد)
        doubled = p == first + 1 and w[p] == w[p - 1]
        twin = w[p] == w[p - 1] or w[p] == w[p + 1]  # a root letter doubled: no slip
        if doubled or (p >= first + 3 and w[p] not in _LONG_LETTERS and not twin):
            hit = _PERFECT.get(w[:p] + w[p + 1 :])
            if hit is not None:
                return hit
    return None


_LONG_LETTERS: Final = frozenset("اويىةء")
_COMPLEMENT_REACH: Final = 8  # words from a misspelt cue to its complement: the speaker or a short frame


def _complement_near(toks: list[Tok], m: int) -> bool:
    """A complementiser or a colon within a few words, before the sentence ends."""
    for t in toks[m : m + _COMPLEMENT_REACH]:
        if t.text in _ANY_THAT or t.text == ":":
            return True
        if t.text in ".؟?!؛":
            return False
    return False


def _transpositions() -> dict[str, tuple[CueForm, bool]]:
    """Every misspelling ``_transposed`` reads, built at import: a perfect cue of five letters or more with
    letters ``i`` and ``i + 1`` swapped (never the last) → the cue. A spelling two cues share takes the
    one whose swap comes first, as trying the swaps of a word from its start finds it."""
    found: dict[str, tuple[int, tuple[CueForm, bool]]] = {}
    for cue, hit in _PERFECT.items():
        if len(cue) < 5:
            continue
        for i in range(len(cue) - 2):
            typo = cue[:i] + cue[i + 1] + cue[i] + cue[i + 2 :]
            if typo not in found or i < found[typo][0]:
                found[typo] = (i, hit)
    return {typo: hit for typo, (_, hit) in found.items()}


def _droppings() -> dict[str, tuple[CueForm, bool]]:
    """Every perfect cue of five letters or more with one inner alef left out (``افدت`` ← ``افادت``)
    → the cue, unless the shorter spelling is a cue of its own. The first drop found wins. Other drops
    spell other verbs (``اضحت`` "became" ← ``اوضحت``, ``اعلت`` "raised" ← ``اعلنت``)."""
    found: dict[str, tuple[CueForm, bool]] = {}
    for cue, hit in _PERFECT.items():
        if len(cue) < 5:
            continue
        for i in range(1, len(cue) - 1):
            if cue[i] != "ا":
                continue
            typo = cue[:i] + cue[i + 1 :]
            if typo not in _CUE_INDEX:
                found.setdefault(typo, hit)
    return found


# the finite perfect forms (bare and with و/ف): the only spellings a misspelling is read as
_PERFECT: Final = {w: hit for w, hit in _CUE_INDEX.items() if not (hit[0].imperfect or hit[0].participle)}
_TRANSPOSED: Final = _transpositions()
_DROPPED: Final = _droppings()


def lone_mark(toks: list[Tok], m: int, n: int | None = None) -> bool:
    """``وبيّن ” الوزير أن …``: a quotation mark at ``m`` that no other mark in the sentence (up to
    ``n``) answers: a stray keystroke between the cue and its subject, no quotation."""
    return toks[m].text in QUOTE_CHARS and not any(t.text in QUOTE_CHARS for t in toks[m + 1 : n])


def _clause_opening(toks: list[Tok], k: int) -> bool:
    """The word opens its sentence or a clause after a comma (``وحول العراقيل، بيّن: …``)."""
    return k == 0 or toks[k - 1].text in ("،", ",")


_TURN_MARKERS: Final = frozenset(tuple(f(p).split()) for p in lx.TURN_MARKERS)


def _after_turn(toks: list[Tok], k: int) -> bool:
    """``ومن جانبه، بيّن رئيس …``: a turn marker and a comma open the sentence, so the bare form after
    them stands where a sentence-initial one does (the turn names the next speaker, never "between")."""
    return k >= 2 and toks[k - 1].text in ("،", ",") and tuple(t.text for t in toks[: k - 1]) in _TURN_MARKERS


def _complement_follows(toks: list[Tok], m: int) -> bool:
    """``بيّن: «…»``, ``وبيّن ، أن …``: a colon or a complementiser right after (a comma allowed);
    "between" takes two nouns, never a clause."""
    if toks[m].text in ("،", ",") and m + 1 < len(toks):
        m += 1
    return toks[m].text == ":" or toks[m].text in _THAT_CLAUSE


def _named_clause(toks: list[Tok], m: int) -> bool:
    """``وبيّن الحقباني أن …``: one to three name words then a complementiser; "between" would join
    two nouns with و (``بين الرياض وطوكيو``), which no complementiser follows."""
    for k in range(m, min(m + 4, len(toks))):
        w = toks[k].text
        if w in _THAT:
            return k > m
        if w in ("،", ",") and k > m:
            return _channel_frame(toks, k + 1)
        if w == "في" and k > m:  # "وبيّن الدالي في تصريح لوكالة …، اليوم، أنّه …": no comma
            return _channel_frame(toks, k) and not _joined_before_clause(toks, k)
        if w in GIVEN and k + 1 < len(toks) and toks[k + 1].text in ("،", ","):
            continue  # "وبيّن علي، في تصريح …": a given name spelt like a preposition, set off by the comma
        if not w[0].isalpha() or w[0] == "و" or not is_name_token(w):
            return False
    return False


_CHANNEL_FRAME: Final = 10  # words of "في تصريح لوكالة X، اليوم الأربعاء،" before the complementiser


def _joined_before_clause(toks: list[Tok], m: int) -> bool:
    """A و-word before the complementiser (``بين X في تصريح سابق وما قاله …``): "between" joins two
    nouns; a frame of a statement and its date has no و."""
    for t in toks[m : m + 2 + _CHANNEL_FRAME]:
        if t.text in _ANY_THAT:
            return False
        if t.text[:1] == "و":
            return True
    return False


def _channel_frame(toks: list[Tok], m: int) -> bool:
    """``وبيّن علي، في تصريح للإذاعة، أن …``: after the name and a comma, a ``في`` with a channel noun
    (a statement, an interview), then the complementiser within a few words; "between" joins two
    nouns and never goes on to a frame and a clause."""
    if m + 1 >= len(toks) or toks[m].text != "في" or toks[m + 1].text not in CHANNEL_WORDS:
        return False
    return any(t.text in _ANY_THAT for t in toks[m + 2 : m + 2 + _CHANNEL_FRAME])


# "قائلاً" after a finite verb: "وتبع قائلا:", "ورد قائلا", "وختم قائلا", "واستطرد قائلة". Whatever the verb
# (a dialect or a misspelling of تابع), the pair opens a new report (§4.10); agreement is the participle's.
SAYING: Final = fold_set(("قائلا", "قائلاً", "قائلة", "قائلين", "قائلتين"))
_SAYING_AGREEMENT: Final = {"قائلا": "ms", "قائله": "fs", "قائلين": "mp", "قائلتين": "fd"}


def _verb_then_saying(toks: list[Tok], found: list[Cue]) -> list[Cue]:
    """A clause-opening word right before ``قائلا`` is a finite reporting verb, listed or not."""
    known = {c.k for c in found}  # "وأضاف قائلا", "، مضيفا قائلا": the listed cue (or participle) is the cue
    out: list[Cue] = []
    for k in range(1, len(toks)):
        agreement = _SAYING_AGREEMENT.get(toks[k].text)
        if agreement is None or k - 1 in known:
            continue
        w = toks[k - 1].text
        clitic = len(w) >= 4 and w[0] in "وف"
        opens = clitic or k - 1 == 0 or toks[k - 2].text in ("،", ",")
        verb = w[1:] if clitic else w
        # "وعقب قائلا": a frame word (عقب "after") before قائلا is the verb it also spells
        if opens and w[0].isalpha() and (is_name_token(verb) or verb in FRAME_WORDS):
            out.append(Cue(k - 1, CueForm("قال", agreement, (), "clause", False), clitic))
        elif not out and _opening_verb_saying(toks, k, found):
            out.append(Cue(0, CueForm("قال", agreement, (), "clause", False), True))
    return out


_SAYING_REACH: Final = 14  # words from the opening verb to قائلا: its subject and what it was about


def _opening_verb_saying(toks: list[Tok], k: int, found: list[Cue]) -> bool:
    """``وتحدث المدرب عن موقف اللاعبين قائلاً: "…"``: a و-verb opening the sentence, no listed cue
    before ``قائلا``, and a colon or quotation mark right after it: the opening verb is the report,
    its subject the speaker, the quotation its words (like ``… بالقول إن``)."""
    w = toks[0].text
    return (
        2 < k <= _SAYING_REACH
        and k + 1 < len(toks)
        and (toks[k + 1].text == ":" or toks[k + 1].text in QUOTE_CHARS)
        and len(w) >= 4
        and w[0] == "و"
        and is_name_token(w[1:])
        and not any(c.k < k for c in found)
        and not any(t.text in ("،", ",", ".") for t in toks[1:k])
    )


_BILQAWL: Final = "بالقول"
_BILQAWL_REACH: Final = 10  # words from the verb to بالقول: the subject and its title


def _verb_then_bilqawl(toks: list[Tok], found: list[Cue]) -> list[Cue]:
    """``ورد النائب عن تحالف X حسن سالم بالقول إن …``: a clause-opening verb whose subject is followed by
    ``بالقول`` and the content is a reporting verb, listed or not (like ``… قائلا``)."""
    known = {c.k for c in found}
    out: list[Cue] = []
    for q, tok in enumerate(toks):
        if tok.text != _BILQAWL or q + 1 >= len(toks):
            continue
        if toks[q + 1].text not in COMPLEMENTISERS and toks[q + 1].text != ":":
            continue
        for k in range(q - 2, max(-1, q - _BILQAWL_REACH), -1):
            w = toks[k].text
            if not (k == 0 or toks[k - 1].text in ("،", ",")):
                continue
            if k in known or any(c.k in range(k, q) for c in found):
                break  # a listed cue already opens this clause
            clitic = len(w) >= 3 and w[0] in "وف"
            verb = w[1:] if clitic else w
            if w[0].isalpha() and is_name_token(verb) and len(verb) >= 2:
                agreement = "fs" if verb.endswith("ت") else "ms"
                out.append(Cue(k, CueForm("قال", agreement, (), "clause", False), clitic))
            break
    return out
