"""Guideline §3 normalisation: matching keys and offset-keeping folds."""

from __future__ import annotations

import pytest

from claims.text.normalize import fold, normalize_for_matching


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("أكّد الرئيسُ", "اكد الرئيس"),
        ("إيران وآسيا", "ايران واسيا"),
        ("مستشفى", "مستشفي"),
        ("الوكالة الإيرانية", "الوكاله الايرانيه"),
        ("الـــرئيس", "الرئيس"),
        ("  Mixed   CASE\u00a0text ", "mixed case text"),
        ("", ""),
    ],
)
def test_normalize_for_matching(raw: str, key: str) -> None:
    assert normalize_for_matching(raw) == key


@pytest.mark.parametrize("text", ["بنّاءة وإيجابيةٌ", "plain text", "تـــطويل", "", "ً"])
def test_fold_maps_back_to_original_offsets(text: str) -> None:
    folded = fold(text)
    for i, ch in enumerate(folded.text):
        original = text[folded.orig(i)]
        assert fold(original).text in (ch, "")
    assert folded.orig_end(len(folded.text)) <= len(text)


def test_fold_keeps_length_without_diacritics() -> None:
    text = "أكد الوزير أن الإجراءات مستمرة"
    folded = fold(text)
    assert len(folded.text) == len(text)
    assert folded.orig(5) == 5
