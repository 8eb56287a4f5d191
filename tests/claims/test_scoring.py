"""``claims.scoring`` is the shared scorer's logic: the same figures on the same files, every figure.

The library scorer serves ``claims quality``; the shared script is the contract the desk's figures are
compared by. Run both on the dev set's gold with the extractor's predictions (misses and false alarms
included) and on a hand-made file where speakers resolve through aliases, groups and titles.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims.extract import extract_file
from claims.scoring import Speakers, Tally, overlap_f1
from tests.claims.desk_play import SHARED_SCORER

ROOT = Path(__file__).resolve().parents[2]
SHARED = SHARED_SCORER
FIXTURE_SCRIPT = ROOT / "fixtures" / "extraction" / "score_claims.py"


def run_script(script: Path, gold: Path, pred: Path) -> dict[str, dict[str, float]]:
    done = subprocess.run(
        [sys.executable, str(script), "--gold", str(gold), "--pred", str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def library(gold_dir: Path, pred: Path) -> dict[str, dict[str, float]]:
    rows = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally = Tally()
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        tally.add(gold, [r for r in rows if Path(r["source"]).name == gold["source"]])
    return tally.figures()


@pytest.fixture(scope="module")
def dev_predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pred = tmp_path_factory.mktemp("pred") / "dev.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for gold_file in sorted((ROOT / "fixtures" / "gold").glob("*.json")):
            source = json.loads(gold_file.read_text(encoding="utf-8"))["source"]
            _, found = extract_file(ROOT / "fixtures" / "articles" / source)
            for c in found:
                fh.write(
                    json.dumps({"source": source, **c.model_dump(mode="json")}, ensure_ascii=False) + "\n"
                )
    return pred


@pytest.mark.skipif(not SHARED.exists(), reason="the shared scorer is not beside the repository")
def test_the_library_gives_the_shared_scorers_figures(dev_predictions: Path) -> None:
    gold = ROOT / "fixtures" / "gold"
    shared = run_script(SHARED, gold, dev_predictions)
    assert library(gold, dev_predictions) == shared
    assert shared["attribution"]["hits"] < shared["attribution"]["predicted"]  # errors are in the sample
    assert run_script(FIXTURE_SCRIPT, gold, dev_predictions) == shared  # the fixture script is the library


def test_speakers_resolve_through_aliases_groups_and_fuller_names() -> None:
    speakers = Speakers({"بشار الأسد": ["الرئيس الأسد"], "فيصل المقداد": []})
    assert speakers.resolve("الرئيس الأسد") == frozenset({"بشار الأسد"})
    assert speakers.resolve("الرئيس السوري بشار الأسد") == frozenset({"بشار الأسد"})
    assert speakers.resolve("فيصل المقداد + الرئيس الأسد") == frozenset({"فيصل المقداد", "بشار الأسد"})
    assert overlap_f1("أكد أهميّة التنسيق", "اكد اهمية التنسيق") == 1.0  # tashkeel and alef folded
