"""One article as stored, every claim marked by its status with its speaker: where a fact-checker reads.

``/article?id=N`` opens it directly (after the login when needed). Clicking a marked span opens that
claim (``/claim?id=…``); "Review this article" walks its claims in reading order. The text and the
marks come from ``claims.articles.read_article``, which checks this tab's login itself.
"""

from __future__ import annotations

import streamlit as st

from claims.articles import ArticleView, read_article
from claims.errors import ClaimsError, PermissionDenied
from dashboard import article_html, links, resources, state
from dashboard import components as c

resources.require_user()
st.title("Article")
article_id = state.article_from_link()
state.show_flashes()

if article_id is None:
    st.info("No article open. Open one from a claim, a cross-reference card or a link /article?id=N.")
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
    f'<div class="claims-muted" dir="ltr">Article #{view.id}</div>'
    f'<h3 dir="{direction}" lang="{c.esc(view.lang)}" class="claims-text{rtl}">'
    f"{c.link(view.url, view.title or view.url, lang=view.lang)}</h3>"
    + c.meta_line([view.outlet, c.when(view.published_at), view.lang, view.author])
)
total = len(view.claims)
st.progress(view.decided / total if total else 0.0)
c.show(f'<div class="claims-progress" dir="ltr">{c.esc(article_html.progress_line(view))}</div>')
legend = " ".join(c.badge(s) for s in article_html.STATUS_LABEL)
c.show(f'<div class="claims-muted" dir="ltr">Marked by status: {legend} · click a claim to open it</div>')

left, right = st.columns([1, 3])
if left.button(
    "Review this article",
    type="primary",
    key="article_review",
    icon=":material/play_arrow:",
    disabled=not total,
):
    state.start_walk(view.id, view.order())
with right:
    links.copy_link_button("article", view.id, key="article_copy")

c.show(article_html.CSS)
c.show(article_html.article_body(view))
