"""Source health from the ingestion flows: schedule, last run, last error, counts.

Sources are declared in ``sources.toml`` and synced by ``claims sources``; this page shows how
each one is doing. Cells are escaped HTML (names and errors can be Arabic or contain markup).
"""

from __future__ import annotations

import streamlit as st

from claims.auth import Action, can
from claims.ingest.sources import source_health
from dashboard import components as c
from dashboard import resources
from dashboard.i18n import code_label, direction, t, when


def _schedule(text: str) -> str:
    """``every 15m`` / ``manual`` in the interface language; a cron line stays as written (code)."""
    if text == "manual":
        return t("schedule_manual")
    if text.startswith("every "):
        return t("schedule_every", amount=text.removeprefix("every "))
    return text

user = resources.require_user()
st.title(t("sources_title"))

with resources.session_scope() as session:
    health = source_health(session, now=resources.now())

if not health:
    st.info(t("sources_none"))
    st.stop()

counts = {
    s: sum(1 for h in health if h.status == s) for s in ("ok", "degraded", "failing", "never run", "disabled")
}
cols = st.columns(len(counts))
for col, (label, n) in zip(cols, counts.items(), strict=True):
    col.metric(code_label("health_", label), n)

head = [t(f"col_{k}") for k in ("source", "status", "kind", "schedule", "last_run", "last_success", "next_run",
                                "articles", "claims", "failed_items", "last_error")]  # fmt: skip
rows = []
for h in health:
    cells = (
        c.block(h.name, tag="span") + f'<div class="claims-muted" dir="ltr">{c.esc(h.location)}</div>',
        c.badge(h.status.replace(" ", "_"), code_label("health_", h.status)),
        c.esc(code_label("source_kind_", h.kind)),
        f'<span dir="auto">{c.esc(_schedule(h.schedule))}</span>',
        c.esc(when(h.last_run_at)),
        c.esc(when(h.last_success_at)),
        c.esc(when(h.next_run_at)),
        str(h.articles),
        str(h.claims),
        str(h.failures_pending),
        (c.block(h.last_error, tag="span") + f'<div class="claims-muted">{c.esc(when(h.last_error_at))}</div>')
        if h.last_error
        else "—",
    )
    rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
c.show(
    f'<table class="claims-table" dir="{direction()}"><thead><tr>'
    + "".join(f"<th>{c.esc(x)}</th>" for x in head)
    + f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
)
if can(user.role, Action.MANAGE_SOURCES):
    st.caption(t("sources_editors"))
