"""The entry point for an Arabic speaker phrase: ``parse_mention`` picks the rule by the first word.

Split from ``noun_phrases`` so that the phrase rules (``titles``, ``organisations``, ``statements``)
build on its types and helpers without importing back the dispatcher that calls them.
"""

from __future__ import annotations

from typing import Final

from claims.extract.arabic import organisations as _orgs
from claims.extract.arabic import statements as _statements
from claims.extract.arabic import titles as _titles
from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.noun_phrases import (
    HONORIFICS,
    Ctx,
    Mention,
    _plain_name,
    construct_plural,
    parse_name,
    person,
    registry_match,
)
from claims.extract.arabic.words import (
    COLLECTIVES,
    CONNECTORS,
    DATA_WORDS,
    DEFINITE_GIVEN,
    GIVEN,
    OFFICE,
    ORG_HEADS,
    QUANTIFIERS,
    SINGULAR_SOURCES,
    STATEMENT_WORDS,
    STOPS,
    TITLES,
    in_lexicon,
    is_cue,
    is_name_token,
    is_nisba,
    strip_clitic,
)
from claims.extract.core.tokens import Tok
from claims.types import SpeakerKind

_ROYAL: Final = fold_set(("الأمير", "الأميرة", "الشيخ", "الشيخة", "سمو", "أمير", "ولي"))


# "د.", "أ.", "م.": doctor, ustadh, engineer abbreviated right before the name (folded: أ → ا)
_COURTESY_LETTERS: Final = frozenset(("د", "ا", "م"))


def parse_mention(ctx: Ctx, toks: list[Tok], i: int, limit: int, *, register: bool = True) -> Mention | None:
    """A speaker phrase starting at token ``i``: titled person, organisation, collective or known name."""
    if i >= limit or not toks[i].text[0].isalpha():
        return None
    w = toks[i].text
    if w in _COURTESY_LETTERS and i + 2 < limit and toks[i + 1].text == "." and toks[i + 2].text[0].isalpha():
        inner = parse_mention(ctx, toks, i + 2, limit, register=register)  # "وأضاف د.الخطيب: …"
        return Mention(inner.entity, inner.end, toks[i].start, inner.end_char) if inner is not None else None
    if w in QUANTIFIERS and i + 1 < limit and toks[i + 1].text.startswith("ال"):
        # "بعض السكان", "معظم النواب": a quantity noun in construct with a group of people is that
        # group's part, which speaks as an unnamed collective (§4.5); a group of things is no speaker
        inner = parse_mention(ctx, toks, i + 1, limit, register=False)
        if inner is not None and inner.entity.kind == SpeakerKind.GROUP and " + " not in inner.entity.canonical:
            return _orgs.collective(ctx, toks, i, limit, w)
    head = in_lexicon(w, TITLES) or in_lexicon(w, ORG_HEADS) or in_lexicon(w, COLLECTIVES) or _oblique(w) or w
    if head == w and w.endswith("و") and len(w) >= 5 and i + 1 < limit:
        plural = construct_plural(strip_clitic(w))
        if plural is not None:  # "مهنيو القطاع", "مسؤولو الوزارة": a construct plural is a collective
            return _orgs.collective(ctx, toks, i, limit, plural)
    if head in HONORIFICS:  # سموه, معاليه: always a person, never the agency quoting him
        people = [e for e in ctx.reg._recent() if e.kind == SpeakerKind.PERSON and e.named]
        royal = w.startswith("سمو") or w.startswith("وسمو")  # His Highness: a prince or a sheikh
        speaker = next((e for e in people if royal and _ROYAL & set(e.role_key.split())), None)
        speaker = speaker or (people[0] if people else ctx.reg.implicit("", "singular", toks[i].start))
        return Mention(speaker, i + 1, toks[i].start, toks[i].end) if speaker is not None else None
    if head in TITLES and _adjective_title(toks, i):
        return None  # "مؤتمر صحفي": a nisba-shaped title word after an indefinite noun is its adjective
    if head in TITLES:
        return _titles.titled(ctx, toks, i, limit, register)
    known = registry_match(ctx, toks, i, limit)
    if known is not None and known[1] == i + 1 and head in GIVEN and known[0].kind == SpeakerKind.PERSON:
        end, clear = parse_name(toks, i, limit)
        if end > i + 1 and clear:  # "الملك حسين" named before: "حسين الشيخ" is another, longer name
            return person(ctx, toks, i, end, None, register)
    if known is not None:
        entity, end = known
        return Mention(entity, end, toks[i].start, toks[end - 1].end)
    if head in ORG_HEADS or _unlisted_body(toks, i, limit):
        return _orgs.organisation(ctx, toks, i, limit)
    if head in COLLECTIVES or head in SINGULAR_SOURCES:
        return _orgs.collective(ctx, toks, i, limit, head)
    if head == w and i + 1 < limit:
        stem = strip_clitic(w)
        # "دبلوماسيون غربيون", "منتخبون بالمجلس": people; "مسؤولان زراعيان في …": two people
        if _nisba_plural(stem) or _participle_people(stem) or _title_dual(stem):
            return _orgs.collective(ctx, toks, i, limit, stem)
    if head in STATEMENT_WORDS:
        return _statements.statement(ctx, toks, i, limit)
    if head in DATA_WORDS:
        return _statements.statement(ctx, toks, i, limit, issuer_only=True)
    if head in GIVEN or (head in ("ابو", "ام", "بو") and i + 1 < limit and _plain_name(toks[i + 1].text)):
        end, _ = parse_name(toks, i, limit)
        if end > i:
            return person(ctx, toks, i, end, None, register)
    given_end = _definite_given(toks, i, limit)
    if given_end is not None:
        return person(ctx, toks, i, given_end, None, register)
    return None


