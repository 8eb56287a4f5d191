"""Event decisions for English: is an uncued sentence the outlet's own checkable narration?

``_is_event`` and the tests it leans on (a verb of saying at work, a hedge, a bare stance, a progressive
state, a comment on the sentence before), the events cut before a participle or a report, and
``_goes_on``: an uncued sentence that carries an indirect statement on rather than narrating.
Moved out of ``extract`` so that the driver reads as a driver; the names keep their underscore (they
serve the English package only).
"""

from __future__ import annotations

import re
from typing import Final

from claims.extract.core.checkworthiness import CUE_WORDS
from claims.extract.core.draft import Draft
from claims.extract.english import lexicon as lx
from claims.extract.english.complement import CLAIMED_ACTS, appeal_noun, bare_clause, bare_object
from claims.extract.english.flow import noun_reading
from claims.extract.english.spans import QUOTES
from claims.extract.english.tokens import Tok
from claims.extract.english.verbs import finite_ed, ing_form
from claims.extract.english.words import AGENTS, ARTICLES, STATEMENTS, unsourced_document
from claims.types import ClaimKind, SpeakerKind

_REFUSAL_RE: Final = re.compile("|".join(re.escape(r) for r in lx.REFUSALS), re.IGNORECASE)


# irregular pasts and short regular ones (the -ed test below wants six letters: "red", "shed" are no verbs)
_PAST: Final = lx.word_file("past_verbs.txt")
_TIME: Final = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec yesterday""".split()
)


def _is_event(toks: list[Tok], first_char: str) -> bool:
    """The outlet's own checkable narration: a past-tense act with a date or a number, no reporting cue."""
    if first_char in QUOTES or len(toks) < 6:
        return False
    words = [t.lw for t in toks]
    if toks[-1].text == "?" or not lx.READER_WORDS.isdisjoint(words):
        return False  # a question or "we"/"you": a quotation's words or the page talking to its reader
    sentence = " ".join(words)
    if any(m in sentence for m in lx.NOT_EVENTS):
        return False
    # a figure anywhere (the joined words: a space is no digit) or a date word; tested once, used twice.
    # A name's digits count too (``COVID-19``): news about it is dated enough ("is launching an inquiry
    # after … was denied a COVID-19 test" is the outlet's event).
    dated = any(map(str.isdigit, sentence)) or not _TIME.isdisjoint(words) or _relative_date(words)
    acted = any(
        (w in _PAST or (w.endswith("ed") and len(w) > 5 and t.text[0].islower()))
        and (x == 0 or words[x - 1] not in _INDEFINITE)  # "A suspended sentence means …": an adjective
        for x, (w, t) in enumerate(zip(words, toks, strict=True))
    )
    if "according to" in sentence:
        return False  # "…, according to a complaint filed by …": the source's account, not the outlet's
    if _labelled_quote(toks):
        return False  # "Harbour Minister: “Smugglers targeted …”": a speaker's label, then the words
    if _speech_act(toks) or _reports(toks) or _talk(toks) or _spoken_quote(toks) or _minded(toks):
        return False  # a question put, a verb of saying or a view at work: never the outlet's narration
    if _verb_that_clause(toks):
        return False  # "boasted that everyone …", "have concluded that …": the subject's words or view
    if _future(toks):
        return False  # "It will pay a dividend …": a plan someone announced, nothing checkable yet
    if _possible(toks):
        return False  # "The ruling could reopen the case": what may happen, no fact to check
    if _saying_participle(toks) or _reports_toll(toks) or _saying_under_way(toks):
        return False  # "…, stating that …", "the ministry announced the deaths of …": a source's words
    if words[0] in ("here", "below", "above") and words[1] in _BE:
        return False  # "Here is the full statement …": the page pointing at itself, no assertion
    if _hedged(toks):
        return False  # "is understood to have …", "reportedly met …": what the outlet does not vouch for
    if dated and (acted or _existential(words)):
        return True  # "There have been six murders since Saturday": a count the outlet states
    # no date or figure: a narrated clause still reads as the outlet's assertion when its verb is finite,
    # unless it is a stance with no statement ("welcomed the decision"), a refusal, an unsourced rumour or
    # a credit line ("X contributed to this report")
    if not (acted or any(w in _FINITE_ANY for w in words[1:])):
        return False
    if not dated and not _official_under_way(toks) and (
        _progressive(toks) or _comment_opener(words) or _present_state(toks)
    ):
        return False
    if _REFUSAL_RE.search(sentence) or _bare_stance(toks):
        return False  # a refusal to speak; a stance with no statement ("condemned the attack")
    return words[0] not in ("reports", "there")


def _relative_date(words: list[str]) -> bool:
    """``last week``, ``earlier this month``, ``over the weekend``, ``a week ago``, ``three days ago``: a date
    told relative to the story."""
    return "weekend" in words or any(
        (a in _RELATIVE_TIME and b in _PERIODS) or (b == "ago" and a.removesuffix("s") in _AGO_PERIODS)
        for a, b in zip(words, words[1:], strict=False)
    )


_RELATIVE_TIME: Final = frozenset(["last", "this", "past"])
_PERIODS: Final = frozenset(["week", "month", "year", "night", "morning", "afternoon", "evening"])
_AGO_PERIODS: Final = frozenset(["hour", "day", "week", "month", "year", "decade", "fortnight"])


def _existential(words: list[str]) -> bool:
    """``There have been six murders since …``, ``There was unrest in the district on Monday``: a
    past or perfect ``there`` + ``be``; with a figure or a date, a state of affairs the outlet counts."""
    return len(words) > 2 and words[0] == "there" and (
        words[1] in ("was", "were") or (words[1] in ("has", "have", "had") and words[2] == "been")
    )


def _within_quotation(text: str, para_start: int, start: int) -> bool:
    """The sentence begins inside a quotation opened earlier in its paragraph and not closed before it
    (``“The command repelled the hoodlums today. Twelve of them were arrested …``; a paragraph of a
    multi-paragraph quotation, opened and never closed): the quoted speaker's words, not the outlet's."""
    while para_start > 1 and text[para_start - 1] == "\n" and text[para_start - 2] != "\n":
        prev = text.rfind("\n", 0, para_start - 1) + 1  # a hard-wrapped line: its sentence runs on
        if text[prev : para_start - 1].rstrip()[-1:] in _SENTENCE_ENDS:
            break
        para_start = prev
    before = text[para_start:start]
    if before.count("“") > before.count("”"):
        return True
    return '"' in before and before.count('"') % 2 == 1 and "“" not in before and "”" not in before


_SENTENCE_ENDS: Final = frozenset(['.', '!', '?', '”', '"', ':', ''])


def _labelled_quote(toks: list[Tok]) -> bool:
    """A colon with a quotation right after it (``Harbour Minister: “…”``): who speaks, then the words;
    the quotation is that speaker's, never the outlet's own narration."""
    return any(t.text == ":" and toks[x + 1].text in QUOTES for x, t in enumerate(toks[:-1]))




