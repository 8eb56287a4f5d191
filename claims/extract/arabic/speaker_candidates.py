"""Who is the subject of an Arabic cue: several readings of the words after the verb, scored.

The phrase rules (``mentions.parse_mention`` and the fallbacks in ``subjects``) give one reading,
gated by the lexicons. Real pages write subjects those gates miss: a nationality before a foreign
name (``الإسباني X Y مدرب …``), a prepositional phrase before the subject (``أعلن من خلاله التنظيم``),
an unknown one-word organisation (``وأضافت اليونيسف في بيان``), a broken-plural collective
(``وكلاء الدفاع``), the outlet's own correspondent (``مراسلنا في البصرة``). Each reading here is a
candidate with features — what it is (a name shape, a title, an organisation, a collective), what
it cannot be (a clitic-prefixed word, an adverb, a place), how far from the verb it starts, whether a
boundary closes it (a complementiser, a frame, a comma), agreement with the verb — and the best one is
kept with its margin over the runner-up, so a lexicon hit is evidence, not a gate: an unknown word in
a name slot is still a name.

Only the chosen reading is built with the registry (building registers names), so a rejected
reading leaves no trace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic import organisations as _orgs
from claims.extract.arabic.content import FRAME_OPENERS, prep_b
from claims.extract.arabic.cue_forms import CueForm, fold_set
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.noun_phrases import (
    Ctx,
    Mention,
    _plain_name,
    abstract_noun,
    parse_name,
    person,
    pronoun_pp,
    registry_match,
    verbal_noun,
)
from claims.extract.arabic.subjects import bare_subject, construct_subject
from claims.extract.arabic.titles import title_end
from claims.extract.arabic.words import (
    CHANNEL_WORDS,
    COLLECTIVES,
    COMPLEMENTISERS,
    DATA_WORDS,
    FRAME_WORDS,
    GIVEN,
    KIN_NOUNS,
    KIN_QUALIFIERS,
    MASCULINE_PLACES,
    NATIONALITIES,
    OFFICE,
    ORG_HEADS,
    PLACES,
    QUANTIFIERS,
    STOPS,
    TITLES,
    is_cue,
    is_name_token,
    is_nisba,
    kin_head,
    masculine,
    strip_clitic,
)
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import QUOTE_CHARS, Tok
from claims.types import SpeakerKind


@dataclass(frozen=True)
class Choice:
    """The chosen subject (None: no reading beat the pro-drop fallback), its score margin over the
    runner-up reading (or over leaving the subject implicit), and which reading won."""

    mention: Mention | None
    margin: float | None
    reading: str  # which reading won: "parser", "nisba-name", "after-pp", "bare-definite", …


@dataclass(frozen=True)
class _Candidate:
    reading: str
    score: float
    build: Callable[[], Mention | None]


# A prepositional phrase with a pronoun between the verb and its subject: "أعلن من خلاله التنظيم".
_PRONOUN_PPS: Final = fold_set(
    (
        "خلاله",
        "خلالها",
        "عبره",
        "عبرها",
        "فيه",
        "فيها",
        "بموجبه",
        "بموجبها",
        "بدوره",
        "بدورها",
        "منه",
        "منها",
        "عنه",
        "عنها",
    )
)
_BOUNDARY: Final = COMPLEMENTISERS | FRAME_OPENERS | frozenset(("،", ",", ":", "؛", "."))
_NOT_ENTITIES: Final = fold_set(("الذي", "التي", "الآن", "حاليا", "أيضا", "كذلك", "مجددا", "رسميا", "بدوره"))


def choose_subject(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> Choice:
    """The best reading of the subject that starts at token ``j`` (right after the cue and adverbs)."""
    parsed = parse_mention(ctx, toks, j, n)
    reading = "parser"
    if parsed is None:
        parsed, reading = bare_subject(ctx, toks, j, n), "bare-name"
    if parsed is None:
        parsed, reading = construct_subject(ctx, toks, j, n, form), "construct"
    candidates: list[_Candidate] = []
    if parsed is not None:
        candidates.append(_Candidate(reading, _score_parsed(toks, parsed, j, n, form), lambda: parsed))
    if parsed is None or _doubtful(ctx, toks, parsed, j):
        candidates.extend(_alternatives(ctx, toks, j, n, form))
    if not candidates:
        return Choice(None, None, "")
    candidates.sort(key=lambda c: c.score, reverse=True)
    best = candidates[0]
    if best.score <= 0:
        return Choice(None, None, "")  # every reading is weaker than leaving the subject implicit
    # The runner-up is the next reading, or leaving the subject implicit (score 0, pro-drop).
    runner_up = max(candidates[1].score, 0.0) if len(candidates) > 1 else 0.0
    margin = round(best.score - runner_up, 3)
    mention = best.build()
    return Choice(mention, margin, best.reading) if mention is not None else Choice(None, None, "")


def _score_parsed(toks: list[Tok], m: Mention, j: int, n: int, form: CueForm) -> float:
    """The parser's reading: strong, less so when no boundary closes it or it disagrees with the verb."""
    score = 3.0
    score += 0.5 if _closed(toks, m.end, n) else -0.5
    score -= _disagreement(m.entity, form)
    if not m.entity.named and m.entity.kind == SpeakerKind.PERSON:
        score -= 0.5  # a title alone: right, but weaker evidence than a name
    if m.end > j + 1 and _described_by(toks, m.end - 1, n):
        score -= 1.0  # "سعاد أحمد العاملة بمستشفى": the last word is a participle describing her
    return score


