"""The flag audit's scoring: judged flags count by verdict and class, new ones wait, lost ones are named."""

from __future__ import annotations

import json
from pathlib import Path

from tests.claims.flag_audit import main, score

HARBOUR = "Ferry fares to rise again, harbour board says"
SUBHEAD = "Repairs on the north pier"


def test_judged_flags_count_by_verdict_and_class() -> None:
    judgments = {
        "p1": [{"teaser": HARBOUR, "related": True, "class": ""}],
        "p2": [{"teaser": SUBHEAD, "related": False, "class": "sub-head"}],
    }
    audit = score({"p1": ("en", [HARBOUR]), "p2": ("en", [SUBHEAD]), "p3": ("ar", [])}, judgments)
    assert (audit.true["en"], audit.false["en"]) == (1, 1)
    assert audit.precision() == 0.5
    assert audit.false_by_class == {"sub-head": 1}
    assert audit.false_pages_by_class == {"sub-head": {"p2"}}
    assert audit.pages == {"en": 2, "ar": 1}


def test_a_new_flag_is_added_unjudged_and_left_out_of_precision() -> None:
    judgments: dict[str, list[dict[str, object]]] = {}
    audit = score({"p1": ("en", [HARBOUR])}, judgments)
    assert judgments == {"p1": [{"teaser": HARBOUR, "related": None, "class": ""}]}
    assert audit.unjudged == [f"p1: {HARBOUR}"]
    assert audit.precision() == 1.0  # nothing judged yet


def test_a_judged_flag_no_longer_made_is_reported_with_its_verdict() -> None:
    judgments = {"p2": [{"teaser": SUBHEAD, "related": False, "class": "sub-head"}]}
    audit = score({"p2": ("en", [])}, judgments)
    assert audit.dropped == [f"p2: not related (sub-head): {SUBHEAD}"]
    assert audit.precision() == 1.0


def test_the_command_writes_the_judgments_file(tmp_path: Path) -> None:
    para = "The harbour board said on Monday that repairs to the north pier would take until the spring."
    page = f"{para}\n{para} Crossings stay cut until then.\nRead more: {HARBOUR}\n"
    (tmp_path / "p1.txt").write_text(page, encoding="utf-8")
    file = tmp_path / "judgments.json"
    assert main([str(tmp_path), "--judgments", str(file)]) == 0
    saved = json.loads(file.read_text(encoding="utf-8"))
    assert [j["teaser"] for j in saved["p1"]] == [HARBOUR]
