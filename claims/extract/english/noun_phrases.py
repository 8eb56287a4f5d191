"""English speaker phrases: names, roles, organisations, acronyms, collectives and pronouns.

Capitalisation does the work a parser would: the trailing run of capitalised non-title words is
the name (``U.S. Secretary of State Antony Blinken``), the words before it are the role; a phrase
with an organisation word is an organisation; a plural head (``officials``) is a group.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain
from typing import Final

from claims.extract.core.checkworthiness import CUE_WORDS
from claims.extract.core.entities import Entity, Registry, group_of
from claims.extract.english import lexicon as lx
from claims.extract.english.anaphora import before_cursor, earlier, latest_org, main_org, pronoun
from claims.extract.english.described import head_of
from claims.extract.english.tokens import Tok
from claims.extract.english.words import (
    AGENTS,
    ARTICLES,
    DOCUMENTS,
    EPITHET_HEADS,
    FIRMS,
    GENERIC_HEADS,
    LEADERS,
    LOCAL_BODIES,
    OK_IN_NP,
    POSSESSIVE_PRONOUNS,
    ROLE_HEADS_ONLY,
    SPOKES,
    STATEMENTS,
    VERBAL,
    WIRES,
    before_relative,
    epithet_keys,
    given_name,
    lone_source,
    partitive,
    plural_head,
    role_before,
    role_key,
    subject_parts,
    unsourced_document,
)
from claims.types import SpeakerKind

_KIN_POSSESSIVES: Final = frozenset(["his", "her", "their"])
_ABSTRACT_ENDINGS: Final = ("cy", "tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence", "ure")
# Heads of a body's own parts (``the court's Criminal Division``), beside the organisation words.
_UNIT_HEADS: Final = frozenset(["division", "unit", "branch", "section", "chamber", "bench", "wing", "desk"])
_FRONTED_TIME: Final = frozenset("now then today yesterday tonight again still later earlier".split())
_ADVERB_SUFFIXES: Final = ("ently", "antly", "ously", "ately", "ically", "edly", "ingly")
_REFLEXIVES: Final = frozenset(
    ["himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"]
)
_COUNTS: Final = CUE_WORDS["number"]  # "two", "three": how many children a parent has
_AGE_RE: Final = re.compile(r"\d{1,3}-year-old$")  # "the 47-year-old skipper": an age epithet
# A whole lower-case word. The first letter is matched before the look-behind (which looks over it), so
# the engine scans for a letter instead of trying the look-behind at every position; ``*+`` gives
# nothing back (a shorter run would end before a letter, which the look-ahead refuses anyway).
_WORD_CHAR: Final = re.compile(r"[\w'’-]")  # a character that continues a word (LowerWords)
_CONNECT: Final = frozenset(["of", "for", "and", "the", "on", "de"])
_ACRONYM_SKIP: Final = frozenset(["of", "the", "and", "for", "on", "in", "de"])


_NEXT_WORD: Final = re.compile(r" ([a-z]+)\b")
_TENSE_AUXILIARIES: Final = frozenset(
    "is are was were has have had will would can could should may might must does did do".split()
)  # closed-class grammar: what follows a subject, never the "later" of "Hours later"
_NO_SUBJECT_START: Final = frozenset(["to", "with", "by", "at", "into", "from", "than", "while", "if"])


_QUESTION_OPENERS: Final = frozenset(["if", "whether", "about", "what", "why", "how", "when", "who"])


_ARTICLE_PREFIXES: Final = ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-")


# Words that hedge or bound a share before its number (``Some 22 percent``, ``just over 40%``).
_SHARE_HEDGES: Final = frozenset(
    "some about around roughly nearly almost just over under more less fewer than only mere at least "
    "barely slightly close to".split()
)


def _parent_of(words: list[str]) -> bool:
    """``mother of two``, ``father of 3``: a person's noun described by a count of children — the head is
    the person, never the number."""
    if len(words) < 3 or words[-2] != "of" or not (words[-1].isdigit() or words[-1] in _COUNTS):
        return False
    return words[-3] in lx.TITLE_WORDS or words[-3] in lx.PERSON_NOUNS


def _described_body(body: list[Tok]) -> bool:
    """``largest Norland harbour group``, ``group``: a body described, not named — it ends on a lower-case
    organisation word, the word before it is lower case (``the Tata group`` is a name) and so is one of
    its modifiers at least (a capitalised nationality may be among them)."""
    *mods, head = body
    if head.lw not in lx.ORG_WORDS or not head.text.islower():
        return False
    return not mods or (mods[-1].text.islower() and any(t.text.isalpha() and t.text.islower() for t in mods))


def _share_end(toks: list[Tok], a: int, b: int) -> int | None:
    """``Some 22 percent`` / ``About 40% of voters``: a share of those asked (a poll's respondents)
    is a group speaker; the index after ``percent`` (or ``%``) when ``toks[a:b]`` is such a share."""
    x = a
    while x < b and toks[x].lw in _SHARE_HEDGES:
        x += 1
    if x >= b or not toks[x].text.isdigit():
        return None
    x += 1
    if x + 1 < b and toks[x].text == "." and toks[x + 1].text.isdigit():
        x += 2  # "9.5 percent"
    if x >= b or toks[x].lw not in ("percent", "%", "per"):
        return None
    if toks[x].lw == "per":
        if x + 1 >= b or toks[x + 1].lw != "cent":
            return None
        x += 1
    x += 1
    if x == b:
        return x
    if toks[x].lw == "of" and x + 1 < b and all(t.text[:1].isalpha() for t in toks[x + 1 : b]) and b - x <= 6:
        return x  # "40% of voters", "85% of Democrats"
    return None


_TIME_DEIXIS: Final = frozenset(["this", "last", "on", "early", "late", "yesterday"])


def _before_time(toks: list[Tok], i: int, j: int) -> int:
    """``The spokesperson of the ministry this morning``: a time phrase between the subject and its verb
    (``this morning``, ``on Monday``, ``yesterday afternoon``) is no part of who spoke; where it starts."""
    if j - i < 3:
        return j
    last = toks[j - 1]
    if last.lw in ("yesterday", "today", "tonight") and last.text.islower():
        return j - 1
    if (last.lw in lx.DAY_PARTS or last.lw in lx.WEEKDAYS) and toks[j - 2].lw in _TIME_DEIXIS:
        return j - 2 if toks[j - 2].text.islower() else j
    return j


_S_ENDING_NON_VERBS: Final = frozenset("towards across besides versus afterwards whereas thus plus".split())


def _present_verb_inside(toks: list[Tok], a: int, b: int) -> bool:
    """``A suspended sentence means the court``: inside the phrase, a lower-case word ending in ``-s`` right
    before an article is a present-tense verb (a plural noun never takes an article after it), so the
    phrase is a clause; prepositions that end so (``across``, ``towards``) are no verbs."""
    for x in range(a + 1, b - 1):
        if toks[x + 1].lw not in ARTICLES:
            continue
        t = toks[x]
        w = t.lw
        if t.text.isalpha() and t.text.islower() and len(w) >= 4 and w.endswith("s") and not w.endswith("ss"):
            if w not in _S_ENDING_NON_VERBS:
                return True
    return False


def _adjunct_part(toks: list[Tok], a: int) -> bool:
    """A comma part after the subject opened by a lower-case preposition or subordinator (``The harbour
    chief, in an interview with Coast FM, said``): an adjunct, never who speaks, whatever name it holds."""
    return toks[a].lw in lx.INTRO_WORDS and toks[a].lw != "this" and toks[a].text.islower()


def _bracketed(toks: list[Tok], x: int, y: int) -> bool:
    """``toks[x:y]`` stands between brackets: an aside inside a subject (``(Chief Judge X)``)."""
    return x > 0 and toks[x - 1].text == "(" and y < len(toks) and toks[y].text == ")"


def _before_described(toks: list[Tok], a: int, b: int) -> int:
    """``Unite the union``: a capitalised name, then ``the`` and lower-case words ending in what the name
    is (an organisation word, ``union``, ``company``) is the name with its description; the name speaks."""
    k = next((k for k in range(a + 1, b - 1) if toks[k].lw == "the"), None)
    if k is None or not all(is_cap(t) for t in toks[a:k]):
        return b
    tail = toks[k + 1 : b]
    if not all(t.text.isalpha() and t.text.islower() for t in tail):
        return b
    if tail[-1].lw not in lx.ORG_WORDS and tail[-1].lw not in FIRMS:
        return b
    return k


def is_cap(tok: Tok) -> bool:
    """A capitalised word that can belong to a name: also initials (``A.``) and ``al-Mazrouei``."""
    text = tok.text
    if text[0].isupper():
        return tok.lw not in lx.NOT_NAMES or (len(text) == 2 and text[1] == ".")
    if text.startswith(_ARTICLE_PREFIXES):
        rest = text.split("-", 1)[1]
        return bool(rest) and rest[0].isupper()
    return False


def is_title(tok: Tok) -> bool:
    """A role word; also a hyphenated compound of role words (``Director-General``, ``Vice-Chancellor``)."""
    lw = tok.lw
    if lw in lx.TITLE_WORDS:
        return True
    if "-" not in lw:
        return False
    parts = lw.split("-")
    return all(parts) and all(p in lx.TITLE_WORDS for p in parts)


def possessive(tok: Tok) -> bool:
    return tok.lw.endswith("'s")


def post_nominal(tok: Tok) -> bool:
    """An office written in capitals after a name (``MP``, ``MS``, ``QC``): a title word, all capitals."""
    return 2 <= len(tok.text) <= 4 and tok.text.isupper() and tok.text.isalpha() and tok.lw in lx.TITLE_WORDS


def _initial(tok: Tok) -> bool:
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _month_surname(toks: list[Tok], x: int, i: int) -> bool:
    """A capitalised month name that ends a name (``Theresa May``, ``Ann June``): a capitalised given
    name right before it and no day number after it (``on Friday May 5`` stays a date)."""
    t = toks[x]
    if t.lw not in _MONTHS or not t.text[:1].isupper() or x - 1 < i:
        return False
    before = toks[x - 1]
    after = toks[x + 1] if x + 1 < len(toks) else None
    if after is not None and after.text[:1].isdigit():
        return False
    return is_cap(before) and not is_title(before) and not possessive(before)


_MONTHS: Final = frozenset(lx.MONTHS)


def _inner_honorific(toks: list[Tok], x: int, i: int, j: int) -> bool:
    """``Halvard Sheikh Omari``: an honorific of the small inner class with a name part after it and a
    capitalised given name (no title, organisation word or possessive) right before it, that given name
    opening the run after a comma or a lower-case word other than an article (``the Saudi Sheikh X`` keeps
    its title)."""
    t = toks[x]
    if t.lw not in lx.NAME_HONORIFICS or x + 1 >= j or x - 1 < i or not t.text[:1].isupper():
        return False
    given = toks[x - 1]
    if not (is_cap(given) and not is_title(given) and not possessive(given) and given.lw not in lx.ORG_WORDS):
        return False
    if not given.text.isalpha() or x - 1 == 0:
        return False  # a sentence's first word may be any capitalised word
    before = toks[x - 2]
    return before.text == "," or (
        before.text.isalpha() and before.text.islower() and before.lw not in ARTICLES
    )


def acronym_of(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isupper()).upper()


def glued_acronym_of(words: list[str]) -> str:
    """Initials that keep ``of`` (``Ministry of Interior`` → ``MOI``, ``Ministry of Health`` → ``MOH``): a
    common way to write a ministry's initials; ``""`` when the words hold no ``of`` between capitals."""
    if not any(w == "of" for w in words[1:-1]):
        return ""
    kept = [w for w in words if (w[:1].isupper() and w.lower() not in _ACRONYM_SKIP) or w == "of"]
    return "".join(w[0] for w in kept).upper()


def name_span(toks: list[Tok], i: int, j: int) -> tuple[int, int] | None:
    """The trailing name in ``toks[i:j]``: capitalised non-title words, initials and particles."""
    if j - i >= 3 and post_nominal(toks[j - 1]) and is_cap(toks[j - 2]) and is_cap(toks[j - 3]):
        j -= 1  # "Rhian Price MS", "Owen Hale MP": letters after a name are its holder's office
    k = j
    while k > i:
        t = toks[k - 1]
        w = t.lw
        if t.text == "." and k - 1 > i and len(toks[k - 2].text) == 1:
            k -= 1
            continue
        abbreviated = k - 1 > i and toks[k - 2].lw in lx.NAME_ABBREVIATIONS and is_cap(toks[k - 2])
        if t.text == "." and k < j and abbreviated:
            k -= 1  # "Ann St. Clair": the stop of an abbreviated surname part, a name part after it
            continue
        if _initial(t) or (is_cap(t) and not is_title(t) and not possessive(t) and w not in lx.ORG_WORDS):
            k -= 1
            continue
        if k < j and k - 2 >= i and is_cap(t) and w in lx.ORG_WORDS and is_title(toks[k - 2]) and w.isalpha():
            k -= 1  # "Commissioner Charity Charamba": a given name that is an organisation word
            continue
        if _inner_honorific(toks, k - 1, i, j):
            k -= 1  # "Halvard Sheikh Omari": an honorific between a given name and a surname is part of the name
            continue
        if _month_surname(toks, k - 1, i):
            k -= 1  # "Theresa May": a month right after a given name, no day number after it
            continue
        if w in lx.NAME_PARTICLES and k < j and k - 1 > i:
            k -= 1
            continue
        break
    while k < j and (
        (toks[k].lw in lx.NAME_PARTICLES and toks[k].text[0].islower()) or toks[k].text == "."
    ):
        k += 1
    if k < j and k - 1 > i and j - k <= 3 and toks[k - 1].lw == "of":
        # "Rep. Ann Cole of Wessex": a name, then "of" and a short proper run — where the person is from
        # (a title or an organisation word before "of" makes it a complement: "Secretary of State X")
        before = name_span(toks, i, k - 1)
        if before is not None and before[1] == k - 1:
            return before
        if k - 3 > i and is_cap(toks[k - 2]) and is_title(toks[k - 2]):
            # "Rep. Tom R. Bishop of Ohio": a surname that is also a title word, after a titled given name
            given = name_span(toks, i, k - 2)
            if given is not None and given[1] == k - 2 and given[0] > i and is_title(toks[given[0] - 1]):
                return (given[0], k - 1)
    if _office_complement(toks, i, k, bodies=True):
        field = max((x for x in range(k, j - 1) if toks[x].lw in lx.OFFICE_FIELDS), default=None)
        if field is not None:
            return (field + 1, j)  # "House of Delegates Mara Oyelu", "Inspector of Fisheries Okello"
    if _office_complement(toks, i, k):
        if j - k >= 3:
            # "Director General of Harbours Lina Berg", "Director of Health of the Coastal Province Mira Osei":
            # the office's place or field, then the holder's name
            return (j - (3 if j - k >= 5 else 2), j)
    if _field_opened_by_title_word(toks, i, k, j):
        # "Minister of Public Works Ann Cole": the field's first word is a title word that stopped the scan,
        # its noun is no given name: the holder is the last two words
        return (j - 2, j)
    return (k, j) if k < j else None


def _office_complement(toks: list[Tok], i: int, k: int, *, bodies: bool = False) -> bool:
    """The capitalised run at ``k`` is the complement of an office: ``of`` (or ``of the``) right before it
    and a capitalised title word before that (``Director of``, ``Admiral of the``); with ``bodies`` also a
    capitalised body word or office field (``House of``, ``Schools of the``)."""
    if k - 2 >= i and toks[k - 1].lw == "of":
        before = toks[k - 2]
    elif k - 3 >= i and toks[k - 1].lw == "the" and toks[k - 2].lw == "of":
        before = toks[k - 3]
        if not before.text[:1].isupper():
            return False
    else:
        return False
    if not bodies or not before.text[:1].isupper():
        return is_title(before)
    # "House of the …", "Director of Schools of the …": a body word or a field closes an office before "of"
    return is_title(before) or before.lw in lx.ORG_WORDS or before.lw in lx.OFFICE_FIELDS


def _name_after_office(toks: list[Tok], a: int, n: int) -> bool:
    """``Admiral of the Navy Peter Luma``: the name at ``n`` follows a whole office (a title, ``of``, an
    optional article and the field's capitalised words), so it is the holder's, not inside a complement."""
    k = n
    while k > a and toks[k - 1].text[:1].isupper() and toks[k - 1].lw not in _COMPLEMENT_PREPOSITIONS:
        k -= 1
    return k < n and _office_complement(toks, a, k)


def _field_opened_by_title_word(toks: list[Tok], i: int, k: int, j: int) -> bool:
    """``Minister of Public Works Ann Cole``, ``Director of Public Prosecutions Noor Haji``: a title, ``of``,
    a title word (an adjective of the field: public, foreign, national), then three capitalised words, the
    first the field's noun. ``Secretary of State Ann Marie Cole`` keeps its three-word name: ``state`` is the
    whole field there, a noun title, and its next word opens the name."""
    return (
        j - k == 3
        and k - 3 >= i
        and is_title(toks[k - 1])
        and toks[k - 1].lw not in lx.FIELD_NOUNS
        and toks[k - 2].lw == "of"
        and is_title(toks[k - 3])
        and not _initial(toks[k])
    )



_COMPLEMENT_PREPOSITIONS: Final = frozenset(["of", "for", "to", "with", "about", "from", "by"])


def _named_part_score(toks: list[Tok], a: int, b: int) -> int:
    """How much one comma part of a subject reads as the speaker's name: a full name beats one word, a
    title right before it counts, a name inside a complement (``the son of …``, ``MP for Leeds``) does not."""
    span = name_span(toks, *before_relative(toks, a, b))
    if span is None:
        return -9
    score = 2 if span[1] - span[0] >= 2 else 1
    if span[0] > a and is_title(toks[span[0] - 1]):
        score += 1
    if any(t.lw in _COMPLEMENT_PREPOSITIONS for t in toks[a : span[0]]) and not _name_after_office(toks, a, span[0]):
        score -= 2
    return score


_MEDIUM_WORDS: Final = frozenset(["in", "through"])
# a written text named with its author ("a statement from X")
_AUTHORED: Final = STATEMENTS | lx.WRITTEN_NOUNS


def _statement_near(toks: list[Tok], x: int, b: int) -> bool:
    """``in a release``, ``through a statement``: a statement noun within three words after ``x`` — the
    medium the subject spoke through, an adjunct and no part of who spoke."""
    return any(t.lw in STATEMENTS for t in toks[x + 1 : min(b, x + 4)])


def _proper_complement(toks: list[Tok], a: int, b: int) -> bool:
    """``top official of the Ministry of Trade and Industry``: at most three words of a head, then a
    preposition and a body's proper name to the end (capitalised words and their connectives)."""
    at = next((x for x in range(a + 1, min(b, a + 4)) if toks[x].lw in _HEAD_ENDS), None)
    if at is None or at + 1 >= b:
        return False
    return all(t.lw in _CONNECT or t.text[:1].isupper() for t in toks[at + 1 : b])


def _two_people(toks: list[Tok], a: int, b: int) -> bool:
    """``police spokesperson Ann Cole and her army counterpart Tom Baker``: each side of ``and`` ends in a
    name of two or more words, so the organisation words before them are roles, not one body's name."""
    cut = next((x for x in range(a + 1, b - 1) if toks[x].lw == "and"), None)
    if cut is None:
        return False
    first, second = name_span(toks, a, cut), name_span(toks, cut + 1, b)
    return (
        first is not None
        and second is not None
        and first[1] == cut
        and first[1] - first[0] >= 2
        and second[1] - second[0] >= 2
        and first[0] > a  # a role before the first name: "Ministry of Water and Agriculture" has none
        and toks[first[0] - 1].lw not in _CONNECT  # "an aide of the Ministry of Trade and Industry": a body
    )


# a word that makes one surname with the next (``van Dijk``, ``Abu Omar``, ``St. Clair``)
_SURNAME_JOINS: Final = lx.NAME_PARTICLES | lx.NAME_ABBREVIATIONS | {"abu", "al"}
# words after which a description's head is over ("spokesperson of the Ministry …")
_HEAD_ENDS: Final = frozenset(["of", "for", "from", "at", "in", "to", "on", "with"])


def body_of(toks: list[Tok], a: int, b: int) -> bool:
    """``Department of Public Safety``: a capitalised body word (no title word), ``of``, then only
    capitalised words (``and`` between them) to the phrase's end."""
    h = next((x for x in range(a, min(a + 3, b)) if not toks[x].text.islower()), a)  # "the state Department"
    if b - h < 3 or toks[h + 1].lw != "of" or not is_cap(toks[h]):
        return False
    if toks[h].lw not in lx.ORG_WORDS or toks[h].lw in lx.TITLE_WORDS:
        return False
    return all(is_cap(t) or t.lw in ("and", "&") for t in toks[h + 2 : b]) and is_cap(toks[b - 1])


def _office_or_body(entity: Entity, words: list[str]) -> bool:
    """``the Taoiseach``, ``the Inspector General of Police``, ``the Directorate``: a capitalised office,
    or a body's short reference, that the text cites with its article. A person's name never is, nor an
    acronym (``IMF``), nor a body's full name (``Ministry of Interior`` reads as a name without it)."""
    if len(words) == 1 and words[0].isupper():
        return False
    office = words[0].lower() in lx.TITLE_WORDS or words[-1].lower() in lx.TITLE_WORDS
    if entity.kind != SpeakerKind.PERSON:  # a short reference only: a body's full name reads as a name
        return len(words) <= 2 and (office or len(words) == len(entity.canonical.split()))
    return office


_PAIR_REACH: Final = 1200  # characters: "the two officers" a few paragraphs after the pair was named
SPOKES_HEAD: Final = "spokesperson"  # the head of an unnamed spokesperson (EnCtx.spokes_agent)
_SPOKES_WORDS: Final = SPOKES - {"representative"}  # "the representative" alone is too vague to point back


# members of a party, written as a noun after a place (``the Ohio Republican``)
PARTY_MEMBERS: Final = frozenset(["republican", "democrat", "conservative", "tory", "liberal", "socialist"])


# per written noun: an author named with it ("letter from X", "X's letter", "wrote a letter", "letter signed by")
_AUTHORED_RE: Final = {
    noun: re.compile(
        rf"\b{noun}s?,?\s+(?:\w+\s+)?(?:from|by)\s+(?:the\s+)?[A-Z]|[’']s\s+(?:\w+\s+)?{noun}\b"
        rf"|\b(?:wrote|sent|issued|released|published|posted|signed|circulated)\s+(?:a|an|the|its|his|her|their)\s+"
        rf"(?:\w+\s+)?{noun}\b",
        re.IGNORECASE,
    )
    for noun in lx.WRITTEN_NOUNS
}


class LowerWords:
    """The words ``text`` writes in lower case somewhere: a run of a-z that is no part of a longer word,
    a contraction or a hyphenated compound (``even`` in "even so", not in "Even" or "even-handed").

    Answered per word asked and remembered: an article asks about ten words, and one ``str.find`` or
    a few per word cost far less than finding every lower-case word of the article with a pattern
    whose look-behind runs at each lower-case letter (about 5 % of English extraction).
    """

    __slots__ = ("_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._written(word)
        return known

    def _written(self, word: str) -> bool:
        if not (word.isascii() and word.isalpha() and word.islower()):
            return False  # only whole runs of a-z count
        text, n = self._text, len(word)
        at = _WORD_CHAR.match
        i = text.find(word)
        while i >= 0:
            if (i == 0 or at(text, i - 1) is None) and at(text, i + n) is None:
                return True
            i = text.find(word, i + 1)
        return False


class EnCtx:
    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.reg = registry
        self.subjects: list[tuple[int, Entity]] = []  # first person named in each sentence, in text order
        self.subject_positions: list[int] = []
        self.name_commas: set[int] = set()  # commas inside a name ("Ministry of Environment, Water and …")
        self.last_spoke = -1  # end of the latest claim (its cue or its content, whichever is later)
        self.lead = ""  # the capitalised subject opening the story ("AstraZeneca appeared to …")
        self.apposed_lead = ""  # the same, with an apposition ("Harbour Fish, the rebranded …, posted")
        # who spoke "in a statement" last: what "the statement said/read" means afterwards
        self.statement_author: Entity | None = None
        # two people named as a sentence's subjects, by the sentence's offset: what a later "they" means
        self.pairs: list[tuple[int, Entity]] = []
        self.named_pairs: list[tuple[int, Entity]] = []  # two named people joined by "and", anywhere
        self.para_end = len(text)  # end of the paragraph being read
        self.second_act = False  # the sentence being read holds "and asked", "and urged" …
        # named people whose role holds two capitalised words or more (an office its initials may stand for)
        self.office_roles: list[Entity] = []
        # (canonical, kind) of speakers shown without an article whatever their cue's words (names)
        self._bare: set[tuple[str, SpeakerKind]] = set()
        # words the article writes in lower case somewhere: a capitalised sentence opener among them
        # ("Even", "After") is no part of a name (speaker_candidates)
        self.lower_words = LowerWords(text)
        # reading the subject of a report nested in someone's complement ("X said the manager told …"):
        # a description there is a third party, never the speaker it would point back to elsewhere
        self.inside_report = False
        self._folded: str | None = None  # the text folded for description look-ups, made on demand
        # start of the quotation the cue being read closes: names inside it are what the speaker talks
        # about, never who "he" is
        self.quote_start: int | None = None
        self.report_author: Entity | None = None  # the latest "X reported …": who "the report" is
        self.datelines: dict[tuple[int, int], int] = {}  # sentence span → end of its dateline (spans)
        self.article_names: set[int] = set()  # ids of names cited with "the" (The Clarion): never he/she

    def span(self, a: int, b: int) -> str:
        return " ".join(self.text[a:b].split()).strip(" ,")

    def register_person(self, toks: list[Tok], ni: int, nj: int, role: str) -> Entity:
        words = [t.text for t in toks[ni:nj] if t.text != "."]
        canonical = self.span(toks[ni].start, toks[nj - 1].end)
        role_words = role.lower().split()
        gender = (
            "f"
            if any(w.strip(".") in lx.FEMININE_TITLES for w in role_words)
            else ("m" if any(w.strip(".") in lx.MASCULINE_TITLES for w in role_words) else "")
        )
        keys = [" ".join(w.lower() for w in words)]
        if len(words) > 1:
            keys.append(words[-1].lower())
            if len(words) > 2 and words[-2].lower() in _SURNAME_JOINS:
                keys.append(" ".join(w.lower() for w in words[-2:]))
            if any(w.lower() in ("bin", "ibn", "bint") for w in words[1:]):
                keys.append(words[0].lower())  # "Prince Abdulaziz" for Abdulaziz bin Salman
        if self.reg.lookup(keys[0]) is None and len(words) > 1:
            fuller = self._fuller_name(words)
            if fuller is not None:  # "Sheikh Sabah Al-Khaled" after "Sheikh Sabah Khaled Al-Hamad Al-Sabah"
                return self.reg.add(fuller, [keys[0]])
        entity = Entity(canonical, SpeakerKind.PERSON, gender=gender, role=role, role_key=role_key(role))
        if self.reg.lookup(keys[0]) is None:
            # "Ian Ford", then "Mary Jane Ford": a shared surname does not make them one person; the
            # short keys stay with whoever had them, the new name gets its full key
            mine = set(keys[0].split())
            keys = [k for k in keys if not self._other_person(self.reg.lookup(k), mine)]
        person = self.reg.add(entity, keys)
        self.note_office(person)
        return person

    def _fuller_name(self, words: list[str]) -> Entity | None:
        """The one named person whose name holds every part of ``words`` (an ``al-``/``el-`` article aside)
        and more: a short form of a long name keeps the full name as canonical."""

        def parts(ws: list[str]) -> list[str]:
            out = []
            for w in ws:
                w = w.lower().strip(".,")
                for art in ("al-", "el-"):
                    w = w.removeprefix(art)
                out.append(w)
            return out

        mine = parts(words)
        hits = [
            e
            for e in self.reg.entities
            if e.kind == SpeakerKind.PERSON
            and e.named
            and len(e.canonical.split()) > len(mine)
            and set(mine) <= set(parts(e.canonical.split()))
        ]
        return hits[0] if len(hits) == 1 else None

    def note_office(self, person: Entity) -> None:
        """Keep a person whose role holds two capitalised words or more: its initials may stand for them
        later (``Director General of Harbours`` → ``the DGH``)."""
        capitalised = sum(1 for w in person.role.replace("-", " ").split() if w[:1].isupper())
        if capitalised >= 2 and person not in self.office_roles:
            self.office_roles.append(person)

    @staticmethod
    def _other_person(known: Entity | None, mine: set[str]) -> bool:
        """``known`` is a named person whose full name neither holds nor is held by ``mine``."""
        if known is None or known.kind != SpeakerKind.PERSON or not known.named:
            return False
        theirs = {w for w in known.canonical.lower().replace(".", " ").split()}
        return not (theirs <= mine or mine <= theirs)

    def _fronted_adverb(self, toks: list[Tok], a: int, b: int) -> bool:
        """``Now, the union …``, ``Eventually, both parties …``: one capitalised word opening the sentence
        and set off by a comma, that names nobody known and is no name by its shape (a word the article
        writes in lower case too, or one ending in ``-ly``), is an adverbial before the subject."""
        if b - a != 1 or a != 0 or b >= len(toks) or toks[b].text != ",":
            return False
        word = toks[a]
        if not (word.text.isalpha() and word.text[0].isupper()) or self.reg.lookup(word.lw) is not None:
            return False
        return (
            word.lw in self.lower_words
            or word.lw.endswith("ly")
            or word.lw in lx.SENTENCE_ADVERBS
            or word.lw in _FRONTED_TIME
        )

    def _lone_adverb(self, toks: list[Tok], a: int) -> bool:
        """``Recently,``, ``Unfortunately,``: one word set off by a comma that is an adverb by its shape — a
        sentence adverb of the lexicon, an ``-ly`` word the article also writes in lower case, or one with
        an adverb's suffix no name has (``-ently``, ``-ously``, ``-ately``, ``-ically``, ``-edly``)."""
        lw = toks[a].lw
        if a + 1 >= len(toks) or toks[a + 1].text != "," or not lw.isalpha():
            return False
        return (
            lw in lx.SENTENCE_ADVERBS
            or (lw.endswith("ly") and lw in self.lower_words)
            or (len(lw) > 6 and lw.endswith(_ADVERB_SUFFIXES))
        )

    def _capitalised_by_position(self, toks: list[Tok], a: int) -> bool:
        """``Hours later, Cole …``, ``Having announced that …``: the sentence's first word, capitalised
        only for that — the article writes it in lower case elsewhere and it is no organisation,
        collective or title word — followed by a lower-case word that is no verb (so no subject before
        its predicate, as ``Prosecutors said`` is), or itself an ``-ing`` form (a participle or gerund
        opening the sentence). A name alone never has that shape."""
        tok = toks[a]
        lw = tok.lw
        if a != 0 or not tok.text[:1].isupper() or not lw.isalpha() or lw not in self.lower_words:
            return False
        if lw in lx.ORG_WORDS or lw in lx.COLLECTIVE_WORDS or lw in lx.TITLE_WORDS or lw in lx.PRONOUNS:
            return False
        if lw.endswith("ing") and len(lw) > 5:
            return True
        after = _NEXT_WORD.match(self.text, tok.end)  # the caller may pass the subject's tokens alone
        if after is None:
            return False
        nxt = after.group(1)
        verb = nxt in lx.REPORTING_VERBS or nxt in lx.NARRATION_VERBS or nxt in _TENSE_AUXILIARIES
        relative = nxt in ("who", "which", "that")  # "Others who advocated … expressed doubts": a subject
        return not (verb or relative or nxt.endswith(("ed", "s")))  # "Officials warned", "Critics say"

    def register_org(self, text: str, acronym: str = "") -> Entity:
        words = text.split()
        if len(words) > 1 and words[0].lower() in ARTICLES and words[1][:1].isupper():
            words = words[1:]  # "the International Monetary Fund"; but "the central bank" keeps its article
        caps = [n for n, w in enumerate(words) if w[:1].isupper()]
        if caps and 0 < caps[0] < len(words) - 1 and all(w.islower() for w in words[: caps[0]]):
            words = words[caps[0] :]  # "official National News Agency" → "National News Agency"
        canonical = " ".join(words)
        keys = [canonical.lower().replace("’", "'")]
        if acronym:
            keys.append(acronym.lower())
        elif len(words) > 1:
            initials = acronym_of(words)
            if len(initials) >= 2:
                keys.append(initials.lower())
            glued = glued_acronym_of(words)
            head_word = words[0].lower()
            if len(glued) >= 3 and head_word in lx.ORG_WORDS and head_word not in lx.TITLE_WORDS:
                # "the MOI" for the Ministry of Interior; an office ("Commissioner of Police") keeps its
                # initials for its holder (register: office initials)
                keys.append(glued.lower())
        head = words[-1].lower() if words else ""
        return self.reg.add(Entity(canonical, SpeakerKind.ORGANIZATION, head=head), keys)

    def resolve(self, toks: list[Tok], i: int, j: int) -> Entity | None:
        """The speaker named by ``toks[i:j]`` (the words before or after a cue), or None."""
        found = self._resolve(toks, i, j)
        if found is not None and found.article is None:
            self._note_article(toks, i, j, found)
        return found

    def _note_article(self, toks: list[Tok], i: int, j: int, entity: Entity) -> None:
        """``The government says``: a description that names no one (a common noun heads it, before any
        ``of``) is shown with the article its mention had, the way the text cites it; the first cue whose
        words spell the whole canonical decides (none there: none shown). Names stay as they are."""
        canonical = entity.canonical
        key = (canonical, entity.kind)
        if key in self._bare:
            return  # decided by the canonical and the kind alone, for one article's lexicon
        head = canonical.split()
        cut = next((n for n, w in enumerate(head) if w in _HEAD_ENDS), len(head))
        if not head or head[0].lower() in ARTICLES:
            self._bare.add(key)
            return
        capitalised = any(not w.islower() for w in head[:cut])
        if capitalised and not _office_or_body(entity, head[:cut]):
            self._bare.add(key)
            return
        size = len(canonical)
        for k in range(i, j):
            at = toks[k].start
            if self.text[at : at + size].lower() != canonical.lower():
                continue
            end = at + size
            if end < len(self.text) and (self.text[end].isalnum() or self.text[end] in "-'\u2019"):
                continue  # "police" inside "policeman"
            before = toks[k - 1] if k > 0 else None
            entity.article = before.lw if before is not None and before.lw in ARTICLES else ""
            if entity.article != "the" and capitalised:
                entity.article = ""  # "A Taoiseach": only the definite office or body is cited so
            return

    def _resolve(self, toks: list[Tok], i: int, j: int) -> Entity | None:
        while j - i > 1 and toks[j - 1].lw in _REFLEXIVES:
            j -= 1  # "Mr. Rubio himself": the reflexive stresses the name, it is no part of it
        j = _before_time(toks, i, j)
        segments = subject_parts(toks, i, j, self.name_commas)
        if len(segments) == 2 and self._fronted_adverb(toks, *segments[0]) and segments[1][1] == j:
            segments = segments[1:]  # "Now, the union has confirmed …": the subject follows the comma
        if not segments:
            return None
        plain = [(x, y) for x, y in segments if not _bracketed(toks, x, y)]
        if plain and len(plain) < len(segments):
            segments = plain  # "The court's Division (Chief Judge X) announced": the aside never speaks
        given = given_name(toks, i, j) if " as " in self.text[toks[i].start : toks[j - 1].end] else None
        if given is not None:
            role = self.span(toks[segments[0][0]].start, toks[segments[0][1] - 1].end)
            key = " ".join(t.lw for t in toks[given[0] : given[1]])
            return self.reg.lookup(key) or self.register_person(toks, *given, role)
        if len(segments) > 1:
            named = [
                s
                for n, s in enumerate(segments)
                if name_span(toks, *before_relative(toks, *s)) and not (n > 0 and _adjunct_part(toks, s[0]))
            ]
            rest = [s for s in segments if s not in named]
            if named:
                # "Alam, port minister Grace Njeri": the part whose name looks most like the subject
                a, b = max(named, key=lambda s: _named_part_score(toks, *s))  # ties: the first
                role = " ".join(self.span(toks[x].start, toks[y - 1].end) for x, y in rest)
                return self._phrase(toks, a, b, role)
        a, b = segments[-1] if len(segments) > 1 and partitive(toks, *segments[0]) else segments[0]
        return self._phrase(toks, a, b, "")

    def _phrase(self, toks: list[Tok], a: int, b: int, extra_role: str) -> Entity | None:
        numbered = b - a > 2 and toks[b - 1].text.isdigit() and is_cap(toks[b - 2])
        if numbered and toks[b - 2].text[1:].islower():
            b -= 1  # "Criminal Division 27": the unit's number is no part of who it is
        cut = next((x for x in range(a + 1, b) if toks[x].lw in ("who", "which", "whose", "that")), None)
        if cut is not None:
            b = cut  # "a Turkish official who spoke on condition of anonymity"
        medium = next(
            (x for x in range(a + 1, b - 1) if toks[x].lw in _MEDIUM_WORDS and _statement_near(toks, x, b)),
            None,
        )
        if medium is not None:
            b = medium  # "The NCF in a release from its Communications Unit": the body, not the unit
        described = self._described_people(toks, a, b)
        if described is not None:
            return described  # "A nurse on duty at the clinic", "At least one candidate": people not named
        if toks[a].lw in _NO_SUBJECT_START:
            return None  # "…, to catch speeding drivers, said …": an infinitive or adjunct, never a speaker
        if b - a > 2 and toks[a].lw.endswith("ed") and toks[a + 1].lw in _QUESTION_OPENERS:
            return None  # "Asked if the council accepted that …, the mayor replied": the question, no speaker
        if b - a == 1:
            lone = toks[a].lw  # the tokenizer already unified the curly apostrophe
            if lone in lx.LONE_NON_SPEAKERS:
                return None  # "I pledged …", "That threatened …", "It's alleged …": no organisation called so
            if self._lone_adverb(toks, a):
                return None  # "Recently, …": a sentence adverb set off by its comma, never a speaker
            if self._capitalised_by_position(toks, a):
                return None  # "Hours later, …", "Having announced …": an ordinary word opening the sentence
            base = lone[:-2] if lone.endswith("'s") else ""
            if base in lx.PRONOUNS and lx.PRONOUNS[base][1] == "singular":
                return self.resolve_pronoun(base, toks[a].start)  # "She's a pilot but concedes …": she
        document = self._document_itself(toks, a, b)
        if document is not None:
            return document
        if any(t.lw in VERBAL and t.text.islower() for t in toks[a:b]):
            return None  # "their insurance would not cover (repeated flooding)": a clause, not a speaker
        if _present_verb_inside(toks, a, b):
            return None  # "A suspended sentence means the court (finds …)": a clause, not a speaker
        if (
            toks[a].lw in ("a", "an")
            and toks[b - 1].lw in DOCUMENTS
            and b - a <= 4
            and not any(is_cap(t) for t in toks[a + 1 : b])
        ):  # "a leaked report claimed that …": a document nobody is named behind is itself the source
            text = self.span(toks[a].start, toks[b - 1].end)
            key = " ".join(t.lw for t in toks[a + 1 : b])
            return self.reg.lookup(key) or self.reg.add(
                Entity(text, SpeakerKind.ORGANIZATION, named=False), [key]
            )
        if b - a == 2 and toks[a].lw == "the" and toks[b - 1].lw == "report" and self.report_author is not None:
            return self.report_author  # "…, the report added": whoever reported before (a named outlet)
        if (
            b - a > 3
            and toks[a].lw in ("a", "an", "the")
            and toks[a + 1].lw in _AUTHORED
            and toks[a + 1].lw not in DOCUMENTS
            and toks[a + 2].lw in ("by", "from")
        ):
            return self._phrase(toks, a + 3, b, extra_role)  # "an alert from the Norland Embassy reads"
        if unsourced_document(toks, a, b):
            return None  # "Latest figures show …": no source is named, the outlet asserts it
        while b > a + 1 and toks[b - 1].lw in DOCUMENTS:
            b -= 1  # "health ministry figures" → the ministry
        if b - a > 3 and toks[a + 1].lw in DOCUMENTS and toks[a + 2].lw in ("by", "from", "of"):
            author = self._phrase(toks, a + 3, b, extra_role)  # "the report by the IAEA estimated …"
            if author is not None and toks[a + 1].lw == "report":
                self.report_author = author
            return author
        # the phrase as a body's part or head, an organisation named at its tail, a relative: first that reads
        for rule in (self._owning_body, self._headed_body, self._head_of_body, self._org_tail, self._kin):
            found = rule(toks, a, b)
            if found is not None:
                return found
        article = a < b and toks[a].lw == "the"
        article_start = a
        while a < b and toks[a].lw in ARTICLES:
            a += 1
        if a >= b:
            return None
        words = [t.lw for t in toks[a:b]]
        principal_agent = self._person_agent(toks, a, b, article)
        if principal_agent is not None:
            return principal_agent
        b = _before_described(toks, a, b)
        same = article and len(words) >= 2 and words[0] == "same"
        if same and self.reg.speakers and not self.inside_report:
            return self.reg.speakers[-1]  # "said the same source": whoever was just quoted, named before
        if article and words[-1] in PARTY_MEMBERS and 1 < len(words) <= 3 and toks[a].text[0].isupper():
            person = self._party_member(toks, a, b)  # "the Ohio Republican": the person named before
            if person is not None:
                return person
        if len(words) > 2 and words[0] in LOCAL_BODIES and words[1] == "of" and toks[a + 2].text[0].isupper():
            text = self.span(toks[a].start, toks[b - 1].end)  # "the city of Anaheim": the municipality
            return self.reg.lookup(text.lower()) or self.register_org(text)
        if article and not toks[a].text[0].isupper() and words[-1] not in lx.PRONOUNS:
            earlier = self._earlier(words)
            if earlier is not None:
                return earlier
            described = self._described(words, toks[a].start)
            if described is not None:
                return described
            known = self._lookup(words)
            unfilled = known is None or not known.named
            if words[-1] in lx.TITLE_WORDS and words[-1] not in lx.ORG_WORDS and unfilled and not self.inside_report:
                roleless = self._roleless_speaker()
                if roleless is not None:
                    return roleless
            if words[-1] in lx.POLITICAL_DESCRIPTIONS and len(words) <= 3 and unfilled and not self.inside_report:
                politician = self._political_speaker()
                if politician is not None:
                    return politician
        if article and toks[article_start].lw == "the":
            for rule in (self._described_authority, self._described_firm):
                found = rule(toks, a, b)
                if found is not None:
                    return found
            office = self._head_of_office(words, toks[a].start)
            if office is not None:
                return office
        if words[-1] in STATEMENTS and len(words) <= 3 and article_start < a:
            owner = self._statement_owner(toks, a, b)
            if owner is not None:
                return owner
            if self.statement_author is not None and not any(w.endswith("'s") for w in words):
                return self.statement_author  # "In a statement, X said …. “…,” the statement read."
            return next(  # "the statement said": its author, named before (never the wire in the dateline)
                (
                    e
                    for e in self.before_cursor()
                    if e.kind == SpeakerKind.ORGANIZATION and e.canonical.lower() not in WIRES
                ),
                None,
            )
        share = _share_end(toks, a, b)
        if share is not None:
            text = self.span(toks[a].start, toks[b - 1].end)  # "Some 22 percent", "40% of voters": a group
            return self.reg.lookup(text.lower()) or self.reg.add(
                Entity(text, SpeakerKind.GROUP, number="plural", named=False), [text.lower()]
            )
        if words[0] in lx.NOT_SOURCES or words[-1] in lx.NOT_SOURCES:
            return None
        if "and" in words and (
            not any(w in lx.ORG_WORDS or w in ("from", "of", "in") for w in words) or _two_people(toks, a, b)
        ):
            # "Four men from Leeds and York": a place pair inside a description is not two speakers
            cut = a + words.index("and")
            shared = self._shared_surname(toks, a, cut, b)
            if shared is not None:
                return shared
            first, second = name_span(toks, a, cut), name_span(toks, cut + 1, b)
            if first and second:
                one = self._phrase(toks, a, cut, extra_role)
                two = self._phrase(toks, cut + 1, b, extra_role)
                if one is not None and two is not None and one is not two:
                    return group_of([one, two])
        if len(words) > 2 and words[0] in SPOKES and words[1] in ("for", "of", "from", "at"):
            principal = self._phrase(toks, a + 2, b, "")  # "a spokesman for the force": someone for the force
            if any(is_cap(t) for t in toks[a + 2 : b]):  # "spokesperson for the Coast Guard"
                return self.spokes_agent(self.span(toks[a].start, toks[b - 1].end), toks[a].text)
            if principal is not None and principal.kind == SpeakerKind.ORGANIZATION:
                written = self.span(toks[a].start, toks[b - 1].end)
                if principal.canonical.lower() in written.lower():
                    # "spokesperson of the ministry": the body has no other name; the speaker is the
                    # text's own words, never rewritten ("ministry spokesperson" is nowhere in the text)
                    return self.spokes_agent(written, toks[a].text)
                # "a spokeswoman for the firm" → "Pantex spokeswoman": the generic body by its name
                return self.spokes_agent(f"{principal.canonical} {toks[a].text}", toks[a].text)
        if len(words) == 2 and words[1] in SPOKES and words[0] in FIRMS and not toks[a].text[0].isupper():
            firm = main_org(self.reg)  # "a company spokesperson": the company the story is about
            if firm is not None:
                return self.spokes_agent(f"{firm.canonical} {toks[b - 1].text}", toks[b - 1].text)
        if len(words) == 1 and words[0] in _SPOKES_WORDS and article_start < a and toks[a - 1].lw == "the":
            agent = self.latest_agent()  # "the spokesperson said": the one described before
            if agent is not None:
                return agent
        if len(words) > 2 and words[0] in AGENTS and words[1] in ("for", "of", "to"):
            principal = self.reg.lookup(" ".join(words[2:]))
            if principal is not None and principal.kind == SpeakerKind.PERSON:
                text = self.span(toks[a].start, toks[b - 1].end)  # "a spokesman for Goldknopf": not Goldknopf
                agent = Entity(text, SpeakerKind.PERSON, role=text, role_key=text.lower(), named=False)
                return self.reg.lookup(text.lower()) or self.reg.add(agent, [text.lower()])
        if b - a == 1 and words[0] in lx.PRONOUNS:
            return self.resolve_pronoun(words[0], toks[a].start)
        known = self._lookup(words)
        if known is not None:
            return known
        if words[-1] in EPITHET_HEADS:  # "the U.N. nuclear watchdog": the agency, named anywhere in the text
            named = next((e for e in map(self.reg.lookup, epithet_keys(words)) if e is not None), None)
            if named is not None:
                return named
        pair = self._the_pair(toks, a, words, article_start)
        if pair is not None:
            return pair
        if words[0] in lx.COLLECTIVE_WORDS or (len(words) > 1 and words[1] in lx.COLLECTIVE_WORDS):
            return self._description(
                toks, a, b, words, article_start
            )  # "Officials in Kyiv", "Three OPEC+ sources"
        located = self._located(toks, a, b, article_start) or self._owned(toks, a, b)
        if located is not None:
            return located
        if body_of(toks, a, b):
            # "the Department of Public Safety": a body's head, "of" and capitalised words to the end is
            # the body's name; "Public" is no title before a person called "Safety"
            text = self.span(toks[a].start, toks[b - 1].end)
            return self.reg.lookup(text.lower()) or self.register_org(text)
        span = name_span(toks, a, b)
        if span is not None and (not any(w in lx.ORG_WORDS for w in words) or role_before(toks, a, span[0])):
            ni, nj = span
            if ni == a + 1 == nj - 1 and toks[a].lw in POSSESSIVE_PRONOUNS:
                person = self._salient_officeholder(toks[ni].start, toks[ni].lw, address=True)
                person = person or self._addressed_speaker(toks[a].lw)
                if person is not None:
                    return person  # "His Excellency emphasised …": a form of address for the minister
            role = " ".join(
                x for x in (self.span(toks[a].start, toks[ni - 1].end) if ni > a else "", extra_role) if x
            )
            surname = self.reg.lookup(" ".join(t.lw for t in toks[ni:nj] if t.text != "."))
            if surname is not None:
                return surname
            if nj - ni == 1:
                part = self._by_name_part(toks[ni].lw)
                if part is not None:
                    return part
            person = self.register_person(toks, ni, nj, role)
            kin = nj < len(toks) and toks[nj].lw in lx.COLLECTIVE_WORDS  # "The Kessler family"
            if ni == a > 0 and toks[a - 1].lw == "the" and not (kin or extra_role or any(map(is_title, toks[ni:nj]))):
                self.article_names.add(id(person))  # "The Clarion says …": a paper or a body, never a he/she
            return person
        return self._description(toks, a, b, words)

    def _described_people(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``The representatives at the meeting``, ``A nurse on duty at the clinic``, ``one resident``: a
        description of people nobody names (described.py) is the speaker, whole; a plural head is a group."""
        head = head_of(toks, a, b)
        if head is None or any(t.lw in VERBAL for t in toks[a:b]):
            return None
        text = self.span(toks[a].start, toks[b - 1].end)
        found = self.reg.lookup(text.lower())
        if found is not None:
            return found
        word = toks[head].lw
        if word.endswith("s") and not word.endswith("ss") and word not in lx.PERSON_NOUNS:
            return self.reg.add(Entity(text, SpeakerKind.GROUP, number="plural", named=False), [text.lower()])
        return self._unnamed(toks, a, text)

    def _located(self, toks: list[Tok], a: int, b: int, article_start: int) -> Entity | None:
        """``A fisherman from Wessex``, ``Dockers at Brockton Harbour``, ``Most Labour voters in Hull, Leeds
        and York``: a common-noun head, a preposition of place, then capitalised words — the speaker is the
        whole description (a person nobody names, or a group for a plural head), never the place."""
        p = next((x for x in range(a + 1, b - 1) if toks[x].lw in lx.LOCATIVE_PREPOSITIONS), None)
        if p is None or name_span(toks, a, p) is not None:
            return None  # "Ann Cole in Leeds": a name before the preposition is the speaker
        head = toks[p - 1]
        common = head.text.isalpha() and (head.text.islower() or head.lw in lx.TITLE_WORDS)
        if not common or head.lw in AGENTS:
            return None  # "a spokesman at the embassy": an agent speaks for the body (the older rules)
        if not any(t.text[:1].isupper() for t in toks[p + 1 : b]) or any(t.lw in VERBAL for t in toks[a:b]):
            return None
        text = self.span(toks[a].start, toks[b - 1].end)
        found = self.reg.lookup(text.lower())
        if found is not None:
            return found
        if head.lw.endswith("s") and not head.lw.endswith("ss"):
            return self.reg.add(Entity(text, SpeakerKind.GROUP, number="plural"), [text.lower()])
        return self._unnamed(toks, a, text)

    def _the_pair(self, toks: list[Tok], a: int, words: list[str], article_start: int) -> Entity | None:
        """``the two officers``, ``the policemen``: a definite plural of people (a collective head, at most
        ``two`` before it) after the article named two people joined by ``and`` (``suspended Sgt Ann Cole
        and warden Ivo Tran``) means those two, the latest such pair within a few paragraphs."""
        if article_start >= a or toks[article_start].lw != "the" or not words:
            return None
        if not (len(words) == 1 or (len(words) == 2 and words[0] == "two")) or words[-1] not in lx.COLLECTIVE_WORDS:
            return None
        pos = toks[a].start
        pair = next((e for p, e in reversed(self.named_pairs) if p < pos and pos - p < _PAIR_REACH), None)
        if pair is None:
            return None
        key = pair.canonical.lower()
        return self.reg.lookup(key) or self.reg.add(pair, [key])

    def _document_itself(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``A circular issued on Thursday said …``, then ``the circular``: a written text (not a statement,
        whose author the article names) introduced with ``a``/``an`` and at most a participle of issuing,
        with no author named, is itself the source; ``the`` + the noun points back to it."""
        if b - a < 2 or toks[a].lw not in ("a", "an", "the"):
            return None
        at = a + 1
        while at < b - 1 and at - a <= 2 and toks[at].text.isalpha() and toks[at].text.islower() and (
            toks[at].lw not in lx.WRITTEN_NOUNS
        ):
            at += 1  # "An external review", "the new circular": a modifier before the noun
        noun = toks[at]
        if noun.lw not in lx.WRITTEN_NOUNS or noun.lw in STATEMENTS or not noun.text.islower():
            return None
        if b - at > 2 or (b - at == 2 and toks[at + 1].lw not in lx.DOCUMENT_PARTICIPLES):
            return None  # "a letter from the mayor", "a letter signed by …": its author speaks (older rules)
        key = noun.lw
        if toks[a].lw == "the":
            found = self.reg.lookup(key)
            if found is None and at == a + 1 and key not in DOCUMENTS and not self._authored_before(key, toks[a].start):
                # "According to the circular, …" with no author anywhere before: the text is the source
                text = self.span(toks[a].start, noun.end)
                return self.reg.add(Entity(text, SpeakerKind.ORGANIZATION, named=False), [key])
            return found if found is not None and found.kind == SpeakerKind.ORGANIZATION and not found.named else None
        text = self.span(toks[a].start, noun.end)
        return self.reg.lookup(key) or self.reg.add(Entity(text, SpeakerKind.ORGANIZATION, named=False), [key])

    def _authored_before(self, noun: str, pos: int) -> bool:
        """Whether the text before ``pos`` names an author for a ``noun`` (``a letter from the mayor``,
        ``Cole's letter``, ``Cole wrote a letter``, ``the letter, signed by …``): then ``the letter`` is that
        author's, which the older rules read; with none, the text itself is the source."""
        return _AUTHORED_RE[noun].search(self.text, 0, pos) is not None if noun in _AUTHORED_RE else True

    def _kin(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``his chauffeur``, ``her neighbour``: a possessive pronoun and one lower-case noun — someone
        close to the person the story follows, described, not named; the description is the speaker."""
        if b - a != 2 or toks[a].lw not in _KIN_POSSESSIVES or a + 1 >= len(toks):
            return None
        noun = toks[a + 1]
        if not (noun.text.isalpha() and noun.text.islower()) or noun.lw in VERBAL:
            return None
        w = noun.lw
        if (
            w in lx.ORG_WORDS
            or w in lx.TITLE_WORDS
            or w in lx.COLLECTIVE_WORDS
            or w in DOCUMENTS
            or w in STATEMENTS
            or w in AGENTS
            or w in lx.NOT_SOURCES
            or w in lx.PRONOUNS
            or (w.endswith("s") and not w.endswith("ss"))  # "their lives", "his remarks": no one speaking
            or w.endswith(_ABSTRACT_ENDINGS)  # "his candidacy warned", "her position stated": no one either
        ):
            return None  # older rules read these ("his office", "her spokesman", "his statement")
        text = self.span(toks[a].start, noun.end)
        return self.reg.lookup(text.lower()) or self._unnamed(toks, a, text)

    def _owned(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``Varley's family``, ``Cole's lawyers``: a name's possessive then one or two lower-case words —
        the person or people the possessive describes speak, never the owner."""
        x = next((x for x in range(a, b - 1) if possessive(toks[x]) and is_cap(toks[x])), None)
        if x is None or not 1 <= b - x - 1 <= 2:
            return None
        rest = toks[x + 1 : b]
        if not all(t.text.isalpha() and t.text.islower() for t in rest) or any(t.lw in VERBAL for t in rest):
            return None
        if rest[-1].lw in lx.ORG_WORDS or rest[-1].lw in DOCUMENTS or rest[-1].lw in lx.TITLE_WORDS:
            return None  # "Egypt's central bank", "Varley's statement", "Varley's spokesman": older rules
        text = self.span(toks[a].start, toks[b - 1].end)
        found = self.reg.lookup(text.lower().replace("’", "'"))
        if found is not None:
            return found
        if rest[-1].lw.endswith("s") and not rest[-1].lw.endswith("ss"):
            key = text.lower().replace("’", "'")
            return self.reg.add(Entity(text, SpeakerKind.GROUP, number="plural"), [key])
        return self._unnamed(toks, a, text)

    def _described(self, words: list[str], pos: int) -> Entity | None:
        """``the 47-year-old skipper``, ``the accused man``: an age epithet or a noun that describes a person
        (not an office) points back to a person the narration named: the latest sentence subject that
        agrees (``man`` is masculine), else the latest agreeing person mentioned."""
        if not (_AGE_RE.match(words[0]) or words[-1] in lx.PERSON_NOUNS):
            return None
        gender = (
            "m"
            if any(w in lx.MASCULINE_NOUNS for w in words)
            else "f"
            if any(w in lx.FEMININE_NOUNS for w in words)
            else ""
        )
        end = bisect_left(self.subject_positions, pos)
        for _, entity in reversed(self.subjects[max(0, end - 6) : end]):
            if entity.kind == SpeakerKind.PERSON and entity.named and entity.agrees(gender, "singular"):
                return entity
        return next(
            (
                e
                for _, e in self.reg._before(pos)[:40]
                if e.kind == SpeakerKind.PERSON and e.named and e.agrees(gender, "singular")
            ),
            None,
        )

    def _shared_surname(self, toks: list[Tok], a: int, cut: int, b: int) -> Entity | None:
        """``attorneys Ian and Mary Brodie``: a lone given name coordinated with a given name and surname
        shares that surname — two people, each with the full name. A lone word the article already used
        for someone (``Cole and Tom Welby``: Ann Cole's surname) is that person, never a given name."""
        if cut - a < 1 or b - cut - 1 != 2:
            return None
        given, second = toks[cut - 1], toks[cut + 1 : b]
        words = [given, *second]
        if not all(t.text.isalpha() and is_cap(t) and not is_title(t) for t in words):
            return None
        titles = lx.TITLE_WORDS
        if any(is_cap(t) and t.lw not in titles and t.lw[:-1] not in titles for t in toks[a : cut - 1]):
            return None  # "Norland Ian and Mary Brodie": a name before the given name is no role
        if self.reg.lookup(given.lw) is not None:
            return None
        role = " ".join(t.text for t in toks[a : cut - 1])
        role = role[:-1] if role.endswith("s") and role[:-1].lower() in lx.TITLE_WORDS else role
        people = []
        for name in (f"{given.text} {second[1].text}", f"{second[0].text} {second[1].text}"):
            person = self.reg.lookup(name.lower())
            if person is None:
                person = self.reg.add(
                    Entity(name, SpeakerKind.PERSON, role=role, role_key=role_key(role)), [name.lower()]
                )
            people.append(person)
        return group_of(people)

    def _head_of_body(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``The head of the Norland Police Force``: a definite ``head/chief of`` a named body is the person
        the article named with a heading title (``Commissioner Ian Brodie``) whose role names no other body
        or place — the latest such; with none, the description stays (the body is no person)."""
        if b - a < 4 or toks[a].lw != "the" or toks[a + 2].lw != "of":
            return self._office_of_body(toks, a, b)
        if toks[a + 1].lw not in ("head", "chief"):
            return self._office_of_body(toks, a, b)
        x = a + 3 + (toks[a + 3].lw == "the")
        body = toks[x:b]
        if body and not self.inside_report and toks[x - 1].lw == "the" and _described_body(body):
            return self._head_named_before()  # "the head of the largest harbour group": its head, named
        if not body or not all(is_cap(t) or t.lw in _CONNECT for t in body) or self.inside_report:
            return None
        if not any(t.lw in lx.ORG_WORDS for t in body):
            return self._office_of_body(toks, a, b)
        body_words = {t.lw for t in body}
        named = self.reg.lookup(" ".join(t.lw for t in body))
        near: set[int] = set()  # people named close to the body (the same sentence, in practice)
        if named is not None:
            mentions = self.reg._before(toks[a].start)
            at_body = [q for q, f in mentions if f is named]
            near = {id(e) for p, e in mentions if any(abs(p - q) < 160 for q in at_body)}
        plain = lx.TITLE_WORDS | lx.HONORIFICS | _CONNECT
        for entity in self.reg._recent():
            if entity.kind != SpeakerKind.PERSON or not entity.named or not entity.role:
                continue
            role = [w.strip(".,").lower() for w in entity.role.replace("’", "'").split()]
            if not lx.HEAD_TITLES.intersection(role):
                continue
            placed = {w for w in role if w not in plain}
            if placed and placed <= body_words:
                return entity  # "Norland Police Commissioner X": the role names the body
            if not placed and id(entity) in near:
                return entity  # "Commissioner X says the Norland Police Force …": named with the body
        return self._office_of_body(toks, a, b)

    def _office_of_body(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``The regional head of the Norland Rescue Service``, ``the director of the NRS``: a definite
        heading title (lower-case modifiers allowed) ``of`` a capitalised body is a person, not the body —
        the person named before with that office of that body (``Ann Cole, local head of the Norland Rescue
        Service (NRS)``), else the description itself, as ``the spokesman of …`` is."""
        if self.inside_report or b - a < 4 or toks[a].lw != "the":
            return None
        of = next((x for x in range(a + 2, min(b - 1, a + 5)) if toks[x].lw == "of"), None)
        if of is None or toks[of - 1].lw not in lx.HEAD_TITLES:
            return None
        if not all(t.text.isalpha() and t.text.islower() for t in toks[a + 1 : of]):
            return None  # "The Norland head of …": not a plain office
        x = of + 1 + (toks[of + 1].lw == "the")
        body = toks[x:b]
        if not body or not is_cap(body[0]) or not all(is_cap(t) or t.lw in _CONNECT for t in body):
            return None
        named = self.reg.lookup(" ".join(t.lw for t in body))
        if named is None and not any(t.lw in lx.ORG_WORDS for t in body):
            return None  # no body this reads as
        office = " ".join(t.lw for t in toks[a + 1 : of + 1])  # "local head of"
        names = {" ".join(t.lw for t in body)} | ({named.canonical.lower()} if named is not None else set())
        for entity in self.reg._recent():
            if entity.kind != SpeakerKind.PERSON or not entity.named or not entity.role:
                continue
            role = " ".join(entity.role.replace("’", "'").lower().split())
            if office in role and any(n in role for n in names):
                return entity  # "Ann Cole, local head of the Norland Rescue Service" named before
        text = "the " + self.span(toks[a + 1].start, toks[b - 1].end)  # cited as written, lower-case article
        return self.reg.lookup(text.lower()) or self._unnamed(toks, a, text)

    def _head_named_before(self) -> Entity | None:
        """The latest named person whose role heads a body (``chairman of the Norland Harbour Federation``):
        whom ``the head of the largest harbour group`` describes; None when nobody was named so."""
        for entity in self.reg._recent():
            if entity.kind != SpeakerKind.PERSON or not entity.named or not entity.role:
                continue
            role = [w.strip(".,").lower() for w in entity.role.replace("’", "'").split()]
            if lx.HEAD_TITLES.intersection(role) and lx.ORG_WORDS.intersection(role):
                return entity
        return None

    def _described_authority(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``the authority``, ``the Conservative-controlled authority``: a local authority described (its
        modifiers only describe: lower case, or compounds ending lower case) is the council or authority
        the article named before — the latest organisation whose name carries one of those words."""
        if b - a > 3 or toks[b - 1].lw != "authority" or not toks[b - 1].text.islower():
            return None
        for t in toks[a : b - 1]:
            parts = t.text.split("-")
            if not (t.text.replace("-", "").isalpha() and parts[-1].islower()):
                return None
        for entity in self.before_cursor():
            if entity.kind == SpeakerKind.ORGANIZATION and entity.canonical[:1].isupper():
                if lx.AUTHORITY_NAMES.intersection(entity.canonical.lower().split()):
                    return entity
        return None

    def _described_firm(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``the Oban-based company``, ``the state-owned lender``: a definite firm noun whose modifiers only
        describe (lower-case words, or compounds ending lower-case such as ``X-based``) is a firm named
        before, as ``the company`` is; a capitalised plain modifier (``the Tata group``) is a name."""
        if not 2 <= b - a <= 4 or toks[b - 1].lw not in FIRMS:
            return None
        for t in toks[a : b - 1]:
            parts = t.text.split("-")
            plain = t.text.replace("-", "").isalpha() and parts[-1].islower()
            if not (plain and (len(parts) > 1 or t.text.islower())):
                return None
        # the firm the story is about (named or quoted most, the first on a tie), not one named in passing
        # inside its apposition (``X, which holds a stake in Y Group, …; the Oban-based company said``)
        lead = self.lead or self.apposed_lead
        found = self.reg.lookup(lead.lower()) if lead and lead.lower() not in WIRES else None
        if found is None and not self.lead and self.apposed_lead:
            # the story opened on it, described in an apposition: a name, and the firm described now
            found = self.register_org(self.apposed_lead)
        if found is not None and found.kind == SpeakerKind.PERSON and not (found.role or found.gender):
            return found  # a name with no title nor pronoun (read as a person's), described as a firm
        for org in (found, main_org(self.reg), self.latest_org()):
            # a firm is named (capitalised): "the council" met earlier is a body nobody calls a company
            if org is not None and org.kind == SpeakerKind.ORGANIZATION and org.canonical[:1].isupper():
                return org
        return None

    def _head_of_office(self, words: list[str], pos: int) -> Entity | None:
        """``the Head of State``, ``the head of government``: a paraphrase of the top office is the named
        person holding one of the offices the lexicon lists for it (a president, a king; a prime minister),
        the latest named in the article; none named so leaves the description."""
        offices = lx.HEAD_OFFICES.get(" ".join(words))
        if offices is None:
            return None
        for entity in self.reg._recent():
            if entity.kind != SpeakerKind.PERSON or not entity.named:
                continue
            role = entity.role.lower().replace(".", "")
            if any(re.search(rf"\b{re.escape(o)}\b", role) for o in offices):
                return entity
        return None

    def _placed_title(self, toks: list[Tok], a: int, b: int, head: str) -> Entity | None:
        """``the Texas senator``, ``the Ohio governor``: a definite office with a capitalised modifier (a
        place, a party) is someone named before — the latest holder of that office whose role names no
        other place, else the latest speaker the article gave no office (as ``the chief executive``)."""
        modifiers = {t.lw for t in toks[a : b - 1] if t.text[:1].isupper() and not is_title(t)}
        if not modifiers:
            return None
        for entity in self.reg._recent():
            if entity.kind != SpeakerKind.PERSON or not entity.named or head not in entity.role_key.split():
                continue
            placed = {w.lower().strip(".,") for w in entity.role.split() if w[:1].isupper()}
            placed -= {w for w in placed if w in lx.TITLE_WORDS or w.removesuffix("'s") in lx.TITLE_WORDS}
            if not placed or placed & modifiers:
                return entity
        return self._roleless_speaker()

    def _sole_holder(self, toks: list[Tok], a: int, b: int, head: str) -> Entity | None:
        """``the Palace spokesman`` after ``presidential spokesman Tom Reilly``: a definite office whose
        head is the head of exactly one named person's role anywhere in the article, the modifiers not
        contradicting it (a capitalised modifier against another capitalised one in the role, a lower-case
        one against another lower-case one), is that person; two possible holders leave the description."""
        mods = [t for t in toks[a : b - 1] if not possessive(t) and t.text.isalpha() and not is_title(t)]
        caps = {t.lw for t in mods if t.text[0].isupper()}
        lows = {t.lw for t in mods if t.text.islower()}
        holders: list[Entity] = []
        for entity in self.reg.entities:
            if entity.kind != SpeakerKind.PERSON or not entity.named or entity in holders:
                continue
            role = [w.strip(".,") for w in entity.role.replace("’", "'").split()]
            lowered = [w.lower() for w in role]
            if head not in lowered:
                continue
            before = role[: lowered.index(head)]  # the words modifying this office
            placed = {w.lower() for w in before if w[:1].isupper() and w.lower() not in lx.TITLE_WORDS}
            plain = {w for w in before if w.isalpha() and w.islower() and w not in lx.TITLE_WORDS}
            if (caps and placed and not caps & placed) or (lows and plain and not lows & plain):
                continue
            holders.append(entity)
        return holders[0] if len(holders) == 1 else None

    def _party_member(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``the Ohio Republican``, ``the Texas Democrat``: a definite party member with a place before it
        is someone named before, as ``the Texas senator`` is — the latest named person whose role names
        no other place."""
        modifiers = {t.lw for t in toks[a : b - 1] if t.text[:1].isupper()}
        for entity in self.reg._recent():
            if entity.kind != SpeakerKind.PERSON or not entity.named:
                continue
            placed = {w.lower().strip(".,") for w in entity.role.split() if w[:1].isupper()}
            placed -= {w for w in placed if w in lx.TITLE_WORDS or w.removesuffix("'s") in lx.TITLE_WORDS}
            if not placed or placed & modifiers:
                return entity
        return None

    def _salient_officeholder(self, pos: int, head: str, *, address: bool = False) -> Entity | None:
        """``Prime Minister Omar Lund …. The premier said …``: a definite office that no one the article
        names holds (no named person's role has its head) is not someone new but a variation for the
        officeholder the narration is about — the latest named person subject of the last sentences, who
        must hold an office (a role) and be the latest person speaker too, or have become the subject after
        the latest claim. Inside a nested report a description is a third party; with another named person
        between, the reading is left alone. A form of address (``His Excellency``, ``address``) is read so
        too: it names nobody by itself."""
        if self.inside_report or (not address and self.reg.lookup(head) is not None):
            return None
        if any(
            e.kind == SpeakerKind.PERSON and e.named and head in e.role_key.split() for e in self.reg.entities
        ):
            return None  # someone holds it: the look-ups by role decide, an ambiguity stays unresolved
        end = bisect_left(self.subject_positions, pos)
        recent = [(p, e) for p, e in self.subjects[max(0, end - 3) : end] if e.kind == SpeakerKind.PERSON]
        if not recent:
            return None
        p, subject = recent[-1]
        if not subject.named or not subject.role or any(e is not subject for _, e in recent[-2:]):
            return None  # a second person among the latest subjects: no margin
        speaker = next((e for e in reversed(self.reg.speakers) if e.kind == SpeakerKind.PERSON), None)
        if speaker is None or speaker is subject or p > self.last_spoke:
            return subject
        return None

    def _person_agent(self, toks: list[Tok], a: int, b: int, article: bool) -> Entity | None:
        """``the minister's spokesman``, ``Katz's spokesman``: a spokesperson owned by a person (a name, or an
        office read as its named holder) speaks for that person — one agent, ``Katz's spokesman`` for
        both wordings; never the owner, never an organisation named in between. An owner nobody holds
        leaves the description as written."""
        if b - a != 2 or not possessive(toks[a]) or toks[b - 1].lw not in SPOKES:
            return None
        owner_word = toks[a].lw.removesuffix("'s")
        word = toks[b - 1].text
        if is_cap(toks[a]):
            owner = self.reg.lookup(owner_word) or self._by_name_part(owner_word)
        elif owner_word in lx.TITLE_WORDS and owner_word not in lx.ORG_WORDS and article and not self.inside_report:
            # not "the police's spokesman": a body owns that spokesperson, no officeholder does
            owner = self._earlier([owner_word]) or self.reg.by_role(owner_word)
            owner = owner or self._salient_officeholder(toks[a].start, owner_word)
        else:
            return None
        if owner is None or owner.kind != SpeakerKind.PERSON or not owner.named:
            if is_cap(toks[a]):
                return None
            text = self.span(toks[a - 1].start, toks[b - 1].end)  # "the minister's spokesman", as written
            return self.reg.lookup(text.lower()) or self._unnamed(toks, a, text)
        canonical = f"{owner.canonical.split()[-1]}'s {word}"
        key = canonical.lower().replace("’", "'")
        found = self.reg.lookup(key)
        if found is not None:
            return found
        return self._new_spokesperson(canonical, key, word)

    def _addressed_speaker(self, owner: str) -> Entity | None:
        """``Her Honour further stated``: a form of address names nobody by itself; it is the officeholder
        just quoted (one of the latest speakers, a named person with an office) whose gender the
        possessive does not contradict."""
        gender = "f" if owner == "her" else "m" if owner == "his" else ""
        return next(
            (
                e
                for e in reversed(self.reg.speakers[-3:])
                if e.kind == SpeakerKind.PERSON and e.named and e.role and e.agrees(gender, "singular")
            ),
            None,
        )

    def _statement_owner(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``the minister's statement said``: the statement is its owner's words — the office before the
        ``'s`` read as ``the minister`` would be (its named holder), not the latest organisation."""
        if b - a < 2 or not possessive(toks[b - 2]) or not toks[a].text.islower():
            return None
        owner = [t.lw.removesuffix("'s") for t in toks[a : b - 1]]
        if owner[-1] not in lx.TITLE_WORDS or owner[-1] in lx.ORG_WORDS:
            return None
        found = self._earlier(owner) or self.reg.by_role(" ".join(owner))
        found = found or self._salient_officeholder(toks[a].start, owner[-1])
        return found if found is not None and found.kind == SpeakerKind.PERSON and found.named else None

    def _roleless_speaker(self) -> Entity | None:
        """``The chief executive added …`` when nobody holds that title: a definite description points
        back to someone already known, here the latest named speaker the article gave no role to
        (``Mina Lund said …``). A speaker with a role of their own would have matched it by then."""
        last = next((e for e in reversed(self.reg.speakers) if e.kind == SpeakerKind.PERSON), None)
        if last is None or not last.named:
            return None
        office = [w for w in last.role.lower().replace(".", "").split() if w not in lx.HONORIFICS]
        return None if office else last

    def _political_speaker(self) -> Entity | None:
        """``the politician concluded``, ``the lawmaker said``: a generic description of an elected person
        points back to the latest named person quoted whose role is political (``party leader X``) or who
        was given no role; a person quoted since with another kind of role (a police chief) is passed over."""
        for entity in reversed(self.reg.speakers[-6:]):
            if entity.kind != SpeakerKind.PERSON or not entity.named:
                continue
            office = [w for w in entity.role.lower().replace(".", "").replace("-", " ").split() if w not in lx.HONORIFICS]
            if not office or lx.POLITICAL_ROLE_WORDS.intersection(office):
                return entity
        return None

    def _owning_body(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``The Norland District Court's Criminal Division announced``: a named body's own unit (a body's
        possessive, then a capitalised unit name ending in an organisation word) speaks as that body, as
        ``the court`` will call it later."""
        x = next((x for x in range(a, b - 1) if possessive(toks[x]) and is_cap(toks[x])), None)
        if x is None or toks[x].lw.removesuffix("'s") not in lx.ORG_WORDS:
            return None
        if toks[b - 1].lw not in lx.ORG_WORDS and toks[b - 1].lw not in _UNIT_HEADS:
            return None
        if not all(is_cap(t) or t.lw in _CONNECT for t in toks[x + 1 : b]):
            return None
        start = a + 1 if toks[a].lw == "the" else a
        if start >= x or not all(is_cap(t) or t.lw in _CONNECT for t in toks[start:x]):
            return None
        end = toks[x].end - 2  # the possessive ending
        text = self.span(toks[start].start, end)
        return self.reg.lookup(text.lower()) or self.register_org(text)

    def _headed_body(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``a bench headed by Chief Justice X``: the body speaks, not the person who leads it.

        A common-noun head (no capital) followed by ``headed/led/chaired/presided by`` and a name is
        one collective speaker; its head noun (``the bench``) then refers back to it.
        """
        while a < b and toks[a].lw in ARTICLES:
            a += 1
        leads = [x for x in range(a + 1, b - 1) if toks[x].lw in lx.LEADER_PARTICIPLES]
        by = next((x for x in leads if toks[x + 1].lw == "by"), None)
        if by is None or by - a > 3 or name_span(toks, by + 2, b) is None:
            return None
        if any(not t.text.isalpha() or t.text[0].isupper() for t in toks[a:by]):
            return None  # a proper name before the participle is no common-noun body
        text = self.span(toks[a].start, toks[b - 1].end)
        head = " ".join(t.lw for t in toks[a:by])
        found = self.reg.lookup(text.lower())
        if found is not None:
            return found
        body = Entity(text, SpeakerKind.ORGANIZATION, named=False, head=toks[by - 1].lw)
        return self.reg.add(body, [text.lower(), head])

    def _org_tail(self, toks: list[Tok], a: int, b: int) -> Entity | None:
        """``the harbour Marine Liaison Unit``: lower-case words, then the capitalised name of a body already
        registered (pass 1) — the body, never a person called after its last word."""
        x = next((x for x in range(a + 1, b) if is_cap(toks[x])), None)
        if x is None or not all(t.text.isalpha() and t.text.islower() for t in toks[a:x]):
            return None
        if any(t.lw in SPOKES for t in toks[a:x]):
            return None  # "a spokesperson from the Finance Ministry": someone speaking for the body
        if any(t.lw in _HEAD_ENDS for t in toks[a:x]):
            return None  # "a top official of the Finance Ministry": the body is the head's complement
        if not all(is_cap(t) or t.lw in _CONNECT for t in toks[x:b]):
            return None
        found = self.reg.lookup(" ".join(t.lw for t in toks[x:b]))
        return found if found is not None and found.kind == SpeakerKind.ORGANIZATION else None

    @staticmethod
    def _official_of_body(toks: list[Tok], a: int, b: int, words: list[str]) -> bool:
        """``a top official of the Ministry of Trade and Industry``: someone new (an indefinite article), a
        title heading the phrase before its preposition, then the body's proper name — the official speaks,
        not the body named in the complement."""
        if a == 0 or toks[a - 1].lw not in ("a", "an") or not _proper_complement(toks, a, b):
            return False
        at = next(n for n, w in enumerate(words) if w in _HEAD_ENDS)
        return words[at - 1] in lx.TITLE_WORDS and words[at - 1] not in lx.ORG_WORDS

    def _unnamed(self, toks: list[Tok], a: int, text: str) -> Entity:
        """Someone the article describes but does not name: the description keeps its article as written
        (``a health official``, ``An Old Bailey judge``), the way a reader would cite the source."""
        canonical = text
        if a > 0 and toks[a - 1].lw in ("a", "an") and toks[a - 1].end <= toks[a].start:
            canonical = self.span(toks[a - 1].start, toks[a - 1].end) + " " + text
        unnamed = Entity(canonical, SpeakerKind.PERSON, role=text, role_key=text.lower(), named=False)
        return self.reg.add(unnamed, [text.lower()])

    def spokes_agent(self, canonical: str, word: str) -> Entity:
        """``a spokesperson for the Coast Guard``, ``A Dockers Union spokesman``: someone nobody names who
        speaks for a body is a person, cited by the description without its article (the Arabic side keeps
        ``المتحدث باسم الوزارة`` so too); a later ``the spokesperson`` means the latest such agent."""
        canonical = " ".join(canonical.split())
        while canonical.split(" ", 1)[0].lower() in ("a", "an", "the") and " " in canonical:
            canonical = canonical.split(" ", 1)[1]
        key = canonical.lower().replace("’", "'")
        found = self.reg.lookup(key) or self._holder_of(key) or self._fuller_agent(key)
        if found is not None and found.kind == SpeakerKind.PERSON:
            return found
        return self._new_spokesperson(canonical, key, word)

    def _new_spokesperson(self, canonical: str, key: str, word: str) -> Entity:
        """An unnamed person who speaks for someone (``Katz's spokesman``, ``the Spokesperson of the
        Ministry``), registered under the description; spokesman and spokeswoman tell the gender."""
        gender = "f" if word.lower() == "spokeswoman" else "m" if word.lower() == "spokesman" else ""
        agent = Entity(
            canonical, SpeakerKind.PERSON, gender=gender, role=canonical, named=False, head=SPOKES_HEAD
        )
        return self.reg.add(agent, [key])

    def _fuller_agent(self, key: str) -> Entity | None:
        """``the Spokesperson of the Ministry of Defence`` after ``the Spokesperson of the Norland Ministry of
        Defence``: a shorter wording of the one unnamed spokesperson described before (every word of it in
        that description) is that spokesperson; two such leave it new."""
        mine = set(key.split())
        agents = [e for e in self.reg.entities if e.kind == SpeakerKind.PERSON and e.head == SPOKES_HEAD]
        hits = [e for e in agents if mine < set(e.canonical.lower().split())]
        return hits[0] if len(hits) == 1 else None

    def _holder_of(self, key: str) -> Entity | None:
        """``A Port Trust spokesman denied …`` before ``Port Trust spokesman Ian Ford said …``: the one named
        person whose role is this very description (two words at least, so a bare ``spokesman`` never
        names anyone) is the speaker the article names in full."""
        words = key.split()
        if len(words) < 2:
            return None
        if self._folded is None:
            self._folded = " ".join(self.text.lower().replace("’", "'").split())
        holders = [
            e
            for e in self.reg.entities
            if e.kind == SpeakerKind.PERSON
            and e.named
            and e.role.lower().split()[-1:] == words[-1:]
            and f"{key} {e.canonical.lower()}" in self._folded  # "… government spokesman Ian Ford"
        ]
        return holders[0] if len(holders) == 1 else None

    def latest_agent(self) -> Entity | None:
        """The latest spokesperson nobody named (``the spokesperson`` after ``a spokesperson for …``)."""
        return next(
            (e for e in self.reg._recent() if e.head == SPOKES_HEAD and e.kind == SpeakerKind.PERSON),
            None,
        )

    def before_cursor(self) -> list[Entity]:
        return before_cursor(self.reg)

    def latest_org(self) -> Entity | None:
        return latest_org(self.reg)

    def _latest_of_kind(self, head: str) -> Entity | None:
        """``the union``, ``the company``, ``the bank``: the latest organisation, unless its name makes it a
        body of another kind (``district council``, ``Ministry of Health``): nobody calls a council "the
        company", so then the generic head is a body of its own, not the one named before."""
        org = self.latest_org()
        if org is None:
            return None
        names = org.canonical.lower().replace("-", " ").split()
        if head not in names and lx.PUBLIC_BODY_HEADS.intersection(names):
            return None
        return org

    def resolve_pronoun(self, word: str, pos: int) -> Entity | None:
        """``he``/``she``/``they`` at ``pos``: whom the narration points to (``according to him``)."""
        if self.quote_start is not None and self.quote_start < pos:
            pos = self.quote_start  # '"We met (Mayor Dale) Fenwick," he said': he is not Fenwick
        if lx.PRONOUNS[word][1] == "plural":
            pair = next((e for p, e in reversed(self.pairs) if self.last_spoke < p < pos), None)
            if pair is not None:
                return pair  # "Two councillors, X and Y, met …. “…,” they said": the pair, not a body
        found = pronoun(
            self.reg,
            self.subjects,
            self.subject_positions,
            self.last_spoke,
            word,
            pos,
            self.text,
            self.statement_author,
        )
        if found is not None and id(found) in self.article_names and word in ("he", "she"):
            # "The Clarion says …. He said: …": a name cited with "the" is a paper, so "he" is the latest
            # other person who agrees, spoken or mentioned
            gender = lx.PRONOUNS[word][0]
            spoken = reversed(self.reg.speakers[-6:])
            mentioned = (e for _, e in self.reg._before(pos)[:40])
            found = next(
                (
                    e
                    for e in chain(spoken, mentioned)
                    if e.kind == SpeakerKind.PERSON and id(e) not in self.article_names and e.agrees(gender, "singular")
                ),
                found,
            )
        return found

    def _earlier(self, words: list[str]) -> Entity | None:
        return earlier(self.reg, words)

    def note_lead(self, toks: list[Tok], first: int) -> None:
        """Remember the story's opening subject: a capitalised run of one to three words, then a verb."""
        k = first
        while k < len(toks) and k - first < 4 and is_cap(toks[k]) and not is_title(toks[k]):
            k += 1
        if first < k <= first + 3 and k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower():
            self.lead = self.span(toks[first].start, toks[k - 1].end)
        elif first < k <= first + 3 and k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lw == "the":
            # "X, the rebranded Y that …, posted": the name before the apposition
            self.apposed_lead = self.span(toks[first].start, toks[k - 1].end)

    def _lead_org(self) -> Entity | None:
        """``the company`` with no organisation named before: the firm the story opened on, unregistered
        because a bare capitalised word is no name by itself (``AstraZeneca appeared to play down …``)."""
        if not self.lead or self.lead.lower() in WIRES:
            return None
        return self.reg.lookup(self.lead.lower()) or self.register_org(self.lead)

    def _bare_name(self) -> Entity | None:
        """``Apple said …`` then ``the company said``: a one-word "person" with no title is the firm."""
        for e in before_cursor(self.reg)[:4]:
            bare = e.named and not e.role and not e.gender and " " not in e.canonical
            if e.kind == SpeakerKind.PERSON and bare:
                e.kind = SpeakerKind.ORGANIZATION
                return e
        return None

    def _by_name_part(self, word: str) -> Entity | None:
        """A lone name matching exactly one registered person's name part (``Prince Abdulaziz``)."""
        hits = [
            e
            for e in self.reg.entities
            if e.kind == SpeakerKind.PERSON and e.named and word in e.canonical.lower().split()
        ]
        return hits[0] if len(hits) == 1 else None

    def _lookup(self, words: list[str]) -> Entity | None:
        key = " ".join(w for w in words if w != ".")
        for candidate in (key, key.removeprefix("the ")):
            entity = self.reg.lookup(candidate)
            if entity is not None:
                return entity
        return None

    def _description(
        self, toks: list[Tok], a: int, b: int, words: list[str], surface_start: int | None = None
    ) -> Entity | None:
        if _parent_of(words) and a > 0 and toks[a - 1].lw in ("a", "an"):
            text = self.span(toks[a].start, toks[b - 1].end)  # "A mother of two": someone not named here
            return self.reg.lookup(text.lower()) or self._unnamed(toks, a, text)
        personal = words[-1] in lx.PERSON_NOUNS or _AGE_RE.match(words[0]) is not None
        if personal and a > 0 and toks[a - 1].lw in ("a", "an"):
            text = self.span(toks[a].start, toks[b - 1].end)  # "A 37-year-old man": someone not named here
            return self.reg.lookup(text.lower()) or self._unnamed(toks, a, text)
        lone = lone_source(words)
        if lone and len(words) == 1 and a > 0 and toks[a - 1].lw == "the":
            person = self._salient_officeholder(toks[a].start, words[0])  # "the diplomat": the minister
            if person is not None:
                return person
        if lone:
            text = self.span(toks[a].start, toks[b - 1].end)  # "a source close to the talks", "a diplomat"
            return self.reg.lookup(text.lower()) or self._unnamed(toks, a, text)
        if plural_head(words[-1]) and len(words) <= 5 and all(t.text[:1].isalpha() for t in toks[a:b]):
            text = self.span(toks[a].start, toks[b - 1].end)  # "local resistance committees", "governors"
            return self.reg.lookup(text.lower()) or self.reg.add(
                Entity(text, SpeakerKind.GROUP, number="plural"), [text.lower()]
            )
        if words[-1] in FIRMS and 1 < len(words) <= 5 and a > 0 and toks[a - 1].lw == "the":
            if all(not t.text[0].isupper() for t in toks[a:b]):  # "the dairy and poultry producer"
                before = [e for _, e in self.reg._before(toks[a].start) if e.kind == SpeakerKind.ORGANIZATION]
                firm = next((e for e in before if e.canonical.lower() not in WIRES), None)
                firm = firm or self.latest_org()
                if firm is not None:
                    return firm  # the firm named before, in this sentence too
        anchored = words[-1] in lx.ORG_WORDS or any(
            w in lx.COLLECTIVE_WORDS or w in lx.ORG_WORDS or w in lx.TITLE_WORDS for w in words[:4]
        )
        proper = all(w in _CONNECT or toks[a + n].text[0].isupper() for n, w in enumerate(words))
        # a long proper name is one phrase: "U.S. Attorney's Office for the Eastern District of Michigan",
        # and so is a short head with one: "a top official of the Ministry of Trade and Industry"
        if len(words) > (12 if proper or _proper_complement(toks, a, b) else 8) or not (
            anchored
            or all(
                w in OK_IN_NP or toks[a + n].text[0].isupper() or w.endswith("'s")
                for n, w in enumerate(words)
            )
        ):
            return None
        text = self.span(toks[a].start, toks[b - 1].end)
        if surface_start is not None and surface_start < a and not toks[a].text[0].isupper():
            text = self.span(
                toks[surface_start].start, toks[b - 1].end
            )  # "the central bank", "an unnamed source"
        head = words[-1]
        titled = head in lx.TITLE_WORDS or is_title(toks[b - 1])  # "the Director-General": a compound office
        if (
            titled
            and head not in lx.ORG_WORDS
            and head not in GENERIC_HEADS
            and not (a > 0 and toks[a - 1].lw in ("a", "an", "another"))  # "a Turkish official": someone new
        ):
            key = " ".join(w for w in words if w not in ARTICLES)
            person = self._earlier(words) or self.reg.by_role(key)
            if person is None and a > 0 and toks[a - 1].lw == "the" and not self.inside_report:
                person = self._sole_holder(toks, a, b, head)  # "the Palace spokesman": the one holder
            if person is not None:
                return person  # "the Army chief", "the governor", "the spokeswoman": the named holder
        if head in ("spokesman", "spokeswoman", "spokesperson", "representative") and any(
            toks[a + n].text[0].isupper() for n in range(len(words) - 1)
        ):
            org_words = [toks[a + n].text for n in range(len(words) - 1)]
            org = self._lookup([w.lower() for w in org_words]) or self.register_org(" ".join(org_words))
            if org.kind != SpeakerKind.ORGANIZATION:
                return org
            return self.spokes_agent(self.span(toks[a].start, toks[b - 1].end), toks[b - 1].text)
        if self._official_of_body(toks, a, b, words):
            return self.reg.lookup(text.lower()) or self._unnamed(toks, a, text)
        capitalised = any(w[0].isupper() for w in text.split()[:-1] if w)
        if titled and (
            not capitalised or (head not in lx.ORG_WORDS and head not in ROLE_HEADS_ONLY and len(words) <= 4)
        ):
            indefinite = a > 0 and toks[a - 1].lw in ("a", "an", "another")
            person = self.reg.by_role(head) if not capitalised and not indefinite else None
            definite = a > 0 and toks[a - 1].lw == "the"
            if person is None and capitalised and definite and head not in lx.ORG_WORDS:
                person = self._placed_title(toks, a, b, head)  # "the Texas senator"
            if person is None and definite and not capitalised and head in LEADERS:
                # "the premier": a leader's office; a field word among the titles ("the opposition") is no one
                person = self._salient_officeholder(toks[a].start, head)
            if person is not None:
                return person
            return self.reg.lookup(text.lower()) or self._unnamed(toks, a, text)
        if head in lx.COLLECTIVE_WORDS or any(w in lx.COLLECTIVE_WORDS for w in words):
            return self.reg.lookup(text.lower()) or self.reg.add(
                Entity(text, SpeakerKind.GROUP, number="plural"), [text.lower()]
            )
        if len(words) == 1 and words[0] in FIRMS and not toks[a].text[0].isupper():
            firm = self.reg.by_tokens(words, SpeakerKind.ORGANIZATION)
            firm = firm or self._latest_of_kind(words[0]) or self._bare_name() or self._lead_org()
            if firm is not None:
                return firm  # "the company", "the chipmaker": the firm named before
        if any(w in lx.ORG_WORDS for w in words) or (len(words) == 1 and toks[a].text.isupper()):
            found = self.reg.by_tokens([w for w in words if w not in ARTICLES], SpeakerKind.ORGANIZATION)
            if found is None and len(words) <= 2 and words[0] in ("union", "agency", "group", "company"):
                found = self._latest_of_kind(words[-1])
            if found is None and a > 0 and toks[a - 1].lw in ("a", "an") and text.islower():
                # "a police group": an organisation nobody names keeps its article, as for a person
                found = self.register_org(text)
                found.canonical = f"{toks[a - 1].text} {text}"
            return found or self.register_org(text)
        if len(words) <= 4 and toks[a].text[0].isupper():
            return self.register_org(text)
        return None