def _doubtful(ctx: Ctx, toks: list[Tok], m: Mention, j: int) -> bool:
    """A parser reading worth challenging with the other readings: it starts with a clitic-prefixed
    word (an addressee or a genitive, ``للوزارة``), or it ends with a participle that a prepositional
    phrase follows (``العاملة بمستشفى``). Other parser readings are kept, scored against leaving the
    subject implicit (their margin)."""
    if m.end > j + 1 and _described_by(toks, m.end - 1, len(toks)):
        return True
    if not toks[j].text.startswith("لل"):
        return False
    return ctx.orig(m.start_char, m.end_char)[:1] == "ل"


def _alternatives(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> list[_Candidate]:
    out: list[_Candidate] = []
    makers = (
        _nisba_name,
        _after_pp,
        _possessive_title,
        _plural_collective,
        _bare_definite,
        _colour_named,
        _described_name,
        _role_name,
        _name_then_title,
        _first_name,
        _state,
        _quantified_group,
        _counted_people,
        _people_plural,
        _feminine_plural,
        _kin_phrase,
    )
    for make in makers:
        cand = make(ctx, toks, j, n, form)
        if cand is not None:
            out.append(cand)
    return out


_OBJECT_REPORTS: Final = frozenset(("نفي", "اتهم", "اكد", "اعلن", "رفض", "ادان", "نددت", "استنكر"))


def _state(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``نفت قطر أن …``, ``أعلنت مصر في بيان …``: a state named alone right after the verb, closed by
    the complementiser, a frame or a comma (or, after a denial, by the noun it denies: ``نفت قطر
    استدعاء السفير``), speaks as its government."""
    w = toks[j].text
    if w not in PLACES or form.number != "singular" or j + 1 >= n:
        return None
    if form.gender == "m" and w not in MASCULINE_PLACES:
        return None  # "فيما طالب إسرائيل بأن …": a state that speaks with a feminine verb is the object
    nxt = toks[j + 1].text
    object_noun = (
        form.lemma in _OBJECT_REPORTS
        and nxt[0].isalpha()
        and nxt not in PLACES
        and nxt not in STOPS
        and not nxt.startswith("ال")
        and not is_cue(nxt)
    )
    if nxt not in _BOUNDARY and not object_noun:
        return None

    def build() -> Mention:
        canonical = ctx.orig(toks[j].start, toks[j].end)
        entity = ctx.reg.lookup(w) or ctx.reg.add(
            Entity(canonical, SpeakerKind.ORGANIZATION, gender=form.gender or "f"), [w]
        )
        return Mention(entity, j + 1, toks[j].start, toks[j].end)

    return _Candidate("state", 1.5, build)


_GROUP_WORDS: Final = 8
NUMBER_WORDS: Final = fold_set(lx.NUMBER_WORDS)


def _quantified_group(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``كما يشير عدد من السياسيين وقادة أمنيين عرب إلى أن``: a quantity noun, من and a plural of
    people (a collective, a sound plural, فعلاء), running to the cue's preposition, the complementiser,
    a comma or a frame: an unnamed group speaks (guideline §4.5), not the previous speaker."""
    if toks[j].text not in QUANTIFIERS or j + 2 >= n or toks[j + 1].text != "من":
        return None
    head = toks[j + 2].text
    bare = head[2:] if head.startswith("ال") else head
    people = head in COLLECTIVES or bare in COLLECTIVES or head.endswith(("ين", "ون")) or _fuala(bare)
    if not people or head in PLACES:
        return None
    end = j + 3
    while end < n and end - j < _GROUP_WORDS:
        w = toks[end].text
        if w in _BOUNDARY or w in form.preps or w in FRAME_WORDS or w in QUOTE_CHARS or is_cue(w) or not w[0].isalpha():
            break
        if _joined_b(w, form):
            break  # "طالب عدد من المزارعين بتوفير …": the cue's ب written on its noun
        end += 1
    if end >= n or end - j >= _GROUP_WORDS:
        return None
    if not (toks[end].text in _BOUNDARY or toks[end].text in form.preps or _joined_b(toks[end].text, form)):
        return None

    return _Candidate("quantified-group", 2.4, lambda: _group_mention(ctx, toks, j, end))


def _counted_people(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``قال ثلاثة شهود: …``, ``وأكد خمسة مسؤولين أمنيين أن …``: a cardinal (a number word or digits),
    an indefinite plural of people (a collective, a sound plural, فعلاء) and up to two plural
    adjectives, then a boundary: an unnamed group counted, which speaks (guideline §4.5)."""
    w = toks[j].text
    if not (w in NUMBER_WORDS or w.isdigit()) or j + 2 >= n:
        return None
    head = toks[j + 1].text
    if head.startswith("ال") or not (head in COLLECTIVES or head.endswith(("ين", "ون")) or _fuala(head)):
        return None
    if head in PLACES or is_cue(head) or head in STOPS:
        return None
    end = j + 2
    while end < n and end - j < 4 and toks[end].text.endswith(("ين", "ون")) and not toks[end].text.startswith("ال"):
        end += 1  # "مسؤولين أمنيين": a plural adjective agrees and goes on
    if end >= n or not _closed(toks, end, n) or toks[end].text.startswith("ل"):
        return None

    return _Candidate("counted-people", 2.2, lambda: _group_mention(ctx, toks, j, end))



def _group_mention(ctx: Ctx, toks: list[Tok], j: int, end: int) -> Mention:
    """Words ``j``…``end`` as an unnamed plural group, registered once under their own words."""
    canonical = ctx.orig(toks[j].start, toks[end - 1].end)
    key = " ".join(t.text for t in toks[j:end])
    entity = ctx.reg.lookup(key) or ctx.reg.add(Entity(canonical, SpeakerKind.GROUP, number="plural"), [key])
    return Mention(entity, end, toks[j].start, toks[end - 1].end)

def _joined_b(w: str, form: CueForm) -> bool:
    """``بتوفير``: a ب-cue's preposition joined to the word that opens its complement."""
    return "ب" in form.preps and w.startswith("ب") and len(w) > 3 and prep_b(w)


def _nisba_name(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``بالمقابل قال الإسباني جولين لوبيتيغي مدرب منتخب قطر:``: a nationality adjective describes the
    person named right after it."""
    w = toks[j].text
    if not (is_nisba(w) and w not in OFFICE) or j + 1 >= n or not _plain_name(toks[j + 1].text):
        return None
    known = registry_match(ctx, toks, j + 1, n, SpeakerKind.PERSON)
    if known is not None:
        entity, end = known
        return _Candidate(
            "nisba-name",
            2.5 + (0.5 if _closed(toks, end, n) else 0.0) - _disagreement(entity, form),
            lambda: Mention(entity, end, toks[j].start, toks[end - 1].end),
        )
    end, clear = parse_name(toks, j + 1, n)
    words = end - j - 1
    if not (2 <= words <= 4) or not (clear or _indefinite_title(toks, end)):
        return None
    score = 2.0 + (0.5 if w in NATIONALITIES or "ال" + w[2:] in NATIONALITIES else 0.0)
    score += 0.5 if _closed(toks, end, n) or _indefinite_title(toks, end) else -0.5
    if form.gender == "f" and not w.endswith("ه"):
        score -= 1.0  # a feminine verb with a masculine adjective: not her name
    return _Candidate(
        "nisba-name", score, lambda: person(ctx, toks, j + 1, end, None, True, start_tok=j)
    )


def _after_pp(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``أعلن من خلاله التنظيم الإرهابي مسؤوليته``: the subject follows a prepositional phrase with a
    pronoun (the pronoun points back to the document or channel, never to the speaker)."""
    k = j
    if toks[k].text in ("من", "في") and k + 1 < n and toks[k + 1].text in _PRONOUN_PPS:
        k += 2
    elif toks[k].text in _PRONOUN_PPS:
        k += 1
    else:
        return None
    while k < n and toks[k].text in ("،", ","):
        k += 1
    if k >= n or toks[k].text in _BOUNDARY:
        return None
    probe = parse_mention(ctx, toks, k, n, register=False)
    if probe is None:
        w = toks[k].text
        if not (w.startswith("ال") and (w[2:] in ORG_HEADS or w[2:] in _orgs.MOVEMENT_HEADS)):
            return None
        # "التنظيم الإرهابي": a definite organisation head the lists hold only indefinite
        return _Candidate("after-pp", 1.8 - 0.2 * (k - j), lambda: _orgs.organisation(ctx, toks, k, n))
    return _Candidate(
        "after-pp",
        2.0 - 0.2 * (k - j) - _disagreement(probe.entity, form),
        lambda: parse_mention(ctx, toks, k, n),
    )


def _possessive_title(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``أكد مراسلنا في البصرة أن``: a title with the outlet's ``نا`` is the outlet's own staff, a speaker
    described by the title and the place that follows it."""
    w = strip_clitic(toks[j].text)
    if not (w.endswith("نا") and w[:-2] in TITLES):
        return None
    end = j + 1
    if end + 1 < n and toks[end].text in ("في", "ب") and (
        toks[end + 1].text in PLACES or _plain_name(toks[end + 1].text) or toks[end + 1].text.startswith("ال")
    ):
        end += 2
    if end < n and toks[end].text not in _BOUNDARY:
        return None

    def build() -> Mention:
        canonical = ctx.orig(toks[j].start, toks[end - 1].end)
        key = " ".join(t.text for t in toks[j:end])
        entity = ctx.reg.lookup(key) or ctx.reg.add(
            Entity(canonical, SpeakerKind.PERSON, gender=form.gender, role=canonical, named=False), [key]
        )
        return Mention(entity, end, toks[j].start, toks[end - 1].end)

    return _Candidate("possessive-title", 2.0, build)


def _plural_collective(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``ويشير وكلاء الدفاع إلى``: the broken plural فُعَلاء (وكلاء, خبراء, زعماء, سفراء) names people;
    an open class the collective list cannot hold whole."""
    raw = toks[j].text
    w = raw if _fuala(raw) else strip_clitic(raw)  # وكلاء keeps its و; ووكلاء loses one
    if w in COLLECTIVES or not _fuala(w) or j + 1 >= n:
        return None
    nxt = toks[j + 1].text
    if not (nxt.startswith("ال") or _plain_name(nxt)) or nxt in _BOUNDARY:
        return None
    clitic = toks[j].text != w
    sliced = toks if not clitic else [*toks[:j], Tok(w, toks[j].end - len(w), toks[j].end), *toks[j + 1 :]]
    probe = _orgs.collective(ctx, sliced, j, n, w, register=False)
    score = 1.8 + (0.3 if _closed(toks, probe.end, n) else -0.5)  # VSO: "وقال خبراء", a singular verb
    return _Candidate("plural-collective", score, lambda: _orgs.collective(ctx, sliced, j, n, w))


def _people_plural(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``وأنكر المتهمون الفعل …``, ``ونفى المعتصمون أن …``: a definite sound masculine plural of a
    participle (``المُفعَلون``, ``الفاعلون``) right after the verb is the people who speak (guideline
    §4.5), whatever follows it: a singular definite noun after it agrees with no plural, so it is the
    object, not an adjective. Nouns that merely end in ون (القانون, المضمون) are shorter or other shapes."""
    w = toks[j].text
    if not _participle_plural(w) or w in COLLECTIVES or is_cue(w) or form.number == "dual":
        return None
    end = j + 1
    while end < n and end - j < 3 and toks[end].text.endswith(("يون", "ون")) and toks[end].text.startswith("ال"):
        end += 1  # "المتظاهرون الغاضبون": a plural adjective agrees and goes on

    return _Candidate("people-plural", 2.0 + (0.3 if _closed(toks, end, n) else 0.0), lambda: _group_mention(ctx, toks, j, end))


def _feminine_plural(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``أكدت الهيئات المهنية للأطباء أن …``: after a feminine singular verb (the agreement of every
    plural that is not masculine human), a definite sound feminine plural (``ال…ات``), one or two
    definite adjectives, an optional ``لل…`` genitive with its adjective, then a boundary: a described
    group that speaks (guideline §4.5), an open class no list holds. Data words stay out (``البيانات``)."""
    w = toks[j].text
    if form.agreement != "fs" or not (w.startswith("ال") and w.endswith("ات") and len(w) >= 7):
        return None
    if w[2:] in DATA_WORDS or w in COLLECTIVES or w in STOPS or is_cue(w):
        return None
    end = j + 1
    while end < n and end - j <= 2 and _definite_word(toks[end].text):
        end += 1
    if end == j + 1:
        return None  # "أكدت المعلومات أن": a bare plural is too often the data that shows
    if end < n and toks[end].text.startswith("لل") and len(toks[end].text) >= 5:
        end += 1  # "للقطاع الخاص": the body they belong to
        while end < n and end - j <= 5 and _definite_word(toks[end].text):
            end += 1
    if end >= n or toks[end].text not in _BOUNDARY:
        return None

    def build() -> Mention:
        canonical = ctx.orig(toks[j].start, toks[end - 1].end)
        key = " ".join(t.text for t in toks[j:end])
        entity = ctx.reg.lookup(key) or ctx.reg.add(
            Entity(canonical, SpeakerKind.GROUP, gender="f", number="plural", named=False), [key]
        )
        return Mention(entity, end, toks[j].start, toks[end - 1].end)

    return _Candidate("feminine-plural", 1.8, build)


_ONE_OF: Final = fold_set(("أحد", "إحدى"))
_ONE_OF_THEM: Final = fold_set(("أحدهم", "إحداهن", "أحدهما", "إحداهما", "إحداهم"))


def _kin_genitive(w: str) -> bool:
    """A word that can stand in the genitive after a relative: a definite noun or a name word."""
    if w in COMPLEMENTISERS or w in STOPS or is_cue(w) or w in FRAME_WORDS or _told_to(w):
        return False
    return _definite_word(w) or _plain_name(w)


def _told_to(w: str) -> bool:
    """``لقناة``, ``للصحيفة``, ``لوكالة``: a ل-word naming a channel or body the words were told to."""
    return w[:1] == "ل" and (w.startswith("لل") or w[1:] in ORG_HEADS or w[1:] in CHANNEL_WORDS)


def _kin_end(toks: list[Tok], j: int, i: int, n: int) -> int | None:
    """Where a relative's description that starts at ``i`` (after ``أحد`` when ``i > j``) ends, or None
    when the word there is no relative: ``أحدهم``, a head with its pronoun (``والده``), ``أحد`` + a
    definite plural (``أحد الأقارب``), or a head with one to three genitive words (``شقيق الضحية``,
    ``أحد أقارب عمر سواعد``) or, alone, with ``آخر``/``عيان`` (``شاهد آخر``)."""
    w = toks[i].text
    if (i == j and w in _ONE_OF_THEM) or kin_head(w):
        return i + 1
    if i > j and w.startswith("ال") and w[2:] in KIN_NOUNS:
        return i + 1
    if w not in KIN_NOUNS:
        return None
    end = i + 1
    while end < n and end - i <= 3 and _kin_genitive(toks[end].text):
        end += 1
    if end == i + 1 and i == j and end < n and toks[end].text in KIN_QUALIFIERS:
        end += 1
    return end if end > i + 1 else None  # a bare relative noun with nothing that describes it


def _kin_phrase(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``وقال والده إن …``, ``وقال أحد أقارب الشاب إن …``, ``وقال شاهد آخر إن …``, ``وكتب أحدهم في
    منشور:``: a relative (or a witness, a lawyer) described by a pronoun, a genitive or ``آخر``/``عيان``,
    alone or after ``أحد``, then the content or a frame: one unnamed person who speaks (guideline §4.5).
    The name in a genitive is the relative's, never the speaker's, so no name rule may take it."""
    i = j + 1 if toks[j].text in _ONE_OF else j
    end = _kin_end(toks, j, i, n) if i < n else None
    if end is None or (end < n and toks[end].text not in _BOUNDARY and not _told_to(toks[end].text)):
        return None  # "وقال شاهد عيان لقناة …": an addressee after the description closes it too
    group = form.number == "plural" and i == j

    def build() -> Mention:
        canonical = ctx.orig(toks[j].start, toks[end - 1].end)
        key = " ".join(t.text for t in toks[j:end])
        kind = SpeakerKind.GROUP if group else SpeakerKind.PERSON
        number = "plural" if group else "singular"
        entity = ctx.reg.lookup(key) or ctx.reg.add(
            Entity(canonical, kind, gender=form.gender, number=number, role=canonical, named=False), [key]
        )
        return Mention(entity, end, toks[j].start, toks[end - 1].end)

    return _Candidate("kin", 2.2, build)


def _definite_word(w: str) -> bool:
    return w.startswith("ال") and len(w) >= 4 and w.isalpha() and w not in COMPLEMENTISERS and not is_cue(w)


def _participle_plural(w: str) -> bool:
    """ال + a participle (م… or فاعل) + ون: المتهمون, المحتجون, الناشطون."""
    return len(w) >= 8 and w.endswith("ون") and w.startswith("ال") and (w[2] == "م" or w[3] == "ا") and w not in STOPS


def _fuala(w: str) -> bool:
    """The human broken plural فُعَلاء: three root letters, then ا and hamza (not أفعال nouns such as
    إنشاء, and not the colour adjectives فعلاء with a different vowel that real subjects never take)."""
    return len(w) == 5 and w.endswith("اء") and w[0] != "ا" and not w.startswith("ال") and w not in STOPS


def _bare_definite(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``وأضافت اليونيسف في بيان``: one definite word no list knows, closed by a frame, a comma or the
    complementiser, is a named subject — an organisation with a feminine verb, a person by surname
    with a masculine one."""
    w = toks[j].text
    named = None
    if is_nisba(w) and form.gender == "m" and w in NATIONALITIES and not w.endswith("يه"):
        named = _named_before(ctx, w, toks[j].start)
    surname = is_nisba(w) and (_nisba_surname(w, form) or named is not None)
    if (
        not w.startswith("ال")
        or len(w) < 5
        or not is_name_token(w)
        or (is_nisba(w) and not surname)
        or w in OFFICE
        or w in PLACES
        or w in _NOT_ENTITIES
        or w.endswith(("ان", "ين", "ون"))  # a dual or plural (الرجلان), or البرلمان: not one name
        or (w.endswith("ات") and form.gender == "m")  # "ووصف الاشتباكات بأنها": a plural of things
        # takes a feminine verb, so after a masculine one it is the object and the subject is implicit
        or (w.startswith("الت") and len(w) in (6, 7))  # a verbal noun (التوسع, التعاون): "عبّر" is "via"
        or is_cue(w)
        or j + 1 >= n
        or toks[j + 1].text not in _BOUNDARY
        or form.number != "singular"
    ):
        return None
    kind = SpeakerKind.ORGANIZATION if form.gender == "f" else SpeakerKind.PERSON

    def build() -> Mention:
        if named is not None:  # the full name the page gave before (محمد علي الحوثي)
            key = " ".join(ctx.f[named[0] : named[1]].split())
            full = Entity(ctx.orig(*named), kind, gender=form.gender)
            entity = ctx.reg.lookup(key) or ctx.reg.add(full, [key, w])
            return Mention(entity, j + 1, toks[j].start, toks[j].end)
        canonical = ctx.orig(toks[j].start, toks[j].end)
        entity = ctx.reg.lookup(w) or ctx.reg.add(Entity(canonical, kind, gender=form.gender), [w])
        return Mention(entity, j + 1, toks[j].start, toks[j].end)

    return _Candidate("bare-definite", 1.0 if surname else 1.2, build)


def _colour_named(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``وأعلن الصليب الأحمر الدولي أن …``, ``وأشار الهلال الأحمر في بيانه إلى …``: a definite noun and
    a definite colour adjective (and up to two nisbas, ``الدولي``, ``الفلسطيني``) closed by the
    complementiser, a frame, a comma or the cue's preposition name a body with no head noun: an
    organisation, not the object of the report (an object would take no colour-named body's place)."""
    w = toks[j].text
    if not w.startswith("ال") or w in STOPS or j + 2 >= n or toks[j + 1].text not in lx.COLOUR_ADJECTIVES:
        return None
    end = j + 2
    while end < n and end < j + 4 and is_nisba(toks[end].text) and toks[end].text.startswith("ال"):
        end += 1
    if end >= n or not (toks[end].text in _BOUNDARY or toks[end].text in form.preps):
        return None

    def build() -> Mention:
        canonical = ctx.orig(toks[j].start, toks[end - 1].end)
        key = " ".join(t.text for t in toks[j:end])
        entity = ctx.reg.lookup(key) or ctx.reg.add(Entity(canonical, SpeakerKind.ORGANIZATION, gender=form.gender), [key])
        return Mention(entity, end, toks[j].start, toks[end - 1].end)

    return _Candidate("colour-named", 2.0, build)


def _nisba_surname(w: str, form: CueForm) -> bool:
    """``وأوضح الجبوري، في تصريح …``: a nisba-shaped word alone after a masculine verb is a family
    name (الجبوري, الهاشمي), unless it is a nationality or a place's adjective (الأردني, العراقي)."""
    if form.gender != "m" or w.endswith("يه") or w in NATIONALITIES or w in OFFICE or w in TITLES:
        return False
    stem = w[:-1]
    return stem not in PLACES and stem[2:] not in PLACES and stem + "ا" not in PLACES and stem[2:] + "ا" not in PLACES


def _named_before(ctx: Ctx, w: str, before: int) -> tuple[int, int] | None:
    """``وأكد الحوثي، …`` after ``محمد علي الحوثي``: a word the nationality list holds (a group's
    adjective that is also a family name) is a surname when the page, before the cue, wrote it
    after given names (``محمد علي``, ``عبدالملك``); returns that full name's folded span. Only the
    last match counts; a lone علي before it is the preposition على unless a given name precedes."""
    f = ctx.f
    at = f.rfind(" " + w, 0, before)
    while at > 0:
        words = f[max(0, at - 40) : at].split()
        given = 0
        while given < min(3, len(words)) and words[-1 - given] in GIVEN:
            given += 1
        if given and not (given == 1 and words[-1] == "علي"):
            start = at - len(" ".join(words[-given:]))
            return start, at + 1 + len(w)
        at = f.rfind(" " + w, 0, at)
    return None


def _participle(w: str) -> bool:
    """The definite active participle فاعل/فاعلة (العامل, العاملة, الباحث): what a person does."""
    return w.startswith("ال") and len(w) in (6, 7) and w[3] == "ا" and (len(w) == 6 or w.endswith("ه"))


def _described_by(toks: list[Tok], k: int, n: int) -> bool:
    """The word at ``k`` is a participle and a prepositional phrase follows it (``العاملة بمستشفى``,
    ``الباحث في …``): a description of the person named before it, not the end of the name."""
    if k + 1 >= n or not _participle(toks[k].text):
        return False
    nxt = toks[k + 1].text
    return nxt in ("في", "لدي") or (nxt[0] == "ب" and len(nxt) > 3 and not nxt.startswith("بال"))


def _described_name(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``وأكدت نهى محمد العاملة بمستشفى الشفاء لإذاعة الأمل، إن …``: a name, a participle with its
    prepositional phrase (what she does, where) and an addressee; the subject runs to the comma before
    the complementiser, the speaker is the name alone."""
    k = j
    while k < n and k - j < 4 and _plain_name(toks[k].text):
        k += 1
    if not (2 <= k - j <= 3) or not _described_by(toks, k, n):
        return None
    comma = next((m for m in range(k + 2, min(n, k + 12)) if toks[m].text in ("،", ",")), None)
    if comma is None or comma + 1 >= n or toks[comma + 1].text not in COMPLEMENTISERS:
        return None
    if any(toks[m].text in COMPLEMENTISERS or is_cue(toks[m].text) for m in range(k + 1, comma)):
        return None
    score = 3.5 - _disagreement_gender(form, toks[k].text)

    def build() -> Mention:
        m = person(ctx, toks, j, k, None, True)
        return Mention(m.entity, comma, m.start_char, m.end_char)

    return _Candidate("described-name", score, build)


_FIRST_NAME_ENDS: Final = _BOUNDARY | frozenset(("بالقول", "قائلا"))


def _first_name(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``واختتم برانكو بالقول: …``: one name word that starts the full name of exactly one person who
    has already spoken in the article (foreign coaches and players go by first name), closed by the
    content, a frame or ``بالقول``, is that person."""
    w = toks[j].text
    if j + 1 >= n or not _plain_name(w) or w in GIVEN:
        return None
    nxt = toks[j + 1].text
    if not (nxt in _FIRST_NAME_ENDS or nxt in QUOTE_CHARS or nxt in FRAME_WORDS):
        return None
    prefix = w + " "
    found = {
        id(e): e
        for e in ctx.reg.speakers
        if e.kind == SpeakerKind.PERSON and e.named and any(k.startswith(prefix) for k in e.keys)
    }
    if len(found) != 1:
        return None
    entity = next(iter(found.values()))
    score = 2.2 - _disagreement(entity, form)
    return _Candidate("first-name", score, lambda: Mention(entity, j + 1, toks[j].start, toks[j].end))


def _role_ends(toks: list[Tok], j: int, n: int) -> list[int]:
    """Where a role noun phrase no list holds may end: after one definite noun (``المزارع``), or after
    an indefinite noun and one to three definite words, its genitive and adjectives (``نجم المنتخب
    القطري``); the name follows. Ends before a plain word come first: a name starts with one more
    often than with a definite given name (``المعز``)."""
    w = toks[j].text
    if not w[0].isalpha() or w in STOPS or is_cue(w) or w in _BOUNDARY or w in OFFICE or w in PLACES:
        return []
    if pronoun_pp(w):
        return []  # "وجّهت إليهم تهماً": a preposition with a pronoun
    if w.startswith("ال"):
        return [j + 1] if is_name_token(w) and not is_nisba(w) and w not in _NOT_ENTITIES else []
    if w[0] in "وفلبك" or not is_name_token(w) or w.endswith(("ون", "ين", "ان")):
        return []  # a clitic-prefixed word, a plural or a dual is no one's role
    ends = []
    k = j + 1
    while k < n and k - j <= 3 and _genitive_word(toks[k].text):
        k += 1
        ends.append(k)
    return sorted(ends, key=lambda e: e < n and toks[e].text.startswith("ال"))


def _genitive_word(w: str) -> bool:
    definite = w.startswith("ال") and w not in STOPS and w not in FRAME_WORDS
    return definite and not is_cue(w) and w not in _BOUNDARY


def _role_name(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``وقال المزارع كمال يوسف إن``, ``أكد نجم الفريق سامي حداد جاهزية …``: a role noun that no title
    list holds, then a full name (two to four name words) closed by the content (a complementiser, a
    colon, a frame, an abstract noun): the person named, with the role as described. Without this
    reading the name went into the content and the previous speaker got the claim (pro-drop)."""
    for r in _role_ends(toks, j, n):
        if r >= n or is_nisba(toks[r].text):
            continue
        end, _ = parse_name(toks, r, n, after_title=True)
        if not (2 <= end - r <= 4) or end >= n:
            continue
        name = [t.text for t in toks[r:end]]
        if any(_fuala(w) or w in COLLECTIVES or (w[0] in "لب" and w not in GIVEN) for w in name):
            continue
        if not any(w in GIVEN for w in name):
            continue  # an unknown role and no known given name: too little to call it a person
        nxt = toks[end].text
        closes = _closed(toks, end, n) or nxt in FRAME_WORDS or nxt == "ل"  # a frame or an addressee too
        opens_object = form.complement == "np" and (abstract_noun(nxt) or verbal_noun(nxt))
        if closes or opens_object:
            score = 2.4 + (0.4 if closes else 0.0)
            return _Candidate("role-name", score, _role_builder(ctx, toks, j, r, end))
    return None


def _name_then_title(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> _Candidate | None:
    """``وقال ماركو فيلاني المتحدث باسم الوزارة إن``, ``ووصفت X Y المتحدثة باسم الوزارة القرار بأنه``:
    two or three unlisted name words, then a definite title and its genitives: the name is the speaker,
    the title her role, and the content (or the verb's object) starts after the title. Without this
    reading the definite title read as a third name word and nothing closed the subject."""
    k = j
    while k < n and k - j < 4 and _plain_name(toks[k].text) and toks[k].text not in TITLES and not is_cue(toks[k].text):
        k += 1
    if not (2 <= k - j <= 3) or k + 1 >= n:
        return None
    head = toks[k].text
    if not (head.startswith("ال") and head in TITLES) or head in OFFICE:
        return None
    if parse_name(toks, j, k)[0] != k:
        return None  # the plain words are an object or a verbal noun, not a name
    end, nisbas = title_end(ctx, toks, k, n)
    if end <= k + 1 or end >= n:
        return None  # a title word alone may be a surname (سمير الشيخ)
    nxt = toks[end].text
    closes = _closed(toks, end, n) or nxt in FRAME_WORDS or nxt in form.preps  # "… الناطقة باسم الوزارة عن"
    opens_object = form.complement == "np" and nxt[0].isalpha() and not nxt.startswith("ال") and nxt not in STOPS
    if not (closes or opens_object):
        return None
    score = 2.6 + (0.3 if closes else 0.0) - _disagreement_gender(form, head)

    def build() -> Mention:
        role = ctx.orig(toks[k].start, toks[end - 1].end)
        key = " ".join(t.text for t in toks[k:end])
        m = person(ctx, toks, j, k, (role, head, frozenset(nisbas), key), True)
        return Mention(m.entity, end, m.start_char, m.end_char)

    return _Candidate("name-title", score, build)


def _role_builder(ctx: Ctx, toks: list[Tok], j: int, r: int, end: int) -> Callable[[], Mention]:
    def build() -> Mention:
        role = ctx.orig(toks[j].start, toks[r - 1].end)
        key = " ".join(t.text for t in toks[j:r])
        nisbas = frozenset(masculine(t.text) for t in toks[j:r] if is_nisba(t.text))
        return person(ctx, toks, r, end, (role, toks[j].text, nisbas, key), True, start_tok=j)

    return build


def _disagreement_gender(form: CueForm, participle: str) -> float:
    """A feminine verb with a masculine participle (or the reverse) describes someone else."""
    if not form.gender:
        return 0.0
    return 0.0 if (form.gender == "f") == participle.endswith("ه") else 1.0


def _closed(toks: list[Tok], end: int, n: int) -> bool:
    """A subject ends at a boundary: the content marker, a frame, punctuation, a quote or the end."""
    if end >= n:
        return True
    w = toks[end].text
    return w in _BOUNDARY or w in QUOTE_CHARS or not w[0].isalpha() or (w[0] == "ل" and len(w) > 3)


def _indefinite_title(toks: list[Tok], end: int) -> bool:
    return end < len(toks) and toks[end].text in TITLES and not toks[end].text.startswith("ال")


def _disagreement(entity: Entity, form: CueForm) -> float:
    """A penalty when the verb's gender or number cannot be this subject's."""
    if not form.gender and not form.number:
        return 0.0
    if entity.kind == SpeakerKind.PERSON and entity.number == "singular" and form.number == "plural":
        # "طالبوا الوالي تقديم …": the verb's own plural ending is its subject; an unnamed title after
        # it is the object (a named one keeps the old doubt: a name may be written loosely)
        return 1.0 if entity.named else 3.5
    if entity.kind == SpeakerKind.PERSON and form.number == "singular" and entity.gender and form.gender:
        return 1.0 if entity.gender != form.gender else 0.0
    return 0.0


def resolution_of(entity: Entity, named_here: bool) -> str:
    """How a cue's speaker was found, for the confidence model: named in the sentence, a title or
    description only, an organisation, a group, or carried over by agreement (pro-drop)."""
    if not named_here:
        return "pro-drop"
    if entity.kind == SpeakerKind.ORGANIZATION:
        return "org"
    if entity.kind == SpeakerKind.GROUP:
        return "group"
    return "named" if entity.named else "title"


def mark_salient(ctx: Ctx, subject: Mention) -> None:
    """A named person who is the subject of a reporting verb with no content we could read
    (``أوضح X فئات العمالة المستهدفة``) is still the one talking: the next pro-drop cue is his,
    not an earlier speaker's (a teaser's organisation, say)."""
    if subject.entity.named and subject.entity.kind == SpeakerKind.PERSON:
        ctx.reg.spoke(subject.entity)