def _talk(toks: list[Tok]) -> bool:
    """Talk the cue list leaves out: a verb of speaking that is no cue (``spoke about 40 of the cases``,
    ``lauded the mayor for …``, ``recommended improving …``), an emphatic ``did`` before a reporting verb's
    bare form (``did acknowledge the challenges``), or a clause-only reporting verb before a pronoun and
    ``did``/``does`` (``added he did not support …``). The subject's words, not the outlet's act. So is a
    sentence opening on a participle of speaking (``Briefing reporters, the chief tried to …``)."""
    k = 1 if toks[0].lw in _CONNECTIVES and len(toks) > 1 else 0
    if toks[k].lw in lx.SPEAKING_OPENERS and (k or toks[k].text[:1].isupper()):
        return True
    for x, t in enumerate(toks):
        if not t.text.islower() or x == 0:
            continue
        if t.lw in lx.SPEECH_VERBS and not _modifier(toks, x):
            return True
        if (t.lw in lx.APPEAL_VERBS or t.lw in lx.ISSUING_VERBS) and _appeal(toks, x):
            return True  # the two lookups first: _appeal is False for any other word
        prev = toks[x - 1].lw
        if prev in _EMPHATIC and t.lw in _REPORTING_LEMMAS and t.lw not in _ACT_READINGS:
            return True
        clause_only = lx.REPORTING_VERBS.get(t.lw) in lx.CLAUSE_ONLY
        if clause_only and x + 2 < len(toks) and toks[x + 1].lw in _SUBJECT_PRONOUNS:
            if toks[x + 2].lw.removesuffix("n't") in _EMPHATIC:
                return True
    return False


_EMPHATIC: Final = frozenset(["did", "does", "do"])


def _modifier(toks: list[Tok], x: int) -> bool:
    """The word at ``x`` qualifies a noun rather than acting as a verb: a determiner or a degree word
    before it (``a detailed report``, ``the specified date``, ``more detailed``, ``a highly detailed``)."""
    k = x - 1
    if k > 0 and toks[k].lw.endswith("ly"):
        k -= 1
    return toks[k].lw in _DETERMINERS or toks[k].lw in _QUALIFIERS


_QUALIFIERS: Final = frozenset(["more", "most", "less", "least", "very", "so", "too", "well"])


def _appeal(toks: list[Tok], x: int) -> bool:
    """An appeal voiced to someone: a verb of appealing with what is asked for (``appealed for calm``), or
    a verb of issuing with an appeal noun close after it, then its addressee or its request (``issued an
    urgent appeal to …``, ``issued a warning to anglers not to …``). The subject's words, no event;
    ``appealed against the ruling`` and ``issued a statement`` are acts."""
    t = toks[x]
    if t.lw in lx.APPEAL_VERBS:
        nxt = toks[x + 1].lw if x + 1 < len(toks) else ""
        if nxt == "for" and not _modifier(toks, x):
            return True
    if t.lw not in lx.ISSUING_VERBS:
        return False  # most words: two set lookups
    for k in range(x + 1, min(len(toks) - 1, x + _APPEAL_REACH)):
        if appeal_noun(toks[k].lw, t.lw):
            return toks[k + 1].lw in ("to", "for", "that")
    return False


_APPEAL_REACH: Final = 5  # "issued an urgent appeal": the noun within three words of the verb


def _minded(toks: list[Tok]) -> bool:
    """A view carried by a clause: a verb of mind with its ``that`` close after it (``expected that …``,
    ``focused on the fact that …``) or a held view with a possessive before and ``that`` after (``made
    clear its view that …``). The subject's mind, not something that took place."""
    for x, t in enumerate(toks):
        if not t.text.islower() or x == 0:
            continue
        if t.lw in lx.MIND_VERBS and any(u.lw == "that" for u in toks[x + 1 : x + _MIND_REACH]):
            return True
        nxt = toks[x + 1].lw if x + 1 < len(toks) else ""
        if t.lw in lx.VIEW_NOUNS and nxt == "that" and toks[x - 1].lw in _POSSESSIVES:
            return True
    return False


_MIND_REACH: Final = 6  # "focused on the fact that": the clause's "that" within four words of the verb


def _verb_that_clause(toks: list[Tok]) -> bool:
    """A past verb no cue list holds with a ``that`` clause right after it (``boasted that everyone …``,
    ``have concluded that the plant …``, ``quietly speculated that he …``): a verb that takes a whole
    clause as its object says, finds or thinks something, so the clause is the subject's and the
    sentence is not the outlet's own narration. ``that`` opens a clause when a subject follows it (a
    pronoun, a determiner, a name, a quotation); ``echoed that promise`` is a demonstrative and an object.
    Reporting verbs are left to ``_reports`` (a poll that ``showed that …`` stays the outlet's figure),
    and a verb in a clause of time or cause (``was referred to police in July after an audit found that
    …``) leaves the main clause's act the outlet's."""
    for x, t in enumerate(toks[1:-2], 1):
        if not finite_ed(t) or t.lw in lx.REPORTING_VERBS or toks[x - 1].lw in _ADJECTIVAL_BEFORE:
            continue
        if toks[x - 1].lw in _RELATIVES:
            continue  # "an analysis, which concluded that …": a relative clause's verb, not the main act
        if any(u.lw in _ADVERBIAL_LINKS for u in toks[:x]):
            break
        k = x + 1 if toks[x + 1].lw.endswith("ly") else x
        if k + 2 < len(toks) and toks[k + 1].lw == "that" and _opens_clause(toks[k + 2]):
            return not _subjunctive(toks, k + 2)
    return False


def _subjunctive(toks: list[Tok], x: int) -> bool:
    """``ordered that the files be released``, ``moved that the motion be put``: a bare ``be`` with no
    modal or ``to`` before it makes the clause a mandate, and the verb before it an order or a motion
    carried out, which the outlet narrates."""
    for k in range(x + 1, min(len(toks), x + _SUBJUNCTIVE_REACH)):
        if toks[k].lw == "be":
            return toks[k - 1].lw not in _BE_GOVERNORS and not toks[k - 1].lw.endswith("n't")
    return False


_SUBJUNCTIVE_REACH: Final = 16  # "that the playbooks and other records, numbering about 1,000 pages, be …"
_BE_GOVERNORS: Final = frozenset("will would could should may might must can cannot to not".split())


_ADVERBIAL_LINKS: Final = frozenset(["after", "when", "since", "because", "as", "before", "until", "once"])


def _opens_clause(tok: Tok) -> bool:
    """The word after a ``that`` starts a clause: a subject pronoun, a determiner, a name or a quotation."""
    return tok.lw in _CLAUSE_OPENERS or tok.text in QUOTES or tok.text[:1].isupper()


