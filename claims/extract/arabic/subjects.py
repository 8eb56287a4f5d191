"""Arabic subjects that are not a plain titled name: SVO subjects, appositions, quoted names, unknown names.

VSO with a titled name is handled by ``noun_phrases``; these rules cover the rest of what news copy does
before the content starts.
"""

from __future__ import annotations

from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.content import CONTENT_PREPS, content_start, direct_question
from claims.extract.arabic.cue_forms import CueForm, f, fold_set
from claims.extract.arabic.events import narration_verb
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.noun_phrases import (
    Ctx,
    Mention,
    _plain_name,
    _possessed_object,
    parse_name,
    person,
    registry_match,
)
from claims.extract.arabic.organisations import organisation
from claims.extract.arabic.titles import title_end
from claims.extract.arabic.words import (
    APPEAL_VERBS,
    CHANNEL_WORDS,
    COMPLEMENTISERS,
    FRAME_WORDS,
    GIVEN,
    PLACE_HEADS,
    PLACES,
    SINGULAR_SOURCES,
    STOPS,
    TITLES,
    in_lexicon,
    is_cue,
    is_name_token,
    place_nisbas,
)
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import QUOTE_CHARS, Tok
from claims.text.segment import Span
from claims.types import SpeakerKind

OPENERS: Final = fold_set(
    (
        "في",
        "المقابل",
        "بالمقابل",
        "من",
        "جهته",
        "جهتها",
        "جانبه",
        "جانبها",
        "بدوره",
        "بدورها",
        "كما",
        "فيما",
        "بينما",
        "وفي",
        "ثم",
        "،",
        ",",
        "ناحيته",
        "ناحيتها",
        "وبدوره",
        "وبدورها",
        "جهتهم",
        "جانبهم",
        "بدورهم",
        "وبدورهم",
        "جهتهما",
        "جانبهما",
    )
)


def sentence_initial(toks: list[Tok], k: int, clitic: bool = False) -> bool:
    """Only openers before ``k``; or the resuming ``هذا،`` of news copy before a و-verb (``هذا، وتهيب
    الوزارة …``): without the و, ``هذا يؤكد`` is "this confirms", a demonstrative subject."""
    if clitic and k and toks[0].text in _RESUMING:
        return all(t.text in OPENERS for t in toks[1:k])
    return all(t.text in OPENERS for t in toks[:k])


_RESUMING: Final = fold_set(("هذا",))


def quoted_name(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm | None = None) -> Mention | None:
    """``وعلمت «عكاظ» أن …``: a one-word quoted name is the (media) subject; ``واعتبر”كمال” في حديث
    للإذاعة أن …``: with a frame after it, a quoted name is the subject when the frame leads to the
    complementiser (a person with a masculine verb, else a medium); a person's quoted surname,
    named before, is the subject whatever follows (``ووصف "الحلبي" الوضع بالمستقر``)."""
    nxt = toks[j + 3].text
    inner = toks[j + 1]
    key = inner.text
    known = ctx.reg.lookup(key)
    named = known is not None and known.kind == SpeakerKind.PERSON and known.named
    if nxt not in COMPLEMENTISERS and nxt[0] != "ل" and nxt not in ("،", ",") and not named:
        framed = nxt in ("في", "عبر", "خلال")
        if not framed or (known is None and not _framed_complement(toks, j + 3, n, form)):
            return None  # a known nickname may take a frame: قال "القناص" في تصريحات …
    if known is None and form is not None and form.gender == "m" and _plain_name(key):
        known = ctx.reg.add(Entity(ctx.orig(inner.start, inner.end), SpeakerKind.PERSON, gender="m"), [key])
    entity = known or ctx.reg.add(
        Entity(ctx.orig(inner.start, inner.end), SpeakerKind.ORGANIZATION, gender="f", head="صحيفه"), [key]
    )
    return Mention(entity, j + 3, toks[j].start, toks[j + 2].end)


def _framed_complement(toks: list[Tok], m: int, n: int, form: CueForm | None) -> bool:
    """A frame at ``m`` (``في حديث للإذاعة``) that a complementiser or a colon ends within a few words."""
    if form is None:
        return False
    found = content_start(toks, m, n, form)
    return found is not None and any(t.start == found[0] and t.text in COMPLEMENTISERS for t in toks[m:n])


