"""Related cards by shape and position, and site prompts that are never related headlines (branch relcards).

Pages invented for the tests: a card list under the article (headline, excerpt cut short, "2 days ago"),
dated cards between the headline and the body, and a comment form's prompts under the article.
"""

from __future__ import annotations

from claims.text.clean import clean_text

BODY = [
    "The harbour council on Tuesday postponed a vote on raising ferry fares after two members asked for an "
    "independent review of the operator's accounts.",
    "Council chair Mira Dovell said the review would take about six weeks and that no fare change would happen "
    "before the summer timetable.",
    '"We owe passengers a clear answer on where the money goes," Dovell told reporters outside the chamber.',
    "The operator said it welcomed the review and would hand over its figures by the end of the month.",
]
TITLE = "Harbour council delays vote on ferry fares"

CARDS = [
    (
        "Lighthouse keepers' cottage reopens as museum after long restoration",
        "Volunteers spent four winters replacing the slate roof and rebuilding the old lamp room, which visitors can now…",
        "2 days ago",
    ),
    (
        "Fishing quota talks stall over mackerel share for small boats",
        "Delegates left the coastal forum without a deal after owners of the smaller vessels rejected the proposed split of…",
        "3 days ago",
    ),
    (
        "New bridge inspection finds rust on two supporting cables",
        "Engineers recommended a weight limit for lorries until the cables are replaced, a process that could take until…",
        "5 days ago",
    ),
]


def _teasers(doc) -> set[str]:
    return {t.text for t in doc.teasers}


def test_card_list_under_the_body_headline_excerpt_and_age():
    lines = [TITLE, *BODY]
    for card in CARDS:
        lines.extend(card)
    doc = clean_text("\n".join(lines))
    teasers = _teasers(doc)
    for head, excerpt, age in CARDS:
        assert head in teasers
        assert excerpt in teasers
        assert age not in doc.text
    for sentence in BODY:
        assert sentence in doc.text


def test_card_list_under_the_body_without_ages():
    lines = [TITLE, *BODY]
    for head, excerpt, _ in CARDS[:2]:
        lines.extend((head, excerpt))
    doc = clean_text("\n".join(lines))
    assert {CARDS[0][0], CARDS[1][0], CARDS[0][1], CARDS[1][1]} <= _teasers(doc)
    for sentence in BODY:
        assert sentence in doc.text


def test_dated_cards_between_the_headline_and_the_body():
    lines = [TITLE, CARDS[0][0], "1 hour ago", CARDS[1][0], "4 hours ago", *BODY]
    doc = clean_text("\n".join(lines))
    assert {CARDS[0][0], CARDS[1][0]} <= _teasers(doc)
    assert "1 hour ago" not in doc.text
    for sentence in BODY:
        assert sentence in doc.text


def test_one_dated_standfirst_is_the_articles_own_header():
    standfirst = "Members want an outside look at the operator's books before any rise"
    doc = clean_text("\n".join([TITLE, standfirst, "2 hours ago", *BODY]))
    assert not doc.teasers
    assert standfirst in doc.text


def test_cards_followed_by_more_article_stay_in_the_article():
    sub = "Operator promises to publish its accounts"
    trailing = "Engineers recommended a weight limit for lorries until the cables are replaced, a process that could take until…"
    other = "Owners of smaller boats say the new quota leaves them without a winter season"
    lines = [TITLE, *BODY[:2], sub, trailing, other, "Lighthouse museum draws early crowds", "A volunteer guide said visitors could now climb to the old lamp room…", *BODY[2:]]
    doc = clean_text("\n".join(lines))
    for sentence in BODY:
        assert sentence in doc.text
    assert not any(t.text == sub for t in doc.teasers)


def test_comment_form_prompts_are_no_related_headlines():
    lines = [
        TITLE,
        *BODY,
        "First published in the Quayside Courier",
        "Write your comment!",
        "Please type your name here",
        "Got a news tip? Share it with us by email",
    ]
    doc = clean_text("\n".join(lines))
    assert not doc.teasers
    assert "Please type your name here" not in doc.text
    for sentence in BODY:
        assert sentence in doc.text


def test_prompt_shapes():
    from claims.text.line_features import features
    from claims.text.lines import prompt

    for line in ("Please type your name here", "Enjoyed this?", "Your email address:", "Got a tip? Send it to our desk"):
        assert prompt(features(line)), line
    for line in (
        "Ferry operator asks passengers to send complaints in writing",
        "Will the fares rise again before the summer?",
        "Share prices fall as port strike enters its third day",
    ):
        assert not prompt(features(line)), line
