"""Guideline §3 normalisation: matching keys and offset-keeping folds."""

from __future__ import annotations

import random

import pytest

from claims.text.normalize import fold, fold_text, normalize_for_matching


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


def test_fold_maps_every_kept_character_back_on_random_text() -> None:
    """``orig`` reads runs of kept characters (not one offset per character): each folded offset must
    still give its own character's original offset, and the text's length past the end."""
    rnd = random.Random(7)
    alphabet = "اأإآىةب \u064b\u064c\u0651\u0640\u00ad\u200c\u200f\u200b\u00a0a.\n"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 25)))
        folded = fold(text)
        kept = [i for i, ch in enumerate(text) if fold_text(ch)]  # a dropped mark folds to nothing
        assert folded.text == fold_text(text) and len(folded.text) == len(kept)
        for i in range(len(kept) + 1):
            assert folded.orig(i) == (kept[i] if i < len(kept) else len(text)), (text, i)
            assert folded.orig_end(i) == (0 if i == 0 else kept[i - 1] + 1), (text, i)
        for i in range(1, len(kept) + 1 if not folded.same_offsets else 0):
            assert folded.orig(-i) == kept[-i], (text, -i)  # from the end, as an offsets tuple was read
