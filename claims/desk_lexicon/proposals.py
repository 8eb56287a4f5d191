"""Lexicon entries an editor's correction teaches: pure rules, from one lesson to its proposals.

A *lesson* is a claim as the desk settled it (speaker, kind, cue, span) beside what the extractor
had said, if anything (an added claim had nothing). The rules look at the article's own words for
what the extractor could not have known: the speaker's first name (a given name it lacks), the words
before the name (a title or office it lacks, so it read them as part of the name or missed the
speaker), the organisation's head word, the reporting verb, and the extractor's own mention of the
same person (an alias of the canonical name). Each proposal is a fragment in the built-in lexicons'
format; an editor accepts, edits or rejects it. Nothing here is applied without that decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claims.extract import vocabulary as vocab
from claims.text.normalize import fold

_AR_BOUNDARY = re.compile(r"[.،,؛;:!?؟«»\"“”()\n]")
_EN_BOUNDARY = re.compile(r"[.;:!?\"“”()\n]")
_WORD = re.compile(r"\w{3,}")  # words that can tie a mention to a name ("Maamari" ↔ "al-Maamari")
_AR_PREPS = ("الي", "علي", "ب", "من", "عن", "ان")
_EN_FUNCTION = frozenset({"the", "a", "an", "and", "of", "by", "to", "said", "says"})


@dataclass(frozen=True)
class Lesson:
    """One settled claim: the desk's speaker, kind and cue over the article's text, and the extractor's."""

    lang: str
    text: str
    start: int
    end: int
    speaker: str
    speaker_kind: str
    cue: str
    extracted_speaker: str = ""  # "" when a reviewer added the claim the extractor missed
    extracted_mention: str = ""
    extracted_cue: str = ""


@dataclass(frozen=True)
class Proposal:
    kind: str  # alias | title | given_name | organization | cue
    data: dict[str, Any]  # a lexicon fragment, e.g. {"person_titles": ["ناظره"]}
    summary: str


def propose(lesson: Lesson) -> list[Proposal]:
    """Every entry this lesson teaches that the built-in rules lack, most specific first."""
    if not lesson.speaker.strip() or " + " in lesson.speaker:
        return []
    rules = _arabic if lesson.lang == "ar" else _english
    out: list[Proposal] = []
    seen: set[str] = set()
    for p in rules(lesson):
        key = repr(sorted(p.data.items()))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _alias(lesson: Lesson) -> list[Proposal]:
    """The extractor's own name for this person, when it is part of the name or the name is part of it.

    ``Maamari`` for ``Ghailan bin Hamad al-Maamari``, or a name read with its office glued on; a title
    alone (``the judge``) or another person's name teaches nothing that holds in the next article.
    """
    want = set(_WORD.findall(_key(lesson.speaker)))
    out = []
    for said in (lesson.extracted_speaker, lesson.extracted_mention):
        said = said.strip()
        if not said or " + " in said or _key(said) == _key(lesson.speaker):
            continue
        words = set(_WORD.findall(_key(said)))
        if words and (words <= want or want <= words):
            out.append(
                Proposal(
                    "alias",
                    {"speaker_aliases": {lesson.speaker: [said]}},
                    f"“{said}” names {lesson.speaker}",
                )
            )
    return out


def _key(name: str) -> str:
    return " ".join(fold(name).text.lower().split())


# ------------------------------------------------------------------------------------------ Arabic


def _arabic(lesson: Lesson) -> list[Proposal]:
    text = vocab.folded(lesson.text)
    name = vocab.folded(lesson.speaker.strip())
    out = _alias(lesson)
    at = _nearest(text, name, lesson.end)
    words = name.split()
    if lesson.speaker_kind == "person" and at >= 0:
        title = _arabic_title_before(text, at, lesson.cue)
        if title:
            out.append(
                Proposal(
                    "title", {"person_titles": [title]}, f"“{title}” is a title (before {lesson.speaker})"
                )
            )
        first = words[0]
        if (
            len(words) > 1
            and len(first) > 2
            and not vocab.arabic_given_name(first)
            and not vocab.arabic_known_word(first)
        ):
            out.append(
                Proposal(
                    "given_name", {"given_names": [first]}, f"“{first}” is a given name ({lesson.speaker})"
                )
            )
    # An organisation's head is a construct noun (هيئة، ديوان): never definite, a name or a known word.
    head = _strip_conjunction(words[0]) if words else ""
    if (
        lesson.speaker_kind == "organization"
        and len(words) > 1
        and at >= 0
        and not head.startswith("ال")
        and not vocab.arabic_org_head(words[0])
        and not vocab.arabic_given_name(head)
        and not vocab.arabic_known_word(words[0])
    ):
        out.append(
            Proposal(
                "organization", {"org_heads": [head]}, f"“{head}” heads an organisation ({lesson.speaker})"
            )
        )
    cue = _arabic_cue(lesson.cue)
    if cue is not None:
        out.append(cue)
    return out


def _nearest(text: str, name: str, before: int) -> int:
    """Where ``name`` occurs last before ``before`` (else first anywhere; -1 when absent)."""
    if not name:
        return -1
    at = text.rfind(name, 0, before)
    return at if at >= 0 else text.find(name)


