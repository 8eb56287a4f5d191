"""The gold validator of rebuilt real-page sets (``fixtures/real/check_gold.py``) finds what breaks
scoring: a content that is not in the page, a speaker with no alias entry, a chrome entry that is not
a whole line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures" / "real"))
import check_gold

TEXT = "Harbour news\nThe mayor said the quay would open in May.\nShare this\n"


def _gold(**changes: object) -> dict:
    gold = {
        "source": "p.txt",
        "lang": "en",
        "outlet": "",
        "title": "",
        "aliases": {"Ana Lind": ["The mayor"]},
        "claims": [
            {"speaker": "Ana Lind", "speaker_kind": "person", "kind": "indirect", "cue": "said",
             "content": "the quay would open in May", "via": ""}
        ],
        "events": [],
        "cross_refs": [],
        "boilerplate": ["Share this"],
    }
    gold.update(changes)
    return gold


def _check(tmp_path: Path, gold: dict) -> list[str]:
    (tmp_path / "p.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "p.json").write_text(json.dumps(gold), encoding="utf-8")
    return check_gold.problems(tmp_path / "p.json", tmp_path / "p.txt")


def test_a_sound_gold_file_has_no_problems(tmp_path: Path) -> None:
    assert _check(tmp_path, _gold()) == []


def test_what_would_break_scoring_is_reported(tmp_path: Path) -> None:
    claim = dict(_gold()["claims"][0], content="the quay opens in June", speaker="Bo Berg")
    found = _check(tmp_path, _gold(claims=[claim], boilerplate=["Share"]))
    assert any("content not in text" in p for p in found)
    assert any("speaker not an alias key" in p for p in found)
    assert any("boilerplate not a whole line" in p for p in found)
