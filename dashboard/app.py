"""The dashboard's router: page config, the pages this user may see, and nothing else.

Run it with ``claims dashboard``. Before login only the login page exists; after login the pages
follow the user's role (``claims.auth.can``), so a reviewer has no Export or Users page at all.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from claims.auth import Action, can
from claims.errors import StorageError
from dashboard import i18n, resources
from dashboard.components import inject_css, md_escape
from dashboard.i18n import t

# A local image: a ":material/…:" icon makes the browser fetch the favicon from fonts.gstatic.com.
ICON = Path(__file__).resolve().parent / "assets" / "icon.png"
st.set_page_config(page_title="Claims desk", page_icon=str(ICON), layout="wide")
inject_css()

try:
    resources.get_engine()
except StorageError as exc:
    st.error(md_escape(f"Database not ready: {exc}"))
    st.stop()

user = resources.restore_user()  # this tab's login, or the one the claims_session cookie carries
resources.write_cookie()
i18n.inject_direction()  # the user's language (right to left in Arabic); dir="auto" on text boxes
LINKABLE = ("claim", "article")  # pages a shared link may open: /claim?id=N, /article?id=N
if user is None:
    # A link to a claim or an article shows the login at that same address; after the login the
    # rerun finds the real page under it (a page is keyed by its url_path) with ?id= still there.
    pages: list[StreamlitPage] | dict[str, list[StreamlitPage]] = [
        st.Page("views/login.py", title=t("log_in"), url_path="login", default=True),
        *(st.Page("views/login.py", title=t("log_in"), url_path=p, visibility="hidden") for p in LINKABLE),
    ]
else:
    review = [
        st.Page(
            "views/queue.py", title=t("nav_queue"), icon=":material/inbox:", url_path="queue", default=True
        ),
        st.Page("views/claim.py", title=t("nav_claim"), icon=":material/fact_check:", url_path="claim"),
        st.Page("views/article.py", title=t("nav_article"), icon=":material/article:", url_path="article"),
        st.Page("views/history.py", title=t("nav_history"), icon=":material/history:", url_path="history"),
    ]
    data = [
        st.Page("views/sources.py", title=t("nav_sources"), icon=":material/rss_feed:", url_path="sources")
    ]
    if can(user.role, Action.EXPORT):
        data.append(
            st.Page("views/export.py", title=t("nav_export"), icon=":material/download:", url_path="export")
        )
    data.append(
        st.Page("views/stats.py", title=t("nav_stats"), icon=":material/bar_chart:", url_path="stats")
    )
    data.append(
        st.Page("views/lexicon.py", title=t("nav_lexicon"), icon=":material/menu_book:", url_path="lexicon")
    )
    pages = {t("nav_review"): review, t("nav_data"): data}
    if can(user.role, Action.MANAGE_USERS):
        pages[t("nav_admin")] = [
            st.Page("views/users.py", title=t("nav_users"), icon=":material/group:", url_path="users")
        ]
    with st.sidebar:
        st.caption(t("signed_in_as", name=md_escape(user.name), role=md_escape(t(f"role_{user.role}"))))
        i18n.language_switch(user)
        if st.button(t("log_out"), key="logout"):
            resources.log_out()
            st.rerun()

st.navigation(pages).run()