def quoted_organisation(ctx: Ctx, toks: list[Tok], j: int, n: int) -> Mention | None:
    """``اتهمت «قوات الدعم السريع»، في بيان، …``, ``قال "حزب الله" في بيان إن …``: an organisation name
    in quotation marks right after the cue is its subject when a comma, a frame or the content follows."""
    close = next((m for m in range(j + 2, min(n, j + 7)) if toks[m].text in QUOTE_CHARS), None)
    if close is None or close + 1 >= n:
        return None
    m = parse_mention(ctx, toks, j + 1, close)
    if m is None or m.end != close or m.entity.kind not in (SpeakerKind.ORGANIZATION, SpeakerKind.GROUP):
        return None
    nxt = toks[close + 1].text
    if nxt not in ("،", ",", "في", "عبر", "عن") and nxt not in COMPLEMENTISERS and nxt[0] != "ل":
        return None
    return Mention(m.entity, close + 1, toks[j].start, toks[close].end)


LEFT_OPENERS: Final = fold_set(
    ("كان", "وكان", "كانت", "وكانت", "فيما", "بينما", "كما", "وقد", "فقد", "أما", "وأما", "لكن", "ولكن", "بل")
)
_ACCUSATIVE_HEADS: Final = SINGULAR_SOURCES | TITLES | fold_set(("مسؤول", "متحدث", "ناطق", "دبلوماسي"))
# "غير أن الطراونة اعتبرت …", "كما أن الهيئة العامة للإحصاء أكدت …": the subject of أن is the speaker
_OPENER_PAIRS: Final = fold_set(("غير", "إلا", "الا", "ويبدو", "يبدو", "كما", "وكما"))
# the author-voice openers (``يذكر أن``, ``يشار إلى أن``): the outlet may recall an earlier report
_AUTHOR_VOICE: Final = tuple(f(p) for p in lx.AUTHOR_VOICE)
BETWEEN: Final = fold_set(
    (
        "جهتهم",
        "جانبهم",
        "بدورهم",
        "ناحيتهم",
        "جهتهما",
        "جانبهما",
        "بدورهما",
        "قد",
        "لقد",
        "فقد",
        "،",
        ",",
        "من",
        "جهته",
        "جهتها",
        "جانبه",
        "جانبها",
        "بدوره",
        "بدورها",
        "ناحيته",
        "ناحيتها",
        "ايضا",
        "أيضاً",
    )
)


def left_subject(ctx: Ctx, toks: list[Tok], k: int) -> Mention | None:
    """SVO: ``وكان الوزير قد أعلن …``, ``الوزير الإسباني، من جهته، أكد …``."""
    if k == 0:
        return None
    start = 1 if toks[0].text in LEFT_OPENERS else 0
    if toks[0].text in _OPENER_PAIRS and len(toks) > 1 and toks[1].text in ("ان", "أن"):
        start = 2
    elif ctx.f.startswith(_AUTHOR_VOICE, toks[0].start):  # "يذكر أن X أكد …": a report recalled
        start = next((m + 1 for m in range(1, min(k, 4)) if toks[m].text in ("ان", "أن")), start)
    if start >= k:
        return None
    if start == 2:
        toks = _nominative(toks, start, k)
    m = parse_mention(ctx, toks, start, k)
    if m is None:
        return _after_lead(ctx, toks, start, k) or _first_clause_subject(ctx, toks, k)
    j = skip_apposition(ctx, toks, m.end, k, m)
    while j < k and toks[j].text in BETWEEN:
        j += 1
    return m if j == k else _after_lead(ctx, toks, start, k)


def fronted_topic(ctx: Ctx, toks: list[Tok], k: int, form: CueForm) -> Mention | None:
    """``الحكومة وفي تعميم لها دعت لجنة الإجلاء إلى …``: the sentence opens with a body or a person (a
    topic), maybe a communiqué frame (``وفي تعميم لها``), then a bare appeal verb that agrees with it:
    the topic made the call, and the noun after the verb is its addressee, the call's object."""
    if k == 0 or form.lemma not in APPEAL_VERBS or form.participle or form.imperfect:
        return None
    m = parse_mention(ctx, toks, 0, k, register=False)
    if m is None or m.entity.kind not in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
        return None
    if not m.entity.agrees(form.gender, form.number) or _frame_end(toks, m.end, k) != k:
        return None
    return parse_mention(ctx, toks, 0, k)


