"""Same-claim scoring on the shapes that made wrong links on the rebuilt real pairs (issue 15).

Each test writes its own sentences (never article text) reproducing one failure kind seen on the
diagnosis half of ``fixtures/real/local/pairs`` (``fixtures/linking/realpairs.py``), and fails on
the scorer before the change that fixed that kind.
"""

from __future__ import annotations

from sqlmodel import Session, select

from claims import linking, repository
from claims.linking import ClaimSide, score_pair
from claims.linking.score import numbers_conflict
from claims.linking.text import number_slots
from claims.models import CrossReference
from tests.factories import make_candidate, make_document

AUTO, SUGGEST = 0.82, 0.6  # the Settings defaults


def _event(content: str) -> ClaimSide:
    return ClaimSide(content=content, speaker="example.com", kind="event", speaker_kind="outlet")


# --- numbers: a monthly release's template repeats; its figures and period do not -----------------


def test_shared_years_do_not_make_two_releases_one_claim() -> None:
    july = _event(
        "بلغ مؤشر أسعار المنتجين للأشهر الأولى من عام 2031 ما مقداره 104.20 مقابل 101.35 للفترة نفسها من عام 2030"
    )
    august = _event(
        "سجل مؤشر أسعار المنتجين ارتفاعا نسبته 2.84% للأشهر الأولى من عام 2031 مقارنة مع الفترة نفسها من عام 2030"
    )
    assert numbers_conflict(july.numbers, august.numbers)
    assert score_pair(july, august).score < SUGGEST


def test_number_words_state_the_period() -> None:
    seven = number_slots("ارتفعت صادرات الفوسفات خلال الأشهر السبعة الأولى من العام")
    eight = number_slots("ارتفعت صادرات الفوسفات خلال الأشهر الثمانية الأولى من العام")
    eleven = number_slots("ارتفعت صادرات الفوسفات للأحد عشر شهرا الأولى من العام")
    assert "7" in seven and "8" in eight and "11" in eleven
    assert "1" not in eleven  # the pair is one value, not "الأحد" (a weekday) and "عشر"
    assert numbers_conflict(seven, eight)


def test_the_same_figures_restated_still_link() -> None:
    wire = _event("سجل مؤشر أسعار المنتجين ارتفاعا نسبته 2.84% للأشهر الأولى من عام 2031 مقارنة مع عام 2030")
    rewrite = _event("ارتفع مؤشر أسعار المنتجين بنسبة 2.84% في الأشهر الأولى من 2031 مقارنة بالعام 2030")
    assert not numbers_conflict(wire.numbers, rewrite.numbers)
    assert score_pair(wire, rewrite).score >= SUGGEST


def test_a_year_alone_still_tells_two_claims_apart() -> None:
    """Years stay values when they are all a claim states: "in 2029" and "in 2030" differ."""
    a = ClaimSide(content="the new port will open in 2029", speaker="Lina Haddad")
    b = ClaimSide(content="the new port will open in 2030", speaker="Lina Haddad")
    assert score_pair(a, b).score < SUGGEST


# --- places: two readouts of one template about different countries ---------------------------------


def test_different_countries_make_different_statements() -> None:
    gaza = _event("وبحث الجانبان عددا من الملفات ذات الاهتمام المشترك ومنها الأوضاع في قطاع غزة واليمن")
    syria = _event(
        "وتناول الجانبان تبادل وجهات النظر حول القضايا ذات الاهتمام المشترك ومنها الأوضاع في سوريا"
    )
    assert score_pair(gaza, syria).score < SUGGEST


def test_a_city_agrees_with_its_country_and_a_side_naming_none_agrees_with_any() -> None:
    speaker = "Omar Nasser"
    city = ClaimSide(content="the talks in Damascus focused on reopening the border crossings", speaker=speaker)
    country = ClaimSide(content="talks in Syria focused on reopening the border crossings", speaker=speaker)
    nowhere = ClaimSide(content="the talks focused on reopening the border crossings", speaker=speaker)
    assert score_pair(city, country).score >= AUTO
    assert score_pair(city, nowhere).score >= SUGGEST


