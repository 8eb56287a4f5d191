"""Page cleaning, round 16: hard-wrapped English copy read whole, and chrome around English articles.

Every line here is our own writing (outlets, people and places invented). A page copied with its
column's hard line breaks (``… said there was an attempt to⏎close the …``) is one sentence across
the breaks for the cleaner and for the segmenter alike, so the extractor sees the speaker, the cue
and the whole content in one paragraph. Around English articles: a site's appeal to its reader ("you",
"we", "our") above the headline is chrome, and the headline under it is the title; cards of other
stories at the page's end whose excerpt opens with its byline ("By <name> | <agency> The …") are
related headlines; bare quotations between two widgets at the page's end are a sayings widget.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.text.segment import paragraphs
from tests.claims.clean_pages import EN_P1, EN_P2, EN_P3, teaser_texts, text_lines

WRAPPED = (
    "The harbour authority says there were attempts to close\n"
    "two ferry piers in the district.\n"
    "Speaking on the matter, Tomas Verbeek, harbour authority\n"
    "spokesman, in a statement on Friday, said there was an attempt to block the\n"
    "north pier but the wardens cleared the gate and questioned nine persons.\n"
    "Verbeek added that the wardens prevented another attempt on a\n"
    "pier in the old town.\n"
)


def test_a_hard_wrapped_english_sentence_is_one_paragraph() -> None:
    doc = clean_text(WRAPPED)
    spans = [doc.text[s.start : s.end] for s in paragraphs(doc.text)]
    assert len(spans) == 3
    assert spans[1].startswith("Speaking on the matter") and spans[1].endswith("nine persons.")


def test_a_hard_wrapped_english_claim_keeps_its_speaker_and_its_whole_content() -> None:
    doc = clean_text(WRAPPED)
    claims = extract_claims(doc)
    said = [c for c in claims if "attempt to block the\nnorth pier" in c.content]
    assert said and "Verbeek" in said[0].speaker


def test_english_web_paragraphs_one_a_line_stay_apart() -> None:
    text = (
        "The council met on Monday to discuss the new bridge.\n"
        "Councillor Ana Ruiz said the plan would cost more than expected\n"
        "Residents of the east bank have asked for a public meeting.\n"
    )
    assert len(paragraphs(clean_text(text).text)) == 3


APPEAL = [
    "Readers like you keep the Harbour Ledger running.",
    "You come to us because we report what others leave out. Adverts pay part of the bill, but not all of it.",
    "If our reporting matters to you, please give what you can so that we can keep doing it for everyone.",
]


def test_an_appeal_to_the_reader_above_the_headline_is_chrome_and_the_headline_is_the_title() -> None:
    headline = "Ferry board approves new winter timetable"
    page = (
        "Advertisement\n\nHelp us now\n\n"
        + "\n\n".join(APPEAL)
        + "\n\nHarbours\n\n"
        + headline
        + "\n\n"
        + EN_P1
        + EN_P2
        + EN_P3
    )
    doc = clean_text(page)
    lines = text_lines(doc)
    assert not any(line in lines for line in APPEAL)
    assert doc.title == headline
    assert EN_P1.strip() in lines and EN_P3.strip() in lines


def test_an_opinion_piece_that_speaks_to_its_reader_keeps_its_opening() -> None:
    opening = [
        "If you have ever waited an hour at the pier in the rain, this column is for the islanders.",
        "We were promised a better service two years ago, and you were promised it too.",
    ]
    page = "\n\n".join(opening) + "\n\n" + EN_P1 + EN_P2 + EN_P3
    lines = text_lines(clean_text(page))
    assert all(line in lines for line in opening)


CARDS = [
    "Minister opens new cold store for island fishers",
    "By Lena Marsh | Coast News Agency The fisheries minister on Monday opened a cold store for fishers in the north...",
    "Port upgrade to lift trade and tourism — minister",
    "By Olaf Berg The transport minister on Tuesday stressed the need to widen the old harbour of Wes",
]


def test_cards_whose_excerpt_opens_with_its_byline_at_the_end_are_related_headlines() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Popular\n\n" + "\n\n".join(CARDS) + "\n"
    doc = clean_text(page)
    assert set(CARDS) <= set(teaser_texts(doc))
    assert not any(card in text_lines(doc) for card in CARDS)
    assert EN_P3.strip() in text_lines(doc)


def test_a_paragraph_opening_with_by_and_a_date_stays_the_articles() -> None:
    closing = "By Friday the harbour board had agreed to meet the island council again before the spring."
    page = EN_P1 + EN_P2 + "New timetable for the crossings\n\n" + closing + "\n\n" + EN_P3
    lines = text_lines(clean_text(page))
    assert closing in lines and EN_P3.strip() in lines


SAYINGS = [
    '"A calm sea never made a skilled sailor, but it made a happy one."',
    '"Patience is bitter at first. Its fruit, however, is sweet and keeps well."',
]


def test_bare_quotations_between_two_widgets_at_the_end_are_chrome() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Share your views\n\n" + "\n\n".join(SAYINGS) + "\n\nPhoto Gallery\n"
    lines = text_lines(clean_text(page))
    assert not any(s in lines for s in SAYINGS)
    assert EN_P3.strip() in lines


def test_a_quoted_closing_paragraph_above_the_share_buttons_stays() -> None:
    closing = '"We will run the extra boats for as long as the island needs them, and longer if we must."'
    page = EN_P1 + EN_P2 + EN_P3 + closing + "\n\nShare this article\n"
    lines = text_lines(clean_text(page))
    assert closing in lines


def test_a_note_on_the_writer_under_the_story_is_chrome() -> None:
    note = "Mara Lindqvist is a reporter covering transport and the coast for the paper."
    more = "She previously worked at a radio station in the north."
    page = "By Mara Lindqvist\n\n" + EN_P1 + EN_P2 + EN_P3 + EN_P1.replace("Monday", "Tuesday") + note + "\n\n" + more + "\n"
    lines = text_lines(clean_text(page))
    assert note not in lines and more not in lines
    assert EN_P3.strip() in lines


def test_a_closing_paragraph_on_someone_the_story_named_stays() -> None:
    named = "Harbour master Piet Okafor said the pier would reopen next week.\n\n"
    closing = "Piet Okafor is a former captain who has run the harbour for ten years."
    page = EN_P1 + named + EN_P2 + EN_P3 + closing + "\n"
    assert closing in text_lines(clean_text(page))


def test_a_closing_paragraph_on_an_organisation_stays() -> None:
    closing = "The Island Ferry Company is the only operator on the route since last year."
    page = EN_P1 + EN_P2 + EN_P3 + EN_P1.replace("Monday", "Tuesday") + closing + "\n"
    assert closing in text_lines(clean_text(page))


def test_a_headline_under_the_agency_sign_off_and_its_date_is_related() -> None:
    page = EN_P1 + EN_P2 + EN_P3 + "Coastwire\n\nWed Mar 04 2015\n\n'Nobody will back down\n"
    doc = clean_text(page)
    assert "'Nobody will back down" in teaser_texts(doc)
    assert "'Nobody will back down" not in text_lines(doc)
    assert EN_P3.strip() in text_lines(doc)
