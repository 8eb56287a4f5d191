"""The served dashboard in Chromium: nothing loads from outside this machine, the server sends
anti-framing and CSP headers, and an uncaught error is one line in the page and a traceback in the
server's log. Uses the ``server`` fixture of ``test_browser`` (``claims dashboard``'s command line).

Every request the page makes goes through a Playwright route: loopback ones continue, anything else
is aborted and recorded — so the test both proves the page asks for nothing outside and never sends
traffic off the machine while proving it.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.dashboard.seed import PASSWORD
from tests.dashboard.test_browser import ARGS, CHROMIUM, server  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _guard(context: Any, outside: list[str]) -> None:
    """Let loopback requests through; abort and record every other one."""

    def route(r: Any) -> None:
        parts = urlsplit(r.request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname not in LOOPBACK:
            outside.append(r.request.url)
            r.abort()
        else:
            r.continue_()

    context.route("**/*", route)


def _log_in(page: Any, expect: Any, base: str, name: str) -> None:
    page.goto(base)
    page.get_by_role("textbox", name="User name").fill(name)
    page.get_by_role("textbox", name="Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()


def test_every_request_stays_on_loopback_and_framing_is_refused(server: tuple[str, str]) -> None:  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    base, _url = server
    outside: list[str] = []
    refused: list[str] = []  # CSP violations: the policy must not break the app
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            _guard(context, outside)
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
            first = page.goto(base)
            assert first is not None
            headers = first.headers
            assert headers["x-frame-options"] == "DENY"
            assert "frame-ancestors 'none'" in headers["content-security-policy"]
            assert "default-src 'self'" in headers["content-security-policy"]
            _log_in(page, expect, base, "ada")  # an admin sees every page
            for title in ("Claim", "History", "Sources", "Export", "Stats", "Users"):
                page.locator("[data-testid='stSidebar']").get_by_role("link", name=title).click()
                expect(page.get_by_role("heading", name=title, exact=False).first).to_be_visible()
            page.locator("[data-testid='stSidebar']").get_by_role("link", name="Stats").click()
            expect(page.locator("canvas, svg.marks").first).to_be_visible()  # the Vega charts drew
            # the article text is a component: a page of this server, framed by this origin only
            with page.expect_response(lambda r: "/component/" in r.url) as framed:
                page.goto(f"{base}/article?id=1")
            expect(page.frame_locator("iframe[title*='article_select']").locator("#root")).not_to_be_empty()
            component = framed.value.headers
            assert component["x-frame-options"] == "SAMEORIGIN"
            assert "frame-ancestors 'self'" in component["content-security-policy"]
            assert "default-src 'self'" in component["content-security-policy"]
            page.wait_for_timeout(1500)  # late requests (favicon, fonts) get their chance
            icon = page.evaluate("() => document.querySelector(\"link[rel='shortcut icon']\").href")
            assert urlsplit(icon).hostname in LOOPBACK, icon
        finally:
            browser.close()
    assert outside == [], outside
    assert refused == [], refused


def test_an_error_is_one_line_in_the_page_and_a_traceback_in_the_log(
    server: tuple[str, str],  # noqa: F811
) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    base, url = server
    log = Path(url.removeprefix("sqlite:///")).with_name("streamlit.log")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            _guard(context, [])
            page = context.new_page()
            page.set_default_timeout(30_000)
            _log_in(page, expect, base, "rita")
            with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:  # the queue's table vanishes
                conn.execute("ALTER TABLE claim RENAME TO claim_gone")
            page.locator("[data-testid='stSidebar']").get_by_role("link", name="Queue").click()
            message = page.get_by_text("Something went wrong; it was logged on the server")
            expect(message).to_be_visible()
            shown = page.locator("[data-testid='stMain']").inner_text()
        finally:
            browser.close()
    ref = re.search(r"reference ([0-9a-f]{8})", shown)
    assert ref is not None, shown
    for leak in ("Traceback", "OperationalError", "claim_gone", "no such table", ".py", "site-packages", "/tmp"):
        assert leak not in shown, (leak, shown)
    logged = log.read_text(encoding="utf-8", errors="replace")
    assert f"dashboard error {ref.group(1)}" in logged and "Traceback" in logged and "no such table" in logged
