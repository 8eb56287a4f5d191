"""Same-claim links on the shapes the fifth real pair set (``pairs5``) showed, in our own sentences.

A monthly statistics note cut two ways (one cut gives only the whole year's average, the other the
year's average beside December's rate); one sender's condolence cable template on two deaths, or on
two deaths in one family written to one addressee; a weather alert dated by day and month with no
year against the same template for a night named by its weekday. Each test fails on the linker
before the change that fixed its kind. Every sentence here is invented.
"""

from __future__ import annotations

from claims.linking import ClaimSide, score_pair
from claims.linking.anchors import Anchors, claim_anchors, conflict, deceased_in, periods_in

SUGGEST = 0.6  # the Settings default


def _event(text: str, outlet: str, anchors: Anchors) -> ClaimSide:
    return ClaimSide(text, speaker=outlet, kind="event", speaker_kind="outlet", lang="ar", anchors=anchors)


# --- a whole year named beside a month -------------------------------------------------------------

YEAR_ONLY = "انخفض متوسط الغلاء في البلاد خلال العام 2031 إلى 4.7 بالمائة مقابل 6 بالمائة في عام 2030"
YEAR_AND_MONTH = (
    "انخفض متوسط الغلاء لكامل سنة 2031 إلى 4,7 بالمائة بعد 6 بالمائة في 2030، حسب مؤشر الأسعار لشهر "
    "نوفمبر 2031 الصادر عن مكتب الإحصاء"
)


def test_a_whole_year_beside_a_month_is_read_as_a_period_too() -> None:
    assert "203100" in periods_in(YEAR_AND_MONTH, None)
    assert "203111" in periods_in(YEAR_AND_MONTH, None)
    assert "203100" in periods_in("بلغ متوسط الغلاء لسنة 2031 نحو 4,7 بالمائة", None)
    assert "203100" in periods_in("بلغ متوسط الغلاء للعام 2031 نحو 4,7 بالمائة", None)


def test_the_year_average_in_two_cuts_of_one_note_is_suggested() -> None:
    a = claim_anchors(YEAR_ONLY, 0, len(YEAR_ONLY), None, "one.invalid", "event")
    b = claim_anchors(YEAR_AND_MONTH, 0, len(YEAR_AND_MONTH), None, "two.invalid", "event")
    assert conflict(a, b) == ""
    result = score_pair(_event(YEAR_ONLY, "one.invalid", a), _event(YEAR_AND_MONTH, "two.invalid", b))
    assert result.score >= SUGGEST, result


def test_another_year_or_a_month_alone_still_differs() -> None:
    other = YEAR_ONLY.replace("2031", "2029").replace("2030", "2028")
    a = claim_anchors(other, 0, len(other), None, "one.invalid", "event")
    b = claim_anchors(YEAR_AND_MONTH, 0, len(YEAR_AND_MONTH), None, "two.invalid", "event")
    assert conflict(a, b) == "period"
    month = "بلغت نسبة الغلاء 3,9 بالمائة خلال شهر مارس 2031"
    assert periods_in(month, None) == frozenset({"203103"})


# --- condolence cables: the deceased ----------------------------------------------------------------

CABLE = "بعث العاهل سالم الرابع برقية تعزية ومواساة إلى {to}، على إثر وفاة {dead}"
LEDE_EN = "King Salem IV sent a message of condolences to {to}, following the death of {dead}."


def _cable(to: str, dead: str) -> tuple[str, Anchors]:
    text = CABLE.format(to=to, dead=dead)
    return text, claim_anchors(text, 0, len(text), None, "one.invalid", "event")


def test_the_deceased_of_a_condolence_message_is_read() -> None:
    assert deceased_in(CABLE.format(to="الرئيس كمال داود", dead="الرئيس الأسبق فؤاد مرعي")) >= {"fd"}
    assert deceased_in(LEDE_EN.format(to="President Kamal Daoud", dead="HRH Prince Fuad Marei")) >= {"fd"}
    # no condolence named: a death in a report is no anchor
    assert deceased_in("وأعلنت الشرطة وفاة شاب في الحادث") == frozenset()
    assert deceased_in("Police reported the death of a young man in the crash.") == frozenset()


def test_one_senders_cable_on_another_death_is_not_linked() -> None:
    a_text, a = _cable("الرئيس كمال داود", "الرئيس الأسبق فؤاد مرعي")
    b_text, b = _cable("الأمير نادر", "والده الأمير ياسين")
    assert conflict(a, b) == "deceased"
    assert score_pair(_event(a_text, "one.invalid", a), _event(b_text, "two.invalid", b)).score < SUGGEST


def test_two_deaths_in_one_family_to_one_addressee_are_two_cables() -> None:
    a_text, a = _cable("الأمير نادر", "والده الأمير ياسين")
    b_text, b = _cable("الملك نادر الأول", "الملكة سلمى")
    assert conflict(a, b) == "deceased"
    assert score_pair(_event(a_text, "one.invalid", a), _event(b_text, "two.invalid", b)).score < SUGGEST


def test_two_copies_of_one_cable_stay_linked_in_either_script() -> None:
    a_text, a = _cable("الأمير نادر", "والده الأمير ياسين")
    b_text, b = _cable("الأمير نادر، ولي العهد", "والده ياسين")
    assert conflict(a, b) == ""
    assert score_pair(_event(a_text, "one.invalid", a), _event(b_text, "two.invalid", b)).score >= SUGGEST
    # an Arabic name losing its "إل" as the article still agrees with its Latin spelling
    ar = deceased_in(CABLE.format(to="الملك نادر", dead="الملكة إليانور"))
    en = deceased_in(LEDE_EN.format(to="King Nader", dead="Queen Eleanor"))
    assert conflict(Anchors(deceased=ar), Anchors(deceased=en)) == ""


# --- a day and month with no year, a weekday in the lede ---------------------------------------------

DATED = (
    "العاصمة في 3 مارس / وكالة / حذر مركز الطقس من تدني الرؤية بسبب الضباب بعد منتصف الليل.\n"
    "ودعا المركز السائقين إلى الحذر حتى الساعة 08:00 من صباح الخميس."
)
WEEKDAY = "دعا مركز الطقس السائقين إلى الحذر بسبب تدني الرؤية من الضباب حتى صباح غد الأحد."


def test_a_dated_alert_takes_its_ledes_weekday() -> None:
    end = DATED.index(".")
    a = claim_anchors(DATED, 0, end, None, "one.invalid", "event")
    assert a.monthday == (3, 3) and a.weekday == 3
    b = claim_anchors(WEEKDAY, 0, len(WEEKDAY), None, "two.invalid", "event")
    assert b.weekday == 6
    assert conflict(a, b) == "day"


def test_the_same_nights_alert_still_agrees() -> None:
    end = DATED.index(".")
    a = claim_anchors(DATED, 0, end, None, "one.invalid", "event")
    same = WEEKDAY.replace("الأحد", "الخميس")
    b = claim_anchors(same, 0, len(same), None, "two.invalid", "event")
    assert conflict(a, b) == ""
