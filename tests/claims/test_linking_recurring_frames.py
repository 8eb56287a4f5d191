"""Same-claim scoring of sentences whose words recur on every occasion of their kind.

``fixtures/real/local/pairs6`` (``fixtures/linking/realpairs.py --pairs``): two leaders who call each
other every few weeks, and a cabinet that meets every week, are narrated in one template each time
("X received a phone call from Y", "the cabinet held its weekly meeting chaired by Z"). Such a
sentence is the same claim only when its occasion is placed: a day both sides give and that agrees
(a weekly session falls on the same weekday every week, so a bare weekday places none of those).
Every sentence here is our own; each test fails on the linker before the change that fixed its kind.
"""

from __future__ import annotations

from claims.linking import ClaimSide, score_pair
from claims.linking.anchors import claim_anchors

SUGGEST = 0.6  # the Settings default


def _event(text: str, outlet: str, lang: str = "en") -> ClaimSide:
    anchors = claim_anchors(text, 0, len(text), None, outlet, "event")
    return ClaimSide(text, speaker=outlet, kind="event", speaker_kind="outlet", lang=lang, anchors=anchors)


BARE_EN = "President Rahimi received a phone call on Friday from the Chilean president Luis Ortega."
TOPIC_EN = (
    "President Rahimi received a phone call from the Chilean president Luis Ortega on the floods in "
    "the southern provinces and the reconstruction fund."
)
BARE_AR = "تلقى الرئيس رحيمي، اليوم الجمعة، اتصالا هاتفيا من الرئيس التشيلي لويس أورتيغا."
TOPIC_AR = (
    "تلقى الرئيس رحيمي اتصالا هاتفيا من الرئيس التشيلي لويس أورتيغا تناول الفيضانات في المحافظات الجنوبية "
    "وصندوق إعادة الإعمار."
)


def test_a_bare_call_frame_with_no_day_to_compare_is_not_another_call_s_report() -> None:
    """ "X received a call from Y" says only that a call took place: every call of the two reads so.
    With a day on one side only, nothing places the two reports on one call."""
    for bare, topic, lang in ((BARE_EN, TOPIC_EN, "en"), (BARE_AR, TOPIC_AR, "ar")):
        a, b = _event(bare, "first.example", lang), _event(topic, "second.example", lang)
        assert score_pair(a, b).score < SUGGEST, (lang, score_pair(a, b))


def test_a_bare_call_frame_placed_on_the_same_day_is_still_suggested() -> None:
    """The same call told by two outlets, one with what was discussed: both name the Friday."""
    for bare, topic, lang, friday in (
        (BARE_EN, TOPIC_EN, "en", "President Rahimi received a phone call on Friday from"),
        (BARE_AR, TOPIC_AR, "ar", "تلقى الرئيس رحيمي، اليوم الجمعة، اتصالا هاتفيا من"),
    ):
        head = (
            "President Rahimi received a phone call from"
            if lang == "en"
            else "تلقى الرئيس رحيمي اتصالا هاتفيا من"
        )
        a, b = (
            _event(bare, "first.example", lang),
            _event(topic.replace(head, friday), "second.example", lang),
        )
        assert score_pair(a, b).score >= SUGGEST, (lang, score_pair(a, b))


def test_two_calls_on_other_weekdays_stay_apart_as_before() -> None:
    a = _event(BARE_EN, "first.example")
    b = _event(BARE_EN.replace("Friday", "Sunday"), "second.example")
    assert score_pair(a, b).score < SUGGEST


WEEKLY_EN = "The cabinet held its weekly meeting on Monday chaired by the prime minister Omar Haddad."
WEEKLY_AR = "عقد مجلس الوزراء اجتماعه الأسبوعي برئاسة رئيس مجلس الوزراء عمر حداد."


def test_two_reports_of_a_weekly_session_need_a_date_not_a_weekday() -> None:
    """A weekly session falls on the same weekday every week: "Monday" on one side (or on both)
    does not make two session reports one, across outlets as within one."""
    a = _event(WEEKLY_EN, "first.example")
    b = _event(WEEKLY_EN.replace(" on Monday", "").replace("held its weekly meeting", "met in its weekly session"), "second.example")
    assert score_pair(a, b).score < SUGGEST, score_pair(a, b)
    both_monday = _event(WEEKLY_EN.replace("chaired by", "under"), "second.example")
    assert score_pair(a, both_monday).score < SUGGEST, score_pair(a, both_monday)
    assert score_pair(a, _event(WEEKLY_EN, "second.example")).score >= SUGGEST  # word for word: one text
    ar = _event(WEEKLY_AR, "third.example", "ar")
    other_words = "ترأس رئيس مجلس الوزراء عمر حداد اليوم الاجتماع الأسبوعي للمجلس في قصر الحكومة."
    assert score_pair(ar, _event(other_words, "fourth.example", "ar")).score < SUGGEST


def test_a_weekly_session_placed_by_a_date_is_linked() -> None:
    dated = WEEKLY_EN.replace("on Monday", "on Monday 3 March 2031")
    a, b = _event(dated, "first.example"), _event(dated, "second.example")
    assert score_pair(a, b).score >= SUGGEST, score_pair(a, b)


def test_the_month_a_figure_is_compared_with_is_not_the_period_it_covers() -> None:
    """"Ruritania's March inflation rose to 4.2 percent from 3.9 percent recorded in February": the
    release is March's (named before the noun, with no period word); February is the base. Read as
    the period, it set one copy of the March release against another that says "in March"."""
    from claims.linking.anchors import periods_in

    assert periods_in("Ruritania's March inflation rose to 4.2 percent from 3.9 percent recorded in February", None) == frozenset()
    assert periods_in("inflation rose to 4.2 percent in March from 3.9 percent in February", None) == {"000003"}
    assert periods_in("بلغ التضخم 4.2 بالمئة في شهر مارس مقابل 3.9 بالمئة في شهر فبراير", None) == {"000003"}
    lede = "Ruritania's March inflation rose to 4.2 percent from 3.9 percent recorded in February, the office said."
    copy = "Consumer prices rose by 0.5 percent in March, bringing the rate to 4.2 percent, the office said."
    a = ClaimSide(lede[: lede.index(", the office")], speaker="Statistics Office", speaker_kind="organization",
                  anchors=claim_anchors(lede, 0, lede.index(", the office"), None, "Statistics Office"))
    b = ClaimSide(copy[: copy.index(", the office")], speaker="Statistics Office", speaker_kind="organization",
                  anchors=claim_anchors(copy, 0, copy.index(", the office"), None, "Statistics Office"))
    assert not _periods_apart(a, b)


def _periods_apart(a: ClaimSide, b: ClaimSide) -> bool:
    from claims.linking.anchors import conflict

    return conflict(a.event, b.event) == "period"
