"""The claim view and its actions through AppTest: decide, skip, conflicts, leases, escaping, history."""

from __future__ import annotations

from datetime import timedelta

from claims import db
from claims.review import decide, open_claim
from claims.types import ReviewStatus
from dashboard import i18n, links, resources
from tests.dashboard.helpers import (
    CLAIM,
    Login,
    claim_row,
    events_of,
    html_of,
    open_claim_page,
    texts,
)
from tests.dashboard.helpers import now as _now
from tests.dashboard.seed import Seeded
from tests.factories import login_as


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
        open_claim(session, claim_id=claim_id, actor=login_as(session, "rami"), now=later, lease_minutes=10)
        rami = login_as(session, "rami")
        decide(session, claim_id=claim_id, actor=rami, verdict=ReviewStatus.VERIFIED, version=1, now=later)
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
        open_claim(session, claim_id=claim_id, actor=login_as(session, "rami"), now=_now(), lease_minutes=600)
    at = open_claim_page(login("rita"), claim_id)
    warnings = [w for w in texts(at.warning) if "held by rami" in w]
    assert len(warnings) == 1, texts(at.warning)  # said once, not again as a flash
    assert "buttons are off" in warnings[0]
    for verdict in ("verified", "disputed", "not_a_claim"):
        assert at.button(key=f"verdict_{verdict}_{claim_id}").disabled
    assert at.text_area(key=f"note_{claim_id}").disabled
    assert not at.button(key=f"skip_{claim_id}").disabled  # passing it over is still allowed
    assert claim_row(seeded, claim_id).status == "pending"


# ------------------------------------------------------------------ safety


def test_article_html_and_scripts_render_as_text(login: Login, seeded: Seeded) -> None:
    at = login("ada")
    # The one script the dashboard writes itself (the login cookie, right after login) is not content.
    queue = html_of(at).replace(resources.cookie_script(at.session_state["auth_token"]), "")
    at = open_claim_page(at, seeded.evil_claim_ids[0])
    claim = html_of(at).replace(links.COPY_SCRIPT, "")  # the copy-link button's constant script
    for page in (queue, claim):
        page = page.replace(i18n.direction_script("en"), "")  # the page direction's constant script
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


def test_the_claim_page_without_a_claim_offers_review_next(login: Login, seeded: Seeded) -> None:
    at = login("rita").switch_page(CLAIM).run()
    assert "No claim open. Pick one from the queue, or take the next one." in texts(at.info)
    at.button(key="claim_review_next").click().run()
    opened = at.session_state["claim_id"]
    assert opened is not None and claim_row(seeded, opened).lease_holder == "rita"
    assert any('class="claims-text claims-rtl claims-content"' in h.value for h in at.html)


def test_confirming_a_suggested_link_is_recorded_in_both_histories(login: Login, seeded: Seeded) -> None:
    from claims.models import CrossReference

    mine, other = seeded.arabic_claim_ids[1], seeded.evil_claim_ids[0]
    with db.unit_of_work(db.cached_engine(seeded.url)) as session:
        xref = CrossReference(kind="same_claim", state="suggested", from_claim_id=mine, to_claim_id=other, score=0.7)
        session.add(xref)
        session.flush()
        xref_id = xref.id
    at = open_claim_page(login("rita"), mine)
    at.button(key=f"xref_ok_{xref_id}").click().run()
    assert not at.exception
    assert "Link confirmed." in texts(at.success)
    for claim_id in (mine, other):
        assert [(e.action, e.actor) for e in events_of(seeded, claim_id)] == [("link_confirm", "rita")]
    assert claim_row(seeded, mine).cluster_id == claim_row(seeded, other).cluster_id is not None
