"""Arabic organisation and collective speaker phrases (split from ``noun_phrases``).

``وكالة “إرنا” الإيرانية``, ``المرصد السوري لحقوق الإنسان``, ``مصادر مطلعة``, ``الجانبان``: an
organisation is registered under its fullest name, its acronym and (for media) its proper name, so
later descriptions (``الوكالة``, ``المنظمة``) resolve back to it.
"""

from __future__ import annotations

from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.noun_phrases import _SAYING_WORDS, Ctx, Mention, _plain_name, parse_name, person
from claims.extract.arabic.words import (
    CHANNEL_WORDS,
    COLLECTIVES,
    COMPLEMENTISERS,
    DUALS,
    FRAME_WORDS,
    GIVEN,
    HEADS,
    MEDIA_HEADS,
    NATIONALITIES,
    OFFICE,
    ORG_HEADS,
    PLACE_HEADS,
    PLACES,
    PLURAL_FEMININE_ORGS,
    SINGULAR_SOURCES,
    STOPS,
    TITLES,
    in_lexicon,
    indefinite_nisba,
    is_cue,
    is_name_token,
    is_nisba,
    masculine,
)
from claims.extract.core.entities import Entity, group_of
from claims.extract.core.tokens import QUOTE_CHARS, Tok
from claims.types import SpeakerKind


def _parent_body(toks: list[Tok], j: int, limit: int) -> bool:
    """``… في بلدية بيروت``, ``… في وزارة الصحة``: an indefinite organisation or place head with its
    name, the body a department belongs to (not ``في بيان``, ``في مؤتمر``: no organisation head)."""
    if j + 1 >= limit:
        return False
    head, name = toks[j].text, toks[j + 1].text
    return (
        (head in ORG_HEADS or head in PLACE_HEADS)
        and not head.startswith("ال")
        and (_plain_name(name) or name in PLACES or name.startswith("ال"))
        and name not in STOPS
    )


def _parent_with_b(w: str) -> bool:
    """``بالحكومة``, ``بالدولة``, ``بمحافظة``: ب with an organisation or place head, the parent body of
    the organisation before it (never ``بيان`` or ``بالقول``: no head after the ب)."""
    if len(w) < 5 or w[0] != "ب":
        return False
    rest = w[1:]
    return (rest in ORG_HEADS or rest in PLACE_HEADS) and rest not in STOPS


def _titled_next(toks: list[Tok], j: int, limit: int) -> bool:
    """``برئاسة النقيبة …``: a title after an indefinite head introduces the person heading, no body."""
    return j < limit and in_lexicon(toks[j].text, TITLES) is not None


def _definite_adjective(w: str, parent: str) -> bool:
    """A definite adjective of the parent body: a nisba or a listed organisation adjective, or, after a
    feminine head, a feminine word (``بالحكومة المؤقتة``); never a stop word, cue or frame word, and
    never the verb's object (``مسؤول بالبنك المركزي التعليقَ``: a masculine noun)."""
    agrees = is_nisba(w) or w in ORG_ADJECTIVES or (parent.endswith("ه") and w.endswith("ه"))
    return (
        agrees
        and w.startswith("ال")
        and w not in STOPS
        and not is_cue(w)
        and w not in FRAME_WORDS
        and w not in ORG_HEADS
        and (is_nisba(w) or w in ORG_ADJECTIVES or w not in PLACES)
    )


def _inner_construct(toks: list[Tok], j: int, limit: int) -> bool:
    """``مجلس إدارة البنك المركزي``, ``هيئة تنظيم الاتصالات``: an indefinite head takes an indefinite
    noun that itself governs a definite genitive (a chain of constructs), even a common noun."""
    w = toks[j].text
    return (
        w[0].isalpha()
        and (w[0] not in "وفلبك" or _office_word(w))
        and not w.startswith("ال")
        and w not in STOPS
        and not is_cue(w)
        and j + 1 < limit
        and toks[j + 1].text.startswith("ال")
        and toks[j + 1].text not in STOPS
    )


def _two_noun_construct(toks: list[Tok], j: int, limit: int) -> bool:
    """``قيادة شرطة محافظة البصرة``: two indefinite nouns in construct (bodies and place heads among
    them) closed by a definite noun or a listed place: the head's genitive is one chain, not the
    end of the name after its first word."""
    if j + 2 >= limit or not _inner_construct(toks, j + 1, limit) and toks[j + 2].text not in PLACES:
        return False
    w, nxt = toks[j].text, toks[j + 1].text
    return all(
        x[0].isalpha()
        and (x[0] not in "وفلبك" or _office_word(x))
        and not x.startswith("ال")
        and x not in STOPS
        and not is_cue(x)
        for x in (w, nxt)
    )


def _office_word(w: str) -> bool:
    """``مكتب وزير الزراعة``, ``مكتب والي الولاية``: an indefinite title noun whose و is a root letter
    (``وزير``, ``والي``, ``وكيل``), the office a body serves, read as part of the body's construct
    chain; a و-clitic word (``ووزير``) is never one."""
    return in_lexicon(w, TITLES) == w or ("ال" + w) in TITLES


