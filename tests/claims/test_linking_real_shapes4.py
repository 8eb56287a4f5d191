"""Same-claim scoring on the shapes that left same-story pairs of the third real pair set unlinked.

``fixtures/real/local/pairs3`` (``fixtures/linking/realpairs.py --pairs``): a statistics office's
yearly note in Arabic (figures with a decimal comma and a proclitic, ``بـ12,5``; "non-food" as
``غير الغذائية``) against its English rewrite, where the office is named by its Latin acronym. Every
sentence here is our own; each test fails on the linker before the change that fixed its kind.
"""

from __future__ import annotations

from claims.linking import ClaimSide, score_pair
from claims.linking.score import DISAGREEING_SPEAKER, speaker_agreement
from claims.linking.text import negated, number_slots, tokens

SUGGEST = 0.6  # the Settings default


def test_a_figure_is_one_value_however_it_is_written() -> None:
    assert tokens("بـ12,5 في المئة") == ["12.5", "في", "المئه"]
    assert tokens("وبـ3,75") == ["3.75"]
    assert tokens("1,000 people and 12,345.6 tonnes") == ["1,000", "people", "and", "12,345.6", "tonnes"]
    assert set(number_slots("ارتفعت أسعار الوقود بـ4,2 في المئة")) == set(
        number_slots("fuel prices rose 4.2%")
    )


def test_non_before_a_definite_adjective_is_no_negation() -> None:
    assert not negated("ارتفعت أسعار المواد غير الغذائية")
    assert not negated("الصادرات غير النفطية")
    assert negated("هذا الخبر غير صحيح")
    assert negated("لم ترتفع الأسعار")


AR = "أن هذا الارتفاع يعود إلى زيادة مؤشر المواد الغذائية بـ8,3 في المئة والمواد غير الغذائية بـ2,4 في المئة"
EN = "the rise is due to an increase in the food products index of 8.3% and of non-food products of 2.4%"


def test_an_arabic_note_and_its_english_rewrite_by_acronym_are_suggested() -> None:
    """The office named in Arabic on one side, by its Latin acronym on the other: neither the same
    speaker nor two, and the same figures in the same words make a suggestion for a reviewer."""
    a = ClaimSide(AR, speaker="الهيئة الوطنية للإحصاء", speaker_kind="organization", lang="ar")
    b = ClaimSide(EN, speaker="NSO", speaker_kind="organization", lang="en")
    result = score_pair(a, b)
    assert result.cross_language and result.score >= SUGGEST, result


def test_another_statement_or_another_named_speaker_stays_apart() -> None:
    a = ClaimSide(AR, speaker="الهيئة الوطنية للإحصاء", speaker_kind="organization", lang="ar")
    other_month = ClaimSide(
        EN.replace("8.3", "6.1").replace("2.4", "1.9"), speaker="NSO", speaker_kind="organization", lang="en"
    )
    assert score_pair(a, other_month).score < SUGGEST
    named = ClaimSide(EN, speaker="Central Bank", speaker_kind="organization", lang="en")
    assert speaker_agreement(a, named) == DISAGREEING_SPEAKER  # a name in words is compared, not waived
    person = ClaimSide(EN, speaker="NSO", speaker_kind="person", lang="en")
    assert speaker_agreement(a, person) == DISAGREEING_SPEAKER
