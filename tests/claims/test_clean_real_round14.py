"""Page cleaning, round 14: hard-wrapped English copy, and chrome lines by their shape.

Every line here is our own writing (outlets, people and places invented). A page copied from a print
layout keeps its column's breaks in the middle of sentences: read line by line, the first line looks like
a headline, a piece that ends a sentence like a label, a quoted paragraph's opening line like a related
headline and a date that ends a sentence like a card's date. A run of lines that go on into each other
(no closing mark, the next line opening in lower case, or a long line ending in a word no sentence ends
in) is one text: never a headline, a related list or chrome.

Chrome by shape: a share prompt to the reader's friends, a comment form's list of allowed HTML tags (a
line mostly made of tags), a reproduction notice, the site's address for advertisers (an e-mail address
with a site word), an image slot's alt text ("Featured image - Outlet"), and a cut preview of the lead
behind the outlet's name, under the article.

Related lists: the page ends with a run of cut previews ("…") that open with the agency's prefix, or a
"Check Also" header over a headline and its cut excerpt.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3, text_lines
from tests.claims.clean_pages import teaser_texts as _teasers

_EN = EN_P1 + EN_P2 + EN_P3
_AR = AR_P1 + AR_P2 + AR_P3

_WRAPPED = """The harbour board says there were plans to close
three piers on the east bank.
There was a protest at the Millbrook quay on Friday, as
fishermen walked to the board's office over the planned closure
of the old landing stage.
A trader, who spoke to reporters, said that the closure
was decided without a hearing.
Speaking at the quay, Corin Havelock, the board's
spokeswoman, in a statement on Friday, said the piers were unsafe and
that the board would pay for a new landing stage.
“Similarly, the board has reopened the slipway at Farrow
where another group of fishermen had asked for repairs to the old
crane, in connection with a storm that damaged the quay on
Tuesday 12th March, 2024.
“The chair of the board has asked
engineers to inspect the piers. The results of the
inspection will be published as soon as they are ready,”
the statement reads.
Advertise with Harbour Daily to reach our readers
Post a Comment
"""


def test_a_hard_wrapped_english_article_keeps_every_sentence_piece() -> None:
    doc = clean_text(_WRAPPED)
    assert _teasers(doc) == []
    assert doc.title is None  # the first line runs on into the second: no headline
    for piece in (
        "The harbour board says there were plans to close\nthree piers on the east bank.",
        "fishermen walked to the board's office over the planned closure\nof the old landing stage.",
        "“Similarly, the board has reopened the slipway at Farrow\nwhere another group",
        "crane, in connection with a storm that damaged the quay on\nTuesday 12th March, 2024.",
        "“The chair of the board has asked\nengineers to inspect the piers.",
    ):
        assert piece in doc.text, piece
    assert "Post a Comment" not in doc.text


def test_web_copy_one_paragraph_a_line_keeps_its_headline() -> None:
    # one lower-case opening is no hard-wrapped block: a headline over its lead stays the headline
    page = (
        "Harbour board plans to close three piers on the east bank\n"
        "Fishermen protested at the Millbrook quay on Friday over the planned closure.\n"
        "iPads were handed out to the traders at the meeting, the board said.\n"
    )
    doc = clean_text(page)
    assert doc.title == "Harbour board plans to close three piers on the east bank"


def _chrome_gone(page: str, chrome: list[str]) -> list[str]:
    lines = text_lines(clean_text(page))
    return [c for c in chrome if c in lines]


def test_share_prompts_to_the_readers_friends_are_chrome() -> None:
    ar = [
        "شاركوا هذا التقرير مع أصدقائكم",
        "هل أعجبتك القصة؟ انشرها مع أصدقائك!",
        "أرسل الخبر مع أصدقائك عبر مواقع التواصل",
    ]
    assert _chrome_gone(_AR + "\n\n".join(ar) + "\n", ar) == []


def test_a_line_of_allowed_html_tags_is_chrome() -> None:
    tags = 'Allowed markup in replies: <a href="" title=""> <b> <em> <i> <strong> <code> <blockquote cite="">'
    assert _chrome_gone(_EN + tags + "\n", [tags]) == []


def test_a_reproduction_notice_is_chrome() -> None:
    notice = "(Reproduction of Harbour Daily reports by other media without written consent is prohibited.)"
    assert _chrome_gone(_EN + notice + "\n", [notice]) == []


def test_the_sites_address_for_advertisers_is_chrome() -> None:
    contact = "Advert enquiries - write to us at desk@harbourdaily.example"
    assert _chrome_gone(_EN + contact + "\n", [contact]) == []
    # a reader's address in a sentence of the article stays
    said = "The board said residents could send complaints to ferries@harbour.example until Friday.\n"
    assert "ferries@harbour.example" in clean_text(_EN + said).text


def test_an_image_slots_alt_text_is_chrome_and_a_supplied_photos_caption_stays() -> None:
    slot = "Featured image - Harbour Daily"
    caption = "The old ferry leaves the north pier on its last crossing of the season. Photo supplied"
    page = "Ferry schedule approved after long debate\n\n" + slot + "\n" + caption + "\n\n" + _EN
    doc = clean_text(page)
    assert slot not in text_lines(doc)
    assert caption in doc.text


def test_a_cut_copy_of_the_lead_behind_the_outlets_name_is_chrome() -> None:
    outlet = "صوت الميناء"
    cut = outlet + " " + AR_P1.strip()[:69].rstrip()  # cut mid-word, like a preview
    page = outlet + "\n\n" + _AR + cut + "\n"
    doc = clean_text(page)
    assert cut not in text_lines(doc)
    assert AR_P1.strip() in doc.text


def test_cut_previews_with_the_agencys_prefix_at_the_end_are_teasers() -> None:
    cards = [
        "HDN- The port authority said a cargo ship ran aground twelve miles off the…",
        "HDN-Westport The mayor of Westport, Ms. Tamsin Hale, met on Friday with the fishing union to disc…",
    ]
    doc = clean_text(_EN + "\n".join(cards) + "\n")
    assert _teasers(doc) == cards


def test_a_check_also_header_heads_a_headline_and_its_cut_excerpt() -> None:
    cards = [
        "Island Launches Its First Water Taxi Service",
        "The harbour company launched a water taxi for visitors at fixed …",
    ]
    page = _EN + "Check Also\n\n" + "\n\n".join(cards) + "\n\nLeave a Reply\n"
    assert _teasers(clean_text(page)) == cards
