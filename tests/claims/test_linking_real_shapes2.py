"""Same-claim scoring on the shapes that made wrong links on the second real pair set (issue 15).

``fixtures/real/local/pairs2`` (``fixtures/linking/realpairs.py --pairs``): one minister's calls and
meetings narrated in one template, so the frame sentence ("X called / met Y") links across events
unless the anchors tell them apart. Every sentence here is our own; each test fails on the linker
before the change that fixed its kind.
"""

from __future__ import annotations

from claims.linking import ClaimSide, score_pair
from claims.linking.anchors import claim_anchors, conflict, occasions_in
from claims.linking.text import skeleton

AUTO, SUGGEST = 0.82, 0.6  # the Settings defaults
MINISTER = "سالم الكعبي"


def _event(content: str, anchors=None) -> ClaimSide:  # type: ignore[no-untyped-def]
    return ClaimSide(content=content, speaker="example.com", kind="event", speaker_kind="outlet", anchors=anchors)


# --- a phone call and an in-person meeting are two occasions -------------------------------------------


def test_a_phone_call_and_a_meeting_are_two_occasions() -> None:
    met = "استقبل وزير الخارجية سالم الكعبي، اليوم، نظيره الفنلندي يوها لاکسو بمقر الوزارة."
    called = "تلقى وزير الخارجية سالم الكعبي، اليوم، اتصالا هاتفيا من نظيره الفنلندي يوها لاکسو."
    assert occasions_in(met) == {"meeting"} and occasions_in("the minister met his Finnish counterpart") == {
        "meeting"
    }
    a = claim_anchors(met, 0, 10, None, "example.com", "event")  # the outlet's narration: all frame
    b = claim_anchors(called, 0, 10, None, "example.com", "event")
    assert conflict(a, b) == "occasion"
    assert score_pair(_event(met, a), _event(called, b)).score < SUGGEST
    # a meeting and the press conference after it are one occasion told two ways
    presser = claim_anchors("وقال الوزير سالم الكعبي في مؤتمر صحفي إن البلدين سيوسعان التعاون التجاري.", 0, 10, None, MINISTER)
    assert conflict(a, presser) == ""


# --- a weekday named with a date is kept: it still tells the day against a bare weekday ------------------


def test_a_weekday_named_with_a_date_is_compared_with_a_bare_weekday() -> None:
    dated = claim_anchors(
        "أجرى وزير الخارجية سالم الكعبي اتصالا هاتفيا مع نظيره الفنلندي، اليوم الخميس 18 مارس.", 0, 10, None, MINISTER
    )
    saturday = claim_anchors(
        "تلقى وزير الخارجية سالم الكعبي اتصالا هاتفيا من نظيره الفنلندي، يوم السبت.", 0, 10, None, MINISTER
    )
    thursday = claim_anchors(
        "أجرى وزير الخارجية سالم الكعبي اتصالا هاتفيا مع نظيره الفنلندي، يوم الخميس.", 0, 10, None, MINISTER
    )
    assert dated.monthday == (3, 18) and dated.weekday == 3
    assert conflict(dated, saturday) == "day"
    assert conflict(dated, thursday) == ""


def test_a_numeric_date_in_the_lede_places_the_article() -> None:
    text = "كتب: محرر\n\n10:15 ص 24/02/2031\n\nأجرى وزير الخارجية سالم الكعبي اتصالا هاتفيا مع نظيره الفنلندي."
    a = claim_anchors(text, len(text) - 20, len(text) - 1, None, MINISTER)
    assert a.day is not None and (a.day.year, a.day.month, a.day.day) == (2031, 2, 24)
    # month and day both twelve or under: which comes first is not known, so no day is read
    assert claim_anchors("نشر في 03/04/2031 أجرى الوزير اتصالا.", 0, 5, None, MINISTER).day is None


# --- the other party of a call: "a call from X", "a call, with His Excellency X" -----------------------


def test_the_party_of_a_call_without_the_word_phone_or_after_an_attached_preposition() -> None:
    rubio_like = claim_anchors(
        "تلقى الأمير خالد بن سعد اتصالا من وزير الخارجية الكندي جون مارتن، بحثا خلاله العلاقات.",
        0, 10, None, "example.com",
    )  # fmt: skip
    un_like = claim_anchors(
        "أجرى الأمير خالد بن سعد، اليوم، اتصالا هاتفيا، بمعالي الأمين العام للمنظمة الدولية كارلوس مندوزا.",
        0, 10, None, "example.com",
    )  # fmt: skip
    assert skeleton("مارتن") in rubio_like.counterparts
    assert skeleton("مندوزا") in un_like.counterparts
    assert conflict(rubio_like, un_like) == "counterpart"


# --- one family name, two persons ---------------------------------------------------------------------


def test_two_full_names_of_one_family_with_different_first_names_are_two_speakers() -> None:
    content = "الموقف الداعم يجسد عمق الروابط الأخوية بين البلدين"
    emir = ClaimSide(content=content, speaker="فهد بن علي آل ناصر")
    premier = ClaimSide(content=content + " الشقيقين", speaker="سعيد بن خالد آل ناصر")
    assert score_pair(emir, premier).score < SUGGEST
    laila = ClaimSide(content="the port will reopen next week", speaker="Laila Haddad")
    omar = ClaimSide(content="the port will reopen next week", speaker="Omar Haddad")
    assert score_pair(laila, omar).score < SUGGEST
    # a surname alone, or the same first name, still agrees
    assert score_pair(laila, ClaimSide(content=laila.content, speaker="Haddad")).score >= AUTO
    same = ClaimSide(content=content, speaker="الشيخ فهد بن علي آل ناصر أمير البلاد")
    assert score_pair(emir, same).score >= AUTO


