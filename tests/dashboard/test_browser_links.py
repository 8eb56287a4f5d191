"""Links in a real browser: /article?id=N through the login, the Arabic article right to left with its
claims marked, a click on a claim landing on it, cross-reference cards opening their targets, the
copy-link button, and markup in an article staying text. Same server and Chromium as test_browser.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from claims import db
from claims.candidates import CleanDocument
from claims.models import Article, Claim, CrossReference
from claims.repository import store_article
from tests.dashboard.seed import EVIL_TEXT, EVIL_URL, PASSWORD, SEED_URL
from tests.dashboard.test_browser import ARGS, ARTIFACTS, CHROMIUM, KHAJI, ROOT, server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
__all__ = ["server"]  # the fixture, imported for this module's tests

TEASED_URL = "https://evil.example/ships"  # a teaser of the seed's English article points here
TEXT_FRAME = "iframe[title='dashboard.article_select.article_select']"
# Read at import: the suite's autouse fixture clears every CLAIMS_* variable before a test runs.
UPDATE_SCREENSHOT = os.environ.get("CLAIMS_UPDATE_SCREENSHOT") == "1"


def _ids(url: str) -> dict[str, int]:
    """The seed's ids this test needs, and the teased article stored after its teaser."""
    with db.session_scope(url) as session:
        doc = CleanDocument(text="Ships queue outside the port.", title="Ships queue", lang="en")
        teased = store_article(session, doc=doc, url=TEASED_URL).article_id
        arabic = session.exec(select(Article).where(col(Article.url) == SEED_URL)).one()
        evil = session.exec(select(Article).where(col(Article.url) == EVIL_URL)).one()
        khaji = session.exec(select(Claim).where(col(Claim.content).contains(KHAJI))).first()
        linked = session.exec(select(CrossReference).where(col(CrossReference.kind) == "same_claim")).first()
        evil_claim = session.exec(select(Claim).where(col(Claim.article_id) == evil.id)).first()
        assert khaji and linked and linked.from_claim_id and linked.to_claim_id and evil_claim
        from_claim = session.get(Claim, linked.from_claim_id)
        assert from_claim is not None
        mine, other = (
            (linked.from_claim_id, linked.to_claim_id)
            if from_claim.article_id == arabic.id
            else (linked.to_claim_id, linked.from_claim_id)
        )
        return {
            "arabic": arabic.id or 0, "evil": evil.id or 0, "teased": teased, "khaji": khaji.id or 0,
            "linked": mine, "other": other, "evil_claim": evil_claim.id or 0,
        }  # fmt: skip


