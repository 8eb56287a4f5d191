"""Login, the queue, roles and the data views through Streamlit's AppTest (seeded SQLite, real library)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlmodel import Session, col, select
from streamlit.testing.v1 import AppTest

from claims import db
from claims.models import Claim
from claims.review import decide, open_claim
from claims.settings import get_settings
from claims.types import ReviewStatus
from tests.dashboard.helpers import (
    Login,
    claim_count,
    claim_row,
    events_of,
    html_of,
    open_claim_page,
    texts,
)
from tests.dashboard.helpers import now as _now
from tests.dashboard.seed import PASSWORD, Seeded
from tests.factories import login_as

# ------------------------------------------------------------------ login


def test_nothing_is_visible_before_login(app: AppTest, seeded: Seeded) -> None:
    assert not app.exception
    assert [t.value for t in app.title] == ["Claims desk"]
    assert (
        app.text_input(key="login_password").proto.type == app.text_input(key="login_password").proto.PASSWORD
    )
    assert "التنسيق" not in html_of(app)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app.switch_page("views/queue.py")


def test_wrong_password_is_refused(app: AppTest) -> None:
    app.text_input(key="login_name").input("rita")
    app.text_input(key="login_password").input("not-the-password")
    app.button[0].click().run()
    assert texts(app.error) == ["Wrong user name or password."]
    assert "auth_user" not in app.session_state
    assert [t.value for t in app.title] == ["Claims desk"]


def test_repeated_wrong_passwords_lock_the_name_even_for_the_right_one(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMS_LOGIN_MAX_FAILURES", "3")
    get_settings.cache_clear()
    for attempt in ("guess-one-1", "guess-two-2", "guess-three-3", PASSWORD):
        app.text_input(key="login_name").input("RITA")  # any case: one account
        app.text_input(key="login_password").input(attempt)
        app.button[0].click().run()
    [error] = texts(app.error)
    assert error.startswith("too many failed logins: try again after") and "claims users unlock" in error
    assert "auth_user" not in app.session_state and [t.value for t in app.title] == ["Claims desk"]
    get_settings.cache_clear()


def test_login_opens_the_queue_and_logout_closes_it(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    assert [t.value for t in at.title] == ["Review queue"]
    assert "rita" in at.sidebar.caption[0].value
    at.button(key="logout").click().run()
    assert [t.value for t in at.title] == ["Claims desk"]


# ------------------------------------------------------------------ every view renders


@pytest.mark.parametrize(
    "page",
    ["views/queue.py", "views/claim.py", "views/history.py", "views/sources.py", "views/export.py",
     "views/stats.py", "views/users.py"],
)  # fmt: skip
def test_every_view_renders_for_an_admin(login: Login, seeded: Seeded, page: str) -> None:
    at = login("ada")
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert at.title, f"{page} rendered no title"


# ------------------------------------------------------------------ queue


def test_queue_lists_pending_claims_by_priority_in_rtl_blocks(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(rows) == _attributions(seeded)  # by default the attributions, not the outlets' events
    assert all("pending" in r for r in rows)
    arabic = [r for r in rows if 'lang="ar"' in r]
    assert arabic and all('dir="rtl"' in r for r in arabic)
    ids = [int(m) for r in rows for m in re.findall(r"</span>#(\d+) ·", r)]
    priorities = [claim_row(seeded, i).priority for i in ids]
    assert priorities == sorted(priorities, reverse=True)


def test_queue_filters_language_text_and_status(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.selectbox(key="f_lang").select("en").run()
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(rows) == len(seeded.evil_claim_ids)
    at.text_input(key="f_text").input("ships").run()
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(rows) == 1 and "40 ships were waiting" in rows[0]
    at.text_input(key="f_text").input("").run()
    at.selectbox(key="f_lang").select("(any)").run()
    at.selectbox(key="f_status").select("verified").run()
    assert not [h for h in at.html if 'class="claims-row"' in h.value]
    assert "No claims match these filters." in texts(at.info)


def test_queue_filters_outlet_and_speaker(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.selectbox(key="f_outlet").select("سانا").run()
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(rows) == 1 and "سانا" in rows[0]
    at.selectbox(key="f_outlet").select("(any)").run()
    at.selectbox(key="f_speaker").select("Port spokesperson").run()
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(rows) == 1 and "Port spokesperson" in rows[0]


def _attributions(seeded: Seeded) -> int:
    with Session(db.cached_engine(seeded.url)) as session:
        return len(session.exec(select(Claim.id).where(col(Claim.kind) != "event")).all())


def test_queue_shows_attributions_or_events_and_why_each_ranks_there(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    assert at.radio(key="f_claims").value == "attributions"
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert rows and all("Why here: published " in r and "check-worthy" in r and "score " in r for r in rows)
    at.radio(key="f_claims").set_value("events").run()
    events = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(events) == claim_count(seeded) - _attributions(seeded) > 0
    assert all("the outlet&#x27;s own report" in r or "the outlet's own report" in r for r in events)
    at.radio(key="f_claims").set_value("(any)").run()
    assert len([h for h in at.html if 'class="claims-row"' in h.value]) == claim_count(seeded)


def test_queue_filters_publication_dates(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.radio(key="f_claims").set_value("(any)").run()
    at.date_input(key="f_dates").set_value((date(2023, 5, 19), date(2023, 5, 21))).run()
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(rows) == len(seeded.evil_claim_ids)  # only the article of 20 May
    at.date_input(key="f_dates").set_value((date(2023, 5, 22), date(2023, 5, 23))).run()
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    ar = claim_count(seeded, seeded.arabic_article_id, seeded.echo_article_id)
    assert len(rows) == ar and all('lang="ar"' in r for r in rows)


def test_queue_pages(login: Login, seeded: Seeded) -> None:
    total = claim_count(seeded)
    assert 10 < total <= 20
    at = login("rita")
    at.radio(key="f_claims").set_value("(any)").run()
    at.selectbox(key="f_page_size").select(10).run()
    first = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(first) == 10 and at.button(key="page_prev").disabled
    at.button(key="page_next").click().run()
    second = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(second) == total - 10 and not set(first) & set(second)
    assert any("page 2 of 2" in c.value for c in at.caption) and at.button(key="page_next").disabled


def test_review_next_takes_the_top_claim_nobody_holds(login: Login, seeded: Seeded) -> None:
    top = min(
        (claim_row(seeded, i) for i in [*seeded.arabic_claim_ids, *seeded.evil_claim_ids]),
        key=lambda c: (c.kind == "event", -c.priority, -(c.id or 0)),  # the queue opens on attributions
    )
    assert top.id is not None and top.kind != "event"
    with db.session_scope(seeded.url) as session:  # another reviewer holds the top claim
        open_claim(session, claim_id=top.id, actor=login_as(session, "rami"), now=_now(), lease_minutes=600)
    at = login("rita")
    assert any("held by rami" in h.value and f"#{top.id} ·" in h.value for h in at.html)  # the queue says who
    at.button(key="review_next").click().run()
    opened = at.session_state["claim_id"]
    assert opened != top.id
    assert claim_row(seeded, opened).lease_holder == "rita"
    assert [t.value for t in at.title] == ["Claim"]


# ------------------------------------------------------------------ roles


def test_a_reviewer_has_no_export_users_or_correction(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    for page in ("views/export.py", "views/users.py"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(page)
    at = open_claim_page(at, seeded.evil_claim_ids[0])
    assert not [t for t in at.text_input if (t.key or "").startswith("corr_")]


def test_an_editor_corrects_the_cue_and_it_is_an_event(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[0]
    at = open_claim_page(login("eddie"), claim_id)
    at.text_input(key=f"corr_cue_{claim_id}").input("told reporters")
    submit = next(b for b in at.button if b.label == "Save correction")
    submit.click().run()
    assert not at.exception
    saved = claim_row(seeded, claim_id)
    assert (saved.cue, saved.corrected, saved.version) == ("told reporters", True, 2)
    [event] = events_of(seeded, claim_id)
    assert (event.action, event.actor, event.before["cue"], event.after["cue"]) == (
        "correct",
        "eddie",
        "said",
        "told reporters",
    )
    at.switch_page("views/history.py").run()
    page = html_of(at)
    assert "told reporters" in page and "eddie" in page


def test_an_editor_exports_csv_with_a_bom(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.arabic_claim_ids[1]
    at = open_claim_page(login("eddie"), claim_id)
    at.text_area(key=f"evidence_{claim_id}").input("https://www.sana.sy/?p=1")
    at.button(key=f"verdict_verified_{claim_id}").click().run()
    at.switch_page("views/export.py").run()
    assert any("1 claim match" in c.value for c in at.caption)
    at.button(key="x_prepare").click().run()
    _, kind, data, written = at.session_state["x_payload"]
    assert (kind, written) == ("csv", 1)
    assert data.startswith(b"\xef\xbb\xbf")
    assert claim_row(seeded, claim_id).content.encode() in data
    assert at.get("download_button")


def test_stats_draws_charts_not_tables(login: Login, seeded: Seeded) -> None:
    with db.session_scope(seeded.url) as session:
        rami = login_as(session, "rami")
        for claim_id, verdict in (
            (seeded.evil_claim_ids[0], ReviewStatus.VERIFIED),
            (seeded.evil_claim_ids[1], ReviewStatus.NOT_A_CLAIM),
        ):
            decide(session, claim_id=claim_id, actor=rami, verdict=verdict, version=1, now=_now())
    at = login("rita")
    at.switch_page("views/stats.py").run()
    assert not at.exception, at.exception
    assert len(at.get("vega_lite_chart")) == 3  # decisions, queue size, precision
    assert not at.get("arrow_data_frame") and not at.table


def test_an_admin_adds_a_user(login: Login, seeded: Seeded) -> None:
    at = login("ada")
    at.switch_page("views/users.py").run()
    at.text_input(key="new_name").input("nour")
    at.text_input(key="new_password").input("long-enough-pw")
    at.selectbox(key="new_role").select("editor")
    next(b for b in at.button if b.label == "Add user").click().run()
    assert any("User nour added." in s for s in texts(at.success))
    fresh = AppTest.from_file(str(at._script_path), default_timeout=60).run()
    fresh.text_input(key="login_name").input("nour")
    fresh.text_input(key="login_password").input("long-enough-pw")
    fresh.button[0].click().run()
    assert [t.value for t in fresh.title] == ["Review queue"]
