"""Our sentence splitter: offsets exact, no split on ، or :, abbreviations and quotations respected."""

from __future__ import annotations

import pytest

from claims.text.segment import paragraphs, quote_regions, sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال الوزير: إن الوضع مستقر، وأضاف أنه متفائل. ثم غادر.",
            ["وقال الوزير: إن الوضع مستقر، وأضاف أنه متفائل.", "ثم غادر."],
        ),
        # ؛ joins two clauses of one sentence (real copy: "…عملة صعبة؛ خاصة بعد …" is one claim)
        ("هل انتهى؟ نعم! بالتأكيد؛ انتهى", ["هل انتهى؟", "نعم!", "بالتأكيد؛ انتهى"]),
        # Arabic copy often drops the space after a full stop; a single letter before it is an initial
        ("بلغ العدد 400.بينما ارتفع.وقالت د.سلمى إن", ["بلغ العدد 400.", "بينما ارتفع.", "وقالت د.سلمى إن"]),
        (
            "Mr. Smith said the U.S. economy grew 19.5 percent. Next.",
            ["Mr. Smith said the U.S. economy grew 19.5 percent.", "Next."],
        ),
        (
            '"It is good. Very good," he said. Then he left.',
            ['"It is good. Very good," he said.', "Then he left."],
        ),
        ("قال د. أحمد إن «الوضع صعب. جداً» وغادر. انتهى", ["قال د. أحمد إن «الوضع صعب. جداً» وغادر.", "انتهى"]),
        ("بعد “طول الجفاء”.. هل تعود العلاقات؟", ["بعد “طول الجفاء”.. هل تعود العلاقات؟"]),
        ("An unbalanced “quote. Still splits.", ["An unbalanced “quote.", "Still splits."]),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_paragraph_per_line_and_offsets_exact() -> None:
    text = "  first line.  \n\nsecond line\n"
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["first line.", "second line"]


def test_quote_regions_ignore_unbalanced_marks() -> None:
    text = "a «b» c “d"
    assert [text[s:e] for s, e in quote_regions(text, 0, len(text))] == ["«b»"]
