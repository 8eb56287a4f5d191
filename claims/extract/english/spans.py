"""English span rules: where the subject of a reporting verb starts, and where its content starts and ends.

Datelines, quotations before the verb, appositions and relative clauses inside the subject, time
adjuncts and addressees after the verb: the boundary cases of ``X said …`` / ``"…," X said``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.english import lexicon as lx
from claims.extract.english.described import people_after
from claims.extract.english.noun_phrases import EnCtx, is_cap, is_title, name_span, possessive
from claims.extract.english.tokens import START, Tok
from claims.extract.english.verbs import (
    ADDRESSEES,
    ADJUNCT_PARTICIPLES,
    addressee_end,
    age_or_origin,
    finite_ed,
    plain_words,
)
from claims.extract.english.words import number_comma
from claims.text.segment import Span
from claims.types import ClaimKind

QUOTES: Final = frozenset('"“”«»')
DAYS: Final = frozenset(
    [
        *lx.WEEKDAYS,
        "yesterday",
        "today",
        "tonight",
    ]
)
ADJUNCT_STARTS: Final = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "late",
        "early",
        "earlier",
        "later",
        "to",
        "last",
        "this",
        "from",
        "via",
        "citing",
        "quoting",
    ]
)
CLAUSE_END: Final = frozenset(".?!;")
TAIL_WORDS: Final = frozenset(
    """
    yesterday today tonight also again then later earlier separately previously recently last week month year
    monday tuesday wednesday thursday friday saturday sunday reporters journalists
    over
    """.split()  # "over": "…, she told the agency over the phone on Wednesday."
)

DATELINE_RE: Final = re.compile(
    r"[A-Z][A-Z/.' ]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?:,?\s*\([^)]{1,30}\)\s*(?:[-–—]+|:)\s*|\s*(?:[-–—]+|:)\s+)"  # "LONDON (Reuters) -AstraZeneca"
)
# "Port Sudan (AFP) –", "AMARILLO, Texas (AP) —", "Gaza City, Dec 27 (Reuters) -": a wire's credit
WIRE_DATELINE_RE: Final = re.compile(
    r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:, [A-Z][\w.]*(?: [A-Z\d][\w.]*){0,2})?"
    r" \((?:AFP|AP|Reuters|AFP/Reuters|UPI|dpa|DPA|ANI|PTI|IANS|Xinhua|WAM|SPA|KUNA|Anadolu|Bernama|Yonhap)\)"
    r"\s*[-–—]+\s+"
)


# "KINGSTOWN, St Vincent, CMC –", "PORT LOUIS, Mauritius –": a capitals place, its country, a wire's initials
COUNTRY_DATELINE_RE: Final = re.compile(
    r"[A-Z][A-Z/.' ]{2,40},\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:,\s*[A-Z]{2,6})?\s*[-–—]+\s+"
)


# "Port Louis, Mauritius – …", "Male’, Maldives – …": a place in title case, its country, a spaced dash
PLACE_COUNTRY_DATELINE_RE: Final = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\s+[-–—]+\s+(?=[A-Z])"
)
# "Basra (PortNews.com) The council …": a place and the site's own web address in brackets, no dash
DOMAIN_DATELINE_RE: Final = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},? \([\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\)\s*(?:[-–—:]+\s*)?(?=[A-Z])"
)


def dateline_end(text: str, start: int, end: int) -> int:
    """End of a dateline opening ``text[start:end]`` (``CAIRO, March 6 (Reuters) -``), else ``start``."""
    m = (
        DATELINE_RE.match(text, start, end)
        or COUNTRY_DATELINE_RE.match(text, start, end)
        or PLACE_COUNTRY_DATELINE_RE.match(text, start, end)
    )
    if m is None and text.find("(", start, min(end, start + 60)) > 0:
        # only tried when a bracket is near: the slow ones
        m = WIRE_DATELINE_RE.match(text, start, end) or DOMAIN_DATELINE_RE.match(text, start, end)
    return m.end() if m else start


def after_dateline(ctx: EnCtx, toks: list[Tok], span: Span) -> int:
    """``dateline_end`` of a sentence, read once per article and sentence (each cue asks again)."""
    key = (span.start, span.end)
    end = ctx.datelines.get(key)
    if end is None:
        end = ctx.datelines[key] = dateline_end(ctx.text, span.start, span.end)
    return end


def left_bound(
    toks: list[Tok], cue_start: int, regions: list[Span], dateline_end: int = 0, text: str = ""
) -> tuple[int, Span | None]:
    """Where the subject may start, and the quotation right before it (``"…," X said``)."""

    def text_before(r: Span) -> str:
        return text[r.end - 2] if text and r.end >= 2 else ""

    lb = next((x for x, t in enumerate(toks) if t.start >= dateline_end), 0) if dateline_end else 0
    lb = min(lb, cue_start)
    quote_before = None
    after_previous = lb
    for r in regions:
        if r.end <= toks[cue_start].start:
            opened = next((x for x, t in enumerate(toks) if t.start >= r.start), cue_start)
            words_before = toks[after_previous:opened]
            after_previous = next((x for x, t in enumerate(toks) if t.start >= r.end), cue_start)
            if (
                any(t.text[:1].isalnum() for t in words_before)
                and not any(t.lw in lx.REPORTING_VERBS for t in words_before)
                and words_before[-1].text != ":"
            ):
                continue  # 'The harbour will flood “every few winters”, …, X says': a partial quotation
            m = next((x for x, t in enumerate(toks) if t.start >= r.end), cue_start)
            if m <= cue_start:
                lb = m + (1 if m < cue_start and toks[m].text == "," else 0)
                closed = toks[m].text == "," or m == cue_start or text_before(r) in ",،?!"
                quote_before = r if closed and subject_only(toks, lb, cue_start) else None
    return lb, quote_before


def _reported_subject(toks: list[Tok], a: int, b: int) -> int | None:
    """``NAN reports that Ade Bello`` before ``, commander of …, said``: a segment ending in a reporting
    verb, ``that`` and a name opens a reported clause whose subject is the name: where the name starts."""
    x = next((x for x in range(b - 2, a, -1) if toks[x].lw == "that"), None)
    if x is None or toks[x - 1].lw not in lx.REPORTING_VERBS or name_span(toks, x + 1, b) is None:
        return None
    return x + 1 if all(is_cap(t) for t in toks[x + 1 : b]) else None


def subject_start(toks: list[Tok], lb: int, left: int, keep: set[int] | None = None) -> int:
    """The subject is the last comma-separated noun phrases before the verb (with appositions)."""
    cuts = [
        x
        for x in range(lb, left)
        if (toks[x].text in (",", "—", "–") and toks[x].start not in (keep or ()) and not number_comma(toks, x))
        or (toks[x].text == "-" and x > lb)
    ]
    start = lb
    parts = [lb, *[c + 1 for c in cuts]]
    part = len(parts) - 1
    if part > 0 and parts[part] >= left:
        part -= 1  # "X, …, said": the comma right before the verb closes an apposition
    if (
        part > 0
        and parts[part] < left
        and (
            toks[parts[part]].lw in ("who", "which", "whose")
            or (toks[parts[part]].lw.endswith("ing") and toks[parts[part]].text[0].islower())
        )
    ):
        part -= 1  # "X, who spoke on condition of anonymity, told …" / "X, speaking after …, said …"
    elif part > 0 and parts[part] + 1 < left and _timed_participle(toks, parts[part]):
        return parts[part - 1]  # "Judge X, when sentencing the men said": an adjunct of time, not the subject
    if (
        part > 0
        and 2 <= left - parts[part] <= 7
        and toks[parts[part]].lw == "where"
        and toks[parts[part]].text.islower()
    ):
        return parts[part] + 1  # "X spoke at the council, where he/the mayor said …": the relative's subject
    while part > 0 and age_or_origin(toks, parts[part], cuts[part] if part < len(cuts) else left):
        part -= 1  # "Mr Jones, 32, of Hill Street, denies …": age and address are appositions
    reported = _reported_subject(toks, parts[part - 1], cuts[part - 1]) if part > 0 else None
    if reported is not None and not np_like(toks, parts[part - 1], cuts[part - 1]):
        return reported  # "NAN reports that X, commander of Y, said": X, never the body in the apposition
    while part > 0 and (
        np_like(toks, parts[part - 1], cuts[part - 1]) or age_or_origin(toks, parts[part - 1], cuts[part - 1])
    ):
        if left - parts[part - 1] > 24:
            break
        if part > 1 and _closes_list(toks, parts[part - 1], cuts[part - 1]):
            # "… in Ukraine, Iran and elsewhere, Cole stressed": "and" closed a list before the comma; the
            # phrase after it starts a new constituent, the list is no apposition of the subject
            if name_span(toks, parts[part], cuts[part] if part < len(cuts) else left) is not None:
                break
        part -= 1
    start = parts[part]
    if left - start >= 5 and toks[left - 1].text == ")" and toks[left - 3].text == "(":
        left -= 3  # "as the Ministry of Health (MOHAP) announced": the acronym is no apposition
    if left - start < 3 or not toks[left - 1].text[0].isalnum():
        return start  # a short subject, or an apposition closing right before the verb
    for x in range(left - 2, max(start, left - 10) - 1, -1):
        w = toks[x].lw
        if w == "as" and (x == start or toks[x - 1].lw in ("such", "so", "as", "well", "same", "known")):
            continue  # "such as", "known as": no clause opens here
        if w == "but" and toks[x].text.islower() and left - x >= 2:
            return x + 1  # "X declined to comment but a member of the group said …": a new subject
        if w == "and" and toks[x].text.islower() and _clause_then_subject(toks, start, x, left):
            return x + 1  # "The robbers fled and police say …": a clause closed by "and", then a new subject
        if w in _SUBORDINATORS and toks[x].text.islower() and toks[x + 1].lw != "of":
            inside = toks[x + 1 : left]  # "The man who was held after police raided …": a relative clause
            verb_in = any(  # "as a leaked report showed": after an article an -ed word is an adjective
                finite_ed(t) and (n == 0 or inside[n - 1].lw not in ("a", "an", "the"))
                for n, t in enumerate(inside)
            )
            if any(t.lw in ("who", "which", "that") for t in toks[start:x]) or verb_in:
                return start
            return x + 1  # "Shares fell after the company warned that …": the subordinate clause's subject
        if not toks[x].text[0].isalnum():
            break  # only in the clause right before the verb, never inside an apposition
    return start


_PLURAL_FINITE: Final = frozenset(["are", "were", "have"])


def _finite_here(toks: list[Tok], y: int, start: int) -> bool:
    """A lower-case finite verb at ``y`` (not an adjective after an article: ``the revised plan``)."""
    t = toks[y]
    return (
        t.text.islower()
        and (t.lw in lx.NARRATION_VERBS or t.lw in _PLURAL_FINITE or finite_ed(t))
        and (y == start or toks[y - 1].lw not in ("a", "an", "the"))
    )


def _clause_then_subject(toks: list[Tok], start: int, x: int, left: int) -> bool:
    """``the robbers fled on foot and police say …``: before the ``and`` at ``x`` a clause with its own
    finite verb and no word after that verb opening a phrase the ``and`` could close (the lexicon's
    ``clause_and_blockers``); after it a short phrase of plain words up to the cue — the cue's subject. The
    clause is narration, never part of who speaks. A name or pronoun right before the ``and`` (``Trump and
    Lewandowski said``, ``he and Brafman``) joins two subjects instead."""
    before = toks[x - 1]
    if x - 1 <= start or not before.text.isalpha() or not before.text.islower() or before.lw in lx.PRONOUNS:
        return False
    after = toks[x + 1 : left]
    blockers = lx.CLAUSE_AND_BLOCKERS
    if not 1 <= len(after) <= 4 or any(not t.text.isalpha() or t.lw in blockers or finite_ed(t) for t in after):
        return False
    verb = next((y for y in range(x - 1, start - 1, -1) if _finite_here(toks, y, start)), None)
    return verb is not None and not any(t.lw in blockers for t in toks[verb + 1 : x])


_OPENING_PREPOSITIONS: Final = frozenset(["in", "on", "at", "during", "after", "before"])


def opener_without_comma(toks: list[Tok], a: int, left: int) -> int:
    """``In response the minister said``, ``In a statement the ministry said``: a capitalised preposition
    opens the subject slot, lower-case words of its phrase follow (no comma), then ``the`` before the
    verb opens the subject itself; the phrase is an adjunct, no part of who speaks. ``Later the court
    warned``, ``Now the union says``: a time or sequence adverb (the lexicon's ``comma_less_openers``)
    opening the sentence is no part of the subject after it either."""
    if a + 1 < left and a == 0 and toks[a].text.istitle() and toks[a].lw in lx.COMMA_LESS_OPENERS:
        nxt = toks[a + 1]
        if nxt.lw in ("the", "a", "an") or (is_cap(nxt) and not is_title(nxt)) or nxt.lw in lx.PRONOUNS:
            return a + 1
    if a + 3 >= left or toks[a].lw not in _OPENING_PREPOSITIONS or not toks[a].text[0].isupper():
        return a
    for k in range(a + 2, min(left - 1, a + 6)):
        if toks[k].lw == "the":
            return k
        if not (toks[k].text.isalpha() and toks[k].text.islower()):
            return a
    return a


_SUBORDINATORS: Final = frozenset(
    ["after", "before", "when", "because", "although", "though", "while", "until", "once", "as"]
)


def _timed_participle(toks: list[Tok], a: int) -> bool:
    """``when sentencing the men``, ``while speaking to reporters``: a lower-case subordinator, then a
    participle — an adjunct set off by a comma after the subject."""
    return (
        a + 1 < len(toks)
        and toks[a].text.islower()
        and toks[a].lw in ("when", "while", "after", "before", "since", "in", "on", "upon")
        and toks[a + 1].text.islower()
        and toks[a + 1].lw.endswith("ing")
        and len(toks[a + 1].lw) > 4
    )


def _closes_list(toks: list[Tok], a: int, b: int) -> bool:
    """``Iran and elsewhere``: a comma part whose lower-case ``and``/``or`` closes a series."""
    return any(t.lw in ("and", "or") and t.text.islower() for t in toks[a + 1 : b])


def np_like(toks: list[Tok], a: int, b: int) -> bool:
    """A short phrase without a finite verb: a name, a role, an organisation."""
    if b - a < 1 or b - a > 12:
        return False
    words = [t.lw for t in toks[a:b]]
    while words and words[0] in ("but", "and", "yet", "so"):
        words = words[1:]
        a += 1
    if not words or words[0] in lx.INTRO_WORDS or (words[0].endswith("ing") and len(words[0]) > 5):
        return False
    if len(words) > 1 and words[0].endswith("ly") and words[1] in _ADVERB_PREPOSITIONS:
        return False  # "possibly for decades", "mostly in the south": an adverbial, no noun phrase
    if any(w in CLAUSE_WORDS for w in words) or b - a > 9:
        return False
    if any(ch.isdigit() for w in words for ch in w):
        return False
    fitting = sum(
        1
        for n, w in enumerate(words)
        if toks[a + n].text[0].isupper()
        or w in lx.TITLE_WORDS
        or w in lx.ORG_WORDS
        or w in lx.COLLECTIVE_WORDS
        or w in NP_FUNCTION
        or w.endswith("'s")
    )
    if len(words) > 3 and fitting * 2 < len(words):
        return False  # mostly plain lower-case words: a clause, not a name or a role
    if len(words) > 2 and plain_words(toks, a, words) > 2:
        return False  # "Hundreds of civilians in the city face famine": a clause
    return all(
        not w.endswith("ed") or toks[a + n].text[0].isupper() or w in lx.TITLE_WORDS
        for n, w in enumerate(words)
    ) and not any(w in lx.REPORTING_VERBS for w in words)


_ADVERB_PREPOSITIONS: Final = frozenset(
    ["for", "in", "at", "on", "by", "with", "from", "after", "before", "until"]
)
NP_FUNCTION: Final = frozenset(["of", "the", "a", "an", "for", "at", "in", "and", "on", "to", "from", "with"])
SOURCE_DOCS: Final = frozenset(
    ["figures", "data", "statistics", "a", "report", "reports", "survey", "count", "tally", "estimates"]
)
OBJECT_FIRST: Final = frozenset(
    [
        "claim",
        "claims",
        "allegation",
        "allegations",
        "charge",
        "charges",
        "accusation",
        "accusations",
        "which",
        "what",  # "she accepted what Mr Byrne had said": the cue's object comes first, no new statement
    ]
)
CLAUSE_WORDS: Final = frozenset(
    [
        "to",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "did",
        "does",
        "do",
        "not",
        "which",
        "who",
        "whom",
        "that",
        "it",
        "they",
        "he",
        "she",
        "we",
        "i",
        "said",
        "says",
        "told",
        "where",
        "when",
        "while",
        "because",
        "if",
    ]
)


def comma_next(toks: list[Tok], j: int, end: int) -> bool:
    """After the verb and its time adjuncts comes a comma: the verb closes a fronted content."""
    m = j
    while (
        m < len(toks)
        and toks[m].start < end
        and (toks[m].lw in DAYS or toks[m].lw in ("on", "late", "early", "last", "week", "night"))
    ):
        m += 1
    return m < len(toks) and toks[m].text == "," and toks[m].start < end


_TAIL_STARTS: Final = ADJUNCT_STARTS | TAIL_WORDS


_NOT_VERBS_AFTER_TO: Final = frozenset(
    """the a an his her their its our my your this that these those him them us me it reporters
    journalists""".split()
)


def infinitive(toks: list[Tok], j: int) -> bool:
    """``to`` + a lower-case word that is no determiner or pronoun (``agreed to be acquired``), never an
    addressee (``said to reporters``, ``told to the court``)."""
    if j + 1 >= len(toks) or toks[j].lw != "to":
        return False
    nxt = toks[j + 1]
    if not (nxt.text.isalpha() and nxt.text.islower()):
        return False
    if nxt.lw in _NOT_VERBS_AFTER_TO or nxt.lw in ADDRESSEES:
        return False
    return not (nxt.lw.endswith("s") and not nxt.lw.endswith("ss"))  # "wrote to investors": a plural noun




def tail_only(toks: list[Tok], j: int, end: int) -> bool:
    """Nothing but adjuncts after the verb: ``…, the minister said on Tuesday.``"""
    hung = next((toks[x - 1].start for x in range(j, end_index(toks, end)) if _hung_participle(toks, x)), end)
    end = min(end, hung)  # "…, the minister said while warning against …": the participle is a new span
    rest = [t for t in toks[j:] if t.start < end and t.text[0].isalnum()]
    first = rest[0] if rest else None
    if first is not None and first.lw == "who" and j < len(toks) and toks[j] is first and j > 0 and is_cap(toks[j - 1]):
        return True  # "…, said porter Ann Cole who was among …": the relative describes the speaker just named
    if first is not None and first.lw == "to" and infinitive(toks, toks.index(first)):
        return False  # "…, and Allergan agreed to be acquired": the verb's own complement, no adjunct
    if first is not None and first.lw in _WHEN_WORDS and _adjunct_next(rest):
        # "…,” she was quoted as saying while visiting the depot", "…, he told a forum following the
        # board meeting": when it was said, not what (a clause with "that" after it still is what)
        return True
    if first is not None and first.text[0].islower() and first.lw not in _TAIL_STARTS:
        return False  # "…, Zakharova said the remarks were provocative": a complement, not an adjunct
    if first is not None and first.lw in _LATER_CLAUSE:
        return True  # "…, a union said after two officers were told that …": the clause is when, not what
    if any(t.lw == "that" for t in rest):
        return False
    if len(rest) <= 6:
        return True
    # "…, the watchdog said in a confidential report seen Monday by AP.": a long adjunct, no clause; a
    # chain of places after it ("said at a meeting with reporters of … outlets at the Grand Hotel in Oban
    # today") may run longer while no verb of its own appears (never "said at least 20 people died")
    return (
        first is not None
        and first.lw in ADJUNCT_STARTS
        and (len(rest) <= 14 or (len(rest) <= _PLACE_CHAIN and not any(finite_ed(t) for t in rest)))
        and not (first.lw == "at" and rest[1:2] and rest[1].lw in ("least", "most"))
        and not any(t.lw in _CLAUSE_WORDS for t in rest)
    )


_PLACE_CHAIN: Final = 24


def _adjunct_next(rest: list[Tok]) -> bool:
    """``while talking to reporters``, ``following the meeting``: after the subordinator a lower-case
    ``-ing`` form or a determiner, and no ``that`` clause anywhere after."""
    if len(rest) < 2 or any(t.lw == "that" for t in rest):
        return False
    nxt = rest[1]
    ing = nxt.text.islower() and nxt.lw.endswith("ing") and len(nxt.lw) > 4
    return ing or nxt.lw in _DESCRIPTION_OPENERS


_WHEN_WORDS: Final = frozenset(["while", "when", "after", "before", "following", "during"])


_LATER_CLAUSE: Final = frozenset(["after", "before", "when", "while", "as", "since", "following"])
_CLAUSE_WORDS: Final = frozenset(
    """is are was were will would could should can may might must has have had do does did
    he she they it we i you there""".split()
)


def after_quote_first(
    ctx: EnCtx, toks: list[Tok], j: int, end: int, regions: list[Span], speaker: Entity, cue_text: str
) -> list[Draft]:
    """After ``"…," X said``: a second quotation, or a participle (``adding that …``), is another claim."""
    limit = bisect_left(toks, end, key=START)
    for m in range(j, limit):
        w = toks[m].lw
        if toks[m].text in QUOTES and m > 0 and toks[m - 1].text == ",":
            r = next((r for r in regions if r.start == toks[m].start), None)
            if r is not None:
                return [
                    Draft(speaker, r.start + 1, r.end - 1, ClaimKind.DIRECT, cue=cue_text, confidence=0.8)
                ]
        if _hung_participle(toks, m):
            cue = toks[m].text
            a = m + 1
            if a + 1 < limit and toks[a].lw == "against":
                a += 1  # "warning against the depletion …": the preposition belongs to the cue
            if a < limit and toks[a].lw in ("on", "for") and w == "calling":
                cue, a = f"{cue} {toks[a].text}", a + 1
            if w == "telling":
                a = addressee_end(toks, a, limit)  # "telling them the port was …": whom, then what
            if a < limit:
                return [Draft(speaker, toks[a].start, end, ClaimKind.INDIRECT, cue=cue, confidence=0.75)]
    return []


def _hung_participle(toks: list[Tok], m: int) -> bool:
    """``, adding …`` / ``while noting …``: a participle cue that opens a second span after the verb."""
    return (
        m > 0 and toks[m].lw in lx.PARTICIPLE_CUES and (toks[m - 1].text == "," or toks[m - 1].lw == "while")
    )


def end_index(toks: list[Tok], end: int) -> int:
    return bisect_left(toks, end, key=START)


def quoted_as_saying(
    ctx: EnCtx,
    toks: list[Tok],
    j: int,
    end: int,
    speaker: Entity | None,
    cue_text: str,
    before: tuple[int, int, ClaimKind] | None = None,
) -> list[Draft]:
    """``SPA quoted the minister as saying that …``: the agency's claim and the minister's, ``via`` it.

    ``before`` is the content standing before the agency (``"…," SPA quoted the minister as saying.`` or
    ``The quay will shut, SPA quoted the minister as saying on Monday.``): taken when only adjuncts follow
    ``as saying``, for both claims."""
    limit = bisect_left(toks, end, key=START)
    m = next((x for x in range(j, limit - 1) if toks[x].lw == "as" and toks[x + 1].lw == "saying"), None)
    if m is None:
        return []
    if before is not None and (m + 2 >= limit or tail_only(toks, m + 2, end) or comma_next(toks, m + 2, end)):
        start, stop, kind = before
        outer_start, inner_start = start, start
    elif m + 2 >= limit:
        return []
    else:
        outer_start, inner_start, stop, kind = toks[j].start, toks[m + 2].start, end, ClaimKind.INDIRECT
    out = [] if speaker is None else [Draft(speaker, outer_start, stop, kind, cue=cue_text, confidence=0.75)]
    inner = ctx.resolve(toks, j, m)
    if inner is not None and inner is not speaker:
        via = speaker.canonical if speaker is not None else ""  # an unnamed source ("local media"): no via
        out.append(Draft(inner, inner_start, stop, kind, cue="as saying", via=via, confidence=0.75))
        if speaker is None:
            ctx.reg.spoke(inner)
    return out


def leading_np(toks: list[Tok], a: int, b: int) -> int:
    """End of the capitalised subject phrase that opens a clause."""
    k = a
    while k < b and (
        is_cap(toks[k])
        or is_title(toks[k])
        or possessive(toks[k])
        or toks[k].lw in ("of", "the")
        or (toks[k].text == "." and k > a and len(toks[k - 1].text) <= 3)
    ):
        k += 1
    if a < k < b and possessive(toks[k - 1]):  # "Varley's younger brother": the possessive owns a head
        m = k
        while m < b and m - k < 2 and toks[m].text.isalpha() and toks[m].text.islower():
            if _verb(toks[m]):
                break
            m += 1
        if m > k and m < b and _verb(toks[m]):
            return m
    return k


def _verb(tok: Tok) -> bool:
    """A finite verb by its form or the lists: what ends a subject noun phrase."""
    w = tok.lw
    return tok.text.islower() and (
        w in lx.NARRATION_VERBS or w in lx.REPORTING_VERBS or w in lx.AUXILIARIES or finite_ed(tok)
    )


def subject_only(toks: list[Tok], a: int, b: int) -> bool:
    return 0 <= b - a <= 12 and all(t.text not in CLAUSE_END for t in toks[a:b])


def trim_left(toks: list[Tok], a: int, b: int) -> int:
    """Drop adverbs and time phrases between the subject and its verb (``also``, ``on Monday``), and
    discourse adjuncts (``for its part``, ``, in turn,``: the lexicon's ``discourse_adjuncts``)."""
    b = _drop_adjunct(toks, a, b)
    if b - 2 > a and toks[b - 1].lw in lx.DAY_PARTS and toks[b - 2].lw in DAYS and toks[b - 1].text.islower():
        b -= 1  # "X on Thursday evening said": the part of the day goes with the day word before it
    if b - 2 > a and toks[b - 1].lw in _PERIODS and toks[b - 2].lw in _PERIOD_DETERMINERS and toks[b - 1].text.islower():
        b -= 2  # "X last month said", "X this week said": when, not part of the speaker
        if b - 1 > a and toks[b - 1].lw == "earlier":
            b -= 1  # "X earlier this week said"
    while b > a and (
        (toks[b - 1].lw in lx.AUXILIARIES and toks[b - 1].text.islower())  # "Dana Long said": a surname
        or toks[b - 1].lw in DAYS
        or (_manner_adverb(toks[b - 1]) and not (b - 2 >= a and _owner_or_article(toks[b - 2])))
    ):
        b -= 1
        if b > a and toks[b - 1].lw in ("on", "late", "early"):
            b -= 1
    q = _occasion_after_name(toks, a, b)
    if q is not None:
        return trim_left(toks, a, q)  # "Minister Ann Cole in a media conference this afternoon said"
    return b


_PERIODS: Final = frozenset(["week", "month", "year", "weekend", "night", "morning", "evening", "afternoon"])
_PERIOD_DETERMINERS: Final = frozenset(["last", "this", "next"])
_OCCASION_PREPOSITIONS: Final = frozenset(["in", "at", "during"])
_OCCASION_OPENERS: Final = frozenset(["a", "an", "the", "his", "her", "their", "its"])
_PERSONAL_OWNERS: Final = frozenset(["his", "her"])


def _occasion_after_name(toks: list[Tok], a: int, b: int) -> int | None:
    """``Ann Cole in a briefing on Monday said``, ``Ivo Tran at a rally in Tarlow said``: a phrase of
    occasion (``in``/``at``/``during`` and an article or possessive, up to ten words, no comma nor verb)
    right after a name of two capitalised words is where and when, not part of the speaker. A place
    (``residents in Tarlow``) or a one-word capitalised opener (``Officials at the port``) stays, and so
    does the phrase before a participle (``told Radio Norland in a video posted …``: no verb of its own)."""
    if b < len(toks) and toks[b].lw in ADJUNCT_PARTICIPLES:
        return None
    for q in range(max(a + 2, b - 10), b - 1):
        if toks[q].lw not in _OCCASION_PREPOSITIONS or toks[q + 1].lw not in _OCCASION_OPENERS:
            continue
        if toks[q].text[0].isupper() or not is_cap(toks[q - 1]):
            continue
        if not is_cap(toks[q - 2]) and toks[q + 1].lw not in _PERSONAL_OWNERS:
            continue  # "Ahmad in his blog post had called for": "his" says a person's occasion, one word will do
        if any(not t.text[:1].isalnum() or t.lw in CLAUSE_WORDS for t in toks[q + 1 : b]):
            return None
        return q
    return None


_ADJUNCT_LENGTHS: Final = sorted({len(p.split()) for p in lx.DISCOURSE_ADJUNCTS}, reverse=True)


def _drop_adjunct(toks: list[Tok], a: int, b: int) -> int:
    """``The ministry for its part said``, ``Reyes, in turn, said``: the adjunct (and its commas) before
    the verb is no part of the subject; at least one word of the subject stays."""
    end = b - 1 if b > a and toks[b - 1].text == "," else b
    for size in _ADJUNCT_LENGTHS:
        start = end - size
        if start > a and " ".join(t.lw for t in toks[start:end]) in lx.DISCOURSE_ADJUNCTS:
            if toks[start - 1].text == ",":
                start -= 1
            return start if start > a else b
    return b


def _owner_or_article(tok: Tok) -> bool:
    """``Varley's family``, ``the assembly``, ``their ally``: after these an -ly word is a noun."""
    return possessive(tok) or tok.lw in ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your")


def _manner_adverb(tok: Tok) -> bool:
    """``Brigadier Orlan particularly warned``: a lower-case -ly word before the verb is not in the name."""
    return tok.text.islower() and len(tok.text) > 4 and tok.lw.endswith("ly")


def _role_then_name(toks: list[Tok], j: int, n: int) -> bool:
    """``said port chief Omar Daud``: one or two lower-case words, a title, then a capitalised name;
    or ``said kitchen porter Ann Cole.``: one or two lower-case words describing her, then a name of two
    or more capitalised words that closes the phrase (a stop, a comma or ``who`` after it)."""
    x = _title_before_name(toks, j, n)
    if x is not None:
        return all(t.text.isalpha() and t.text.islower() for t in toks[j:x])
    return _described_name_end(toks, j, n) is not None


def _title_before_name(toks: list[Tok], j: int, n: int) -> int | None:
    """``said port chief Omar Daud``: the title (one or two words after ``j``) a capitalised name follows."""
    titled = (x for x in (j + 1, j + 2) if x + 1 < n and is_title(toks[x]) and is_cap(toks[x + 1]))
    return next((x for x in titled if not is_title(toks[x + 1])), None)


def _described_name_end(toks: list[Tok], j: int, n: int) -> int | None:
    """``said kitchen porter Ann Cole``: one or two lower-case describing words (no article, preposition,
    pronoun or adverb: the lexicon's ``not_descriptors``), then two or more capitalised words, then the
    phrase's end — a stop, a comma, ``who``, or the sentence's end. Where the name ends, else None."""
    x = j
    while x < min(n, j + 2) and toks[x].text.islower() and toks[x].text.replace("-", "").isalpha():
        if toks[x].lw in lx.NOT_DESCRIPTORS or toks[x].lw in lx.PRONOUNS:
            return None
        x += 1
    if x == j:
        return None
    e = x
    while e < n and is_cap(toks[e]) and not is_title(toks[e]) and not possessive(toks[e]):
        e += 1
    closed = e == n or toks[e].text in (".", ",", "!", "?") or toks[e].lw == "who"
    return e if e - x >= 2 and closed else None


def past_cue_time(toks: list[Tok], j: int, n: int) -> int:
    """``…, said today the minister X``, ``…, said on Monday X``: where the speaker phrase starts past a day
    word right after the cue (the lexicon's ``cue_time_words``, a weekday, ``on`` + a weekday); ``j`` when
    there is none."""
    if j < n and toks[j].text.islower() and (toks[j].lw in lx.CUE_TIME_WORDS or toks[j].lw in lx.WEEKDAYS):
        return j + 1
    if j + 1 < n and toks[j].lw == "on" and toks[j + 1].lw in lx.WEEKDAYS:
        return j + 2
    return j


def inverted_end(toks: list[Tok], j: int, n: int) -> int:
    """``said Hakan Fidan, Turkey's foreign minister.`` → end of the speaker phrase after the verb (past a
    day word between them: ``said on Monday Transport Minister X``); ``j`` when no speaker follows."""
    t = past_cue_time(toks, j, n)
    if t > j:
        end = _inverted_end(toks, t, n)
        return end if end > t else j
    return _inverted_end(toks, j, n)


_DESCRIPTION_OPENERS: Final = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])


