"""The append-only history of a claim: who did what, when, what changed, and why."""

from __future__ import annotations

import streamlit as st

from claims.repository import history
from dashboard import components as c
from dashboard import resources, state

FIELDS = (
    "status", "speaker", "speaker_role", "speaker_kind", "cue", "start", "end", "content", "kind", "via", "corrected",
)  # fmt: skip

resources.require_user()
st.title("History")

opened = state.claim_id()
if "history_claim" not in st.session_state or st.session_state.get("history_opened") != opened:
    st.session_state["history_claim"] = opened or 1  # follow the claim opened elsewhere
    st.session_state["history_opened"] = opened
chosen = st.number_input("Claim id", min_value=1, step=1, key="history_claim")
claim_id = int(chosen)
with resources.session_scope() as session:
    events = history(session, claim_id=claim_id)

if not events:
    st.info(f"No events for claim #{claim_id} yet — it has not been decided or corrected.")
if st.button(f"Open claim #{claim_id}", key="history_open"):
    state.go_to_claim(claim_id, take=False)

for event in reversed(events):  # newest first
    with st.container(border=True):
        verdict = f" → {c.badge(event.verdict)}" if event.verdict else ""
        c.show(
            f'<div dir="ltr"><b>{c.esc(event.action.replace("_", " "))}</b>{verdict} by <b dir="auto">'
            f"{c.esc(event.actor)}</b> · {c.when(event.at)} · version {event.claim_version}</div>"
        )
        if event.note:
            c.show(f'<div class="claims-muted">Note</div>{c.block(event.note)}')
        if event.evidence_urls:
            c.show(
                '<div class="claims-muted">Evidence</div><ul>'
                + "".join(f"<li>{c.link(u)}</li>" for u in event.evidence_urls)
                + "</ul>"
            )
        before, after = event.before or {}, event.after or {}
        changed = [f for f in FIELDS if before.get(f) != after.get(f)]
        if changed:
            rows = "".join(
                f'<tr><td>{c.esc(f)}</td><td dir="auto">{c.esc(before.get(f))}</td>'
                f'<td dir="auto">{c.esc(after.get(f))}</td></tr>'
                for f in changed
            )
            c.show(
                '<table class="claims-table"><thead>'
                "<tr><th>field</th><th>before</th><th>after</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>"
            )
