"""Same-claim scoring on the shapes that made wrong or missed links on the third real pair set (issue 15).

``fixtures/real/local/pairs3`` (``fixtures/linking/realpairs.py --pairs``): monthly statistics of one
office in one template (another month or year, sometimes the same headline figure), a spokesman
announcing a call for a coming day, and a roundup of one minister's two calls. Every sentence here is
our own; each test fails on the linker before the change that fixed its kind.
"""

from __future__ import annotations

from datetime import date

from claims.linking import ClaimSide, score_pair
from claims.linking.anchors import Anchors, claim_anchors, conflict, corroborate, periods_in
from claims.linking.score import speaker_agreement
from claims.linking.text import skeleton

AUTO, SUGGEST = 0.82, 0.6  # the Settings defaults
OFFICE = "Statistics Office"


def _claim(text: str, said: str, speaker: str, published: date | None = None) -> ClaimSide:
    """The claim whose words are ``said``, inside ``text``, with the anchors ingestion gives it."""
    start = text.index(said)
    anchors = claim_anchors(text, start, start + len(said), published, speaker)
    return ClaimSide(content=said, speaker=speaker, kind="indirect", anchors=anchors)


# --- the period a statistic covers: another month or year is another release --------------------------

FUEL = "fuel prices rose 0.6% on the month"


def _release(month: str) -> str:
    return (
        f"The national statistics office said consumer prices rose 4.2% in {month} from a year earlier.\n"
        f"The office said {FUEL}, while food prices were flat."
    )


def test_two_monthly_releases_of_one_template_are_two_claims() -> None:
    july, september = _claim(_release("July 2031"), FUEL, OFFICE), _claim(_release("September 2031"), FUEL, OFFICE)
    assert score_pair(july, september).score < SUGGEST
    assert conflict(july.event, september.event) == "period"
    assert july.event.periods == {"203107"} and september.event.periods == {"203109"}
    # the same month of another year: the same headline figure, another release
    last_year = _claim(_release("September 2030"), FUEL, OFFICE)
    assert score_pair(september, last_year).score < SUGGEST
    # the same release told again: one period, which also places the two on one occasion
    again = _claim(_release("September 2031"), FUEL, OFFICE)
    assert conflict(september.event, again.event) == "" and corroborate(september.event, again.event)
    assert score_pair(september, again).score >= AUTO


def test_maghrebi_month_names_date_a_release() -> None:
    said = "ارتفاع أثمان المحروقات بنسبة 0,6 في المائة"
    lede = "أعلنت المندوبية أن الرقم الاستدلالي للأثمان عند الاستهلاك ارتفع بنسبة 0,8 في المائة خلال شهر {} 2031.\n"
    tail = "وأوضحت المندوبية في مذكرتها " + said + " مقارنة بالشهر السابق."
    a = _claim(lede.format("شتنبر") + tail, said, "المندوبية")
    b = _claim(lede.format("يوليوز") + tail, said, "المندوبية")
    assert score_pair(a, b).score < SUGGEST
    assert a.event.periods == {"203109"} and b.event.periods == {"203107"}
    assert periods_in("ارتفعت الأسعار بنسبة 1,2 في المائة خلال شهر دجنبر 2030", None) == {"203012"}


def test_a_month_is_a_period_only_in_a_sentence_with_a_figure_and_never_a_day() -> None:
    assert periods_in("The call was the second since he took office in January.", None) == frozenset()
    assert periods_in("Inflation held at 2.1% in May, the office said.", date(2031, 6, 14)) == {"203105"}
    assert periods_in("Prices may rise by 3% next year.", None) == frozenset()
    assert periods_in("The 2.1% figure was published on 14 June 2031.", None) == frozenset()


# --- a weekday announced ahead is the coming one -----------------------------------------------------------


def test_a_call_scheduled_for_a_weekday_is_the_coming_one() -> None:
    monday = date(2031, 5, 12)
    said = "a conversation between the two presidents is planned for Tuesday"
    ahead = _claim(f"The spokesman said {said}.", said, "Omar Haddad", monday)
    assert ahead.event.day == date(2031, 5, 13)
    dated_said = "a conversation between the two presidents will take place on Tuesday, May 13"
    dated = _claim(f"The spokesman said that {dated_said}.", dated_said, "Omar Haddad")
    assert conflict(ahead.event, dated.event) == ""
    arabic = "سيجري الرئيسان مكالمة هاتفية الثلاثاء لبحث الأزمة"
    assert _claim(f"قال المتحدث إن {arabic}.", arabic, "عمر حداد", monday).event.day == date(2031, 5, 13)
    # the day something was said stays the last such day
    past = _claim("On Tuesday the spokesman said the talks were useful.", "the talks were useful", "Omar Haddad", monday)
    assert past.event.day == date(2031, 5, 6)


# --- the occasion is the frame's, not the words said -------------------------------------------------------


def test_a_call_spoken_of_is_not_the_occasion_the_words_were_said_on() -> None:
    said = "a telephone conversation between the two presidents will take place on Tuesday"
    confirmed = _claim(f"The spokesman confirmed that {said}.", said, "Omar Haddad")
    briefing_said = "a conversation between the two presidents is planned for Tuesday"
    briefing = _claim(f"Omar Haddad said at a briefing that {briefing_said}.", briefing_said, "Omar Haddad")
    assert confirmed.event.occasions == frozenset() and briefing.event.occasions == {"public"}
    assert conflict(confirmed.event, briefing.event) == ""
    assert score_pair(confirmed, briefing).score >= SUGGEST


# --- a roundup of two calls: each call's words after its own frame -----------------------------------------

