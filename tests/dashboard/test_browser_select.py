"""Adding and moving claims by selecting text in the article view, in Chromium.

The offsets the desk stores must be exact on the stored text: ``text[start:end]`` is what the
reviewer selected. The browser counts UTF-16 units and Python code points, so the mixed article
(Arabic, Latin, an emoji and a flag before the words, an emoji inside them) is where a miscount
would show. Arabic words are selected with the mouse (a real drag, right to left); the mixed
article's words through the Selection API, which places the boundaries exactly where asked.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import Session, col, select

from claims import db
from claims.candidates import CleanDocument, MetaLine
from claims.models import Article, Claim
from claims.repository import replace_claims, store_article
from tests.dashboard.seed import PASSWORD, SEED_URL
from tests.dashboard.test_browser import ARGS, CHROMIUM, server
from tests.factories import make_candidate

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
__all__ = ["server"]

TEXT_FRAME = "iframe[title='dashboard.article_select.article_select']"
# Self-written: astral characters (an emoji, a flag) before the words selected, one inside them.
MIXED = (
    "عاجل 🚨 من دمشق 🇸🇾\n\n"
    "قال وزير النقل Ahmad Karim إن الميناء سيفتح يوم الاثنين 😀 بعد الإصلاح.\n\n"
    "وأضاف أن 40 سفينة تنتظر في البحر، بحسب Reuters اليوم."
)
MIXED_MISSED = "Ahmad Karim إن الميناء سيفتح يوم الاثنين 😀"
MIXED_CLAIM = "40 سفينة تنتظر في البحر، بحسب Reuters اليوم"  # extracted too wide
MIXED_MOVED = "40 سفينة تنتظر في البحر"
ARABIC_MISSED = "والرؤية المشتركة"  # seed-article words no claim of the fallback extraction covers

# (start, end) in code points -> a DOM Range over the component's text nodes.
_RANGE_JS = """
function cpRange(root, s, e) {
  const cps = Array.from(root.textContent);
  const unit = (n) => cps.slice(0, n).join('').length;
  function point(off) {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node, seen = 0;
    while ((node = walk.nextNode())) {
      if (seen + node.data.length >= off) return [node, off - seen];
      seen += node.data.length;
    }
  }
  const r = document.createRange();
  const a = point(unit(s)), b = point(unit(e));
  r.setStart(a[0], a[1]);
  r.setEnd(b[0], b[1]);
  return r;
}
"""
# Run on the component's root element (Locator.evaluate), so each call waits for the live frame.
SELECT_JS = (
    "(root, [s, e]) => {" + _RANGE_JS + "const sel = window.getSelection(); sel.removeAllRanges();"
    "sel.addRange(cpRange(root, s, e));"
    "document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, detail: 1}));"
    "return sel.toString(); }"
)
EDGES_JS = (
    "(root, [s, e]) => {" + _RANGE_JS + "const first = cpRange(root, s, s + 1).getClientRects()[0];"
    "const last = cpRange(root, e - 1, e).getClientRects()[0];"
    "return [first.left, first.right, (first.top + first.bottom) / 2,"
    " last.left, last.right, (last.top + last.bottom) / 2]; }"
)


def _store_mixed(url: str) -> tuple[int, int]:
    with db.session_scope(url) as session:
        first_line = MIXED.split("\n", 1)[0]  # a labelled metadata line: its label must not shift offsets
        dateline = MetaLine(kind="dateline", text=first_line, start=0, end=len(first_line))
        doc = CleanDocument(text=MIXED, title="الميناء يفتح", lang="ar", outlet="Port Daily", metadata=(dateline,))
        art = store_article(session, doc=doc, url="https://port.example/mixed", published_at=datetime(2026, 1, 2, tzinfo=UTC))
        stored = session.get(Article, art.article_id)
        assert stored is not None and stored.text == MIXED  # stored as written
        [claim_id] = replace_claims(
            session, article_id=art.article_id,
            candidates=[make_candidate(doc, MIXED_CLAIM, speaker="أحمد كريم", cue="أضاف")],
        )  # fmt: skip
        return art.article_id, claim_id


def _article_text(url: str, article_id: int) -> str:
    with Session(db.cached_engine(url)) as session:
        article = session.get(Article, article_id)
        assert article is not None
        return article.text


def _added(url: str, article_id: int) -> Claim:
    with Session(db.cached_engine(url)) as session:
        query = select(Claim).where(col(Claim.article_id) == article_id, col(Claim.extractor) == "reviewer")
        return session.exec(query.order_by(col(Claim.id).desc())).first()  # type: ignore[return-value]


def _settled_box(page: Any) -> dict[str, float]:
    """The text frame's box once two reads 200 ms apart agree: on a loaded machine Streamlit may still be
    laying the page out after the text shows, and a drag measured against a moving frame selects nothing."""
    frame = page.locator(TEXT_FRAME)
    box = frame.bounding_box()
    for _ in range(20):
        page.wait_for_timeout(200)
        again = frame.bounding_box()
        if again == box:
            break
        box = again
    return box


def _drag(page: Any, start: int, end: int) -> str:
    """Select ``text[start:end]`` of the right-to-left article with the mouse; what the browser selected."""
    root = page.frame_locator(TEXT_FRAME).locator("#root")
    selected = ""
    for _ in range(3):  # a busy machine may still re-render the frame under the first drag: drag again
        box = _settled_box(page)
        _fl, fr, fy, ll, _lr, ly = root.evaluate(EDGES_JS, [start, end])
        page.mouse.move(box["x"] + fr - 1, box["y"] + fy)  # the first letter's right edge: where it starts
        page.mouse.down()
        page.mouse.move(box["x"] + ll + 1, box["y"] + ly, steps=10)  # the last letter's left edge
        page.mouse.up()
        selected = str(root.evaluate("() => window.getSelection().toString()"))
        if selected.strip():
            break
    return selected


def test_add_and_move_claims_by_selecting_arabic_and_mixed_text(server: tuple[str, str]) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)
    base, url = server
    mixed_id, mixed_claim = _store_mixed(url)
    with Session(db.cached_engine(url)) as session:
        arabic_id = session.exec(select(Article.id).where(col(Article.url) == SEED_URL)).one()
    arabic_text = _article_text(url, arabic_id)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 2200})
            page.set_default_timeout(30_000)
            page.goto(f"{base}/article?id={arabic_id}")
            page.get_by_role("textbox", name="User name").fill("eddie")
            page.get_by_role("textbox", name="Password").fill(PASSWORD)
            page.get_by_role("button", name="Log in").click()
            expect(page.get_by_role("heading", name="Article", exact=True)).to_be_visible()
            root = page.frame_locator(TEXT_FRAME).locator("#root")
            expect(root).to_contain_text(ARABIC_MISSED)

            # 1. Arabic words selected with the mouse become a claim with exactly those offsets.
            start = arabic_text.index(ARABIC_MISSED)
            selected = _drag(page, start, start + len(ARABIC_MISSED))
            assert selected.strip() == ARABIC_MISSED
            expect(page.get_by_text(f"Selected characters {start}–{start + len(ARABIC_MISSED)}")).to_be_visible()
            page.get_by_role("textbox", name="…or type the speaker's name").fill("بشار الأسد")
            page.get_by_role("textbox", name="Cue (the reporting verb as written)").fill("بحثا")
            page.get_by_role("button", name="Add claim").click()
            expect(page.get_by_text("pending review")).to_be_visible()
            added = _added(url, arabic_id)
            assert added is not None
            assert arabic_text[added.start : added.end] == added.content == selected.strip()
            assert (added.start, added.speaker, added.cue) == (start, "بشار الأسد", "بحثا")
            expect(root.locator(f".claims-hl.added[data-claim='{added.id}']").first).to_be_visible()

            # 2. Mixed Arabic, Latin and emoji: the code-point offsets, not the UTF-16 ones.
            page.goto(f"{base}/article?id={mixed_id}")
            root = page.frame_locator(TEXT_FRAME).locator("#root")
            expect(root).to_contain_text("Ahmad Karim")
            assert root.evaluate("e => e.textContent") == MIXED
            start = MIXED.index(MIXED_MISSED)
            end = start + len(MIXED_MISSED)
            assert len(MIXED[:start].encode("utf-16-le")) // 2 == start + 3  # the emoji and the flag
            assert root.evaluate(SELECT_JS, [start, end]) == MIXED_MISSED
            expect(page.get_by_text(f"Selected characters {start}–{end}")).to_be_visible()
            page.get_by_role("textbox", name="…or type the speaker's name").fill("Ahmad Karim")
            page.get_by_role("textbox", name="Cue (the reporting verb as written)").fill("قال")
            page.get_by_role("button", name="Add claim").click()
            expect(page.get_by_text("pending review")).to_be_visible()
            added = _added(url, mixed_id)
            assert added is not None
            assert (added.start, added.end, added.content) == (start, end, MIXED_MISSED)
            assert MIXED[added.start : added.end] == MIXED_MISSED

            # 3. Moving a claim's span: select the right words, pick the claim, move it.
            start = MIXED.index(MIXED_MOVED)
            expect(root.locator(f".claims-hl.added[data-claim='{added.id}']").first).to_be_visible()  # redrawn
            assert root.evaluate(SELECT_JS, [start, start + len(MIXED_MOVED)]) == MIXED_MOVED
            expect(page.get_by_text(f"Selected characters {start}–{start + len(MIXED_MOVED)}")).to_be_visible()
            page.get_by_role("tab", name="Move a claim's span here").click()
            page.get_by_role("button", name=f"Move claim #{mixed_claim} here").click()
            expect(page.get_by_text(f"Claim #{mixed_claim} now spans")).to_be_visible()
            with Session(db.cached_engine(url)) as session:
                moved = session.get(Claim, mixed_claim)
                assert moved is not None
                assert (moved.start, moved.end, moved.content) == (start, start + len(MIXED_MOVED), MIXED_MOVED)
                assert moved.corrected

            # 4. A click (no selection) on a claim still opens it.
            root.locator(f".claims-hl[data-claim='{mixed_claim}']").first.click()
            expect(page.get_by_role("heading", name="Claim", exact=True)).to_be_visible()
            page.wait_for_url(f"**/claim?id={mixed_claim}")
        finally:
            browser.close()
