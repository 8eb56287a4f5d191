"""English pass 1: the names, titles, roles and organisations an article introduces, in text order.

Capitalised runs become people (after a title, or with a titled apposition) or organisations (an
organisation word, an acronym, ``Egypt's central bank``); roles given in an apposition before or
after the name (``The Army chief, Gen. Asim Munir,`` / ``Omar Al Olama, Minister of State for …,``)
are kept, so a title-only mention anywhere in the article (``the Army chief said``) finds its holder.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from claims.extract.core.entities import Entity, group_of
from claims.extract.english import lexicon as lx
from claims.extract.english.noun_phrases import (
    EnCtx,
    acronym_of,
    body_of,
    glued_acronym_of,
    is_cap,
    is_title,
    name_span,
    possessive,
    post_nominal,
)
from claims.extract.english.spans import _verb, dateline_end
from claims.extract.english.speaker_candidates import OPENERS
from claims.extract.english.tokens import START, Tok
from claims.extract.english.verbs import finite_ed
from claims.extract.english.words import (
    AGENTS,
    POSSESSIVE_PRONOUNS,
    ROLE_HEADS_ONLY,
    office_initials,
    role_acronyms,
    role_key,
)
from claims.text.segment import Span
from claims.types import SpeakerKind


def register(ctx: EnCtx, units: list[tuple[int, Span, list[Tok]]]) -> None:
    """Pass 1: titled names, organisations and acronyms anywhere in the article, in order."""
    seen: dict[tuple[str, bool], Entity | None] = {}
    last_pi = -1
    titles = lx.TITLE_WORDS
    for pi, span, toks in units:
        i, n = 0, len(toks)
        first = False
        body = dateline_end(ctx.text, span.start, span.end) if pi != last_pi else span.start
        last_pi = pi  # only a paragraph's first sentence can open with a dateline ("WASHINGTON (Reuters) -")
        starts = [
            k
            for k, (text, _, _, lw) in enumerate(toks)
            if text[0].isupper() or lw in titles or ("-" in text and text[:3] in _PREFIX3)
        ]  # only capitalised words, titles and al-/el- names can open a run
        if body > span.start:
            starts = starts[bisect_left(starts, bisect_left(toks, body, key=START)) :]
        people: list[tuple[int, Entity]] = []  # named people, to find the sentence's subjects
        for start in starts:
            if start < i:
                continue
            i = start
            if not (is_cap(toks[i]) or is_title(toks[i])):
                continue
            j = i
            while j < n:
                t = toks[j]
                if not (
                    is_cap(t)
                    or t.lw in titles
                    or (t.text == "," and _listed_name(toks, i, j, ctx.name_commas))
                    or (t.text == "." and j > i and len(toks[j - 1].text) <= 3)
                    or (t.lw in _RUN_GLUE and j + 1 < n and is_cap(toks[j + 1]))
                ):
                    break
                j += 1
            j = _first_of_pair(toks, i, j)
            if j == i + 1 and toks[i].lw in lx.NOT_NAMES:
                i = j
                continue
            if j > i and possessive(toks[j - 1]) and not _personal_owner(toks, i, j):
                org = _possessive_org(ctx, toks, j - 1)
                if org is not None:
                    ctx.reg.mention(toks[j - 1].start, org)
                    i = j
                    continue
            if j > i:
                run = (" ".join([t.lw for t in toks[max(0, i - 1) : j]]), j < n and toks[j].text == "(")
                if run in seen:
                    entity = seen[run]
                else:
                    entity = seen[run] = _classify(ctx, toks, i, j)
                if entity is not None:
                    ctx.reg.mention(toks[i].start, entity)
                    if entity.kind == SpeakerKind.PERSON and entity.named:
                        people.append((i, entity))
                    if entity.kind == SpeakerKind.PERSON:
                        role = _apposition_role(ctx, toks, j) or _fronted_role(ctx, toks, i)
                        if role and role_key(role) not in entity.role_key:
                            entity.role = entity.role if len(entity.role) > len(role) else role
                            entity.role_key = f"{entity.role_key} {role_key(role)}".strip()
                            ctx.note_office(entity)
                    quoted = _quoted(ctx.text, span.start, toks[i].start)
                    if entity.kind == SpeakerKind.PERSON and not first and not quoted:
                        # a name inside a quotation is what the speaker talks about, not whom the
                        # narration is about: never the "he"/"she" of the next cue
                        if not _object(toks, i, j):  # an object: the subject slot has passed, later names too
                            ctx.subjects.append((toks[i].start, entity))
                            ctx.subject_positions.append(toks[i].start)
                        first = True
            i = max(j, i + 1)
        for (i1, e1), (i2, e2) in zip(people, people[1:], strict=False):
            if e1 is not e2 and _joined(toks, i1, i2):
                ctx.named_pairs.append((toks[i1].start, group_of([e1, e2])))  # "suspended X and constable Y"
        if len(people) >= 2:  # "Two councillors, X and Y, met …": who a later "they" can mean
            verb = _first_verb(toks)
            subjects = list(dict.fromkeys(e for x, e in people if x < verb))
            if len(subjects) == 2:
                ctx.pairs.append((span.start, group_of(subjects)))


def _joined(toks: list[Tok], i1: int, i2: int) -> bool:
    """Two names joined by ``and`` with only role words between (``Sgt Ann Cole and warden Ivo Tran``): no
    comma, no verb."""
    between = toks[i1 + 1 : i2]
    return any(t.lw == "and" for t in between) and not any(
        t.text in (",", ";", ":") or (t.text.islower() and finite_ed(t)) for t in between
    )


def _field_before(toks: list[Tok], i: int, ni: int) -> bool:
    """``Minister for Public Order``: a title, ``of``/``for``, then capitalised words up to the would-be
    name — the words after the preposition are what the office is for, not someone's name."""
    glue = next((x for x in range(i + 1, ni) if toks[x].lw in ("of", "for")), None)
    return (
        glue is not None
        and any(is_title(t) for t in toks[i:glue])
        and all(is_cap(t) for t in toks[glue + 1 : ni])
    )


