"""An account going on with no new cue (guideline §4 rule 1): whose voice is an uncued sentence?

``Police said the man was liming with friends when a car drove up. Three gunmen got out and fired.``
The second sentence has no cue of its own, yet it is the police's account, not the outlet's: the
paragraph opened with the report and nothing since has named a new source. The outlet's own narration
shares that position too (``Meanwhile, the court adjourned …``, ``Both Ann and Joe died in hospital.``),
so the decision is a score over the sentence's shape, and a sentence carries the account on only when
the evidence for clears the evidence against by a margin.

For: the speaker's voice itself (a first-person subject, a partial quotation of the speaker), what an
account of an incident is made of (a passive ``was stabbed``, ``There were …``, a count of people
``Two of them …``), words that point back into the statement (``That fingerprint …`` after a statement
about a fingerprint), a sequence adverb (``Subsequently, …``), a source reading (``according to``, a
statement), an account already carried on in this paragraph, a speaker that is a body or a group.
Against: a new actor before the verb (a name, a title, an office), the outlet moving its story on
(``Meanwhile``, a date opener), background framing (``The news comes …``), the speaker as the subject
of a narrated act (``She left the firm.``: a person's deeds told by the outlet).

Only within the paragraph of the report, except below a report read from a written statement, where
the statement's paragraph-by-paragraph account runs into the next paragraph at a higher bar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.english import lexicon as lx
from claims.extract.english.spans import QUOTES
from claims.extract.english.statement import quoted_words_go_on
from claims.extract.english.tokens import Tok
from claims.extract.english.words import AGENTS, SPOKES, STATEMENTS
from claims.text.segment import Span, quote_regions, within
from claims.types import ClaimKind, SpeakerKind

_BAR: Final = 2  # evidence for minus evidence against, within the report's paragraph
_NEXT_PARAGRAPH_BAR: Final = 3  # below a written statement, a paragraph further on
_CONFIDENCE: Final = 0.45  # below the cued claims' priors: no cue says whose words these are
_CEILING_BASE: Final = 0.5  # the calibrated confidence stays under this, a little more per point of margin
_CEILING_STEP: Final = 0.03
_CEILING_MAX: Final = 0.6

_FIRST_PERSON_SUBJECTS: Final = frozenset(["we", "i"])
# a first person opening the sentence (a subject or an owner): the speaker's voice, unless the writer's own
FIRST_PERSON: Final = frozenset([*_FIRST_PERSON_SUBJECTS, "our", "my"])
_POINTERS: Final = frozenset(["that", "this", "these", "those"])
_BE_FORMS: Final = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_EXISTENTIAL_BE: Final = frozenset(["is", "are", "was", "were", "has", "have", "had"])
_PRESENT: Final = frozenset(["is", "are", "has", "have", "remains", "remain"])
_IRREGULAR_PARTICIPLES: Final = frozenset(
    """held set made given paid built sent kept put cut shut run done taken shown seen known brought shot hit
    found dealt beaten stolen hidden caught thrown torn bitten struck left led fled sold bought lost won
    spent sent told heard felt met read burnt burned sought fought thought""".split()
)
_COUNTS: Final = frozenset(
    "two three four five six seven eight nine ten several both many one some eleven twelve".split()
)
_SPEAKER_PRONOUNS: Final = frozenset(["he", "she"])
_PERSONAL_PRONOUNS: Final = frozenset(["he", "she", "it", "they"])
_SEQUENCE: Final = lx.ACCOUNT_SEQUENCE_ADVERBS
_BACKGROUND: Final = lx.BACKGROUND_WORDS
_MOVING_ON: Final = frozenset(["meanwhile", "earlier", "later", "separately", "elsewhere", "yesterday", "today"])
_TIME_WORDS: Final = frozenset([*lx.MONTHS, *lx.WEEKDAYS, "yesterday", "today", "tonight"])


@dataclass(frozen=True, slots=True)
class Reading:
    """The verdict on one uncued sentence: its score (for minus against) and the bar it had to clear."""

    score: int
    bar: int

    @property
    def margin(self) -> int:
        return self.score - self.bar

    @property
    def goes_on(self) -> bool:
        return self.score >= self.bar


def anchor_of(drafts: list[Draft]) -> Draft | None:
    """The cued report the account hangs on: the last attribution, stepping back over the uncued
    continuations this rule added after it (one account over several sentences)."""
    for d in reversed(drafts):
        if d.kind is ClaimKind.EVENT:
            return None
        if d.cue:
            return d if d.kind is ClaimKind.INDIRECT and not d.via else None
        if d.resolution != "continuation" or d.kind is not ClaimKind.INDIRECT:
            return None
    return None


def carries_on(
    text: str,
    span: Span,
    toks: list[Tok],
    anchor: Draft,
    *,
    para_start: int,
    chained: bool,
    next_paragraph: bool,
    stated: bool,
    writer_speaks: bool,
) -> Reading | None:
    """The score of ``toks`` going on with ``anchor``'s account (None: the shape rules it out at once).

    ``chained``: the sentence before it in the paragraph was already carried on; ``next_paragraph``:
    the report is in the paragraph before; ``stated``: the speaker's report was read from a statement;
    ``writer_speaks``: the article's own narration is in the first person (an opinion piece), so a first
    person is no evidence of the speaker.
    """
    if not _eligible(text, span, toks, anchor, para_start):
        return None
    if next_paragraph and not stated:
        return None
    verb = _verb_at(toks)
    shape = _shape_for(text, span, toks, anchor, verb, writer_speaks=writer_speaks)
    if shape == 0:
        return None  # where it stands is no evidence by itself: the sentence must read as an account too
    score = shape + _context_for(anchor, chained=chained, stated=stated) - _against(toks, anchor, verb)
    return Reading(score, _NEXT_PARAGRAPH_BAR if next_paragraph else _BAR)


def continuation(span: Span, toks: list[Tok], anchor: Draft, reading: Reading, text: str) -> Draft:
    """The claim: the whole sentence (no cue, the anchor's speaker), its confidence held low."""
    end = span.end
    while end > span.start and text[end - 1] in " .":
        end -= 1
    ceiling = min(_CEILING_MAX, _CEILING_BASE + _CEILING_STEP * reading.margin)
    return Draft(
        anchor.speaker,
        span.start,
        end,
        ClaimKind.INDIRECT,
        confidence=_CONFIDENCE,
        resolution="continuation",
        ceiling=ceiling,
    )


def stated_by(text: str, drafts: list[Draft], anchor: Draft) -> bool:
    """The anchor's speaker reported from a written statement (``said in a statement that``, ``the
    statement reads``) in this claim or an earlier one of theirs."""
    for d in drafts:
        if d.speaker is not anchor.speaker or not d.cue:
            continue
        before = text[max(0, d.start - 60) : d.start].lower()
        if any(f" {noun}" in before for noun in ("statement", "press release", "communique", "communiqué")):
            return True
        if d.cue.lower() in ("reads", "read", "stated"):
            return True
    return False


_FIRST_PERSON_RE: Final = re.compile(r"(?:^|(?<=[\s(]))(?:I|We|we|My|my|Our|our)\b(?!['’]s)")


def writer_speaks(text: str, drafts: list[Draft], paras: list[Span], upto: int) -> bool:
    """The outlet's own narration says ``I`` or ``we`` before ``upto``: a first person outside every
    quotation and outside every claim read so far (an opinion writer's voice, ``I ran for governor``)."""
    for para in paras:
        if para.start >= upto:
            break
        if _FIRST_PERSON_RE.search(text, para.start, para.end) is None:
            continue
        regions = quote_regions(text, para.start, para.end)
        for m in _FIRST_PERSON_RE.finditer(text, para.start, min(para.end, upto)):
            if within(regions, m.start()) or any(d.start <= m.start() < d.end for d in drafts):
                continue
            return True
    return False


def _eligible(text: str, span: Span, toks: list[Tok], anchor: Draft, para_start: int) -> bool:
    """The shapes that never go on: the outlet's own report, a question, a credit or a quotation line,
    a report hung on a participle of someone else's sentence, a sentence about a statement."""
    if anchor.speaker.kind is SpeakerKind.OUTLET or anchor.kind is ClaimKind.EVENT:
        return False
    cue = anchor.cue.lower()
    if cue and cue.split()[0].endswith("ing") and not cue.startswith("according"):
        return False  # "…, saying that …": the sentence before was someone's narrated act, not a report
    if len(toks) < 4 or toks[-1].text == "?" or text[span.start] in QUOTES or text[span.start] == "(":
        return False
    if _inside_open_quotation(text[para_start : span.start]):
        return False  # a quotation opened earlier in the paragraph runs on: its words, its own rules
    if any(t.lw in STATEMENTS for t in toks):
        return False  # "The statement was also published in …": the outlet speaking about the statement
    # a finite reporting verb is a new report ("Police denied the claim"); an infinitive ("fired to warn
    # the crew") is an act's purpose
    return not any(
        t.lw in lx.REPORTING_VERBS and t.text.islower() and not (x and toks[x - 1].lw == "to")
        for x, t in enumerate(toks)
    )


_CLOSING_SINGLE: Final = re.compile(r"’(?![A-Za-z])")


def _inside_open_quotation(before: str) -> bool:
    """The paragraph up to the sentence leaves a quotation open (double marks unbalanced, or a single
    opening mark with no closing one after it: a closing ``’`` is one not followed by a letter)."""
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    opened = before.rfind("‘")
    return opened >= 0 and _CLOSING_SINGLE.search(before, opened) is None


def _verb_at(toks: list[Tok]) -> int:
    """The first finite or auxiliary verb after the subject (the sentence's length when none is seen)."""
    for x, t in enumerate(toks):
        if x == 0 or not t.text.islower():
            continue
        w = t.lw
        if w in lx.AUXILIARIES or w in _BE_FORMS or w in lx.CLAUSE_VERBS or w in lx.NARRATION_VERBS:
            return x
        if (w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PARTICIPLES:
            return x
    return len(toks)


def _shape_for(
    text: str, span: Span, toks: list[Tok], anchor: Draft, verb: int, *, writer_speaks: bool
) -> int:
    """Evidence in the sentence itself that it is the speaker's account going on."""
    score = 0
    regions = quote_regions(text, span.start, span.end)
    first = toks[0].lw
    if first in FIRST_PERSON and not within(regions, toks[0].start) and not writer_speaks:
        score += 3  # "We cancelled that deal.": the outlet never speaks of itself so
    if quoted_words_go_on(text, span):
        score += 3  # a partial quotation of three words or more: the speaker's words inside the sentence
    if first not in _PERSONAL_PRONOUNS and _passive(toks, verb):
        # "a man was stabbed": a new step of the incident, as an account tells it; with a pronoun subject
        # ("It was 3% contained") the status of what the story is about, the outlet's running narration
        score += 1
    if first == "there" and len(toks) > 1 and toks[1].lw in _EXISTENTIAL_BE:
        # "There were two injured …": an account's inventory; in the present ("There have been only
        # separate cases") the speaker's own view of the matter
        score += 2 if toks[1].lw in _PRESENT else 1
    if first in _POINTERS and len(toks) > 1 and toks[1].text.isalpha() and toks[1].text.islower():
        # "That fingerprint matched …": a pointer back into what was just reported, stronger when the
        # noun it points with is in the statement's own words
        if toks[1].lw not in lx.AUXILIARIES and toks[1].lw not in _BE_FORMS:
            score += 2 if toks[1].lw in text[anchor.start : anchor.end].lower() else 1
    if first in _COUNTS and verb < len(toks) and (verb <= 3 or toks[1].lw == "of"):
        score += 1  # "Two of them were …", "Three gunmen got out …": the account's people counted
    if first in _SEQUENCE:
        score += 1  # "Subsequently, …", "Afterwards, …": the next step of the same account
    return score


def _context_for(anchor: Draft, *, chained: bool, stated: bool) -> int:
    """Evidence from where the sentence stands: what report it follows, and who gave it."""
    score = 0
    if anchor.cue.lower().startswith("according") or stated:
        score += 1  # a source read out: what follows it in the paragraph is more of the same reading
    if chained:
        score += 1
    if anchor.speaker.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.GROUP) or _spokesperson(anchor):
        score += 1  # a force, a ministry, witnesses, a body's spokesperson: bodies give accounts
    return score


def _spokesperson(anchor: Draft) -> bool:
    """A speaker named only as a spokesperson (``A coastguard spokesman``) speaks for a body."""
    words = f"{anchor.speaker.role} {anchor.speaker.canonical}".lower().split()
    return not anchor.speaker.named and any(w in SPOKES for w in words)


def _against(toks: list[Tok], anchor: Draft, verb: int) -> int:
    score = 0
    subject = toks[1:verb]
    if any(t.text[:1].isupper() and t.lw not in _FIRST_PERSON_SUBJECTS for t in subject):
        score += 2  # "Both Ann and Joe died …", "The Daily Mail …": a new actor, the outlet's story
    if any(t.lw in lx.TITLE_WORDS or t.lw in AGENTS for t in toks[:verb]):
        score += 2  # "The president did not specify …": an office acting, told by the outlet
    first = toks[0].lw
    if first in _MOVING_ON or any(t.lw in _TIME_WORDS for t in toks[:3]) or (
        first in ("in", "on", "since", "by") and len(toks) > 1 and toks[1].text[:1].isdigit()
    ):
        score += 2  # "Meanwhile, …", "In 2014, …": the outlet moving its story on
    if any(t.lw in _BACKGROUND for t in toks):
        score += 2  # "The news of the attack comes …": the outlet framing the story
    if any(t.lw in lx.HEDGE_ADVERBS for t in toks):
        score += 2  # "reportedly": the outlet passing on what it does not vouch for, not this speaker
    if first in _SPEAKER_PRONOUNS and anchor.speaker.kind is SpeakerKind.PERSON:
        score += 1  # "She left the firm.": most often the speaker's own deeds, told by the outlet
    return score


def _passive(toks: list[Tok], verb: int) -> bool:
    """A form of ``be`` then a participle, adverbs between (``were later arrested``, ``was dealt with``)."""
    for x in range(verb, min(len(toks), verb + 4)):
        if toks[x].lw not in _BE_FORMS:
            continue
        y = x + 1
        while y < len(toks) and toks[y].text.islower() and (toks[y].lw.endswith("ly") or toks[y].lw == "not"):
            y += 1
        if y < len(toks) and toks[y].text.islower():
            w = toks[y].lw
            if (w.endswith("ed") and len(w) > 3) or w in _IRREGULAR_PARTICIPLES:
                return True
    return False
