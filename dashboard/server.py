"""The served dashboard: ``streamlit run dashboard/server.py`` (``claims dashboard`` runs this).

``app.py`` stays the page script (AppTest runs it directly); this file wraps it in Streamlit's
ASGI app so the server sends security headers and turns uncaught errors into one logged line
(``dashboard.security``).
"""

from __future__ import annotations

import streamlit as st
from starlette.middleware import Middleware

from dashboard.security import SecurityHeaders, on_script_error

app = st.App("app.py", middleware=[Middleware(SecurityHeaders)], on_script_error=on_script_error)
