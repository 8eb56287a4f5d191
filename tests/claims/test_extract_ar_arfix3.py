"""Arabic wrong-speaker shapes from fresh pages (arspk1), each reproduced in invented text.

4. A family name that is also in the nationality list (a group's adjective such as ``الحوثي``) alone
   after a masculine cue (``وأكد الحوثي، …``): it was no subject, so the claim went to the previous
   speaker with the name in its content. It is the surname of the full name the page gave before
   (``محمد علي الحوثي``, also when that name stood only in an event sentence's apposition).
   A nationality the page never wrote after given names stays no subject.

Every sentence is invented; each case failed on eefa9a6. Each expected claim is (speaker, start of content).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "group-adjective surname after the full name in an apposition",
        "والتقى رئيس اللجنة العليا التابعة لجماعة الحوثي، محمد علي الحوثي ، المنسق الأممي في صنعاء.\n\n"
        "وأكد الحوثي، في هذا الشأن، أن تغيير المبعوث كان خطأ.\n",
        [("محمد علي الحوثي", "أن تغيير المبعوث")],
    ),
    (
        "group-adjective surname after the full name right after a title",
        "التقى رئيس اللجنة العليا محمد علي الحوثي بالمنسق الأممي.\n\n"
        "وبعثت جماعة الحوثي برسائل أعربت فيها عن امتعاضها من المبعوث.\n\n"
        "وأكد الحوثي، في هذا الشأن، أن تغيير المبعوث كان خطأ.\n",
        [("محمد علي الحوثي", "أن تغيير المبعوث")],
    ),
]


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_claims(clean_text(text)) if c.kind.value != "event"]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_shape(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(H + text)
    for speaker, start in expected:
        assert any(s == speaker and c.startswith(start) for s, c in got), got


def test_nationality_never_written_after_a_name_stays_no_subject() -> None:
    """``وأكد الأردني أن …`` with no ``… الأردني`` name before: no person called الأردني is made up."""
    got = _claims(H + "قال اللاعب سامي حداد إن الفريق مستعد.\n\nوأكد الأردني أن الخطة فاشلة.\n")
    assert all(s != "الأردني" for s, _ in got), got
