"""Round chrome18: a list of cards (headline, then its story's opening cut short) under a site widget.

All sentences are invented for these tests."""

from claims.text.clean import clean_text

_BODY = (
    "Harbour board delays ferry fare rise after protest\n"
    "The harbour board said on Thursday it would postpone the planned increase in ferry fares until the spring, "
    "after a week of protests by island residents.\n"
    "\"We have heard the concerns of the islanders and we will review the figures again,\" the board's chair, "
    "Marta Lindqvist, told reporters at the quay.\n"
    "Residents had argued that the rise would cut the island off from the mainland for families on low incomes.\n"
    "Leave a Reply\n"
)
_CARD_ONE = (
    "Fishing cooperative opens a new cold store on the north pier\n"
    "The cooperative's members gathered on Monday to open the long awaited store, which will keep the morning "
    "catch fresh until the...\n"
)
_CARD_TWO = (
    "Volunteers repaint the old lighthouse before the summer months\n"
    "A group of twenty volunteers spent the weekend scraping and painting the tower, which has not been...\n"
)


def test_cards_under_a_widget_are_related_headlines() -> None:
    doc = clean_text(_BODY + _CARD_ONE + _CARD_TWO)
    teasers = [t.text for t in doc.teasers]
    assert "Fishing cooperative opens a new cold store on the north pier" in teasers
    assert "Volunteers repaint the old lighthouse before the summer months" in teasers
    assert "cold store" not in doc.text and "lighthouse" not in doc.text
    assert "Residents had argued that the rise would cut the island off" in doc.text


def test_a_whole_paragraph_below_keeps_the_card_in_the_article() -> None:
    """Under the widget a whole paragraph follows: the page goes on with its article, so nothing is a card."""
    tail = (
        "The board will publish the revised fares in a notice at the ferry terminal and on its noticeboard in the "
        "village hall before the end of the month, its chair said.\n"
    )
    doc = clean_text(_BODY + _CARD_ONE + tail)
    assert not doc.teasers
    assert "The board will publish the revised fares" in doc.text


def test_a_sub_head_under_a_widget_with_its_paragraph_stays() -> None:
    page = _BODY + (
        "Islanders plan a second meeting\n"
        "The residents' association said it would meet again next week to decide whether to keep up the protests "
        "at the quay, and that it had invited the board's chair to attend.\n"
    )
    doc = clean_text(page)
    assert not doc.teasers
    assert "Islanders plan a second meeting" in doc.text
