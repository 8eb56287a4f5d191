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

MIME = {"csv": "text/csv", "jsonl": "application/x-ndjson", "claimreview": "application/ld+json"}
SUFFIX = {"csv": "csv", "jsonl": "jsonl", "claimreview": "json"}
ANY = "(any)"

user = resources.require_user()
st.title("Export")
state.show_flashes()
if not can(user.role, Action.EXPORT):
    st.error("Only editors and admins export claims.")
    st.stop()

c1, c2, c3 = st.columns(3)
statuses = c1.multiselect("Statuses", list(EXPORTABLE), default=["verified"], key="x_statuses")
lang = c2.selectbox("Language", [ANY, *LANGS], key="x_lang")
fmt = c3.selectbox("Format", list(FORMATS), key="x_format", help="CSV opens in Excel with Arabic intact")
c4, c5 = st.columns([1, 2])
window = c4.date_input("Decided between", value=(), key="x_dates", format="YYYY-MM-DD")
source = c5.text_input("Source or outlet (optional)", key="x_source")

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
st.caption(f"{total} claim{'s' if total != 1 else ''} match.")

if st.button("Prepare export", type="primary", key="x_prepare", disabled=total == 0):
    buffer = io.BytesIO()
    settings = get_settings()
    try:
        with st.spinner("Writing…"), resources.session_scope() as session:
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
        resources.refuse(exc, "Not exported — ")
        st.rerun()
    st.session_state["x_payload"] = (filters, fmt, buffer.getvalue(), written)

payload = st.session_state.get("x_payload")
if payload is not None and payload[:2] == (filters, fmt):  # a file prepared for other choices is not offered
    _, kind, data, written = payload
    stamp = resources.now().strftime("%Y%m%d-%H%M")
    st.download_button(
        f"Download {written} claims ({kind})",
        data=data,
        file_name=f"claims-{stamp}.{SUFFIX[kind]}",
        mime=MIME[kind],
        key="x_download",
        icon=":material/download:",
        on_click="ignore",
    )
