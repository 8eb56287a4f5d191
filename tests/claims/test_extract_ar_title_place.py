"""An office's title never runs over the place where an act happened (``في مكتبه``, ``في مقرها``), nor over a
second person's office after a place phrase (``استقبل رئيس الوزراء في قصر الحكومة وزير الخارجية``).

A title may hold the place or body of its office (``أستاذ العلوم السياسية في جامعة بغداد``), and the
rules take such a phrase when a name or a title follows it. "In his office" is no such place: it says where
the minister received someone, and the title after it is the visitor's. Read as part of the first title,
it made one speaker of two people (``وزير الداخلية … في مكتبه سفير اليابان``), and every later claim of
the bare title went to that phrase. Sentences invented for the test.
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES = [
    (
        "his-office-then-a-visitor",
        H + "استقبل وزير الداخلية البحريني في مكتبه سفير اليابان لدى المملكة.\n\n"
        "وأكد وزير الداخلية أن العلاقات بين البلدين متميزة.",
        [("وزير الداخلية البحريني", "أن العلاقات")],
    ),
    (
        "her-headquarters-then-a-visitor",
        H + "استقبلت وزيرة الصحة في مقرها رئيس بعثة الصليب الأحمر.\n\nوقالت وزيرة الصحة إن التعاون مستمر.",
        [("وزيرة الصحة", "إن التعاون")],
    ),
]

CASES += [
    (
        "a-place-then-a-second-office",
        # after the place phrase, an office in construct with a definite genitive is the visitor's
        H + "استقبل رئيس الوزراء في قصر الحكومة وزير الخارجية الفرنسي أمس.\n\nوأكد رئيس الوزراء أن فرنسا شريك مهم.",
        [("رئيس الوزراء", "أن فرنسا")],
    ),
]

GUARDS = [
    (
        "a-bloc-then-her-name",
        # a name after the complement is the holder's, whatever its shape (a given name, a family name with ال)
        H + "قالت النائبة عن القائمة الوطنية سلمى الراوي إن التقرير ناقص.",
        [("سلمى الراوي", "إن التقرير")],
    ),
    (
        "a-university-is-the-office-place",
        H + "قال أستاذ العلوم السياسية في جامعة بغداد الدكتور سامر الحلو إن الانتخابات ستجري في موعدها.",
        [("سامر الحلو", "إن الانتخابات")],
    ),
    (
        "a-city-is-the-office-place",
        H + "قال مدير المستشفى في مدينة الخمس محمد الطاهر إن المصابين بخير.",
        [("محمد الطاهر", "إن المصابين")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_a_title_ends_before_the_place_of_the_act(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected, exact=True)
