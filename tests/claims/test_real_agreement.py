"""Agreement of two gold writers (``fixtures/real/agreement.py``) on pages of our own: one writer's gold
scored as predictions against the other's, pages with differing texts left out, ``mixed`` read as
indirect."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.claims.fixture_scripts import load_script

agreement = load_script("fixtures/real/agreement.py")

TEXT = (
    "Mayor Ann Cole said the quay was late. The council, she added, had “no money left”.\n"
    "The harbour opened in May.\n"
)


def _claim(speaker: str, content: str, kind: str = "indirect") -> dict[str, Any]:
    return {"speaker": speaker, "speaker_kind": "person", "kind": kind, "cue": "said", "content": content, "via": ""}


def _gold(claims: list[dict[str, Any]], events: list[str]) -> dict[str, Any]:
    return {
        "source": "p1.txt", "lang": "en", "outlet": "Test", "title": "", "aliases": {"Ann Cole": ["Cole"], "council": []},
        "claims": claims, "events": [{"content": e} for e in events], "cross_refs": [], "boilerplate": [],
    }  # fmt: skip


def _write(root: Path, gold: dict[str, Any], text: str = TEXT) -> Path:
    (root / "texts").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "texts" / "p1.txt").write_text(text, encoding="utf-8")
    (root / "gold" / "p1.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_one_writer_agrees_with_itself(tmp_path: Path) -> None:
    gold = _gold([_claim("Ann Cole", "the quay was late"), _claim("Ann Cole", "The council", "mixed")], ["The harbour opened in May"])
    a, b = _write(tmp_path / "a", gold), _write(tmp_path / "b", gold)
    figures = agreement.agreement(a, b, ["p1"])["en"]
    assert figures["attribution"]["f1"] == 1.0 and figures["attribution"]["hits"] == 2  # mixed counted
    assert figures["event"]["f1"] == 1.0


def test_another_speaker_and_a_missing_claim_lower_agreement(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", _gold([_claim("Ann Cole", "the quay was late"), _claim("Ann Cole", "had “no money left”")], []))
    b = _write(tmp_path / "b", _gold([_claim("council", "the quay was late")], []))
    figures = agreement.agreement(a, b, ["p1"])["en"]
    assert (figures["attribution"]["hits"], figures["attribution"]["predicted"], figures["attribution"]["gold"]) == (0, 1, 2)
    assert figures["content"]["hits"] == 1


def test_pages_whose_texts_differ_are_not_compared(tmp_path: Path) -> None:
    gold = _gold([_claim("Ann Cole", "the quay was late")], [])
    a, b = _write(tmp_path / "a", gold), _write(tmp_path / "b", gold, TEXT.replace("May", "June"))
    assert agreement.shared_pages(a, b) == ([], ["p1"])
