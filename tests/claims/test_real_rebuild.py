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


def test_pairs_are_read_from_the_rows_role_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both sides may name a pair, "and vs" lists several, a note in brackets is kept, an unknown id is not a pair."""
    manifest = tmp_path / "MANIFEST.md"
    manifest.write_text(
        "| id | url | query | lang | role in pairs |\n"
        "| rp9-a | https://a.example/1 | q | ar | same story as rp9-b (one readout); hard negative vs rp9-c and vs rp9-d |\n"
        "| rp9-b | https://b.example/1 | q | ar | same story as rp9-a |\n"
        "| rp9-c | https://c.example/1 | q | en | hard negative vs rp9-a (other week) and vs rp9-zz |\n"
        "| rp9-d | https://d.example/1 | q | en | hard negative vs both pages above |\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(rebuild, "MANIFEST", manifest)
    monkeypatch.setattr(rebuild, "PACKS", tmp_path / "packs")
    pairs = rebuild.manifest_pairs("pairs9")
    assert [(p["a"], p["b"], p["same"]) for p in pairs] == [
        ("rp9-a", "rp9-b", True),
        ("rp9-a", "rp9-c", False),
        ("rp9-a", "rp9-d", False),
    ]
    assert pairs[0]["note"] == "rp9-b (one readout)"
    assert [pid for pid, _, _ in rebuild.manifest_rows("pairs9")] == ["rp9-a", "rp9-b", "rp9-c", "rp9-d"]


def test_a_pair_named_with_both_roles_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = tmp_path / "MANIFEST.md"
    manifest.write_text(
        "| rp9-a | https://a.example/1 | q | ar | same story as rp9-b |\n"
        "| rp9-b | https://b.example/1 | q | ar | hard negative vs rp9-a |\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(rebuild, "MANIFEST", manifest)
    monkeypatch.setattr(rebuild, "PACKS", tmp_path / "packs")
    with pytest.raises(ValueError, match="both the same story and a hard negative"):
        rebuild.manifest_pairs("pairs9")


def test_the_committed_pair_sets_give_their_declared_pairs() -> None:
    counts = {name: len(rebuild.manifest_pairs(name)) for name in ("pairs3", "pairs4", "pairs5", "pairs6")}
    assert counts == {"pairs3": 30, "pairs4": 28, "pairs5": 27, "pairs6": 24}
