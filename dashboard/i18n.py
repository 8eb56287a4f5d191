"""The dashboard's interface language: Arabic or English, per user, right to left in Arabic.

Words live in ``messages.toml`` (data, not code; every message in both languages). The language is
the logged-in user's stored choice (``user.language``, set through ``claims.preferences``), else the
one picked on the login page in this tab, else ``CLAIMS_DEFAULT_LANGUAGE``. Arabic also turns the
page right to left (:func:`inject_direction`). Library refusals stay in the library's English.
"""

from __future__ import annotations

import tomllib
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st

from claims.models import User
from claims.settings import get_settings

CATALOGUE = Path(__file__).resolve().parent / "messages.toml"
LANGUAGES = ("ar", "en")
NAMES = {"ar": "العربية", "en": "English"}
CHOICE_KEY = "ui_language"  # this tab's choice before login (or when the user has none stored)


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """The message catalogue, read once per process."""
    with CATALOGUE.open("rb") as handle:
        data = tomllib.load(handle)
    return {key: dict(value) for key, value in data.items()}


def language() -> str:
    """This run's interface language (``ar`` or ``en``)."""
    from dashboard.resources import current_user  # resources imports nothing of this module

    user = current_user()
    stored = user.language if user is not None else None
    chosen = stored or st.session_state.get(CHOICE_KEY) or get_settings().default_language
    return chosen if chosen in LANGUAGES else "en"


def t(key: str, /, **values: Any) -> str:
    """The message ``key`` in this run's language, with ``values`` filled in (not escaped: the
    caller escapes for where it shows the text, as for any other string)."""
    entry = catalogue()[key]
    text = entry.get(language()) or entry["en"]
    return text.format(**values) if values else text


def when(value: datetime | None) -> str:
    """A UTC timestamp in the interface language (Arabic month names in Arabic), or an em dash."""
    if value is None:
        return "—"
    months = t("months").split(",")
    return t(
        "date_format", year=value.year, month=value.month, day=value.day, hour=value.hour,
        minute=value.minute, month_name=months[value.month - 1],
    )  # fmt: skip


def is_rtl() -> bool:
    return language() == "ar"


def direction() -> str:
    """``rtl`` or ``ltr``: the direction of interface text (labels, messages) in this language."""
    return "rtl" if is_rtl() else "ltr"


# Every text box typed into gets dir="auto" (its first strong character decides), so an Arabic note
# is right to left in an English interface and the reverse; the page itself follows the language.
_DIRECTION_SCRIPT = """<script>(function(){
var lang=%s, rtl=lang==='ar';
document.documentElement.lang=lang; document.documentElement.dir=rtl?'rtl':'ltr';
function mark(root){(root.querySelectorAll?root:document).querySelectorAll(
 'textarea:not([dir]), input:not([dir]):not([type=checkbox]):not([type=radio])').forEach(
 function(e){e.setAttribute('dir','auto');});}
mark(document);
if(!window.__claimsDirObserver){window.__claimsDirObserver=new MutationObserver(function(){mark(document);});
 window.__claimsDirObserver.observe(document.body,{childList:true,subtree:true});}
var s=document.currentScript;if(s){s.remove();}
})();</script>"""

_RTL_CSS = """<style>
.stApp [data-testid="stMain"], .stApp [data-testid="stSidebar"] { direction: rtl; }
.stApp [data-testid="stMain"] h1, .stApp [data-testid="stMain"] h2, .stApp [data-testid="stMain"] h3,
.stApp [data-testid="stMarkdownContainer"], .stApp [data-testid="stCaptionContainer"],
.stApp [data-testid="stWidgetLabel"] { text-align: right; }
.stApp { font-family: "Source Sans", "Source Sans Pro", "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; }
</style>"""


def direction_script(lang: str) -> str:
    """The constant script of :func:`inject_direction` for ``lang`` (``ar`` or ``en`` only)."""
    if lang not in LANGUAGES:
        raise ValueError(f"not an interface language: {lang!r}")
    return _DIRECTION_SCRIPT % repr(lang)


def inject_direction() -> None:
    """The page's language and direction, and ``dir="auto"`` on every text input (constant code:
    the only value spliced in is the language code, one of :data:`LANGUAGES`)."""
    lang = language()
    st.html(direction_script(lang), unsafe_allow_javascript=True)
    if lang == "ar":
        st.html(_RTL_CSS)


def _switched(logged_in: bool) -> None:
    """Store the choice: on the user (through the library, which checks the login) or in this tab."""
    chosen = st.session_state.get("ui_language_switch")
    if chosen not in LANGUAGES:
        return
    st.session_state[CHOICE_KEY] = chosen
    if not logged_in:
        return
    from claims.errors import ClaimsError
    from claims.preferences import set_language
    from dashboard import resources

    try:
        with resources.session_scope() as session:
            set_language(session, actor=resources.actor(), language=chosen, now=resources.now())
            user = session.get(User, resources.current_user().id)  # type: ignore[union-attr]
            if user is not None:
                resources.set_current_user(user)
    except ClaimsError as exc:
        resources.refuse(exc, "")


def language_switch(user: object | None) -> None:
    """العربية / English, in the sidebar (logged in: stored on the user) or on the login page."""
    current = language()
    if st.session_state.get("ui_language_switch") != current:  # e.g. the user's stored choice at login
        st.session_state["ui_language_switch"] = current
    st.segmented_control(
        t("interface_language"),
        LANGUAGES,
        format_func=NAMES.__getitem__,
        key="ui_language_switch",
        on_change=_switched,
        args=(user is not None,),
    )


def code_label(prefix: str, code: object) -> str:
    """A library code (a status, a kind, a reason…) in the interface language: the message
    ``prefix + code`` (spaces as underscores) when the catalogue has it, else the code as it is, so a
    code added to the library later still shows (in its own words) rather than breaking the page."""
    key = prefix + str(code).replace(" ", "_")
    return t(key) if key in catalogue() else str(code)


def factor_text(factor: Any) -> str:
    """One ``claims.priority.Factor`` (a code and its values) in words: the library stays neutral."""
    values = factor.values
    if factor.code == "checkworthy":
        reasons = values.get("reasons") or ()
        why = t("list_separator").join(code_label("reason_", r) for r in reasons) if reasons else t("why_no_detail")
        return t("why_checkworthy", value=f"{values['value']:.2f}", reasons=why)
    if factor.code in ("extractor_sure", "extractor_unsure"):
        return t(f"why_{factor.code}", confidence=f"{values['confidence']:.2f}")
    if factor.code == "carried_by":
        return t("why_carried_by", outlets=values["outlets"])
    return code_label("why_", factor.code)
