"""Links into the desk through AppTest: /claim?id=N and /article?id=N (also through the login), the
article view's content (byte-exact text, marks by status, escaping), its walk, and the
cross-reference cards that open their targets."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from claims import db
from claims.candidates import CleanDocument
from claims.models import Article
from claims.repository import store_article
from tests.dashboard.conftest import APP
from tests.dashboard.helpers import CLAIM, Login, claim_row, html_of, open_claim_page, texts
from tests.dashboard.seed import EVIL_TEXT, PASSWORD, Seeded

ARTICLE = "views/article.py"


def _article_text(seeded: Seeded, article_id: int) -> str:
    with Session(db.cached_engine(seeded.url)) as session:
        article = session.get(Article, article_id)
        assert article is not None
        return article.text


def _body(at: AppTest) -> dict[str, Any]:
    """What the article view's text component was asked to draw (its one instance on the page)."""
    (element,) = at.get("component_instance")
    assert element.proto.component_name == "dashboard.article_select.article_select"
    return dict(json.loads(element.proto.json_args))


def _shown_text(args: dict[str, Any]) -> str:
    """The text the component puts in (with ``textContent``), piece by piece, as a browser shows it."""
    text = str(args["text"])
    assert [p[0] for p in args["segments"]] == [0, *(p[1] for p in args["segments"][:-1])]  # no gap
    return "".join(text[p[0] : p[1]] for p in args["segments"])


def _open_link(at: AppTest, page: str, item: int) -> AppTest:
    at.query_params["id"] = str(item)
    return at.switch_page(page).run()


def _verify(at: AppTest, claim_id: int) -> None:
    at.text_area(key=f"evidence_{claim_id}").input("https://www.sana.sy/?p=1\n")
    at.button(key=f"verdict_verified_{claim_id}").click().run()
    assert f"Claim #{claim_id} marked Verified." in texts(at.success)


