"""The Stats view charts precision and recall of ``claims quality`` runs per language and extractor
version."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pyarrow.ipc
from streamlit.testing.v1 import AppTest

from claims import db
from claims.models import QualityRun
from tests.dashboard.helpers import Login
from tests.dashboard.seed import Seeded


def quality_charts(at: AppTest) -> list[dict[str, Any]]:
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    return [s for s in specs if s.get("encoding", {}).get("y", {}).get("title") == "precision / recall"]


def test_without_quality_runs_the_view_says_how_to_get_them(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.switch_page("views/stats.py").run()
    assert not at.exception, at.exception
    assert quality_charts(at) == []
    assert any("No quality runs yet" in c.value for c in at.caption)


def test_quality_runs_are_charted_as_precision_and_recall_over_time(login: Login, seeded: Seeded) -> None:
    with db.session_scope(seeded.url) as session:
        for day, lang, version, p, r in (
            (1, "ar", "0.7.3", 0.81, 0.64), (1, "en", "0.7.3", 0.77, 0.70),
            (3, "ar", "0.8.0", 0.86, 0.72), (3, "en", "0.8.0", 0.79, 0.74),
        ):  # fmt: skip
            session.add(QualityRun(
                run_at=datetime(2026, 12, day, 8, 0, tzinfo=UTC), lang=lang, extractor_version=version,
                articles=12, gold=100, predicted=90, hits=int(p * 90), precision=p, recall=r,
                f1=round(2 * p * r / (p + r), 3), added=9,
            ))  # fmt: skip
    at = login("rita")
    at.switch_page("views/stats.py").run()
    assert not at.exception, at.exception
    [spec] = quality_charts(at)
    chart = next(c for c in at.get("vega_lite_chart") if json.loads(c.proto.spec) == spec)
    [dataset] = chart.proto.datasets
    frame = pyarrow.ipc.open_stream(dataset.data.data).read_all().to_pandas()
    points = {(row.series, row.measure): row.value for row in frame.itertuples()}
    assert points == {
        ("ar · 0.7.3", "precision"): 0.81, ("ar · 0.7.3", "recall"): 0.64,
        ("en · 0.7.3", "precision"): 0.77, ("en · 0.7.3", "recall"): 0.70,
        ("ar · 0.8.0", "precision"): 0.86, ("ar · 0.8.0", "recall"): 0.72,
        ("en · 0.8.0", "precision"): 0.79, ("en · 0.8.0", "recall"): 0.74,
    }  # fmt: skip
    encoding = spec["encoding"]
    assert encoding["strokeDash"]["field"] == "measure" and encoding["color"]["field"] == "series"
    assert encoding["x"]["type"] == "temporal"
