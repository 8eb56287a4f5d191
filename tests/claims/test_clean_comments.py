"""Readers' comments under an article: a handle and the hour each was posted, then what the reader wrote.

On a fresh real page (set ``clean15a``) a thread of ten lines stayed in the article's text: the readers'
words read as prose, and the commenters' lines looked like dates (kept as metadata). Every line here is
invented.
"""

from __future__ import annotations

from claims.text.clean import clean_text

_BODY = (
    "The harbour authority on Tuesday suspended ferry crossings to the northern islands after a storm damaged "
    "two of the three landing piers, a spokeswoman said.\n"
    "Repairs are expected to take at least a week, and freight will move on a single vessel until then, she "
    "told reporters at the terminal.\n"
)

_THREAD = (
    "seagull_77 12 March 2021, 09:14\n"
    "Every winter the same story. Nobody plans for anything in this town!!!\n"
    "Island Resident 12 March 2021, 09:40\n"
    "My brother has been stuck on the mainland for three days already\n"
    "harbourwatch 12 March 2021, 10:02\n"
    "Thank you to the crews working in this weather\n"
)


def test_a_comment_thread_under_the_article_is_chrome() -> None:
    doc = clean_text(_BODY + _THREAD)
    assert "Nobody plans for anything" not in doc.text
    assert "stuck on the mainland" not in doc.text
    assert doc.text.rstrip().endswith("she told reporters at the terminal.")


def test_hours_alone_are_a_live_blogs_entries_not_comments() -> None:
    live = (
        "09:14\n"
        "The first ferry of the morning was turned back at the harbour mouth by the coastguard.\n"
        "10:02\n"
        "Engineers have reached the damaged pier and begun to assess the foundations.\n"
    )
    doc = clean_text(_BODY + live)
    assert "Engineers have reached the damaged pier" in doc.text


def test_one_time_stamped_line_under_the_article_is_no_thread() -> None:
    doc = clean_text(_BODY + "Updated by newsdesk 12 March 2021, 11:30\nThe northern route reopened at noon.\n")
    assert "The northern route reopened at noon." in doc.text
