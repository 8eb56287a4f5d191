"""Shareable links to the desk's pages (``/claim?id=N``, ``/article?id=N``) and a button to copy one.

The link is built from the address the browser is on (``st.context.url``, query string removed by
Streamlit), so it carries the host and any base path the desk is served under; outside a browser it
is the relative path. The copy button runs a small inline script (clipboard API, with the old
``execCommand`` fallback for plain-http hosts where the API is unavailable); the link it copies is
an attribute value escaped with ``html.escape``, never spliced into the script; so are the button's
words in the interface language (``data-label``, ``data-copied``).
"""

from __future__ import annotations

import streamlit as st

from dashboard.components import esc
from dashboard.i18n import direction, t


def page_link(page: str, item: int) -> str:
    """The absolute URL of ``page`` (``claim`` or ``article``) for ``item``, as the browser sees the desk."""
    here = st.context.url or ""
    base = here.rsplit("/", 1)[0] if "://" in here else ""
    return f"{base}/{page}?id={int(item)}"


# Wires every copy button not wired yet (reruns re-render them); the link is read from data-link.
COPY_SCRIPT = (
    "<script>(function(){document.querySelectorAll('button.claims-copy-button:not([data-wired])')"
    ".forEach(function(b){b.setAttribute('data-wired','1');b.addEventListener('click',function(){"
    "var t=b.getAttribute('data-link');"
    "function ok(){b.textContent=b.getAttribute('data-copied');"
    "setTimeout(function(){b.textContent=b.getAttribute('data-label')},2000);}"
    "function old(){var a=document.createElement('textarea');a.value=t;document.body.appendChild(a);"
    "a.select();try{document.execCommand('copy');ok();}catch(e){}a.remove();}"
    "if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(t).then(ok,old);}"
    "else{old();}});});})();</script>"
)


def copy_link_button(page: str, item: int, key: str) -> None:
    """A "Copy link" button for ``page?id=item`` (in the interface language), with the link beside it."""
    link = page_link(page, item)
    st.html(
        f'<div class="claims-copy st-key-{esc(key)}" dir="{direction()}">'
        f'<button type="button" class="claims-copy-button" data-link="{esc(link)}" '
        f'data-label="{esc(t("copy_link"))}" data-copied="{esc(t("link_copied"))}">{esc(t("copy_link"))}</button> '
        f'<code class="claims-muted" dir="ltr">{esc(link)}</code></div>{COPY_SCRIPT}',
        unsafe_allow_javascript=True,
    )