_CLAUSE_OPENERS: Final = frozenset(
    """he she it they we i you there the a an his her its their this these those some many most no all any
    every everyone nobody one such""".split()
)
_POSSESSIVES: Final = frozenset(["its", "his", "her", "their"])
_SUBJECT_PRONOUNS: Final = frozenset(["he", "she", "they", "it", "we", "i"])


def _spoken_quote(toks: list[Tok]) -> bool:
    """A quotation of plain words inside the sentence (``lauded him for his "brave national stand"``,
    ``reflected "adverse growing conditions"``): someone's words, so the sentence is theirs. A quoted name
    or title (``the "Breakfast with Friends" programme``) is capitalised and stays narration."""
    marks = [x for x, t in enumerate(toks) if t.text in QUOTES]
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        words = [t.text for t in toks[a + 1 : b] if t.text[:1].isalpha()]
        if len(words) >= _QUOTED_WORDS and sum(w[0].islower() for w in words) * 2 > len(words):
            return True
    return False


_QUOTED_WORDS: Final = 3


def _future(toks: list[Tok]) -> bool:
    """The main clause's verb is ``will``/``shall`` (``He will appeal the ruling``, ``Meetings will
    also be held …``): a plan or forecast, which on news pages is a source's statement going on; nothing
    a reader can check yet. ``will`` in a relative clause (``the man, who will …``) is not the main verb;
    a future on the calendar (``_scheduled``) is the outlet's to state."""
    main = next((x for x in range(1, len(toks)) if toks[x].text.islower() and _main_verb(toks[x])), None)
    if main is None or toks[main].lw not in ("will", "shall") or toks[main - 1].lw in _RELATIVES:
        return False
    return not _scheduled(toks, main)


def _scheduled(toks: list[Tok], will: int) -> bool:
    """A future the outlet can state as a fact: something fixed on a calendar. A future passive with a
    time adjunct (``The men will be held for seven days``, ``will be discussed at Congress next April``)
    is a decision already taken about them; an act on a named day by a named subject (``The council
    will meet on Jan. 30``, ``Wyoming will select 23 delegates on Saturday``) is on the schedule. A
    copula (``This week will be a test``) or an act with a vague horizon (``will grow in the next
    several months``) is a forecast."""
    if _clause_before(toks, will) and not _consequence(toks, will):
        return False  # "It seems inevitable that they will …": the future of a view, not a schedule
    words = [t.lw for t in toks]
    day = not _TIME.isdisjoint(words) or not _DAYS_AHEAD.isdisjoint(words)
    if _future_passive(toks, will):
        return day or any(map(str.isdigit, " ".join(words))) or not _SPANS.isdisjoint(words)
    x = will + 1
    while x < len(toks) and _adverb_word(toks[x]):
        x += 1
    if toks[0].lw in _SUBJECT_PRONOUNS:
        return False  # "He will appear in court tomorrow": a pronoun's plan is a source's account going on
    return day and x < len(toks) and toks[x].lw != "be"


def _consequence(toks: list[Tok], x: int) -> bool:
    """``The result means that the rules will be discussed next April``: the one clause before ``x`` is a
    ``that`` after a present verb in -s, a fact's consequence the outlet states, not a view or a hope
    (``remain confident that``, ``It is possible that``)."""
    opens = [k for k, t in enumerate(toks[:x]) if t.lw in _SUBORDINATORS or (t.lw == "that" and k > 1)]
    if len(opens) != 1 or toks[opens[0]].lw != "that":
        return False
    verb = toks[opens[0] - 1]
    return verb.text.islower() and verb.lw.endswith("s") and not verb.lw.endswith("ss") and verb.lw not in _BE


_DAYS_AHEAD = frozenset(["today", "tomorrow", "tonight"])
_SPANS = frozenset(["days", "weeks", "months", "coming", "next"])  # "for seven days", "in the coming weeks"


_RELATIVES: Final = frozenset(["who", "which", "that", "where", "when", "if"])


def _possible(toks: list[Tok]) -> bool:
    """The main clause's verb is a modal of possibility (``The delay could cost the club its licence``,
    ``Turnout may fall``) or ``be likely to`` (``The board is likely to approve …``): the writer weighing
    what might come, which no reader can check; so is a sentence opening on a condition (``If the
    grant comes, …``, ``Unless …``), whatever its main verb, and a ``would`` with no figure or date
    (``Republicans would have to compromise``). A ``would`` with one stays (``The cost would be
    £5,000 a year`` states a plan's figure, ``27 percent would vote for her`` a poll's), and so does
    ``could not`` (``could not be reached on Friday``: a past inability, narrated). The first verb or
    modal of the sentence is the main clause's, unless a relative word stands right before it (``a
    vote that could …``) or a clause opens before it (``The idea that the ban could … came up in May``)."""
    if toks[0].lw in _CONDITIONS:
        return True  # "If the grant comes, the wing can open …": a hypothesis, whatever its main verb
    main = next(
        (
            x
            for x in range(1, len(toks))
            if toks[x].text.islower() and (toks[x].lw in _POSSIBILITY or _main_verb(toks[x]))
        ),
        None,
    )
    if main is None or toks[main - 1].lw in _RELATIVES or _clause_before(toks, main):
        return False
    if toks[main].lw in _POSSIBILITY:
        return not (toks[main].lw == "could" and main + 1 < len(toks) and toks[main + 1].lw in ("not", "n't"))
    if toks[main].lw == "would":
        return not _figured(toks)  # "Republicans would have to compromise"; "would cost £5,000" stays
    ahead = [t.lw for t in toks[main + 1 : main + 5] if t.lw in _LIKELY or not _degree_word(t.lw)]
    return toks[main].lw in _BE and len(ahead) > 1 and ahead[0] in _LIKELY and ahead[1] == "to"


def _clause_before(toks: list[Tok], x: int) -> bool:
    """A subordinate clause opens before ``x`` (``where``, ``whether``, ``what``, a ``that`` after the
    first word): the modal at ``x`` is that clause's, not the main clause's."""
    return any(t.lw in _SUBORDINATORS or (t.lw == "that" and k > 1) for k, t in enumerate(toks[:x]))


_SUBORDINATORS = frozenset(
    ["where", "what", "whether", "which", "who", "how", "why", "when"]
    + ["while", "although", "though", "whereas"]  # a concession: "Although turnout may have been low, …"
)


def _degree_word(w: str) -> bool:
    """``also more likely``, ``highly unlikely``: an adverb of degree or manner before ``likely``."""
    return w.endswith("ly") or w in _DEGREE


_DEGREE = frozenset(["also", "more", "less", "most", "very", "still", "now", "even", "much", "far", "not"])
_POSSIBILITY = frozenset(["could", "may", "might", "can", "cannot"])
_CONDITIONS = frozenset(["if", "unless"])


