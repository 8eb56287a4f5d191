"""Arabic titled speaker phrases: where a title ends (offices, nisbas, genitives, places), the name
after it, a title alone resolved by its role, and a name right before an indefinite title.

``نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي``, ``الناطق باسم المحكمة، القاضي منير بن
عثمان،``, ``العميد الحسن عبد الرحمن النور``; ``الوزير`` → the person registered with that role.
"""

from __future__ import annotations

from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.cue_forms import cue_forms, f, fold_set
from claims.extract.arabic.noun_phrases import (
    THEOPHORIC,
    Ctx,
    Mention,
    _plain_name,
    _title_gender,
    parse_name,
    person,
    registry_match,
    verbal_noun,
    waw_given_end,
)
from claims.extract.arabic.title_rules import (
    _HONORIFIC_TITLES,
    _after_named,
    _by_first_name,
    _genitive_slot,
    _key,
    _known_nisba,
    _place_like,
    _prepositional,
    _surname,
)
from claims.extract.arabic.words import (
    APPEAL_VERBS,
    CHANNEL_WORDS,
    COLLECTIVES,
    COMPLEMENTISERS,
    CONNECTORS,
    DEFINITE_GIVEN,
    DIRECTIONS,
    DUALS,
    EVENT_VERBS,
    FEMALE_GIVEN,
    FRAME_WORDS,
    GIVEN,
    HEADS,
    MEDIA_HEADS,
    NATIONALITIES,
    OFFICE,
    ORG_HEADS,
    PATRONYMICS,
    PEOPLE_PLURALS,
    PLACE_HEADS,
    PLACES,
    STOPS,
    TITLES,
    derived_verbal_noun,
    in_lexicon,
    indefinite_nisba,
    is_cue,
    is_name_token,
    is_nisba,
    masculine,
    place_nisbas,
    strip_clitic,
    title_word,
)
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import QUOTE_CHARS, Tok
from claims.types import SpeakerKind