def _part_of_body(toks: list[Tok], i: int, limit: int) -> bool:
    """``فريق من إدارة …``, ``لجنة من وزارة …``: an indefinite unit head, من and another body's head."""
    head = in_lexicon(toks[i].text, ORG_HEADS) or toks[i].text
    return (
        i + 2 < limit
        and not head.startswith("ال")
        and toks[i + 1].text == "من"
        and toks[i + 2].text in ORG_HEADS
    )


def _unit_of(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> Mention:
    """An unnamed unit drawn from a body (``فريق من إدارة مسرح الجريمة``) speaks as a group under the
    whole phrase (guideline §4.5), not the bare head with the body pushed into the content."""
    body = organisation(ctx, toks, i + 2, limit)
    end = next((m for m in range(i + 2, limit) if toks[m].end >= body.end_char), limit - 1) + 1
    if end < limit and _common_genitive(toks, end):
        end += 1  # "إدارة مسرح الجريمة": the indefinite noun's definite genitive closes the chain
    head = in_lexicon(toks[i].text, ORG_HEADS) or toks[i].text
    key = " ".join(t.text for t in toks[i:end])
    canonical = ctx.orig(toks[i].start + (len(toks[i].text) - len(head)), toks[end - 1].end)
    entity = ctx.reg.lookup(key) or ctx.reg.add(Entity(canonical, SpeakerKind.GROUP, number="plural"), [key])
    return Mention(entity, end, toks[i].start, toks[end - 1].end)


def _common_genitive(toks: list[Tok], j: int) -> bool:
    """A definite common noun (a name stop) right after an indefinite noun that is not the head."""
    w, prev = toks[j].text, toks[j - 1].text
    return (
        w.startswith("ال")
        and w in STOPS
        and w not in FRAME_WORDS
        and not is_cue(w)
        and prev[0].isalpha()
        and not prev.startswith("ال")
        and prev not in ORG_HEADS
    )


_BRAND_WORDS: Final = 4  # words of a medium's quoted name
_BRAND_ENDS: Final = frozenset(("،", ",", "في", "عبر")) | COMPLEMENTISERS


def _quoted_brand(toks: list[Tok], j: int, limit: int) -> int | None:
    """A described medium's own name in quotation marks right after the description (``الصحيفة
    الإلكترونية "الأفق"``, ``القناة التلفزيونية «…»``), one to four words closed before a comma, a
    frame or the complementiser: the closing mark's index. A longer quotation is the content."""
    for m in range(j + 2, min(limit - 1, j + 2 + _BRAND_WORDS)):
        if toks[m].text in QUOTE_CHARS:
            return m if toks[m + 1].text in _BRAND_ENDS else None
    return None


def _construct_chain(toks: list[Tok], j: int, limit: int) -> bool:
    """Indefinite nouns from ``j`` (at most four) reach a definite noun or a place: one name in construct
    (``لجنة طوارئ مواجهة وباء حمى الضنك``: a committee's name can run through several nouns)."""
    for m in range(j + 1, min(limit, j + 4)):
        w = toks[m].text
        if (w.startswith("ال") and w not in STOPS and not is_cue(w)) or w in PLACES:
            return True
        if not _plain_name(w):
            return False
    return False


# "بحسب قاموس الشرطة للحديث عن القتل": a لل-genitive of speaking is what the body does, not its name
_SPEECH_NOUNS: Final = fold_set(lx.REFUSED_SPEECH)


def body_genitive(w: str) -> bool:
    """``للتخطيط``, ``للقضاء``: a لل-genitive that goes on a body's name (what it is for); one of
    speaking (``للحديث عن``, ``للرد على``) is a purpose phrase after the name."""
    return w.startswith("لل") and len(w) > 4 and "ال" + w[2:] not in _SPEECH_NOUNS


def organisation(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> Mention:
    """``وكالة “إرنا” الإيرانية``, ``وزارة الطاقة والمناجم``, ``القيادة المركزية الأمريكية (سنتكوم)``."""
    head = in_lexicon(toks[i].text, ORG_HEADS) or toks[i].text
    if _part_of_body(toks, i, limit):
        return _unit_of(ctx, toks, i, limit)
    j, words, acronyms = i + 1, [toks[i]], []
    brand: list[Tok] = []
    while j < limit and len(words) < 7:
        w = toks[j].text
        if w in QUOTE_CHARS and len(words) == 1 and head in MEDIA_HEADS and not head.startswith("ال"):
            close = next((m for m in range(j + 1, min(limit, j + 5)) if toks[m].text in QUOTE_CHARS), None)
            if close is not None and close > j + 1:
                brand = toks[j + 1 : close]  # صحيفة "لوريان لوجور", وكالة «الأناضول»
                words.extend(brand)
                j = close + 1
                continue
        if w in QUOTE_CHARS and head in MEDIA_HEADS and (len(words) > 1 or head.startswith("ال")):
            named = _quoted_brand(toks, j, limit)
            if named is not None:  # "البوابة الإخبارية الأوروبية "بوليتيكال ريبورت"، …": its own name
                brand = toks[j + 1 : named]
                words.extend(brand)
                j = named + 1
                break
        if w in QUOTE_CHARS and len(words) > 1:
            close = next((m for m in range(j + 1, min(limit, j + 5)) if toks[m].text in QUOTE_CHARS), None)
            if close is None:
                break  # "ودانت جمعية حماية المستهلك "الغموض الذي …"": a long quotation is the content
        if w in QUOTE_CHARS:
            if (
                len(words) > 1
                and j + 2 < limit
                and toks[j + 2].text in QUOTE_CHARS
                and not toks[j + 1].text.startswith("ال")
            ):
                acronyms = [toks[j + 1].text]  # البنك المركزي السعودي "ساما"
                if head in MEDIA_HEADS:  # وكالة الأنباء الماليزية الرسمية "برناما": the agency's own name
                    brand = [toks[j + 1]]
                j += 3
                break
            j += 1
            continue
        if w == "(":
            close = next((m for m in range(j + 1, min(limit, j + 5)) if toks[m].text == ")"), None)
            if close is not None:
                acronyms = [t.text for t in toks[j + 1 : close]]
                news = any(t.text in _NOT_BRANDS for t in words)  # a news agency, not an energy agency
                if news and not brand and close == j + 2 and toks[j + 1].text[0].isalpha():
                    brand = [toks[j + 1]]  # وكالة الأنباء الأردنية (بترا): the agency's own name (§3)
                j = close + 1
            break
        if (
            len(words) == 1
            and head.startswith("ال")
            and w.startswith("ال")
            and not is_nisba(w)
            and w not in ORG_ADJECTIVES
            and w not in PLACES
        ):
            break  # "واتهمت المنظمة الحكومةَ …": a definite head takes adjectives, not a second definite noun
        if len(words) > 1 and not head.startswith("ال") and indefinite_nisba(words[1].text):
            if not indefinite_nisba(w):
                break  # "صحيفة بريطانية نقلاً عن …": a medium described by its nationality, unnamed
            words.append(toks[j])
            j += 1
            continue
        if (
            len(words) in (2, 3)
            and head in MEDIA_HEADS
            and _plain_name(w)
            and not words[-1].text.startswith("ال")
        ):
            words.append(toks[j])  # صحيفة نيويورك تايمز, وكالة فرانس برس
            j += 1
            continue
        if (
            len(words) > 2
            and w.startswith("ال")
            and not is_nisba(w)
            and (_plain_name(words[-1].text) or words[-1].text in PLACES)
            and _attached_body(words[-2].text)
        ):
            break  # "… بمدينة فاس الشعبَ": after the place's own name, a definite noun is the object
        if (
            len(words) > 1
            and _oblique_plural_object(w)
            and w not in PLACES
            and (words[-1].text.startswith("ال") or words[-1].text in PLACES)
        ):
            break  # "دعت جمعية … بولاية نابل المواطنينَ إلى": a plural of people after the name is the object
        if (
            len(words) > 1
            and w == "عن"
            and words[-1].text.startswith("لل")
            and j + 2 < limit
            and _inner_construct(toks, j + 1, limit)
        ):
            words.extend(toks[j : j + 3])  # "الهيئة الوطنية للدفاع عن حقوق المستهلك": the cause it defends
            j += 3
            continue
        if len(words) > 1 and w.startswith("ال") and not is_nisba(w):
            last = words[-1].text
            colour = w in lx.COLOUR_ADJECTIVES  # "للصليب الأحمر": a colour agrees with its genitive
            if (last.startswith("لل") or is_nisba(last)) and w not in ORG_ADJECTIVES and not colour:  # "للتعبئة العامة"
                if not _agreeing_participle(last, w):
                    break  # "الاتحاد العام للشغالين الحكومةَ", "أدانت الخارجية القطرية الهجومَ": only
                    # adjectives follow a لل-genitive or an adjective
        if (
            (w.startswith("ال") and w not in STOPS and not is_cue(w) and w not in FRAME_WORDS)
            or w in PLACES
            or body_genitive(w)
            or (
                w[0] == "ل"
                and len(w) > 3
                and len(words) > 1
                and w[1:] not in MEDIA_HEADS
                and w[1:] not in CHANNEL_WORDS
                and j + 1 < limit
                and (
                    (w[1:] not in ORG_HEADS and toks[j + 1].text.startswith("ال"))
                    or _parent_genitive(words, w, toks[j + 1].text)
                )
            )
        ):
            words.append(toks[j])
        elif _parent_genitive_name(words, w):
            words.append(toks[j])  # "المكتب السياسي لحركة الفجر": the parent body's own name
        elif (
            len(words) == 1
            and not head.startswith("ال")
            and (_plain_name(w) or _inner_construct(toks, j, limit) or _two_noun_construct(toks, j, limit))
        ):
            words.append(toks[j])  # construct state: وكالة سانا, مؤسسة كهرباء لبنان, مجلس إدارة البنك
        elif (
            len(words) in (2, 3, 4)
            and not head.startswith("ال")
            and not any(t.text.startswith("ال") or t.text in PLACES for t in words)
            and (_plain_name(w) or (w in ORG_HEADS and not w.startswith("ال")))
            and _construct_chain(toks, j, limit)
        ):
            words.append(toks[j])  # "لجان مقاومة مدينة الخرطوم": a longer construct chain up to its definite end
        elif w[0] == "و" and len(words) > 1 and w[1:].startswith("ال") and w[1:] not in STOPS:
            words.append(toks[j])  # وزارة الطاقة والمناجم
        elif w == "بلا" and len(words) > 1 and j + 1 < limit and _plain_name(toks[j + 1].text):
            words.extend(toks[j : j + 2])  # "منظمة أطباء بلا حدود": "without …" qualifies the name's noun
            j += 1
        elif len(words) > 1 and _place_head_word(words[-1].text) and _plain_name(w) and w not in GIVEN:
            words.append(toks[j])  # "المجلس البلدي بمدينة زليتن": the head's unlisted place name
        elif len(words) > 1 and w[:1] == "ب" and w[1:] in PLACES:
            words.append(toks[j])  # "مكتب الإعلام بالمحكمة الابتدائية بصفاقس": the body's seat
        elif w in ("في", "ب") and j + 1 < limit and toks[j + 1].text in PLACES and len(words) > 1:
            words.extend(toks[j : j + 2])  # وزارة الصحة في غزة
            j += 1
        elif w == "في" and len(words) > 1 and _parent_body(toks, j + 1, limit):
            words.extend(toks[j : j + 3])  # دائرة العلاقات العامة في بلدية بيروت: the body it belongs to
            j += 2
        elif len(words) > 1 and _parent_with_b(w) and (w.startswith("بال") or not _titled_next(toks, j + 1, limit)):
            words.append(toks[j])  # "وزارة النقل بالحكومة المحلية": the government it belongs to, and
            parent = w
            while j + 1 < limit and len(words) < 9 and _definite_adjective(toks[j + 1].text, parent):
                j += 1  # its adjectives (المحلية, الليبية, المؤقتة)
                words.append(toks[j])
        else:
            break
        j += 1
    base = head[2:] if head.startswith("ال") else head
    nisbas = frozenset(masculine(t.text) for t in words[1:] if is_nisba(t.text))
    proper = [t for t in words[1:] if not t.text.startswith(("ال", "لل", "وال")) and t.text not in PLACES]
    if not brand and head in MEDIA_HEADS:
        brand = _brand(words)
    end_char = words[-1].end
    tokens = [head, *(t.text for t in words[1:])]
    if not proper and head.startswith("ال") and all(is_nisba(t.text) for t in words[1:]):
        described = ctx.reg.by_tokens(tokens, SpeakerKind.ORGANIZATION) or ctx.reg.by_description(
            base, nisbas, SpeakerKind.ORGANIZATION
        )
        if described is None and len(words) == 1 and base == "وزاره":
            described = next(
                (
                    e
                    for e in ctx.reg._recent()
                    if e.kind == SpeakerKind.ORGANIZATION and ("ال" + e.head in OFFICE or e.head in OFFICE)
                ),
                None,
            )  # الوزارة → الخارجية
        if described is not None:
            return Mention(described, j, toks[i].start, end_char)
    gender = "f" if base.endswith("ه") or head in PLURAL_FEMININE_ORGS else "m"
    canonical = ctx.orig(toks[i].start + (len(toks[i].text) - len(head)), end_char)  # the fullest name
    if head.startswith("ال") and ctx.f.startswith("لل", toks[i].start) and canonical.startswith("لل"):
        canonical = "ال" + canonical[2:]  # "وفقاً للمرصد …", "بيان للوزارة": the name without the ل
    keys = [" ".join(tokens), " ".join(t.text for t in words)]
    if proper and (head in MEDIA_HEADS or (head in MOVEMENT_HEADS and len(words) == 2)):
        keys.append(" ".join(t.text for t in proper))  # "حركة حماس" … later "حماس" alone
    if brand:
        canonical = ctx.orig(brand[0].start, brand[-1].end)  # guideline §3: وكالة إرنا … → إرنا
        keys.append(" ".join(t.text for t in brand))
    keys.extend(acronyms[:1])
    entity = ctx.reg.add(
        Entity(
            canonical, SpeakerKind.ORGANIZATION, gender=gender, head=base, nisbas=nisbas, brand=bool(brand)
        ),
        keys,
    )
    return Mention(entity, j, toks[i].start, end_char)


def _parent_genitive(words: list[Tok], w: str, nxt: str) -> bool:
    """``المركز الإعلامي لمجلس الوزراء``, ``المكتب التنفيذي لحركة الفجر``: after a definite head and
    its function's adjective, ل with an organisation's head and its name is the body the office
    belongs to. After a nationality (``الخارجية الأمريكية لحكومة …``) the body is fully named and
    the ل-phrase is whom it addresses; a medium or a channel was excluded before."""
    last = words[-1].text
    return (
        w[1:] in ORG_HEADS
        and not w[1:].startswith("ال")
        and words[0].text.startswith("ال")
        and is_nisba(last)
        and last not in ORG_ADJECTIVES
        and last not in NATIONALITIES
        and masculine(last) not in NATIONALITIES
        and (
            (nxt.startswith("ال") and nxt not in STOPS and not is_cue(nxt))
            or (_plain_name(nxt) and nxt not in GIVEN)
        )
    )


def _parent_genitive_name(words: list[Tok], w: str) -> bool:
    """The plain proper name right after a parent body's ل-head (``لحركة الفجر`` has it definite)."""
    last = words[-1].text
    return (
        len(words) > 2
        and last[:1] == "ل"
        and last[1:] in ORG_HEADS
        and _plain_name(w)
        and w not in GIVEN
        and not is_cue(w)
    )


_DEMONSTRATIVES: Final = fold_set(("تلك", "ذلك", "هذه", "هذا", "هؤلاء", "أولئك"))
MOVEMENT_HEADS: Final = fold_set(("حركة", "حزب", "جماعة", "تنظيم", "جبهة", "تيار", "ائتلاف", "كتلة"))


def _agreeing_participle(genitive: str, w: str) -> bool:
    """``للطاقة المتجددة``: a feminine participle (``المت…ة``, ``المست…ة``) agreeing with a feminine
    genitive is its adjective, not the verb's object."""
    return (
        genitive.endswith("ه")
        and w.endswith("ه")
        and w.startswith(("المت", "المست", "المن"))
        and w not in ORG_HEADS
    )


_NOT_BRANDS: Final = fold_set(("أنباء", "انباء", "الأنباء"))


def _brand(words: list[Tok]) -> list[Tok]:
    """A medium's proper name right after its indefinite head, before any adjectives: ``وكالة رويترز``,
    ``وكالة إرنا الإيرانية الرسمية``, ``وكالة فرانس برس``; not a descriptive name (``وكالة أنباء
    الإمارات``, ``وكالة تونس أفريقيا للأنباء``, ``القناة 12 الإسرائيلية``)."""
    head = words[0].text
    if head.startswith("ال") or len(words) < 2:
        return []
    if indefinite_nisba(words[1].text):
        return []  # "صحيفة بريطانية": a description, no proper name
    k = 1
    while k < len(words) and _brand_word(words[k].text):
        if words[k].text in _NOT_BRANDS:
            return []
        k += 1
    rest = words[k:]
    if k == 1 or all(t.text in PLACES for t in words[1:k]):
        return []  # "وكالة بغداد": a place alone names no medium
    if any(t.text.startswith("لل") or t.text in PLACES for t in rest):
        return []
    return words[1:k]


def _brand_word(w: str) -> bool:
    return w[0] != "ل" and (_plain_name(w) or w in PLACES)


ORG_ADJECTIVES: Final = fold_set(
    (
        "العام",
        "العامة",
        "الأعلى",
        "المتحدة",
        "المستقلة",
        "المسلحة",
        "الخاصة",
        "المشتركة",
        "الموحدة",
        "الكبرى",
        "القابضة",
        "السامية",
        "العليا",
        "الحاكم",
        "الجديد",
        "الجديدة",
        "الحر",
        "الحرة",
        "المركزي",
        "المركزية",
        "الخاص",
        "التابع",  # "لجنة شؤون الأسرى التابعة للحوثيين": the affiliation is part of the name
        "التابعة",
    )
)


_INFORMED: Final = fold_set(("مطلع", "مطلعة", "مطلعون", "مطلعين", "المطلع", "المطلعة"))  # مصدر مطلع على الملف


def _speaking_head(w: str) -> bool:
    """``مصادر``, ``المصدر``, ``مسؤولين``, ``المتحدث``: a word that heads a source or a speaker."""
    return w in SINGULAR_SOURCES or w in COLLECTIVES or in_lexicon(w, TITLES) is not None


def _place_head_word(w: str) -> bool:
    """``بمدينة``, ``بولاية``, ``مدينة``: an indefinite place head (bare or with ب) awaiting its name."""
    base = w[1:] if w[:1] == "ب" and w[1:] in PLACE_HEADS else w
    return base in PLACE_HEADS and not base.startswith("ال")


def _after_adjective(prev: str, w: str) -> bool:
    """``مصدر في وزارة الخارجية السورية الأمم المتحدة``: after the nisba that closes the body's name, a
    definite word that is no nisba and does not agree with it (a masculine or plural word after a
    feminine nisba, a feminine or plural one after a masculine nisba) cannot be its adjective or a
    genitive of the chain (a genitive never follows an adjective): it is the verb's object.
    (``الحكومة الليبية المؤقتة``, ``الجيش السوري الحر`` agree and go on.)"""
    if not is_nisba(prev) or not w.startswith("ال") or is_nisba(w) or w in ORG_ADJECTIVES:
        return False
    if prev.endswith("يه"):
        return not w.endswith("ه")
    return w.endswith(("ه", "ات", "ين", "ون"))


def collective(ctx: Ctx, toks: list[Tok], i: int, limit: int, head: str, register: bool = True) -> Mention:
    """``مصادر مطلعة``, ``مزارعون في قضاء الفاو``, ``نواب عن الحزب الديمقراطي``; ``الجانبان`` → the pair."""
    if head in DUALS:
        named = _named_pair(ctx, toks, i, limit)
        if named is not None:
            return named
        pair = ctx.reg.implicit("", "dual", toks[i].start)
        if pair is not None:
            return Mention(pair, i + 1, toks[i].start, toks[i].end)
    j = i + 1
    definite = head.startswith("ال")
    while j < limit and j - i < (3 if definite else 5):
        w = toks[j].text
        if not w[0].isalpha() or w in STOPS or w in COMPLEMENTISERS or is_cue(w):
            break
        if w[0] == "و" and _coordinated_nisba(toks, j, i, limit):
            j += 1  # "مصادر طبية وأمنية": a second adjective joined by و
            continue
        if w[0] == "و" and not (j == i + 1 and (w in ORG_HEADS or w in PLACE_HEADS or _root_waw_nisba(w))):
            break  # "مسؤولو وزارة الصحة": a head noun in construct, not a و-clause
        if w in FRAME_WORDS or w in CHANNEL_WORDS or w.endswith("وا") or w in _SAYING_WORDS:
            break
        if w[0] == "ل" and len(w) > 3 and not w.endswith(("ي", "يه", "ون", "ين")):
            break  # "شهود عيان لرويترز": the addressee is not part of the source
        if w[0] == "ب" and w[1:] in PLACE_HEADS and j + 1 < limit and (
            _plain_name(toks[j + 1].text) or toks[j + 1].text in PLACES
        ):
            j += 2  # "مزارعون بولاية نابل", "فلاحون بجهة صفاقس": where the group is
            break
        if definite and not (w.startswith("ال") or w.endswith(("ه", "ون", "ين", "يه", "ي"))):
            break
        if definite and head.endswith("ون") and w.startswith("ال") and not w.endswith("ون"):
            break  # "يطالب المواطنون البلدية بـ …": a nominative plural takes no genitive, and its
            # adjectives agree (المواطنون الغاضبون); a definite word that does not is the verb's object
        if definite and w.endswith("ي") and not w.startswith("ال") and j + 1 < limit:
            nxt = toks[j + 1].text
            noun = nxt[0].isalpha() and not nxt.endswith(("ي", "يه"))  # not an adjective (مصدر أمني)
            if nxt.startswith("ال") or nxt in _DEMONSTRATIVES or noun:
                break  # "وطالب المصدر مروجي تلك الأخبار بـ …": an indefinite construct is the verb's object
        if _cue_b(w, toks[j - 1].text, j == i + 1):
            break  # "وطالب ناشطون بفتح تحقيق": the cue's ب and its verbal noun, not the group's name
        j += 1
        if not definite and w.endswith(("يه", "ي", "ون", "ين")) and j - i > 1:
            nxt = toks[j].text if j < limit else ""
            adjective = nxt.endswith(("يه", "ي")) and indefinite_nisba(nxt)
            if adjective or nxt in _INFORMED or _coordinated_nisba(toks, j, i, limit):
                continue  # مصدر أمني عراقي, مصادر حكومية مطلعة: adjectives chain
            if w.endswith("ي") and j < limit and _construct_noun(toks[j].text):
                continue  # ممثلو نقابة سائقي سيارات الأجرة: a construct plural (سائقين → سائقي) goes on
            break  # مصادر دبلوماسية: an adjective closes the phrase
        if not definite and (w.startswith("ال") or w in PLACES):
            break  # a construct chain ends at its definite noun: أهالي ضحايا انفجار مرفأ بيروت
    j = _org_genitive(toks, i, j, limit)
    if not definite and j - i >= 2 and toks[j - 1].text.startswith("ال"):
        while j < limit and j - i < 6 and (is_nisba(toks[j].text) or toks[j].text in ORG_ADJECTIVES):
            j += 1  # "مهنيو القطاع السياحي", "ممثلو القطاع الخاص"
        if j < limit and toks[j].text[:1] == "ب" and toks[j].text[1:] in PLACES:
            j += 1  # "… بمراكش": the place closes the group's name
    informed = j + 1 < limit and toks[j].text == "علي" and toks[j - 1].text in _INFORMED
    # "نقلت وسائل الإعلام عن المصادر العراقية قولها": عن before a source or a speaker group is the
    # report's preposition (who the group quotes), not part of the group's name (نواب عن الحزب)
    quoting = j + 1 < limit and toks[j].text == "عن" and _speaking_head(toks[j + 1].text)
    quoting = quoting or _asked_person(toks, i, j, limit)
    if (
        j + 1 < limit
        and not quoting
        and (toks[j].text in ("في", "من", "عن", "داخل", "ب") or informed)
        and toks[j + 1].text not in CHANNEL_WORDS
        and toks[j + 1].text not in FRAME_WORDS
    ):
        m = j + 1
        while (
            m < limit
            and m - j <= 4
            and toks[m].text[0].isalpha()
            and toks[m].text not in STOPS
            and toks[m].text not in COMPLEMENTISERS
            and toks[m].text not in _GROUP_ENDS  # "وكلاء الدفاع عن المتهم إلى …": the cue's preposition
            and not (m > j + 1 and toks[m].text.startswith("لل") and "ال" + toks[m].text[2:] in MEDIA_HEADS)
            and not (m > j + 1 and _after_adjective(toks[m - 1].text, toks[m].text))
            and (
                toks[m].text.startswith(("ال", "لل"))
                or (informed and m == j + 1 and m + 1 < limit and toks[m + 1].text.startswith("ال"))
                or toks[m].text in PLACE_HEADS
                or toks[m].text in ORG_HEADS
                or (
                    m > j + 1
                    and (_plain_name(toks[m].text) or toks[m].text in PLACES or toks[m].text in TITLES)
                    and toks[m - 1].text in HEADS  # an organisation's or place's head
                    and not toks[m - 1].text.startswith("ال")
                )
            )
        ):
            m += 1
        if (
            m == j + 1
            and m < limit
            and (
                toks[m].text in PLACES
                or (
                    _plain_name(toks[m].text)
                    and _closes(toks, m + 1, limit)
                )
                or (  # "وكلاء الدفاع عن سماحة إلى": one word before the cue's preposition
                    toks[m].text[0].isalpha()
                    and toks[m].text[0] != "و"
                    and m + 1 < limit
                    and toks[m + 1].text in _GROUP_ENDS
                )
            )
        ):
            m += 1  # "مصادر دبلوماسية في بورتسودان،": a place name closes the phrase
        elif m > j + 1 and m < limit and _place_apposition(toks, m, limit):
            m += 1  # "مصادر محلية في العاصمة الليبية طرابلس": the place's own name after its description
        if m > j + 1:
            j = m
    elif j < limit and _attached_body(toks[j].text):
        m = j + 1  # "مصدر أمني بوزارة الداخلية اليمنية": ب glued to the body the source belongs to
        while m < limit and m - j <= 4 and _body_word(toks, m, j):
            m += 1
        if m > j + 1:
            j = _org_genitive(toks, j, m, limit)
    canonical = ctx.orig(toks[i].start, toks[j - 1].end)
    singular = head in SINGULAR_SOURCES
    kind = SpeakerKind.PERSON if singular else SpeakerKind.GROUP
    key = " ".join(t.text for t in toks[i:j])
    keys = [key] if definite or j - i == 1 else [key, "ال" + head]
    if not register:
        return Mention(Entity(canonical, kind, head=head), j, toks[i].start, toks[j - 1].end)
    entity = ctx.reg.lookup(key)
    if entity is None:  # a new indefinite source is a new speaker; "المصدر" now points to it
        number = "singular" if singular else "plural"
        entity = ctx.reg.add(Entity(canonical, kind, number=number, head=head), [key])
        for alias in keys[1:]:
            ctx.reg.repoint(alias, entity)
    return Mention(entity, j, toks[i].start, toks[j - 1].end)


def _asked_person(toks: list[Tok], i: int, j: int, limit: int) -> bool:
    """``وطالب منتخبون من الوالي …``: من right after the bare group head, before a definite person's
    title (no body, no place), is whom the group asks, not where it comes from (``نواب من الحزب``,
    ``مسؤولون من الوزارة`` name a body)."""
    if j != i + 1 or j + 1 >= limit or toks[j].text != "من":
        return False
    w = toks[j + 1].text
    return w.startswith("ال") and in_lexicon(w, TITLES) is not None and w not in HEADS


def _place_apposition(toks: list[Tok], m: int, limit: int) -> bool:
    """A listed place right after a definite description (``في العاصمة الليبية طرابلس``) names it; one
    followed by a definite noun starts a new phrase instead."""
    nxt = toks[m + 1].text if m + 1 < limit else ""
    return toks[m].text in PLACES and toks[m - 1].text.startswith("ال") and not nxt.startswith("ال")


def _coordinated_nisba(toks: list[Tok], j: int, i: int, limit: int) -> bool:
    """``مصادر محلية وأمنية``: و with an indefinite nisba right after the source's own indefinite nisba
    adds a second adjective to the same source (not a new noun: ``مصادر محلية وشهود``)."""
    if j >= limit or j - i < 2:
        return False
    w, prev = toks[j].text, toks[j - 1].text
    return (
        w[:1] == "و"
        and len(w) > 4
        and w[1:].endswith(("يه", "ي"))
        and indefinite_nisba(w[1:])
        and indefinite_nisba(prev)
        and not prev.startswith("و")
    )


def _oblique_plural_object(w: str) -> bool:
    """``المواطنين``, ``المسؤولين``: a definite sound plural in -ين (no nisba: ``التونسيين``), the
    people a verb addresses, never an adjective of an organisation's name."""
    return len(w) > 6 and w.startswith("ال") and w.endswith("ين") and not w[:-2].endswith("ي") and not is_nisba(w)


def _attached_body(w: str) -> bool:
    """``بوزارة``, ``بمديرية``, ``بولاية``: the preposition ب glued to an organisation's or a place's head."""
    return len(w) > 4 and w[0] == "ب" and not w.startswith("بال") and (w[1:] in ORG_HEADS or w[1:] in PLACE_HEADS)


def _body_word(toks: list[Tok], m: int, j: int) -> bool:
    """A word of the body's name after its glued head: the article (``الداخلية اليمنية``), a place, or
    a plain proper noun right after the head (``بولاية نابل``); never a cue, a stop word or a quote."""
    w = toks[m].text
    if not w[0].isalpha() or w in STOPS or w in COMPLEMENTISERS or w in _GROUP_ENDS or is_cue(w):
        return False
    if w in FRAME_WORDS or w in CHANNEL_WORDS or w in _SAYING_WORDS:
        return False
    return w.startswith("ال") or w in PLACES or (m == j + 1 and _plain_name(w))


def _root_waw_nisba(w: str) -> bool:
    """``وزارية``, ``وطنية``, ``ودية``: an indefinite nisba whose و is a root letter, the adjective of
    the source right before it (``مصادر وزارية``); a conjunction would join a noun, not a nisba."""
    return len(w) >= 5 and w.endswith(("يه", "ي")) and not w[1:].startswith("ال") and w not in STOPS


def _cue_b(w: str, prev: str, after_head: bool) -> bool:
    """A ب-word right after a group's head or adjective that is no agreeing adjective, no place and no
    ``بال`` phrase: the preposition of the verb (``طالب … بفتح``); after an indefinite noun of a
    construct chain it is a genitive name instead (``انفجار مرفأ بيروت``)."""
    if w[0] != "ب" or len(w) <= 3 or w.startswith("بال") or w in PLACES or w.endswith(("ون", "ين", "ه", "ي")):
        return False
    return after_head or prev.endswith(("ون", "ين", "ي", "يه", "ه"))


_GROUP_ENDS: Final = frozenset(("الي", "علي"))  # folded إلى, على: prepositions that look definite


def _closes(toks: list[Tok], m: int, limit: int) -> bool:
    return (
        m >= limit
        or toks[m].text in COMPLEMENTISERS
        or toks[m].text in _GROUP_ENDS
        or not toks[m].text[0].isalpha()
    )


_ADDRESSEES: Final = fold_set(("للصحفيين", "للصحافيين", "للصحافة", "للإعلام", "للتلفزيون", "للإذاعة"))


def _org_genitive(toks: list[Tok], i: int, j: int, limit: int) -> int:
    """``مصدر مطلع بالشركة القابضة لكهرباء مصر``: an organisation inside a source phrase keeps its
    ل-genitive (a place or a definite noun after it); an addressee (``لوكالة …``, ``لرويترز``) does not."""
    if j + 1 >= limit or not any(t.text[1:] in ORG_HEADS or t.text in ORG_HEADS for t in toks[i + 1 : j]):
        return j
    w, nxt = toks[j].text, toks[j + 1].text
    if w.startswith("لل") and len(w) > 5 and "ال" + w[2:] not in MEDIA_HEADS and w not in _ADDRESSEES:
        return j + 1  # "مصدر بالشركة العامة للكهرباء": a definite ل-genitive ends the organisation's name
    if w[0] != "ل" or len(w) <= 3 or w.startswith("لل") or w[1:] in ORG_HEADS or w[1:] in MEDIA_HEADS:
        return j
    if w[1:] in CHANNEL_WORDS or not (nxt in PLACES or (nxt.startswith("ال") and nxt not in STOPS)):
        return j
    return j + 2


def _named_pair(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> Mention | None:
    """``النائبان محمد سالم الرواشدة وأحمد عبد الرحيم القضاة``: a dual title over two names joined by و
    is the two persons together (guideline §2, in the order named)."""
    end1, _ = parse_name(toks, i + 1, limit)
    if end1 - i - 1 < 2 or end1 >= limit:
        return None
    second = toks[end1]
    if not (second.text.startswith("و") and len(second.text) > 2 and is_name_token(second.text[1:])):
        return None
    shifted = [*toks[:end1], Tok(second.text[1:], second.start + 1, second.end), *toks[end1 + 1 : limit]]
    end2, clear = parse_name(shifted, end1, len(shifted))
    if end2 - end1 < 2 or not (clear or second.text[1:] in GIVEN):
        return None  # an unlisted second first name (وسرمد …) needs a clear end to be a name
    a = person(ctx, toks, i + 1, end1, None, True).entity
    b = person(ctx, shifted, end1, end2, None, True).entity
    role = ctx.orig(toks[i].start, toks[i].end)
    for member in (a, b):
        member.role = member.role or role
    return Mention(group_of([a, b]), end2, toks[i].start, toks[end2 - 1].end)


def _construct_noun(w: str) -> bool:
    """An indefinite plain noun that can be the genitive of a construct plural (``سيارات``), not an
    adjective, a particle, a cue or a preposition-prefixed word."""
    return (
        w[0].isalpha()
        and w[0] not in "لبو"
        and not w.startswith("ال")
        and w not in STOPS
        and w not in COMPLEMENTISERS
        and not is_cue(w)
        and not indefinite_nisba(w)
        and not w.endswith(("ي", "يه", "ون", "ين", "وا"))
    )
