"""Arabic speaker resolution, round 14 (our own sentences, invented names; places from the lexicon).

The class, counted on pages nobody read (18 of 46 right-content/wrong-speaker Arabic claims) and
seen on 85 fresh pages: the speaker is part of a fuller name the page writes. Shapes:
- a body's name read on past its first words only where the page writes it in full, in a
  genitive or behind a preposition where bodies are never registered: a ``لل``/``ل``-genitive in
  construct (``… لكرة القدم``, ``… لحزب …``), a coordinated noun in construct (``… وحماية البيئة``);
- a definite head alone (``القيادة``) pointing back to its construct (``قيادة شرطة محافظة …``),
  never for a place head (``المحافظة``: pages name many governorates);
- a construct chain of two indefinite nouns (``قيادة شرطة محافظة البصرة``) read whole by the
  organisation grammar instead of stopping after its head;
- "the same" with a definite noun as the cue's subject (``ذات المتحدث``, ``المصدر نفسه``,
  ``نفس المصدر``, ``المصدر الرسمي ذاته``): the source last named, not a new speaker.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[str]]] = [
    (
        "body-with-a-li-genitive-written-later",
        "قال الاتحاد الأردني إن المباراة ستقام بدون جمهور.\n"
        + "وكان رئيس الاتحاد الأردني لكرة القدم قد زار الملعب أمس.",
        ["الاتحاد الأردني لكرة القدم"],
    ),
    (
        "body-with-a-coordinated-construct-written-in-a-genitive",
        "نشر موقع الهيئة العامة للأرصاد وحماية البيئة خريطة الأمطار.\n"
        + "وقالت الهيئة العامة للأرصاد إن الأمطار ستستمر حتى الخميس.",
        ["الهيئة العامة للأرصاد وحماية البيئة"],
    ),
    (
        "body-written-behind-li",
        "وفي بيان للهيئة الوطنية لمكافحة الفساد صدر اليوم، جرى الحديث عن ملفات جديدة.\n"
        + "وأكدت الهيئة الوطنية أن التحقيقات مستمرة.",
        ["الهيئة الوطنية لمكافحة الفساد"],
    ),
    (
        "definite-head-points-back-to-its-construct",
        "انتشرت دوريات قيادة شرطة محافظة البصرة في الأسواق.\n"
        + "وقالت القيادة إن الدوريات ستبقى حتى نهاية العيد.",
        ["قيادة شرطة محافظة البصرة"],
    ),
    (
        "two-noun-construct-is-one-body",
        "أعلنت قيادة شرطة محافظة البصرة ضبط أسلحة في أحد الأحياء.",
        ["قيادة شرطة محافظة البصرة"],
    ),
    (
        "a-second-body-after-the-name-is-the-object",
        "ناشدت الجمعية الوطنية للصيد البحري وزارة الزراعة التدخل.\n"
        + "وقالت الجمعية الوطنية إن الصيادين يعانون.",
        ["الجمعية الوطنية للصيد البحري", "الجمعية الوطنية للصيد البحري"],
    ),
    (
        "a-place-head-alone-is-left",
        "زار الوفد مستشفيات محافظة البصرة أمس.\n" + "وقالت المحافظة إن المستشفيات تحتاج إلى دعم.",
        ["المحافظة"],
    ),
    (
        "the-same-spokesman",
        "قال العقيد سمير بلقاسم، مدير الحماية المدنية بالولاية، إن الحرائق تراجعت.\n"
        + "وأضاف ذات المتحدث أن الفرق ستبقى في حالة تأهب.",
        ["سمير بلقاسم", "سمير بلقاسم"],
    ),
    (
        "the-same-source-after-its-noun",
        "أعلنت وزارة الصحة تسجيل حالات جديدة.\n" + "وأكد المصدر ذاته أن الوضع تحت السيطرة.",
        ["وزارة الصحة", "وزارة الصحة"],
    ),
    (
        "the-same-official-source-with-its-adjective",
        "أعلنت وزارة الصحة تسجيل حالات جديدة.\n" + "وأشار المصدر الرسمي نفسه إلى ارتفاع عدد الإصابات.",
        ["وزارة الصحة", "وزارة الصحة"],
    ),
    (
        "the-same-before-its-noun",
        "قالت الوزيرة هالة منصور إن المدارس جاهزة.\n" + "وأوضحت نفس المتحدثة أن الكتب وصلت.",
        ["هالة منصور", "هالة منصور"],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fuller_names_and_same_source(raw: str, expected: list[str]) -> None:
    got = [c.speaker for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]
    assert got == expected
