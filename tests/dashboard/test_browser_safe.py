"""Safe decisions and the Arabic interface in a real browser (same server and Chromium as
test_browser): Ctrl+Enter in the note decides nothing, Undo, an Arabic note right to left, the page
right to left in Arabic, and the queue search finding الأسد when typed الاسد.
"""

from __future__ import annotations

import pytest
from sqlmodel import Session

from claims import db
from claims.models import Claim, ReviewEvent
from tests.dashboard.seed import PASSWORD
from tests.dashboard.test_browser import ARGS, ARTIFACTS, CHROMIUM, server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
__all__ = ["server"]

OPEN_ID = "() => Number(document.body.innerText.match(/#(\\d+) · /)[1])"


def _claim(url: str, claim_id: int) -> Claim:
    with Session(db.cached_engine(url)) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        return claim


def _events(url: str, claim_id: int) -> list[str]:
    from sqlmodel import col, select

    with Session(db.cached_engine(url)) as session:
        query = (
            select(ReviewEvent.action)
            .where(col(ReviewEvent.claim_id) == claim_id)
            .order_by(col(ReviewEvent.id))
        )
        return list(session.exec(query).all())


def test_ctrl_enter_decides_nothing_an_arabic_note_is_rtl_and_undo_works(server: tuple[str, str]) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    base, url = server
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
            page.get_by_role("button", name="Review next").click()
            expect(page.get_by_text("You hold this claim")).to_be_visible()
            claim_id = int(page.evaluate(OPEN_ID))
            version = _claim(url, claim_id).version

            # The reviewer's case of issue 13: a half-written note, then Ctrl+Enter.
            note = page.get_by_role("textbox", name="Note (required for Disputed)")
            note.click()
            page.keyboard.type("this claim is false according to")
            page.keyboard.press("Control+Enter")
            page.wait_for_timeout(2500)
            expect(note).to_have_value("this claim is false according to")
            expect(page.get_by_text("marked")).to_have_count(0)
            assert int(page.evaluate(OPEN_ID)) == claim_id  # still the same claim
            claim = _claim(url, claim_id)
            assert (claim.status, claim.version) == ("pending", version) and _events(url, claim_id) == []

            # An Arabic note is typed right to left (dir="auto" on the text box).
            note.fill("")
            note.click()
            page.keyboard.type("هذا التصريح غير دقيق.")
            assert note.evaluate("e => e.getAttribute('dir')") == "auto"
            assert note.evaluate("e => getComputedStyle(e).direction") == "rtl"
            evidence = page.get_by_role(
                "textbox", name="Evidence links (one URL per line; https:// may be left out)"
            )
            assert evidence.evaluate("e => getComputedStyle(e).direction") == "ltr"  # empty: no strong letter

            # Decide with the button, then Undo.
            page.get_by_role("button", name="Not a claim").click()
            expect(page.get_by_text(f"Claim #{claim_id} marked Not a claim.")).to_be_visible()
            assert _claim(url, claim_id).status == "not_a_claim"
            page.get_by_role("button", name="Undo").click()
            expect(page.get_by_text(f"Claim #{claim_id}: your decision was undone")).to_be_visible()
            page.wait_for_function(f"() => document.body.innerText.includes('#{claim_id} · ')")
            claim = _claim(url, claim_id)
            assert (claim.status, claim.version, claim.lease_holder) == ("pending", version + 2, "rita")
            assert _events(url, claim_id) == ["not_a_claim", "undo"]
        finally:
            browser.close()


def test_the_arabic_interface_is_right_to_left_and_search_folds_spelling(server: tuple[str, str]) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    base, _ = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.set_default_timeout(30_000)
            page.goto(base)
            page.get_by_text("العربية").click()  # the login page's language switch
            expect(page.get_by_role("heading", name="مكتب التحقق من التصريحات")).to_be_visible()
            page.get_by_role("textbox", name="اسم المستخدم").fill("rami")
            page.get_by_role("textbox", name="كلمة المرور").fill(PASSWORD)
            page.get_by_role("button", name="تسجيل الدخول").click()
            expect(page.get_by_role("heading", name="قائمة المراجعة")).to_be_visible()
            main = page.locator("[data-testid='stMain']")
            assert main.evaluate("e => getComputedStyle(e).direction") == "rtl"
            assert page.evaluate("() => document.documentElement.dir") == "rtl"
            assert page.evaluate("() => document.documentElement.lang") == "ar"
            expect(page.get_by_role("button", name="راجع التالي")).to_be_visible()

            # الاسد (bare alef) finds the claims of الأسد (hamza on alef).
            search = page.get_by_role("textbox", name="ابحث في النص أو المتحدث")
            search.fill("الاسد")
            search.press("Enter")
            expect(page.locator(".claims-row").filter(has_text="الأسد").first).to_be_visible()
            expect(search).to_have_css("direction", "rtl")  # polled: the box is redrawn after the search
            page.get_by_role("button", name="راجع التالي").click()
            expect(page.get_by_role("heading", name="التصريح", exact=True)).to_be_visible()
            expect(page.get_by_role("button", name="مؤكَّد")).to_be_visible()
            expect(page.get_by_text("الأدلة تؤكده")).to_be_visible()
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "claim-ar.png"), full_page=True)
        finally:
            browser.close()
