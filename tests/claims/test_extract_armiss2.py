"""Arabic report frames whose cue and speaker were read but whose content was never opened
(branch armiss2). Sentences are invented for these tests.

Kind: ``قال X، فإن …`` — a reporting verb, its subject and a comma, then the clause opened by ``فإن``
(the shape of ``بحسب X، فإن …`` with a finite verb in place of the source phrase).

Kind: a stray quotation mark between the cue and its subject (``وأوضح ” الوزير أن …``, also with the
bare ``وبين`` that is otherwise "between"): a mark no other mark in the sentence answers is a slip,
not a quotation, and the subject after it still speaks.
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
        "said-subject-comma-fa-inna",
        H + "وقال سكان الحي، فإن المياه انقطعت عن المنازل منذ ثلاثة أيام دون أي تفسير من البلدية.",
        [("سكان الحي", "فإن المياه")],
    ),
    (
        "feminine-cue-comma-fa-innahu",
        H + "وقالت الشرطة، فإنه لا توجد إصابات بين المدنيين في الحادث الذي وقع قرب السوق.",
        [("الشرطة", "فإنه لا")],
    ),
    (
        "source-with-frame-comma-fa-inna",
        H + "وذكر مصدر في الوزارة، فإن الاجتماع المقبل سيعقد في العاصمة بحضور كل المحافظين.",
        [("مصدر في الوزارة", "فإن الاجتماع")],
    ),
    (
        "stray-mark-before-subject",
        H + "وأوضح ” المحافظ كريم الساعدي أن أعمال الصيانة في الجسر الشرقي ستنتهي قبل نهاية الشهر.",
        [("كريم الساعدي", "أن أعمال")],
    ),
    (
        "stray-mark-after-bayyana",
        H + "وبين ” الزبيدي ان فرق البلدية أزالت الأنقاض من الشوارع الفرعية خلال يومين فقط.",
        [("الزبيدي", "ان فرق")],
    ),
]

# Shapes that must stay as they were: no new attribution.
UNCHANGED: list[tuple[str, str, int]] = [
    (  # "between" with a quoted name that is answered: no report
        "between-quoted-names",
        H + "وجرت المباراة بين ” النجوم ” و ” الشباب ” في الملعب البلدي أمس.",
        0,
    ),
    (  # a quotation that closes is a quotation, not a stray mark
        "answered-mark-is-a-quotation",
        H + "وقال المدرب سامي العلي: ” اللاعبون قدموا كل ما لديهم ”.",
        1,
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_opened_content(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected, exact=True)


@pytest.mark.parametrize(("name", "raw", "count"), UNCHANGED, ids=[c[0] for c in UNCHANGED])
def test_no_new_claim(name: str, raw: str, count: int) -> None:
    claims = [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert len(claims) == count, [(c.speaker, c.content) for c in claims]
