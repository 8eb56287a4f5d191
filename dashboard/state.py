"""What the views share across reruns: the open claim, the queue's filters, one-shot messages.

Plain values only (ids, a frozen filter, strings), never ORM rows or sessions.
"""

from __future__ import annotations

from typing import Literal

import streamlit as st

from claims.queue import QueueFilter

CLAIM_KEY = "claim_id"
TAKE_KEY = "claim_take"  # the claim should be leased on the next render of the claim page
FILTER_KEY = "queue_filter"
FLASH_KEY = "flash"
CLAIM_PAGE = "views/claim.py"

Level = Literal["success", "info", "warning", "error"]


def queue_filter() -> QueueFilter:
    value = st.session_state.get(FILTER_KEY)
    return value if isinstance(value, QueueFilter) else QueueFilter()


def set_queue_filter(value: QueueFilter) -> None:
    st.session_state[FILTER_KEY] = value


def claim_id() -> int | None:
    value = st.session_state.get(CLAIM_KEY)
    return value if isinstance(value, int) else None


def select_claim(claim: int | None, *, take: bool) -> None:
    """Make ``claim`` the open claim; ``take`` asks the claim page to lease it (open for review)."""
    st.session_state[CLAIM_KEY] = claim
    st.session_state[TAKE_KEY] = take


def pop_take() -> bool:
    return bool(st.session_state.pop(TAKE_KEY, False))


def flash(message: str, level: Level = "info") -> None:
    """A message shown once, on the next render (survives ``st.rerun`` and page switches)."""
    st.session_state.setdefault(FLASH_KEY, []).append((level, message))


def show_flashes() -> None:
    from dashboard.components import md_escape

    for level, message in st.session_state.pop(FLASH_KEY, []):
        getattr(st, level)(md_escape(message))  # messages quote user input: shown literally


def go_to_claim(claim: int, *, take: bool = True) -> None:
    select_claim(claim, take=take)
    st.switch_page(CLAIM_PAGE)