def _object(toks: list[Tok], i: int, j: int) -> bool:
    """``Cole identified the suspect as officer Njema``: a name after the sentence's first finite verb (not
    past a fronted phrase's comma, as in ``In a speech given Monday, Cole …``) is in that verb's object or
    complement — what the subject acted on, never whom a later ``he``/``she`` means over the subject. A
    name next to its own reporting verb (``…, Jones said``, ``…, said Ann Cole``) or right after a copula
    (``Across town is Ann Cole``) is a subject after all."""
    after = toks[j + 1].lw if j + 1 < len(toks) and j < len(toks) and toks[j].lw in lx.AUXILIARIES else ""
    if j < len(toks) and (toks[j].lw in lx.REPORTING_VERBS or after in lx.REPORTING_VERBS):
        return False
    if i > 0 and toks[i - 1].lw in lx.REPORTING_VERBS:
        return False
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lw in lx.REPORTING_VERBS:
        return False  # "…, Minister for Order, Tom Heller, said": the apposed name speaks the fronted words
    verb = _first_verb(toks[:i])
    if verb >= i or (i - verb <= 3 and toks[verb].lw in _COPULAS):
        return False
    return not (toks[0].lw in lx.CLAUSE_OPENERS and any(t.text == "," for t in toks[verb:i]))


_COPULAS: Final = frozenset(["is", "was", "are", "were", "be", "been", "being"])


def _first_verb(toks: list[Tok]) -> int:
    """Index of the sentence's first lower-case finite verb (by the lists or a regular past), else its end."""
    return next(
        (
            x
            for x, t in enumerate(toks)
            if t.text.islower()
            and (t.lw in lx.NARRATION_VERBS or t.lw in lx.REPORTING_VERBS or finite_ed(t))
        ),
        len(toks),
    )


