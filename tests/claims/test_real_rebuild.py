"""Restoring a real page's text (``fixtures/real/rebuild.py``): the search answer's JSON string literal is
decoded, never retyped, so bytes a reader cannot see (a non-breaking space, a right-to-left mark, a
lone carriage return) survive, and the pack's hash says at once whether the page is the one its gold
was written on. On a page of our own, in a temporary set."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.claims.fixture_scripts import load_script

rebuild = load_script("fixtures/real/rebuild.py")

# Invisible bytes on purpose: a no-break space, a right-to-left mark, a carriage return without a newline.
PAGE = "قال\u00a0الوزير\u200f إن المرفأ سيفتح في أيار.\r\nRead more: fares\n"


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(rebuild, "LOCAL", tmp_path / "local")
    monkeypatch.setattr(rebuild, "PACKS", tmp_path / "packs")
    (tmp_path / "packs").mkdir()
    digest = hashlib.sha256(PAGE.encode("utf-8")).hexdigest()
    pack = {"set": "demo", "pages": {"demo-port": {"sha256": digest, "gold": {}}}}
    (tmp_path / "packs" / "demo.json").write_text(json.dumps(pack), encoding="utf-8")
    return tmp_path


def test_the_literal_is_decoded_byte_for_byte(sandbox: Path) -> None:
    literal = sandbox / "lit.json"
    literal.write_text(json.dumps(PAGE, ensure_ascii=True), encoding="utf-8")  # escapes, as the tool prints them
    assert rebuild.save(literal, "demo", "demo-port") == "OK"
    saved = (sandbox / "local" / "demo" / "texts" / "demo-port.txt").read_bytes()
    assert saved == PAGE.encode("utf-8")  # the \r stays a lone \r: no newline translation on write
    assert rebuild.state("demo", "demo-port") == "OK"


def test_a_retyped_page_is_told_apart(sandbox: Path) -> None:
    literal = sandbox / "lit.json"
    literal.write_text(json.dumps(PAGE.replace("\u00a0", " ")), encoding="utf-8")  # what retyping gives
    assert rebuild.save(literal, "demo", "demo-port").startswith("MISMATCH")
    assert rebuild.state("demo", "demo-port") == "MISMATCH"


def test_a_set_without_a_pack_is_saved_unchecked(sandbox: Path) -> None:
    literal = sandbox / "lit.json"
    literal.write_text(json.dumps(PAGE), encoding="utf-8")
    assert rebuild.save(literal, "pairsX", "rpX-page").startswith("saved")
    assert rebuild.state("pairsX", "absent-page") == "missing"


def test_rows_of_a_committed_set_come_from_the_manifest() -> None:
    rows = rebuild.manifest_rows("heldout14")
    assert len(rows) == 14
    assert all(pid.startswith("heldout14-") and url.startswith("http") and query for pid, url, query in rows)
