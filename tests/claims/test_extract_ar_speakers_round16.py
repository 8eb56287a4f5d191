"""Arabic speakers and speaker phrases, round 16: our own sentences (invented names and outlets), one
shape per row, each reproducing a kind of wrong speaker seen on the read dev sets. Expected claims are
(speaker, start of content), events left aside."""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "addressee-station-after-fronted-subject",
        # a ل-prefixed station after the verb is the addressee (its body word ends like a nisba plural)
        H + "بدوره، رئيس بلدية القرية سامر يوسف أوضح لتلفزيون المدينة، أنه سقطت بقايا صاروخ في الحي.",
        [("سامر يوسف", "أنه سقطت")],
    ),
    (
        "bayyana-after-turn-marker",
        H
        + "وقال الوزير كريم سالم إن الخطة جاهزة.\n"
        + "ومن جانبه، بيّن رئيس بلدية القرية سامر يوسف لإذاعة المدينة، أن الحريق أخمد بسرعة.",
        [("كريم سالم", "إن الخطة"), ("سامر يوسف", "أن الحريق")],
    ),
    (
        "bayyana-name-comma-channel-frame",
        H
        + "أوضح الناطق باسم جهاز الإسعاف سامر يوسف، الأحد، أن عدة جهات وفرت معدات طبية.\n"
        + "وبيّن يوسف، في تصريح للمنارة، أن الجهاز يسعى لإقامة مستشفى ميداني.",
        [("سامر يوسف", "أن عدة"), ("سامر يوسف", "أن الجهاز")],
    ),
    (
        "slash-after-courtesy-title",
        H + "أكد السيد/ سامر يوسف مدير المركز الصحي أن الحالات قليلة هذا الأسبوع.",
        [("سامر يوسف", "أن الحالات")],
    ),
    (
        "service-body-in-construct-after-title",
        # the office's body written without ل (المدير التنفيذي خدمة …) is no name of the title
        H
        + "قال سامر يوسف مساعد المدير التنفيذي خدمة الطوارئ إن الفرق جاهزة.\n"
        + "وفي العيد أوضح مساعد المدير التنفيذي خدمة الطوارئ في مقابلة مع إذاعة المدينة أن الحالات عادية.",
        [("سامر يوسف", "إن الفرق"), ("سامر يوسف", "أن الحالات")],
    ),
    (
        "nested-imperfect-with-complementiser",
        H + "أكد الوزير كريم سالم أن وزارة الصحة تتعهد بأن المدة لا تتجاوز عشر دقائق داخل المدينة.",
        [("كريم سالم", "أن وزارة"), ("وزارة الصحة", "بأن المدة")],
    ),
    (
        "hashtag-label-after-title",
        H
        + "وقال وزير الصحة كريم سالم إن الوضع مستقر.\n"
        + 'وقال وزير الصحة هاشتاغ #كريم_ابق_البلد: "القرار لا يعود لي بل للحكومة".',
        [("كريم سالم", "إن الوضع"), ("كريم سالم", "القرار لا")],
    ),
    (
        "verb-of-regret-with-lam-object",
        H + "كما تأسف الوالي سامر يوسف في تصريحه للصحافة ، لهذه الممارسات التي تسعى للتخريب.",
        [("سامر يوسف", "لهذه الممارسات")],
    ),
    (
        "passive-relay-source-speaks",
        # the voweled passive names no intermediary: the source after عن is the speaker, with no via
        H + "ونُقل عن مصدر أمني في المدينة اليوم الأربعاء أن السلطات تعيش حالة طوارئ غير معلنة.",
        [("مصدر أمني", "أن السلطات")],
    ),
    (
        "bayyana-given-name-spelt-like-a-preposition",
        H
        + "أوضح الناطق باسم جهاز الإسعاف سامر علي، الأحد، أن عدة جهات وفرت معدات طبية.\n"
        + "وبيّن علي، في تصريح للمنارة، أن الجهاز يسعى لإقامة مستشفى ميداني.",
        [("سامر علي", "أن عدة"), ("سامر علي", "أن الجهاز")],
    ),
    (
        "relay-with-the-day-between-source-and-words",
        # the agency's claim and its source's, via the agency (guideline §4.3)
        H + "ونقلت وكالة الفجر عن مصدر خاص، الاثنين، إن وفدا من الوزارة زار المشفى.",
        [("الفجر", "مصدر خاص"), ("مصدر خاص", "إن وفدا")],
    ),
    (
        "relay-with-a-dash-after-the-agency",
        H + "ونقلت وكالة الفجر- عن مصدر خاص إن وفدا من الوزارة زار المشفى.",
        [("الفجر", "مصدر خاص"), ("مصدر خاص", "إن وفدا")],
    ),
    (
        "definite-role-closed-by-the-cue-preposition",
        H + "أعربت سلمى حداد الناطقة باسم وزارة الخارجية عن دهشتها من إعلان المكالمة.",
        [("سلمى حداد", "دهشتها")],
    ),
    (
        "foreign-name-then-role-then-cue-preposition",
        H + "وردا على تصريحات نظيرها، أعربت دانيلا فوسبيرغ الناطقة باسم وزارة الخارجية عن دهشتها من الإعلان.",
        [("دانيلا فوسبيرغ", "دهشتها")],
    ),
    (
        "two-letter-appeal-verb-behind-its-clitic",
        H
        + "قال المسؤول الصحي سامر يوسف إن الوباء ينتشر.\n"
        + "وحث المسؤول الصحي المواطنين على ضرورة اتباع وسائل الوقاية.",
        [("سامر يوسف", "إن الوباء"), ("سامر يوسف", "المواطنين على")],
    ),
    (
        "people-called-on-after-a-name",
        H + "ودعا الوزير كريم سالم المزارعين إلى ضرورة ترشيد استهلاك المياه.",
        [("كريم سالم", "المزارعين إلى")],
    ),
    (
        "fronted-subject-comma-verb-of-disapproval",
        H + "مدير دائرة الأرصاد الجوية سامر يوسف ، استهجن ما يتداوله الناشطون حول العاصفة الثلجية.",
        [("سامر يوسف", "ما يتداوله")],
    ),
    (
        "maghreb-federation-as-subject",
        H + "ناشدت الإتحادية الوطنية لكرة الطائرة وزارة الرياضة العمل على ترميم القاعة.",
        [("الإتحادية الوطنية لكرة الطائرة", "وزارة الرياضة")],
    ),
    (
        "named-before-a-participle-after-a-fronted-occasion",
        H
        + "بعد حملة الانتقادات التي طالت بعض المسؤولين، خرج وزير الطاقة كريم سالم مدافعا عن الحكومة، "
        + "معتبرا أن واجبها أن تقدم المعطيات.",
        [("كريم سالم", "أن واجبها")],
    ),
    (
        "past-perfect-report-after-a-comma",
        # "وكان X كشف": a clause of its own after the comma, not the words of the speaker before
        H
        + "وقال الوزير كريم سالم إن الحكومة مستعدة للحوار فقط،"
        + "وكان مجلس أمن الإقليم كشف عن تلقيه معلومات تفيد بهجوم.",
        [("كريم سالم", "إن الحكومة"), ("مجلس أمن الإقليم", "تلقيه")],
    ),
    (
        "unit-feddan-is-no-clitic-cue",
        H + "أكد المهندس سامر يوسف منسق المشروع أن المساحات بلغت 231,4 الف فدان من جملة 617 الف فدان من المساحات.",
        [("سامر يوسف", "أن المساحات")],
    ),
    (
        "body-named-after-a-person-inside-the-role",
        H + "أكد سامر يوسف مدير مؤسسة حمد الطبية أن الحالات قليلة هذا الأسبوع.",
        [("سامر يوسف", "أن الحالات")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_round16(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_np_content_runs_on_to_a_participle() -> None:
    """``أفاد X بـ…، ووصلت …، مضيفاً أن …``: the participle later in the sentence carries the speaker on,
    so the و-verb before it does not end the claim."""
    from claims.extract import extract_claims
    from claims.text.clean import clean_text

    raw = H + "وأفاد مصدر محلي بوصول قوة من الجنوب، ووصلت طريق الساحل، مضيفاً أن اشتباكات تدور في المدينة."
    got = [c for c in extract_claims(clean_text(raw)) if c.kind.value != "event"]
    assert len(got) == 1 and "مصدر محلي" in got[0].speaker, got
    assert got[0].content.endswith("تدور في المدينة"), got[0].content


def test_passive_relay_has_no_via() -> None:
    from claims.extract import extract_claims
    from claims.text.clean import clean_text

    raw = H + "وقال الوزير كريم سالم إن الوضع هادئ.\nونُقل عن مصدر أمني أن السلطات تعيش حالة طوارئ."
    got = [c for c in extract_claims(clean_text(raw)) if c.kind.value != "event"]
    assert [(c.speaker, c.via) for c in got] == [("كريم سالم", ""), ("مصدر أمني", "")], got
