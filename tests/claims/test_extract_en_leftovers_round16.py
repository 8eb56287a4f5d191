"""English speaker and cue leftovers, round 16. Our own invented sentences; no article sentence is used.

- A generic description of an elected person alone as the speaker (``the politician acknowledged``,
  ``the parliamentarian concluded``) points back to the person last quoted with a political role.
- A plural collective with an ``of`` phrase opening the lead (``Parents of the arrested students in the
  harbour case held …``) is whom a later ``according to them`` means, not a court named in between.
- ``“…,” they believe.``: a bare plural verb closing a quotation is its cue.
- ``told about it to the Gazette``: ``about it`` and an addressee are no content of their own.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind


def page_attributions(page: str) -> list[tuple[str, str]]:
    """The attributions of a whole page (no headline put above it)."""
    doc = clean_text(page + "\n")
    return [(c.speaker, c.content) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]


_POLITICIAN = (
    "According to Green Party leader Tomas Verhoef, the harbour plan should be shelved until spring.\n\n"
    "“We cannot build a quay nobody asked for,” Verhoef said on Tuesday at a meeting of the council.\n\n"
    "The politician acknowledged that the ferry timetable looks reasonable, but the cost remains too high.\n\n"
    "“This is my honest hope for a better plan,” the parliamentarian concluded.\n"
)


def test_the_politician_is_the_party_leader_quoted() -> None:
    got = page_attributions(_POLITICIAN)
    assert ("Tomas Verhoef", "that the ferry timetable looks reasonable, but the cost remains too high") in got


def test_the_parliamentarian_concluded_after_a_quote() -> None:
    assert ("Tomas Verhoef", "This is my honest hope for a better plan") in page_attributions(_POLITICIAN)


def test_the_lawmaker_skips_a_police_chief_quoted_since() -> None:
    page = (
        "Senator Mira Oduya said the port budget was far too small for the coming year.\n\n"
        "Police chief Anton Brell said officers had been sent to the harbour on Sunday night.\n\n"
        "The lawmaker said the council would vote on the budget again in March.\n"
    )
    got = page_attributions(page)
    assert ("Mira Oduya", "the council would vote on the budget again in March") in got


_RALLY = (
    "Parents of the arrested students in the so-called harbour case held a quiet protest near the "
    "Northgate Court building in Marlow. They demand public trials.\n\n"
    "According to them, every session is held behind closed doors, and the requests of lawyers are ignored.\n\n"
    "«If our children really are dangerous, why don’t the judges hold the trial openly? Openness is a "
    "guarantee of justice,» they believe.\n\n"
    "The next session was planned for today, but it did not take place because a lawyer was ill. Lawyer "
    "Anna Kemp told about it to the Marlow Gazette.\n"
)
_PARENTS = "Parents of the arrested students in the so-called harbour case"


def test_according_to_them_is_the_group_of_the_lead() -> None:
    got = page_attributions(_RALLY)
    assert (_PARENTS, "every session is held behind closed doors, and the requests of lawyers are ignored") in got
    assert not any(s == "Northgate Court" for s, _ in got)


def test_they_believe_closes_a_quotation() -> None:
    got = page_attributions(_RALLY)
    assert any(s == _PARENTS and c.startswith("If our children really are dangerous") for s, c in got)


def test_told_about_it_has_no_content_of_its_own() -> None:
    assert not any(c.startswith("about it") for _, c in page_attributions(_RALLY))


def test_they_say_after_a_quote_means_the_of_phrase_group() -> None:
    page = (
        "Residents of the valley held a meeting on Monday.\n\n"
        "“The council must act now,” they say.\n"
    )
    assert ("Residents of the valley", "The council must act now") in page_attributions(page)
