"""English cues recognised by their frame, not by a listed verb.

The reporting-verb list (``lexicon.toml``) is an allow-list; a speaker also reports with verbs it will
never hold all of (``narrated that …``, ``prophesied that …``, ``“…,” the mayor reassured.``). Three
frames carry a statement whatever the verb:

- ``<subject> <past-tense verb> that <clause>``: a finite verb right before a complementiser that opens
  a clause; verbs of perceiving, finding out, deciding or causing (``found that``, ``heard that``,
  ``ensured that``) are excluded by the lexicon, verbs of communication or belief raise the score;
- ``“…,” <name> <past-tense verb>``: a quotation closed by a comma, then a short subject and its verb;
- a light verb with a speech noun (``issued a warning to …``, ``made an appeal for …``) or a verb of
  appealing with what is asked (``appealed for calm``, ``appealed to residents to …``);
- a finite ``be`` with an adjective of held stance and its that-clause (``is optimistic that …``, ``was
  adamant that …``): the subject's view voiced (:func:`stance_cue`).

A cue from a frame alone is scored lower than a listed verb (:func:`frame_cap`), so the reviewer sees
the unknown verbs first.
"""

from __future__ import annotations

from typing import Final

from claims.extract.english import lexicon as lx
from claims.extract.english.complement import bare_clause
from claims.extract.english.events import _appeal
from claims.extract.english.noun_phrases import is_cap
from claims.extract.english.spans import CLAUSE_END, infinitive
from claims.extract.english.tokens import Tok
from claims.extract.english.verbs import finite_ed

FRAME: Final = "frame"  # the lemma of a verb read as a cue by its that-clause or its quotation
APPEAL: Final = "appeal"  # the lemma of a light verb with a speech noun, or of a verb of appealing
STANCE: Final = "stance"  # the lemma of "is optimistic that …": an adjective of held stance with its clause

# before the verb: a passive or an infinitive ("is suspected that", "to narrate"), a determiner (an adjective)
_NOT_BEFORE: Final = frozenset(
    "is was were are be been being am to the a an this that these those his her its their our my your "
    "not never".split()
)
# what a clause's subject opens with after "that" (besides a capital or a digit): a determiner or a pronoun
_SUBJECT_OPENERS: Final = frozenset(
    "the a an his her its their our my your this these those some no all every each any both many few most "
    "several he she it they we i you there one two three four five six seven eight nine ten".split()
)
_REQUEST_REACH: Final = 14  # "issued a warning to swimmers heading for the north beach not to …"
_LIST_REACH: Final = 48  # a long list of named addressees before the infinitive
_LIST_WORDS: Final = frozenset(["and", "the", "of", "for"])
_CLAUSE_REACH: Final = 16  # "that the crew, after a careful check of the hull, found …": a long subject
_SUBJECT_REACH: Final = 10  # "“…,” Deputy Police Commissioner, Ann Cole reassured": a titled name
_CLOSING: Final = frozenset(['”', '"'])
_KNOWN_CAP: Final = 0.65
_UNKNOWN_CAP: Final = 0.45
_APPEAL_CAP: Final = 0.6
_STANCE_CAP: Final = 0.6
# a finite "be" before an adjective of stance; "to be", "been", "being" tell no stance voiced ("hopes to be sure")
_STANCE_BE: Final = frozenset(["is", "was", "are", "were", "remain", "remains", "remained", "am", "'s", "’s"])
# subjects that hold no stance: the expletive "it is certain that …", a demonstrative
_NO_STANCE_SUBJECT: Final = frozenset(["it", "there", "this", "that", "what", "which", "who"])
# time words between a verb and its "that" ("demanded Wednesday that …"): an adjunct, no object
_TIME_WORDS: Final = frozenset([*lx.WEEKDAYS, "yesterday", "today", "tonight"])


def frame_cue(toks: list[Tok], k: int) -> bool:
    """A verb no list holds, read as a cue by its frame: its that-clause, its bare clause (a listed verb of
    belief) or the quotation closed right before its subject."""
    t = toks[k]
    w = t.lw
    if k == 0 or not t.text.isalpha() or not t.text.islower():
        return False
    if w in lx.NOT_FRAME_VERBS or w in lx.MIND_VERBS or w in lx.REPORTING_VERBS:
        return False
    known = w in lx.FRAME_VERBS
    if not known and not finite_ed(t) and _held_out_hope(toks, k + 1) == k + 1:
        return False  # "held out little hope that …": an irregular past, its frame alone tells
    if toks[k - 1].lw in _NOT_BEFORE:
        return False
    n = len(toks)
    m = k + 1
    while m < n and m - k <= 2 and toks[m].lw in _TIME_WORDS:
        m += 1  # "demanded Wednesday that …": the day is an adjunct between the verb and its clause
    m = _held_out_hope(toks, m)
    if m < n and toks[m].lw == "that":
        if w in lx.MANDATIVE_VERBS and _subject_opens(toks, m + 1):
            return True  # "demanded that the mayor step down": a mandative clause has no finite verb
        return _clause_follows(toks, m + 1)
    if known and k + 1 < n and bare_clause(toks, k + 1, n, subjunctive=w in lx.MANDATIVE_VERBS):
        return True  # "Police thinks the fire was set": a verb of belief with its clause and no "that"
    return _after_quote(toks, k)


_HOPE_DEGREES: Final = frozenset(["little", "no", "some", "much", "faint", "slim", "scant", "the"])


