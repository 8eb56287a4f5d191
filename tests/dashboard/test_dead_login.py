"""A page whose login died after it was drawn cannot act: the library refuses, the tab is logged out.

Streamlit runs a button's handler *before* the page script re-checks the login, so these tests
end the login between drawing the page and clicking — from the CLI's library calls (deactivate,
password change) or from another tab (log out) — and check nothing was written.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from claims import auth, db, logins
from claims.actors import OPERATOR
from claims.models import User
from tests.dashboard.helpers import Login, claim_row, events_of, open_claim_page, texts
from tests.dashboard.seed import Seeded


def _user_names(seeded: Seeded) -> list[str]:
    with Session(db.cached_engine(seeded.url)) as session:
        return list(session.exec(select(User.name).order_by(col(User.name))).all())


def _on_login_page(at: object) -> bool:
    return [t.value for t in at.title] == ["Claims desk"]  # type: ignore[attr-defined]


def test_a_deactivated_admin_cannot_add_a_user_from_an_open_page(login: Login, seeded: Seeded) -> None:
    at = login("ada")
    at.switch_page("views/users.py").run()
    before = _user_names(seeded)
    with db.session_scope(seeded.url) as session:  # `claims users deactivate ada`, meanwhile
        auth.set_active(session, actor=OPERATOR, name="ada", active=False)
    at.text_input(key="new_name").input("mallory")
    at.text_input(key="new_password").input("long-enough-pw")
    at.selectbox(key="new_role").select("admin")
    next(b for b in at.button if b.label == "Add user").click().run()
    assert not at.exception
    assert _user_names(seeded) == before  # no new (admin) account
    errors = texts(at.error)
    assert len(errors) == 1 and "deactivated" in errors[0] and "\n" not in errors[0], errors
    assert _on_login_page(at)


def test_a_tab_logged_out_elsewhere_cannot_verify(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[0]
    at = open_claim_page(login("rita"), claim_id)
    with db.session_scope(seeded.url) as session:  # the other tab's "Log out" ends the shared login
        logins.end_session(session, at.session_state["auth_token"])
    at.text_area(key=f"evidence_{claim_id}").input("https://evidence.example/1")
    at.button(key=f"verdict_verified_{claim_id}").click().run()
    assert not at.exception
    saved = claim_row(seeded, claim_id)
    assert (saved.status, saved.version) == ("pending", 1) and events_of(seeded, claim_id) == []
    assert any("log in again" in e for e in texts(at.error)), texts(at.error)
    assert _on_login_page(at)


def test_a_password_changed_from_the_cli_stops_an_open_claim_page(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[1]
    at = open_claim_page(login("rami"), claim_id)
    with db.session_scope(seeded.url) as session:  # `claims users passwd rami`
        auth.set_password(session, actor=OPERATOR, name="rami", password="an-entirely-new-one")
    at.button(key=f"verdict_not_a_claim_{claim_id}").click().run()
    assert claim_row(seeded, claim_id).status == "pending"
    assert any("password was changed" in e for e in texts(at.error)), texts(at.error)
    assert _on_login_page(at)


def test_a_tab_logged_out_elsewhere_takes_no_lease_from_the_queue(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    with db.session_scope(seeded.url) as session:
        logins.end_session(session, at.session_state["auth_token"])
    at.button(key="review_next").click().run()
    held = [claim_row(seeded, i).lease_holder for i in [*seeded.arabic_claim_ids, *seeded.evil_claim_ids]]
    assert held == [None] * len(held)
    assert _on_login_page(at) and any("log in again" in e for e in texts(at.error))


def test_review_next_on_an_empty_queue_says_so(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.text_input(key="f_text").input("no claim says this").run()
    at.button(key="review_next").click().run()
    assert "The queue is empty — nothing left to review with your filters." in texts(at.info)
