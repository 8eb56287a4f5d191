"""``event`` shapes of round 16 (branch events16), each with our own invented sentences and names; no
article sentence is used here. Each case fails on main before events16, except the guards, which hold
before and after.

Arabic, events missed:

- the outlet's recalled background after its opener (``يذكر أن …``, ``تجدر الإشارة إلى أن …``): the
  clause after the opener is the outlet's fact, though an imperfect verb stands before ``أن``; a clause
  that only comments on the story (``يذكر أن هذه التصريحات جاءت وسط جدل``) or recalls a report
  (``يذكر أن البلدية أعلنت …``, round 4) stays out.

Arabic, events made of someone's words or of chrome:

- a sentence opening on a complementiser (a report's clause cut from its cue by a stray full stop);
- the tail of a quotation opened in the sentence before (one quotation mark, at its end);
- the first person plural (``كما باشرنا …``, ``نحن …``): a speaker, never the outlet;
- a short line ending in an ellipsis (a related story's cut headline or excerpt);
- a feeling told ``في تصريحه``: the speaker's own statement, not an act.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H_AR = "خبر قصير للاختبار\n\nوصل الوفد الرياضي إلى مطار المدينة مساء الخميس الماضي.\n\n"


def _events_ar(body: str) -> list[str]:
    claims = extract_claims(clean_text(H_AR + body + "\n"))
    return [c.content for c in claims if c.kind == ClaimKind.EVENT and not c.content.startswith("وصل الوفد")]


RECALLED = [
    (
        "وقال مدير الميناء سامر الفلاحي إن الرصيف الجديد جاهز.\n\n"
        "يذكر أن العواصف التي ضربت الساحل الشرقي أغلقت ثلاثة موانئ صغيرة طوال الأسبوع الماضي.",
        "العواصف التي ضربت",
    ),
    (
        "وقال مدير الميناء سامر الفلاحي إن الرصيف الجديد جاهز.\n\n"
        "يُذكر أن بلدية المرفأ سجلت حتى اليوم الأحد أربع حوادث غرق في القوارب الصغيرة.",
        "بلدية المرفأ سجلت",
    ),
]


@pytest.mark.parametrize(("body", "opening"), RECALLED)
def test_recalled_background_is_an_event_after_its_opener(body: str, opening: str) -> None:
    events = _events_ar(body)
    assert any(opening in e for e in events), events


def test_recalled_comment_on_the_story_is_no_event() -> None:
    body = (
        "وقال مدير الميناء سامر الفلاحي إن الرصيف الجديد جاهز.\n\n"
        "يذكر أن هذه الأقوال جاءت وسط نقاش واسع حول مستقبل الميناء القديم ومصير العاملين فيه."
    )
    assert not any("الأقوال" in e for e in _events_ar(body))


SOMEONES_WORDS = [
    # a report's clause cut from its cue by a stray full stop, opening on a complementiser, and the
    # tail of its quotation, closed in the next sentence (one quotation mark, at its end)
    (
        "وأوضحت إدارة الميناء، في بلاغ وصل الموقع نسخة منه. أنه “بناء على تقارير الرصد الدقيقة، شرعت "
        "إدارة الميناء منذ 3 أيام بمساعدة من خفر السواحل وفرق الإنقاذ البحري. في الساعة الخامسة من صباح "
        "اليوم، بإغلاق الرصيف الشمالي“.",
        ("أنه", "في الساعة الخامسة"),
    ),
    # the first person plural
    (
        "وأعلن مدير الميناء سامر الفلاحي أن الفرق باشرت اليوم تنظيف الرصيف.\n"
        "كما باشرنا التنسيق مع شركة القوارب لاستئناف الرحلات اليومية مساء الخميس المقبل.",
        "كما باشرنا",
    ),
    # a short line ending in an ellipsis: a related story's cut headline
    (
        "وقال مدير الميناء سامر الفلاحي إن الرصيف الجديد جاهز، وإن العمل فيه سيبدأ الأسبوع المقبل.\n"
        "عودة الرحلات البحرية بين المرفأ والجزيرة الشرقية بعد توقف دام أسابي…\n\n"
        "نقابة البحارة تطالب الوزارة بتعويض أصحاب القوا…\n",
        "نقابة البحارة",
    ),
    # a feeling told in the subject's own statement
    (
        "وقال مدير الميناء سامر الفلاحي إن الرصيف الجديد جاهز.\n"
        "كما تأسف المدير سامر الفلاحي في تصريحه للصحافة ، لهذه الأعمال التي تضر بالقوارب في الخليج.",
        "كما تأسف",
    ),
]


@pytest.mark.parametrize(("body", "opening"), SOMEONES_WORDS)
def test_someones_words_are_no_event(body: str, opening: str | tuple[str, ...]) -> None:
    openings = (opening,) if isinstance(opening, str) else opening
    events = _events_ar(body)
    assert not any(e.startswith(openings) for e in events), events


GUARDS_AR = [
    # the outlet's own act, dated: still an event
    ("أغلقت إدارة الميناء الرصيف الشمالي أمام القوارب الصغيرة مساء الأحد الماضي بعد ارتفاع الموج.", "أغلقت"),
]


@pytest.mark.parametrize(("body", "opening"), GUARDS_AR)
def test_guard_outlet_acts_stay_events(body: str, opening: str) -> None:
    events = _events_ar(body)
    assert any(e.startswith(opening) for e in events), events


# English ---------------------------------------------------------------------------------------------
#
# Events missed: an existential count (``There have been four burglaries since Sunday``); a body's act
# under way with an adverb before its verb (``are also investigating``); an act dated relative to the
# story (``last week``, ``over the weekend``); a gerund after a preposition or the head of a compound noun
# taken for a participle of saying (``during questioning of …``, ``The ferry warning came …``); a
# participle qualifying its noun taken for a report (``a theft reported over the weekend``); irregular
# and five-letter past tenses (``caught``, ``faced``).
# Events made of someone's words: a progressive of saying (``Police are reporting …``), a grievance or a
# matter voiced (``bemoaned``, ``raised the issue of``), a sentence inside a quotation opened in a line
# before (hard-wrapped copy).

H_EN = "River town gets a new bridge\n\nThe council met on a wet evening in the old town hall on Monday.\n\n"


def _events_en(body: str) -> list[str]:
    claims = extract_claims(clean_text(H_EN + body + "\n"))
    return [c.content for c in claims if c.kind == ClaimKind.EVENT and not c.content.startswith("The council")]


EN_EVENTS = [
    "There have been four burglaries in the harbour district since Sunday.",
    "The harbour police are also investigating one theft of a dinghy from the marina.",
    "The case is part of an inquiry opened by the harbour board last week.",
    "Councillor Ana Ruiz made the remark on Tuesday during questioning of the harbour master.",
    "One of the pellets caught the ferryman in the upper arm.",
    "On March 3, 2031, the harbour master faced criticism over the ferry fares.",
    # a participle after its noun qualifies it (a reduced relative), nobody reports
    "Harbour police are investigating a theft reported over the weekend that left two boats damaged.",
    # a compound noun subject whose head looks like a participle of saying
    "The ferry warning came after four boats sank in the bay on Monday.",
]


@pytest.mark.parametrize("sentence", EN_EVENTS)
def test_en_outlet_narration_is_an_event(sentence: str) -> None:
    events = _events_en(sentence)
    assert any(e.startswith(sentence[:20]) for e in events), events


EN_WORDS = [
    ("Police are reporting a sharp fall in thefts so far this year, although some minor offences were up.", "Police"),
    ("Meanwhile, the residents at an open meeting bemoaned the delay in laying the new water mains.", "Meanwhile"),
    ("Velmora fishermen raised the issue of seal damage to their nets at the harbour.", "Velmora"),
    (
        "The harbour command said it was on alert.\n"
        "“The harbour command repelled some\nsmugglers who tried to board the ferry today\n"
        "4th June, 2031 and nine (9) of them were arrested. The command wishes to\n"
        "state that nobody was hurt,”\nthe statement reads.",
        "4th June",
    ),
]


@pytest.mark.parametrize(("body", "opening"), EN_WORDS)
def test_en_someones_words_are_no_event(body: str, opening: str) -> None:
    events = _events_en(body)
    assert not any(e.startswith(opening) for e in events), events
