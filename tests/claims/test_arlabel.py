"""Speaker shapes learned from hand-judged fresh Arabic pages (branch arlabel): a name closed by the head
of the adjunct after it, a pronoun preposition at the front of the
phrase, a name closed by the plural noun it ran into. Sentences invented for the tests."""

from __future__ import annotations

import pytest

from claims.extract.arabic.speaker_shape import features
from claims.text.normalize import fold_text
from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"


@pytest.mark.parametrize(
    ("phrase", "feature"),
    [
        ("سامر نادر بحسب", "trailing_word"),
        ("هالة منصور وفق", "trailing_word"),
        ("عليها بتنظيم", "pp_early"),
        ("أوكل له المهمة", "pp_early"),
        ("كريم فاضل الشاحنات", "trailing_noun"),
    ],
)
def test_new_shape_features_fire(phrase: str, feature: str) -> None:
    assert feature in features(fold_text(phrase).split())


@pytest.mark.parametrize(
    "phrase",
    ["أسامة علي", "أيمن", "يوسف", "نقابة المعلمين", "سيدي ولد الشيخ الحسين", "عدد من المزارعين", "عبد الله"],
)
def test_names_and_bodies_keep_no_new_feature(phrase: str) -> None:
    fired = features(fold_text(phrase).split())
    assert not fired & {"trailing_word", "pp_early", "trailing_noun"}


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        # the source of the statement after the name ("بحسب إذاعة") was read into the name
        "name-closed-by-an-adjunct-head-is-cut",
        H + "قال المحلل المالي رامي سالم بحسب إذاعة محلية إن أسعار الخبز سترتفع في الشهر المقبل.\n\n"
        "وأضاف أن المخابز طلبت دعما إضافيا.",
        [("رامي سالم", "إن أسعار"), ("رامي سالم", "أن المخابز")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_arlabel_repairs(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_cut_name_renames_the_entity_filed_from_the_long_phrase() -> None:
    """The cut reading ``رامي سالم`` replaces the phrase everywhere: the registry had filed the long
    phrase ``رامي سالم بحسب`` and merges the two later, so the long one is renamed to the cut name."""
    from claims.extract import extract_claims
    from claims.text.clean import clean_text
    from claims.types import ClaimKind

    raw = CASES[0][1]
    speakers = {c.speaker for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT}
    assert speakers == {"رامي سالم"}
