"""Page cleaning, round 14: hard-wrapped English copy, and chrome lines by their shape.

Every line here is our own writing (outlets, people and places invented). A page copied from a print
layout keeps its column's breaks in the middle of sentences: read line by line, the first line looks like
a headline, a piece that ends a sentence like a label, a quoted paragraph's opening line like a related
headline and a date that ends a sentence like a card's date. A run of lines that go on into each other
(no closing mark, the next line opening in lower case, or a long line ending in a word no sentence ends
in) is one text: never a headline, a related list or chrome.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import teaser_texts as _teasers

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