def test_article_link_claims_and_cross_reference_cards(server: tuple[str, str]) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    base, url = server
    ids = _ids(url)
    with Session(db.cached_engine(url)) as session:
        arabic = session.get(Article, ids["arabic"])
        assert arabic is not None
        arabic_text = arabic.text
        of_arabic = select(Claim.id).where(col(Claim.article_id) == ids["arabic"])
        arabic_claims = len(session.exec(of_arabic).all())
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            context = browser.new_context(
                viewport={"width": 1440, "height": 1000}, permissions=["clipboard-read", "clipboard-write"]
            )
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

            # A link to an article, not logged in: the login first, then the article itself.
            page.goto(f"{base}/article?id={ids['arabic']}")
            page.get_by_role("textbox", name="User name").fill("rita")
            page.get_by_role("textbox", name="Password").fill(PASSWORD)
            page.get_by_role("button", name="Log in").click()
            expect(page.get_by_role("heading", name="Article", exact=True)).to_be_visible()
            assert page.url.endswith(f"/article?id={ids['arabic']}")
            text_frame = page.frame_locator(TEXT_FRAME)  # the selectable article text (a component)
            body = text_frame.locator("#root")
            expect(body).to_contain_text(KHAJI)
            assert body.evaluate("e => e.textContent") == arabic_text  # the stored text, byte for byte
            assert body.evaluate("e => getComputedStyle(e).direction") == "rtl"
            assert "Noto Naskh Arabic" in body.evaluate("e => getComputedStyle(e).fontFamily")
            marked = body.locator(".claims-hl")
            shown = set(marked.evaluate_all("es => es.map(e => e.dataset.claim)"))
            assert len(shown) == arabic_claims
            background = marked.first.evaluate("e => getComputedStyle(e.firstChild).backgroundColor")
            assert background != "rgba(0, 0, 0, 0)"  # highlighted
            expect(page.get_by_text(f"0 of {arabic_claims} decided")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=False)

            # The copy-link button copies this page's address.
            page.get_by_role("button", name="Copy link").click()
            expect(page.get_by_role("button", name="Link copied")).to_be_visible()
            copied = page.evaluate("() => navigator.clipboard.readText()")
            assert copied == f"{base}/article?id={ids['arabic']}"

            # Clicking a claim in the text opens it.
            body.locator(f".claims-hl[data-claim='{ids['khaji']}']").first.click()
            expect(page.get_by_role("heading", name="Claim", exact=True)).to_be_visible()
            expect(page.locator(".claims-content").first).to_contain_text(KHAJI)
            assert page.url.endswith(f"/claim?id={ids['khaji']}")

            # A same-claim card opens the other claim; a teaser's card opens the article stored since.
            page.goto(f"{base}/claim?id={ids['linked']}")
            page.get_by_role("button", name=f"Open claim #{ids['other']}").click()
            expect(page.locator(".claims-muted").filter(has_text=f"#{ids['other']} ·").first).to_be_visible()
            page.wait_for_url(f"**/claim?id={ids['other']}")
            page.goto(f"{base}/claim?id={ids['evil_claim']}")
            page.get_by_role("button", name=f"Open article #{ids['teased']}").click()
            expect(page.frame_locator(TEXT_FRAME).locator("#root")).to_have_text("Ships queue outside the port.")
            page.wait_for_url(f"**/article?id={ids['teased']}")

            # Markup inside an article is text: nothing runs, nothing renders as an element.
            page.goto(f"{base}/article?id={ids['evil']}")
            evil = page.frame_locator(TEXT_FRAME).locator("#root")
            expect(evil).to_contain_text("<script>document.title='pwned'</script>")
            assert evil.evaluate("e => e.textContent") == EVIL_TEXT
            assert evil.locator("script, img, i, b").count() == 0
            page.wait_for_timeout(1000)
            assert page.title() != "pwned" and dialogs == []
        finally:
            browser.close()
    if UPDATE_SCREENSHOT:  # the README's picture is the article view
        shutil.copyfile(ARTIFACTS / "article.png", Path(ROOT) / "docs" / "dashboard.png")


def test_the_article_view_in_arabic(server: tuple[str, str]) -> None:
    """A user who chose Arabic: the article view's words, its progress line right to left, the copy
    button in Arabic (also after a copy), the claims' hover titles with Arabic statuses."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    base, url = server
    ids = _ids(url)
    with Session(db.cached_engine(url)) as session:
        count = len(session.exec(select(Claim.id).where(col(Claim.article_id) == ids["arabic"])).all())
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            context = browser.new_context(
                viewport={"width": 1440, "height": 1000}, permissions=["clipboard-read", "clipboard-write"]
            )
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.goto(base)
            page.get_by_role("textbox", name="User name").fill("rita")
            page.get_by_role("textbox", name="Password").fill(PASSWORD)
            page.get_by_role("button", name="Log in").click()
            expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
            page.locator("[data-testid='stSidebar']").get_by_text("العربية").click()  # stored on rita
            expect(page.get_by_role("heading", name="قائمة المراجعة")).to_be_visible()

            page.goto(f"{base}/article?id={ids['arabic']}")  # a new page load: the stored choice holds
            expect(page.get_by_role("heading", name="المقال", exact=True)).to_be_visible()
            progress = page.locator(".claims-progress")
            expect(progress).to_have_text(f"حُسم 0 من {count} (بانتظار المراجعة: {count})")
            assert progress.evaluate("e => getComputedStyle(e).direction") == "rtl"
            expect(page.get_by_role("button", name="راجع هذا المقال")).to_be_visible()
            page.get_by_role("button", name="انسخ الرابط").click()
            expect(page.get_by_role("button", name="نُسخ الرابط")).to_be_visible()
            assert page.evaluate("() => navigator.clipboard.readText()") == f"{base}/article?id={ids['arabic']}"
            expect(page.get_by_role("button", name="انسخ الرابط")).to_be_visible()  # back after two seconds
            marked = page.frame_locator(TEXT_FRAME).locator("#root .claims-hl[title]").first
            assert "بانتظار المراجعة" in (marked.get_attribute("title") or "")
            page.screenshot(path=str(ARTIFACTS / "article-ar.png"), full_page=False)
        finally:
            browser.close()
