"""Charts of the desk's work: decisions per reviewer and day, queue size, extractor precision, and
the extractor's precision and recall on the desk's own gold over time (``claims quality`` runs)."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from claims.quality import QualityPoint, quality_history
from claims.stats import (
    DecisionCount,
    Precision,
    QueuePoint,
    decisions_per_reviewer_day,
    extractor_precision,
    queue_size_over_time,
)
from dashboard import resources

resources.require_user()
st.title("Stats")
days = st.select_slider("Window (days)", options=[7, 14, 30, 60, 90], value=30, key="stats_days")


@st.cache_data(ttl=60, show_spinner="Counting the desk's work…")
def _figures(
    database_url: str, days: int
) -> tuple[list[DecisionCount], list[QueuePoint], list[Precision], list[QualityPoint]]:
    """A minute-old chart is fine, and at a million claims a fresh one costs ~2 s (tests/perf/RESULTS.md)."""
    with resources.session_scope() as session:  # the URL only keys the cache: one database per app
        now = resources.now()
        return (
            decisions_per_reviewer_day(session, days=days, now=now),
            queue_size_over_time(session, days=days, now=now),
            extractor_precision(session),
            quality_history(session),
        )


decisions, queue, precision, quality = _figures(resources.database_url(), days)
st.caption("Figures are at most a minute old.")

st.subheader("Decisions per reviewer and day")
if decisions:
    frame = pd.DataFrame(
        {"day": [d.day for d in decisions], "reviewer": [d.reviewer for d in decisions],
         "verdict": [d.verdict for d in decisions], "decisions": [d.count for d in decisions]}
    )  # fmt: skip
    frame["day"] = frame["day"].map(lambda d: d.isoformat())
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("day:O", title="day (UTC)"),
            y=alt.Y("sum(decisions):Q", title="decisions"),
            color=alt.Color("reviewer:N"),
            tooltip=["day:O", "reviewer:N", "verdict:N", "decisions:Q"],
        )
    )
    st.altair_chart(chart, width="stretch")
else:
    st.caption(f"No decisions in the last {days} days.")

st.subheader("Queue size over time")
queue_frame = pd.DataFrame(
    {"day": pd.to_datetime([p.day for p in queue]), "pending": [p.pending for p in queue]}
)
st.line_chart(queue_frame, x="day", y="pending")

st.subheader("Extractor precision as reviewers see it")
st.caption(
    "Share of reviewed claims neither marked Not a claim nor corrected, per language and extractor version."
)
if precision:
    prec = pd.DataFrame(
        {"extractor": [f"{p.lang} · {p.extractor_version}" for p in precision],
         "precision": [p.precision for p in precision], "reviewed": [p.reviewed for p in precision],
         "not a claim": [p.not_a_claim for p in precision], "corrected": [p.corrected for p in precision]}
    )  # fmt: skip
    chart = (
        alt.Chart(prec)
        .mark_bar()
        .encode(
            x=alt.X("extractor:N", title="language · extractor version"),
            y=alt.Y("precision:Q", scale=alt.Scale(domain=[0, 1])),
            tooltip=["extractor", "precision", "reviewed", "not a claim", "corrected"],
        )
    )
    st.altair_chart(chart, width="stretch")
else:
    st.caption("No reviewed claims yet.")

st.subheader("Extractor quality on the desk's gold")
st.caption(
    "Each `claims quality` run re-extracts the articles whose claims are all decided and scores them "
    "against the desk's decisions: precision and recall of attributions, per language and extractor version."
)
if quality:
    long = pd.DataFrame(
        [
            {"run": q.run_at, "series": f"{q.lang} · {q.extractor_version}", "measure": measure,
             "value": value, "articles": q.articles, "gold claims": q.gold, "F1": q.f1,
             "added by reviewers": q.added_share}
            for q in quality
            for measure, value in (("precision", q.precision), ("recall", q.recall))
        ]
    )  # fmt: skip
    chart = (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=alt.X("run:T", title="quality run (UTC)"),
            y=alt.Y("value:Q", title="precision / recall", scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("series:N", title="language · extractor version"),
            strokeDash=alt.StrokeDash("measure:N", title="measure"),
            tooltip=["run:T", "series:N", "measure:N", "value:Q", "F1:Q", "articles:Q", "gold claims:Q",
                     "added by reviewers:Q"],
        )
    )  # fmt: skip
    st.altair_chart(chart, width="stretch")
else:
    st.caption("No quality runs yet: run `claims quality` once articles are fully reviewed.")
