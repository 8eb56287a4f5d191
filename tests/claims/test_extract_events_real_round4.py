"""``event`` shapes from the dev17-dev21 diagnosis (December 2026, round 4), each with our own invented
sentences and names; no article sentence is used here. Each case fails before branch evfix4, except
the guards (a relative ``will`` or ``is``, a present perfect, a quoted title, a reported outcome,
``بعد أن``), which hold before and after.

English (too many events: the outlet is credited with someone's words or plans):

- a plan told in the future (``He will appear in court tomorrow``, ``It will hand shareholders …``) is a
  source's statement going on, nothing a reader can check yet; ``will`` in a relative clause is not the
  main verb, so the act around it stays an event;
- talk the cue list leaves out (``spoke about``, ``lauded``, ``recommended``, an emphatic ``did
  acknowledge``, ``added he didn't …``) is the subject's words, never the outlet's act;
- a quotation of plain words inside the sentence (``reflected "a very wet and cold spring"``) makes it the
  quoted source's; a quoted name or programme title does not;
- ``…, according to a complaint filed by …``: the source's account, not the outlet's;
- with no figure or date, a simple present main verb (``is engaged in``, ``have few options``, ``It
  offers``) tells a standing state or background, nothing that took place; a present perfect (``have
  since been arrested``) and a ``be`` in a relative clause stay events.

Arabic (too few events: the outlet's narration verbs missed):

- outcomes, closings, ceremonies held, orders issued and bodies directed (``أسفرت``، ``انتهى``،
  ``أقيم``، ``أصدر``، ``وجهت``) are event verbs, like meetings and visits;
- a sentence that opens with the outlet's act and holds a report only in a later clause (after a comma
  or ``حيث``/``بعد``) that made no claim: the act up to that clause is the event;
- an agency or site named with a colon before the story (``الزيتون نيوز: …``) is a dateline, not part
  of the event;
- an imperfect verb right before ``أن``/``بأن`` (``معلومات تفيد بأن …``, ``يذكر أن …``) carries a
  statement: no event; ``بعد أن`` (a conjunction) leaves the act an event.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H_EN = "River town gets a new bridge\n\nThe council met on a wet evening in the old town hall on Monday.\n\n"
H_AR = "خبر قصير للاختبار\n\nوصل الوفد الرياضي إلى مطار المدينة مساء الخميس الماضي.\n\n"


def _claims(head: str, body: str, skip: str) -> list:
    return [c for c in extract_claims(clean_text(head + body + "\n")) if not c.content.startswith(skip)]


def _events_en(body: str) -> list[str]:
    return [c.content for c in _claims(H_EN, body, "The council") if c.kind == ClaimKind.EVENT]


def _events_ar(body: str) -> list[str]:
    return [c.content for c in _claims(H_AR, body, "وصل الوفد") if c.kind == ClaimKind.EVENT]


FUTURE = [
    "He will appear in the Castlebrook Magistrates Court tomorrow.",
    "A new warden will also be named for each ward to watch the parks.",
    "It will hand shareholders $4.1 million, up from $3.2 million in 2029.",
    "The remaining savings will show up in the accounts in the spring of 2031.",
]


@pytest.mark.parametrize("body", FUTURE)
def test_a_plan_in_the_future_is_no_event(body: str) -> None:
    assert _events_en(body) == []


def test_will_in_a_relative_clause_leaves_the_act_an_event() -> None:
    body = "The driver, who will turn 40 next week, was arrested in Castlebrook on Monday."
    assert _events_en(body) == [body.rstrip(".")]


TALK = [
    "Tarsen also spoke at length about the 12 fishermen treated at the harbour clinic.",
    "Malor lauded the harbour master Ivo Brandt for his calm during the 2029 floods.",
    "He recommended widening the coastal road and coordinating patrols with the harbour police.",
    "Still, the mayor did acknowledge the delays on the bridge works at the town meeting.",
    "Ranko added he didn't back a curfew for the old quarter, as the streets were calm.",
]


@pytest.mark.parametrize("body", TALK)
def test_talk_outside_the_cue_list_is_no_event(body: str) -> None:
    assert _events_en(body) == []


def test_a_quotation_of_plain_words_is_no_event() -> None:
    body = 'The orchard arm fell short in 2030, which reflected "a very wet and cold spring".'
    assert _events_en(body) == []


def test_a_quoted_title_stays_an_event() -> None:
    body = 'The session was held under the name "Velmora Vision 2040 and the Future of Fishing" on Tuesday.'
    assert _events_en(body) == [body.rstrip(".")]


def test_according_to_a_source_is_no_event() -> None:
    body = "The man later fell ill at a clinic in Portavel, according to a complaint lodged by his sister."
    assert _events_en(body) == []


STATES = [
    "Velcor Energy is engaged in the sale of river gravel.",
    "It offers cargo services for farmers and traders and is engaged in river shipping.",
    "This covers the weeks before the ferry left the harbour in the storm.",
    "Residents of Portavel have few options for leaving the island.",
]


@pytest.mark.parametrize("body", STATES)
def test_an_undated_present_state_is_no_event(body: str) -> None:
    assert _events_en(body) == []


ACTS_NOT_STATES = [
    "Two suspects have since been arrested as part of the inquiry into the robbery.",
    "Port authorities have sought clarification from the shipping company.",
    "Mr Ruiz, who is the Minister for Fisheries, formerly served as the mayor's chief of staff.",
]


@pytest.mark.parametrize("body", ACTS_NOT_STATES)
def test_a_present_perfect_or_a_relative_be_stays_an_event(body: str) -> None:
    assert _events_en(body) == [body.rstrip(".")]


NARRATION_AR = [
    "وأسفرت التحريات عن تحديد هوية المتهم الرئيسي في سرقة مخزن البلدية.",
    "انتهى الاجتماع الطارئ لمجلس المدينة برئاسة أكبر الأعضاء سنا.",
    "وأقيم حفل بهذه المناسبة في قاعة المدينة الكبرى.",
    "ووجهت الحكومة السبت عددا من وزاراتها إلى تأمين عودة المواطنين العالقين.",
]


@pytest.mark.parametrize("body", NARRATION_AR)
def test_an_arabic_narration_verb_makes_an_event(body: str) -> None:
    assert _events_ar(body) == [body.rstrip(".")]


def test_a_reported_outcome_stays_a_claim() -> None:
    got = _claims(H_AR, "وقال المحقق سامر نديم إن التحريات أسفرت عن تحديد هوية المتهم.", "وصل الوفد")
    assert got and all(c.kind != ClaimKind.EVENT for c in got)


ACT_THEN_REPORT = [
    (
        "شهد مجلس البلدية، أمس الثلاثاء، مشادة بعد ان طالب رئيس المجلس شطب كلمة من مداخلة أحد الأعضاء.",
        "شهد مجلس البلدية، أمس الثلاثاء، مشادة",
    ),
    (
        "وأسفرت التحريات عن تحديد هوية أحد المتهمين في سرقة المخزن، حيث صدر أمر بضبطه، وخلال التحقيقات"
        " أقر المتهم بارتكاب الواقعة.",
        "وأسفرت التحريات عن تحديد هوية أحد المتهمين في سرقة المخزن، حيث صدر أمر بضبطه",
    ),
]


@pytest.mark.parametrize(("body", "event"), ACT_THEN_REPORT)
def test_the_act_before_a_later_report_is_the_event(body: str, event: str) -> None:
    assert _events_ar(body) == [event]


def test_a_colon_dateline_is_left_out_of_the_event() -> None:
    body = (
        "الزيتون نيوز: شهد مجلس البلدية، أمس الثلاثاء، مشادة بعد ان طالب رئيس المجلس شطب كلمة"
        " من مداخلة أحد الأعضاء."
    )
    assert _events_ar(body) == ["شهد مجلس البلدية، أمس الثلاثاء، مشادة"]


IMPERFECT_THAT = [
    "يذكر أن بلدية الزيتون أعلنت أمس الأربعاء عن إغلاق السوق القديم في المدينة.",
    "وصلت الشرطة إلى الحي الشرقي مساء الثلاثاء بعد ورود معلومات تفيد بأن عصابة تخطط لسرقة المصرف.",
]


@pytest.mark.parametrize("body", IMPERFECT_THAT)
def test_an_imperfect_verb_before_that_carries_a_statement(body: str) -> None:
    assert _events_ar(body) == []


def test_after_that_leaves_the_act_an_event() -> None:
    body = "وجرى اللقاء في مقر البلدية بعد أن وصل الوفد إلى المدينة صباح الأحد."
    assert _events_ar(body) == [body.rstrip(".")]
