"""The claim page's safe decisions, Undo, a Skip that sticks, and the Arabic interface (AppTest).

The browser half (Ctrl+Enter, the right-to-left note, the Arabic layout) is in test_browser_safe.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from claims import db
from claims.models import ClaimSkip, User
from dashboard.i18n import LANGUAGES, catalogue
from tests.dashboard.helpers import CLAIM, Login, claim_row, events_of, html_of, open_claim_page, texts
from tests.dashboard.seed import Seeded


def test_every_message_is_in_both_languages_with_the_same_placeholders() -> None:
    import string

    for key, entry in catalogue().items():
        assert set(entry) == set(LANGUAGES), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in LANGUAGES]
        if key == "date_format":  # each language picks its own parts of the date
            assert fields[0] | fields[1] <= {"year", "month", "day", "hour", "minute", "month_name"}
        else:
            assert fields[0] == fields[1], key


def test_the_decision_is_no_form_and_shows_what_each_verdict_means(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.arabic_claim_ids[0]
    at = open_claim_page(login("rita"), claim_id)
    # a form would submit its first button (Verified) on Ctrl+Enter in the note: there is none here
    for verdict in ("verified", "disputed", "not_a_claim"):
        assert at.button(key=f"verdict_{verdict}_{claim_id}").proto.form_id == ""
    assert at.text_area(key=f"note_{claim_id}").proto.form_id == ""
    page = html_of(at)
    assert "the speaker did make this statement" in page  # Verified, from the review guideline
    assert "the attribution is denied or unconfirmed" in page  # Disputed
    assert "Disputed needs a note saying why, and at least one evidence link or a quoted source" in page
    assert at.button(key=f"verdict_verified_{claim_id}").proto.shortcut.lower() == "v"


def test_a_link_without_https_is_accepted_and_stored_with_it(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.arabic_claim_ids[0]
    at = open_claim_page(login("rita"), claim_id)
    at.text_area(key=f"note_{claim_id}").input("The agency denies it.")
    at.text_area(key=f"evidence_{claim_id}").input("www.sana.sy/?p=1")
    at.button(key=f"verdict_disputed_{claim_id}").click().run()
    assert not at.error, texts(at.error)
    assert claim_row(seeded, claim_id).status == "disputed"
    assert events_of(seeded, claim_id)[-1].evidence_urls == ["https://www.sana.sy/?p=1"]


def test_undo_restores_the_claim_and_reopens_it(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.arabic_claim_ids[0]
    at = open_claim_page(login("rita"), claim_id)
    before = claim_row(seeded, claim_id)
    at.button(key=f"verdict_verified_{claim_id}").click().run()
    moved_on = at.session_state["claim_id"]
    assert moved_on != claim_id and claim_row(seeded, claim_id).status == "verified"
    assert any(f"You marked claim #{claim_id} Verified" in m.value.replace("\\", "") for m in at.markdown)
    at.button(key="undo_last").click().run()
    assert not at.error, texts(at.error)
    after = claim_row(seeded, claim_id)
    assert (after.status, after.reviewed_by, after.version) == ("pending", None, before.version + 2)
    assert after.lease_holder == "rita" and at.session_state["claim_id"] == claim_id
    assert claim_row(seeded, moved_on).lease_holder is None  # the claim she had moved on to is free again
    assert [e.action for e in events_of(seeded, claim_id)] == ["verify", "undo"]
    assert all(b.key != "undo_last" for b in at.button)  # the offer is used up


def test_another_reviewer_cannot_undo(login: Login, seeded: Seeded) -> None:
    claim_id = seeded.arabic_claim_ids[0]
    rita = open_claim_page(login("rita"), claim_id)
    rita.button(key=f"verdict_verified_{claim_id}").click().run()
    rami = login("rami")
    rami.session_state["undo_offer"] = rita.session_state["undo_offer"]  # even if rami's tab had the offer
    rami.switch_page(CLAIM).run()
    rami.button(key="undo_last").click().run()
    assert any("only rita" in e for e in texts(rami.error))
    assert claim_row(seeded, claim_id).status == "verified"


def test_a_skipped_claim_does_not_come_back_and_has_its_filter(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.button(key="review_next").click().run()
    at.switch_page(CLAIM).run()
    first = at.session_state["claim_id"]
    at.button(key=f"skip_{first}").click().run()
    second = at.session_state["claim_id"]
    assert second != first
    at.button(key=f"verdict_verified_{second}").click().run()  # the next decision…
    assert at.session_state["claim_id"] not in (first, second)  # …does not bring the skipped one back
    with Session(db.cached_engine(seeded.url)) as session:
        rows = session.exec(select(ClaimSkip).where(col(ClaimSkip.claim_id) == first)).all()
        assert len(rows) == 1
    at.switch_page("views/queue.py").run()
    at.selectbox(key="f_status").select("pending").run()
    listed = [b.key for b in at.button if str(b.key).startswith("open_")]
    assert f"open_{first}" not in listed
    at.toggle(key="f_skipped").set_value(True).run()
    assert [b.key for b in at.button if str(b.key).startswith("open_")] == [f"open_{first}"]


def test_the_arabic_interface_is_stored_on_the_user(login: Login, seeded: Seeded) -> None:
    at = login("rita")
    at.button_group(key="ui_language_switch").set_value("ar").run()
    assert at.title[0].value == "قائمة المراجعة"
    assert at.button(key="review_next").label == "راجع التالي"
    with Session(db.cached_engine(seeded.url)) as session:
        user = session.exec(select(User).where(col(User.name) == "rita")).one()
        assert user.language == "ar"
    assert "direction: rtl" in html_of(at)
    at = open_claim_page(at, seeded.arabic_claim_ids[0])
    claim_id = seeded.arabic_claim_ids[0]
    assert at.title[0].value == "التصريح"
    assert at.button(key=f"verdict_verified_{claim_id}").label == "مؤكَّد"
    assert "الأدلة تؤكده" in html_of(at)
    at.button(key=f"verdict_verified_{claim_id}").click().run()
    assert any(f"سُجِّل التصريح #{claim_id}" in s.value.replace("\\", "") for s in at.success)
    at.session_state["claim_id"] = claim_id
    at.switch_page("views/history.py").run()
    assert at.title[0].value == "السجل" and "تأكيد" in html_of(at)
    # a new login (another browser) comes back in Arabic: the choice is the user's
    again = login("rita")
    assert again.title[0].value == "قائمة المراجعة"


def test_the_login_page_switches_language_before_login(app: object, seeded: Seeded) -> None:
    app.button_group(key="ui_language_switch").set_value("ar").run()  # type: ignore[attr-defined]
    assert app.title[0].value == "مكتب التحقق من التصريحات"  # type: ignore[attr-defined]
    assert app.text_input(key="login_name").label == "اسم المستخدم"  # type: ignore[attr-defined]
