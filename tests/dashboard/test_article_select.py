"""The article view's selection forms through AppTest: add a missed claim, move a claim's span.

AppTest cannot drive the custom component's JavaScript (``test_browser_select`` does, in Chromium),
so these tests put a selection where the component's answer lands (the page's session state) and
drive the forms under it: who sees which form, what is stored, and what a wrong selection gets.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlmodel import Session, col, select
from streamlit.testing.v1 import AppTest

from claims import db
from claims.models import Article, Claim, ReviewEvent
from dashboard.article_select import parse_selection
from tests.dashboard.helpers import Login, texts
from tests.dashboard.seed import Seeded

ARTICLE = "views/article.py"
MISSED = "والرؤية المشتركة"  # words of the seed article inside no claim of the fallback extraction


def _article(seeded: Seeded) -> Article:
    with Session(db.cached_engine(seeded.url)) as session:
        article = session.get(Article, seeded.arabic_article_id)
        assert article is not None
        return article


def _open_with_selection(at: AppTest, seeded: Seeded, span: tuple[int, int, str]) -> AppTest:
    at.query_params["id"] = str(seeded.arabic_article_id)
    at = at.switch_page(ARTICLE).run()
    at.session_state[f"article_selection_{seeded.arabic_article_id}"] = span
    return at.run()


def _component(at: AppTest) -> dict[str, Any]:
    (element,) = at.get("component_instance")
    return dict(json.loads(element.proto.json_args))


def _span(seeded: Seeded, words: str = MISSED) -> tuple[int, int, str]:
    text = _article(seeded).text
    start = text.index(words)
    return start, start + len(words), words


def test_a_reviewer_adds_a_missed_claim_from_a_selection(login: Login, seeded: Seeded) -> None:
    span = _span(seeded)
    at = _open_with_selection(login("rita"), seeded, span)
    assert not at.exception, at.exception
    assert f"Selected characters {span[0]}–{span[1]}" in "".join(h.value for h in at.html)
    assert not at.tabs  # a reviewer may add, not move: no "Move" tab
    selected = [p for p in _component(at)["segments"] if p[7]]
    assert "".join(_article(seeded).text[p[0] : p[1]] for p in selected) == MISSED  # marked in the text
    suffix = f"{seeded.arabic_article_id}_{span[0]}_{span[1]}"
    at.selectbox(key=f"add_pick_{suffix}").select("بشار الأسد").run()
    at.text_input(key=f"add_cue_{suffix}").input("بحثا").run()
    at.button(key=f"add_claim_{suffix}").click().run()
    assert not at.exception, at.exception
    [message] = texts(at.success)
    assert "added" in message
    with Session(db.cached_engine(seeded.url)) as session:
        claim = session.exec(select(Claim).where(col(Claim.extractor) == "reviewer")).one()
        assert (claim.start, claim.end, claim.content) == span
        assert (claim.speaker, claim.cue, claim.kind, claim.status) == ("بشار الأسد", "بحثا", "indirect", "pending")
        event = session.exec(select(ReviewEvent).where(col(ReviewEvent.claim_id) == claim.id)).one()
        assert (event.action, event.actor) == ("add", "rita")
        claim_id = claim.id
    assert f"article_selection_{seeded.arabic_article_id}" not in at.session_state  # cleared
    marked = [p for p in _component(at)["segments"] if p[2] == claim_id]
    assert marked and all(p[4] is True for p in marked)  # drawn as added


def test_a_selection_that_is_not_the_stored_text_is_refused(login: Login, seeded: Seeded) -> None:
    start, end, words = _span(seeded)
    at = _open_with_selection(login("rita"), seeded, (start + 1, end + 1, words))  # off by one unit
    suffix = f"{seeded.arabic_article_id}_{start + 1}_{end + 1}"
    at.text_input(key=f"add_speaker_{suffix}").input("بشار الأسد").run()
    at.button(key=f"add_claim_{suffix}").click().run()
    assert any("does not match" in m for m in texts(at.error))
    with Session(db.cached_engine(seeded.url)) as session:
        assert session.exec(select(Claim).where(col(Claim.extractor) == "reviewer")).all() == []


def test_an_editor_moves_a_claims_span_onto_the_selection(login: Login, seeded: Seeded) -> None:
    with Session(db.cached_engine(seeded.url)) as session:
        claim = session.get(Claim, seeded.arabic_claim_ids[1])
        assert claim is not None
        text = _article(seeded).text
        start, end = claim.start, claim.end - 3  # a shorter span of the same claim
        while not text[end - 1].strip():
            end -= 1
        original = (claim.id, claim.kind)
    span = (start, end, text[start:end])
    at = _open_with_selection(login("eddie"), seeded, span)
    assert not at.exception, at.exception
    assert [t.label for t in at.tabs] == ["Add a missed claim", "Move a claim's span here"]
    pick = at.selectbox(key=f"move_pick_{seeded.arabic_article_id}_{start}_{end}")
    assert pick.value == original[0]  # the claim the selection overlaps most comes first
    suffix = f"{original[0]}_{start}_{end}"
    at.selectbox(key=f"move_kind_{suffix}").select("direct").run()
    at.text_input(key=f"move_via_{suffix}").input("سانا").run()
    at.button(key=f"move_claim_{suffix}").click().run()
    assert not at.exception, at.exception
    assert any(f"now spans {start}–{end}" in m for m in texts(at.success))
    with Session(db.cached_engine(seeded.url)) as session:
        moved = session.get(Claim, original[0])
        assert moved is not None
        assert (moved.start, moved.end, moved.content, moved.kind, moved.via) == (start, end, span[2], "direct", "سانا")
        assert moved.corrected


@pytest.mark.parametrize(
    "value",
    [
        {"action": "select", "start": True, "end": 3, "text": "ab"},
        {"action": "select", "start": 0, "end": 99, "text": "ab"},
        {"action": "select", "start": 2, "end": 2, "text": ""},
        {"action": "select", "start": "0", "end": 2, "text": "ab"},
        {"action": "open", "claim": 3},
    ],
)
def test_malformed_component_answers_are_ignored(value: dict[str, Any]) -> None:
    assert parse_selection(value, 10) is None


def test_a_well_formed_answer_is_taken_as_is() -> None:
    assert parse_selection({"action": "select", "start": 1, "end": 3, "text": "bc", "seq": "1"}, 10) == (1, 3, "bc")
