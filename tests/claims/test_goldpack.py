"""Packed gold (``fixtures/real/goldpack.py``): a set's gold kept as spans of its texts, so it
survives a lost machine without committing a word of the pages. On a page of our own: the pack
gives the gold back exactly, holds no words, refuses a changed text; and every committed pack holds
nothing but offsets, hashes, file names and closed-vocabulary values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.claims.fixture_scripts import load_script

goldpack = load_script("fixtures/real/goldpack.py")

TEXT = (
    "Harbour news | Home | Sport\n"
    "Quay works stall again\n"
    "Mayor Ann Cole said on Monday that the quay would open in May. "
    "“We will finish it,” the mayor told reporters.\n"
    "Read more: Ferry fares to rise\n"
)
GOLD: dict[str, Any] = {
    "source": "quay.txt",
    "lang": "en",
    "outlet": "Harbour news",
    "title": "Quay works stall again",
    "aliases": {"Ann Cole": ["Mayor Ann Cole", "the mayor"], "Port Board": []},
    "claims": [
        {"speaker": "Ann Cole", "speaker_kind": "person", "kind": "indirect", "cue": "said",
         "content": "that the quay would open in May", "via": ""},
        {"speaker": "Ann Cole + Port Board", "speaker_kind": "group", "kind": "direct", "cue": "told",
         "content": "We will finish it,", "via": ""},
    ],
    "events": [{"content": "Quay works stall again"}],
    "cross_refs": ["Read more: Ferry fares to rise"],
    "boilerplate": ["Harbour news | Home | Sport"],
}


def _strings(value: Any, field: str = "") -> list[tuple[str, str]]:
    """Every string value in a pack with the field it sits under (dict keys are the format's own)."""
    if isinstance(value, dict):
        return [pair for key, item in value.items() for pair in _strings(item, key)]
    if isinstance(value, list):
        return [pair for item in value for pair in _strings(item, field)]
    return [(field, value)] if isinstance(value, str) else []


def test_a_pack_gives_the_gold_back_exactly() -> None:
    entry = goldpack.pack_page(GOLD, TEXT)
    assert goldpack.unpack_page(entry, TEXT) == GOLD


def test_a_pack_holds_no_words_of_the_page() -> None:
    entry = goldpack.pack_page(GOLD, TEXT)
    free = [value for field, value in _strings(entry) if field not in goldpack.LITERAL_FIELDS | {"sha256"}]
    # "Port Board" is not in the text: it is spelt by spans where it can be, its missing letters alone
    assert free and all(len(value) == 1 for value in free), free
    assert "would open" not in json.dumps(entry) and "Cole" not in json.dumps(entry)


def test_a_changed_text_gets_no_gold() -> None:
    entry = goldpack.pack_page(GOLD, TEXT)
    with pytest.raises(ValueError, match="differs"):
        goldpack.unpack_page(entry, TEXT.replace("May", "June"))


def test_pack_and_unpack_a_folder(tmp_path: Path) -> None:
    set_dir = tmp_path / "demo"
    (set_dir / "texts").mkdir(parents=True)
    (set_dir / "gold").mkdir()
    (set_dir / "texts" / "quay.txt").write_text(TEXT, encoding="utf-8")
    (set_dir / "gold" / "quay.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (set_dir / "texts" / "lost.txt").write_text("A page whose gold was never written.", encoding="utf-8")
    pack_file = tmp_path / "demo.json"

    assert goldpack.main(["pack", str(set_dir), "--pack", str(pack_file)]) == 0
    canonical = (set_dir / "gold" / "quay.json").read_bytes()
    assert canonical == goldpack.canonical(GOLD).encode("utf-8")  # the local gold rewritten canonically

    (set_dir / "gold" / "quay.json").unlink()
    assert goldpack.main(["unpack", str(set_dir), "--pack", str(pack_file)]) == 0
    assert (set_dir / "gold" / "quay.json").read_bytes() == canonical

    (set_dir / "texts" / "quay.txt").write_text(TEXT + "\n", encoding="utf-8")  # re-fetched differently
    (set_dir / "gold" / "quay.json").unlink()
    assert goldpack.main(["unpack", str(set_dir), "--pack", str(pack_file)]) == 1
    assert not (set_dir / "gold" / "quay.json").exists()


@pytest.mark.parametrize("pack_file", sorted(goldpack.PACKS.glob("*.json")), ids=lambda p: p.stem)
def test_committed_packs_hold_only_offsets(pack_file: Path) -> None:
    pages = json.loads(pack_file.read_text(encoding="utf-8"))["pages"]
    assert pages
    for page_id, entry in pages.items():
        for field, value in _strings(entry):
            if field == "sha256":
                assert len(value) == 64
            elif field == "source":
                assert value == f"{page_id}.txt"
            elif field in goldpack.LITERAL_FIELDS:
                assert len(value) <= 12, (page_id, field, value)
            else:
                assert len(value) == 1, (page_id, field, value)