def _strip_conjunction(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _arabic_title_before(text: str, at: int, cue: str) -> str:
    """The head of the words between the cue (or the clause's start) and the name, if unknown."""
    start = max((m.end() for m in _AR_BOUNDARY.finditer(text, 0, at)), default=0)
    tokens = text[start:at].split()
    cue_words = {_strip_conjunction(w) for w in vocab.folded(cue).split()[:1]}
    last_cue = max(
        (i for i, t in enumerate(tokens) if vocab.arabic_cue(t) or _strip_conjunction(t) in cue_words),
        default=-1,
    )
    phrase = tokens[last_cue + 1 :]
    if not phrase or len(phrase) > 6:  # a long run is a clause or an organisation, not a title
        return ""
    word = phrase[0]
    head = _strip_conjunction(word)
    # The word as written is checked first: وزير is a title, not و + زير.
    if len(head) < 3 or vocab.arabic_known_word(word) or vocab.arabic_known_word(head):
        return ""
    if head[0] in "بلك" and vocab.arabic_known_word(head[1:]):  # بوزارة: a preposition on a known word
        return ""
    return head


def _arabic_cue(cue: str) -> Proposal | None:
    """A reporting verb the rules do not conjugate, as a regular verb entry (an editor checks its forms)."""
    parts = vocab.folded(cue).split()
    if not parts or any(vocab.arabic_cue(w) for w in parts) or vocab.arabic_source_phrase(cue):
        return None
    word = _strip_conjunction(parts[0])
    if len(word) < 3:
        return None
    perfect = word
    for suffix in ("تا", "وا", "ت", "ا"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            perfect = word[: -len(suffix)]
            break
    preps = [p for p in parts[1:2] if p in _AR_PREPS and p != "ان"]
    if perfect.endswith("ي"):  # a defective verb (ارتأى، روى): its perfect forms, listed one by one
        root = perfect[:-1]
        forms = {
            "ms": [perfect],
            "fs": [root + "ت"],
            "mp": [root + "وا"],
            "md": [perfect + "ا"],
            "fd": [root + "تا"],
        }
        weak = {"forms": forms, "preps": preps, "complement": "clause", "prep_required": False}
        return Proposal(
            "cue", {"irregular_verbs": {perfect: weak}}, f"“{parts[0]}” reports speech (verb {perfect})"
        )
    stem = perfect[1:] if perfect.startswith("ا") and len(perfect) > 3 else perfect
    if len(perfect) == 3:
        participle = perfect[0] + "ا" + perfect[1:]
    elif perfect.startswith("است"):
        participle = "مست" + perfect[3:]
    elif perfect.startswith("ا"):
        participle = "م" + perfect[1:]
    else:
        participle = ""
    entry = {
        "perfect": perfect,
        "imperfect": stem,
        "participle": participle,
        "preps": preps,
        "complement": "clause",
        "prep_required": False,
    }
    return Proposal(
        "cue", {"regular_verbs": {perfect: entry}}, f"“{parts[0]}” reports speech (verb {perfect})"
    )


# ----------------------------------------------------------------------------------------- English


def _english(lesson: Lesson) -> list[Proposal]:
    out = _alias(lesson)
    name = lesson.speaker.strip()
    at = lesson.text.rfind(name, 0, lesson.end)
    at = at if at >= 0 else lesson.text.find(name)
    if lesson.speaker_kind == "person" and at >= 0:
        title = _english_title_before(lesson.text, at)
        if title:
            out.append(Proposal("title", {"title_words": [title]}, f"“{title}” is a title (before {name})"))
    words = name.split()
    # An organisation's head word only from a proper name the article gives (``Palm Growers' Guild``),
    # never from a description (``senior police officer``) or a person's title.
    proper = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    if lesson.speaker_kind == "organization" and len(words) > 1 and at >= 0 and proper:
        head = words[-1].lower()
        if head.isalpha() and not vocab.english_org_word(head) and not vocab.english_title(head):
            out.append(
                Proposal("organization", {"org_words": [head]}, f"“{head}” names an organisation ({name})")
            )
    cue = _english_cue(lesson.cue)
    if cue is not None:
        out.append(cue)
    return out


def _english_title_before(text: str, at: int) -> str:
    """The word right before the name when it is a title the rules lack (``Falaj warden Zumurrud …``)."""
    start = max((m.end() for m in _EN_BOUNDARY.finditer(text, 0, at)), default=0)
    before = text[start:at].rstrip()
    if not before or before.endswith(","):
        return ""
    word = before.split()[-1].strip("'’").lower()
    if not re.fullmatch(r"[a-z][a-z-]+", word) or word in _EN_FUNCTION:
        return ""
    if vocab.english_title(word) or vocab.english_cue(word) or vocab.english_org_word(word):
        return ""
    return word


def _english_cue(cue: str) -> Proposal | None:
    parts = cue.lower().split()
    # A cue holding a verb the rules know ("had said", "went on to say") teaches nothing; only a
    # finite past form is read as a new verb (a noun such as "accusation" is not a cue).
    if not parts or any(vocab.english_cue(w) for w in parts) or parts[0] in vocab.english_auxiliaries():
        return None
    word = parts[0]
    if not word.isalpha() or not word.endswith("ed") or len(word) < 5:
        return None
    lemma = _english_lemma(word)
    forms = vocab.english_verb_forms(lemma)
    third = (
        lemma[:-1] + "ies"
        if lemma.endswith("y")
        else lemma + ("es" if lemma.endswith(("s", "sh", "ch")) else "s")
    )
    for form in (word, third):
        if form not in forms:
            forms.append(form)
    return Proposal("cue", {"reporting_verbs": {lemma: forms}}, f"“{word}” reports speech (verb {lemma})")


def _english_lemma(word: str) -> str:
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) > 4:
        base = word[:-2]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
            return base[:-1]  # quipped → quip
        if (
            base.endswith(("at", "iz", "us", "ag", "ir", "ur", "ot", "it", "in", "ov", "uc"))
            or base[-1] in "cv"
        ):
            return base + "e"  # stated → state, argued handled below
        return base
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
