"""Same-claim links a desk can trust: the failure kinds measured on real pairs, in our own sentences.

Each case reproduces one way the linker went wrong on real article pairs (tests/perf/RESULTS.md,
"Same-claim links on real pairs"): the same words said on another occasion (another day, another
counterpart, outside the claim's content), "X held a call with Y" sentences of different calls, two
organisations sharing a nationality adjective, numbers compared as whole sets, a name across scripts,
and agency copies that a Jaccard-built detector missed. The texts are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, col, select

from claims import linking, repository
from claims.linking import ClaimSide, score_pair
from claims.linking.score import DISAGREEING_SPEAKER, speaker_agreement
from claims.models import CrossReference
from claims.types import ClaimKind, SpeakerKind
from tests.factories import make_candidate, make_document

AUTO, SUGGEST = 0.82, 0.6
SPEAKER = "ماهر الدباغ"
# One talking point, word for word, as a minister repeats it in several calls.
TALKING_POINT = "استمرار التصعيد في المنطقة يهدد الأمن والاستقرار ويستدعي تحركا دوليا عاجلا لوقف الحرب"


def _store(session: Session, n: int, text: str, cands: list[dict], day: int | None = None) -> int:
    doc = make_document(text, outlet=f"منفذ {n}", title=f"عنوان {n}")
    art = repository.store_article(
        session, doc=doc, url=f"https://o{n}.example/{n}",
        published_at=datetime(2026, 2, day, tzinfo=UTC) if day else None,
    )  # fmt: skip
    made = [make_candidate(doc, c.pop("content"), **c) for c in cands]
    repository.replace_claims(session, article_id=art.article_id, candidates=made)
    return art.article_id


def _link(session: Session, article_id: int) -> linking.LinkReport:
    return linking.link_article(session, article_id=article_id, auto_threshold=AUTO, suggest_threshold=SUGGEST)


def _claim_links(session: Session) -> list[CrossReference]:
    return list(
        session.exec(select(CrossReference).where(col(CrossReference.kind).in_(("same_claim", "via")))).all()
    )


def _said(content: str) -> dict:
    return {"content": content, "speaker": SPEAKER, "speaker_mention": SPEAKER}


def _call_article(day_word: str, counterpart: str) -> str:
    return (
        f"أجرى وزير الخارجية {SPEAKER} {day_word} اتصالا هاتفيا {counterpart}، "
        "تناول العلاقات الثنائية والأوضاع الإقليمية.\n\n"
        f"وأكد الوزير أن {TALKING_POINT}."
    )


def test_the_same_words_said_to_another_counterpart_on_another_day_are_another_claim(session: Session) -> None:
    """The day and the counterpart are in the lede, not in the claim: they still tell two calls apart."""
    a = _store(session, 1, _call_article("يوم الأحد", "بنظيره النرويجي"), [_said(TALKING_POINT)])
    _link(session, a)
    b = _store(session, 2, _call_article("يوم الأربعاء", "بنظيرته التشيلية"), [_said(TALKING_POINT)])
    report = _link(session, b)
    assert (report.auto, report.suggested) == (0, 0), report
    # the same call as a second outlet tells it: linked
    c = _store(session, 3, _call_article("يوم الأحد", "مع نظيره النرويجي") + "\n\nوبحث الجانبان التعاون.", [_said(TALKING_POINT)])
    assert _link(session, c).auto == 1


def test_publication_dates_a_week_apart_tell_repeated_words_apart(session: Session) -> None:
    """No day named in the text: the article dates are the event days (two days' slack for late coverage)."""
    text = f"قال وزير الخارجية {SPEAKER} إن {TALKING_POINT}."
    a = _store(session, 1, text, [_said(TALKING_POINT)], day=2)
    _link(session, a)
    b = _store(session, 2, text + "\n\nوجاء ذلك في مؤتمر صحفي.", [_said(TALKING_POINT)], day=9)
    assert _link(session, b).auto == 0
    c = _store(session, 3, text + "\n\nوجاء ذلك في تصريح للصحفيين.", [_said(TALKING_POINT)], day=3)
    assert _link(session, c).auto == 1


def test_call_event_sentences_with_different_counterparts_do_not_link(session: Session) -> None:
    """"X held a call with Y": the frame is the same words every time; the counterpart differs."""
    events = [
        f"بحث وزير الخارجية {SPEAKER} خلال اتصال هاتفي مع نظيره {who} العلاقات الثنائية وسبل تعزيزها"
        for who in ("الكندي", "الياباني")
    ]
    for n, event in enumerate(events, 1):
        art = _store(session, n, event + ".", [{"content": event, "speaker": "", "speaker_mention": "",
                                                 "speaker_kind": SpeakerKind.OUTLET, "kind": ClaimKind.EVENT}])  # fmt: skip
        _link(session, art)
    assert _claim_links(session) == []


def test_organisations_sharing_a_nationality_adjective_are_two_speakers() -> None:
    """The last word of an organisation's name is no surname: agency ≠ ministry."""
    words = "الوضع الإنساني في المنطقة يتطلب استجابة دولية عاجلة"
    agency = ClaimSide(words, speaker="وكالة الأنباء الموريتانية", speaker_kind="organization")
    ministry = ClaimSide(words, speaker="وزارة الخارجية الموريتانية", speaker_kind="organization")
    minister = ClaimSide(words, speaker="وزير الخارجية الموريتاني")
    assert speaker_agreement(agency, ministry) == DISAGREEING_SPEAKER
    assert speaker_agreement(agency, minister) == DISAGREEING_SPEAKER
    assert score_pair(agency, ministry).score < SUGGEST
    # one organisation named in full and shortened still agrees
    short = ClaimSide(words, speaker="وزارة الخارجية", speaker_kind="organization")
    assert speaker_agreement(ministry, short) == 1.0


def test_one_rate_in_basis_points_and_in_percent_is_one_value() -> None:
    bank = "البنك المركزي"
    a = ClaimSide("رفع سعر الفائدة بواقع 200 نقطة أساس إلى 14.5%", speaker=bank, speaker_kind="organization")
    b = ClaimSide("رفع سعر الفائدة بنسبة 2% إلى 14.5%", speaker=bank, speaker_kind="organization")
    result = score_pair(a, b)
    assert result.score >= SUGGEST  # no number contradiction: 2 % and 200 basis points, 14.5 on both sides
    assert score_pair(a, ClaimSide("رفع سعر الفائدة بنسبة 3% إلى 15.5%", speaker=bank, speaker_kind="organization")).score < SUGGEST


def test_a_number_on_one_side_only_is_no_contradiction_but_another_value_is() -> None:
    """A dateline's date or a restated figure on one side; a different value in the same slot."""
    base = "ارتفع معدل التضخم السنوي بنسبة 3.5% في الشهر الماضي"
    dated = ClaimSide("12 2026 " + base + " مقارنة بنسبة 3.1% في الشهر السابق", speaker=SPEAKER)
    plain = ClaimSide(base, speaker=SPEAKER)
    other = ClaimSide(base.replace("3.5", "4.2"), speaker=SPEAKER)
    assert score_pair(dated, plain).score >= SUGGEST
    assert score_pair(plain, other).score < SUGGEST
    assert score_pair(ClaimSide("cut the budget by 2 million"), ClaimSide("cut the budget by 1 million")).score < SUGGEST


def test_one_name_in_arabic_and_latin_script_is_one_speaker() -> None:
    """Transliteration key: word boundaries (عبد الله / Abdullah) and one-consonant surnames no longer decide."""
    ar = ClaimSide("التعاون مستمر", speaker="سالم بن خالد آل وهيان", lang="ar")
    en = ClaimSide("cooperation continues", speaker="Salem bin Khaled Al Wahyan", lang="en")
    assert speaker_agreement(ar, en) == 1.0
    split = ClaimSide("التعاون مستمر", speaker="عبد الرحيم بن سالم آل وهيان", lang="ar")
    joined = ClaimSide("cooperation continues", speaker="Abdulrahim bin Salem Al Wahyan", lang="en")
    assert speaker_agreement(split, joined) == 1.0
    someone_else = ClaimSide("cooperation continues", speaker="Khaled bin Salem Al Nahyan", lang="en")
    assert speaker_agreement(ar, someone_else) == DISAGREEING_SPEAKER


DISPATCH = [
    f"أجرى وزير الخارجية {SPEAKER} اليوم الاثنين اتصالا هاتفيا مع نظيره البرتغالي تناول فيه العلاقات الثنائية "
    "بين البلدين الصديقين وسبل تطويرها في المجالات الاقتصادية والتجارية والثقافية.",
    "وبحث الجانبان خلال الاتصال آخر التطورات في المنطقة والجهود المبذولة لخفض التصعيد وحماية المدنيين "
    "وضمان وصول المساعدات الإنسانية إلى المحتاجين دون عوائق.",
    f"وأكد الوزير {SPEAKER} أن {TALKING_POINT}، مشددا على أهمية تنسيق المواقف بين الشركاء الدوليين "
    "في المرحلة المقبلة لتحقيق سلام دائم وشامل.",
    "من جانبه أعرب الوزير البرتغالي عن تقدير بلاده للدور الذي تضطلع به الدبلوماسية في دعم الحوار "
    "وتقريب وجهات النظر بين الأطراف المعنية.",
]


def test_an_agency_copy_with_its_own_dateline_paragraph_and_chrome_is_found(session: Session) -> None:
    """Containment, not Jaccard: the copy drops the last paragraph and adds one of its own."""
    agency = "\n\n".join(DISPATCH)
    copy = "\n\n".join(
        ["الرئيسية | أخبار | سياسة", "عمّان - وكالات", *DISPATCH[:3],
         "ويأتي الاتصال في إطار سلسلة من الاتصالات التي يجريها الوزير مع نظرائه في عدد من الدول الأوروبية "
         "والآسيوية لبحث القضايا ذات الاهتمام المشترك وتعزيز التعاون.",
         "جميع الحقوق محفوظة"]
    )  # fmt: skip
    a = _store(session, 1, agency, [])
    _link(session, a)
    b = _store(session, 2, copy, [])
    assert _link(session, b).syndicated == 1


def test_one_template_about_another_call_is_no_copy(session: Session) -> None:
    """An outlet's template reused for the next call shares most shingles; the lede's counterpart differs."""
    a = _store(session, 1, "\n\n".join(DISPATCH), [])
    _link(session, a)
    other = [p.replace("البرتغالي", "الإندونيسي").replace("الاثنين", "الخميس") for p in DISPATCH]
    b = _store(session, 2, "\n\n".join(other), [])
    assert _link(session, b).syndicated == 0


def test_two_calls_with_one_counterpart_are_told_apart_by_what_was_discussed() -> None:
    """The frame ("X discussed during a phone call with Y") is word for word the same for every call."""
    frame = f"بحث وزير الخارجية {SPEAKER} خلال اتصال هاتفي مع نظيره الكندي"

    def event(topic: str) -> ClaimSide:
        return ClaimSide(f"{frame} {topic}", kind="event", speaker_kind="outlet")

    trade = event("سبل تعزيز التبادل التجاري بين البلدين وزيادة الاستثمارات المشتركة في قطاع الطاقة")
    sudan = event("تطورات الأوضاع الإنسانية في السودان وجهود إيصال المساعدات إلى النازحين")
    assert score_pair(trade, sudan).score < SUGGEST
    retold = event("سبل تعزيز التبادل التجاري بين البلدين وزيادة الاستثمارات المشتركة في مجال الطاقة")
    assert score_pair(trade, retold).score >= AUTO


def test_a_claim_in_two_copies_links_whoever_the_extractor_took_for_its_speaker(session: Session) -> None:
    """In a copy the same sentence has the same speaker; two extracted names for it are extraction noise."""
    quote = DISPATCH[2][DISPATCH[2].index("أن ") + 3 : DISPATCH[2].index("،")]
    a = _store(session, 1, "\n\n".join(DISPATCH), [{"content": quote, "speaker": "وكالة الأنباء الرسمية",
                                                     "speaker_mention": "", "speaker_kind": SpeakerKind.ORGANIZATION}])  # fmt: skip
    _link(session, a)
    b = _store(session, 2, "\n\n".join(["بيروت - وكالات", *DISPATCH[:3]]), [_said(quote)])
    report = _link(session, b)
    assert (report.syndicated, report.auto) == (1, 1), report