def appositive_name(toks: list[Tok], j: int, n: int) -> tuple[int, int] | None:
    """``said his best friend at college, Bruce Turry, who …`` / ``said a neighbour, Ann Cole.``: after
    the cue, a short description (an article or possessive, up to eight words, no verb mark) set off by a
    comma, then a name of two or more capitalised words closing the phrase — the name is the speaker,
    the description only says who he is. Returns the name's token range."""
    if j >= n or (toks[j].lw not in _DESCRIPTION_OPENERS and not _titled_description(toks, j, n)):
        return None
    c = next((x for x in range(j + 1, min(n, j + 9)) if toks[x].text == ","), None)
    if c is None or c == j + 1:
        return None
    if any(not t.text.replace("-", "").isalnum() for t in toks[j + 1 : c]):
        return None
    e = c + 1
    while e < n and is_cap(toks[e]) and not is_title(toks[e]) and not possessive(toks[e]):
        e += 1
    if e - (c + 1) < 2 or (e < n and toks[e].text not in (",", ".", ";", "!", "?")):
        return None
    return c + 1, e


def _titled_description(toks: list[Tok], j: int, n: int) -> bool:
    """``said Rescue Alliance Spokesperson, Tomas Kibwe``: with no article, a body's name then a title
    word right before the comma (at most five words) describes the name that follows the comma."""
    c = next((x for x in range(j + 1, min(n, j + 6)) if toks[x].text == ","), None)
    return c is not None and c > j + 1 and is_cap(toks[j]) and toks[c - 1].lw in lx.TITLE_WORDS