def _figured(toks: list[Tok]) -> bool:
    """A figure or a date in the sentence: a digit, a number word (``percent``, ``million``), a month
    or a weekday."""
    words = [t.lw for t in toks]
    dated = not (_TIME.isdisjoint(words) and _NUMBERS.isdisjoint(words))
    return dated or any(map(str.isdigit, " ".join(words)))


_NUMBERS = CUE_WORDS["number"]
_LIKELY = frozenset(["likely", "unlikely"])


def _bare_stance(toks: list[Tok]) -> bool:
    """``condemned the attack``, ``criticised the plan``: a stance verb with a bare object, undated (so is an
    undated ``reported …``: the source's report, with no figure or date the outlet could vouch for). Welcoming
    a person (``welcomed the visiting envoy Ana Ruiz``, a capitalised name or title in the object) is the
    act of receiving a guest, which the outlet narrates."""
    for x, t in enumerate(toks):
        lemma = lx.REPORTING_VERBS.get(t.lw)
        if lemma == "report" and t.text.islower() and not _noun_form(toks, x, lemma):
            return True  # "the agency reported strikes near …", undated: its report, not the outlet's act
        if lemma is None or lemma not in lx.STANCE_VERBS or not t.text.islower():
            continue
        if lemma == "welcome" and any(u.text[:1].isupper() for u in toks[x + 1 : x + 6]):
            continue
        if _decides(toks, x):
            continue
        return True
    return False


def _decides(toks: list[Tok], x: int) -> bool:
    """``rejected a proposal to …``, ``dismissed the union's request for …``: a rejection whose object is
    something put to a body for decision is the decision taken, not a stance on someone's words."""
    if lx.REPORTING_VERBS.get(toks[x].lw) not in _DECIDING:
        return False
    return any(u.lw in lx.DECISION_OBJECTS for u in toks[x + 1 : x + _OBJECT_REACH])


_DECIDING: Final = frozenset(["reject", "dismiss"])
_OBJECT_REACH: Final = 5  # "the union's request": the head within three words of the verb


def _hedged(toks: list[Tok]) -> bool:
    """Narration the outlet does not vouch for (guideline §4.4, unsourced rumours): a hedging adverb
    (``reportedly``), a hedged passive raising its subject (``is understood to have visited``, ``are
    believed to``) or an impersonal one (``It has been reported that …``, ``it is thought that …``)."""
    for x, t in enumerate(toks):
        if t.lw in lx.HEDGE_ADVERBS or _seeming(toks, x):
            return True
        if t.lw in lx.UNVERIFIED and x > 1 and any(u.lw in _NEGATIONS for u in toks[max(0, x - 4) : x]):
            return True  # "could not be independently verified": the outlet disclaims it
        if t.lw in lx.UNVERIFIED_ADJECTIVES:
            return True  # "the toll remains unconfirmed", "unverified footage": nothing vouched for
        if t.lw not in lx.HEDGE_PARTICIPLES or x == 0 or x + 1 >= len(toks):
            continue
        k = x - 1
        while k > 0 and (toks[k].lw.endswith("ly") or toks[k].lw in _HEDGE_SKIPPED):
            k -= 1
        if toks[k].lw not in _BE:
            continue
        nxt = toks[x + 1].lw
        impersonal = nxt == "that" and any(u.lw == "it" for u in toks[max(0, k - 2) : k])
        if nxt == "to" or impersonal:
            return True
    return False


def _seeming(toks: list[Tok], x: int) -> bool:
    """``seemed to welcome``, ``appeared to accept``: an appearance verb, ``to`` and a bare verb (lower case,
    no determiner: ``appeared to the court`` is no hedge), in the first clause: ``Prices rose 9% but the
    governor seems to be calm`` vouches for the rise, the appearance hedges only the second clause."""
    if toks[x].lw not in lx.APPEARANCE_VERBS or not toks[x].text.islower() or x + 2 >= len(toks):
        return False
    if any(u.lw in _CONTRASTS for u in toks[:x]):
        return False
    verb = toks[x + 2]
    return toks[x + 1].lw == "to" and verb.text.isalpha() and verb.text.islower() and verb.lw not in _DETERMINERS


_CONTRASTS: Final = frozenset(["but", "yet", "while", "whereas", "although", "though"])
_DETERMINERS: Final = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"]
)


_HEDGE_SKIPPED: Final = frozenset(["also", "now", "still", "widely", "earlier", "once", "long", "first"])


def _event_before_participle(toks: list[Tok]) -> int | None:
    """``The court granted the defence two weeks, adding that …``, ``X filed a motion on Tuesday accusing
    …``: the act before the participle of saying (after a comma, or closed by its day or month) is the
    outlet's event; the participle's words are the source's. A head that is itself a
    statement (``issued a statement on Sunday, questioning …``) narrates nothing beyond the words."""
    at = _saying_participle_at(toks)
    if at is None or at < 6:
        return None
    if toks[at - 1].text == ",":
        head = toks[: at - 1]
    elif toks[at - 1].lw in _TIME:  # "filed a motion late Tuesday accusing …": the act closed by its date
        head = toks[:at]
    else:
        return None
    if any(t.lw in STATEMENTS for t in head) or not _is_event(head, head[0].text[:1]):
        return None
    return head[-1].end


def _saying_participle(toks: list[Tok]) -> bool:
    return _saying_participle_at(toks) is not None


def _saying_participle_at(toks: list[Tok]) -> int | None:
    """A participle of saying hung on the clause (``…, stating that …``, ``a release claiming …``,
    ``Adding, that …``): the sentence carries a source's words, so it is that source's claim (§4.1: the
    participle stays inside it), never the outlet's own narration. A participle after ``be``
    (``was saying``) or a determiner (``the warning``) is no such continuation."""
    for x, t in enumerate(toks):
        if not (t.lw in lx.PARTICIPLE_CUES or t.lw in _SAYING_ING) or (x and not t.text.islower()):
            continue
        if x == 0:
            return 0 if len(toks) > 1 and toks[1].text in (",", "that") else None
        if x == 2 and toks[0].lw in _DETERMINERS and toks[1].text.isalpha():
            continue  # "The police warning comes …": a compound noun, the sentence's subject
        prev = toks[x - 1]
        if prev.lw in _BE or prev.lw in _ADJECTIVAL_BEFORE or prev.lw in ("be", "being", "by"):
            continue
        if prev.lw in _GERUND_PREPOSITIONS:
            continue  # "during questioning of the minister": a gerund, the object of its preposition
        if prev.text == "," or prev.text[:1].isalpha():
            return x
    return None


_GERUND_PREPOSITIONS: Final = frozenset(["during", "of", "for", "after", "before", "without", "on", "in"])