def _first_of_pair(toks: list[Tok], i: int, j: int) -> int:
    """``Labour MP Sarah Okafor and Green MP Tom Reilly``: two titled names joined by ``and`` are two
    people; the run ends before ``and`` (the second is read next). An organisation's name with ``and``
    (``Ministry of Water and Agriculture``) has no title + name before ``and`` and stays whole."""
    if j - i <= 4:
        return j  # no room for two names around "and": most runs
    x = next((x for x in range(i + 2, j - 2) if toks[x].lw == "and"), None)
    if x is None:
        return j
    first, second = name_span(toks, i, x), name_span(toks, x + 1, j)
    if first is None or second is None:
        return j
    # "Rhian Price MS and Owen Hale MP": letters after each name title them as well as a title before
    after1 = first[1] == x - 1 and post_nominal(toks[x - 1])
    after2 = second[1] == j - 1 and post_nominal(toks[j - 1])
    if not (first[1] == x or after1):
        return j
    before1 = first[0] > i and is_title(toks[first[0] - 1])
    before2 = second[0] > x + 1 and is_title(toks[second[0] - 1])
    if not ((before1 or after1) and (before2 or after2)):
        return j
    return x


def _narrated_subject(ctx: EnCtx, toks: list[Tok], i: int, j: int) -> bool:
    """``Ann Cole praised the board.``: two or three capitalised words opening the sentence, none an
    ordinary word the article writes in lower case, then a lower-case finite verb — the person the
    narration is about, whom the next ``he``/``she`` means."""
    if not 2 <= j - i <= 3 or j >= len(toks) or any(t.lw in ctx.lower_words for t in toks[i:j]):
        return False
    if i != 0 and not _described_opening(toks, i):
        return False
    if toks[0].lw in OPENERS or toks[0].lw in lx.INTRO_WORDS:
        return False  # "After Cole argued …": the opener is grammar, the name is one word
    verb = toks[j]
    k = j + 2 if verb.text == "-" and j + 1 < len(toks) and toks[j + 1].text == "-" else j + 1
    if i != 0 and verb.text in ("-", "—", "–") and k < len(toks) and toks[k].text.islower():
        return True  # "Union organiser Ann Cole -- author of … -- doubts …": the dash opens her apposition
    if not (verb.text.isalpha() and verb.text.islower()):
        return False
    return verb.lw in lx.REPORTING_VERBS or verb.lw in lx.NARRATION_VERBS or finite_ed(verb)


# what only a person has: ``Tom Welby's office``, ``… 's lawyer`` (an organisation's take ORG_WORDS)
_PERSONAL_HEADS: Final = frozenset(
    "office campaign spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys wife husband "
    "aide aides son daughter family chief".split()
)


def _personal_owner(toks: list[Tok], i: int, j: int) -> bool:
    """``Tom Welby's office``: two or more capitalised words, no title or organisation word, owning what
    only a person has."""
    return (
        j - i >= 2
        and possessive(toks[j - 1])
        and j < len(toks)
        and toks[j].lw in _PERSONAL_HEADS
        and not any(t.lw.removesuffix("'s") in lx.ORG_WORDS or is_title(t) for t in toks[i:j])
        and all(is_cap(t) for t in toks[i:j])
    )


def _possessive_person(ctx: EnCtx, toks: list[Tok], i: int, j: int) -> Entity:
    """``Tom Welby's office``: the owner of a personal office is a person, named here without the ``'s``."""
    canonical = ctx.span(toks[i].start, toks[j - 1].end)[:-2]
    key = canonical.lower()
    known = ctx.reg.lookup(key)
    if known is not None:
        return known
    keys = [key]
    surname = key.split()[-1]
    if ctx.reg.lookup(surname) is None:
        keys.append(surname)
    return ctx.reg.add(Entity(canonical, SpeakerKind.PERSON), keys)


def _aged(ctx: EnCtx, toks: list[Tok], i: int, j: int) -> bool:
    """``Ann Cole, 52, has …``, ``… is Ann Cole, a 52-year-old fisherman``: two or more capitalised words
    with an age in apposition (a number set off by commas, or an ``N-year-old`` description), or
    introduced by ``is``/``was`` with an indefinite description after them, name a person — when the
    surname is new here (``Trump`` met before is someone else: the age introduces a relative)."""
    n = len(toks)
    if j - i < 2 or j + 2 >= n or toks[j].text != ",":
        return False
    if re.search(rf"\b{re.escape(toks[j - 1].text)}\b", ctx.text[: toks[i].start]):
        return False
    nxt = toks[j + 1].text
    if nxt.isdigit() and len(nxt) <= 3 and toks[j + 2].text == ",":
        return True  # "Ann Cole, 52,"
    if toks[j + 1].lw not in ("a", "an"):
        return False
    if _AGE.match(toks[j + 2].text):
        return True  # "Ann Cole, a 52-year-old fisherman"
    # "Across town is Ann Cole, a fisherman …": a person presented by the narration
    return i > 0 and toks[i - 1].lw in ("is", "was") and toks[j + 2].text.islower()