FILLER = (
    "وتناول الاتصال العلاقات الثنائية بين البلدين وسبل تطويرها في مختلف المجالات الاقتصادية والثقافية. "
    "كما استعرض الجانبان المستجدات الإقليمية والدولية ذات الاهتمام المشترك والجهود المبذولة بشأنها. "
    "وأعرب الوزير عن تقدير بلاده للمواقف المتبادلة وحرصها على مواصلة التنسيق والتشاور في المرحلة المقبلة. "
    "واتفق الجانبان على تبادل الزيارات بين المسؤولين في البلدين خلال الفترة القادمة لمتابعة ما تم بحثه. "
    "ودعا الوزير إلى تكثيف العمل المشترك في المحافل الدولية لخدمة المصالح المتبادلة للشعبين الصديقين.\n"
)
STRESSED = "أهمية توسيع التعاون في مجال الطاقة المتجددة بين البلدين"


def test_a_roundup_reads_each_calls_party_from_its_own_sentence() -> None:
    roundup = (
        "أجرى وزير الخارجية سالم الكعبي، اليوم السبت، اتصالا هاتفيا مع وزير الخارجية الفنلندي يوها لاكسو.\n"
        + FILLER
        + "كذلك أجرى الكعبي اتصالا هاتفيا مع نظيره البرتغالي، جواو سيلفا، أعرب خلاله عن دعم بلاده للحوار.\n"
        + "وشدد الطرفان على "
        + STRESSED
        + ".\n"
    )
    alone = (
        "أجرى وزير الخارجية سالم الكعبي اتصالا هاتفيا مع نظيره البرتغالي جواو سيلفا.\n"
        "وشدد الطرفان على " + STRESSED + "."
    )
    assert roundup.index(STRESSED) > 600  # past the lede
    a = _claim(roundup, STRESSED, "سالم الكعبي + جواو سيلفا")
    b = _claim(alone, STRESSED, "سالم الكعبي")
    assert skeleton("سيلفا") in a.event.counterparts and skeleton("لاكسو") not in a.event.counterparts
    assert conflict(a.event, b.event) == ""
    assert score_pair(a, b).score >= AUTO
    # the call with the other minister, told in the same words, stays another claim
    other = _claim(roundup.replace("البرتغالي، جواو سيلفا", "الكيني، دانيال موانغي"), STRESSED, "سالم الكعبي")
    assert conflict(other.event, b.event) == "counterpart"


def test_joint_speakers_sharing_a_member_agree() -> None:
    """"X + Y" and "X + Z" (a roundup's "the two stressed", or a speaker the extractor read with a
    stray word): X said it both times; which call it was is the anchors' question."""
    joint = ClaimSide(content=STRESSED, speaker="سالم الكعبي + جواو سيلفا")
    other_pair = ClaimSide(content=STRESSED, speaker="سالم الكعبي + يوها لاكسو")
    strangers = ClaimSide(content=STRESSED, speaker="دانيال موانغي + يوها لاكسو")
    assert speaker_agreement(joint, other_pair) == 1.0
    assert speaker_agreement(joint, strangers) < 0.5
    arabic = ClaimSide(content=STRESSED, speaker="خالد منصور + جواو سيلفا")
    english = ClaimSide(
        content="the importance of wider cooperation in renewable energy", speaker="Khaled Mansour + Juha Laakso"
    )
    assert speaker_agreement(arabic, english) == 1.0


# --- the speaker's own country: "solidarity of A with B" and "of A with C" are two statements ---------

MINISTER = "ناصر بن خالد الهاجري"


def _said_by(text: str, said: str, role: str) -> ClaimSide:
    """As ``_claim``, with the speaker's role as the extractor read it (the places it names are his)."""
    start = text.index(said)
    anchors = claim_anchors(text, start, start + len(said), None, MINISTER, "indirect", role)
    return ClaimSide(content=said, speaker=MINISTER, kind="indirect", anchors=anchors)


def test_one_ministers_solidarity_with_two_countries_is_two_claims() -> None:
    # one page tells the call with the Lebanese minister by the verb "expressed to", no call frame to
    # read the counterpart from; the other is the Jordanian call: both contents name the speaker's
    # own country, and the country each speaks of differs
    lebanon_said = "تضامن دولة الكويت المستمر مع لبنان وحرصها على أمنه وسيادته على كامل أراضيه"
    lebanon = _said_by(
        "عبّر وزير الخارجية الكويتي ناصر بن خالد الهاجري لوزير الخارجية اللبناني سمير عواد عن "
        + lebanon_said + ".",
        lebanon_said,
        "وزير الخارجية الكويتي",
    )  # fmt: skip
    jordan_said = "تضامن دولة الكويت مع الأردن وأمنه وسيادته ووحدة أراضيه"
    jordan = _said_by(
        "أجرى ناصر بن خالد الهاجري وزير الخارجية اتصالا هاتفيا اليوم مع وزير الخارجية الأردني "
        "كريم الزعبي، أعرب فيه عن " + jordan_said + ".",
        jordan_said,
        "وزير الخارجية",
    )
    assert lebanon.event.own == {"kw"}
    assert Anchors.decode(lebanon.event.encode()).own == {"kw"}  # kept with the claim's tokens
    assert score_pair(lebanon, jordan).score < SUGGEST
    # the same call told by another outlet ("his country" for Kuwait): one statement still
    again_said = "تضامن بلاده مع لبنان وأمنه وسيادته ووحدة أراضيه"
    again = _said_by(
        "أجرى وزير خارجية دولة الكويت، ناصر بن خالد الهاجري، اتصالا هاتفيا مع نظيره اللبناني سمير عواد، "
        "وأكد " + again_said + ".",
        again_said,
        "وزير خارجية دولة الكويت",
    )
    assert score_pair(lebanon, again).score >= SUGGEST
