"""The dashboard in a real browser: ``streamlit run`` on 127.0.0.1, Playwright driving Debian's Chromium.

Logs in, opens a claim of the seed article, checks the Arabic content is laid out right to left,
verifies it with the V shortcut, and keeps screenshots in ``tests/artifacts/`` (the README's
``docs/dashboard.png`` is the article view's, taken by ``test_browser_links``). Playwright's own
browser download is unreachable here, so the system Chromium is used; off CI a missing Chromium
skips with the reason, under CI it fails.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from claims import db
from claims.actors import OPERATOR
from claims.cli.dashboard import streamlit_command
from claims.models import Claim
from tests.dashboard.seed import PASSWORD, seed

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
KHAJI = "صوابية الرؤية السورية"  # a claim of the seed article no other article repeats


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = (
        f"{CHROMIUM} not installed (run `make system-deps` as root: apt-get install chromium fonts-noto-core)"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A seeded database and ``streamlit run`` serving the dashboard on it; yields (base URL, db URL)."""
    _require_chromium()
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    seed(url)
    port = _free_port()
    env = {**os.environ, "CLAIMS_DATABASE_URL": url, "CLAIMS_DATA_DIR": str(tmp_path / "data")}
    log = (tmp_path / "streamlit.log").open("wb")
    proc = subprocess.Popen(
        streamlit_command(port), cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/_stcore/health", timeout=2).text == "ok":
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start: {(tmp_path / 'streamlit.log').read_text()[-2000:]}")
            time.sleep(0.3)
        yield base, url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        db.dispose_engines()


def test_log_in_open_and_verify_an_arabic_claim(server: tuple[str, str]) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)  # Streamlit reruns over a websocket; a loaded CI core is slow

    base, url = server
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.set_default_timeout(30_000)
            page.goto(base)
            page.get_by_role("textbox", name="User name").fill("rita")
            page.get_by_role("textbox", name="Password").fill(PASSWORD)
            page.get_by_role("button", name="Log in").click()
            expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
            expect(page.locator(".claims-row").first).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=True)

            row = page.locator("[data-testid='stHorizontalBlock']").filter(has_text=KHAJI)
            row.locator("[class*='st-key-open_'] button").click()  # that row's Open button (key open_<id>)
            expect(page.get_by_role("heading", name="Claim", exact=True)).to_be_visible()
            content = page.locator(".claims-content").first
            expect(content).to_contain_text(KHAJI)
            expect(page.locator(".claims-paragraph mark")).to_contain_text(KHAJI)
            assert content.evaluate("e => getComputedStyle(e).direction") == "rtl"
            assert content.evaluate("e => getComputedStyle(e).textAlign") in ("right", "start")
            font = content.evaluate("e => getComputedStyle(e).fontFamily")
            assert "Noto Naskh Arabic" in font
            expect(page.get_by_text("You hold this claim")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "claim.png"), full_page=True)

            claim_id = int(page.evaluate("() => document.body.innerText.match(/#(\\d+) · /)[1]"))
            page.evaluate(
                "() => document.activeElement && document.activeElement.blur()"
            )  # not in a text box
            page.keyboard.press("v")  # the Verified shortcut
            expect(page.get_by_text(f"Claim #{claim_id} marked Verified.")).to_be_visible()
            expect(page.locator(".claims-content").first).not_to_contain_text(KHAJI)  # the next claim opened
            expect(page.get_by_text("You hold this claim")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "after-verify.png"), full_page=True)

            # Typing V, D, N or S into the note must write text, not decide the claim.
            next_id = int(page.evaluate("() => document.body.innerText.match(/#(\\d+) · /)[1]"))
            note = page.get_by_role("textbox", name="Note (required for Disputed)")
            note.click()
            page.keyboard.type("vdns VDNS")
            expect(note).to_have_value("vdns VDNS")
            page.wait_for_timeout(1500)
            expect(page.get_by_text(f"Claim #{next_id} marked")).to_have_count(0)
        finally:
            browser.close()

    with Session(db.cached_engine(url)) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        assert (claim.status, claim.reviewed_by) == ("verified", "rita")
        assert KHAJI in claim.content
        untouched = session.get(Claim, next_id)
        assert untouched is not None and (untouched.status, untouched.lease_holder) == ("pending", "rita")


