"""Export reviewed claims (editors): CSV with a UTF-8 BOM so Excel shows Arabic, or JSON Lines /
schema.org ClaimReview. Selection and writing are ``claims.export.export_claims``.
"""

from __future__ import annotations

import io
from datetime import date

import streamlit as st

from claims.auth import Action, can
from claims.errors import ClaimsError
from claims.export import EXPORTABLE, FORMATS, ExportFilter, count_claims, export_claims
from claims.settings import get_settings
from claims.types import LANGS
from dashboard import resources, state
from dashboard.components import md_escape
from dashboard.i18n import code_label, t

MIME = {"csv": "text/csv", "jsonl": "application/x-ndjson", "claimreview": "application/ld+json"}
SUFFIX = {"csv": "csv", "jsonl": "jsonl", "claimreview": "json"}
ANY = "(any)"  # the "any language" choice (shown in the interface language)

user = resources.require_user()
st.title(t("export_title"))
state.show_flashes()
if not can(user.role, Action.EXPORT):
    st.error(t("export_editors_only"))
    st.stop()

c1, c2, c3 = st.columns(3)
statuses = c1.multiselect(
    t("x_statuses"), list(EXPORTABLE), default=["verified"], key="x_statuses",
    format_func={s: code_label("status_", s) for s in EXPORTABLE}.__getitem__,  # worded now (see queue.py)
)  # fmt: skip
lang = c2.selectbox(
    t("x_language"), [ANY, *LANGS], key="x_lang", format_func={ANY: t("any"), **{x: x for x in LANGS}}.__getitem__
)
fmt = c3.selectbox(
    t("x_format"), list(FORMATS), key="x_format", help=t("x_format_help"),
    format_func={f: code_label("format_", f) for f in FORMATS}.__getitem__,
)  # fmt: skip
c4, c5 = st.columns([1, 2])
window = c4.date_input(t("x_dates"), value=(), key="x_dates", format="YYYY-MM-DD")
source = c5.text_input(t("x_source"), key="x_source")

since: date | None = None
until: date | None = None
if isinstance(window, (tuple, list)):
    since = window[0] if len(window) > 0 else None
    until = window[1] if len(window) > 1 else None

try:
    filters = ExportFilter(
        statuses=tuple(statuses),
        since=since,
        until=until,
        lang=None if lang == ANY else lang,
        source=source.strip() or None,
    )
except ClaimsError as exc:
    st.error(md_escape(exc))
    st.stop()

with resources.session_scope() as session:
    total = count_claims(session, filters=filters)
st.caption(t("x_count_one" if total == 1 else "x_count", count=total))

if st.button(t("x_prepare"), type="primary", key="x_prepare", disabled=total == 0):
    buffer = io.BytesIO()
    settings = get_settings()
    try:
        with st.spinner(t("x_writing")), resources.session_scope() as session:
            written = export_claims(
                session,
                actor=resources.actor(),
                filters=filters,
                fmt=fmt,  # type: ignore[arg-type]
                out=buffer,
                bom=True,
                organization=settings.organization,
                organization_url=settings.organization_url,
            )
    except ClaimsError as exc:
        resources.refuse(exc, t("not_exported"))
        st.rerun()
    st.session_state["x_payload"] = (filters, fmt, buffer.getvalue(), written)

payload = st.session_state.get("x_payload")
if payload is not None and payload[:2] == (filters, fmt):  # a file prepared for other choices is not offered
    _, kind, data, written = payload
    stamp = resources.now().strftime("%Y%m%d-%H%M")
    st.download_button(
        t("x_download", count=written, format=code_label("format_", kind)),
        data=data,
        file_name=f"claims-{stamp}.{SUFFIX[kind]}",
        mime=MIME[kind],
        key="x_download",
        icon=":material/download:",
        on_click="ignore",
    )
