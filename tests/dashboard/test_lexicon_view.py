"""The Lexicon page through AppTest: proposals from a correction, listed with their claim; editors decide."""

from __future__ import annotations

from sqlmodel import Session

from claims import db, desk_lexicon, review
from claims.models import DeskLexiconEntry
from tests.dashboard.helpers import Login, html_of, texts
from tests.dashboard.helpers import now as _now
from tests.dashboard.seed import Seeded
from tests.factories import login_as

PAGE = "views/lexicon.py"


def _correct_and_propose(seeded: Seeded) -> tuple[int, int]:
    """An editor corrects the evil article's first speaker; returns (claim id, the alias entry's id)."""
    claim_id = seeded.evil_claim_ids[0]
    with Session(db.cached_engine(seeded.url), expire_on_commit=False) as session:
        eddie = login_as(session, "eddie", "editor")
        session.commit()
        detail = review.open_claim(session, claim_id=claim_id, actor=eddie, now=_now(), lease_minutes=10)
        review.correct(
            session, claim_id=claim_id, actor=eddie, version=detail.claim.version,
            speaker="Port Minister Amal Haddad", now=_now(),
        )  # fmt: skip
        session.commit()
        proposed = desk_lexicon.refresh_proposals(session)
        # the extractor's speaker and its mention ("minister") both name her: one alias each
        assert sorted(
            m for e in proposed for m in e.data["speaker_aliases"]["Port Minister Amal Haddad"]
        ) == [
            "Port <i>Minister</i>",
            "minister",
        ]
        [entry] = [
            e
            for e in proposed
            if "Port <i>Minister</i>" in e.data["speaker_aliases"]["Port Minister Amal Haddad"]
        ]
        session.commit()
        assert entry.id is not None
        return claim_id, entry.id


def _entry(seeded: Seeded, entry_id: int) -> DeskLexiconEntry:
    with Session(db.cached_engine(seeded.url)) as session:
        entry = session.get(DeskLexiconEntry, entry_id)
        assert entry is not None
        return entry


def test_a_reviewer_sees_the_proposal_and_its_claim_but_no_decision(login: Login, seeded: Seeded) -> None:
    claim_id, entry_id = _correct_and_propose(seeded)
    at = login("rita").switch_page(PAGE).run()
    assert not at.exception
    page = html_of(at)
    assert f"claim?id={claim_id}" in page and f"claim #{claim_id}" in page
    assert "Port Minister Amal Haddad" in page and "eddie" in page
    assert "&lt;i&gt;Minister&lt;/i&gt;" in page and "<i>Minister" not in page  # the extracted name, escaped
    assert not [b for b in at.button if b.label in ("Accept", "Reject", "Save and accept")]
    assert _entry(seeded, entry_id).status == "proposed"


def test_an_editor_accepts_edits_and_rejects(login: Login, seeded: Seeded) -> None:
    _claim_id, entry_id = _correct_and_propose(seeded)
    at = login("eddie").switch_page(PAGE).run()
    assert not at.exception
    at.button(key=f"lex_accept_{entry_id}").click().run()
    accepted = _entry(seeded, entry_id)
    assert (accepted.status, accepted.decided_by) == ("accepted", "eddie") and accepted.revision >= 1
    assert any(f"+desk.{accepted.revision}" in c.value for c in at.caption)

    at.radio(key="lex_show").set_value("all").run()
    at.text_area(key=f"lex_data_{entry_id}").input('{"speaker_aliases": {"Amal Haddad": []}').run()
    at.button(key=f"lex_edit_{entry_id}").click().run()
    assert any("not valid JSON" in t for t in texts(at.error))
    assert _entry(seeded, entry_id).data == accepted.data

    at.button(key=f"lex_reject_{entry_id}").click().run()
    rejected = _entry(seeded, entry_id)
    assert rejected.status == "rejected" and rejected.revision > accepted.revision
    assert not at.exception
