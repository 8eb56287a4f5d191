"""Page cleaning, round 10: shapes of body text and chrome seen on the dev17–dev21 pages, on invented lines.

Every line here is our own writing (outlets, people and places invented); each reproduces a layout:
one sentence broken into paragraphs at its commas (a list of names set out line by line), the site's
letter to its reader (a salutation, the appeal, a valediction and the signatures) standing between
the header and the article's lead, and an Arabic sentence closed by its stop that names a word also
used as site vocabulary (``الإعلان`` is a declaration as well as an advertisement).
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3
from tests.claims.clean_pages import teaser_texts as _teasers
from tests.claims.clean_pages import text_lines as _lines


def test_a_sentence_broken_into_paragraphs_at_its_commas_stays_article_text() -> None:
    pieces = [
        "The chair said that according to the harbour records the names of",
        "Tomas Verrell, captain of the Westbay ferry, engineer Lida Marrow,",
        "the head of the Island Pilots Guild Oren Falk and his deputy,",
        "the offices of Northwind Freight, Bayline and the old customs house",
    ]
    close = "were found on a list left in a locker at the northern pier.\n\n"
    page = EN_P1 + "\n\n".join(pieces) + "\n\n" + close + EN_P2 + EN_P3
    doc = clean_text(page)
    assert _teasers(doc) == []
    for piece in pieces:
        assert piece in _lines(doc)


def test_headlines_after_the_body_are_still_a_related_list() -> None:
    heads = [
        "Island councillors reject plan for a second ferry terminal",
        "Pier repairs to run into the summer, board warns",
        "New night crossing to start in May",
    ]
    # round 13: with their dates (a listing's evidence); three bare lines alone are as often a factbox
    dated = [line for h in heads for line in (h, "12 March 2031")]
    doc = clean_text(EN_P1 + EN_P2 + EN_P3 + "\n\n".join(dated) + "\n")
    assert _teasers(doc) == heads


_LETTER = [
    "Dear Reader,",
    "As you know, more people read the Harbour Courier than ever, yet printing costs keep rising and we have "
    "kept our site free of a paywall so that you can follow the island's news every day.",
    "As one of our readers, we ask you to become a supporter.",
    "For $3 a month you will get the following:",
    "• A site with almost no ads",
    "• Our weekly tide tables",
    "Help us keep telling the island's story.",
    "Thank you,",
    "Mara Quill, Publisher, Harbour Courier",
    "SUPPORT THE HARBOUR COURIER FOR 3$ A MONTH Remind me later",
]


def test_the_sites_letter_to_its_reader_above_the_lead_is_chrome_and_the_lead_stays() -> None:
    lead = "PORTVILLE - The harbour board approved a new schedule for the ferry service on Monday after a long debate."
    page = "Ferry board backs new timetable\n\n" + "\n\n".join(_LETTER) + "\n\n" + lead + "\n\n" + EN_P2 + EN_P3
    doc = clean_text(page)
    lines = _lines(doc)
    assert lead in lines
    assert EN_P2.strip() in lines
    assert _teasers(doc) == []
    for line in _LETTER:
        assert line not in lines


def test_a_letter_quoted_by_the_article_stays() -> None:
    letter = ["Dear Minister,", "We write to ask that the night crossing be kept for the winter.", "Yours sincerely,", "Ana Bell"]
    page = EN_P1 + "\n\n".join(letter) + "\n\n" + EN_P2 + EN_P3
    lines = _lines(clean_text(page))
    assert letter[1] in lines
    assert EN_P2.strip() in lines


def test_an_arabic_sentence_closed_by_its_stop_naming_a_declaration_stays() -> None:
    line = "يجري صباح الخميس المقبل، توقيع الإعلان المشترك لتحالف الإعلان الساحلي."
    doc = clean_text("المرفأ - الساحل\n" + line + "\n" + AR_P1 + AR_P2 + AR_P3)
    assert line in _lines(doc)


def test_a_breadcrumb_ending_in_the_pages_headline_is_chrome() -> None:
    crumb = "Home / News / Islands / Harbour Chair: “The board will not give up the night crossing…”"
    doc = clean_text(crumb + "\n\n" + EN_P1 + EN_P2 + EN_P3)
    assert crumb not in _lines(doc)
    assert EN_P1.strip() in _lines(doc)


def test_a_sentence_with_slashes_between_words_stays() -> None:
    line = "The board said the ferry / bus / rail pass would cost less next year, the chair said."
    doc = clean_text(EN_P1 + line + "\n\n" + EN_P2 + EN_P3)
    assert line in _lines(doc)


def test_cards_under_a_section_label_below_the_body_are_teasers() -> None:
    head1 = "We have fuel for six weeks with one tanker on its way - Harbour Chair"
    cut1 = "As the council meets tomorrow to settle a plan for the winter, if there is no end to the strike in the near..."
    head2 = "Pilots call on the mayor to meet the harbour board"
    cut2 = "In a letter to the mayor, the head of the Island Pilots Guild Oren Falk has asked where the board was when t"
    page = EN_P1 + EN_P2 + EN_P3 + "FEATURE NEWS\n" + head1 + "\n" + cut1 + "\n1 hour ago\nLATEST NEWS\n" + head2 + "\n" + cut2 + "\n"
    doc = clean_text(page)
    assert _teasers(doc) == [head1, cut1, head2, cut2]
    assert "1 hour ago" not in _lines(doc)
    assert EN_P3.strip() in _lines(doc)


def test_a_sub_head_over_a_whole_paragraph_stays() -> None:
    sub = "What the new timetable means for islanders"
    page = EN_P1 + EN_P2 + "FERRIES\n" + sub + "\n" + EN_P3
    lines = _lines(clean_text(page))
    assert EN_P3.strip() in lines


def test_a_headline_cut_mid_word_between_paragraphs_is_a_teaser() -> None:
    cut = "Harbour chair calls for help from the mainland to solve ferry de..."
    doc = clean_text(EN_P1 + cut + "\n\n" + EN_P2 + EN_P3)
    assert _teasers(doc) == [cut]
    assert EN_P2.strip() in _lines(doc)


def test_a_sentence_trailing_off_between_paragraphs_stays() -> None:
    line = "The chair paused and said the board would wait and see..."
    doc = clean_text(EN_P1 + line + "\n\n" + EN_P2 + EN_P3)
    assert _teasers(doc) == []
    assert line in _lines(doc)


def test_a_scrapers_placeholder_in_brackets_is_chrome() -> None:
    doc = clean_text(EN_P1 + "[email protected]\n\n" + EN_P2 + EN_P3)
    assert "[email protected]" not in _lines(doc)
