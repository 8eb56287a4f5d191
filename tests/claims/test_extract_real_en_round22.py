"""English round 22: who a description or a form of address means, and an office's field read as a name.

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 22 unless marked as a guard.

- a definite office nobody named holds (a leader's ``the premier``, ``the diplomat``, ``the official``;
  never a field word among the titles, ``the opposition``) after a
  named officeholder the narration is about is that officeholder, not someone new: the latest named
  person subject, who holds an office and is the latest person speaker too (or became the subject after
  the latest claim); a second person among the latest subjects, or a named holder of that very title,
  leaves the look-ups by role to decide;
- a form of address (``His Excellency emphasised …``) names nobody by itself: the same officeholder;
- ``Minister for Public Order, Tomas Heller, said``: the capitalised words after the office's ``for``/``of``
  are its field, not a person called ``Order``; a place word before the fronted title is the office's
  (``Norland Minister for …``), and the apposed name before ``, said`` is the sentence's subject, so
  ``the minister`` / ``The Minister`` later is Heller;
- ``the minister's statement said``: the statement is its owner's, the office read as ``the minister``
  (its holder), not the latest organisation;
- ``Eventually, both parties explained …``: one capitalised opener set off by a comma, no known name and
  no name by its shape (an ``-ly`` word, or one the article also writes in lower case), is an adverbial,
  the subject follows it;
- ``The NCF in a release from its Communications Unit assured …``: ``in``/``through`` and a statement
  noun open the medium, no part of who spoke; ``the police`` is the force named before with a police word
  (``Constabulary``, ``Force``), as ``the force`` already was;
- a titled lone name (``Justice Lim``, ``Mr Sek``) that is one name part of exactly one person named in
  full before (``Justice Lim Kok Seng``, ``Sek Narong``) is that person, whichever part the surname is.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "premier-is-the-prime-minister",
        "Prime Minister Omar Lund opened the new harbour in Vessby on Monday. Lund said the port would bring "
        "jobs to the coast. Lund also praised the workers who built the pier. The premier said the town "
        "would get a second ferry next year.",
        [("Omar Lund", "the port would bring"), ("Omar Lund", "the town would get")],
    ),
    (
        "diplomat-is-the-foreign-minister",
        "Foreign Minister Ann Colby spoke on the Evening Show on Tuesday. \u201cWe are not closing the "
        "borders,\u201d she said. The diplomat said talks with Norland would resume in May.",
        [("Ann Colby", "We are not closing"), ("Ann Colby", "talks with Norland")],
    ),
    (
        "official-is-the-deputy-premier",
        "Deputy Premier Tom Reilly met his Norland counterpart in Vessby. Reilly thanked Norland for the "
        "grain shipments. The official said Norland should lower its tariffs on fish.",
        [("Tom Reilly", "Norland should lower")],
    ),
    (
        "his-excellency-is-the-minister",
        "Energy Minister Omar Lund announced that Vessby had not missed a single shipment. His Excellency "
        "emphasised that gas would remain the main source of power.",
        [("Omar Lund", "that Vessby had not"), ("Omar Lund", "that gas would remain")],
    ),
    (
        "office-field-is-no-name",
        "Harbour police broke up a smuggling ring, Norland Minister for Public Order, Tomas Heller, said on "
        "Thursday. The minister revealed that four boats had been seized.",
        [("Tomas Heller", "Harbour police broke up"), ("Tomas Heller", "that four boats")],
    ),
    (
        "capitalised-minister-after-placed-office",
        "Harbour police broke up a smuggling ring, Norland Minister for Public Order, Tomas Heller, said on "
        "Thursday. The Minister stressed that four boats had been seized.",
        [("Tomas Heller", "Harbour police broke up"), ("Tomas Heller", "that four boats")],
    ),
    (
        "titled-surname-written-first",
        "His jail term was raised after Justice Lim Kok Seng allowed the appeal. In a written judgment, "
        "Justice Lim noted that several facts were never settled at the trial.",
        [("Lim Kok Seng", "that several facts")],
    ),
    (
        "titled-given-name",
        "Director General Sek Narong, spokesman of the Ministry of Trade, said that the ban would end in "
        "May. Mr Sek said the harbour would stay open.",
        [("Sek Narong", "that the ban would end"), ("Sek Narong", "the harbour would stay open")],
    ),
    (
        "office-owned-statement",
        "Finance Minister Ken Adjei announced cuts to ministers' salaries on Monday. Norland's government is "
        "also struggling to raise revenue. “The difficulties we face are not peculiar to Norland,” "
        "the minister's statement said.",
        [("Ken Adjei", "The difficulties we face")],
    ),
    (
        "fronted-adverb-before-subject",
        "The court heard the case on Monday. Eventually, both parties explained that the quarrel was verbal.",
        [("both parties", "that the quarrel was verbal")],
    ),
    (
        "guard-fronted-name-stays-speaker",
        "Harbour master Ann Cole met the crews on Monday. Later, Cole said the quay was safe.",
        [("Ann Cole", "the quay was safe")],
    ),
    (
        "body-speaking-through-a-release",
        "The Norland Constabulary Force (NCF) has announced more patrols for returning residents. The NCF in "
        "a release from its Corporate Communications Unit assured residents that their safety remains a "
        "priority.",
        [("Norland Constabulary Force", "that their safety")],
    ),
    (
        "the-police-is-the-constabulary",
        "The Norland Constabulary Force (NCF) has announced more patrols for returning residents. The police "
        "said the patrols will be augmented with new checks.",
        [("Norland Constabulary Force", "the patrols will be augmented")],
    ),
    (
        "guard-police-with-no-force-named",
        "Harbour master Ann Cole met the crews on Monday. The police said the quay was closed.",
        [("police", "the quay was closed")],
    ),
    (
        "guard-field-word-is-no-officeholder",
        "Prime Minister Anna Berg has repeatedly said her government will not raise taxes. The opposition "
        "accused her of hiding a deficit.",
        [("Anna Berg", "her government"), ("opposition", "her of hiding")],
    ),
    (
        "guard-unnamed-official-introduced-before",
        "Prime Minister Omar Lund opened the new harbour in Vessby. A senior port official said the ferry "
        "would come in May. The official added that the pier was safe.",
        [("senior port official", "the ferry would come"), ("senior port official", "that the pier")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round22(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got
