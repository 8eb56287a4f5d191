"""Every dashboard view through Streamlit's AppTest, against a seeded SQLite file and the real library.

AppTest note: ``st.switch_page`` inside a run renders the new page once, but the next ``run()``
returns to the page AppTest was on, so the tests call ``at.switch_page(...)`` before interacting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlmodel import Session, col, select
from streamlit.testing.v1 import AppTest

from claims import db
from claims.models import Claim, ReviewEvent, User
from claims.review import decide, open_claim
from claims.types import ReviewStatus
from tests.dashboard.seed import PASSWORD, Seeded

Login = Callable[[str], AppTest]
CLAIM = "views/claim.py"


def html_of(at: AppTest) -> str:
    """Everything the page rendered as HTML or markdown, joined."""
    return "\n".join([h.value for h in at.html] + [m.value for m in at.markdown])


def texts(elements: object) -> list[str]:
    """Messages as the reviewer reads them (the dashboard backslash-escapes markdown in messages)."""
    return [re.sub(r"\\(.)", r"\1", e.value) for e in elements]  # type: ignore[attr-defined]


def claim_row(seeded: Seeded, claim_id: int) -> Claim:
    with Session(db.cached_engine(seeded.url)) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        return claim


def events_of(seeded: Seeded, claim_id: int) -> list[ReviewEvent]:
    with Session(db.cached_engine(seeded.url)) as session:
        return list(session.exec(select(ReviewEvent).where(col(ReviewEvent.claim_id) == claim_id)).all())


def open_claim_page(at: AppTest, claim_id: int) -> AppTest:
    """Open ``claim_id`` the way the queue's Open button does (taking the lease)."""
    at.session_state["claim_id"] = claim_id
    at.session_state["claim_take"] = True
    return at.switch_page(CLAIM).run()


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
    assert (
        len(rows) == len(seeded.arabic_claim_ids) + len(seeded.evil_claim_ids) + 1
    )  # + the echo article's claim
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


def test_queue_filters_publication_dates(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.date_input(key="f_dates").set_value((date(2023, 5, 19), date(2023, 5, 21))).run()
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(rows) == len(seeded.evil_claim_ids)  # only the article of 20 May
    at.date_input(key="f_dates").set_value((date(2023, 5, 22), date(2023, 5, 23))).run()
    rows = [h.value for h in at.html if 'class="claims-row"' in h.value]
    assert len(rows) == len(seeded.arabic_claim_ids) + 1 and all('lang="ar"' in r for r in rows)


def test_queue_pages(login: Login, seeded: Seeded) -> None:
    total = len(seeded.arabic_claim_ids) + len(seeded.evil_claim_ids) + 1
    at = login("rita")
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
        key=lambda c: (-c.priority, -(c.id or 0)),
    )
    assert top.id is not None
    with db.session_scope(seeded.url) as session:  # another reviewer holds the top claim
        open_claim(session, claim_id=top.id, user="rami", now=_now(), lease_minutes=600)
    at = login("rita")
    assert any("held by rami" in h.value and f"#{top.id} ·" in h.value for h in at.html)  # the queue says who
    at.button(key="review_next").click().run()
    opened = at.session_state["claim_id"]
    assert opened != top.id
    assert claim_row(seeded, opened).lease_holder == "rita"
    assert [t.value for t in at.title] == ["Claim"]


# ------------------------------------------------------------------ claim + decide


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_claim_view_shows_speaker_span_article_and_cross_references(login: Login, seeded: Seeded) -> None:
    at = open_claim_page(login("rita"), seeded.arabic_claim_ids[1])
    claim = claim_row(seeded, seeded.arabic_claim_ids[1])
    page = html_of(at)
    assert not at.exception
    assert f"<mark>{claim.content}</mark>" in page  # the span highlighted inside its paragraph
    assert (
        f'<div dir="rtl" lang="ar" class="claims-text claims-rtl claims-content">{claim.content}</div>'
        in page
    )
    assert claim.speaker in page and "هاشتاغ" in page
    assert 'href="https://hashtag.example/assad-khaji"' in page
    assert "Same claim" in page and "سانا" in page  # the echo article repeats it
    assert claim_row(seeded, claim.id or 0).lease_holder == "rita"
    other = next(b for b in at.button if (b.key or "").startswith("xref_open_"))
    other.click().run()
    assert at.session_state["claim_id"] != claim.id


def test_verified_is_saved_and_the_next_claim_opens(login: Login, seeded_any: Seeded) -> None:
    seeded = seeded_any
    at = login("rita")
    at.button(key="review_next").click().run()
    first = at.session_state["claim_id"]
    at.switch_page(CLAIM)
    at.text_area(key=f"evidence_{first}").input("https://www.sana.sy/?p=1\n")
    at.button(key=f"verdict_verified_{first}").click().run()
    assert not at.exception
    assert f"Claim #{first} marked Verified." in texts(at.success)
    saved = claim_row(seeded, first)
    assert (saved.status, saved.reviewed_by, saved.version, saved.lease_holder) == (
        "verified",
        "rita",
        2,
        None,
    )
    [event] = events_of(seeded, first)
    assert event.evidence_urls == ["https://www.sana.sy/?p=1"]
    nxt = at.session_state["claim_id"]
    assert nxt != first and claim_row(seeded, nxt).lease_holder == "rita"