def test_a_login_survives_a_reload_and_a_second_tab_and_logout_ends_it(server: tuple[str, str]) -> None:
    """F5 and a second tab stay signed in through the claims_session cookie; logout really ends it."""
    from playwright.sync_api import expect, sync_playwright

    from claims import logins
    from claims.auth import set_password
    from claims.models import LoginSession

    expect.set_options(timeout=30_000)
    base, url = server
    queue, login_button = "Review queue", "Log in"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.goto(base)
            expect(page.get_by_role("button", name=login_button)).to_be_visible()
            assert not [c for c in context.cookies() if c["name"] == "claims_session"]
            page.get_by_role("textbox", name="User name").fill("rita")
            page.get_by_role("textbox", name="Password").fill(PASSWORD)
            page.get_by_role("button", name=login_button).click()
            expect(page.get_by_role("heading", name=queue)).to_be_visible()

            page.wait_for_function("() => document.cookie.includes('claims_session=')")
            (cookie,) = [c for c in context.cookies() if c["name"] == "claims_session"]
            token = cookie["value"]
            assert token not in page.content()  # the script that wrote it removed itself
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "after-login.png"))
            assert (cookie["path"], cookie["sameSite"], cookie["httpOnly"]) == ("/", "Strict", False)
            assert 11.9 * 3600 < cookie["expires"] - time.time() <= 12 * 3600  # CLAIMS_LOGIN_HOURS default
            with Session(db.cached_engine(url)) as session:
                assert logins.resume(session, token, datetime.now(UTC)) is not None
                assert session.exec(select(LoginSession.token_hash)).all() == [logins.hash_token(token)]

            page.reload()  # F5
            expect(page.get_by_role("heading", name=queue)).to_be_visible()
            expect(page.locator(".claims-row").first).to_be_visible()
            expect(page.get_by_text("Signed in as")).to_contain_text("rita")
            assert token not in page.url and token not in page.content()  # not in the URL, text or DOM

            second = context.new_page()  # a second tab of the same browser
            second.goto(base)
            expect(second.get_by_role("heading", name=queue)).to_be_visible()

            page.get_by_role("button", name="Log out").click()
            expect(page.get_by_role("button", name=login_button)).to_be_visible()
            page.wait_for_function("() => !document.cookie.includes('claims_session=')")
            page.reload()
            expect(page.get_by_role("button", name=login_button)).to_be_visible()
            page.wait_for_timeout(1000)  # give a wrongly restored login the time to show
            expect(page.get_by_role("heading", name=queue)).to_have_count(0)

            # The second tab still had the login in its memory: its next click finds it ended.
            second.get_by_role("button", name="Log out").wait_for()
            second.locator("[data-testid='stSidebar']").get_by_role("link").first.click()
            expect(second.get_by_role("button", name=login_button)).to_be_visible()

            # A stolen-but-still-valid cookie stops working when the password changes.
            page.get_by_role("textbox", name="User name").fill("rita")
            page.get_by_role("textbox", name="Password").fill(PASSWORD)
            page.get_by_role("button", name=login_button).click()
            expect(page.get_by_role("heading", name=queue)).to_be_visible()
            with Session(db.cached_engine(url)) as session:
                set_password(session, actor=OPERATOR, name="rita", password="a-brand-new-pass")
                session.commit()
            page.reload()
            expect(page.get_by_role("button", name=login_button)).to_be_visible()
        finally:
            browser.close()

    with Session(db.cached_engine(url)) as session:
        rows = session.exec(select(LoginSession)).all()
        assert len(rows) == 2 and all(r.revoked for r in rows)
