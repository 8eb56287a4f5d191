"""Arabic speaker phrases from the dev7/dev8 real pages, one failure kind per row (our own sentences).

Kinds: a surname that is also a title word (``الشيخ``, ``السيد``) after a given name, and the
surname alone pointing back to that person; ``بيّن`` (folded to ``بين``) as a clause-initial verb
after و, distinct from the preposition. Expected claims are (speaker, start of content).
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "title-word-surname-after-a-given-name",
        H + "أكد سمير الشيخ وزير النقل، اليوم الأحد، إن الطرق ستفتح قريبا.",
        [("سمير الشيخ", "إن الطرق")],
    ),
    (
        "title-word-surname-alone-points-back",
        H
        + "قال سمير الشيخ وزير النقل إن الطرق ستفتح قريبا.\n\n"
        + "وأوضح الشيخ أن العمل سيبدأ غدا.",
        [("سمير الشيخ", "إن الطرق"), ("سمير الشيخ", "أن العمل")],
    ),
    (
        "sayyid-surname-alone-before-a-time-phrase",
        H
        + "قال وزير الري كمال السيد إن السدود ممتلئة.\n"
        + "وأضاف السيد خلال المؤتمر الذي حضرته الوزيرة منى عبد الكريم أن المياه تكفي.",
        [("كمال السيد", "إن السدود"), ("كمال السيد", "أن المياه")],
    ),
    (
        "bayyana-with-shadda-as-a-clause-verb",
        H + "وبيّن المتحدث باسم الشرطة أن الحادث وقع ليلا.",
        [("المتحدث باسم الشرطة", "أن الحادث")],
    ),
    (
        "bayyana-after-a-named-speaker",
        H + "قال مدير المستشفى نبيل حداد إن الحالات مستقرة.\nوبيّن حداد أن الأطباء يعملون ليلا.",
        [("نبيل حداد", "إن الحالات"), ("نبيل حداد", "أن الأطباء")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round5c_case(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_bayna_as_a_preposition_is_no_cue() -> None:
    assert_speakers_and_starts(H + "وبين المدينتين طريق طويل يمر بالجبال.", [])


def test_sayyid_surname_after_a_comma_title_and_later_alone() -> None:
    assert_speakers_and_starts(
        H
        + "أعلن وزير الري في الحكومة ، كمال عبد الرحيم السيد ، أنه سيزور السدود.\n"
        + "وقال السيد ، بحسب صحيفة محلية ، إن المياه تكفي.\n"
        + "وأضاف السيد خلال الندوة التي أقامتها وزارة الزراعة بحضور الوزيرة منى عبد الله لإطلاق خطة أن الموسم جيد.",
        [
            ("كمال عبد الرحيم السيد", "أنه سيزور"),
            ("كمال عبد الرحيم السيد", "إن المياه"),
            ("كمال عبد الرحيم السيد", "أن الموسم"),
        ],
    )


def test_bayyana_with_shadda_and_an_unnamed_source() -> None:
    assert_speakers_and_starts(
        H + "قال مصدر في الوزارة إن الاجتماع انتهى.\nوبيّن المصدر أن القرار سيصدر غدا.",
        [("مصدر في الوزارة", "إن الاجتماع"), ("مصدر في الوزارة", "أن القرار")],
    )


def test_bayyana_after_a_comma_inside_a_sentence_opens_its_own_claim() -> None:
    assert_speakers_and_starts(
        H
        + "قال المصدر إن اللصوص دخلوا ليلا، وسرقوا المحل، وبيّن المصدر أن الشرطة تبحث عنهم.",
        [("المصدر", "إن اللصوص"), ("المصدر", "أن الشرطة")],
    )


def test_title_word_surname_alone_with_a_quote_and_a_time_phrase() -> None:
    assert_speakers_and_starts(
        H
        + "قال سمير الشيخ وزير النقل، اليوم، إن الطرق ستفتح.\n\n"
        + 'وتمنى الشيخ "لو أن الجسر انتهى قبل الشتاء".\n\n'
        + "وناشد الشيخ خلال زيارة  لأخيه، اليوم، السائقين بالتمهل على الطرق.\n\n"
        + "وأوضح أن الأعمال ستستمر.",
        [
            ("سمير الشيخ", "إن الطرق"),
            ("سمير الشيخ", "لو أن الجسر"),
            ("سمير الشيخ", "السائقين"),
            ("سمير الشيخ", "أن الأعمال"),
        ],
    )


def test_between_after_a_comma_stays_a_preposition() -> None:
    assert_speakers_and_starts(
        H + "قال المدير إن الطريق طويل، وبين المدينتين جسر قديم.",
        [("المدير", "إن الطريق طويل، وبين المدينتين")],
    )


def test_a_stated_wish_is_a_claim() -> None:
    assert_speakers_and_starts(
        H + "قال مدير الميناء إن السفن تأخرت.\nوتمنى المدير أن تصل الشحنة قبل العيد.\nوتمنت الوزارة \"لو أن العمال عادوا\".",
        [("مدير الميناء", "إن السفن"), ("مدير الميناء", "أن تصل"), ("الوزارة", "لو أن العمال")],
    )
