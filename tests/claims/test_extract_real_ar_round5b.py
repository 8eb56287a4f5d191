"""Arabic speaker phrases from the dev8 real pages, one failure kind per row (our own sentences).

Kinds: an unknown name after a long title or a comma inside the title; a title-only reference to
the named holder; an unnamed source with the body it belongs to (``مصدر أمني بوزارة …``); an
adjective after a title that is no name; an outlet with a nationality and ``نقلاً عن``; phrasal
intermediaries (``وفقاً لـ``, ``حسبما ذكر``, ``وفق ما أعلنت عنه``); an organisation subject of a
feminine verb with a long name; the object of ``دعا`` is never its speaker; two titled names
announcing together. Expected claims are (speaker, start of content).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # 1. unknown names after long titles
    (
        "bracketed-short-name-between-title-and-name",
        H + "قال المتحدث الرسمي باسم الخارجية الإيطالية (فارنيزينا) جوزيبي ماروتا، إن روما قلقة.",
        [("جوزيبي ماروتا", "إن روما")],
    ),
    (
        "comma-inside-the-title-then-a-maghreb-name",
        H
        + "قال الناطق الرسمي، باسم الوزارة سيدنا ولد امبيريك إن البلاد ترفض التدخل.\n"
        + "الناطق باسم الوزارة أكد أن الحكومة تتابع الوضع.",
        [("سيدنا ولد امبيريك", "إن البلاد"), ("سيدنا ولد امبيريك", "أن الحكومة")],
    ),
    (
        "acting-office-then-honorific-and-three-part-name",
        H + "وأكد القائم بأعمال وزير الخارجية السيد عثمان علي فارح بأن الحكومة ستواصل الحوار.",
        [("عثمان علي فارح", "بأن الحكومة")],
    ),
    (
        "surname-starting-with-waw-before-an-apposed-title",
        H + "قالت ليلى وديعة، الناطقة باسم البلدية، إن الطريق مغلق.",
        [("ليلى وديعة", "إن الطريق")],
    ),
    # 2. an unnamed source with its body
    (
        "source-with-its-ministry-then-the-source",
        H
        + "قال مصدر أمني بوزارة الداخلية الأردنية إن الطريق مغلق.\n"
        + "وأضاف المصدر أن الشرطة في المكان.",
        [
            ("مصدر أمني بوزارة الداخلية الأردنية", "إن الطريق"),
            ("مصدر أمني بوزارة الداخلية الأردنية", "أن الشرطة"),
        ],
    ),
    # 3. adjectives after a title or an outlet are no name
    (
        "alleged-official-points-back-to-the-named-one",
        H
        + "وأشارت الصحيفة إلى أن موظفا يدعى كريم العلي أرسل رسائل إلى النواب.\n"
        + "وقال الموظف المفترض إن الخطة لن تنجح.",
        [("الصحيفة", "أن موظفا"), ("كريم العلي", "إن الخطة")],
    ),
    (
        "outlet-with-a-nationality-quoting-sources",
        H + "أفادت مجلة فرنسية نقلاً عن مصادر أن الشركة تستعد لبيع فرعها.",
        [("مجلة فرنسية", "أن الشركة"), ("مصادر", "أن الشركة")],
    ),
    # 4. phrasal intermediaries
    (
        "according-to-a-title-with-lam",
        H + "ووفقاً للمتحدثة الرسمية، تأجل الاجتماع إلى الأسبوع المقبل.",
        [("المتحدثة الرسمية", "تأجل الاجتماع")],
    ),
    (
        "as-announced-by-a-ministry",
        H + "وأكد الوزير سامي حداد نجاح العملية، وفق ما أعلنت عنه وزارة الداخلية.",
        [("سامي حداد", "نجاح العملية")],
    ),
    # 5. organisation subjects
    (
        "feminine-verb-long-organisation-with-an-object",
        H + "دعت الهيئة الوطنية للدفاع عن حقوق المستهلك المواطنين إلى مقاطعة المنتجات المستوردة.",
        [("الهيئة الوطنية للدفاع عن حقوق المستهلك", "المواطنين إلى")],
    ),
    (
        "feminine-verb-long-organisation-with-a-frame",
        H + "وأكدت الهيئة الوطنية للدفاع عن حقوق المستهلك في بيان أن الأسعار ارتفعت.",
        [("الهيئة الوطنية للدفاع عن حقوق المستهلك", "أن الأسعار")],
    ),
    (
        "army-announces-after-a-day-between-commas-with-no-full-stop",
        H + "وقال الوزير كريم سالم إن الوضع هادئ.\n\nمن جهة أخرى، أعلن الجيش الأردني، السبت، عن تدمير مستودع للأسلحة",
        [("كريم سالم", "إن الوضع"), ("الجيش الأردني", "تدمير مستودع")],
    ),
    (
        "wrote-on-a-page-then-a-quotation-after-a-mourning-clause",
        H
        + "أعلن الجيش الأردني سقوط أحد جنوده في اشتباك.\n"
        + 'ونعى الرئيس التونسي كريم سالم، الضحايا، وكتب عبر صفحته الرسمية في فيسبوك " لن ننسى تضحيات جنودنا".',
        [("الجيش الأردني", "سقوط أحد"), ("كريم سالم", "لن ننسى")],
    ),
    (
        "guard-a-place-in-ين-stays-in-the-agency-name",
        H + "وقالت وكالة أنباء البحرين إن الاجتماع انتهى.",
        [("وكالة أنباء البحرين", "إن الاجتماع")],
    ),
    (
        "comment-frame-then-a-quotation-with-no-comma",
        H + "وقال الوزير كريم سالم تعليقا على اعتقال المهربين صباح اليوم “المعنويات مرتفعة والعمل مستمر”.",
        [("كريم سالم", "المعنويات مرتفعة")],
    ),
    # 6. the object of دعا is not its speaker
    (
        "called-on-an-object-after-a-pronoun-subject",
        H + "وقال الوزير سامي حداد إن الوضع صعب، لكنه دعا مقدمي البرامج إلى الهدوء.",
        [("سامي حداد", "إن الوضع"), ("سامي حداد", "مقدمي البرامج")],
    ),
    # 7. two titled names announce together
    (
        "two-titled-names-announce-their-resignation",
        H + "وأعلن رئيس النادي سامي حداد ونائبته ليلى منصور استقالتهما أمس.",
        [("سامي حداد + ليلى منصور", "استقالتهما")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round5b_case(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_a_source_quoted_by_an_outlet_keeps_its_body_and_the_outlet_as_via() -> None:
    text = H + "ونقلت الصحيفة عن مصدر عسكري بوزارة الدفاع العراقية قوله إن القوات تلاحق المهاجمين."
    claims = [c for c in extract_claims(clean_text(text)) if c.kind != ClaimKind.EVENT]
    got = [(c.speaker, c.via) for c in claims]
    assert got == [("الصحيفة", ""), ("مصدر عسكري بوزارة الدفاع العراقية", "الصحيفة")], got


def test_as_reported_by_a_site_is_a_via_outside_the_content() -> None:
    text = H + "وقال الوزير سامي حداد إن الحكومة تدرس الملف، حسبما ذكر موقع الوزارة."
    claims = [c for c in extract_claims(clean_text(text)) if c.kind != ClaimKind.EVENT]
    got = [(c.speaker, c.content, c.via) for c in claims]
    assert got == [("سامي حداد", "إن الحكومة تدرس الملف", "موقع الوزارة")], got


def test_a_reply_frame_after_the_name_is_not_part_of_it() -> None:
    text = H + "وقال الوزير كريم سالم ردا على سؤال حول الأسعار إن الحكومة ستتدخل."
    claims = [c for c in extract_claims(clean_text(text)) if c.kind != ClaimKind.EVENT]
    got = [(c.speaker, c.content) for c in claims]
    assert got == [("كريم سالم", "إن الحكومة ستتدخل")], got