def _reduced_relative(toks: list[Tok], x: int) -> bool:
    """``Police are investigating a riot reported over the weekend``: a participle right after a noun
    with its determiner, once the main clause has its verb, qualifies the noun; nobody speaks."""
    if x < 3 or x + 1 >= len(toks) or not toks[x].lw.endswith("ed") or toks[x - 2].lw not in _DETERMINERS:
        return False
    if toks[x - 3].text == "," or not toks[x + 1].text.isalpha():
        return False  # "…, the report added.": the cue set after the words, its subject a noun
    return toks[x - 1].text.isalpha() and any(_main_verb(t) for t in toks[1 : x - 2] if t.text.islower())


def _reports_toll(toks: list[Tok]) -> bool:
    """An announcing or reporting verb, active, with a toll after it (``the ministry announced the deaths
    of two men``, ``officials reported four people killed``): the source counted it, not the outlet."""
    for x, t in enumerate(toks):
        if lx.REPORTING_VERBS.get(t.lw) not in ("announce", "report") or not t.text.islower():
            continue
        if x and toks[x - 1].lw in _PASSIVE_BEFORE or _reduced_relative(toks, x):
            continue  # "was reported killed" is hedged elsewhere; "and reported" keeps its subject
        if any(u.lw in lx.CASUALTY_WORDS for u in toks[x + 1 : x + 10]):
            return True
    return False


def _event_before_report(toks: list[Tok]) -> int | None:
    """``The firm employed 900 people, and a spokeswoman said in April that …`` (no claim made of the
    report): the narrated clause before the coordination is the outlet's event, the report is not."""
    cue = next((x for x, t in enumerate(toks) if t.text.islower() and t.lw in lx.REPORTING_VERBS), None)
    if cue is None:
        return None
    link = next(
        (x for x in range(cue - 1, 5, -1) if toks[x].lw in ("and", "but") and toks[x - 1].text == ","), None
    )
    if link is None or not _is_event(toks[: link - 1], toks[0].text[:1]):
        return None
    return toks[link - 2].end


def _reports(toks: list[Tok]) -> bool:
    """A reporting verb at work, figures or dates or not (``He also mentioned the 2024 figures``): active
    (no ``was``/``been`` before it: ``was admitted to hospital`` narrates), and a verb that reports only
    with a clause has one (``confirmed that …``; ``announced 200 job cuts`` is an act). Unsourced figures
    that "show" something stay the outlet's own."""
    for x, t in enumerate(toks):
        lemma = lx.REPORTING_VERBS.get(t.lw)
        if lemma is None or not t.text.islower() or unsourced_document(toks, 0, x) or _reduced_relative(toks, x):
            continue
        before = [u.lw for u in toks[max(0, x - 3) : x] if not u.lw.endswith("ly")][-1:]
        if before and before[0] in _NEGATED_BARE and t.lw == lemma:
            return True  # "would neither confirm nor deny that …": a refusal to speak
        if _noun_form(toks, x, lemma):
            continue  # "a revenue forecast that …", "the claims": a noun, no verb of saying
        if before and before[0] in _NEGATIONS:
            return True  # "has not publicly commented": a refusal to speak, never the outlet's event
        if before and before[0] in _PASSIVE_BEFORE:
            if before[0] in _BE and _told_that(toks, x, lemma):
                return True  # "80 staff were told on Friday that …": the addressees of someone's words
            continue
        if lemma == "call" and x + 1 < len(toks) and toks[x + 1].lw in ("for", "on"):
            return True  # "called for calm", "called on residents to …": an appeal
        if lemma == "claim" and x + 1 < len(toks) and toks[x + 1].lw in CLAIMED_ACTS:
            continue  # "claimed responsibility for the attack": an act, as complement.py reads it too
        if lemma in lx.REQUEST_VERBS or lemma in lx.JUDGEMENT_VERBS:
            continue  # "asked for an update", "cited the rules": a cue only when it made a claim
        if lemma == "rule" and (x + 1 >= len(toks) or toks[x + 1].lw != "out"):
            continue  # "the court ruled in May": a ruling narrated, no statement ("ruled out …" is a denial)
        if lemma == "expect" and (x + 1 >= len(toks) or toks[x + 1].lw != "that"):
            continue  # "on higher than expected revenues", "is expected to": no belief stated
        if (lemma in lx.CLAUSE_ONLY or lemma in _ACT_READINGS) and not _reports_clause(toks, x):
            continue
        if lemma in lx.STANCE_VERBS and bare_object(toks, x + 1, len(toks)):
            continue  # "welcomed the envoy": a stance with no statement, an act the outlet narrates (§4.4)
        return True
    return False


def _told_that(toks: list[Tok], x: int, lemma: str) -> bool:
    """A passive verb of telling with its clause (``were told on Friday that …``, ``was informed that …``,
    ``were warned that …``): the subject is who heard the statement, the sentence carries its words."""
    if lemma not in lx.ADDRESSEE_VERBS and lemma != "warn":
        return False
    return any(u.lw == "that" for u in toks[x + 1 : x + _TOLD_REACH])


_TOLD_REACH: Final = 8  # "were told a week before Christmas that": the clause after a time adjunct


def _noun_form(toks: list[Tok], x: int, lemma: str) -> bool:
    """A reporting form read as a noun or adjective: an -s plural after a determiner (``the claims``), a
    participle after a determiner or ordinal (``the first reported case``), or a bare form
    (``forecast``, ``warn``) with no plural or pronoun subject right before it (``a revenue forecast``)."""
    if noun_reading(toks, x):
        return True
    if x > 0 and toks[x].lw.endswith("ed") and toks[x - 1].lw in _ADJECTIVAL_BEFORE:
        return True  # "the first reported death", "a widely quoted figure": an adjective
    if toks[x].lw != lemma or x == 0:
        return False
    if any(u.lw in ("a", "an") for u in toks[max(0, x - 3) : x]):
        return True  # "a sales forecast that …": a singular noun phrase, never a plural subject's verb
    prev = toks[x - 1].lw
    return not (prev in ("they", "we", "i", "you") or (prev.endswith("s") and toks[x - 1].text.isalpha()))


def _reports_clause(toks: list[Tok], x: int) -> bool:
    """A verb that reports only with a clause has one: ``that``/``:`` after it, a clause with no ``that``
    (``hoped the ban would end``), or the clause before it (``…, the report added.``: a post-posed cue)."""
    if any(u.lw == "that" or u.text == ":" for u in toks[x + 1 : x + 12]):
        return True
    if x + 1 < len(toks) and bare_clause(toks, x + 1, len(toks)):
        return True
    named = next((k for k in range(x + 1, min(len(toks), x + 5)) if not toks[k].text[:1].isupper()), x + 1)
    if x + 1 < named < len(toks) and toks[named].lw in _CLAUSE_AUX:
        return True  # "hoped Kemal would be freed": a name, then a finite auxiliary
    tail = [u for u in toks[x + 1 :] if u.text[0].isalnum()]
    return len(tail) <= 3 and any(u.text == "," for u in toks[max(0, x - 5) : x])