def test_disputed_needs_a_note_then_is_saved(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[0]
    at = open_claim_page(login("rita"), claim_id)
    at.button(key=f"verdict_disputed_{claim_id}").click().run()
    assert any("Disputed needs a note" in e for e in texts(at.error))
    assert claim_row(seeded, claim_id).status == "pending" and claim_row(seeded, claim_id).version == 1
    assert events_of(seeded, claim_id) == []
    at.switch_page(CLAIM)
    at.text_area(key=f"note_{claim_id}").input("The port authority denies any reopening date.")
    at.text_area(key=f"evidence_{claim_id}").input("https://port.example/statement")
    at.button(key=f"verdict_disputed_{claim_id}").click().run()
    saved = claim_row(seeded, claim_id)
    assert (saved.status, saved.reviewed_by) == ("disputed", "rita")
    [event] = events_of(seeded, claim_id)
    assert event.note == "The port authority denies any reopening date."


def test_bad_evidence_link_is_refused(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[0]
    at = open_claim_page(login("rita"), claim_id)
    at.text_area(key=f"evidence_{claim_id}").input("[click](javascript:alert(1))")
    at.button(key=f"verdict_verified_{claim_id}").click().run()
    assert any("http(s)" in e and "[click](javascript:alert(1))" in e for e in texts(at.error))
    assert all("](" not in e.value for e in at.error)  # quoted input is not a markdown link
    assert claim_row(seeded, claim_id).status == "pending"


def test_not_a_claim_and_skip(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[1]
    at = open_claim_page(login("rita"), claim_id)
    at.button(key=f"verdict_not_a_claim_{claim_id}").click().run()
    assert claim_row(seeded, claim_id).status == "not_a_claim"
    at.switch_page(CLAIM)
    current = at.session_state["claim_id"]
    at.button(key=f"skip_{current}").click().run()
    assert claim_row(seeded, current).lease_holder is None and claim_row(seeded, current).status == "pending"
    assert at.session_state["claim_id"] != current


def test_a_decision_on_a_stale_version_is_refused_and_nothing_is_overwritten(
    login: Login, seeded_any: Seeded
) -> None:
    seeded = seeded_any
    claim_id = seeded.evil_claim_ids[0]
    at = open_claim_page(login("rita"), claim_id)  # rita sees version 1
    later = _now() + timedelta(minutes=11)  # rita's lease has run out; rami takes the claim and decides
    with db.session_scope(seeded.url) as session:
        open_claim(session, claim_id=claim_id, user="rami", now=later, lease_minutes=10)
        rami = session.exec(select(User).where(User.name == "rami")).one()
        decide(session, claim_id=claim_id, user=rami, verdict=ReviewStatus.VERIFIED, version=1, now=later)
    at.button(key=f"verdict_not_a_claim_{claim_id}").click().run()
    errors = texts(at.error)
    assert any("Not saved — this claim changed since you opened it" in e and "rami" in e for e in errors), (
        errors
    )
    saved = claim_row(seeded, claim_id)
    assert (saved.status, saved.reviewed_by, saved.version) == ("verified", "rami", 2)
    assert [e.actor for e in events_of(seeded, claim_id)] == ["rami"]


def test_a_claim_held_by_another_reviewer_opens_read_only(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[0]
    with db.session_scope(seeded.url) as session:
        open_claim(session, claim_id=claim_id, user="rami", now=_now(), lease_minutes=600)
    at = open_claim_page(login("rita"), claim_id)
    assert any("held by rami" in w for w in texts(at.warning))
    at.button(key=f"verdict_verified_{claim_id}").click().run()
    assert any("held by rami" in e for e in texts(at.error))
    assert claim_row(seeded, claim_id).status == "pending"


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
        rami = session.exec(select(User).where(User.name == "rami")).one()
        for claim_id, verdict in (
            (seeded.evil_claim_ids[0], ReviewStatus.VERIFIED),
            (seeded.evil_claim_ids[1], ReviewStatus.NOT_A_CLAIM),
        ):
            decide(session, claim_id=claim_id, user=rami, verdict=verdict, version=1, now=_now())
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
    assert PASSWORD  # the seeded users keep theirs


# ------------------------------------------------------------------ safety


def test_article_html_and_scripts_render_as_text(login: Login, seeded: Seeded) -> None:
    at = login("ada")
    queue = html_of(at)
    at = open_claim_page(at, seeded.evil_claim_ids[0])
    claim = html_of(at)
    for page in (queue, claim):
        assert "<script" not in page.lower() and "<img" not in page.lower() and "<i>" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in claim
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in claim
    assert "Port &lt;i&gt;Minister&lt;/i&gt;" in claim and "Evil &lt;Times&gt;" in claim
    assert 'href="javascript' not in claim and "&lt;script&gt;alert(&#x27;teaser&#x27;)" in claim
    assert 'href="https://evil.example/ships"' in claim


def test_history_lists_the_append_only_log(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.evil_claim_ids[0]
    at = open_claim_page(login("rita"), claim_id)
    at.text_area(key=f"note_{claim_id}").input('The ministry says "no date was set".')
    at.button(key=f"verdict_disputed_{claim_id}").click().run()
    at.session_state["claim_id"] = claim_id
    at.switch_page("views/history.py").run()
    page = html_of(at)
    assert "dispute" in page and "rita" in page and "no date was set" in page
    assert "pending" in page and "disputed" in page  # before → after
