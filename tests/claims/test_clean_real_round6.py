"""Page cleaning, round 6: shapes of false teasers and chrome seen on the devc pages, on invented lines.

Every line here is our own writing (outlets, people and places invented); each reproduces a layout:
a photo's alt text and caption (the same line twice) opening a second story under the first, a bare
view counter between the stories, a short header with site vocabulary over a sponsored list, a teaser
marker set off by a wide gap instead of a colon, and the comment form's notice under the body.
"""

from __future__ import annotations

from claims.text.clean import clean_text

EN_P1 = "The harbour board approved a new schedule for the ferry service on Monday after a long debate.\n\n"
EN_P2 = "The board chair said the changes would take effect in the spring, once the pier repairs are done.\n\n"
EN_P3 = "Residents of the island have complained for months about cancelled crossings and long queues.\n\n"
EN_P4 = "The Port Mallow fire chief has withdrawn the plan to close two stations on the north shore.\n\n"


def _next_story() -> str:
    return (
        "Fire chief drops plan to close two stations\n\n"
        "348\n"
        "Port Mallow Fire Service Chief Officer Dana Forge\n"
        "Port Mallow Fire Service Chief Officer Dana Forge\n\n" + EN_P4
    )


def test_a_photo_caption_printed_twice_over_the_next_story_is_no_teaser() -> None:
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + _next_story())
    assert [t.text for t in doc.teasers] == ["Fire chief drops plan to close two stations"]
    assert "The Port Mallow fire chief" in doc.text


def test_a_bare_counter_between_two_stories_is_chrome() -> None:
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + _next_story())
    assert "348" not in doc.text.split("\n")
    assert "348" in doc.boilerplate


def test_a_short_header_with_site_vocabulary_over_a_list_is_its_header() -> None:
    page = (
        EN_P1
        + EN_P2
        + "Stories from our partners\n"
        + "Island bakery wins national prize for its harbour loaf this year\n"
        + "How a small radio station kept the coast informed during the storm\n"
        + "Ferry fares are rising again, and commuters want to know why\n\n"
        + EN_P3
    )
    doc = clean_text(page)
    assert "Stories from our partners" in doc.boilerplate
    assert len(doc.teasers) == 3
    assert all("partners" not in t.text for t in doc.teasers)


def test_a_teaser_marker_set_off_by_a_wide_gap_marks_a_teaser() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Also Read  Update: Harbour Board Meets Again As Ferry Queues Grow\n\n"
    doc = clean_text(page)
    assert [t.text for t in doc.teasers] == ["Update: Harbour Board Meets Again As Ferry Queues Grow"]


def test_a_single_space_after_also_read_is_still_a_sentence() -> None:
    line = "Also read the board's report, which lists every cancelled crossing since January."
    doc = clean_text(EN_P1 + line + "\n\n" + EN_P2)
    assert line in doc.text
    assert doc.teasers == ()


def test_the_comment_forms_notice_under_the_body_is_chrome() -> None:
    notice = "This site uses a filter to reduce spam. Learn how your comment data is processed."
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "Leave a Reply\n\n" + notice + "\n")
    assert notice not in doc.text
    assert "Residents of the island" in doc.text


def test_a_verbless_slogan_between_the_sites_notices_on_top_is_its_tagline() -> None:
    slogan = "Keeping the island informed since the first ferry."
    page = "Sign up for our free email newsletters\n\n" + slogan + "\n\n1. Comment\n" + EN_P1 + EN_P2 + EN_P3
    doc = clean_text(page)
    assert slogan not in doc.text
    assert "The harbour board approved" in doc.text


def test_a_sentence_with_a_verb_under_the_sites_notices_stays() -> None:
    lead = "The island council has voted to keep the night ferry running."
    page = "Sign up for our free email newsletters\n\n" + lead + "\n\n1. Comment\n" + EN_P1 + EN_P2 + EN_P3
    doc = clean_text(page)
    assert lead in doc.text
