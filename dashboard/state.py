"""What the views share across reruns: the open claim, the queue's filters, one-shot messages.

Plain values only (ids, a frozen filter, strings), never ORM rows or sessions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import streamlit as st

from claims.queue import QueueFilter

CLAIM_KEY = "claim_id"
TAKE_KEY = "claim_take"  # the claim should be leased on the next render of the claim page
FILTER_KEY = "queue_filter"
FLASH_KEY = "flash"
CLAIM_PAGE = "views/claim.py"
ARTICLE_PAGE = "views/article.py"
LINK_KEY = "claim_link_seen"  # the ?id= of the claim page's URL that was last taken as the open claim
ARTICLE_KEY = "article_id"
UNDO_KEY = "undo_offer"  # (claim id, verdict, until): this tab's last decision, while it may be undone
WALK_KEY = "article_walk"  # (article id, claim ids in reading order) while "Review this article" runs

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


def offer_undo(claim: int, verdict: str, until: datetime) -> None:
    """Remember this tab's last decision so the claim page can offer to undo it until ``until``.

    Only an offer: whether the undo is allowed (same reviewer, in time, claim unchanged) is decided
    by ``claims.review.undo`` when it is clicked.
    """
    st.session_state[UNDO_KEY] = (claim, verdict, until)


def undo_offer() -> tuple[int, str, datetime] | None:
    value = st.session_state.get(UNDO_KEY)
    return value if isinstance(value, tuple) and len(value) == 3 else None


def clear_undo() -> None:
    st.session_state.pop(UNDO_KEY, None)


def go_to_claim(claim: int, *, take: bool = True) -> None:
    select_claim(claim, take=take)
    st.session_state[LINK_KEY] = str(claim)  # the URL below is this choice, not a new link to follow
    st.switch_page(CLAIM_PAGE, query_params={"id": str(claim)})


def _link_id(kind: str) -> tuple[str | None, int | None]:
    """This page's ``?id=`` as given and as a positive integer (``None`` when absent or not a number)."""
    raw = st.query_params.get("id")
    if raw is None:
        return None, None
    digits = raw.strip()
    number = int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 12 else 0
    if number <= 0:
        flash(f"Not {kind} id: {raw[:40]}", "error")
        return raw, None
    return raw, number


def follow_claim_link() -> None:
    """A ``/claim?id=N`` URL not followed yet in this tab opens claim N (taking it, like Open).

    Only a *new* ``?id=`` counts: once the page writes the open claim back into the URL
    (:func:`show_claim_in_url`), reruns after a decision or a Skip keep the claim they chose.
    """
    raw = st.query_params.get("id")
    if raw is None or st.session_state.get(LINK_KEY) == raw:
        return
    st.session_state[LINK_KEY] = raw
    _, number = _link_id("a claim")
    if number is not None:
        select_claim(number, take=True)


def show_claim_in_url(claim: int) -> None:
    """Keep the address bar on the open claim, so it can be copied, bookmarked or reloaded."""
    if st.query_params.get("id") != str(claim):
        st.query_params["id"] = str(claim)
    st.session_state[LINK_KEY] = str(claim)


def article_from_link() -> int | None:
    """The article of ``/article?id=N``, else the one last opened in this tab; kept in the URL."""
    raw, number = _link_id("an article")
    if number is not None:
        st.session_state[ARTICLE_KEY] = number
    elif raw is not None:
        return None
    chosen = st.session_state.get(ARTICLE_KEY)
    if isinstance(chosen, int) and st.query_params.get("id") != str(chosen):
        st.query_params["id"] = str(chosen)
    return chosen if isinstance(chosen, int) else None


def go_to_article(article: int) -> None:
    st.session_state[ARTICLE_KEY] = article
    st.switch_page(ARTICLE_PAGE, query_params={"id": str(article)})


def start_walk(article: int, order: list[int]) -> None:
    """Review ``article``'s claims in reading order: decisions then move to the next one of them."""
    st.session_state[WALK_KEY] = (article, tuple(order))
    if order:
        go_to_claim(order[0])


def walk_position(claim: int) -> tuple[int, int, int] | None:
    """(article id, 1-based position, count) of ``claim`` in the running walk, else ``None``."""
    walk = st.session_state.get(WALK_KEY)
    if not walk or claim not in walk[1]:
        return None
    article, order = walk
    return article, order.index(claim) + 1, len(order)


def walk_step(claim: int, step: int) -> int | None:
    """The claim ``step`` places after (or before) ``claim`` in the walk; ``None`` past either end."""
    walk = st.session_state.get(WALK_KEY)
    if not walk or claim not in walk[1]:
        return None
    order = walk[1]
    index = order.index(claim) + step
    return order[index] if 0 <= index < len(order) else None


def end_walk() -> None:
    st.session_state.pop(WALK_KEY, None)