# --- an event sentence against a speaker's claim: it must name that speaker --------------------------


def test_an_event_that_does_not_name_the_speaker_is_not_their_statement() -> None:
    claim = ClaimSide(content="أهمية تعزيز الأمن والسلم الدوليين في المنطقة", speaker="سالم بن راشد الكعبي")
    other = _event("وناقش وزير الخارجية ونظيره الجهود المبذولة لتعزيز الأمن والسلم الدوليين في المنطقة")
    named = _event("وناقش سالم بن راشد ونظيره الجهود المبذولة لتعزيز الأمن والسلم الدوليين في المنطقة")
    assert score_pair(claim, other).score < score_pair(claim, named).score
    assert score_pair(claim, named).speaker == 0.95


def test_a_shared_first_name_does_not_name_the_speaker() -> None:
    claim = ClaimSide(content="تطلعه إلى تعزيز التعاون الاقتصادي", speaker="عبدالرحمن بن خالد المطيري")
    other = _event("تلقى الأمير فيصل بن سعود بن عبدالرحمن اتصالا بحث خلاله تعزيز التعاون الاقتصادي")
    spelled = _event("وبحث عبد الرحمن بن خالد خلال الاتصال تعزيز التعاون الاقتصادي")
    assert score_pair(claim, other).speaker < 0.95
    assert score_pair(claim, spelled).speaker == 0.95


# --- counterparts: the speaker as the meeting verb's subject is not the other party ------------------


def test_the_subject_of_a_meeting_verb_is_skipped_for_the_party_after_it() -> None:
    from claims.linking.anchors import claim_anchors, conflict

    subject = "التقى نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين سامر الخطيب"
    first = f"{subject}، اليوم، المبعوث النرويجي هانس ليندكفيست، في اجتماع."
    second = f"{subject}، الأحد في عمان، وزيرة الخارجية التشيلية ماريا سوتو، في اجتماع."
    a = claim_anchors(first, 0, 0, None, "سامر الخطيب")
    b = claim_anchors(second, 0, 0, None, "سامر الخطيب")
    assert a.counterparts and b.counterparts
    assert conflict(a, b) == "counterpart"
    claim = "ضرورة الوقف الفوري للحرب وإدخال المساعدات الإنسانية"
    x = ClaimSide(content=claim, speaker="سامر الخطيب", anchors=a)
    y = ClaimSide(content=claim + " بشكل كاف", speaker="سامر الخطيب", anchors=b)
    assert score_pair(x, y).score < SUGGEST


# --- directions: "raised" and "held" are two decisions ----------------------------------------------


def test_raising_and_holding_a_rate_are_two_claims() -> None:
    raised = _event("قررت لجنة السياسة النقدية في اجتماعها اليوم رفع سعر الفائدة على الودائع")
    held = _event("قررت لجنة السياسة النقدية في اجتماعها اليوم تثبيت سعر الفائدة على الودائع")
    also_raised = _event("قررت لجنة السياسة النقدية اليوم في اجتماعها رفع سعر الفائدة على الودائع")
    assert score_pair(raised, held).score < SUGGEST
    assert score_pair(raised, also_raised).score >= AUTO


# --- auto links: a repeated talking point with no day or party to place it waits for a reviewer ------


def _stored(session: Session, text: str, url: str, outlet: str, content: str, speaker: str) -> int:
    doc = make_document(text, outlet=outlet, title=url)
    art = repository.store_article(session, doc=doc, url=url).article_id
    cand = make_candidate(doc, content, speaker=speaker, speaker_mention=speaker.split()[-1])
    repository.replace_claims(session, article_id=art, candidates=[cand])
    return art


SAID = "على جميع الأطراف العمل على وقف دائم لإطلاق النار"
SAID_AGAIN = "على كل الأطراف العمل على وقف دائم لإطلاق النار وليس تقويضه"