_AGE: Final = re.compile(r"\d{1,3}-year-old$")


def _described_opening(toks: list[Tok], i: int) -> bool:
    """``Union organiser Ann Cole``, ``Veteran pollster Ann Cole``: one to three words describing the
    name that opens the sentence, the last a lower-case noun (no article, no verb, no preposition)."""
    if not 1 <= i <= 3 or not all(_word(t.text) for t in toks[:i]):
        return False
    last = toks[i - 1]
    if not last.text.islower() or last.lw in _NOT_DESCRIBING or last.lw in lx.REPORTING_VERBS:
        return False
    return not any(t.lw in _NOT_DESCRIBING or t.lw in lx.NARRATION_VERBS for t in toks[:i])


def _word(text: str) -> bool:
    """A word of letters, or a hyphenated compound of them (``front-runner``, ``long-time``)."""
    return text.isalpha() or ("-" in text and all(part.isalpha() for part in text.split("-")))


_NOT_DESCRIBING: Final = frozenset(
    "a an the and or but of for to in on at by with from as after before when while said says told is are "
    "was were has have had then so if because inside outside near within across under over about into "
    "through behind beyond around against among between during since until without one two three".split()
)


def _quoted(text: str, start: int, pos: int) -> bool:
    """``pos`` is inside a quotation opened in this sentence (curly marks, or odd straight ones)."""
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_RUN_GLUE: Final = frozenset(["of", "for", "and", "al", "bin", "de"])  # inside a name when a capital follows


def _listed_name(toks: list[Tok], i: int, j: int, commas: set[int]) -> bool:
    """``Ministry of Environment, Water and Agriculture``: a comma inside an office's list of portfolios.

    Only after ``<organisation word> of`` and when ``Cap, Cap and Cap`` closes the list; the comma is
    kept in ``commas`` so the subject and speaker phrases are not cut there.
    """
    words = [t.lw for t in toks[i:j]]
    if "of" not in words or not any(w in lx.ORG_WORDS for w in words[: words.index("of")]):
        return False
    m = j
    while m + 1 < len(toks) and toks[m].text == "," and is_cap(toks[m + 1]):
        m += 2
        while m < len(toks) and is_cap(toks[m]):
            m += 1
    if m + 1 < len(toks) and toks[m].lw == "and" and is_cap(toks[m + 1]):
        commas.add(toks[j].start)
        return True
    return False


def _possessive_org(ctx: EnCtx, toks: list[Tok], p: int) -> Entity | None:
    """``Egypt's central bank``, ``Japan's finance ministry``: a country's institution, named so in full."""
    m = p + 1
    n = len(toks)
    while m < n and m - p <= 4 and toks[m].text.isalpha() and toks[m].text.islower():
        if toks[m].lw in _FUNCTION:
            break
        if toks[m].lw in lx.ORG_WORDS:
            while m + 1 < n and toks[m + 1].lw in lx.ORG_WORDS and toks[m + 1].text.islower():
                m += 1  # "state news agency"
            break
        m += 1
    if m >= n or m - p > 4 or toks[m].lw not in lx.ORG_WORDS:
        return None
    m += 1
    text = ctx.span(toks[p].start, toks[m - 1].end)
    return ctx.reg.lookup(text.lower().replace("’", "'")) or ctx.register_org(text)


_FUNCTION: Final = frozenset(
    """
    the a an of and to in on for with said says has had was
    """.split()
)


