"""English round 25: who is the speaker — a description, an abbreviation or a short head read as the
speaker instead of the one the article names.

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 25 unless marked as a guard.

- a name joined by a lower-case particle (``Mara Lind e Costa``, ``Ana Ruiz y Vela``, ``dos``): the whole
  name, never its last word; a later ``the union leader`` then points back to her (the latest named
  speaker with no role of her own).
- an office written as its initials: ``the DG`` after ``the Director-General (DG)`` (a hyphenated office
  spells two initials; two capitals only when the article defines them in brackets), ``The CoP`` after
  ``Commissioner of Police, X,`` (a lower-case glue letter between the capitals).
- a body's capitalised head alone (``The Ministry urges``, ``The Government maintained``) is the body named
  in full before; a ministry's initials with ``of`` (``the MOI``) are the ministry's; initials in brackets
  after a name that does not spell them (a slip) never take the acronym from the name that does.
- adverbs, places and fragments as speakers: ``Recently,`` (an adverb by its shape set off by a comma) is
  no speaker; ``it underlined`` after ``X issued a statement rejecting …`` is the statement's author, never
  a country named deep inside the previous sentence; ``said the same source`` is whoever was just quoted;
  a time phrase before the verb (``this morning``) is no part of the speaker; ``Yesterday, the Chief
  Justice indicated`` is the judge; ``Her Honour further stated`` is the officeholder just quoted.
- a clause read as a speaker (``A suspended sentence means the court …``: a present verb before an
  article) is none, so a later ``the court`` is the court named; a named body's own unit (``the Norland
  District Court's Criminal Division 27 (Chief Judge X) announced``) speaks as the body, never as the
  judge in the bracketed aside.
- a spokesperson owned by a person (``the minister's spokesman``, ``Lorz's spokesman``) is one agent of
  that person (``Lorz's spokesman``), never an organisation named before; ``Now, Unite the union has
  confirmed`` is Unite (a fronted time adverb, then a name with its description).
- ``according to the police`` keeps its article for the look-up: the police service named before.
- ``The Spokesperson of the Ministry of Harbours`` after ``The Spokesperson of the Norland Ministry of
  Harbours``: a shorter wording of the one unnamed spokesperson described before is that spokesperson.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "particle-e-in-a-name",
        "“We want more boats”, said Mara Lind e Costa.\n\n"
        "The union leader said that the boats would stay in port.",
        [("Mara Lind e Costa", "We want more boats"), ("Mara Lind e Costa", "that the boats would stay")],
    ),
    (
        "particle-y-in-a-name",
        "Ana Ruiz y Vela said the quay would reopen in June.",
        [("Ana Ruiz y Vela", "the quay would reopen")],
    ),
    (
        "hyphenated-office-initials-defined",
        "Dr Tomas Rell-Vane, the Director-General (DG) of the HPS, opened the clinic on Monday.\n\n"
        "In a later update, the DG said there were 43 cases in the two districts.",
        [("Tomas Rell-Vane", "there were 43 cases")],
    ),
    (
        "office-initials-with-glue-letter",
        "Commissioner of Police, Mara Holt-Vance, said the harbour police remain focused on the quay.\n\n"
        "The CoP further stated, “We will sustain our efforts on the quay this year.”",
        [("Mara Holt-Vance", "the harbour police remain"), ("Mara Holt-Vance", "We will sustain")],
    ),
    (
        "capitalised-head-is-the-named-ministry",
        "Earlier, the Ministry of Fisheries reported two new quays on Monday.\n\n"
        "The Ministry urges everyone to keep off the quay at night.",
        [("Ministry of Fisheries", "everyone to keep off")],
    ),
    (
        "capitalised-head-is-the-named-government",
        "Government of Norland has stated that the opposition was trying to block the quay.\n\n"
        "The Government maintained that the fees were based on the law.",
        [("Government of Norland", "that the opposition"), ("Government of Norland", "that the fees")],
    ),
    (
        "ministry-initials-with-of",
        "The Ministry of Interior said 15 divers were held.\n\n"
        "The MOI said the divers were released on Tuesday.",
        [("Ministry of Interior", "15 divers were held"), ("Ministry of Interior", "the divers were released")],
    ),
    (
        "acronym-slip-keeps-the-first-name",
        "Harbour Sports Association (HSA) president Ann Cole has accused the ministry of meddling.\n\n"
        "Copies went to the International Sports Committee (HSA) too.\n\n"
        "The HSA said it gave recognition to the new board.",
        [("Ann Cole", "the ministry of meddling"), ("Harbour Sports Association", "it gave recognition")],
    ),
    (
        "statement-author-it-same-source",
        "The Spokesperson of the Norland Ministry of Harbours this morning issued a statement rejecting a "
        "report accusing that Norland sold the quay.\n\n"
        "Recently, pointed out the statement, some foreign media have spread baseless information saying "
        "that a foreign country wants to use the quay as a base and Norland is caught between Wester and the U.S.\n\n"
        '"These are fake news made by some groups," it underlined.\n\n'
        "Norland is a neutral state under Article 5 of its charter, said the same source.",
        [
            ("the Spokesperson of the Norland Ministry of Harbours", "that Norland sold the quay"),
            ("the Spokesperson of the Norland Ministry of Harbours", "These are fake news"),
            ("the Spokesperson of the Norland Ministry of Harbours", "Norland is a neutral state"),
        ],
    ),
    (
        "fronted-day-before-a-description-and-form-of-address",
        "The case came up on Monday before Chief Justice Mara Holt.\n\n"
        "Yesterday, the Chief Justice indicated that the appeal is not urgent. "
        "Her Honour further stated that the court will consider the appeal later.",
        [("Mara Holt", "that the appeal is not urgent"), ("Mara Holt", "that the court will consider")],
    ),
    (
        "clause-is-no-speaker-and-the-court-is-named",
        "The Norland District Court on Monday gave a former diver a suspended term. A suspended sentence "
        "means the court finds the defendant guilty but does not impose a sentence.\n\n"
        'The court stated, "Even if the logs were kept loosely, they can be checked."',
        [("Norland District Court", "Even if the logs")],
    ),
    (
        "unit-of-a-named-court-speaks-as-the-court",
        "The Norland District Court's Criminal Division 27 (Chief Judge Ann Cole) announced on the 26th "
        "that it would suspend the trial of the diver.\n\n"
        'The court stated, "Even if the logs were kept loosely, they can be checked."',
        [("Norland District Court", "that it would suspend"), ("Norland District Court", "Even if the logs")],
    ),
    (
        "spokesman-of-a-person",
        'Asked about the risk of war, Intelligence Minister Ivan Lorz said: "Absolutely, yes."\n\n'
        "The minister was not suggesting war with Wester when he spoke of the deal with the Islamic Republic, "
        "the minister's spokesman said on Saturday.\n\n"
        "Lorz's spokesman said on Saturday that the reply was directed at an earlier question.",
        [
            ("Ivan Lorz", "Absolutely, yes"),
            ("Lorz's spokesman", "The minister was not suggesting"),
            ("Lorz's spokesman", "that the reply was directed"),
        ],
    ),
    (
        "fronted-now-then-name-with-description",
        "Members of the dockers union voted on Friday.\n\n"
        "Now, Unite the union has confirmed that members backed industrial action overwhelmingly.",
        [("Unite", "that members backed")],
    ),
    (
        "according-to-the-police-is-the-named-service",
        "The Norland Police Service held a briefing on Monday.\n\n"
        "The suspects, according to the police, were held at the quay with a gun.",
        [("Norland Police Service", "were held at the quay")],
    ),
    (
        "shorter-wording-of-the-same-spokesperson",
        "The Spokesperson of the Norland Ministry of Harbours this morning issued a statement rejecting a "
        "report accusing that Norland sold the quay.\n\n"
        "The Spokesperson of the Ministry of Harbours called on the paper to stop spreading such claims.",
        [
            ("the Spokesperson of the Norland Ministry of Harbours", "that Norland sold the quay"),
            ("the Spokesperson of the Norland Ministry of Harbours", "paper to stop"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round25(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, got
        assert content.startswith(want_start), got


def test_two_capitals_undefined_are_no_office() -> None:
    # guard: two capitals the article never defines (``US``) stay what they are, even when a named
    # person's office spells them (Under Secretary)
    body = (
        "Under Secretary Ian Brodie met the divers on Monday.\n\n"
        "The US said the quay would reopen in June."
    )
    got = attributions(body)
    assert got and got[-1][0] != "Ian Brodie", got
