"""The review queue: claims by priority, filters, pages, and "Review next".

Rows are rendered as escaped HTML blocks (not ``st.dataframe``, which cuts long Arabic cells).
Ordering, filtering and who-holds-what come from ``claims.queue`` and ``claims.review``.
"""

from __future__ import annotations

import math
from datetime import date

import streamlit as st

from claims.priority import explain
from claims.queue import ATTRIBUTIONS, EVENTS, QueueFilter, QueueRow, filter_options, queue_page
from claims.types import ReviewStatus
from dashboard import components, forms, resources, state

PAGE_SIZES = (10, 20, 50)
ANY = "(any)"
CLAIM_SETS = {
    ATTRIBUTIONS: "Attributions (who said what)",
    EVENTS: "The outlets' own event sentences",
    ANY: "Both",
}


def why_line(row: QueueRow) -> str:
    """Why the row ranks where it does: its date, then each factor of its weight, largest first."""
    factors = explain(
        checkworthiness=row.checkworthiness, reasons=row.checkworthy_reasons, cluster_size=row.cluster_size,
        confidence=row.confidence, speaker_kind=row.speaker_kind, speaker_role=row.speaker_role,
        start=row.start,
    )  # fmt: skip
    parts = [f"{f.label} ×{f.weight:.2f}" for f in factors]
    when = "published " + components.when(row.published_at)
    return (
        f'<div class="claims-muted claims-why" dir="ltr">Why here: {components.esc(when)} · '
        + " · ".join(components.esc(p) for p in parts)
        + f" · score {row.priority:.2f}</div>"
    )

resources.require_user()
st.title("Review queue")
state.show_flashes()

with resources.session_scope() as session:
    options = filter_options(session)

current = state.queue_filter()
with st.expander("Filters", expanded=True):
    c1, c2, c3, c4 = st.columns(4)
    lang = c1.selectbox("Language", [ANY, *options["lang"]], key="f_lang")
    outlet = c2.selectbox("Outlet", [ANY, *options["outlet"]], key="f_outlet")
    speaker = c3.selectbox("Speaker", [ANY, *options["speaker"]], key="f_speaker")
    status = c4.selectbox(
        "Status",
        [s.value for s in ReviewStatus] + [ANY],
        key="f_status",
        format_func=lambda s: s.replace("_", " "),
    )
    claim_set = st.radio(
        "Claims", list(CLAIM_SETS), format_func=CLAIM_SETS.__getitem__, horizontal=True, key="f_claims",
        help="Attributions and the outlet's own event sentences are different work: review one at a time.",
    )  # fmt: skip
    c5, c6, c7 = st.columns([2, 3, 1])
    dates = c5.date_input("Published between", value=(), key="f_dates", format="YYYY-MM-DD")
    text = c6.text_input("Search content or speaker", key="f_text")
    page_size = int(c7.selectbox("Per page", PAGE_SIZES, index=1, key="f_page_size"))

since: date | None = None
until: date | None = None
if isinstance(dates, (tuple, list)):
    since = dates[0] if len(dates) > 0 else None
    until = dates[1] if len(dates) > 1 else None
filters = QueueFilter(
    lang=None if lang == ANY else lang,
    outlet=None if outlet == ANY else outlet,
    speaker=None if speaker == ANY else speaker,
    status=None if status == ANY else status,
    since=since,
    until=until,
    text=text.strip() or None,
    claims=None if claim_set == ANY else claim_set,
)
if filters != current:
    st.session_state["queue_page"] = 1
state.set_queue_filter(filters)

if st.button(
    "Review next",
    type="primary",
    key="review_next",
    icon=":material/play_arrow:",
    help="Take the top claim nobody holds",
):
    forms.open_next()  # leases the top claim of these filters (set just above) for this login
    if state.claim_id() is None:
        st.rerun()  # shows why: the queue is empty, or the refusal
    st.switch_page(state.CLAIM_PAGE)

page = int(st.session_state.get("queue_page", 1))
with resources.session_scope() as session:
    rows, total = queue_page(session, filters=filters, page=page, page_size=page_size, now=resources.now())
pages = max(1, math.ceil(total / page_size))
if page > pages:
    st.session_state["queue_page"] = page = pages
    with resources.session_scope() as session:
        rows, total = queue_page(
            session, filters=filters, page=page, page_size=page_size, now=resources.now()
        )

st.caption(f"{total} claim{'s' if total != 1 else ''} · page {page} of {pages}")
if not rows:
    st.info("No claims match these filters.")
for rank, row in enumerate(rows, start=(page - 1) * page_size + 1):
    with st.container(border=True):
        body, action = st.columns([12, 1], vertical_alignment="center")
        with body:
            components.show(components.queue_row(row, rank) + why_line(row))
        if action.button("Open", key=f"open_{row.claim_id}"):
            state.go_to_claim(row.claim_id, take=True)


def _goto(target: int) -> None:
    st.session_state["queue_page"] = target


prev_col, _, next_col = st.columns([1, 6, 1])
prev_col.button("← Previous", key="page_prev", disabled=page <= 1, on_click=_goto, args=(page - 1,))
next_col.button("Next →", key="page_next", disabled=page >= pages, on_click=_goto, args=(page + 1,))