def _held_out_hope(toks: list[Tok], m: int) -> int:
    """``held out little hope that …``: ``out``, a degree word and ``hope`` between the verb and its
    ``that`` belong to the cue (a view voiced); where the ``that`` should be, else ``m`` unchanged."""
    x = m
    if x + 1 < len(toks) and toks[x].lw == "out":
        x += 1
        if toks[x].lw in _HOPE_DEGREES:
            x += 1
        if x < len(toks) and toks[x].lw == "hope":
            return x + 1
    return m


def _subject_opens(toks: list[Tok], m: int) -> bool:
    """``toks[m]`` can open a clause's subject: a determiner, a pronoun, a capital or a digit (a quotation
    mark before it too); ``cancelled that agreement`` has a bare noun there, ``that`` its determiner."""
    if m >= len(toks) or not toks[m].text[:1].isalnum() and toks[m].text not in ('"', "“"):
        return False
    first = toks[m]
    return (
        first.lw in _SUBJECT_OPENERS
        or first.text[:1].isupper()
        or first.text[:1].isdigit()
        or _titled_name_opens(toks, m)
    )


def _titled_name_opens(toks: list[Tok], m: int) -> bool:
    """``that former mayor Tomas Veld be arrested``: lower-case title words (a title among them) and then a
    capitalised name open the clause's subject; ``that`` is its complementiser, no demonstrative."""
    x = m
    while x < len(toks) and x - m < 3 and toks[x].text.isalpha() and toks[x].text.islower():
        x += 1
    titled = any(t.lw in lx.TITLE_WORDS for t in toks[m:x])
    return titled and x < len(toks) and x > m and toks[x].text[:1].isupper() and toks[x].text.isalpha()


def _clause_follows(toks: list[Tok], m: int) -> bool:
    """``that`` opens a clause: a subject (not a verb: ``that were seized`` is a relative), then a finite
    verb before the sentence ends."""
    n = len(toks)
    if not _subject_opens(toks, m):
        return False
    for x in range(m + 1, min(n, m + _CLAUSE_REACH)):
        u = toks[x]
        if u.text in CLAUSE_END:
            return False
        if u.text.islower() and (u.lw in lx.CLAUSE_VERBS or finite_ed(u) or u.lw in lx.NARRATION_VERBS):
            return True
    return False


def _after_quote(toks: list[Tok], k: int) -> bool:
    """``“…,” Deputy Commissioner Ann Cole reassured.``: a short capitalised subject (or a pronoun) between
    a quotation closed with a comma and the verb; the quotation is what the subject said."""
    x = k - 1
    if toks[x].lw in lx.PRONOUNS and toks[x].text.islower():
        x -= 1
    else:
        while x > 0 and k - x <= _SUBJECT_REACH and (
            is_cap(toks[x]) or toks[x].text[:1].isupper() or toks[x].text in (",", ".", "’", "'")
        ):
            x -= 1
        if x == k - 1:
            return False
    if toks[x].text == "," and x > 0:
        x -= 1
        return toks[x].text in _CLOSING
    return toks[x].text in _CLOSING and x > 0 and toks[x - 1].text == ","


def stance_cue(toks: list[Tok], k: int) -> bool:
    """``Defence counsel Ann Cole is optimistic that the state will comply``: a finite ``be``, an adjective
    of held stance (the lexicon's ``stance_adjectives``), then ``that`` and a clause — the subject's view,
    voiced. The cue is the adjective with its ``be``; ``it is certain that …`` has no one holding it."""
    t = toks[k]
    if t.lw not in lx.STANCE_ADJECTIVES or not t.text.islower() or k < 2 or k + 2 >= len(toks):
        return False
    if toks[k - 1].lw not in _STANCE_BE or toks[k + 1].lw != "that":
        return False
    if toks[k - 2].lw in _NO_STANCE_SUBJECT or not toks[k - 2].text[:1].isalnum():
        return False
    return _clause_follows(toks, k + 2)


def appeal_cue(toks: list[Tok], k: int) -> bool:
    """``issued a warning to anglers not to …``, ``appealed for calm``, ``appealed to residents to …``: the
    subject's words to an addressee (a verb of issuing with a speech noun, or a verb of appealing)."""
    w = toks[k].lw
    if w in lx.REPORTING_VERBS or not toks[k].text.islower() or k == 0 or toks[k - 1].lw in _NOT_BEFORE:
        return False
    if not (_appeal(toks, k) or (w in lx.APPEAL_VERBS and k + 1 < len(toks) and toks[k + 1].lw == "to")):
        return False
    return _request_follows(toks, k + 2)


def _request_follows(toks: list[Tok], m: int) -> bool:
    """The appeal says what is asked (``to secure their bags``, ``not to swim``, ``footage … to help with
    …``): an infinitive before the clause ends; a bare noun phrase (``made a plea for unity``) states
    nothing (guideline §4.4). The words of a list of named addressees (``to the Council of State, the
    heads of the Supreme Court and the Attorney General to …``) do not count against the reach."""
    budget = _REQUEST_REACH
    for x in range(m, min(len(toks) - 1, m + _LIST_REACH)):
        if toks[x].text in CLAUSE_END:
            return False
        if infinitive(toks, x):
            return True
        if not (is_cap(toks[x]) or toks[x].text == "," or toks[x].lw in _LIST_WORDS):
            budget -= 1
            if budget == 0:
                return False
    return False


def frame_cap(lemma: str, verb: str) -> float | None:
    """The confidence ceiling of a cue read by its frame: a listed verb of communication or belief is
    surer than an unknown one; a listed reporting verb has none."""
    if lemma == FRAME:
        return _KNOWN_CAP if verb in lx.FRAME_VERBS else _UNKNOWN_CAP
    if lemma == APPEAL:
        return _APPEAL_CAP
    if lemma == STANCE:
        return _STANCE_CAP
    return None
