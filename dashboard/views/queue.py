"""The review queue: claims by priority, filters, pages, and "Review next".

Rows are rendered as escaped HTML blocks (not ``st.dataframe``, which cuts long Arabic cells).
Ordering, filtering and who-holds-what come from ``claims.queue`` and ``claims.review``.
"""

from __future__ import annotations

import math
from datetime import date

import streamlit as st

from claims.priority import explain
from claims.queue import ATTRIBUTIONS, EVENTS, QueueFilter, QueueRow, filter_options, queue_page, total_label
from claims.types import ReviewStatus
from dashboard import components, forms, resources, state
from dashboard.i18n import code_label, direction, factor_text, t, when

PAGE_SIZES = (10, 20, 50)
ANY = "(any)"


def why_line(row: QueueRow) -> str:
    """Why the row ranks where it does: its date, then each factor of its weight, largest first."""
    factors = explain(
        checkworthiness=row.checkworthiness, reasons=row.checkworthy_reasons, cluster_size=row.cluster_size,
        confidence=row.confidence, speaker_kind=row.speaker_kind, speaker_role=row.speaker_role,
        start=row.start,
    )  # fmt: skip
    parts = [f"{factor_text(f)} ×{f.weight:.2f}" for f in factors]
    published = t("published_on", date=when(row.published_at))
    return (
        f'<div class="claims-muted claims-why" dir="{direction()}">{components.esc(t("why_here"))}: {components.esc(published)} · '
        + " · ".join(components.esc(p) for p in parts)
        + f" · {components.esc(t('why_score', score=f'{row.priority:.2f}'))}</div>"
    )

user = resources.require_user()
st.title(t("queue_title"))
state.show_flashes()

with resources.session_scope() as session:
    options = filter_options(session)

current = state.queue_filter()
with st.expander(t("filters"), expanded=True):
    c1, c2, c3, c4 = st.columns(4)
    # Options are the shown labels (mapped back below), so a widget keeps its choice when the
    # interface language changes only if the label is the same; "(any)" is reset to its new label.
    anything = t("any")
    lang = c1.selectbox(t("f_language"), [anything, *options["lang"]], key="f_lang")
    outlet = c2.selectbox(t("f_outlet"), [anything, *options["outlet"]], key="f_outlet")
    speaker = c3.selectbox(t("f_speaker"), [anything, *options["speaker"]], key="f_speaker")
    statuses = {t(f"status_{s.value}"): s.value for s in ReviewStatus} | {anything: ANY}
    status = statuses.get(c4.selectbox(t("f_status"), list(statuses), key="f_status"), ANY)
    # codes as options, worded by format_func: the choice survives a change of interface language;
    # a dict's lookup, worded now, since Streamlit (and AppTest) also call it outside the run
    claim_sets = {ATTRIBUTIONS: t("claims_attributions"), EVENTS: t("claims_events"), ANY: t("claims_both")}
    claim_set = st.radio(
        t("claims_set"), list(claim_sets), horizontal=True, key="f_claims", help=t("claims_set_help"),
        format_func=claim_sets.__getitem__,
    )  # fmt: skip
    c5, c6, c7 = st.columns([2, 3, 1])
    dates = c5.date_input(t("f_dates"), value=(), key="f_dates", format="YYYY-MM-DD")
    text = c6.text_input(t("f_text"), key="f_text")
    page_size = int(c7.selectbox(t("f_page_size"), PAGE_SIZES, index=1, key="f_page_size"))
    skipped = st.toggle(t("f_skipped"), key="f_skipped", help=t("f_skipped_help"))

since: date | None = None
until: date | None = None
if isinstance(dates, (tuple, list)):
    since = dates[0] if len(dates) > 0 else None
    until = dates[1] if len(dates) > 1 else None
filters = QueueFilter(
    lang=None if lang in (ANY, anything) else lang,
    outlet=None if outlet in (ANY, anything) else outlet,
    speaker=None if speaker in (ANY, anything) else speaker,
    status=None if status == ANY else status,
    since=since,
    until=until,
    text=text.strip() or None,
    reviewer_id=user.id,  # this reviewer's skipped claims stay out of the list (or are it, below)
    skipped=bool(skipped),
    claims=None if claim_set == ANY else claim_set,
)
if filters != current:
    st.session_state["queue_page"] = 1
state.set_queue_filter(filters)

if st.button(
    t("review_next"),
    type="primary",
    key="review_next",
    icon=":material/play_arrow:",
    help=t("review_next_help"),
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

st.caption(t("queue_total", total=total_label(total), page=page, pages=pages))
if not rows:
    st.info(t("queue_none"))
for rank, row in enumerate(rows, start=(page - 1) * page_size + 1):
    with st.container(border=True):
        body, action = st.columns([12, 1], vertical_alignment="center")
        with body:
            entry = components.queue_row(
                row, rank, words=t, stamp=when, direction=direction(), reason=lambda r: code_label("reason_", r)
            )
            components.show(entry + why_line(row))
        if action.button(t("open"), key=f"open_{row.claim_id}"):
            state.go_to_claim(row.claim_id, take=True)


def _goto(target: int) -> None:
    st.session_state["queue_page"] = target


prev_col, _, next_col = st.columns([1, 6, 1])
prev_col.button(t("page_prev"), key="page_prev", disabled=page <= 1, on_click=_goto, args=(page - 1,))
next_col.button(t("page_next"), key="page_next", disabled=page >= pages, on_click=_goto, args=(page + 1,))