# reporting verbs whose bare object most often narrates an act ("called an election", "showed a 3% rise",
# "maintained its lead", "threatened 20 homes"): a report only with a clause, like the clause-only verbs
_ACT_READINGS: Final = frozenset(["call", "show", "read", "maintain", "repeat", "threaten", "quote"])
_CLAUSE_AUX: Final = frozenset(
    "would will could should might may must can is are was were has have had".split()
)
_ADJECTIVAL_BEFORE: Final = frozenset(
    ["the", "a", "an", "first", "its", "their", "his", "her", "this", "these", "newly", "widely", "often"]
)
_NEGATIONS: Final = frozenset(["not", "never", "n't", "no", "neither", "nor"])
_NEGATED_BARE: Final = frozenset(["not", "never", "n't", "nor"])
_PASSIVE_BEFORE: Final = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "and", "to", "get", "got"]
)


def _speech_act(toks: list[Tok]) -> bool:
    """A verb of saying in a form the cue list leaves out: a reporting verb's bare form with a clause or
    an addressee after it (``to state in a letter that …``, ``could not tell reporters how many …``), or
    a question put (``asked whether …``, ``questioned why …``). Who speaks there is the subject, not the
    outlet; no such sentence is the outlet's own narration."""
    lemmas = _REPORTING_LEMMAS
    for x, t in enumerate(toks[:-1]):
        if not t.text.islower():
            continue
        ahead = [u.lw for u in toks[x + 1 : x + 11]]
        if t.lw in lx.QUESTION_VERBS and not _WH.isdisjoint(ahead[:7]):
            return True
        if t.lw in lemmas and x > 0 and toks[x - 1].lw in _BARE_BEFORE and toks[x - 2].lw not in _REFUSING:
            if not _WH.isdisjoint(ahead) or ":" in ahead:
                return True
    return False


_REFUSING: Final = frozenset(["declined", "refused", "declines", "refuses"])
_REPORTING_LEMMAS: Final = frozenset(lx.REPORTING_VERBS.values()) - {
    "read", "show", "find", "call", "project", "post"
}
# "-ing" forms that mostly narrate an act or a state ("agreeing to", "hoping to", "estimating costs")
_NOT_SAYING_ING: Final = frozenset(
    ["find", "post", "project", "continue", "point", "agree", "hope", "believe", "estimate", "forecast", "express"]
)
# "-ing" forms of the reporting verbs ("stating", "questioning", "confirming"), beside PARTICIPLE_CUES
_SAYING_ING: Final = frozenset(
    ing_form(lemma) for lemma in _REPORTING_LEMMAS - _ACT_READINGS - _NOT_SAYING_ING
)
_BARE_BEFORE: Final = frozenset(
    ["to", "not", "never", "n't", "could", "would", "will", "did", "can", "cannot", "may"]
)
_WH: Final = frozenset(["that", "whether", "if", "why", "how", "what", "who", "when", "where", "about"])


def _progressive(toks: list[Tok]) -> bool:
    """The main clause's verb is progressive (``have been struggling``, ``are battling``): a state going on,
    with no figure or date nothing a reader could check, unlike an act (``ordered``, ``won``)."""
    main = next(
        (
            x
            for x in range(1, len(toks))
            if toks[x].text.islower() and _main_verb(toks[x]) and not _parenthetical_relative(toks, x)
        ),
        None,
    )
    if main is None:
        return False
    x = main + 1 if toks[main].lw in ("has", "have", "had") and main + 1 < len(toks) else main
    if x != main and toks[x].lw != "been":
        return False
    k = x + 1
    while k < len(toks) - 1 and toks[k].lw in _PROGRESSIVE_ADVERBS:
        k += 1  # "are also investigating", "is now leading"
    after = toks[k] if k < len(toks) else None
    if after is not None and after.lw == "being" and k + 1 < len(toks) and _participle(toks[k + 1]):
        return False  # "The probe is being carried out by …", "are being held at …": an act done, under way
    return toks[x].lw in _BE and after is not None and after.lw.endswith("ing") and after.text.islower()


def _parenthetical_relative(toks: list[Tok], x: int) -> bool:
    """The verb at ``x`` opens a relative clause set off by a comma (``Officers, who were conducting a visit
    nearby, were first to arrive``): an aside about the subject, not the main clause's verb. A relative with
    no comma (``People who are …``) defines the subject and is left as the first verb."""
    return x > 1 and toks[x - 1].lw in _RELATIVE_PRONOUNS and toks[x - 2].text == ","


_RELATIVE_PRONOUNS: Final = frozenset(["who", "which", "whom", "whose"])


def _participle(tok: Tok) -> bool:
    """A past participle: a lower-case ``-ed`` form or an irregular one (``held``, ``carried``, ``taken``)."""
    return tok.text.islower() and (tok.lw.endswith("ed") or tok.lw in _IRREGULAR_PARTICIPLES)


_PROGRESSIVE_ADVERBS: Final = frozenset(["also", "now", "still", "currently", "already"])


def _ing_at(toks: list[Tok], main: int) -> Tok | None:
    """The ``-ing`` verb after the ``be`` at ``main``, past an adverb (``are also investigating``)."""
    k = main + 1
    while k < len(toks) - 1 and toks[k].lw in _PROGRESSIVE_ADVERBS:
        k += 1
    return toks[k] if k < len(toks) else None


def _saying_under_way(toks: list[Tok]) -> bool:
    """``Police are reporting a drop in crime``, ``The union is warning of …``: the main verb is a
    progressive of saying, so the sentence carries a source's words as they go on, dated or not."""
    if not _progressive(toks):
        return False
    main = next((x for x in range(1, len(toks)) if toks[x].text.islower() and _main_verb(toks[x])), None)
    if main is None:
        return False
    if toks[main].lw in ("has", "have", "had"):
        main += 1  # "have been reporting"
    ing = _ing_at(toks, main)
    return ing is not None and (ing.lw in _SAYING_ING or lx.REPORTING_VERBS.get(ing.lw) is not None)


def _official_under_way(toks: list[Tok]) -> bool:
    """``Police in Portavel are investigating two thefts``, ``The court's bench is deliberating on …``: a
    body's act under way (``is``/``are`` + ``-ing`` after a subject whose head is a police force, a court,
    a ministry), which a reader can check like a finished one; ``the fishermen are counting the cost``
    is a state going on."""
    main = next((x for x in range(1, len(toks)) if toks[x].lw in ("is", "are") and toks[x].text.islower()), None)
    if main is None or main + 1 >= len(toks) or not _progressive(toks):
        return False
    if any(t.lw in _RELATIVES for t in toks[:main]):
        return False  # "Having regard to the problems that this government is facing, …": no main clause
    head_end = next((x for x in range(1, main) if toks[x].lw in _HEAD_ENDS), main)
    head = toks[head_end - 1].lw.removesuffix("'s")
    return head in lx.ORG_WORDS