def _office_before_holder(toks: list[Tok], x: int, j: int) -> bool:
    """``The Harbour Master (HM), Ann Cole,``: the bracketed initials spell ``toks[x:j]``, an office (a
    capitalised title opens it, no organisation word before its ``of``: ``Commissioner of Police``) and a
    comma then a name follow the bracket."""
    head = next((y for y in range(x + 1, j) if toks[y].lw in ("of", "for")), j)  # its field may be a body's
    if not (is_title(toks[x]) and toks[x].text[0].isupper()):
        return False
    if any(t.lw in lx.ORG_WORDS for t in toks[x:head]):
        return False
    c = j + 3
    if c + 1 >= len(toks) or toks[c].text != ",":
        return False
    e = c + 1
    while e < len(toks) and e - c <= 4 and (is_cap(toks[e]) or toks[e].text == "."):
        e += 1
    return name_span(toks, c + 1, e) is not None


def _fronted_role(ctx: EnCtx, toks: list[Tok], i: int) -> str:
    """``The Army chief, Gen. Asim Munir,`` / ``A spokesman for the ministry, Mumtaz Zahra Baloch,`` /
    ``Director-General of the Harbour Board, Ann Cole,``; initials in brackets after the office
    (``The Harbour Master (HM), Ann Cole,``) are left out of it."""
    if i < 3 or toks[i - 1].text != ",":
        return ""
    if i >= 6 and toks[i - 2].text == ")" and toks[i - 4].text == "(" and office_initials(toks[i - 3].text):
        i -= 3  # the role ends before the bracket, as if the comma followed it
    k = i - 2
    while k >= 0 and k > i - 12 and (
        is_cap(toks[k])
        or is_title(toks[k])
        or possessive(toks[k])
        or toks[k].lw in _ROLE_GLUE
        or toks[k].lw in lx.ORG_WORDS
    ):
        k -= 1
    a = k + 1
    if k >= 0 and toks[k].text not in (",", ".", ":"):
        o = k if _agent_of_body(toks, k, i) else a if _agent_of_body(toks, a, i) else -1
        if o < 0:
            return ""
        return ctx.span(toks[o].start, toks[i - 2].end)  # "… after counsel to the HFC, X,": mid-clause
    if a >= i - 1:
        return ""
    if toks[a].lw not in ("the", "a", "an"):
        # "…, Director-General of the Harbour Board, Ann Cole, said": a capitalised title opens the role
        # with no article; before its "of"/"for" complement only titles may follow ("Mayor Ann Cole, Tom
        # Reilly" is a titled name, no role of Tom Reilly's)
        o = a + 1 if _placed_office(toks, a, i) else a  # "Greek Minister for Public Order, X,"
        if not (is_title(toks[o]) and toks[o].text[0].isupper() and toks[o].lw not in lx.ORG_WORDS):
            return ""
        head = next((x for x in range(o, i - 1) if toks[x].lw in ("of", "for")), i - 1)
        if head == i - 1 or not all(is_title(t) for t in toks[o:head]):
            return ""
        x = k
        while x > 0 and is_cap(toks[x - 1]):
            x -= 1
        owner = ctx.reg.lookup(" ".join(t.lw for t in toks[x:k])) if x < k else None
        if owner is not None and owner.kind == SpeakerKind.PERSON:
            return ""  # "Omar Lund, Minister of State for …, Digital Economy and …": the role is Lund's apposition
        return ctx.span(toks[a].start, toks[i - 2].end)
    if not any(is_title(t) and t.lw not in lx.ORG_WORDS for t in toks[a + 1 : i - 1]):
        return ""
    return ctx.span(toks[a].start, toks[i - 2].end)


def _agent_of_body(toks: list[Tok], a: int, i: int) -> bool:
    """``… after counsel to the HFC, Ivan Lorz, asked …``: a lower-case agent title, ``to/for/of`` and a
    capitalised body right before the name's comma is the name's role even mid-clause (no comma before)."""
    return (
        toks[a].text.islower()
        and toks[a].lw in _BODY_AGENTS
        and a + 2 < i - 1
        and toks[a + 1].lw in ("to", "for", "of")
        and is_cap(toks[i - 2])
    )


_BODY_AGENTS: Final = AGENTS | {"counsel"}
_ROLE_GLUE: Final = frozenset(["the", "a", "an", "of", "for", "and", "on", "to", "at", "in"])