def _inverted_end(toks: list[Tok], j: int, n: int) -> int:
    appositive = appositive_name(toks, j, n)
    if appositive is not None:
        return appositive[1]
    described = _described_name_end(toks, j, n) if j < n and not is_title(toks[j]) else None
    if described is not None and _title_before_name(toks, j, n) is None:
        return described  # "said kitchen porter Ann Cole who …": the name closes the speaker phrase
    people = people_after(toks, j, n)
    if people > j:
        return people  # "…, said villagers.", "…, said one resident.": people described, not named
    if j >= n or not (
        is_cap(toks[j])
        or toks[j].lw in ("the", "a", "an")
        or is_title(toks[j])
        or _role_then_name(toks, j, n)
    ):
        return j
    k = j
    while (
        k < n
        and (
            toks[k].text not in (".", ";", "?", "!")
            or (
                toks[k].text == "."
                and k > j
                and len(toks[k - 1].text) <= 4
                and toks[k - 1].text[0].isupper()
                and k + 1 < n
            )
        )
        and toks[k].lw not in ("that", "on", "in", "at")
    ):
        if (
            toks[k].text == ","
            and k + 1 < n
            and not (is_title(toks[k + 1]) or toks[k + 1].lw in ("the", "a", "an") or possessive(toks[k + 1]))
        ):
            break
        k += 1
    if (
        k > j
        and toks[j].lw not in ("the", "a", "an")
        and not is_cap(toks[j])
        and not is_title(toks[j])
        and not _role_then_name(toks, j, n)
    ):
        return j
    if k - j > 14:  # "said Karim Mejri, a spokesman for …, a rights group that …": keep the name
        c = next((x for x in range(j + 1, min(k, j + 8)) if toks[x].text == ","), None)
        if c is None:
            return j
        if all(is_cap(t) for t in toks[j:c]):
            return c
        # "said former Sen. Ann Cole, a … who …": a title (with its lower-case modifier) before the name
        first_cap = next((x for x in range(j, c) if is_cap(toks[x])), c)
        titled = any(is_title(t) for t in toks[j:c]) and c - first_cap >= 2
        plain = all(t.text.isalpha() and t.text.islower() for t in toks[j:first_cap])
        named = all(is_cap(t) or t.text == "." for t in toks[first_cap:c])
        return c if titled and plain and named and first_cap - j <= 2 else j
    return k