def _present_state(toks: list[Tok]) -> bool:
    """The main clause's verb is a simple present (``The firm is engaged in …``, ``Residents have few
    options``, ``It offers …``, ``This includes …``): with no figure or date, a standing state or background,
    nothing that took place; a present perfect (``have been jailed``, ``has suspended``) is an act."""
    main = next(
        (
            x
            for x in range(1, len(toks))
            if toks[x].text.islower()
            and (_main_verb(toks[x]) or _third_person(toks, x))
            and toks[x - 1].lw not in _RELATIVES  # "Mr Ruiz, who is the minister, formerly served …"
            and toks[x - 1].lw not in ARTICLES  # "finds the accused guilty": an adjective, no verb
        ),
        None,
    )
    if main is None or main + 1 >= len(toks):
        return False
    w, nxt = toks[main].lw, toks[main + 1].lw
    if w in ("is", "are") and nxt == "being" and main + 2 < len(toks) and _participle(toks[main + 2]):
        return False  # "The probe is being carried out by …": an act under way, as checkable as one done
    if w in ("is", "are", "does", "do"):
        return True  # "does not impose a sentence": a present with ``do``, as much a state as ``is``
    if w in ("has", "have"):  # "have few options", "has five groups"; "have since been arrested" is an act
        return nxt in _STATE_OBJECTS or nxt.isdigit()
    return _third_person(toks, main)


def _third_person(toks: list[Tok], x: int) -> bool:
    """``It offers``, ``This includes``: a present -s verb right after a pronoun subject."""
    w = toks[x].lw
    return toks[x - 1].lw in _STATE_SUBJECTS and w.endswith("s") and not w.endswith("ss") and len(w) > 3


_STATE_SUBJECTS: Final = frozenset(["it", "this", "that", "he", "she"])
_STATE_OBJECTS: Final = frozenset(
    "a an no few many some several little much its their his her two three four five six seven".split()
)


def _main_verb(tok: Tok) -> bool:
    return tok.lw in _FINITE_ANY or tok.lw in _PAST or finite_ed(tok)


def _comment_opener(words: list[str]) -> bool:
    """``This is just as …``, ``But it has been …``: a bare this/it subject comments on the sentence before;
    with no figure or date of its own it asserts nothing checkable."""
    k = 1 if words[0] in _CONNECTIVES and len(words) > 2 else 0
    return words[k] in ("this", "it", "that") and words[k + 1] in _FINITE_ANY


_BE: Final = frozenset("is are was were been".split())
_CONNECTIVES: Final = frozenset(["but", "and", "so", "yet", "once"])
_FINITE_ANY: Final = frozenset("is are was were has have had will would could did does stands".split())


def _goes_on(toks: list[Tok], drafts: list[Draft], text: str, same_paragraph: bool = False) -> bool:
    """An uncued sentence right after an indirect statement, told in the future, a modal or the present
    (``The ballots will be sealed …``, ``They are facing charges …``, ``This would leave …``): the
    statement going on, not narration; so is a remark in the first person (``This is our best season.``),
    which the outlet never writes of itself. In the same paragraph ``He will be assessed …`` goes on too.

    Past tense is the outlet's own narration (an event); so is a sentence naming a new person first.
    """
    if drafts and drafts[-1].kind == ClaimKind.INDIRECT and not drafts[-1].cue and _plan_goes_on(toks):
        return True  # "A liaison officer will be appointed … Meetings will also be held …": the plan listed on
    if not drafts or drafts[-1].kind != ClaimKind.INDIRECT or not drafts[-1].cue or len(toks) < 4:
        return False  # one step only: a continuation does not carry on another
    if drafts[-1].cue.split(" ", 1)[0].lower() in _BE:
        return False  # "X is telling diners that …": a scene told as it goes on; the present after it is ours
    if text[toks[0].start] in QUOTES:
        return False
    openers = _GOES_ON_OPENERS_SAME if same_paragraph else _GOES_ON_OPENERS
    if toks[-1].text == "?":
        return False
    if same_paragraph and _narration_goes_on(toks, drafts[-1], text):
        return True
    other = _not_the_speaker(toks[0], drafts[-1])
    if not (toks[0].lw in openers or toks[0].lw in _DEICTIC or other or toks[0].lw in _INDEFINITE):
        return False
    at = next(
        (x for x, t in enumerate(toks[1:10], 1) if t.text.islower() and (t.lw in _TENSED or _finite(t))), None
    )
    first_person = toks[0].lw in ("this", "that", "it") and not lx.READER_WORDS.isdisjoint(t.lw for t in toks)
    if at is None or not (toks[at].lw in _GOES_ON or (first_person and toks[at].lw in _BE)):
        return False
    if len(toks) < 5 and not first_person:
        return False
    passive = _future_passive(toks, at)
    if toks[0].lw in _INDEFINITE and not passive:
        return False  # "A ferry will sail …" narrates; "A liaison officer will be appointed …" is the plan said
    if passive or other:
        return True  # the subject undergoes what was announced (or is someone the speaker spoke of)
    # the subject's head comes before its first preposition: "Those with the company will …" is about the
    # workers, the company only qualifies them
    head_end = next((x for x in range(1, at) if toks[x].lw in _HEAD_ENDS), at)
    return not any(  # "The prosecution will begin …": an agent of its own acts, not the statement's matter
        t.lw in lx.ORG_WORDS or t.lw in lx.TITLE_WORDS or t.lw in lx.COLLECTIVE_WORDS or t.lw in AGENTS
        for t in toks[1:head_end]
    )


_HEAD_ENDS: Final = frozenset(["with", "for", "in", "on", "at", "from", "under", "over", "without"])
_INDEFINITE: Final = frozenset(["a", "an"])


def _not_the_speaker(tok: Tok, claim: Draft) -> bool:
    """``Police say the man has been charged …`` then ``He will appear in court …``: a singular personal
    pronoun cannot mean a speaker that is no person (a force, a ministry), so it is someone the statement
    was about, and the sentence goes on with that statement."""
    return tok.lw in ("he", "she") and claim.speaker.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.GROUP)


def _future_passive(toks: list[Tok], at: int) -> bool:
    """``A liaison officer will also be appointed …``: a modal, ``be`` and a participle after the subject;
    the subject is what the statement's plan is done to, never an actor narrated by the outlet."""
    if toks[at].lw not in _GOES_ON or toks[at].lw == "are":
        return False
    x = at + 1
    while x < len(toks) and _adverb_word(toks[x]):
        x += 1
    if x + 1 >= len(toks) or toks[x].lw != "be":
        return False
    part = toks[x + 1]
    return part.text.islower() and (part.lw.endswith("ed") or part.lw in _IRREGULAR_PARTICIPLES)


