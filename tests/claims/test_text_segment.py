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
        # a stop inside the closing mark ends the quote's sentence when a new sentence visibly begins
        (
            "Ann Cole said the port has “served us well.” She listed three new berths in the south.",
            ["Ann Cole said the port has “served us well.”", "She listed three new berths in the south."],
        ),
        # … but a short cue clause after it stays with its quotation
        ("“We are ready. We will win.” Ann Cole said.", ["“We are ready. We will win.” Ann Cole said."]),
        ("“We are ready.” he said. Then he left.", ["“We are ready.” he said.", "Then he left."]),
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


def test_a_sentence_broken_over_a_blank_line_stays_one_paragraph() -> None:
    """Real copy breaks a sentence before its last phrase; a headline or a turn marker is never joined."""
    broken = "وتوقعت الوكالة أن يرتفع الدين إلى 60% هذا العام\n\nمن 50% في 2020، بحسب رويترز.\n\nوقال آخر."
    assert [broken[s:e] for s, e in paragraphs(broken)] == [
        "وتوقعت الوكالة أن يرتفع الدين إلى 60% هذا العام\n\nمن 50% في 2020، بحسب رويترز.",
        "وقال آخر.",
    ]
    kept = [
        "اقرأ أيضا: الدرهم يتراجع أمام اليورو لأدنى مستوى في 3 أشهر\n\nمن جهتها، قالت الخبيرة إن الخفض مبرر.",
        "وزير العدل: القانون الجديد يدخل حيز التنفيذ في غشت المقبل\n\nفي 2025 ارتفع عدد السجناء.",
        "وقال الوزير إن الوضع مستقر في كل المناطق، وأضاف أنه متفائل\n\nفي المقابل، قال النائب إن الوضع صعب.",
    ]
    for text in kept:
        assert len(paragraphs(text)) == 2, text