def _repeat(session: Session, later: str) -> linking.LinkReport:
    first = f"وقال رامي الحداد في مؤتمر صحفي يوم الاثنين إن {SAID}.\n"
    a = _stored(session, first, "https://one.example/1", "الأولى", SAID, "رامي الحداد")
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    b = _stored(session, later, "https://two.example/2", "الثانية", SAID_AGAIN, "رامي الحداد")
    return linking.link_article(session, article_id=b, auto_threshold=AUTO, suggest_threshold=SUGGEST)


def test_an_unplaced_repeat_is_suggested_not_linked_automatically(session: Session) -> None:
    report = _repeat(session, f"وأكد رامي الحداد أن {SAID_AGAIN}.\n")
    link = session.exec(select(CrossReference)).one()
    assert link.score >= AUTO and link.state == "suggested" and (report.auto, report.suggested) == (0, 1)


def test_a_repeat_placed_on_one_day_is_linked_automatically(session: Session) -> None:
    report = _repeat(session, f"وأكد رامي الحداد الاثنين أن {SAID_AGAIN}.\n")
    assert report.auto == 1 and session.exec(select(CrossReference)).one().state == "auto"


# --- a weekday with no date to place it is the event's own day: compared exactly --------------------


def test_a_weekday_named_without_a_date_is_compared_exactly() -> None:
    """One day's slack is for dates resolved against publication times; on a bare weekday it would let
    three days in seven agree (a Wednesday call and a Thursday call with one counterpart)."""
    from claims.linking.anchors import claim_anchors, conflict, corroborate

    def lede(when: str) -> str:
        return (
            f"أجرى وزير الخارجية سالم الكعبي {when} اتصالا هاتفيا مع نظيره الفنلندي، "
            "بحثا خلاله العلاقات الثنائية."
        )

    wednesday = claim_anchors(lede("يوم الأربعاء"), 0, 10, None, "سالم الكعبي")
    thursday_15 = claim_anchors(lede("في 15 مايو 2031"), 0, 10, None, "سالم الكعبي")  # a Thursday
    wednesday_14 = claim_anchors(lede("في 14 مايو 2031"), 0, 10, None, "سالم الكعبي")
    thursday = claim_anchors(lede("يوم الخميس"), 0, 10, None, "سالم الكعبي")
    assert wednesday.day is None and wednesday.weekday == 2
    assert conflict(wednesday, thursday_15) == "day" and conflict(wednesday, thursday) == "day"
    assert conflict(wednesday, wednesday_14) == "" and corroborate(wednesday, wednesday_14)
    topic = "بحث وزير الخارجية سالم الكعبي خلال اتصال هاتفي مع نظيره الفنلندي العلاقات الثنائية"
    x = ClaimSide(topic, speaker="منفذ", kind="event", speaker_kind="outlet", anchors=wednesday)
    more = topic + " وسبل تعزيزها بما يخدم المصالح المشتركة"
    y = ClaimSide(more, speaker="منفذ آخر", kind="event", speaker_kind="outlet", anchors=thursday_15)
    assert score_pair(x, y).score < SUGGEST
    # two dates a day apart keep their slack (a copy published after midnight, a time zone), and so
    # does a weekday against a side whose day is only its publication date (next morning's coverage)
    near = claim_anchors(lede("في 16 مايو 2031"), 0, 10, None, "سالم الكعبي")
    assert conflict(thursday_15, near) == ""
    from datetime import UTC, datetime

    published_only = claim_anchors(lede(""), 0, 10, datetime(2031, 5, 16, tzinfo=UTC), "سالم الكعبي")
    assert not published_only.named and published_only.weekday == 4  # a Friday
    assert conflict(thursday, published_only) == ""


# --- figures: the size of a move repeats; the rates it sets do not ----------------------------------


def test_event_figures_are_the_precise_numbers_of_a_text() -> None:
    from claims.linking.anchors import event_figures

    text = (
        "The central bank raised its key rate by 150 basis points on Thursday, the third move in 12 months. "
        "The lending rate now stands at 14.75% and the deposit rate at 13.75 per cent; inflation was 9.0%."
    )
    assert event_figures(text) == frozenset({"14.75", "13.75", "9"})  # 150, Thursday, 12: no