def _plan_goes_on(toks: list[Tok]) -> bool:
    """``Meetings will also be held …`` after a measure already carried on: a short common-noun subject (no
    name, no determiner of its own beyond ``a``/``the``) and a future passive; a plan goes on item by item."""
    at = next((x for x, t in enumerate(toks[1:6], 1) if t.lw in _GOES_ON), None)
    if at is None or len(toks) < 6 or not _future_passive(toks, at):
        return False
    words = toks[:at]
    if not all(t.text.isalpha() for t in words) or any(t.text[0].isupper() for t in words[1:]):
        return False  # "Ann Cole will be sworn in …": a name is news of its own
    return words[0].lw in _INDEFINITE or words[0].lw == "the" or (at == 1 and words[0].lw.endswith("s"))


def _adverb_word(tok: Tok) -> bool:
    return tok.text.islower() and (tok.lw in lx.AUXILIARIES or tok.lw.endswith("ly") or tok.lw == "not")


_IRREGULAR_PARTICIPLES: Final = frozenset(
    "held set made given paid built sent kept put cut shut run done taken shown seen known brought".split()
)


def _narration_goes_on(toks: list[Tok], claim: Draft, text: str) -> bool:
    """A past-tense sentence in the paragraph of a claim read from a source (``According to witnesses, 400
    policemen took part. They blocked every street …``, ``… said in a statement that …``): the source's
    account going on, not the outlet's, when enough evidence adds up and nothing speaks against it.

    For: the claim is a source reading (``according to``, a statement), the sentence opens with a pronoun
    that is not the speaker (the account's own people). Against: a time or ``meanwhile`` opener (the outlet
    moving its story on), a name or title before the verb (a new actor). A first person is no sign here: in
    a past-tense narrative it is an opinion writer's own voice (``I ran for …``, ``we have added …``).
    """
    before = text[max(0, claim.start - 80) : claim.start].lower()
    score = 0
    if claim.cue.lower().startswith("according") or "statement" in before:
        score += 1
    if toks[0].lw == "they" or (toks[0].lw in ("he", "she") and claim.speaker.kind is not SpeakerKind.PERSON):
        score += 1
    verb = next((x for x, t in enumerate(toks) if x and t.text.islower() and _finite(t)), len(toks))
    if toks[0].lw in _MOVING_ON or any(t.lw in _TIME for t in toks[:3]):
        score -= 2
    if any(t.text[:1].isupper() and x for x, t in enumerate(toks[:verb])):
        score -= 2
    if any(t.lw in lx.TITLE_WORDS or t.lw in AGENTS for t in toks[:verb]):
        score -= 2
    return score >= _NARRATION_BAR


# with the paragraph shared: a source reading and a pronoun for the account's people
_NARRATION_BAR: Final = 2
_MOVING_ON: Final = frozenset(
    ["meanwhile", "earlier", "later", "separately", "elsewhere", "yesterday", "today"]
)


_DEICTIC: Final = frozenset(["such", "those", "all"])
_GOES_ON_OPENERS: Final = frozenset(["the", "they", "these", "this", "it"])
_GOES_ON_OPENERS_SAME: Final = _GOES_ON_OPENERS | {"he", "she", "that"}
_TENSED: Final = frozenset(["will", "would", "could", "can", "may", "might", "must", "should", "is", "are"])
_GOES_ON: Final = frozenset(["will", "would", "could", "can", "may", "might", "must", "should", "are"])


def _finite(tok: Tok) -> bool:
    w = tok.lw
    return tok.text.islower() and (w in _PAST or w in lx.REPORTING_VERBS or w in _FINITE or finite_ed(tok))


_FINITE: Final = frozenset(["is", "was", "has", "had", "will", "would", "could", "did", "does"])


def _main_clause_event(toks: list[Tok], made: list[Draft]) -> int | None:
    """The end of a narrated main clause before ``after``/``when`` + the claim's clause, else None."""
    first = min(d.start for d in made)
    links = (
        x
        for x in range(len(toks) - 1, 5, -1)
        if toks[x].start < first
        and (toks[x].lw in _EVENT_LINKS or _and_then_cue(toks, x) or _contrast_then_report(toks, x))
    )
    x = next(links, 0)
    if x == 0 or not toks[x].text.islower():
        return None
    b = x
    while b > 1 and toks[b - 1].text in _LINK_PUNCTUATION:
        b -= 1  # "…, but", "… – but": the act ends before its punctuation
    if toks[x].lw not in _EVENT_LINKS and not _coordinated_act(toks, b, made):
        return None
    return toks[b - 1].end if _is_event(toks[:b], toks[0].text[:1]) else None


def _coordinated_act(toks: list[Tok], b: int, made: list[Draft]) -> bool:
    """The clause before ``but``/``, where``/``and`` + a report is an act of its own: no verb of saying in it
    (``confirmed reports of …, but said …`` is one speaker's account in two steps), no negation (``did not
    name the suspect, but said …`` frames the answer that follows) and no ``according to`` claim over the
    sentence (the source then vouches for the whole of it)."""
    if any(d.cue.lower().startswith("according") for d in made):
        return False
    if any(t.lw == "according" and u.lw == "to" for t, u in zip(toks[b:], toks[b + 1 :], strict=False)):
        return False
    for t in toks[:b]:
        if t.lw in _NEGATIONS:
            return False
        if t.text.islower() and t.lw in lx.REPORTING_VERBS and (finite_ed(t) or t.lw in _PAST):
            return False
    return True


def _and_then_cue(toks: list[Tok], x: int) -> bool:
    """``X started in the post this week, and told the meeting that …``, ``The office issued a notice on
    Sunday and claimed that …``: an act, then the report by the same subject (a finite reporting verb
    right after ``and``; with no comma the verb must be a past form, so that ``and says`` in a caption or
    ``and warning signs`` are no report)."""
    if toks[x].lw != "and" or x + 1 >= len(toks):
        return False
    nxt = toks[x + 1]
    if nxt.lw not in lx.REPORTING_VERBS or not nxt.text.islower():
        return False
    return toks[x - 1].text == "," or finite_ed(nxt) or nxt.lw in _PAST


def _contrast_then_report(toks: list[Tok], x: int) -> bool:
    """``The cabinet voted to close the school, but a councillor said …``, ``The pair appeared in court but
    their lawyer told the bench that …``, ``The row broke out during the sitting, where the leader accused
    …``: a contrast or a place clause after the act, and the claim made after it (the caller checks the
    claim starts after the link). The act is the outlet's; the words after the link are the speaker's."""
    w = toks[x].lw
    return w == "but" or (w == "where" and toks[x - 1].text == ",")


_LINK_PUNCTUATION: Final = frozenset([",", ";", "–", "—", "-"])


_EVENT_LINKS: Final = frozenset(["after", "when", "since", "alleging", "accusing", "telling", "with"])
# "X charged four men, alleging …"; "The council met for the first time since the mayor announced that …"
# "The governor handed over the list, telling them: …"; "Talks resume, with the union saying …"
_LINK_RE: Final = re.compile(r" after | when | since |, alleging |, accusing | and |, telling |, with | but |, where ")
