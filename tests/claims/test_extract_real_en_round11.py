"""English miss kinds found on real English pages (round 11), each with our own invented sentences;
no article sentence is used here. Each case fails with the extractor before round 11:

- ``declared allegiance to him``, ``pledged support``: ``declare`` and ``pledge`` with a bare noun object
  are acts, no statement; before, the object was a claim of the people named there, who then became
  the ``he`` of the next quotations instead of the one who announced it.
- ``Briggs already denied this.``: a content that is only a pronoun pointing back states nothing.
- a quotation over paragraphs that opens before anyone has spoken (``… confirmed the arrest in a
  statement.`` then ``“The suspects …`` open, then ``“…,” Ruiz said.``): the open paragraph is the
  speaker's too (guideline §4.9); before, it was dropped.
- ``Quaycraft (M) Sdn Bhd``: a one-letter country mark in brackets inside a company name closing on a
  legal form is part of the name; before, the speaker was cut to ``Sdn Bhd`` and its later ``It …``
  statements went to another body.
- ``“… advice from the council,” it said``: an organisation named inside the quotation is never the
  ``it`` of the cue after it.
- ``Dana Long said``, ``Long said``: a capitalised surname that is also an adverb of the verb group
  (``has long said``) is a name; before, it was skipped as an adverb and the claims were cut to ``Dana``
  or lost.
- ``X was yesterday reported by agency Y as saying …``: a passive report with ``as saying`` is X's claim
  via Y, as ``was quoted by Y as saying`` already was; before, no claim (and adverbs between the
  auxiliary and the verb hid the passive).
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

_claims = attributions


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "declared-allegiance-is-an-act-not-a-claim",
        "The mayor of Dunmore, Peter Quill, won backing from more councillors on Tuesday.\n\n"
        "On Wednesday, Quill announced that Councillors Anne Hale, Tom Briggs, and Sam Ortega had declared "
        "allegiance to him.\n\n"
        "“There are more who joined. Three more,” he said at the town hall.\n\n"
        "“I thank Councillor Anne Hale, Councillor Tom Briggs and Councillor Sam Ortega,” he said.\n",
        [
            ("Peter Quill", "that Councillors Anne Hale"),
            ("Peter Quill", "There are more who joined"),
            ("Peter Quill", "I thank Councillor Anne Hale"),
        ],
    ),
    (
        "pledged-support-is-an-act-not-a-claim",
        "Two harbour unions pledged support to the striking dockers on Friday.\n\n"
        "Union leader Mara Voss said the strike would go on until May.\n",
        [("Mara Voss", "the strike would go on until May")],
    ),
    (
        "denied-this-states-nothing",
        "Tom Briggs was once tipped to replace the mayor. But Briggs already denied this.\n\n"
        "“There is no truth in it,” he said on Monday.\n",
        [("Tom Briggs", "There is no truth in it")],
    ),
    (
        "quotation-over-paragraphs-opened-before-anyone-spoke",
        "The harbour police have arrested two men over the theft of nets.\n\n"
        "The spokesperson for the harbour police, Inspector Dana Ruiz, confirmed the arrest in a statement "
        "on Monday.\n\n"
        "“The suspects were caught by officers on a night patrol after a tip from fishermen about "
        "strangers on the quay.\n\n"
        "“A third man ran off when he saw the officers,” Ruiz said.\n",
        [
            ("Dana Ruiz", "The suspects were caught by officers"),
            ("Dana Ruiz", "A third man ran off"),
        ],
    ),
    (
        "company-name-with-country-mark-and-legal-form",
        "Quaycraft (M) Sdn Bhd also stressed today that the fair had run without incident for five years.\n\n"
        "It further highlighted that its team included volunteers from the coast guard.\n",
        [
            ("Quaycraft M Sdn Bhd", "that the fair had run without incident"),
            ("Quaycraft M Sdn Bhd", "that its team included volunteers"),
        ],
    ),
    (
        "organisation-inside-the-quotation-is-not-its-it",
        "The Ferry Company said on Monday that the new route would open in spring.\n\n"
        "“It is our hope that the Harbour Board will meet us to discuss the timetable.\n\n"
        "“We also welcome any advice from the Harbour Board on the crossing,” it said in a statement.\n",
        [
            ("Ferry Company", "that the new route would open"),
            ("Ferry Company", "It is our hope"),
            ("Ferry Company", "We also welcome any advice"),
        ],
    ),
    (
        "surname-that-is-an-adverb",
        "Harbour master Dana Long said Wednesday the pier was closed after a crack was found.\n\n"
        "“We will reopen the pier as soon as it is safe,” Long said.\n\n"
        "Long said he would not give any other details until the survey ended.\n",
        [
            ("Dana Long", "the pier was closed"),
            ("Dana Long", "We will reopen the pier"),
            ("Dana Long", "he would not give any other details"),
        ],
    ),
    (
        "passive-report-as-saying",
        "Harbour minister Ann Cole was yesterday reported by news agency Coastwire as saying the council "
        "accepted that the quay was unsafe.\n",
        [("Ann Cole", "the council accepted that the quay was unsafe")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round11(body: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got


def test_pledge_with_an_infinitive_still_speaks() -> None:
    """Guard for the act reading: ``pledged to …`` is a promise (a claim), only a bare object is an act."""
    got = _claims("The mayor pledged to rebuild the quay by May.\n\nTwo unions pledged support to crews.\n")
    assert got == [("the mayor", "to rebuild the quay by May")], got