def title_end(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> tuple[int, set[str]]:
    """End of the title phrase whose head is at ``i`` (offices, nisbas, genitives, places), and its nisbas."""
    j = i + 1
    nisbas: set[str] = set()
    firsts = ctx.reg.first_words
    rank = in_lexicon(toks[i].text, _RANKS) is not None
    while j < limit:
        w = toks[j].text
        if _abbreviated_title(toks, j, limit):
            j += 2  # "وزيرة الصحة د.سلمى حداد", "رئيس البلدية أ. X": an abbreviated Dr, Prof, Eng ends the title
            break
        if j == i + 1 and w in _ACTING and strip_clitic(toks[i].text) in _ACTING_HEADS:
            j += 1  # "القائم بأعمال رئيس الوزراء": the acting holder; the office follows as its genitive
            continue
        if (j == i + 1 or _joined_office(toks[j - 1].text)) and _construct_genitive(toks, j - 1, j):
            j += 1  # "مدرب منتخبنا", "مديرة قسم اللقاحات": an indefinite head's next word is its genitive
            continue  # and so a second office's ("… وكبير إدارييها التنفيذيين هشام …")
        if (rank and j == i + 1 and _definite_given(toks, j, limit)) or (
            w in DEFINITE_GIVEN and j + 1 < limit and _plain_name(toks[j + 1].text)
        ):
            break  # "العميد الحسن عبد الرحمن النور", "وزير التجارة الطيب زيتوني": the name starts here
        if j > i + 1 and _given_not_office(toks, j, limit):
            break  # "رئيس الشركة وكبير إدارييها التنفيذيين أمين الناصر إن": أمين is the given name here
        if (j > i + 1 and _name_after_rank(toks, i, j, limit)) or _definite_led_name(toks, j, limit) > j:
            break  # "وزير التعليم الدكتور التهامي الزين حجر": after an inner rank, a definite first name
        if j > i + 1 and _patronymic_start(toks, j, limit):
            break  # "باسم الحكومة الداه ولد سيدي": a definite word before ولد/بن is the given name
        compound = j + 1 < limit and toks[j + 1].text in THEOPHORIC and w not in _CLERICS
        if compound and not w.startswith(("ال", "و")):
            break  # "… الماليزي أمير الدين حسن": a word before الدين/الله is a compound given name
        if (
            (w in firsts or w[1:] in firsts)
            and registry_match(ctx, toks, j, limit, SpeakerKind.PERSON) is not None
            and not _genitive_slot(toks, j)
        ):
            break  # a known name: "الوزير العتيقي"
        if (
            w in TITLES
            and not w.startswith("ال")
            and toks[i].text.startswith(("ال", "وال"))
            and all(t.text.startswith("ال") for t in toks[i + 1 : j])
        ):
            break  # "وحمّل المدرب الفرنسي حكمَ …": an indefinite noun after a definite phrase is the object
        if w in DUALS and strip_clitic(toks[i].text).startswith("ال"):
            break  # "ودعت المسؤولة الأممية الطرفين إلى": the two sides after a definite title, the object
        if _object_after(toks, i, j, limit):
            break  # "ودعا المحافظ السكان إلى …", "وطالب الوزير الحكومة بـ…": the object, then its preposition
        if j > i + 1 and _topic_object(toks, j, limit):
            break  # "حسم … وزير الصحة الجدل حول …": the noun a topic preposition follows is the object
        if j > i + 1 and _disagreeing_definite(toks, i, j):
            break  # "والتمس محامي المتهم البراءة": a feminine noun after a masculine genitive, the object
        if (
            w in QUOTE_CHARS
            and j > i + 1
            and (toks[j - 1].text in _QUOTED_AFTER or _body_head(toks[j - 1].text))
        ):
            close = _quoted_genitive(toks, j, limit)
            if close is None:
                break
            j = close + 1  # "المتحدث باسم “هيئة التفاوض” يحيى …", "عضو تكتل “…” النائب …": the body's name
            continue
        if toks[j - 1].text == "باسم" and j > i + 1 and _spoken_body_word(w):
            j += 1  # "الناطق باسم محاكم المدينة، X": the body spoken for is never the name
            if not w.startswith("ال") and j < limit and _spoken_body_word(toks[j].text) and toks[j].text not in GIVEN:
                j += 1  # an indefinite body in construct: its genitive ("محاكم صفاقس") too
            continue
        if _other_gender_office(toks[i].text, w):
            break  # "الوالي ورئيسة الجماعة": an office of the other gender is a second person, not a second office
        if w in _FOR_IT:
            j += 1  # "المتحدث باسمها العقيد …": the body spoken for is the pronoun's (the ministry named before)
            continue
        if w in _ALLEGED and j > i:
            j += 1  # "المسؤول المفترض": "alleged" closes the title; it is no surname
            break
        if (
            w in ("،", ",")
            and j + 2 < limit
            and toks[j + 1].text == "باسم"
            and toks[j - 1].text != "باسم"
            and _spoken_for_body(toks[j + 2].text)
        ):
            j += 1  # "الناطق الرسمي، باسم الحكومة …": a comma before the body spoken for stays inside
            continue
        if w == "(" and j > i + 1 and (close := _bracket_gloss(toks, j, limit)) is not None:
            j = close + 1  # "باسم الرئاسة الروسية (كرملين) دميتري …": a short gloss inside the title
            continue
        if j > i + 1 and _addressed_medium(w):
            break  # "قال مسؤول أمني كبير لشبكة إرم الإخبارية إن": the medium told, not the office's body
        if j > i + 1 and _lam_genitive(toks, j, limit):
            j += 2  # "مدرب منتخب عمان لكرة القدم، الصربي …": the construct "for football" ends the title
            continue
        if j > i + 1 and _lam_genitive(toks, j, limit, joined=True):
            j += 3  # "مدير الشركة الوطنية لاستغلال وتوزيع المياه X": two nouns sharing one genitive
            continue
        if w in _ACCREDITED and j + 2 < limit and toks[j + 1].text == "لدي":
            j = max(j + 3, _in_phrase(toks, j + 2, limit))  # "سفير الصين المعتمد لدى سلطنة عمان"
        elif w in DIRECTIONS and j > i + 1 and (m := _direction_end(toks, j, limit)) > j:
            j = m  # "مسؤول ملف المياه جنوب المحافظة X": the part of the place the office covers
        elif len(w) > 3 and w[0] == "ل" and w[1:] in TITLES and not w[1:].startswith("ال") and j > i + 1:
            j += 1  # "النائب الأول لرئيس مجلس النواب": the office of whom, a title in the genitive
        elif j > i + 2 and _apposed_body(toks, j, limit):
            j += 2  # "رئيس كتلة الدعوة تنظيم الداخل X": the bloc's wing, a body in apposition, then the name
        elif _construct_stop(toks, i, j):
            j += 1  # "مدير إدارة مسرح الجريمة": an indefinite noun's definite genitive, though a common word
        elif title_word(w):
            if is_nisba(w):
                nisbas.add(masculine(w))
            j += 1
            base = w[1:] if w[0] in "لب" and (w[1:] in ORG_HEADS or w[1:] in PLACE_HEADS) else w
            if (base in ORG_HEADS or base in PLACE_HEADS) and not base.startswith("ال") and j < limit:
                if _two_word_place(toks, j, limit):
                    j += 2  # "عميد بلدية وادي الريم هشام …": a place of two words, then a given name
                elif _plain_name(toks[j].text) and (toks[j].text not in GIVEN or _named_body(base, toks, j, limit)):
                    j += 1  # construct state with a proper name: حركة حماس, مجمع سوناطراك
                    if base in PLACE_HEADS and _place_genitive(toks, j, limit):
                        j += 1  # "بولاية نهر النيل سلمى …": a place named by a construct, then the name
        elif (
            w in PLACE_HEADS
            and j + 1 < limit
            and toks[j + 1].text in QUOTE_CHARS
            and (close := quoted_name_end(toks, j + 1, limit)) is not None
        ):
            j = close + 1  # "في مدينة «الخمس»": a place named in quotation marks
        elif (
            w in PLACE_HEADS
            and j + 1 < limit
            and (
                is_name_token(toks[j + 1].text)
                or toks[j + 1].text in PLACES
                or toks[j + 1].text.startswith("ال")
            )
        ):
            j += 2  # إقليم كوردستان, منطقة الرياض
        elif indefinite_nisba(w) and not toks[j - 1].text.startswith("ال"):
            j += 1  # مسؤول أمني إسرائيلي
        elif toks[j - 1].text in _CHARGED and w.startswith("بال") and len(w) > 4 and j > i + 1:
            j += 1  # "كاتب الدولة المكلف بالمياه": the portfolio the office is charged with
        elif w in _RANK_QUALIFIERS and _indefinite_described(toks, i, j):
            j += 1  # "مسؤول مصري رفيع المستوى", "دبلوماسي غربي بارز": the rank closes the description
            if j < limit and toks[j].text == "المستوي":
                j += 1
        elif (
            w in ("في", "ب")
            and j + 2 < limit
            and toks[j + 1].text in PLACE_HEADS
            and toks[j + 2].text in QUOTE_CHARS
            and (close := quoted_name_end(toks, j + 2, limit)) is not None
        ):
            j = close + 1  # "مدير الإسعاف في مدينة «الخمس»": the office's place, quoted
        elif (
            w in ("في", "ب", "لدي", "من", "عن")
            and not (j + 1 < limit and _possessed(ctx, toks[j + 1]))
            and (m := _in_phrase(toks, j + 1, limit)) > j + 1
        ):
            j = m  # "أستاذ العلوم السياسية في جامعة بغداد الدكتور …", "القيادي في «التيار الصدري» …"
        elif w == "غير" and j > i + 1 and j + 1 < limit and toks[j - 1].text.startswith("ال") and is_nisba(toks[j + 1].text):
            j += 2  # "مدير مكافحة الهجرة غير الشرعية": "non-" and its adjective qualify the office's noun
        elif w == "مع" and "علاقات" in toks[j - 1].text and j + 1 < limit and toks[j + 1].text[:2] == "ال":
            j += 2  # "وزير الثقافة والعلاقات مع البرلمان": the Maghreb office of relations with parliament
        elif w in ("الي", "في", "لدي") and j + 1 < limit and _place_like(toks[j + 1].text):
            j += 1
        elif (
            w[0] == "و"
            and j + 1 < limit
            and toks[j + 1].text.startswith("ال")
            and w[1:] not in GIVEN
            and is_name_token(w[1:])
            and toks[j - 1].text.startswith("ال")
            and w not in GIVEN  # "العقيد وائل الشمري": a given name spelt with و, not a second office
            and waw_given_end(toks, j, limit) is None
        ):
            j += 2  # وزير التجارة وترقية الصادرات
        else:
            break
    nisbas |= place_nisbas([t.text for t in toks[i + 1 : j]])  # "… في الأردن" is "… الأردني"
    return j, nisbas


def _named_body(head: str, toks: list[Tok], j: int, limit: int) -> bool:
    """``مؤسسة حمد الطبية``: a feminine body head, a given name and a feminine definite nisba that
    agrees with the head, not with the name: the body is named after someone; the name is its own."""
    if not head.endswith("ه") or j + 1 >= limit:
        return False
    adjective = toks[j + 1].text
    return is_nisba(adjective) and adjective.endswith("يه")


def _direction_end(toks: list[Tok], j: int, limit: int) -> int:
    """``جنوب المحافظة``, ``شمالي غزة``, ``شمال شرق البلاد``: a compass direction inside a title takes a
    place as its genitive (a definite noun or a known place, a second direction before it); the end
    of that phrase, or ``j`` when no place follows."""
    m = j + 1
    if m < limit and toks[m].text in DIRECTIONS:
        m += 1  # "شمال شرق …"
    if m >= limit:
        return j
    w = toks[m].text
    if w in PLACES or (w.startswith("ال") and w not in STOPS and not is_cue(w) and w not in DEFINITE_GIVEN):
        return m + 1
    return j


_RANK_QUALIFIERS: Final = fold_set(lx.RANK_QUALIFIERS)
# "in charge of": a ب-portfolio follows
_CHARGED: Final = fold_set(("المكلف", "المكلفة", "المنتدب", "المنتدبة"))


def _indefinite_described(toks: list[Tok], i: int, j: int) -> bool:
    """An unnamed official so far: an indefinite head and only indefinite nisbas after it
    (``مسؤول``, ``مسؤول أمني مصري``), so an indefinite adjective of rank at ``j`` still describes the same person.
    After a definite word (``وزير الخارجية``) the same word is a surname or the object."""
    head = strip_clitic(toks[i].text)
    if head.startswith("ال"):
        return False
    return all(indefinite_nisba(t.text) for t in toks[i + 1 : j])


# Words after which a quotation mark opens the name of a body inside a title (its genitive).
_FOR_IT: Final = frozenset(("باسمها", "باسمه", "باسمهم", "باسمهما"))
_QUOTED_AFTER: Final = frozenset(("باسم", "في", "لدي", "عن", "ب", "من"))


def _without_lam(role: str, head: str) -> str:
    """``وفقاً للمتحدثة الرسمية``: a title read from its ل-prefixed word is named without the ل."""
    if head.startswith("ال") and role.startswith("لل"):
        return "ال" + role[2:]
    return role


def _bracket_gloss(toks: list[Tok], j: int, limit: int) -> int | None:
    """``(كرملين)``, ``(بي بي سي)``, ``(أوتشا)``: one to three words in brackets after a title's body,
    then a plain name word, so the gloss sits between the office and its holder's name (the index of
    the closing bracket)."""
    for m in range(j + 1, min(limit, j + 5)):
        w = toks[m].text
        if w == ")":
            ok = m > j + 1 and m + 1 < limit and _plain_name(toks[m + 1].text)
            return m if ok and toks[m + 1].text not in TITLES and not is_cue(toks[m + 1].text) else None
        if not w[0].isalpha() or w in COMPLEMENTISERS or is_cue(w):
            return None
    return None


def _construct_stop(toks: list[Tok], i: int, j: int) -> bool:
    """A definite common noun (a name stop, such as ``الجريمة``) right after an indefinite word in a
    body's construct chain (``إدارة مسرح``, ``إدارة مكافحة``) is that word's genitive: an indefinite
    noun inside a title cannot end it. ``title_word`` takes other definite words already."""
    w, prev = toks[j].text, toks[j - 1].text
    if j < i + 2 or not w.startswith("ال") or w not in STOPS or w in FRAME_WORDS or is_cue(w):
        return False
    if prev.startswith("ال") or not prev[0].isalpha() or prev in GIVEN:
        return False
    return prev in HEADS or toks[j - 2].text in HEADS


def _disagreeing_definite(toks: list[Tok], i: int, j: int) -> bool:
    """After a masculine head and its masculine definite genitive (``محامي المتهم``), a definite
    feminine singular noun that is no nisba (``البراءة``) agrees with neither: no adjective of the
    title, but the verb's object. (``الهيئة العامة``, ``الشؤون الخارجية`` agree and go on.)"""
    w, prev = toks[j].text, toks[j - 1].text
    head = strip_clitic(toks[i].text)
    if head.endswith("ه") and prev.startswith("ال") and prev.endswith("ه"):
        # the mirror: "وناشدت وزيرة الصحة المجتمع الدولي": a masculine definite noun after a feminine
        # head and its feminine genitive agrees with neither
        return (
            w.startswith("ال")
            and len(w) > 4
            and not w.endswith(("ه", "ات"))
            and not is_nisba(w)
            and w not in OFFICE
            and w not in TITLES
            and not is_cue(w)
        )
    return (
        w.startswith("ال")
        and w.endswith("ه")
        and not is_nisba(w)
        and w not in OFFICE
        and prev.startswith("ال")
        and not prev.endswith(("ه", "ات"))
        and not is_nisba(prev)
        and not head.endswith("ه")
    )


_TOPIC_PREPOSITIONS = fold_set(("حول", "بشأن", "بخصوص", "إزاء"))


def _topic_object(toks: list[Tok], j: int, limit: int) -> bool:
    """After a title's definite genitive (``وزير الصحة``), a definite word that is no adjective (no
    nisba) and that ``حول``/``بشأن`` follows (``الجدل حول``, ``النقاش بشأن``) is what the verb acts on:
    an office is never "about" something, so the title ended before it."""
    w, prev = toks[j].text, toks[j - 1].text
    return (
        j + 1 < limit
        and toks[j + 1].text in _TOPIC_PREPOSITIONS
        and w.startswith("ال")
        and not is_nisba(w)
        and w not in TITLES
        and w not in OFFICE
        and prev.startswith(("ال", "وال"))
    )


# What follows the object of دعا/طالب/حث/حذر/أبلغ: its preposition, a ب/ل-prefixed noun, a clause.
_OBJECT_FOLLOWERS: Final = fold_set(("إلى", "على", "من", "عن", "ب", "ل"))
# "ورفض المحامي الإدلاء بأقواله": the verbal noun of speaking a refusal takes is its object, no name
_REFUSED_SPEECH: Final = fold_set(lx.REFUSED_SPEECH)


def _object_after(toks: list[Tok], i: int, j: int, limit: int) -> bool:
    """``ودعا المحافظ السكان إلى …``, ``وحذر المتحدث الرسمي المواطنين من …``, ``وطالب الوزير الحكومة
    بـ…``: after a phrase that ends in a definite word (a definite head, its adjective or its definite
    genitive), a definite noun that cannot be that word's adjective — a plural of people (``السكان``,
    ``المواطنين``, a sound plural in ين/ات) or a feminine noun after a masculine phrase — and that the
    verb's preposition (or a ب/ل-prefixed noun, or a complementiser) follows, is the verb's object, not
    a word of the title. A genitive after an indefinite word (``وزير شؤون المغتربين``, ``رئيس
    الوزراء``) and an agreeing adjective (``الأمين العام``, ``المتحدث الرسمي``) go on."""
    w, prev = toks[j].text, toks[j - 1].text
    if not (j + 1 < limit and w.startswith("ال") and len(w) > 4 and prev.startswith(("ال", "وال", "لل"))):
        return False  # after an indefinite word ("رئيس الوزراء") a definite noun is its genitive
    if w in TITLES:
        return _called_title(toks, i, j, limit)
    head = strip_clitic(toks[i].text)
    if w in COLLECTIVES or w in PEOPLE_PLURALS:
        plural = True
    elif w.endswith("يين"):  # "الصيادلة الأردنيين": a nisba plural agrees with a plural before it
        plural = j == i + 1 and not head.endswith("ه")
    else:
        plural = w.endswith(("ين", "ات")) and len(w) > 5
    feminine = j == i + 1 and w.endswith("ه") and not is_nisba(w) and not head.endswith("ه")
    if not (plural or feminine):
        return False
    k = j + 1
    apposed = toks[k].text
    if k + 1 < limit and apposed.startswith("ال") and len(apposed) > 4 and apposed[2:3] != "ذ":
        k += 1  # "الدول الأعضاء إلى …", "الجهات المعنية إلى …": a word in apposition to the object
    nxt = toks[k].text
    return (
        nxt in _OBJECT_FOLLOWERS
        or nxt in COMPLEMENTISERS
        or (len(nxt) > 3 and nxt[0] in "بل" and not nxt.startswith("لل") and not is_cue(nxt))
    )


def _called_title(toks: list[Tok], i: int, j: int, limit: int) -> bool:
    """``وطالب رئيس الحزب المبعوث الأممي بتغيير …``: after a verb of calling on someone, a second,
    definite title that no name follows — its adjectives (``الأممي``, ``الخاص``), then the verb's
    preposition or a ب/ل-prefixed noun — is the one called on, not a title stacked on the subject's
    (a stacked title leads to its holder's name: ``ودعا رئيس الحزب الوزير سامي نور إلى``)."""
    if not _appeal_before(toks, i):
        return False
    k = j + 1
    while k < limit and k - j <= 2 and _called_adjective(toks[k].text):
        k += 1
    if k >= limit:
        return False
    nxt = toks[k].text
    return nxt in _OBJECT_FOLLOWERS or (len(nxt) > 3 and nxt[0] in "بل" and not nxt.startswith("لل") and not is_cue(nxt))


def _called_adjective(w: str) -> bool:
    """A definite word that may describe the title called on (``الأممي``, ``الخاص``): no title, no
    preposition (``إلى`` folds to ``الي``), no complementiser."""
    return w.startswith("ال") and len(w) > 3 and w not in TITLES and w not in _OBJECT_FOLLOWERS and w not in COMPLEMENTISERS


def _quoted_genitive(toks: list[Tok], j: int, limit: int) -> int | None:
    """Index of the mark closing a short quoted name at ``j`` (one to five words, no clause marks)."""
    for m in range(j + 1, min(limit, j + 7)):
        w = toks[m].text
        if w in QUOTE_CHARS:
            return m if m > j + 1 else None
        if not w[0].isalpha() or w in COMPLEMENTISERS or is_cue(w):
            return None
    return None


def _patronymic_start(toks: list[Tok], j: int, limit: int) -> bool:
    """``الناطق باسم الحكومة الداه ولد سيدي``: a definite word that is no office, title, body or place,
    right before a patronymic (``ولد``, ``بن``, ``بنت``, ``منت``) and a name word, is the holder's given
    name (Mauritanian and Maghreb names: الداه، المختار، الشيخ as a name), not a genitive of the title."""
    w = toks[j].text
    if not w.startswith("ال") or j + 2 >= limit or toks[j + 1].text not in PATRONYMICS:
        return False
    if w in TITLES or w in OFFICE or w in ORG_HEADS or w in PLACES or w in PLACE_HEADS or w in STOPS:
        return False
    return is_name_token(toks[j + 2].text) and not toks[j + 2].text.startswith("و")


def _addressed_medium(w: str) -> bool:
    """``لشبكة``, ``لقناة``, ``لصحيفة`` after a title's own words: ل with a medium's head word is who
    the speaker told (guideline §4.3: an addressee is no part of the speaker); a medium as the office's
    body is its genitive without ل (``مراسل قناة …``) or comes right after the head (``مراسل لقناة``)."""
    return len(w) > 3 and w[0] == "ل" and not w.startswith("لل") and w[1:] in MEDIA_HEADS


def _lam_genitive(toks: list[Tok], j: int, limit: int, joined: bool = False) -> bool:
    """``لكرة القدم``, ``لحقوق الإنسان`` inside a title: ل with an indefinite noun (no organisation,
    medium, channel or title head: those are addressees or offices) and its definite genitive, when
    a name follows, directly or after a comma, so the phrase cannot be the verb's addressee.
    ``joined``: two indefinite nouns joined by و share the genitive (``لاستغلال وتوزيع المياه``)."""
    w = toks[j].text
    gap = 1 if joined else 0
    if len(w) < 4 or w[0] != "ل" or w.startswith("لل") or j + 2 + gap >= limit:
        return False
    stem = w[1:]
    if stem in ORG_HEADS or stem in MEDIA_HEADS or stem in CHANNEL_WORDS or stem in TITLES or stem in PLACES:
        return False
    if joined:
        other = toks[j + 1].text
        if len(other) < 4 or other[0] != "و" or other.startswith("وال") or not is_name_token(other[1:]):
            return False
    if w in FRAME_WORDS or w in STOPS or not is_name_token(stem) or not toks[j + 1 + gap].text.startswith("ال"):
        return False
    m = j + 2 + gap
    if toks[m].text in ("،", ","):
        m = skip_descriptor(toks, m + 1, limit)
        if m < limit and toks[m].text in QUOTE_CHARS:
            return quoted_name_end(toks, m, limit) is not None
    return m < limit and _plain_name(toks[m].text) and parse_name(toks, m, limit)[0] - m >= 2


def quoted_name_end(toks: list[Tok], m: int, limit: int) -> int | None:
    """``"برانكو إيفانكوفيتش"``: the index of the mark closing one to four name words quoted at ``m``
    (the marks delimit the name, so an unlisted first letter ب/ل/ك does not matter)."""
    for k in range(m + 1, min(limit, m + 6)):
        w = toks[k].text
        if w in QUOTE_CHARS:
            return k if k > m + 1 else None
        if not (is_name_token(w) and not w.startswith("و")) and w not in CONNECTORS:
            return None
    return None


_STYLES: Final = fold_set(("معالي", "سعادة", "فخامة", "سمو", "فضيلة"))  # forms of address, not offices
# "alleged", "aforementioned": a title so described points back to the person the article named
_ALLEGED: Final = fold_set(("المفترض", "المفترضة", "المزعوم", "المزعومة", "المذكور", "المذكورة"))


def _alleged_holder(ctx: Ctx, head: str) -> Entity | None:
    """The latest named person of the title's gender (``المسؤول المفترض`` after ``ضابطاً يدعى …``)."""
    gender = _title_gender(head)
    for entity in ctx.reg._recent():
        if entity.kind == SpeakerKind.PERSON and entity.named and entity.gender in ("", gender):
            return entity
    return None


_ACTING_HEADS: Final = fold_set(("القائم", "القائمة", "قائم", "قائمة"))
_ACTING: Final = fold_set(("بأعمال", "بالأعمال"))
_ACCREDITED: Final = fold_set(("المعتمد", "المعتمدة", "المعتمدين"))
_STATE: Final = fold_set(("دولة", "ودولة"))
_CLERICS: Final = fold_set(("رجل", "رجال", "عالم", "علماء"))  # "رجل الدين": a title, not a compound name
_RANKS: Final = fold_set(
    (
        "العميد",
        "اللواء",
        "العقيد",
        "المقدم",
        "الفريق",
        "القاضي",
        "القاضية",
        "المحامي",
        "المحامية",
        "الدكتور",
        "الدكتورة",
        "المهندس",
        "المهندسة",
        "الأستاذ",
        "الأستاذة",
        "السفير",
        "السفيرة",
    )
)


def _place_genitive(toks: list[Tok], j: int, limit: int) -> bool:
    """``ولاية نهر النيل``, ``محافظة جنوب دارفور``-like place names: the construct's definite genitive,
    when a plain name word follows it (the person the title describes)."""
    if j + 1 >= limit:
        return False
    w = toks[j].text
    return (
        w.startswith("ال")
        and is_name_token(w)
        and w not in DEFINITE_GIVEN
        and not title_word(w)
        and _plain_name(toks[j + 1].text)
    )


def _construct_genitive(toks: list[Tok], i: int, j: int) -> bool:
    """In construct state an indefinite title head (``مدرب``, ``مديرة``) is followed by its genitive,
    never by a name: a plain unknown word there (``منتخبنا``, ``قسم``) continues the title. Styles
    (``معالي``, ``سمو``) and one-letter abbreviations do take a name right after them."""
    head = strip_clitic(toks[i].text)
    w = toks[j].text
    return (
        not head.startswith("ال")
        and len(head) > 2
        and head not in _STYLES
        and head not in _STATE
        and head not in _NAME_HEADS
        and w[0].isalpha()
        and not w.startswith("ال")
        and (w[0] != "و" or _waw_noun(toks, j))
        and w[0] not in "لب"
        and w not in GIVEN
        and w not in STOPS
        and w not in COMPLEMENTISERS
        and not title_word(w)
        and w not in PLACE_HEADS
        and not indefinite_nisba(w)
        and not is_cue(w)
        and w not in EVENT_VERBS
    )


def _two_word_place(toks: list[Tok], j: int, limit: int) -> bool:
    """``بلدية وادي الريم هشام الرفاعي``, ``بلدية القره بوللي محمد بلوط``: after an indefinite body
    head in construct, two words that are no given name, title or function word, then a given name:
    the two words are the place's name (the head's genitive), the person's name starts at the third."""
    if j + 3 >= limit or toks[j + 2].text not in GIVEN:
        return False
    for w in (toks[j].text, toks[j + 1].text):
        if (
            not w[0].isalpha()
            or len(w) < 3
            or w in GIVEN
            or w in STOPS
            or w in TITLES
            or w in COMPLEMENTISERS
            or is_cue(w)
            or w in PLACE_HEADS
            or w in ORG_HEADS
        ):
            return False
    end, clear = parse_name(toks, j + 2, limit)
    return clear and end - j - 2 >= 2


def _given_not_office(toks: list[Tok], j: int, limit: int) -> bool:
    """``مدير الشركة أمين الناصر إن``: a word that is both a given name and an office (``أمين``,
    ``أميرة``) after a title closed by a definite word (or a genitive pronoun) opens the name when a definite surname follows
    and the name ends there (a complementiser, a comma, a stop); the office would have an indefinite
    or a body genitive (``أمين عام``, ``أمين العاصمة``, ``أمين الصندوق``)."""
    w = toks[j].text
    prev = toks[j - 1].text
    closed = prev.startswith("ال") or (len(prev) > 4 and prev.endswith(("ها", "هم")))  # "إدارييها"
    if w not in GIVEN or w not in TITLES or not closed or j + 2 >= limit:
        return False
    surname, after = toks[j + 1].text, toks[j + 2].text
    return (
        surname.startswith("ال")
        and surname not in STOPS
        and not title_word(surname[2:])
        and surname not in PLACES
        and surname[2:] not in PLACE_HEADS
        and surname[2:] not in ORG_HEADS
        and (after in COMPLEMENTISERS or after in ("،", ",", ".", ":"))
    )


def _joined_office(w: str) -> bool:
    """``وكبير``, ``ونائب``: a second indefinite office joined by و inside the title; like the first
    head, it is in construct and its next word is its genitive, not the holder's name."""
    rest = w[1:]
    return len(w) > 3 and w[0] == "و" and rest in TITLES and not rest.startswith("ال")


def _waw_noun(toks: list[Tok], j: int) -> bool:
    """``رئيس وحدة الإعلام``, ``رئيس وفد المعارضة``: after an indefinite head in construct, a word whose
    first letter is و is the genitive noun itself (``وحدة``, ``وفد``), not "and …", when a definite
    genitive follows it and the rest is no title, name or article (``ونائب``, ``والأمين``, ``وليد``):
    a head in construct state is never coordinated before its own genitive."""
    w = toks[j].text
    rest = w[1:]
    return (
        len(w) >= 3
        and j + 1 < len(toks)
        and toks[j + 1].text.startswith("ال")
        and toks[j + 1].text not in STOPS
        and not rest.startswith("ال")
        and in_lexicon(rest, TITLES) is None
        and rest not in GIVEN
        and not is_cue(rest)
    )


# Heads that also stand right before a bare name; and a correspondent's genitive, the medium
# (``مراسل سانا``), which the dev gold credits as the speaker.
_NAME_HEADS: Final = fold_set(
    ("أمير", "شيخ", "سيد", "حاج", "ولي", "مواطن", "مواطنة", "مراسل", "مراسلة", "مندوب")
)


def skip_descriptor(toks: list[Tok], m: int, limit: int) -> int:
    """``…، د. منتصر …``, ``…، الإسباني خوسيه لانا، …``: an abbreviated Dr or a nationality adjective
    before a name in an apposition describes the person; the name starts after it."""
    if m + 2 < limit and _abbreviated_title(toks, m, limit):
        return m + 2
    w = toks[m].text if m < limit else ""
    if m + 1 >= limit or not is_nisba(w) or w in OFFICE:
        return m
    nxt = m + 2 if toks[m + 1].text in QUOTE_CHARS and m + 2 < limit else m + 1  # الصربي "برانكو …"
    return m + 1 if _plain_name(toks[nxt].text) else m


def _name_after_rank(toks: list[Tok], i: int, j: int, limit: int) -> bool:
    """A rank inside a title (``… الدكتور``, ``… الفريق الركن``) is followed by its holder's name:
    a definite word there that is no office, place or known nisba (``التهامي``, ``الطاهر``) starts the
    name when a plain name word closes it within two words (``التهامي الزين حجر``)."""
    prev = toks[j - 1].text
    ranked = prev in _RANKS or (prev == "الركن" and j - 2 > i and toks[j - 2].text in _RANKS)
    w = toks[j].text
    if not ranked or not w.startswith("ال") or w in OFFICE or w in PLACES or w in NATIONALITIES or w in TITLES:
        return False
    if not is_name_token(w) or w in _RANKS:
        return False
    for k in (j + 1, j + 2):
        if k >= limit:
            return False
        nxt = toks[k].text
        if _plain_name(nxt) and nxt not in TITLES:
            return True
        if not (nxt.startswith("ال") and is_name_token(nxt)) or nxt in OFFICE or nxt in NATIONALITIES:
            return False
    return False


def _definite_given(toks: list[Tok], j: int, limit: int) -> bool:
    """A definite first name (``الحسن``, ``الطيب``) right after a rank: not an office, then a name word."""
    w = toks[j].text
    return (
        w.startswith("ال")
        and w not in OFFICE
        and w not in PLACES
        and not is_nisba(w)
        and is_name_token(w)
        and j + 1 < limit
        and _plain_name(toks[j + 1].text)
    )


_RUN_OF_DEFINITES: Final = 2  # definite words a name may open with (``الطيب الأمين سعيد``)


def _definite_led_name(toks: list[Tok], j: int, limit: int) -> int:
    """``الدكتور التهامي الزين حجر``, ``الدكتور الطيب الأمين سعيد``: right after a rank, one or two
    definite words then a plain name word are the name, not the title's adjectives: a rank takes no
    adjective but a nationality (``الدكتور المصري``) or a rank word of its own (``اللواء الركن``). The
    first word must read as a given name: one listed with the article (``الطيب``) or a nisba-shaped
    family word (``التهامي``) that is no nationality. Returns where the plain words start (``j``: none)."""
    if j < 1 or in_lexicon(toks[j - 1].text, _RANKS) is None:
        return j
    first = toks[j].text
    if not (first in DEFINITE_GIVEN or (is_nisba(first) and first not in NATIONALITIES)):
        return j
    k = j
    while k < limit and k - j < _RUN_OF_DEFINITES and _definite_name_word(toks[k].text):
        k += 1
    return k if j < k < limit and _plain_name(toks[k].text) and toks[k].text not in TITLES else j


def _definite_name_word(w: str) -> bool:
    return (
        w.startswith("ال")
        and is_name_token(w)
        and w not in TITLES
        and w not in OFFICE
        and w not in PLACES
        and w not in NATIONALITIES
        and in_lexicon(w, _RANKS) is None
    )


def backward_name(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> None:
    """``استقبل سامح شكري وزير الخارجية``: a name right before an indefinite title is that title's holder."""
    head = toks[i].text
    if head.startswith("ال") or i < 2:
        return
    stop = i - 1 if toks[i - 1].text in ("،", ",") else i  # "كمال السلامي، مدرب الوداد": an apposition
    k = stop
    if stop < i and k > 1 and _definite_surname(toks[k - 1].text) and toks[k - 2].text in GIVEN:
        k -= 1  # a definite surname after given names ends the name before the comma
        while k > 0 and stop - k < 3 and toks[k - 1].text in GIVEN:
            k -= 1
    else:
        while k > 0 and stop - k < 3 and _plain_name(toks[k - 1].text) and toks[k - 1].text not in TITLES:
            k -= 1
    if stop - k < 2 or any(_prepositional(t.text) for t in toks[k:stop]):
        return  # "خُصصت لاستضافة وزير الكهرباء": a preposition + verbal noun is no name
    before = toks[k - 1].text if k > 0 else "،"
    # "هنأ كمال السلامي، مدرب الوداد": a given name, a comma and a title are an apposition after any
    # verb; other names need a clear left edge
    apposed = stop < i and toks[k].text in GIVEN and before not in _NAME_PREPOSITIONS
    if not (
        apposed
        or not before[0].isalnum()
        or before in EVENT_VERBS
        or is_cue(before)
        or before in ("مع", "بين", "عن")
    ):
        return
    if registry_match(ctx, toks, k, stop, SpeakerKind.PERSON) is not None:
        return
    j, nisbas = title_end(ctx, toks, i, limit)
    role = ctx.orig(toks[i].start, toks[j - 1].end)
    holder = (role, in_lexicon(head, TITLES) or head, frozenset(nisbas), _key(toks, i, j))
    person(ctx, toks, k, stop, holder, True)


_NAME_PREPOSITIONS: Final = frozenset(("في", "من", "الي", "علي", "لدي", "عند", "حول", "بعد", "قبل"))


def _definite_surname(w: str) -> bool:
    """``السلامي``, ``الزعبي``: a definite word that may close a name (not a title, office or place)."""
    return w.startswith("ال") and is_name_token(w) and w not in TITLES and w not in OFFICE and w not in PLACES


def titled(ctx: Ctx, toks: list[Tok], i: int, limit: int, register: bool) -> Mention | None:
    """Title phrase (head, offices, nisbas, genitives), then the name; a title alone resolves by role.
    ``السيد/ سامر يوسف``: a slash written between the title and the name is read past (the mention's
    end is given back in the sentence's own token positions)."""
    if all(toks[k].text != "/" for k in range(i + 1, min(limit, len(toks)))):  # no slice copy on this hot path
        return _titled(ctx, toks, i, limit, register)  # the common case: no slash, one pass
    slash, _ = title_end(ctx, toks, i, limit)
    if not (slash + 1 < limit and toks[slash].text == "/" and is_name_token(toks[slash + 1].text)):
        return _titled(ctx, toks, i, limit, register)
    m = _titled(ctx, toks[:slash] + toks[slash + 1 :], i, limit - 1, register)
    if m is None or m.end <= slash:
        return m
    return Mention(m.entity, m.end + 1, m.start_char, m.end_char)


def _titled(ctx: Ctx, toks: list[Tok], i: int, limit: int, register: bool) -> Mention | None:
    """The title reading itself (``titled`` reads past a slash first)."""
    toks = _without_conjunction(toks, i)
    if toks[i].text in _STATE and (i + 1 >= limit or toks[i + 1].text not in TITLES):
        return None  # "دولة الإمارات", "35 دولة": the state; the style "دولة" (Excellency) precedes an office
    j, nisbas = title_end(ctx, toks, i, limit)
    title_head = in_lexicon(toks[i].text, TITLES) or toks[i].text
    known = registry_match(ctx, toks, j, limit, SpeakerKind.PERSON)
    if known is not None and toks[j].text[0] == "و" and toks[j].text not in ctx.reg.first_words:
        known = None  # "الوزير والحياري": a second, coordinated speaker, not the title's name
    if known is not None and not known[0].named and _object_after(toks, i, j, limit):
        known = None  # "وطالب رئيس الحزب المبعوث الأممي بـ…": a title registered elsewhere, the one called on
    if known is not None:
        entity, end = known
        if not entity.role:
            entity.role, entity.role_key = ctx.orig(toks[i].start, toks[j - 1].end), _key(toks, i, j)
        return Mention(entity, end, toks[i].start, toks[end - 1].end)
    # "النائبة عن كتلة …، X،": the title's عن-complement (whom an MP sits for) goes on to the comma too
    apposed = _apposed_name(toks, j, limit) if j < limit and (toks[j].text[0] in "لب(" or toks[j].text == "عن") else None
    if apposed is not None:  # "رئيسة الغرفة الوطنية لمصدري التمور، ليلى بن عمار، …"
        comma, first, last = apposed
        role = ctx.orig(toks[i].start, toks[comma - 1].end)
        title = (role, title_head, frozenset(nisbas), _key(toks, i, comma))
        return person(ctx, toks, first, last, title, register, start_tok=i)
    end, _ = parse_name(toks, j, limit, after_title=True)
    if end == j and j < limit:
        plain = _definite_led_name(toks, j, limit)
        if plain > j:  # "الدكتور التهامي الزين حجر": the definite words open the name
            end = max(j, parse_name(toks, plain, limit, after_title=True)[0])
    if (
        end > j
        and j < limit
        and (
            _object_after(toks, i, j, limit)
            or _topic_object(toks, j, limit)
            or _addressed_medium(toks[j].text)
            or (j > i + 1 and _disagreeing_definite(toks, i, j))
            or _called_to_act(toks, i, j)
            or toks[j].text in _REFUSED_SPEECH
        )
    ):
        end = j  # "وحذر المتحدث المواطنين من …", "… الجدل حول", "… لشبكة …": no name of the title
    if end > j and toks[j].text == "علي" and ctx.text[ctx.folded.orig(toks[j].end - 1)] == "ى":
        end = j  # "وأطلع نائب الرئيس على مجمل الأوضاع": على spelt with alef maqsura is the preposition
    if end == j and j + 2 < limit and toks[j].text in QUOTE_CHARS:
        close = _quoted_person(toks, j, limit)
        if close is not None:  # "المتحدث باسم الوزارة "سامر الحلبي" إن …": the name in quotation marks
            role = ctx.orig(toks[i].start, toks[j - 1].end)
            title = (role, title_head, frozenset(nisbas), _key(toks, i, j))
            m = person(ctx, toks, j + 1, close, title, register, start_tok=i)
            return Mention(m.entity, close + 1, m.start_char, toks[close].end)
    if (
        end - j >= 2
        and j == i + 1
        and end < limit
        and toks[end].text in _OBJECT_PREPS
        and toks[i].text.startswith(("ال", "وال"))
        and toks[j].text not in GIVEN
    ):  # not "وقال الرئيس ماكرون إن": a surname closed by a complementiser, comma or frame is a name
        holder = ctx.reg.by_role(_key(toks, i, j), NATIONALITIES, governs=_governing_title)
        if holder is not None:  # "وعزا الوزير تراجعَ الإنتاج إلى …": the minister named before; an object
            return Mention(holder, j, toks[i].start, toks[i].end)
    if end == j and j + 1 < limit and toks[j].text == "،":
        first = skip_descriptor(toks, j + 1, limit)
        quoted = first > j + 1 and toks[first].text in QUOTE_CHARS
        close = quoted_name_end(toks, first, limit) if quoted else None
        if close is not None:  # "مدرب الفريق، الإسباني "خوان مارتينيز"، أن …": the name in quotation marks
            role = ctx.orig(toks[i].start, toks[j - 1].end)
            title = (role, title_head, frozenset(nisbas), _key(toks, i, j))
            m = person(ctx, toks, first + 1, close, title, register, start_tok=i)
            return Mention(m.entity, close + 1, m.start_char, toks[close].end)
        end2, clear = parse_name(toks, first, limit)  # "وزير الطاقة، محمد عرقاب، …", "…، د. منتصر …"
        foreign = _foreign_apposed(toks, j + 1, limit) if end2 == first == j + 1 else None
        if foreign is not None:  # "رئيسة الدبلوماسية الفرنسية، كاثرين كولونا، قد أعلنت": unlisted words
            role = ctx.orig(toks[i].start, toks[j - 1].end)
            title = (role, title_head, frozenset(nisbas), _key(toks, i, j))
            return person(ctx, toks, j + 1, foreign, title, register, start_tok=i)
        if first > j + 1 and end2 > first and clear:
            role = ctx.orig(toks[i].start, toks[j - 1].end)
            title = (role, title_head, frozenset(nisbas), _key(toks, i, j))
            return person(ctx, toks, first, end2, title, register, start_tok=i)
        if (
            end2 > j + 1
            and clear
            and (end2 >= limit or toks[end2].text in _APPOSITION_ENDS)
            and (toks[j + 1].text in GIVEN or end2 - j - 1 >= 2)
        ):
            role = ctx.orig(toks[i].start, toks[j - 1].end)
            return person(
                ctx,
                toks,
                j + 1,
                end2,
                (role, title_head, frozenset(nisbas), _key(toks, i, j)),
                register,
                start_tok=i,
            )
    if end == j and j + 2 < limit and toks[j].text in ("،", "؛") and in_lexicon(toks[j + 1].text, TITLES):
        inner = titled(ctx, toks, j + 1, limit, register)  # "الناطق باسم المحكمة، القاضي منير بن عثمان، …"
        # closed by a comma, or by the complementiser ("قائد المنطقة؛ العميد سامي نور أن …"): a rank and
        # a name set off after the office
        if (
            inner is not None
            and inner.entity.named
            and inner.entity.kind == SpeakerKind.PERSON
            and (inner.end >= limit or toks[inner.end].text in _RANKED_NAME_ENDS)
        ):
            role = ctx.orig(toks[i].start, toks[j - 1].end)
            if len(inner.entity.role.split()) <= 1:  # an honorific or rank is not the office
                inner.entity.role, inner.entity.role_key = role, _key(toks, i, j)
                # "وزير خارجية البحرين، الشيخ X": the office, not the honorific, is what a later
                # description names ("الوزير البحريني"): its head and its nisbas go to the holder
                inner.entity.head = title_head
                inner.entity.nisbas = inner.entity.nisbas | frozenset(nisbas)
            return Mention(inner.entity, inner.end, toks[i].start, inner.end_char)
    if (
        end == j
        and j - 1 > i
        and _surname(toks, j - 1, limit)
        and toks[j - 1].text not in _ALLEGED
        and not _known_nisba(ctx, toks[j - 1].text)
        and not _after_named(ctx, toks, i)
    ):
        j, end = j - 1, j  # "الوزير العتيقي": the last definite word is the surname
    role = _without_lam(ctx.orig(toks[i].start, toks[j - 1].end), toks[i].text)
    if end == j + 1 and toks[i].text.startswith(("ال", "وال")):
        held = _surname_with_article(ctx, toks[j].text, title_head)
        if held is not None:  # "الوزيرة العلي" after "الوزيرة مها علي": her surname, the article added
            return Mention(held, end, toks[i].start, toks[j].end)
    if end == j + 1 and title_head in _HONORIFIC_TITLES:
        known_first = _by_first_name(ctx, toks[j].text)
        if known_first is not None:  # "الأمير فيصل" after "الأمير فيصل بن فرحان"
            return Mention(known_first, end, toks[i].start, toks[j].end)
    if end == j + 1 and end < limit and verbal_noun(toks[end].text) and toks[j].text not in GIVEN:
        end = j  # "يبحث مع السفير القبرصي سبل تعزيز التعاون": the title's object, not its name
    if end == j + 1 and _lone_unknown(toks, j, limit):
        holder = ctx.reg.by_role(_key(toks, i, j), NATIONALITIES, governs=_governing_title)
        if holder is not None:  # "ثمّن الوالي جهود السلطات": the governor named before, and his object
            return Mention(holder, j, toks[i].start, toks[j - 1].end)
    if end > j:
        return person(
            ctx, toks, j, end, (role, title_head, frozenset(nisbas), _key(toks, i, j)), register, start_tok=i
        )
    body = _unnamed_body(toks, i, j, limit)
    member = body > j
    if member:  # "نائب من اللجنة المالية ، الخميس، بأن …": an unnamed member, described by the body
        j = body
        role = _without_lam(ctx.orig(toks[i].start, toks[j - 1].end), toks[i].text)
    key = _key(toks, i, j)
    named = ctx.reg.lookup(toks[i - 2].text) if _after_named(ctx, toks, i) else _holder_before(ctx, toks, i, j, key)
    if named is not None:  # "هند عبيد المزروعي، وزيرة دولة …،": the apposition is her office
        return Mention(named, j, toks[i].start, toks[j - 1].end)
    alleged = not member and any(t.text in _ALLEGED for t in toks[i + 1 : j])
    described = None if member else (
        (_alleged_holder(ctx, title_head) if alleged else None)
        or ctx.reg.by_role(key, NATIONALITIES, governs=_governing_title)
        or ctx.reg.by_description(
            title_head, frozenset(nisbas), SpeakerKind.PERSON, fits=lambda e: not _says_more(toks, i, j, e)
        )
        or ctx.reg.by_role(key, NATIONALITIES, loose=True, governs=_governing_title)
        or _portfolio_holder(ctx, toks, i, j)
    )  # a described member is a speaker of its own, not the last one with the same head
    if described is not None and _says_more(toks, i, j, described):
        described = None  # "مسؤول أمني فلسطيني كبير" after "مسؤول إسرائيلي رفيع المستوى": someone else
    if described is None:
        bare = toks[i].text in _STYLES and j > i + 1 and toks[i + 1].text in TITLES
        described = ctx.reg.lookup(key) or ctx.reg.add(
            Entity(
                ctx.orig(toks[i + 1].start, toks[j - 1].end) if bare else role,  # "معالي وزير …": no style
                SpeakerKind.PERSON,
                gender=_title_gender(title_head),
                role=role,
                role_key=key,
                head=title_head,
                nisbas=frozenset(nisbas),
                named=False,
            ),
            [key],
        )
    return Mention(described, j, toks[i].start, toks[j - 1].end)


_CUE_PREPOSITIONS: Final = fold_set(("عن", "إلى", "على", "من"))


def _lone_unknown(toks: list[Tok], j: int, limit: int) -> bool:
    """One word after a title that no list knows as a name (no given name, no article, nobody
    registered) and that nothing closes: a definite word or another plain word follows, not the
    content, a frame, a comma, the cue's preposition or a title in apposition (``ثمّن الوالي جهود
    السلطات``, ``قال المدير طلب عدم …``). Such a word is weak evidence of a name: when the title
    alone points to a holder named before, he speaks and the word is the verb's object or a noun in
    construct (``titled``); with nobody to point to, the word stays the name. A surname closed by
    the content (``وقال الرئيس ماكرون إن``) stays a name."""
    w = toks[j].text
    if w.startswith("ال") or w in GIVEN or w in FEMALE_GIVEN or j + 1 >= limit:
        return False
    nxt = toks[j + 1].text
    closed = (
        not nxt[0].isalpha()
        or nxt in QUOTE_CHARS
        or nxt in COMPLEMENTISERS
        or nxt in FRAME_WORDS
        or nxt in _CUE_PREPOSITIONS
        or nxt in TITLES
        or nxt in CONNECTORS
        or is_cue(nxt)
        or (nxt[0] in "لب" and len(nxt) > 3)
    )
    return not closed


def _portfolio_holder(ctx: Ctx, toks: list[Tok], i: int, j: int) -> Entity | None:
    """``وزير الصحة والسكان`` after ``… ووزير الصحة خالد …``: the office named with one more و-joined
    portfolio at its end is the same office (pages give a ministry's full or short name at will); it
    points to the named holder of the shorter title when nobody holds the longer one."""
    if j - i < 3 or not toks[j - 1].text.startswith("وال") or toks[i].text.startswith(("ال", "وال")):
        return None
    need = _key(toks, i, j - 1).split()
    for entity in ctx.reg._recent():
        if entity.kind != SpeakerKind.PERSON or not entity.named or not entity.role_key:
            continue
        # "نائب رئيس الوزراء ووزير الصحة": a second office joined by و is an office of its own
        have = entity.role_key.split()
        offices = [k for k, w in enumerate(have) if w == need[0] or (w[0] == "و" and w[1:] == need[0])]
        if any(have[k + 1 : k + len(need)] == need[1:] for k in offices):
            return entity
    return None


def _holder_before(ctx: Ctx, toks: list[Tok], i: int, j: int, key: str) -> Entity | None:
    """``حسم الدكتور سامي الحلو وزير الزراعة الجدل``: the person named right before an indefinite title,
    whom ``backward_name`` gave this very title as his role, holds it; the title is his apposition (so a
    pro-drop cue after it is his), not a second, unnamed office holder."""
    if i < 1 or toks[i].text.startswith(("ال", "وال")):
        return None
    entity = next(
        (e for k in range(max(0, i - 3), i) if (e := ctx.reg.lookup(" ".join(t.text for t in toks[k:i]))) is not None),
        None,
    )  # the longest registered name ending right before the title ("خالد عبد الغفار")
    if entity is None or entity.kind != SpeakerKind.PERSON or not entity.named:
        return None
    if entity.role_key in _COURTESY:  # "الدكتور سامي الحلو وزير الزراعة": the office is his role
        entity.role, entity.role_key = ctx.orig(toks[i].start, toks[j - 1].end), key
    return entity if entity.role_key == key else None


_COURTESY = fold_set(lx.COURTESY_TITLES)


def _says_more(toks: list[Tok], i: int, j: int, entity: Entity) -> bool:
    """An indefinite description (``مسؤول أمني صهيوني كبير``) introduces someone new unless an
    earlier description holds all its words: a shorter one (``مسؤول صهيوني``) points back, one that
    adds a nisba or a rank is another official. Definite titles (``المسؤول``) point back as before."""
    if strip_clitic(toks[i].text).startswith("ال") or j <= i + 1 or entity.named:
        return False
    theirs = {_plain_form(w) for w in entity.role_key.split()[1:]}
    return any(_plain_form(t.text) not in theirs for t in toks[i + 1 : j])


def _plain_form(w: str) -> str:
    """A description word compared across gender and the article: أممية ~ الأممي."""
    w = w[2:] if w.startswith("ال") else w
    return w[:-1] if w.endswith("ه") else w


def _surname_with_article(ctx: Ctx, w: str, head: str) -> Entity | None:
    """A named person of the title's gender whose last name word is ``w`` without its article
    (``العلي`` → ``مها علي``, ``الحداد`` → ``سامي حداد``); a name registered with the article is
    found by the registry already."""
    if not w.startswith("ال") or len(w) < 5:
        return None
    bare, gender = w[2:], _title_gender(head)
    for entity in ctx.reg._recent():
        if entity.kind != SpeakerKind.PERSON or not entity.named or entity.gender not in ("", gender):
            continue
        words = entity.canonical.split()
        if len(words) >= 2 and f(words[-1]) == bare:
            return entity
    return None


_IN_PREPS: Final = frozenset(("في", "لدي", "ب", "من", "عن"))
_BODY_ENDS: Final = COMPLEMENTISERS | frozenset(("،", ",", ":", "؛", "."))


def _unnamed_body(toks: list[Tok], i: int, j: int, limit: int) -> int:
    """``نائب من اللجنة المالية``, ``عضو في مجلس الإدارة``: an indefinite title alone, then من/في and
    the body it belongs to (definite words or an organisation head with its genitive), closed by a
    comma, a colon or the complementiser, describes an unnamed person; the description is the speaker
    (a definite title, ``الوزير في المؤتمر``, points back to someone named instead)."""
    head = strip_clitic(toks[i].text)
    if j == i + 1 and j + 2 < limit and toks[j].text == "عن":
        return _member_for(toks, j, limit)
    if j != i + 1 or head.startswith("ال") or j + 1 >= limit or toks[j].text not in ("من", "في"):
        return j
    m = j + 1
    while m < limit and m - j <= 4:
        w = toks[m].text
        if w in CHANNEL_WORDS or w[2:] in CHANNEL_WORDS or w in FRAME_WORDS or w in STOPS or is_cue(w):
            return j
        if not (w.startswith("ال") or (m == j + 1 and (w in ORG_HEADS or w in PLACE_HEADS))):
            break
        m += 1
    return m if m > j + 1 and m < limit and toks[m].text in _BODY_ENDS else j
# What closes a name set off after a title and a comma: "اللاعب العماني، جميل اليحمدي: إن …"
_RANKED_NAME_ENDS: Final = COMPLEMENTISERS | frozenset(("،", ",", ".", "؛"))
_APPOSITION_ENDS: Final = frozenset(("،", ".", "؛", ":"))


def _foreign_apposed(toks: list[Tok], j: int, limit: int) -> int | None:
    """``…، كاثرين كولونا، قد أعلنت``: two or three unlisted name words set off by commas after a title,
    then the predicate (قد or a reporting verb), are the title holder's name. Returns the name's end."""
    end, _ = parse_name(toks, j, limit, after_title=True)
    if not 2 <= end - j <= 3 or end + 1 >= limit or toks[end].text != "،":
        return None
    if any(t.text.startswith("ال") or t.text[0] == "و" for t in toks[j:end]):
        return None
    nxt = toks[end + 1].text
    return end if nxt in ("قد", "لقد") or is_cue(nxt) else None
# "عزا الوزير تراجعَ الإنتاج إلى …": object, preposition
_OBJECT_PREPS: Final = frozenset(("الي", "علي", "من"))


def _possessed(ctx: Ctx, tok: Tok) -> bool:
    """``استقبل وزير الداخلية في مكتبه سفير …``: a noun with a possessive pronoun (``مكتبه``, ``مقرها``)
    says where the act took place; the place or body of an office is named (``في جامعة بغداد``), never
    "his office". Folding writes ة as ه, so a lone ه is read in the original letters."""
    w = tok.text
    if len(w) < 4 or w.startswith("ال") or not w[0].isalpha():
        return False
    if w.endswith(("ها", "هم", "هما")):
        return True
    return ctx.text[ctx.folded.orig(tok.end - 1)] == "ه"


def _in_phrase(toks: list[Tok], m: int, limit: int) -> int:
    """End of a prepositional complement inside a title (``في جامعة بغداد``, ``لدى مؤسسة "…"``),
    kept only when a title or a name follows it (directly, or between commas). A channel noun after
    the preposition (``الوزيرة في بيان صحفي صادر اليوم``) opens the frame of the report, never the
    place of an office: the title ends before it."""
    start, quoted = m, False
    if m < limit and (toks[m].text in CHANNEL_WORDS or toks[m].text[2:] in CHANNEL_WORDS):
        return start
    while m < limit and m - start < 10:
        w = toks[m].text
        if w in QUOTE_CHARS:
            quoted = not quoted
        elif w in ("،", ",") and not quoted and m > start:
            return m if _comma_name(toks, m, limit) else start
        elif (
            not w[0].isalpha()
            or (w in STOPS and w not in _IN_PREPS)
            or w in COMPLEMENTISERS
            or is_cue(w)
            or (
                not quoted
                and m > start
                and not (
                    w.startswith(("ال", "لل"))
                    or w in PLACES
                    or w in ORG_HEADS
                    or w in _IN_PREPS
                    or toks[m - 1].text in HEADS
                    or toks[m - 1].text in _IN_PREPS
                )
            )
        ):
            break
        m += 1
        if not quoted and m < limit and (place := _located_name(toks, m, limit)) is not None:
            return place  # "لدى محكمة سيدي بوعلام بالعاصمة": the court's name, then where it sits
        if not quoted and m < limit and (
            toks[m].text in TITLES or toks[m].text in GIVEN or _name_follows(toks, m, limit)
        ):
            return start if _second_office(toks, m, limit) else m
    return start


def _second_office(toks: list[Tok], m: int, limit: int) -> bool:
    """``استقبل وزير الخارجية في عمان سفير الصين``: after the place phrase, an office in construct with a
    definite genitive (``سفير الصين``, ``وزير الخارجية``) is a second person's office, the object of the
    act; what names the first holder there is a courtesy title or a rank (``الدكتور``, ``العميد``) or a name."""
    w = toks[m].text
    return (
        w in TITLES
        and not w.startswith("ال")
        and len(w) > 2
        and m + 1 < limit
        and toks[m + 1].text.startswith("ال")
        and toks[m + 1].text not in TITLES
    )


def _located_name(toks: list[Tok], m: int, limit: int) -> int | None:
    """Right after an indefinite body head (``محكمة``, ``بلدية``), one to three name words followed by
    a ب-place adjunct (``بالعاصمة``, ``بولاية …``) name the body, not its holder: a person's name is
    not placed that way. The end of those name words, or None."""
    head = toks[m - 1].text
    if head not in HEADS or head.startswith("ال"):
        return None
    for k in range(m, min(limit, m + 4)):
        w = toks[k].text
        if k > m and _place_adjunct(w):
            return k
        if not w[0].isalpha() or w.startswith("ال") or w in STOPS or is_cue(w) or w in COMPLEMENTISERS:
            return None
    return None


def _place_adjunct(w: str) -> bool:
    """``بالعاصمة``, ``بولاية``, ``بتونس``: ب and a definite noun or a place, where something sits."""
    rest = w[1:]
    return len(w) > 4 and w[0] == "ب" and (rest.startswith("ال") or rest in PLACES or rest in PLACE_HEADS) and rest not in FRAME_WORDS


def _apposed_name(toks: list[Tok], j: int, limit: int) -> tuple[int, int, int] | None:
    """A title whose genitive goes on past what ``title_end`` reads (``لتنسيق الشؤون الإنسانية
    (أوتشا) في السودان``), then a name between commas: (comma index, name start, name end)."""
    for m in range(j, min(limit, j + 12)):
        w = toks[m].text
        if w in ("،", ","):
            first = skip_descriptor(toks, m + 1, limit)
            end, clear = parse_name(toks, first, limit)
            words = end - first
            if clear and (2 <= words <= 5 or (words == 1 and toks[first].text in GIVEN)):
                if end >= limit or toks[end].text in ("،", ",", ".", "؛"):
                    return m, first, end
            return None
        if w in COMPLEMENTISERS or is_cue(w) or w in (".", "؛", ":", "!", "؟") or w in TITLES:
            return None
    return None


def _name_follows(toks: list[Tok], m: int, limit: int) -> bool:
    """``النائب عن الحزب الديمقراطي آرام محمد بيرداود``: two to four plain name words, clearly closed,
    end the prepositional complement of a title even when no given name starts them."""
    prev = toks[m - 1].text
    if not _plain_name(toks[m].text) or prev in _IN_PREPS or prev in ORG_HEADS or prev in PLACE_HEADS:
        return False  # "في حركة حماس": a proper noun in construct with its head is no person
    end, clear = parse_name(toks, m, limit)
    return clear and 2 <= end - m <= 4


def _comma_name(toks: list[Tok], m: int, limit: int) -> bool:
    """``…، ريم العتيبي، أن``: two to four name words between commas after a title phrase."""
    end, _ = parse_name(toks, m + 1, limit)
    return 2 <= end - m - 1 <= 7 and (end >= limit or toks[end].text in ("،", ",", ".", "؛"))


def _quoted_person(toks: list[Tok], m: int, limit: int) -> int | None:
    """``المتحدث باسم الحكومة "سامر الحلبي" إن …``: name words quoted right after a title are the
    title-holder's name (the close mark's index). Not a quoted body (``عضو كتلة "الوفاء الوطني"
    النائب …``): no place, organisation head or nationality inside, and no title after the marks."""
    close = quoted_name_end(toks, m, limit)
    if close is None:
        return None
    words = [t.text for t in toks[m + 1 : close]]
    if len(words) < 2 and words[0] not in GIVEN:
        return None
    for w in words:
        if w in PLACES or w in PLACE_HEADS or in_lexicon(w, ORG_HEADS) or w in NATIONALITIES:
            return None
        if in_lexicon(w, TITLES) or w in OFFICE or w in STOPS:
            return None
    after = toks[close + 1].text if close + 1 < limit else ""
    if after and (in_lexicon(after, TITLES) or in_lexicon(after, ORG_HEADS)):
        return None
    return close


def _called_to_act(toks: list[Tok], i: int, j: int) -> bool:
    """``طالبوا الوالي تقديم توضيحات``, ``طالب … من المحافظ اتخاذ …``: a title right after a verb of
    calling on someone (or its من) is the one called on, and a verbal noun after it is the call,
    never the holder's name."""
    return j < len(toks) and derived_verbal_noun(toks[j].text) and _appeal_before(toks, i)


def _appeal_before(toks: list[Tok], i: int) -> bool:
    """A verb of calling on someone (any person and number: ``طالبوا``, ``دعت``), or its من
    (``طالب … من``), right before the title at ``i``: the title is the one called on."""
    k = i - 1 if i > 0 and toks[i - 1].text == "من" else i
    if k < 1:
        return False
    w = toks[k - 1].text
    forms = cue_forms()
    form = forms.get(w) or (forms.get(w[1:]) if w[:1] in "وف" else None)
    return form is not None and form.lemma in APPEAL_VERBS


def _spoken_for_body(w: str) -> bool:
    """After ``، باسم`` the body spoken for is definite (``الحكومة``), an organisation head (``وزارة``) or
    quoted; any other word makes باسم the given name of the holder set off by the comma
    (``مدير الزراعة، باسم حداد،``)."""
    return w.startswith("ال") or w in QUOTE_CHARS or _body_head(w)


def _body_head(w: str) -> bool:
    """``كتلة``, ``حزب``, ``لجماعة``: an indefinite organisation head, its name quoted after it."""
    base = w[1:] if w[:1] in "لب" and len(w) > 3 else w
    return not base.startswith("ال") and in_lexicon(base, ORG_HEADS) is not None


def _member_for(toks: list[Tok], j: int, limit: int) -> int:
    """``النائب عن كتلة النهضة البرلمانية المنضوية في تحالف البناء، …``: a title, then عن and the bloc
    or constituency it sits for (an organisation or place head, its name, definite adjectives, and a
    participle placing it inside a larger body), closed by a comma or the complementiser, describes
    the unnamed member; the description is the speaker. Returns the description's end (``j``: none)."""
    first = toks[j + 1].text
    if not (in_lexicon(first, ORG_HEADS) or first in PLACE_HEADS):
        return j
    m = j + 2
    if m < limit and _plain_name(toks[m].text) and not toks[m].text.startswith("ال"):
        m += 1  # the bloc's own name: كتلة صادقون
    while m < limit and m - j <= 12:
        w = toks[m].text
        if w in ("في", "ضمن") and m + 1 < limit and in_lexicon(toks[m + 1].text, ORG_HEADS):
            m += 2  # "المنضوية في تحالف …": the larger body, and its name
            if m < limit and _plain_name(toks[m].text):
                m += 1
            continue
        if not w.startswith("ال") or w in STOPS or is_cue(w) or w in FRAME_WORDS:
            break
        m += 1
    return m if m < limit and (toks[m].text in _BODY_ENDS or toks[m].text in COMPLEMENTISERS) else j


def _governing_title(w: str) -> bool:
    """An indefinite title in a role (``نائب``, ``مستشار``, ``معاون``) governs the title after it as
    its genitive: ``نائب رئيس الوزراء`` is the deputy's office, not the head of government's."""
    return not w.startswith("ال") and in_lexicon(w, TITLES) is not None


def _feminine_office(w: str) -> bool:
    """``رئيسة``, ``الوزيرة``: a title that is the feminine of a listed masculine title (a style such as
    ``سماحة`` or ``فخامة`` ends the same way but has no gender)."""
    return w.endswith("ه") and w[:-1] in TITLES


def _other_gender_office(head: str, w: str) -> bool:
    """``الوالي ورئيسة الجماعة``, ``المديرة ونائب الرئيس``: an office joined by و whose gender is not
    the head's names a second person; one person's two offices (``نائب الرئيس ووزير الخارجية``)
    share a gender."""
    if len(w) <= 3 or w[0] != "و" or w[1:] not in TITLES:
        return False
    head, second = strip_clitic(head), w[1:]
    if _feminine_office(second):
        return not head.endswith("ه")
    return _feminine_office(head) and not second.endswith("ه")


def _without_conjunction(toks: list[Tok], i: int) -> list[Tok]:
    """``… ورئيسة المجلس``: a second person's title read from its و-joined word is named without the و
    (its role, key and canonical start at the title itself)."""
    w = toks[i].text
    if len(w) <= 3 or w[0] != "و" or w in TITLES or w[1:] not in TITLES:
        return toks
    toks = list(toks)
    toks[i] = Tok(w[1:], toks[i].start + 1, toks[i].end)
    return toks


def _spoken_body_word(w: str) -> bool:
    """A plain word that can name a body after ``باسم`` (no punctuation, quotation, number or cue)."""
    return w[:1].isalpha() and not is_cue(w) and w not in COMPLEMENTISERS and w not in STOPS


_WING_HEADS: Final = fold_set(lx.WING_HEADS)


def _apposed_body(toks: list[Tok], j: int, limit: int) -> bool:
    """``كتلة الدعوة تنظيم الداخل``: after a body named with its definite genitive, an indefinite
    organisation head and its own definite genitive name the same body's wing (an apposition inside
    the title), when a plain name follows them: the holder's name starts after it, not at the head."""
    w = toks[j].text
    if j + 2 >= limit or w not in _WING_HEADS:
        return False
    prev, genitive, after = toks[j - 1].text, toks[j + 1].text, toks[j + 2].text
    return (
        prev.startswith("ال")
        and (toks[j - 2].text in ORG_HEADS or toks[j - 2].text in _WING_HEADS)
        and genitive.startswith("ال")
        and genitive not in STOPS
        and not is_cue(genitive)
        and (_plain_name(after) or after in GIVEN)
        and after not in ORG_HEADS
    )


def _abbreviated_title(toks: list[Tok], j: int, limit: int) -> bool:
    """``د.``, ``أ.``, ``م.``: one letter and a stop inside a speaker phrase abbreviate a courtesy title
    (doctor, ustadh, engineer); the name follows it, and the letter is never the name."""
    w = toks[j].text
    return len(w) == 1 and w.isalpha() and j + 2 < limit and toks[j + 1].text == "." and toks[j + 2].text[:1].isalpha()
