"""The append-only history of a claim: who did what, when, what changed, and why."""

from __future__ import annotations

import streamlit as st

from claims.repository import history
from dashboard import components as c
from dashboard import resources, state
from dashboard.i18n import catalogue, direction, t, when


def _action(name: str) -> str:
    key = f"action_{name}"
    return t(key) if key in catalogue() else name.replace("_", " ")


def _value(field: str, value: object) -> str:
    """A field's value as shown: statuses in the interface language, the rest as stored."""
    if field == "status" and isinstance(value, str) and f"status_{value}" in catalogue():
        return t(f"status_{value}")
    return "" if value is None else str(value)

FIELDS = (
    "status", "speaker", "speaker_role", "speaker_kind", "cue", "start", "end", "content", "kind", "via", "corrected",
    "reviewed_by",
)  # fmt: skip

resources.require_user()
st.title(t("history_title"))

opened = state.claim_id()
if "history_claim" not in st.session_state or st.session_state.get("history_opened") != opened:
    st.session_state["history_claim"] = opened or 1  # follow the claim opened elsewhere
    st.session_state["history_opened"] = opened
chosen = st.number_input(t("claim_id"), min_value=1, step=1, key="history_claim")
claim_id = int(chosen)
with resources.session_scope() as session:
    events = history(session, claim_id=claim_id)

if not events:
    st.info(t("no_events", id=claim_id))
if st.button(t("open_claim_no", id=claim_id), key="history_open"):
    state.go_to_claim(claim_id, take=False)

for event in reversed(events):  # newest first
    with st.container(border=True):
        verdict = f" → {c.badge(event.verdict, _value('status', event.verdict))}" if event.verdict else ""
        line = t(
            "event_line",
            action="\0A",
            verdict="\0V",
            actor="\0U",
            when=when(event.at),
            version=event.claim_version,
        )  # placeholders first, then the escaped HTML pieces in their place
        line = (
            c.esc(line)
            .replace("\0A", f"<b>{c.esc(_action(event.action))}</b>")
            .replace("\0V", verdict)
            .replace("\0U", f'<b dir="auto">{c.esc(event.actor)}</b>')
        )
        c.show(f'<div dir="{direction()}">{line}</div>')
        if event.note:
            c.show(f'<div class="claims-muted">{c.esc(t("note"))}</div>{c.block(event.note)}')
        if event.evidence_urls:
            c.show(
                f'<div class="claims-muted">{c.esc(t("evidence"))}</div><ul>'
                + "".join(f"<li>{c.link(u)}</li>" for u in event.evidence_urls)
                + "</ul>"
            )
        before, after = event.before or {}, event.after or {}
        changed = [f for f in FIELDS if before.get(f) != after.get(f)]
        if changed:
            rows = "".join(
                f'<tr><td>{c.esc(t(f"field_{f}"))}</td><td dir="auto">{c.esc(_value(f, before.get(f)))}</td>'
                f'<td dir="auto">{c.esc(_value(f, after.get(f)))}</td></tr>'
                for f in changed
            )
            c.show(
                f'<table class="claims-table" dir="{direction()}"><thead>'
                f"<tr><th>{c.esc(t('field'))}</th><th>{c.esc(t('before'))}</th><th>{c.esc(t('after'))}</th>"
                f"</tr></thead><tbody>{rows}</tbody></table>"
            )
