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
from dashboard.i18n import code_label, t

resources.require_user()
st.title(t("stats_title"))
days = st.select_slider(t("stats_window"), options=[7, 14, 30, 60, 90], value=30, key="stats_days")


@st.cache_data(ttl=60, show_spinner=False)
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


def _tip(field: str, kind: str, title_key: str) -> alt.Tooltip:
    """A tooltip line titled in the interface language (the data's column names stay codes)."""
    return alt.Tooltip(f"{field}:{kind}", title=t(title_key))


with st.spinner(t("stats_counting")):  # the spinner in the interface language (cache_data's is fixed)
    decisions, queue, precision, quality = _figures(resources.database_url(), days)
st.caption(t("stats_fresh"))

st.subheader(t("stats_decisions"))
if decisions:
    frame = pd.DataFrame(
        {"day": [d.day for d in decisions], "reviewer": [d.reviewer for d in decisions],
         "verdict": [code_label("status_", d.verdict) for d in decisions],
         "decisions": [d.count for d in decisions]}
    )  # fmt: skip
    frame["day"] = frame["day"].map(lambda d: d.isoformat())
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("day:O", title=t("ax_day")),
            y=alt.Y("sum(decisions):Q", title=t("ax_decisions")),
            color=alt.Color("reviewer:N", title=t("ax_reviewer")),
            tooltip=[_tip("day", "O", "ax_day"), _tip("reviewer", "N", "ax_reviewer"),
                     _tip("verdict", "N", "ax_verdict"), _tip("decisions", "Q", "ax_decisions")],
        )
    )  # fmt: skip
    st.altair_chart(chart, width="stretch")
else:
    st.caption(t("stats_no_decisions", days=days))

st.subheader(t("stats_queue"))
queue_frame = pd.DataFrame(
    {"day": pd.to_datetime([p.day for p in queue]), "pending": [p.pending for p in queue]}
)
queue_chart = (
    alt.Chart(queue_frame)
    .mark_line()
    .encode(
        x=alt.X("day:T", title=t("ax_day")),
        y=alt.Y("pending:Q", title=t("ax_pending")),
        tooltip=[_tip("day", "T", "ax_day"), _tip("pending", "Q", "ax_pending")],
    )
)
st.altair_chart(queue_chart, width="stretch")

st.subheader(t("stats_precision"))
st.caption(t("stats_precision_caption"))
if precision:
    prec = pd.DataFrame(
        {"extractor": [f"{p.lang} · {p.extractor_version}" for p in precision],
         "precision": [p.precision for p in precision], "reviewed": [p.reviewed for p in precision],
         "not_a_claim": [p.not_a_claim for p in precision], "corrected": [p.corrected for p in precision]}
    )  # fmt: skip
    chart = (
        alt.Chart(prec)
        .mark_bar()
        .encode(
            x=alt.X("extractor:N", title=t("ax_extractor")),
            y=alt.Y("precision:Q", title=t("ax_precision"), scale=alt.Scale(domain=[0, 1])),
            tooltip=[_tip("extractor", "N", "ax_extractor"), _tip("precision", "Q", "ax_precision"),
                     _tip("reviewed", "Q", "ax_reviewed"), _tip("not_a_claim", "Q", "ax_not_a_claim"),
                     _tip("corrected", "Q", "ax_corrected")],
        )
    )  # fmt: skip
    st.altair_chart(chart, width="stretch")
else:
    st.caption(t("stats_no_reviewed"))

st.subheader(t("stats_quality"))
st.caption(t("stats_quality_caption"))
if quality:
    long = pd.DataFrame(
        [
            {"run": q.run_at, "series": f"{q.lang} · {q.extractor_version}", "measure": t(f"ax_{measure}"),
             "value": value, "articles": q.articles, "gold": q.gold, "F1": q.f1, "added": q.added_share}
            for q in quality
            for measure, value in (("precision", q.precision), ("recall", q.recall))
        ]
    )  # fmt: skip
    chart = (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=alt.X("run:T", title=t("ax_run")),
            y=alt.Y("value:Q", title=t("ax_precision_recall"), scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("series:N", title=t("ax_extractor")),
            strokeDash=alt.StrokeDash("measure:N", title=t("ax_measure")),
            tooltip=[_tip("run", "T", "ax_run"), _tip("series", "N", "ax_extractor"),
                     _tip("measure", "N", "ax_measure"), _tip("value", "Q", "ax_precision_recall"),
                     alt.Tooltip("F1:Q", title="F1"), _tip("articles", "Q", "ax_articles"),
                     _tip("gold", "Q", "ax_gold"), _tip("added", "Q", "ax_added")],
        )
    )  # fmt: skip
    st.altair_chart(chart, width="stretch")
else:
    st.caption(t("stats_no_quality"))