def _frame_end(toks: list[Tok], j: int, k: int) -> int:
    """Past the words between a topic and its verb: ``من جهته``-type words, and ``(و)في`` with a
    communiqué noun and its ل-pronoun (``وفي تعميم لها``, ``في بيان له``)."""
    while j < k and toks[j].text in BETWEEN:
        j += 1
    if j + 1 < k and toks[j].text in ("في", "وفي") and toks[j + 1].text in _COMMUNIQUES:
        j += 2
        while j < k and (toks[j].text in _OWN or toks[j].text in BETWEEN):
            j += 1
    return j


_COMMUNIQUES: Final = CHANNEL_WORDS | fold_set(("تعميم", "بلاغ", "منشور", "تدوينة"))
_OWN: Final = fold_set(("له", "لها", "لهم", "رسمي", "رسمية", "صحفي", "صحفية"))


def _after_lead(ctx: Ctx, toks: list[Tok], start: int, k: int) -> Mention | None:
    """``خطوة جديدة من الحكومة، وزير المالية سامي نور ، يتهم …``: a verbless lead phrase and a comma,
    then a named person and the verb: the SVO subject starts after the comma."""
    c = next((m for m in range(k - 2, start, -1) if toks[m].text in ("،", ",")), None)
    while c is not None and c > start and toks[c - 1].text in ("،", ","):
        c -= 1
    if c is None or any(is_cue(t.text) or t.text in COMPLEMENTISERS for t in toks[start:c]):
        return None
    if narration_verb(toks[start:c]) is not None:
        return None  # "أجرى X اتصالاً مع Y، أعرب خلاله …": a clause, not a lead; Y is its object
    m = parse_mention(ctx, toks, c + 1, k, register=False)
    if m is None or not m.entity.named or m.entity.kind != SpeakerKind.PERSON:
        return None
    j = m.end
    while j < k and toks[j].text in BETWEEN:
        j += 1
    return parse_mention(ctx, toks, c + 1, k) if j == k else None


def _first_clause_subject(ctx: Ctx, toks: list[Tok], k: int) -> Mention | None:
    """``ونعى الرئيس X، الجندي، وكتب …``: a sentence opened by a و-verb and a titled, named person,
    then a short object and a comma before the و-joined cue: that person is the cue's subject too."""
    first = toks[0].text
    if (
        k < 3
        or toks[k - 1].text not in ("،", ",")
        or not toks[k].text.startswith("و")
        or not (4 <= len(first) <= 6 and first[0] == "و" and not first[1:].startswith("ال"))
        or first in STOPS
        or is_cue(first)
        or in_lexicon(first[1:], TITLES) is not None
        or in_lexicon(toks[1].text, TITLES) is None
    ):
        return None
    m = parse_mention(ctx, toks, 1, k)
    if m is None or m.entity.kind != SpeakerKind.PERSON or not m.entity.named or k - m.end > 6:
        return None
    between = toks[m.end : k]
    if any(is_cue(t.text) or t.text in QUOTE_CHARS or t.text in COMPLEMENTISERS for t in between):
        return None
    return m


def _nominative(toks: list[Tok], start: int, k: int) -> list[Tok]:
    """``غير أن مصدراً عراقياً مطلعاً … قال``: the subject of أن is accusative; its head and the
    adjectives agreeing with it lose the ``اً`` so the phrase reads as the nominative speaker."""
    head = toks[start].text
    if not (head.endswith("ا") and len(head) >= 4 and in_lexicon(head[:-1], _ACCUSATIVE_HEADS)):
        return toks
    out = list(toks)
    m = start
    while m < k and out[m].text.endswith("ا") and len(out[m].text) >= 4:
        out[m] = Tok(out[m].text[:-1], out[m].start, out[m].end)
        m += 1
    return out


def quote_before(
    ctx: Ctx, toks: list[Tok], k: int, regions: list[Span], opened: list[tuple[int, Draft]]
) -> Span | None:
    """``«…»، قال الوزير، «…»``: the quotation right before an inverted cue is that speaker's too."""
    if k == 0 or (opened and opened[-1][0] < k):
        return None
    m = k - 1
    while m >= 0 and toks[m].text in ("،", ",", "و"):
        m -= 1
    if m < 0:
        return None
    for r in regions:
        if r.end == toks[m].end and toks[m].text in QUOTE_CHARS:
            return None if _quoted_name(ctx, toks, r) else r
    return None