def test_claim_link_opens_that_claim_and_takes_it(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.arabic_claim_ids[1]
    at = _open_link(login("rita"), CLAIM, claim_id)
    assert not at.exception, at.exception
    claim = claim_row(seeded, claim_id)
    assert "No claim open" not in " ".join(i.value for i in at.info)
    assert f"<mark>{claim.content}</mark>" in html_of(at)
    assert claim.lease_holder == "rita"  # opened for review, like the queue's Open
    assert at.query_params["id"] == str(claim_id)
    assert f'data-link="/claim?id={claim_id}"' in html_of(at)  # the copy-link button's link


def test_a_link_goes_through_the_login_and_back(seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[0]
    at = AppTest.from_file(str(APP), default_timeout=60)
    at = _open_link(at, CLAIM, claim_id)  # not logged in: /claim?id=N shows the login first
    assert not at.exception, at.exception
    assert at.text_input(key="login_name") is not None
    assert "terminal will reopen" not in html_of(at)
    at.text_input(key="login_name").input("rami")
    at.text_input(key="login_password").input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert at.session_state["claim_id"] == claim_id
    assert "the terminal will reopen next week</mark>" in html_of(at)
    assert at.query_params["id"] == str(claim_id)


def test_article_link_goes_through_the_login_too(seeded: Seeded) -> None:
    at = _open_link(AppTest.from_file(str(APP), default_timeout=60), ARTICLE, seeded.echo_article_id)
    at.text_input(key="login_name").input("rita")
    at.text_input(key="login_password").input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert _shown_text(_body(at)) == _article_text(seeded, seeded.echo_article_id)


def test_a_bad_claim_link_says_so_in_one_line(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.query_params["id"] = "12abc"
    at.switch_page(CLAIM).run()
    assert not at.exception
    assert "Not a claim id: 12abc" in texts(at.error)
    at = _open_link(at, ARTICLE, 999_999)
    assert "no article 999999" in texts(at.error)


def test_the_claim_url_follows_the_open_claim(login: Login, seeded: Seeded) -> None:
    at = open_claim_page(login("rita"), seeded.arabic_claim_ids[0])
    first = at.session_state["claim_id"]
    assert at.query_params["id"] == str(first)
    _verify(at, first)  # the next claim opens: the address follows, the old ?id= does not come back
    nxt = at.session_state["claim_id"]
    assert nxt != first and at.query_params["id"] == str(nxt)
    at.run()
    assert at.session_state["claim_id"] == nxt


def test_article_view_shows_the_stored_text_with_every_claim_marked(login: Login, seeded: Seeded) -> None:
    at = open_claim_page(login("rita"), seeded.arabic_claim_ids[0])
    _verify(at, seeded.arabic_claim_ids[0])
    at = _open_link(at, ARTICLE, seeded.arabic_article_id)
    assert not at.exception, at.exception
    body = _body(at)
    text = _article_text(seeded, seeded.arabic_article_id)
    assert _shown_text(body) == text == body["text"]  # the whole article, byte for byte
    assert (body["dir"], body["lang"]) == ("rtl", "ar")
    ids = seeded.arabic_claim_ids
    marked = {p[2]: p for p in body["segments"] if p[2] is not None}
    for claim_id in ids:
        claim = claim_row(seeded, claim_id)
        assert text[claim.start : claim.end] == claim.content
        status = "verified" if claim_id == ids[0] else "pending"
        assert marked[claim_id][3] == status and marked[claim_id][4] is False  # not added
        starts = [p for p in body["segments"] if p[0] == claim.start and p[2] is not None]
        assert any(claim.speaker in p[5] for p in starts)  # its speaker shown beside its span
    assert f"1 of {len(ids)} decided" in html_of(at)
    assert at.query_params["id"] == str(seeded.arabic_article_id)


def test_article_view_renders_markup_in_an_article_as_text(login: Login, seeded: Seeded) -> None:
    at = _open_link(login("rita"), ARTICLE, seeded.evil_article_id)
    assert not at.exception, at.exception
    body = _body(at)
    assert _shown_text(body) == EVIL_TEXT == body["text"]  # sent as text, put in as textContent
    speakers = {p[5] for p in body["segments"] if p[5]}
    assert "Port <i>Minister</i> (<b>minister</b>)" in speakers  # a label, drawn as text (data-speaker)
    assert "<script>document.title" not in html_of(at)  # the text is nowhere as markup
    page = html_of(at)
    assert "<script>alert(" not in page and "<b>reopens</b>" not in page  # the title too


def test_review_this_article_walks_its_claims_in_order(login: Login, seeded: Seeded) -> None:
    at = _open_link(login("rita"), ARTICLE, seeded.arabic_article_id)
    at.button(key="article_review").click().run()
    at.switch_page(CLAIM).run()
    rows = {i: claim_row(seeded, i) for i in seeded.arabic_claim_ids}
    order = sorted(rows, key=lambda i: (rows[i].start, rows[i].end, i))
    assert at.session_state["claim_id"] == order[0]
    assert f"claim 1 of {len(order)}" in " ".join(c.value for c in at.caption)
    _verify(at, order[0])
    assert at.session_state["claim_id"] == order[1]  # the article's next claim, not the queue's
    at.button(key="walk_1").click().run()
    at.switch_page(CLAIM).run()
    assert at.session_state["claim_id"] == order[2]
    assert claim_row(seeded, order[2]).lease_holder == "rita"


def test_cross_reference_cards_open_the_other_claim_and_a_teaser_s_article(
    login: Login, seeded: Seeded
) -> None:
    with db.session_scope(seeded.url) as session:  # the teased article arrives after the teaser
        doc = CleanDocument(text="Ships queue outside the port.", title="Ships queue", lang="en")
        teased = store_article(session, doc=doc, url="https://evil.example/ships").article_id
    at = open_claim_page(login("rita"), seeded.evil_claim_ids[0])
    button = at.button(key=next(b.key for b in at.button if (b.key or "").startswith("xref_article_")))
    assert button.label == f"Open article #{teased}"
    button.click().run()
    at.switch_page(ARTICLE).run()
    assert _shown_text(_body(at)) == "Ships queue outside the port."
    assert at.query_params["id"] == str(teased)

    at = _open_link(at, CLAIM, seeded.arabic_claim_ids[1])
    other = next(b for b in at.button if (b.key or "").startswith("xref_open_"))
    target = int(other.label.rsplit("#", 1)[1])
    other.click().run()
    at.switch_page(CLAIM).run()
    assert at.session_state["claim_id"] == target and at.query_params["id"] == str(target)