def test_two_rate_decisions_of_one_size_are_told_apart_by_the_rates_they_set() -> None:
    """"Raised by 150 basis points on Thursday" is word for word the next hike of that size; the lede's
    rates (two decisions share none) tell them apart, as a day or a counterpart would."""
    from claims.linking.anchors import claim_anchors, conflict

    march = claim_anchors(
        "Thursday (Wire) - The central bank raised its key rate by 150 basis points on Thursday. "
        "It set the lending rate at 14.75% and the deposit rate at 13.75%.", 0, 10, None
    )  # fmt: skip
    june = claim_anchors(
        "CAPITAL - The central bank raised interest rates by 150 basis points on Thursday, bringing the "
        "lending rate to 16.25 per cent and the deposit rate to 15.25 per cent.", 0, 10, None
    )  # fmt: skip
    rewrite = claim_anchors(
        "البنك المركزي يرفع سعر الفائدة 150 نقطة أساس يوم الخميس ليصل سعر الإقراض إلى 14.75% "
        "وسعر الإيداع إلى 13.75%.", 0, 10, None
    )  # fmt: skip
    one_figure = claim_anchors("The bank raised its key rate to 16.25% on Thursday.", 0, 10, None)
    assert conflict(march, june) == "figures"
    assert conflict(march, rewrite) == ""  # another language, the same rates
    assert conflict(march, one_figure) == ""  # one figure is too little to tell two events apart
    bank = "The central bank"
    said = "raised its key rate by 150 basis points on Thursday"
    x = ClaimSide(said, speaker=bank, speaker_kind="organization", anchors=march)
    y = ClaimSide("raised interest rates by 150 basis points on Thursday", speaker=bank,
                  speaker_kind="organization", anchors=june)  # fmt: skip
    z = ClaimSide(said + " after a meeting", speaker=bank, speaker_kind="organization", anchors=march)
    assert score_pair(x, y).score < SUGGEST
    assert score_pair(x, z).score >= AUTO


# --- one outlet's own narrations: an occurrence it told once ----------------------------------------


