"""The seed article: all ten gold attributions, with the guideline's scorer (attribution F1 1.000)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from claims.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract_claims, extract_file
from claims.text.clean import clean_text
from claims.types import ClaimKind, SpeakerKind

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).parents[2].parent / "shared"
CANDIDATES = [
    (
        ROOT / "fixtures" / "articles" / "hashtag-assad-khaji.txt",
        ROOT / "fixtures" / "gold" / "hashtag-assad-khaji.json",
    ),
    (SHARED / "samples" / "hashtag-assad-khaji.txt", SHARED / "gold" / "hashtag-assad-khaji.json"),
]
_spec = importlib.util.spec_from_file_location("scoring", ROOT / "fixtures" / "extraction" / "scoring.py")
assert _spec and _spec.loader
scoring = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scoring)


def _seed() -> tuple[Path, Path]:
    for article, gold in CANDIDATES:
        if article.exists() and gold.exists():
            return article, gold
    pytest.skip("seed article and gold not available")


def test_seed_attribution_f1_is_one(tmp_path: Path) -> None:
    article, gold = _seed()
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    scoring.predict([article], pred)
    figures = scoring.score(gold_dir, pred)
    assert figures["attribution"]["f1"] == 1.0, figures
    assert figures["event"]["f1"] == 1.0, figures


def _claims() -> list:
    article, _ = _seed()
    return extract_file(article)[1]


def test_seed_speakers_named_in_the_issue() -> None:
    claims = _claims()
    by_content = {c.content[:20]: c for c in claims}
    khaji = next(c for c in claims if c.content.startswith("صوابية الرؤية"))
    assert khaji.speaker == "علي أصغر خاجي" and khaji.speaker_mention == "خاجي" and khaji.cue == "أكد"
    pair = next(c for c in claims if c.content.startswith("ضرورة تنفيذ"))
    assert pair.speaker == "فيصل المقداد + حسين أمير عبد اللهيان" and pair.speaker_kind == SpeakerKind.GROUP
    nested = next(c for c in claims if c.content == "هذه التطورات إيجابية وبنّاءة")
    # The agency's canonical name is its fullest form, which holds the gold's "إرنا".
    assert nested.speaker == "حسين أمير عبد اللهيان" and "إرنا" in nested.via.split()
    outer = next(c for c in claims if c.content.startswith("عبد اللهيان هنأ"))
    assert "إرنا" in outer.speaker.split() and outer.kind == ClaimKind.DIRECT
    assert (
        outer.speaker == next(c for c in claims if c.cue == "أفادت").speaker
    )  # الوكالة الإيرانية → the agency
    closing = next(c for c in claims if c.content.startswith("إضافة إلى"))
    assert closing.speaker == "بشار الأسد" and closing.cue == "حسب تعبيره"
    assert by_content  # document order and exact spans are checked below


def test_seed_spans_exact_and_ordered() -> None:
    article, _ = _seed()
    doc = clean_text(article.read_text(encoding="utf-8"))
    claims = extract_claims(doc)
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for c in claims:
        assert doc.text[c.start : c.end] == c.content
        assert c.extractor == EXTRACTOR_NAME and c.extractor_version == EXTRACTOR_VERSION
        assert 0.0 <= c.checkworthiness <= 1.0
    events = [c for c in claims if c.kind == ClaimKind.EVENT]
    assert {c.speaker for c in events} == {"هاشتاغ"} and all(
        c.speaker_kind == SpeakerKind.OUTLET for c in events
    )


def test_seed_is_deterministic() -> None:
    article, _ = _seed()
    doc = clean_text(article.read_text(encoding="utf-8"))
    first = [c.model_dump() for c in extract_claims(doc)]
    assert first == [c.model_dump() for c in extract_claims(doc)]
    assert json.dumps(first, ensure_ascii=False, default=str)
