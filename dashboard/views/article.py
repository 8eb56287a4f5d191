"""One article as stored, every claim marked by its status with its speaker: where a fact-checker reads.

``/article?id=N`` opens it directly (after the login when needed). Clicking a marked span opens that
claim (``/claim?id=…``); "Review this article" walks its claims in reading order. The text and the
marks come from ``claims.articles.read_article``, which checks this tab's login itself.

Selecting text in the article (the ``article_select`` component) opens two forms under it: add the
missed claim those words are, or move an existing claim's span onto them. The offsets come from the
selection, never typed; ``claims.review.add_claim`` / ``correct`` check them against the stored
text and the acting login's role.
"""

from __future__ import annotations

import streamlit as st

from claims.articles import ArticleView, read_article
from claims.auth import Action, can
from claims.errors import ClaimsError, PermissionDenied
from dashboard import article_html, links, resources, state
from dashboard import components as c
from dashboard.article_select import article_text, parse_selection
from dashboard.i18n import direction as ui_direction
from dashboard.i18n import t, when
from dashboard.selection_forms import selection_panel

user = resources.require_user()
st.title(t("article_title"))
article_id = state.article_from_link()
state.show_flashes()

if article_id is None:
    st.info(t("no_article_open"))
    st.stop()

try:
    with resources.session_scope() as session:
        view: ArticleView = read_article(
            session, article_id=article_id, token=resources.login_token(), now=resources.now()
        )
except PermissionDenied as exc:
    resources.log_out()
    st.error(c.md_escape(exc))
    st.stop()
except ClaimsError as exc:
    st.error(c.md_escape(exc))
    st.stop()

direction = c.text_dir(view.lang)
rtl = " claims-rtl" if direction == "rtl" else ""
c.show(
    f'<div class="claims-muted" dir="{ui_direction()}">{c.esc(t("article_no", id=view.id))}</div>'
    f'<h3 dir="{direction}" lang="{c.esc(view.lang)}" class="claims-text{rtl}">'
    f"{c.link(view.url, view.title or view.url, lang=view.lang)}</h3>"
    + c.meta_line([view.outlet, when(view.published_at), view.lang, view.author])
)
total = len(view.claims)
st.progress(view.decided / total if total else 0.0)
ui = ui_direction()
c.show(f'<div class="claims-progress" dir="{ui}">{c.esc(article_html.progress_line(view, t))}</div>')
legend = " ".join(c.badge(s, article_html.status_label(s, t)) for s in article_html.STATUSES)
legend_line = c.escaped_with(t("article_legend", legend=c.slot(0), added=t("claim_added")), [legend])
c.show(f'<div class="claims-muted" dir="{ui}">{legend_line}</div>')

left, right = st.columns([1, 3])
if left.button(
    t("review_this_article"),
    type="primary",
    key="article_review",
    icon=":material/play_arrow:",
    disabled=not total,
):
    state.start_walk(view.id, view.order())
with right:
    links.copy_link_button("article", view.id, key="article_copy")

selection_key = f"article_selection_{view.id}"
chosen = st.session_state.get(selection_key)
if not (isinstance(chosen, tuple) and len(chosen) == 3):
    chosen = None
act = article_text(view, selection=chosen[:2] if chosen else None, key=f"article_text_{view.id}", words=t)
if act is not None and act.get("action") == "open" and isinstance(act.get("claim"), int):
    if act["claim"] in view.order():
        state.go_to_claim(act["claim"], take=True)
elif act is not None:
    picked = parse_selection(act, len(view.text))
    if picked is not None and picked != chosen:
        st.session_state[selection_key] = picked
        st.rerun()  # redraw the text with the selection marked and the forms under it
hint = t("select_to_add_or_move") if can(user.role, Action.CORRECT) else t("select_to_add")
c.show(f'<div class="claims-muted" dir="{ui}">{c.esc(hint)}</div>')
if chosen is not None:
    selection_panel(view, chosen, user, selection_key)