def _placed_office(toks: list[Tok], a: int, i: int) -> bool:
    """``Greek Minister for …``: one capitalised word (a place, a nationality) before the capitalised title
    that opens a fronted role belongs to the office, not to a name."""
    return (
        a + 2 < i
        and is_cap(toks[a])
        and not is_title(toks[a])
        and toks[a].lw not in lx.ORG_WORDS
        and is_title(toks[a + 1])
        and toks[a + 1].text[0].isupper()
    )


def _apposition_role(ctx: EnCtx, toks: list[Tok], j: int) -> str:
    """``Omar Al Olama, Minister of State for …, said``: the apposition is the person's role.

    Read in the first pass, so a title-only mention before the name (``the country's AI minister
    announced``) already finds its holder.
    """
    n = len(toks)
    if j + 1 >= n or toks[j].text != ",":
        return ""
    a = j + 1
    k = a + (1 if toks[a].lw in ("the", "a", "an") else 0)
    while k < n and possessive(toks[k]):
        k += 1
    described = a < k < n and toks[k].lw in lx.PERSON_NOUNS  # "Sam Price, the man charged with …,"
    if k >= n or not (is_title(toks[k]) or (k + 1 < n and is_title(toks[k + 1])) or described):
        return ""
    stops = (".", ";", "(", ")", ",") if described else (".", ";", "(", ")")
    m = a
    while m < n and m - a <= 16 and toks[m].text not in stops:
        if toks[m].lw in lx.REPORTING_VERBS:
            break
        if toks[m].text == "," and m + 1 < n and _verb(toks[m + 1]):
            break  # "Ann Cole, Deputy Minister for Ports, made the remarks …": the apposition closes at its verb
        m += 1
    while m > a and toks[m - 1].text == ",":
        m -= 1
    return ctx.span(toks[a].start, toks[m - 1].end) if m > a else ""


