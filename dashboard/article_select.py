"""The selectable article text: a Streamlit custom component (``components.v1``, static files).

``frontend/article_select/index.html`` is plain HTML and JavaScript, served by Streamlit from this
package (no build step, nothing fetched from the network). It draws the stored text with its claims
marked and answers with what the reviewer did: ``{"action": "select", "start", "end", "text"}``
(code-point offsets on the stored text, and the selected text itself, which the library checks
against ``text[start:end]``) or ``{"action": "open", "claim": id}``. Each answer carries a ``seq``
so that one act is handled once although Streamlit repeats the last value on every rerun.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st
import streamlit.components.v1 as components

from claims.articles import ArticleView
from dashboard.article_html import Words, component_args, english

FRONTEND = Path(__file__).resolve().parent / "frontend" / "article_select"
_article_select = components.declare_component("article_select", path=str(FRONTEND))
_SEEN_KEY = "article_select_seen"


def article_text(
    view: ArticleView, *, selection: tuple[int, int] | None, key: str, words: Words = english
) -> dict[str, Any] | None:
    """Draw the article; the reviewer's *new* act (a selection or a click on a claim), else ``None``.
    ``words`` (``dashboard.i18n.t``) gives the hover titles' status names in the interface language."""
    value = _article_select(**component_args(view, selection, words), key=key, default=None)
    if not isinstance(value, dict) or not isinstance(value.get("seq"), str):
        return None
    if st.session_state.get(_SEEN_KEY) == value["seq"]:
        return None
    st.session_state[_SEEN_KEY] = value["seq"]
    return value


def parse_selection(value: dict[str, Any], text_length: int) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of a ``select`` answer when its fields have the right types, else ``None``
    (the library still checks the span against the stored text)."""
    start, end, text = value.get("start"), value.get("end"), value.get("text")
    if value.get("action") != "select" or not isinstance(text, str):
        return None
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return None
    if not 0 <= start < end <= text_length:
        return None
    return start, end, text