def _quoted_name(ctx: Ctx, toks: list[Tok], r: Span) -> bool:
    """``في تصريح لوكالة أنباء الإمارات "وام"، قال …``: one or two quoted words right after a word
    are a name (an agency, a brand), not a quotation."""
    words = [i for i, t in enumerate(toks) if r.start < t.start and t.end < r.end]
    before = ctx.f[: r.start].rstrip()
    if len(words) > 2:
        return False
    if bool(before) and before[-1].isalpha():
        return True
    # ``"سليم" أضاف أن …``: a known speaker's name quoted right before the verb (no comma) is its subject
    after = next((t for t in toks if t.start >= r.end), None)
    if not words or after is None or after.text in ("،", ","):
        return False
    hit = registry_match(ctx, toks, words[0], words[-1] + 1)
    return hit is not None and hit[1] == words[-1] + 1


def construct_subject(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> Mention | None:
    """``أعلنت خلية الإعلام الأمني، الأحد، عن …``: an unknown noun + definite genitives, then a comma or
    the cue's own complement, is a subject (an organisation), not the content."""
    w = toks[j].text
    if w.startswith("ال") or not w[0].isalpha() or w in STOPS or is_cue(w):
        return None
    if w[0] in "لبو" and w not in PLACE_HEADS:
        return None  # a clitic-prefixed word; ولاية, وزارة spell و as a root letter
    if _possessed_object(w):
        return None  # "ووصفت حالتهما الصحية بأنها …": a noun with a pronoun heads no construct, no body
    k = j + 1
    while k < n and k - j <= 3 and toks[k].text.startswith("ال") and toks[k].text not in STOPS:
        k += 1
    if k == j + 1 or k >= n:
        return None
    nxt = toks[k].text
    if nxt != "،" and nxt not in COMPLEMENTISERS and not (nxt in form.preps and nxt in CONTENT_PREPS):
        return None
    return organisation(ctx, toks, j, k)


def quote_ends_before(toks: list[Tok], k: int) -> bool:
    m = k - 1
    while m >= 0 and toks[m].text in ("،", ",", "و"):
        m -= 1
    return m >= 0 and toks[m].text in QUOTE_CHARS


def bare_subject(ctx: Ctx, toks: list[Tok], j: int, n: int) -> Mention | None:
    """An untitled, unknown name right before a complementiser: ``وقال زيد عمرو إن …``."""
    end, _ = parse_name(toks, j, n, subject=True)
    w = toks[j].text
    if end == j and j + 1 < n and w[0] in "لبك" and len(w) >= 4 and is_name_token(w) and _lone_name(w):
        end = j + 1  # "وقال بايدن في خطاب إن …": the frame and complementiser check below decide
    if end == j and j + 1 < n and is_name_token(w) and _lone_name(w) and direct_question(toks, j + 1, n):
        end = j + 1  # "وأضاف أردوغان هل توجد …؟": an unlisted name word, then the speaker's own question
    if end == j or end >= n or end - j > 4:
        return None
    nxt = toks[end].text
    if nxt in ("،", ",") and end + 1 < n and in_lexicon(toks[end + 1].text, TITLES):
        pass  # "وقالت سهر الدماطي، نائب رئيس بنك مصر، إن …"
    elif nxt in FRAME_WORDS and end - j >= 2 and not any(t.text.endswith(("ون", "ين")) for t in toks[j:end]):
        pass  # "وقال برانكو إيفانكوفيتش في مؤتمر صحفي إن …": two name words, then a frame or a time word
    elif nxt in FRAME_WORDS and end - j == 1 and _lone_name(toks[j].text) and _says_after(toks, end, n):
        pass  # "وقال بوتين خلال اجتماع … إن …": one unlisted name word, a frame, then the complementiser
    elif end - j == 1 and _lone_name(w) and direct_question(toks, end, n):
        pass  # a name word, then the speaker's unmarked question
    elif nxt not in COMPLEMENTISERS and nxt != ":" and not (end - j >= 2 and nxt[0] == "ل" and len(nxt) > 2):
        return None
    elif w[0] in "لبك" and end == j + 1 and w not in GIVEN:
        return None  # a ب/ل/ك word alone before the content is a prepositional phrase (بصراحة إن)
    return person(ctx, toks, j, end, None, True)


def _lone_name(w: str) -> bool:
    """A word that may stand alone as a surname: no pronoun, plural, feminine or clitic ending."""
    return w[0] != "و" and not w.endswith(("ه", "ها", "هم", "نا", "ون", "ات", "وا")) and w not in STOPS


_SAYS_WITHIN: Final = 14


def _says_after(toks: list[Tok], m: int, n: int) -> bool:
    """A complementiser or a colon a few words on, with no other verb of saying before it."""
    for k in range(m, min(n, m + _SAYS_WITHIN)):
        w = toks[k].text
        if w in COMPLEMENTISERS or w == ":":
            return True
        if w in ".؟?!؛" or is_cue(w):
            return False
    return False


def skip_apposition(ctx: Ctx, toks: list[Tok], j: int, n: int, subject: Mention) -> int:
    """``X، المتحدث باسم …، إن``: the apposition is the role, the content starts after it; an acronym
    in brackets (``القيادة المركزية الأمريكية (سنتكوم)``) belongs to the name; the comma closing a
    name set off by commas (``كشف مدير البلدية، خالد عمر، عزم …``) ends the subject, not a clause."""
    closing = j + 1 < n and toks[j].text == "،" and toks[j + 1].text[0].isalpha()
    if closing and _comma_inside(toks, subject, j):
        return j + 1
    if j < n and toks[j].text in _WHO:
        return _past_relative(toks, j, n)
    if j < n and toks[j].text == "(":
        close = next((m for m in range(j + 1, min(n, j + 5)) if toks[m].text == ")"), None)
        if close is not None:
            j = close + 1
    elif j + 2 < n and toks[j].text in QUOTE_CHARS and toks[j + 2].text in QUOTE_CHARS:
        if toks[j + 1].text in subject.entity.keys:
            j += 3  # a known name's quoted acronym or brand (… الرسمية "برناما")
    if j < n and toks[j].text in TITLES and not toks[j].text.startswith("ال") and _person_named(subject):
        end, _ = title_end(ctx, toks, j, n)  # "سلطان الجابر وزير الصناعة، …": a role after the name
        _give_role(ctx, toks, j, end, subject.entity)
        return end + 1 if end < n and toks[end].text == "،" else end
    person = subject.entity.kind == SpeakerKind.PERSON
    if j + 2 < n and toks[j].text in TITLES and person and _person_named(subject):
        # "اللواء سامي نور الناطق باسم القيادة، أن …": a definite title with its genitive after the
        # name, closed by a comma or the complementiser, is the person's role too
        end, _ = title_end(ctx, toks, j, n)
        if end + 2 < n and toks[end].text == "في" and toks[end + 1].text in PLACES:
            end += 2  # "… في العراق": where the body sits
        end = _lam_genitive_tail(toks, end, n)
        closer = toks[end].text if end < n else ""
        if end > j + 1 and (closer in ("،", ",") or closer in COMPLEMENTISERS or closer in _CUE_PREPS):
            # "أعربت X الناطقة باسم الوزارة عن دهشتها": the cue's own preposition closes the role too
            _give_role(ctx, toks, j, end, subject.entity)
            return end + 1 if closer in ("،", ",") else end
    if j + 1 < n and toks[j].text == "،" and toks[j + 1].text in TITLES:
        for m in range(j + 2, min(n, j + 14)):
            if toks[m].text == "،":
                _give_role(ctx, toks, j + 1, m, subject.entity)
                return _coordinated_roles(toks, m + 1, n)
    return j


_ROLE_WORDS: Final = 8


def _lam_genitive_tail(toks: list[Tok], end: int, n: int) -> int:
    """``X الأمين العام للاتحاد الأردني لكرة السلة أن``: a ل + indefinite noun + definite genitive
    right after the role, with the complementiser or a comma next, ends the role (an addressee there
    would leave the content where it is too, so only the role's extent is at stake)."""
    w = toks[end].text if end < n else ""
    if (
        end + 2 < n
        and len(w) >= 4
        and w[0] == "ل"
        and not w.startswith("لل")
        and not w[1:].startswith("ال")
        and w not in STOPS
        and is_name_token(w[1:])
        and toks[end + 1].text.startswith("ال")
        and (toks[end + 2].text in ("،", ",") or toks[end + 2].text in COMPLEMENTISERS)
    ):
        return end + 2
    return end


def _coordinated_roles(toks: list[Tok], p: int, n: int) -> int:
    """``X، نائب رئيس …، وعضو مجلس …، والبرلمان العربي، أن``: further roles joined by و, each closed
    by a comma, belong to the apposition when a complementiser follows the last of them. A role
    without و (``X، عضو المجلس …، حاكم الإمارة، على …``) is one more apposition, and the cue's
    preposition after the last comma ends them as a complementiser does."""
    q = p
    while q < n and len(toks[q].text) > 2 and (toks[q].text[0] == "و" or _bare_title(toks[q].text)):
        comma = next((m for m in range(q + 1, min(n, q + _ROLE_WORDS)) if toks[m].text in ("،", ",")), None)
        if comma is None or any(
            t.text in COMPLEMENTISERS or t.text in QUOTE_CHARS or is_cue(t.text) for t in toks[q:comma]
        ):
            return p
        q = comma + 1
    return q if q > p and q < n and (toks[q].text in COMPLEMENTISERS or toks[q].text in _CUE_PREPS) else p


_CUE_PREPS: Final = frozenset(("علي", "عن", "الي"))  # a cue's phrasal preposition (folded)


def _bare_title(w: str) -> bool:
    """``حاكم``, ``رئيس``: an indefinite title word, the head of a role in construct."""
    return w in TITLES and not w.startswith("ال")


def _person_named(subject: Mention) -> bool:
    """A named person, or a given name with a title-word surname (``سمير الشيخ``, ``كمال السيد``),
    which the registry records under its surname as a role."""
    entity = subject.entity
    if entity.named:
        return True
    words = entity.canonical.split()
    return entity.kind == SpeakerKind.PERSON and len(words) >= 2 and words[0] in GIVEN and entity.role == words[-1]


_WHO: Final = fold_set(("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي"))
_RELATIVE_WORDS: Final = 12


def _past_relative(toks: list[Tok], j: int, n: int) -> int:
    """``وأكد الموظف الذي رفض ذكر اسمه ، أن …``: a relative clause describing the subject runs to the
    comma before the complementiser (or to the complementiser); its verbs are no reports of their own.
    Without such an end nearby the clause is left where it is."""
    for m in range(j + 2, min(n, j + _RELATIVE_WORDS)):
        w = toks[m].text
        if w in QUOTE_CHARS and _quotes_to_the_end(toks, m, n):
            return m  # "وتساءل X الذي يزور المدن في إطار الحملة "كيف …؟"": the quotation is the content
        if w in ".؟?!؛:" or w in QUOTE_CHARS:
            return j
        if w in COMPLEMENTISERS:
            return m
        if w in ("،", ",") and m + 1 < n and toks[m + 1].text in COMPLEMENTISERS:
            return m
    return j


def _quotes_to_the_end(toks: list[Tok], m: int, n: int) -> bool:
    """A quotation opening at ``m`` whose closing mark ends the sentence (a stop may follow it)."""
    last = n - 1
    while last > m and toks[last].text in ".؟?!":
        last -= 1
    return last > m + 2 and toks[last].text in QUOTE_CHARS and not any(
        t.text in QUOTE_CHARS for t in toks[m + 1 : last]
    )


def _comma_inside(toks: list[Tok], subject: Mention, j: int) -> bool:
    """Does the subject phrase hold the comma that opened its apposition (``مدير البلدية، خالد عمر``)?"""
    return any(t.text == "،" and subject.start_char < t.start for t in toks[max(0, j - 8) : j])


def _give_role(ctx: Ctx, toks: list[Tok], i: int, j: int, entity: Entity) -> None:
    """Record an apposition's office, so a later title-only mention (``وزير التموين``) finds the person.

    An honorific alone (``الدكتور``) is not an office: the apposition replaces it as the shown role.
    """
    if not entity.role or len(entity.role.split()) == 1:
        entity.role = ctx.orig(toks[i].start, toks[j - 1].end)
    key = " ".join(t.text for t in toks[i:j])
    if key not in entity.role_key:
        entity.role_key = f"{entity.role_key} {key}".strip()
    entity.nisbas = entity.nisbas | place_nisbas([t.text for t in toks[i:j]])