def _narration(session: Session, n: int, outlet: str, event: str) -> int:
    text = f"{event}.\n\nPage {n} of the {outlet} site."
    doc = make_document(text, outlet=outlet, title=f"{outlet} {n}", lang="en")
    art = repository.store_article(session, doc=doc, url=f"https://{n}.example/{n}").article_id
    from claims.types import ClaimKind, SpeakerKind

    claim = make_candidate(doc, event, speaker=outlet, speaker_mention="",
                           speaker_kind=SpeakerKind.OUTLET, kind=ClaimKind.EVENT)  # fmt: skip
    repository.replace_claims(session, article_id=art, candidates=[claim])
    linking.link_article(session, article_id=art, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    return art


HELD = "Foreign Minister Karim Haddad held his regular press briefing at the ministry today"
TOUCHED = (
    "Foreign Minister Karim Haddad touched on several regional issues in his regular press briefing today"
)


def test_one_outlet_narrating_a_briefing_twice_with_nothing_to_place_it_tells_two_briefings(
    session: Session,
) -> None:
    """"X held his regular briefing today" in two articles of one outlet, in its own words each time and
    no day or party stated: two briefings; in their own words, two outlets' narrations would not link
    either (a regular briefing recurs: ``test_linking_recurring_frames``). Another outlet's word-for-word
    narration and the outlet's own word-for-word update still link."""
    assert score_pair(_event(HELD), _event(TOUCHED)).score < SUGGEST  # a scheduled session, no date
    _narration(session, 1, "The Gazette", HELD)
    _narration(session, 2, "The Gazette", TOUCHED)
    assert session.exec(select(CrossReference)).all() == []
    _narration(session, 3, "The Courier", TOUCHED)
    _narration(session, 4, "The Gazette", HELD)
    pairs = {frozenset((x.from_claim_id, x.to_claim_id)) for x in session.exec(select(CrossReference)).all()}
    assert frozenset((3, 2)) in pairs  # another outlet, word for word: one text
    assert frozenset((4, 1)) in pairs  # the outlet's update, word for word
    assert frozenset((4, 2)) not in pairs and frozenset((2, 1)) not in pairs


def test_a_call_from_the_speaker_himself_names_no_party_for_his_claims() -> None:
    """"The president received a call from the organisation's secretary-general Mendoza": for Mendoza's
    claims the phrase after "from" is Mendoza with his own titles, not the other party of the call."""
    from claims.linking.anchors import claim_anchors, corroborate

    text = (
        "قال الديوان في بيان إن رئيس الدولة الشيخ راشد بن حمد، تلقى اتصالا هاتفيا من الأمين العام "
        "للمنظمة الدولية كارلوس مندوزا، الذي أكد تضامنه مع البلاد."
    )
    guest = claim_anchors(text, 0, 10, None, "كارلوس مندوزا")
    host = claim_anchors(text, 0, 10, None, "راشد بن حمد")
    assert guest.counterparts == frozenset()  # not "the international organisation" of his own title
    assert "krls" in host.counterparts  # for the president's claims, the caller is the party
    other_call = claim_anchors(
        "أجرى رئيس الوزراء سعيد الحمدان اتصالا هاتفيا مع الأمين العام للمنظمة الدولية كارلوس مندوزا.",
        0, 10, None, "كارلوس مندوزا",
    )  # fmt: skip
    assert not corroborate(guest, other_call)  # two calls are not placed on one occasion by his own titles


# --- occasions: what was said in a phone call is not what was said to reporters ---------------------


def test_words_in_a_phone_call_and_words_to_reporters_are_two_claims() -> None:
    """The same point made to a head of state in a call and to reporters on another day, the call's
    article having no date: the kind of occasion tells them apart; a readout naming both agrees."""
    from claims.linking.anchors import claim_anchors, conflict, occasions_in

    speaker = "لورا فيغا"
    call = claim_anchors(
        "تلقى رئيس الدولة الشيخ راشد بن حمد اتصالا هاتفيا من المفوضة الأممية لورا فيغا، التي أكدت أن "
        "القصف يمثل انتهاكا خطيرا للقانون الدولي ولسيادة البلاد.", 0, 10, None, speaker
    )  # fmt: skip
    presser = claim_anchors(
        "جنيف في 3 مارس / وكالة / أدانت المفوضة الأممية لورا فيغا القصف الذي استهدف البلاد، وجاء ذلك "
        "في تصريحات للصحفيين اليوم.", 0, 10, None, speaker
    )  # fmt: skip
    after_call = claim_anchors(
        "وقالت المفوضة لورا فيغا في تصريحات للصحفيين عقب اتصال هاتفي مع رئيس الدولة إن القصف انتهاك.",
        0, 10, None, speaker,
    )  # fmt: skip
    assert occasions_in("spoke by phone with the king") == {"call"}
    assert occasions_in("told reporters at a press conference") == {"public"}
    assert occasions_in("called for restraint and addressed the crisis") == frozenset()
    assert call.occasions == {"call"} and presser.occasions == {"public"}
    assert conflict(call, presser) == "occasion"
    assert conflict(call, after_call) == "" and conflict(presser, after_call) == ""
    x = ClaimSide("القصف انتهاك خطير للقانون الدولي ولسيادة البلاد", speaker=speaker, anchors=call)
    y = ClaimSide("القصف انتهاك صارخ للقانون الدولي ولسيادة البلاد", speaker=speaker, anchors=presser)
    z = ClaimSide("القصف انتهاك صارخ للقانون الدولي ولسيادة البلاد", speaker=speaker, anchors=after_call)
    assert score_pair(x, y).score < SUGGEST
    assert score_pair(x, z).score >= SUGGEST