def _adjective_title(toks: list[Tok], i: int) -> bool:
    """An indefinite title word of nisba shape (``صحفي``, ``إعلامي``) right after an indefinite common
    noun (``مؤتمر صحفي``, ``بيان إعلامي``) agrees with that noun as its adjective: nobody's title."""
    w = toks[i].text
    if i == 0 or w.startswith("ال") or not w.endswith(("ي", "يه")):
        return False
    prev = toks[i - 1].text
    return (
        len(prev) > 2
        and prev[0].isalpha()
        and not prev.startswith(("ال", "وال"))
        and prev not in STOPS
        and prev not in TITLES
        and prev not in GIVEN
        and not is_cue(prev)
    )


def _unlisted_body(toks: list[Tok], i: int, limit: int) -> bool:
    """``المشيخة العامة للطريقة القادرية``: an unlisted definite feminine noun, then an organisation
    adjective (``العامة``, ``العليا``) and a لل-genitive, is a body by its shape."""
    w = strip_clitic(toks[i].text)
    return (
        i + 2 < limit
        and w.startswith("ال")
        and w.endswith("ه")
        and len(w) > 4
        and toks[i + 1].text in _orgs.ORG_ADJECTIVES
        and (toks[i + 2].text.startswith("لل") or toks[i + 2].text in ("،", ","))
    )


def _plain_word(w: str) -> bool:
    """A word that can stand in a name: no title, office, organisation, group, stop word or cue."""
    return (
        is_name_token(w)
        and w[0] != "و"
        and not (
            in_lexicon(w, TITLES)
            or in_lexicon(w, ORG_HEADS)
            or in_lexicon(w, COLLECTIVES)
            or w in OFFICE
            or w in STOPS
            or is_cue(w)
        )
    )


def _definite_given(toks: list[Tok], i: int, limit: int) -> int | None:
    """A given name that carries the article (``المختار``, ``الطاهر``; common in the Maghreb), known by
    its slot, not by a list: in the subject slot, a definite word that is neither title, office,
    organisation, nisba nor feminine noun is a first name when a name connector follows (``المختار
    بن العربي``); without a connector, when the word is a given name with the article added
    (``الطاهر`` ← ``طاهر``) and one more name word follows, then a title or a comma (``الطاهر
    العلوي رئيس …``: the role in apposition). Returns the name's end."""
    w = toks[i].text
    if not (w.startswith("ال") and len(w) > 4 and w[-1] != "ه" and _plain_word(w) and not is_nisba(w)):
        return None  # "المعارضة", "الحكومة": a feminine definite noun is a common noun, not a first name
    if i + 2 >= limit:
        return None
    nxt = toks[i + 1].text
    if nxt in CONNECTORS and i + 2 < limit and is_name_token(toks[i + 2].text):
        end = i + 3
        while end + 1 < limit and toks[end].text in CONNECTORS and is_name_token(toks[end + 1].text):
            end += 2  # "المختار بن محمد بن العربي"
        return end
    if not (_plain_word(nxt) and (w[2:] in GIVEN or w in DEFINITE_GIVEN)):
        return None  # "الجيش السوداني": no given name without its article (مختار, طاهر, حبيب)
    after = toks[i + 2].text
    return i + 2 if after in ("،", ",") or in_lexicon(after, TITLES) else None


def _oblique(w: str) -> str | None:
    """``عن مزارعين …``: the oblique sound plural (``ين``) of a listed collective (``مزارعون``)."""
    if len(w) > 5 and w.endswith("ين") and not strip_clitic(w).startswith("ال"):  # "دعا المواطنين": an object
        for stem in (w, strip_clitic(w)):  # فلاحين: the ف is the word's own
            if stem[:-2] + "ون" in COLLECTIVES:
                return stem[:-2] + "ون"
    return None


def _title_dual(w: str) -> bool:
    """``مسؤولان``, ``خبيران``, ``ضابطان``: the indefinite nominative dual of a title word names two
    unnamed people, a group described like the plural (its nisbas, then where it serves); an open
    class, as every title has its dual."""
    return len(w) >= 5 and w.endswith("ان") and not w.startswith("ال") and w[:-2] in TITLES


def _participle_people(w: str) -> bool:
    """``منتخبون``, ``مسلحون``, ``معتصمون``: the indefinite sound masculine plural of a participle (م and
    at least three root letters, then ون) names people, an open class like the nisba plurals; the
    five-letter nouns in ون (مضمون, مخزون) are shorter."""
    if w in STOPS or is_cue(w):
        return False
    if w[0] == "م" and (w.endswith("ون") and len(w) >= 6 or w.endswith("ين") and len(w) >= 7):
        return True  # the oblique (``بحسب مشاركين``, ``غير أن مراقبين``) is longer than ملايين
    # the active participle of the simple verb, فاعلون/فاعلين (``حاضرون``, ``ناشطين``); not a dual in تين
    return len(w) == 6 and w[1] == "ا" and w.endswith(("ون", "ين")) and not w.endswith("تين")


def _nisba_plural(w: str) -> bool:
    """``دبلوماسيون``, ``سياسيون``, ``برلمانيون``: the sound plural of a nisba names people (an open
    class; the listed collectives cannot hold them all)."""
    if w[0] in "لب" and w[1:] in ORG_HEADS:
        return False  # "لتلفزيون المدينة": a preposition on a body word that ends in يون, the addressee
    return len(w) >= 7 and w.endswith("يون") and w not in STOPS and not is_cue(w)
