"""What the served dashboard adds around Streamlit: security headers and one-line errors.

Streamlit has no setting for response headers, but the pinned 1.67 runs on Starlette and
``streamlit run`` serves an ``st.App`` (``dashboard/server.py``) with our ASGI middleware and an
``on_script_error`` hook. So every HTTP response carries :data:`HEADERS`: the page may not be
framed by another site (``X-Frame-Options`` and CSP ``frame-ancestors``), and the browser loads
nothing from outside this server (CSP ``default-src 'self'``; inline scripts and styles stay
allowed because Streamlit's own front end and the login cookie's one-off script need them). An
uncaught error is logged here with its traceback and shown to the user as one line with a
reference to find it in the log, never as a traceback with file paths
(``client.showErrorDetails = "none"`` in ``dashboard/.streamlit/config.toml`` backs this up).
"""

from __future__ import annotations

import logging
import secrets
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import streamlit as st
from starlette.datastructures import MutableHeaders

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "worker-src 'self' blob:",
        "frame-src 'self' blob: data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# A custom component (the article view's selectable text) is a page of this server framed by the
# dashboard itself: it may be framed by this origin, still never by another site.
COMPONENT_PREFIX = "/component/"
COMPONENT_HEADERS = HEADERS | {
    "Content-Security-Policy": CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
    "X-Frame-Options": "SAMEORIGIN",
}
ERROR_MESSAGE = "Something went wrong; it was logged on the server (reference {ref}). Reload the page to go on."

log = logging.getLogger("claims.dashboard")
if not log.handlers:  # Streamlit configures only its own loggers: send ours to the server's stderr
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)
    log.propagate = False


class SecurityHeaders:
    """ASGI middleware: :data:`HEADERS` on every HTTP response (websocket traffic passes as is)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        chosen = COMPONENT_HEADERS if COMPONENT_PREFIX in str(scope.get("path", "")) else HEADERS  # under any base path

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in chosen.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def on_script_error(exc: Exception) -> bool:
    """Log ``exc`` with its traceback under a short reference; show the user one line with it."""
    ref = secrets.token_hex(4)
    log.error("dashboard error %s: %s", ref, type(exc).__name__, exc_info=exc)
    st.error(ERROR_MESSAGE.format(ref=ref))
    return True  # Streamlit shows nothing more