# --- who placed the call: one party on both sides, one side made it, the other took it ------------------


def test_a_call_made_and_a_call_received_with_one_party_are_two_calls() -> None:
    from claims.linking.anchors import call_placed

    made = "أجرى الأمير خالد بن سعد وزير الخارجية اتصالا هاتفيا بنظيره الكندي جون مارتن."
    took = "تلقى الأمير خالد بن سعد اتصالا من وزير الخارجية الكندي جون مارتن، بحثا خلاله العلاقات الثنائية."
    assert call_placed(made) == "out" and call_placed(took) == "in"
    assert call_placed("The minister received a phone call from his Canadian counterpart") == "in"
    assert call_placed("أجرى الوزير اتصالين هاتفيين، وتلقى اتصالا من نظيره") == ""  # a readout of two calls
    a = claim_anchors(made, 0, 10, None, "example.com")
    b = claim_anchors(took, 0, 10, None, "example.com")
    assert a.counterparts & b.counterparts
    assert conflict(a, b) == "placed"
    assert score_pair(_event(made, a), _event(took, b)).score < SUGGEST
    # with no party named on one side, who the subject is is not known: no conflict
    unnamed = claim_anchors("تلقى الأمير خالد بن سعد اتصالا هاتفيا اليوم.", 0, 10, None, "example.com")
    assert conflict(a, unnamed) == ""
    from claims.linking.anchors import Anchors

    assert Anchors.decode(a.encode()).placed == "out"


# --- after "استقبل [subject]، اليوم،" the party is the object after the time phrase ---------------------


def test_the_party_after_a_meeting_verb_is_the_object_after_a_time_phrase() -> None:
    counterpart = claim_anchors(
        "استقبل وزير الدولة، وزير الخارجية سالم الكعبي، اليوم الثلاثاء، نظيره الفنلندي يوها لاكسو بمقر الوزارة.",
        0, 10, None, "example.com",
    )  # fmt: skip
    envoys = claim_anchors(
        "استقبل وزير الدولة، وزير الخارجية سالم الكعبي، اليوم بمقر الوزارة، سفراء دول الشمال المعتمدين.",
        0, 10, None, "example.com",
    )  # fmt: skip
    assert skeleton("لاكسو") in counterpart.counterparts and skeleton("سفراء") in envoys.counterparts
    assert conflict(counterpart, envoys) == "counterpart"
    # a copy without the time phrase reads the subject as the party: it still agrees with either
    plain = claim_anchors(
        "استقبل وزير الدولة وزير الخارجية سالم الكعبي نظيره الفنلندي يوها لاكسو.", 0, 10, None, "example.com"
    )
    assert conflict(plain, counterpart) == ""
    # the object before the time phrase ("Y، اليوم، وبحث معه"): no object is read after it
    from claims.linking.anchors import _after_time
    from claims.text.normalize import normalize_for_matching

    before = normalize_for_matching("استقبل الوزير سالم الكعبي السفير يوها لاكسو، اليوم، وبحث معه العلاقات.")
    assert _after_time(before, len("استقبل ")) is None


# --- the party's nationality, and its name after a comma ----------------------------------------------


def test_a_nationality_names_the_party_and_a_name_after_it_is_read() -> None:
    iranian = claim_anchors("تلقى الوزير سالم الكعبي اتصالا هاتفيا من نظيره الإيراني.", 0, 10, None, "example.com")
    turkish = claim_anchors("تلقى الوزير سالم الكعبي اتصالا هاتفيا من نظيره التركي.", 0, 10, None, "example.com")
    assert conflict(iranian, turkish) == "counterpart"
    one = claim_anchors(
        "تلقى الوزير سالم الكعبي، اليوم، اتصالا هاتفيا من نظيره الفنلندي، كارلو ريتشي.", 0, 10, None, "example.com"
    )
    other = claim_anchors(
        "تلقى الوزير سالم الكعبي، اليوم، مكالمة هاتفية من وزير الخارجية الفنلندي، ميكا نيمينن.",
        0, 10, None, "example.com",
    )  # fmt: skip
    assert skeleton("نيمينن") in other.counterparts
    assert conflict(one, other) == "counterpart"  # one nationality, two named persons
    assert conflict(one, iranian) == "counterpart"
    unnamed = claim_anchors("تلقى الوزير اتصالا من وزير الخارجية الفنلندي.", 0, 10, None, "example.com")
    assert conflict(one, unnamed) == ""  # a nationality alone agrees with a named party of that country


# --- the party's title after a comma is part of the frame, not of what was discussed --------------------


def test_a_title_after_the_party_name_is_part_of_the_frame() -> None:
    from claims.linking.anchors import event_topic
    from claims.linking.text import tokens

    titled = (
        "أجرى الوزير سالم الكعبي اتصالا هاتفيا مع الشيخ يوها لاكسو، رئيس مجلس الوزراء وزير الخارجية، "
        "تناول سبل تعزيز التعاون."
    )
    assert event_topic(titled) == tokens("تناول سبل تعزيز التعاون")
    dated = (
        "أجرى الوزير سالم الكعبي اتصالا هاتفيا مع الشيخ يوها لاكسو رئيس مجلس الوزراء وزير الخارجية، "
        "اليوم الخميس 18 مارس."
    )
    assert score_pair(_event(titled), _event(dated)).score < SUGGEST