_PREFIX3: Final = frozenset(p[:3] for p in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-"))


def _office_holder(ctx: EnCtx, acronym: str) -> Entity | None:
    """The latest named person whose role's capitalised words spell ``acronym``."""
    return next((e for e in reversed(ctx.office_roles) if acronym in role_acronyms(e.role)), None)


def _spells(acronym: str, words: list[str]) -> bool:
    """``words`` spell ``acronym`` by their capitals (``Marine Liaison Unit`` → MLU), or with ``of``
    (``Ministry of Interior`` → MOI)."""
    return acronym_of(words) == acronym or glued_acronym_of(words) == acronym


def _named_body(ctx: EnCtx, tok: Tok) -> Entity | None:
    """``The Ministry urges …``, ``The Government maintained …``: the capitalised head of a body alone is
    the body named in full before (``the Ministry of Health``, ``Government of Norland``) — the latest one
    mentioned whose name holds that word; none named leaves the word a name of its own."""
    if tok.lw not in lx.ORG_WORDS or not tok.text[:1].isupper():
        return None
    return next(
        (
            e
            for _, e in ctx.reg._before(tok.start)
            if e.kind == SpeakerKind.ORGANIZATION
            and e.named
            and " " in e.canonical
            and tok.lw in e.canonical.lower().split()
        ),
        None,
    )


def _office_abbreviation(ctx: EnCtx, word: str) -> bool:
    """Initials long enough to name an office by themselves (``DGH``, ``CoP``: three letters or a glue
    letter); two capitals (``DG``, but ``US``, ``UN`` too) only when the article defines them in
    brackets (``the Director-General (DG)``)."""
    return len(word) > 2 or f"({word})" in ctx.text


def _place_word(ctx: EnCtx, toks: list[Tok], x: int) -> bool:
    """A capitalised word before the words an acronym spells that still names the same body (a place,
    ``Western Cape``): no title, no organisation word, no possessive, no function or sentence-opening word."""
    t = toks[x]
    return (
        t.text[:1].isupper()
        and t.text.isalpha()
        and not is_title(t)
        and t.lw not in lx.ORG_WORDS
        and t.lw not in lx.NOT_NAMES
        and t.lw not in lx.INTRO_WORDS
        and t.lw not in OPENERS
        and not (x == 0 and t.lw in ctx.lower_words)
    )


def _common_word_after_title(ctx: EnCtx, toks: list[Tok], i: int, span: tuple[int, int]) -> bool:
    """``Democratic National Convention``, ``Emily's List``: the would-be name is one word after a
    capitalised possessive, or after a title word that an adjective of the same run precedes, or after a
    title word when the article also writes the word in lower case (``the convention``) — an ordinary noun
    ending a body's name, never a surname the title introduces (``Senator Cole``: ``cole`` is no word of
    the article)."""
    ni, nj = span
    if nj - ni != 1 or ni == i or not toks[ni - 1].text[:1].isupper():
        return False
    before = toks[ni - 1]
    if possessive(before):
        return True  # a capitalised owner and one word it owns: a brand or a body, not a person
    if not is_title(before):
        return False
    # "Democratic National Convention": a capitalised word that is no title opens the run before the
    # title word, so the title word is an adjective of the body's name (no "Gov." abbreviation there)
    adjective = ni - 2 >= i and is_cap(toks[ni - 2]) and not is_title(toks[ni - 2]) and before.text.isalpha()
    return toks[ni].lw in ctx.lower_words or adjective


def _classify(ctx: EnCtx, toks: list[Tok], i: int, j: int) -> Entity | None:
    words = [t.lw for t in toks[i:j]]
    if all(w in lx.NOT_NAMES or w == "." for w in words):
        return None
    if _personal_owner(toks, i, j):
        return _possessive_person(ctx, toks, i, j)
    bracketed = j - i == 1 and i > 0 and j < len(toks) and toks[i - 1].text == "(" and toks[j].text == ")"
    if bracketed and any(
        _spells(toks[i].text, [t.text for t in toks[x : i - 1]]) and _office_before_holder(toks, x, i - 1)
        for x in range(max(0, i - 9), i - 2)
    ):
        return None  # "(HM)" after "The Harbour Master" and before its holder: the office's initials
    acronym = ""
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper():
        acronym = toks[j + 1].text
    if acronym:
        x = next((x for x in range(i, j - 1) if _spells(acronym, [t.text for t in toks[x:j]])), None)
        if x is not None and _office_before_holder(toks, x, j):
            return None  # "The Harbour Master (HM), Ann Cole,": an office whose holder the comma names
        if x is not None:  # "Marine Liaison Unit (MLU)": initials spelling the bracket name a body, no person
            while x > i and _place_word(ctx, toks, x - 1):
                x -= 1  # "Western Cape Provincial Disaster Centre (PDC)": the place is the body's name too
            found = ctx._lookup([t.lw for t in toks[x:j]])
            return found or ctx.register_org(ctx.span(toks[x].start, toks[j - 1].end), acronym)
        if ctx.reg.lookup(acronym.lower()) is not None:
            # "International Olympic Committee (IOA)" after "Indian Olympic Association (IOA)": initials
            # the name does not spell, already held by a name that did, stay with that name (a slip)
            acronym = ""
    initials = office_initials(toks[i].text) if j - i == 1 and ctx.office_roles else ""
    if initials and ctx.reg.lookup(toks[i].lw) is None and _office_abbreviation(ctx, toks[i].text):
        holder = _office_holder(ctx, initials)
        if holder is not None:  # "The DGH replied": the initials of an office held by a person named before
            return ctx.reg.add(holder, [toks[i].lw])
    span = name_span(toks, i, j)
    if span is not None and _common_word_after_title(ctx, toks, i, span):
        return None  # "Democratic National Convention", "Emily's List": a body's name, no titled person
    held = span is not None and span[0] > i + 2 and toks[span[0] - 1].lw in lx.OFFICE_FIELDS
    if body_of(toks, i, j) and not held:
        # "Department of Public Safety": a body's head, "of" and capitalised words; "Public" titles no one
        return ctx._lookup(words) or ctx.register_org(ctx.span(toks[i].start, toks[j - 1].end))
    # "Borno State Police Command": a run that ends in a body's word names the body, whatever title word
    # ("State") stands inside it; no person's name ends in "Command"
    person_after_title = held or (
        span is not None and span[0] > i and is_title(toks[span[0] - 1]) and toks[span[1] - 1].lw not in lx.ORG_WORDS
    )
    if not person_after_title and (
        any(w in lx.ORG_WORDS for w in words)
        or (j - i == 1 and toks[i].text.isupper() and len(toks[i].text) > 1 and not is_title(toks[i]))
    ):
        if possessive(toks[i]) and j - i > 1:
            i += 1
        while (
            j - i > 1
            and is_title(toks[j - 1])
            and toks[j - 1].lw not in lx.ORG_WORDS
            and toks[j - 2].lw not in _RUN_GLUE  # "Ministry of Transport": the field is the name's
            and toks[j - 1].lw not in ROLE_HEADS_ONLY  # "Police Forces of Marsh State": the place's own word
        ):
            j -= 1  # "WFP spokeswoman", "Ministry of Justice spokesperson": the organisation without the role
        words = [t.lw for t in toks[i:j]]
        found = ctx._lookup(words) or (_named_body(ctx, toks[i]) if j - i == 1 and not acronym else None)
        return found or ctx.register_org(ctx.span(toks[i].start, toks[j - 1].end), acronym)
    if span is None:
        return None
    ni, nj = span
    if nj - ni == 1 and ni == i + 1 and toks[i].lw in POSSESSIVE_PRONOUNS:
        return None  # "His Excellency", "Her Majesty": a form of address, no name (noun_phrases reads it)
    if nj - ni == 1 and nj == j < len(toks) and toks[j].text == "," and _field_before(toks, i, ni):
        return None  # "Minister for Public Order, Ann Cole,": the office's field, the holder comes after
    if ni > i and toks[ni - 1].lw in ("of", "for"):
        return None  # "The head of Leeds hospitals": what the title is head of, never the person holding it
    known = ctx.reg.lookup(" ".join(t.lw for t in toks[ni:nj] if t.text != "."))
    if known is not None:
        if not known.gender and ni > i and known.kind == SpeakerKind.PERSON:
            # "former chief executive Rebekah Carter", then "Ms Carter": the honorific tells her gender,
            # so a later "he" is not her
            honorific = toks[ni - 1].lw
            known.gender = (
                "f" if honorific in lx.FEMININE_TITLES else "m" if honorific in lx.MASCULINE_TITLES else ""
            )
        return known
    if nj - ni == 1 and i < ni and i > 0 and toks[i - 1].lw in lx.LOCATIVE_PREPOSITIONS and all(
        is_title(t) for t in toks[i:ni]
    ):
        return None  # "at Police Headquarters", "outside Army Barracks": a place, never a titled person
    if nj - ni == 1 and nj == j and len(toks[ni].text) > 2 and all(is_title(t) for t in toks[i:ni]):
        part = ctx._by_name_part(toks[ni].lw)
        if part is not None:
            # "Lena Okafor …", later "Lena briefed Reyes": a lone name part of one person named before;
            # with a title too ("Justice Lim Kok Seng …", later "Justice Lim"), a surname written first
            return part
    # "Antarctica and Greenland": a name after "and" in a run is coordinated, not titled by the words before
    titled = (
        (ni > i and toks[ni - 1].lw != "and")
        or (i > 0 and is_title(toks[i - 1]))
        or (nj < j and post_nominal(toks[nj]))  # "Owen Hale MP"
    )
    if not titled and nj - ni < 2:
        return None
    a = i
    while a > 0:
        if is_title(toks[a - 1]) or possessive(toks[a - 1]):
            a -= 1
            continue
        x = a - 2 if toks[a - 1].lw == "the" else a - 1
        if x >= 1 and toks[x].lw == "of" and is_title(toks[x - 1]) and toks[x - 1].text[0].isupper():
            a = x - 1  # "the Under-Secretary of the Ministry Ambassador X": the office is X's too
            continue
        break
    role = ctx.span(toks[a].start, toks[ni - 1].end) if ni > a else ""
    if not titled and (i == 0 or toks[i - 1].text not in (",", "said", "says", "told")):
        if not (
            nj == j
            and (_apposition_role(ctx, toks, j) or _narrated_subject(ctx, toks, i, j) or _aged(ctx, toks, i, j))
        ):
            return None  # "Omar Al Olama, Minister of State for …,": a titled apposition names a person
        if not role and i > 0 and _described_opening(toks, i):
            role = ctx.span(toks[0].start, toks[i - 1].end)  # "Harbour master Lena Okafor": her own office
    return ctx.register_person(toks, ni, nj, role)
