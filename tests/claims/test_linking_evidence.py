"""What a same-claim link needs beyond shared wording (issue 15, item 4): a statement's own times,
and specific evidence when the wording shared is thin. Our own invented sentences throughout."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from claims.linking.anchors import conflict, stated_times, times_differ
from claims.linking.score import ClaimSide, score_pair

SUGGEST = 0.6  # the settings' default suggest threshold


def _score(a: ClaimSide, b: ClaimSide) -> float:
    return score_pair(a, b).score


def test_stated_times_reads_weekdays_dates_and_clock_times_not_decimals() -> None:
    assert stated_times("the summit is planned for Thursday") == {"w3"}
    assert stated_times("talks will open on Friday, April 11") == {"w4", "m0411"}
    assert stated_times("الاجتماع مقرر الساعة 14:30 بتوقيت أنقرة") == {"t1430"}
    assert stated_times("اللقاء في 9 أبريل") == {"m0409"}
    assert stated_times("output grew 2.45% and rates stay at 9.30") == frozenset()


def test_times_differ_only_when_both_say_when_in_no_common_term() -> None:
    assert times_differ(stated_times("on Thursday"), stated_times("at 14:30"))
    assert times_differ(stated_times("on Thursday, April 10"), stated_times("on April 11"))
    assert not times_differ(stated_times("on Thursday"), stated_times("on April 10"))  # no year to tell
    assert not times_differ(stated_times("on Thursday at 14:30"), stated_times("on Thursday"))
    assert not times_differ(stated_times("on Thursday"), stated_times("soon"))


def test_one_spokesman_giving_a_day_and_giving_an_hour_are_two_statements() -> None:
    hour = ClaimSide(
        "that the telephone conversation between the two prime ministers is scheduled for 14:30 Ankara time",
        speaker="Selim Korkmaz",
    )
    day = ClaimSide(
        "that the conversation between the two prime ministers scheduled for Thursday is being prepared",
        speaker="Selim Korkmaz",
    )
    same_day = ClaimSide(
        "that a telephone conversation between the two prime ministers is scheduled for Thursday",
        speaker="Selim Korkmaz",
    )
    assert _score(hour, day) < SUGGEST
    assert _score(same_day, day) >= SUGGEST  # the same day stays a link


def test_arabic_hour_against_a_day_in_another_statement() -> None:
    hour = ClaimSide("أن المكالمة الهاتفية بين رئيسي الوزراء مقررة الساعة 14:30 بتوقيت أنقرة", speaker="سليم قورقماز")
    day = ClaimSide("أن المكالمة الهاتفية بين رئيسي الوزراء مقررة يوم الخميس", speaker="سليم قورقماز")
    assert _score(hour, day) < SUGGEST


def test_a_short_narration_inside_a_longer_different_one_is_no_link() -> None:
    short = ClaimSide("الخميس أن أردوغان سيتحدث هاتفيا مع نظيره ميلوني", kind="event", speaker="")
    longer = ClaimSide(
        "وناقش عدد من القادة الأفارقة هاتفيا مع الرئيس ميلوني ملف الهجرة في اتصالات سبقت المحادثة المقررة "
        "اليوم الخميس بين ميلوني والرئيس أردوغان حول التجارة والطاقة في المتوسط",
        kind="event",
        speaker="",
    )
    assert _score(short, longer) < SUGGEST


def test_thin_wording_with_a_shared_figure_stays_a_link() -> None:
    a = ClaimSide("rents climbed 8.7 percent", kind="event")
    b = ClaimSide(
        "In the previous quarter housing costs in the capital had already seen a steep climb of 8.7 percent",
        kind="event",
    )
    c = ClaimSide(
        "In the previous quarter housing costs in the capital had already seen a steep climb of 6.2 percent",
        kind="event",
    )
    assert _score(a, b) >= SUGGEST
    assert _score(a, c) < SUGGEST


def test_one_word_in_common_is_no_statement_in_common() -> None:
    a = ClaimSide("Such a summit is being arranged for Thursday", speaker="Selim Korkmaz")
    b = ClaimSide("that it must be arranged", speaker="Selim Korkmaz")
    assert _score(a, b) < SUGGEST


# --- one caller, two counterparts the same day: the call verbs that name the other party -------------


def _call_claim(lede: str, said: str, speaker: str) -> ClaimSide:
    from claims.linking.anchors import claim_anchors

    text = lede + " " + said
    start = text.index(said)
    return ClaimSide(said, speaker=speaker, anchors=claim_anchors(text, start, len(text), None, speaker))


SAID_EN = "that both countries must keep the shipping lanes of the region open to trade"


@pytest.mark.parametrize(
    "frame",
    [
        "Prime Minister Lena Varga spoke by phone with {} on Monday.",
        "Prime Minister Lena Varga spoke on the phone with {} on Monday.",
        "Prime Minister Lena Varga phoned {} on Monday.",
        "Prime Minister Lena Varga held talks by telephone with {} on Monday.",
    ],
)
def test_english_call_verbs_name_the_other_party(frame: str) -> None:
    first = _call_claim(frame.format("President Tomas Aalto"), SAID_EN, "Lena Varga")
    second = _call_claim(frame.format("Chancellor Ruth Bauer"), SAID_EN, "Lena Varga")
    again = _call_claim(frame.format("President Tomas Aalto"), SAID_EN, "Lena Varga")
    assert conflict(first.event, second.event) == "counterpart"
    assert score_pair(first, second).score < SUGGEST
    assert conflict(first.event, again.event) == "" and score_pair(first, again).score >= SUGGEST


SAID_AR = "أن على البلدين إبقاء ممرات الملاحة في المنطقة مفتوحة أمام التجارة"


@pytest.mark.parametrize(
    "frame",
    [
        "اتصل رئيس الوزراء سامي العنزي هاتفيا ب{} اليوم الاثنين، وأكد",
        "واتصل رئيس الوزراء سامي العنزي، هاتفياً، ب{}، وأكد",
    ],
)
def test_arabic_call_verb_names_the_other_party(frame: str) -> None:
    first = _call_claim(frame.format("الرئيس الفنلندي توماس آلتو"), SAID_AR, "سامي العنزي")
    second = _call_claim(frame.format("المستشارة النمساوية روث باور"), SAID_AR, "سامي العنزي")
    assert conflict(first.event, second.event) == "counterpart"
    assert score_pair(first, second).score < SUGGEST


# --- Arabic and English reports of one statistics release: the release's own words ------------------


def test_one_release_in_arabic_and_english_is_suggested() -> None:
    en = ClaimSide(
        "Oman's annual inflation rate reached 2.3 percent in March, driven by housing prices",
        kind="event",
        lang="en",
    )
    ar = ClaimSide("بلغ معدل التضخم السنوي في عمان 2.3% في شهر مارس مدفوعا بأسعار المساكن", kind="event", lang="ar")
    other_month = ClaimSide(
        "بلغ معدل التضخم السنوي في عمان 1.8% في شهر أبريل مدفوعا بأسعار المساكن", kind="event", lang="ar"
    )
    assert score_pair(en, ar).score >= SUGGEST
    assert score_pair(en, other_month).score < SUGGEST


# --- an annual figure and a monthly one are two statistics --------------------------------------------


def _release(said: str) -> ClaimSide:
    from claims.linking.anchors import claim_anchors

    text = f"قالت هيئة الإحصاء الوطنية إن {said}."
    start = text.index(said)
    return ClaimSide(
        said, speaker="هيئة الإحصاء الوطنية", anchors=claim_anchors(text, start, start + len(said), None, "هيئة الإحصاء")
    )


def test_a_whole_year_named_as_the_period_is_an_anchor() -> None:
    from claims.linking.anchors import periods_in

    assert periods_in("تطور مؤشر أسعار الإنتاج في سنة 2031 حسب القطاعات", None) == {"203100"}
    assert periods_in("output grew in the year 2031 by sector", None) == {"203100"}
    assert periods_in("a rise of 4.2% compared to the year 2030", None) == frozenset()  # a comparison
    monthly = _release("مؤشر أسعار الإنتاج الصناعي سجل ارتفاعا بنسبة 4,2 في المائة خلال شهر مارس 2031")
    annual = _release("تطور مؤشر أسعار الإنتاج الصناعي في سنة 2031 حسب القطاعات")
    annual_again = _release("تطور مؤشر أسعار الإنتاج الصناعي في سنة 2031 حسب القطاعات والفروع")
    assert conflict(monthly.event, annual.event) == "period"
    assert score_pair(monthly, annual).score < SUGGEST
    assert conflict(annual.event, annual_again.event) == "" and score_pair(annual, annual_again).score >= SUGGEST


# --- one outlet's weekly session, narrated on the same weekday every week -------------------------------


def test_one_outlet_narrating_two_weekly_sessions_on_the_same_weekday_tells_two_sessions(session: Session) -> None:
    """"The cabinet held its weekly session today, Tuesday" in two articles of one outlet, each in its own
    words, no date: the same weekday every week places nothing. Another outlet's word-for-word narration
    is one text and links; in its own words it would not (``test_linking_recurring_frames``: real pair
    set ``pairs6``, two Kuwaiti cabinet sessions a year apart were suggested)."""
    from claims import linking, repository
    from claims.models import CrossReference
    from claims.types import ClaimKind, SpeakerKind
    from tests.factories import make_candidate, make_document

    def narrate(n: int, outlet: str, event: str) -> None:
        doc = make_document(f"{event}.\n\nPage {n} of the {outlet} site.", outlet=outlet, title=f"{outlet} {n}", lang="en")
        art = repository.store_article(session, doc=doc, url=f"https://{n}.example/{n}").article_id
        claim = make_candidate(doc, event, speaker=outlet, speaker_mention="",
                               speaker_kind=SpeakerKind.OUTLET, kind=ClaimKind.EVENT)  # fmt: skip
        repository.replace_claims(session, article_id=art, candidates=[claim])
        linking.link_article(session, article_id=art, auto_threshold=0.82, suggest_threshold=SUGGEST)

    held = "The cabinet held its weekly session today, Tuesday, chaired by Prime Minister Lena Varga"
    met = "The cabinet met in its weekly session today, Tuesday, under Prime Minister Lena Varga"
    narrate(1, "The Ledger", held)
    narrate(2, "The Ledger", met)
    assert session.exec(select(CrossReference)).all() == []
    narrate(3, "The Herald", met)
    pairs = {frozenset((x.from_claim_id, x.to_claim_id)) for x in session.exec(select(CrossReference)).all()}
    assert pairs == {frozenset((3, 2))}  # another outlet's word-for-word narration: one text; not the other week's
