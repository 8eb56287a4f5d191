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

user = resources.require_user()
st.title("Sources")

with resources.session_scope() as session:
    health = source_health(session, now=resources.now())

if not health:
    st.info("No sources declared yet. Add them to sources.toml and run `claims sources sync`.")
    st.stop()

counts = {
    s: sum(1 for h in health if h.status == s) for s in ("ok", "degraded", "failing", "never run", "disabled")
}
cols = st.columns(len(counts))
for col, (label, n) in zip(cols, counts.items(), strict=True):
    col.metric(label, n)

head = ("source", "status", "kind", "schedule", "last run", "last success", "next run", "articles", "claims",
        "failed items", "last error")  # fmt: skip
rows = []
for h in health:
    cells = (
        c.block(h.name, tag="span") + f'<div class="claims-muted" dir="ltr">{c.esc(h.location)}</div>',
        c.badge(h.status.replace(" ", "_")),
        c.esc(h.kind),
        c.esc(h.schedule),
        c.when(h.last_run_at),
        c.when(h.last_success_at),
        c.when(h.next_run_at),
        str(h.articles),
        str(h.claims),
        str(h.failures_pending),
        (c.block(h.last_error, tag="span") + f'<div class="claims-muted">{c.when(h.last_error_at)}</div>')
        if h.last_error
        else "—",
    )
    rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
c.show(
    '<table class="claims-table"><thead><tr>'
    + "".join(f"<th>{c.esc(x)}</th>" for x in head)
    + f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
)
if can(user.role, Action.MANAGE_SOURCES):
    st.caption(
        "Editors: change sources in sources.toml, then `claims sources sync`; "
        "run one now with `claims ingest`."
    )
