"""The PolNeAR converter (``fixtures/real/polnear.py``) on a brat snippet of our own: spans, sources
grouped into speakers, the headline and non-speech cues dropped, and the test split refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claims.fixture_scripts import load_script

polnear = load_script("fixtures/real/polnear.py")

TEXT = (
    "Harbour plan stalls\n"
    "Mayor Ann Cole said the quay was late. “We will finish it,” she said. The mayor believes it will pay.\n"
)


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _ann() -> str:
    spans = {
        "T1": ("Source", _at("Mayor Ann Cole")),
        "T2": ("Cue", _at("said")),
        "T3": ("Content", _at("the quay was late")),
        "T4": ("Content", _at("“We will finish it,”")),
        "T5": ("Cue", _at("said", 1)),
        "T6": ("Source", _at("she")),
        "T7": ("Source", _at("The mayor")),
        "T8": ("Cue", _at("believes")),
        "T9": ("Content", _at("it will pay")),
    }
    lines = [f"{tid}\t{kind} {a} {b}\t{TEXT[a:b]}" for tid, (kind, (a, b)) in spans.items()]
    lines += [
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "E2\tAttribution:T5 Content:T4 Cue:T5 Source:T6",
        "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9",
    ]
    return "\n".join(lines)


def _corenlp() -> str:
    """A CoreNLP document with one PERSON run (``Ann Cole``) and no coreference chains."""
    tokens = []
    for n, word in enumerate(("Mayor", "Ann", "Cole"), 1):
        a, b = _at(word)
        ner = "PERSON" if word != "Mayor" else "O"
        tokens.append(
            f"<token id='{n}'><word>{word}</word><CharacterOffsetBegin>{a}</CharacterOffsetBegin>"
            f"<CharacterOffsetEnd>{b}</CharacterOffsetEnd><NER>{ner}</NER></token>"
        )
    return f"<root><document><sentences><sentence id='1'><tokens>{''.join(tokens)}</tokens></sentence>" \
        "</sentences></document></root>"


def test_brat_attributions_become_claims_of_one_speaker() -> None:
    anns = polnear.parse_ann(_ann())
    assert [TEXT[a:b] for a, b in anns[0].content] == ["the quay was late"]
    canonical, aliases = polnear.group_sources(TEXT, anns, _corenlp())
    assert canonical == ["Ann Cole", "Ann Cole", "Ann Cole"]  # a name, a pronoun, the title as description
    assert {"Mayor Ann Cole", "The mayor", "Cole"} <= set(aliases["Ann Cole"])
    claims = polnear.claims_of(TEXT, anns, canonical)
    assert [(c["speaker"], c["kind"], c["content"]) for c in claims] == [
        ("Ann Cole", "indirect", "the quay was late"),
        ("Ann Cole", "direct", "We will finish it"),
    ]  # "believes" is no verb of saying


def test_the_test_split_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="refused"):
        polnear.convert(tmp_path, "test", tmp_path, 1)


def test_a_span_over_a_line_break_does_not_stop_the_conversion() -> None:
    """brat writes a span's text after a tab, line break and all: the next line of the file is
    then the span's text, and it may start with a capital T (``The``). 2 of 839 train documents did,
    and the whole conversion stopped with a ValueError."""
    a, b = _at("Mayor Ann Cole said the quay was late. “We will finish it,”")
    broken = f"T10\tContent {a} {b}\tMayor Ann Cole said\nThe quay was late"
    anns = polnear.parse_ann(_ann() + "\n" + broken)
    assert len(anns) == 3
