"""Arabic shapes found on fresh pages nobody had read (audit19ar): our own sentences, invented names,
one shape per row. Expected: each attribution's speaker (and, where it matters, its cue and via), in
order, events left aside."""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _said(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.via) for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]


DESCRIBED: list[tuple[str, str, list[str]]] = [
    (
        "office-comma-honorific-name-then-nisba-description",
        # the office (with the country in the genitive), a comma, an honorific, the name: a later
        # "the <country-adjective> minister" is that person
        H
        + "أعلن وزير خارجية الأردن، الشيخ سمير بن علي آل حسين، أمس الأحد، أن المفاوضات ستستأنف قريبا في العاصمة.\n"
        + "وقال الوزير الأردني إن الجولة المقبلة ستكون حاسمة للطرفين.",
        ["سمير بن علي آل حسين", "سمير بن علي آل حسين"],
    ),
    (
        "office-comma-doctor-name-then-nisba-description",
        H
        + "أوضح وزير صحة تونس، الدكتور كريم بن سالم، أن حملة التلقيح ستشمل كل الولايات.\n"
        + "وأكد الوزير التونسي أن المخزون يكفي لثلاثة أشهر على الأقل.",
        ["كريم بن سالم", "كريم بن سالم"],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in DESCRIBED], ids=[c[0] for c in DESCRIBED])
def test_description_finds_the_office_holder(raw: str, expected: list[str]) -> None:
    assert [s for s, _, _ in _said(raw)] == expected
