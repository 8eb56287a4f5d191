"""Arabic speaker phrases from the dev7/dev8 real pages, round 5d (our own sentences).

Kinds: a kinship noun in a construct (``شقيق X``) describes a person and is no speaker name;
a preposition + definite noun (``لحوار الأديان``) after a title is no name; roles joined by و after
an apposition run to the complementiser; حمل (no shadda) with a long subject before مسؤولية;
a given name registered alone (``الملك X``) does not cut a longer name ``X Y``; a quoted name
after the charge (``مسؤولية``) is no quotation statement; an unlisted foreign name after a title
(set off by commas, or ب/ك-initial before the verb); ذكّر بـ (shadda) with a ب-object;
``نقلت X عن Y قوله «…»``: a quotation after قوله;
an organisation named by a longer indefinite construct chain (``لجان أحياء مدينة X``); a named actor inside a content, then ``، وقال …`` and ``لكنه دعا …``;
an indefinite plural subject described by a cue clause (``وأصدرت عناصر قالت إنها …``).
Expected claims are (speaker, start of content).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "kinship-construct-is-no-speaker-name",
        H
        + "قال سمير الشيخ وزير النقل، اليوم الأحد، إن الطرق ستفتح قريبا.\n\n"
        + "وأوضح الشيخ أن العمل سيبدأ غدا.\n\n"
        + "يذكر ان نادر الشيخ شقيق وزير النقل، سمير الشيخ توفي أمس في حادث سير.",
        [("سمير الشيخ", "إن الطرق"), ("سمير الشيخ", "أن العمل")],
    ),
    (
        "organisation-name-inside-an-apposition-is-no-second-speaker",
        H
        + "أكدت الدكتورة سلمى خالد العبيدي، نائب رئيس مركز عمان الدولي لحوار الثقافات، وعضو مجلس النواب، "
        + "والبرلمان العربي، أن التعليم يحتاج إلى دعم أكبر.",
        [("سلمى خالد العبيدي", "أن التعليم")],
    ),
    (
        "coordinated-roles-after-an-apposition-end-before-the-complementiser",
        H + "أكدت الدكتورة سلمى خالد العبيدي، نائب رئيس مركز عمان الدولي، وعضو مجلس النواب، أن التعليم مهم.",
        [("سلمى خالد العبيدي", "أن التعليم")],
    ),
    (
        "hamala-without-shadda-with-a-long-subject-and-object",
        H + "حمل سامي حداد وزير النقل والمواصلات، اليوم الأحد، الشركة المشغلة للميناء، مسؤولية التأخير "
        + "الكبير في تسليم البضائع.",
        [("سامي حداد", "الشركة المشغلة")],
    ),
    (
        "a-given-name-registered-alone-does-not-cut-a-longer-name",
        H + "حمل سمير الشيخ وزير الطرق، اليوم الأحد، الشركة المشغلة، مسؤولية الأضرار على معبر الوادي "
        + '"جسر الملك سمير".\n\nولفت الشيخ إلى أن العمل مستمر.',
        [("سمير الشيخ", "الشركة المشغلة"), ("سمير الشيخ", "أن العمل")],
    ),
    (
        "unlisted-foreign-name-set-off-by-commas-after-a-title",
        H + "قال مصدر حكومي رسمي إن الموعد لم يحدد بعد.\n\n"
        + "وكانت رئيسة الدبلوماسية الإيطالية، برناديت لوفيفر، قد أعلنت في حوار مع إحدى الإذاعات، "
        + "عن تحديد موعد لزيارة الوزير إلى تونس.",
        [("مصدر حكومي رسمي", "إن الموعد"), ("برناديت لوفيفر", "تحديد موعد")],
    ),
    (
        "unlisted-foreign-name-after-a-title-then-the-verb",
        H + "وكانت وزيرة الخارجية الإيطالية برناديت لوفيفر أعلنت أن الموعد تحدد.",
        [("برناديت لوفيفر", "أن الموعد")],
    ),
    (
        "dhakkara-with-shadda-and-a-b-object-is-a-cue",
        H + "قال المتحدث باسم الشرطة سامي حداد إن الحملة مستمرة.\n\n"
        + "وذكّر بعملية التهريب الكبيرة التي أحبطت في الميناء الشهر الماضي.",
        [("سامي حداد", "إن الحملة"), ("سامي حداد", "عملية التهريب")],
    ),
    (
        "indefinite-plural-subject-described-by-a-cue-clause",
        H + "قالت الوزيرة هدى سليم إن الوضع هادئ.\n\n"
        + "وأصدرت مجموعات قالت إنها تتبع الحرس القديم، بيانا مساء اليوم، رفضت فيه قرار الحكومة.",
        [("هدى سليم", "إن الوضع"), ("مجموعات", "إنها تتبع")],
    ),
]


def test_relayed_saying_with_a_quotation_after_qawlahu() -> None:
    doc = clean_text(
        H + "ونقلت وزارة الصحة في صفحتها على الإنترنت عن مدير عام مستشفى المدينة قوله "
        + "«إن الحالات مستقرة وإن الأطباء يعملون ليلا ونهارا»."
    )
    got = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert [c.speaker for c in got] == ["وزارة الصحة", "مدير عام مستشفى المدينة"], got
    assert all(c.content.startswith("إن الحالات") and c.kind == ClaimKind.DIRECT for c in got), got
    assert got[1].via == "وزارة الصحة"


def test_organisation_named_by_a_long_construct_chain() -> None:
    assert_speakers_and_starts(
        H + "أعلنت لجان أحياء مدينة عمان أنها اختارت ثلاثة متحدثين رسميين.",
        [("لجان أحياء مدينة عمان", "أنها اختارت")],
    )


def test_named_actor_inside_a_content_then_said_and_but_he_called() -> None:
    doc = clean_text(
        H + "وأشارت الصحيفة في تقرير إلى أن موظفا يدعى سامر الحلبي أجرى اتصالات بعدد من رجال الأعمال، "
        + 'وقال في أحدها "الأسعار سترتفع قريبا ولا مفر من ذلك" لكنه دعا التجار إلى الصبر حتى نهاية العام.'
    )
    got = [(c.speaker, c.cue, c.content, c.via) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert got[0][0] == "الصحيفة", got
    assert ("سامر الحلبي", "قال", "الأسعار سترتفع قريبا ولا مفر من ذلك", "الصحيفة") in got, got
    assert ("سامر الحلبي", "دعا", "التجار إلى الصبر حتى نهاية العام", "الصحيفة") in got, got


def test_plain_dhakara_with_a_b_word_is_no_reminder() -> None:
    assert_speakers_and_starts(H + "وذكر بيان الشرطة أن العمل مستمر.", [("الشرطة", "أن العمل")])


def test_narrative_verb_ends_the_content_before_a_later_cue() -> None:
    doc = clean_text(
        H + "أكد المدير العام سامي حداد ان تطوير الخدمات واحد من أولويات الشركة ، وسجل مدير الشركة "
        + "زيارة للموقع، ثم قال حداد إن العمل مستمر."
    )
    got = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert got[0].content.endswith("أولويات الشركة"), got[0].content


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round5d_case(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_narrative_verb_with_a_titled_subject_ends_the_last_content() -> None:
    doc = clean_text(
        H + "أكد المدير العام سامي حداد ان تطوير الخدمات واحد من أولويات الشركة ، و سجل مدير الشركة "
        + "زيارة للموقع الجديد، الذي افتتح أمس."
    )
    got = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert len(got) == 1 and got[0].content.endswith("أولويات الشركة"), got
