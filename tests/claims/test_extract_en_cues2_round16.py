"""English attribution shapes missed or misread (round 16, second pass). Our own invented sentences; no
article sentence is used here. Each case under CASES fails on main; GUARDS hold what must stay as it was.

- a request whose requester is named by the head of a role with ``for``/``of`` (``Minister for Ports Ann
  Cole … The Minister has also asked that …``);
- a singular noun for several people speaking as one (``The family, however, claimed that …``);
- a claiming participle set off between the subject and its verb (``The men, claiming to be …, arrived``);
- a verb of claiming with its infinitive inside a relative (``injuries that he claims to have received``);
- a denial whose object names what is denied, inside another speaker's claim, then ``, and added that …``:
  the added words are the outer speaker's again;
- a cue after a bare ``and`` whose clause has a named person as subject (``explained that … Sgt Ivo Tran
  went to the depot and reported that …``): the person's report, via the outer speaker;
- a written text with no author named (``A circular issued on Thursday said …``) is itself the source;
- ``called <people at large> to …`` is a request (``called the witness to give evidence`` stays a summons);
  ``has since called``;
- ``responded to <an incident>`` is an act; ``responded first by saying …`` still reports;
- ``…, X told the <agency> over the phone on Wednesday.``: the words before are what X told;
- ``went on to assure them that …``, ``attempted to assure …``: the bare verb after a phrase that carries
  the act out is the subject's statement (``wants to assure`` says nothing yet);
- ``the two wardens`` / ``the policemen`` after the article named two people joined by ``and`` (``suspended
  Sub-Inspector Ann Cole and warden Ivo Tran``) are those two, a group;
- ``urged <people> to … as he claimed …``: the request ends before the subordinate clause, whose own
  reporting verb and pronoun subject make a second claim (``say that, even if they thought …`` stays one).
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "minister-for-asked-that",
        "Minister for Ports Ann Cole said the quay was safe.\n\n"
        "The Minister has also asked that everyone refrain from spreading rumours about the ferry.",
        [
            ("Ann Cole", "the quay was safe"),
            ("Ann Cole", "that everyone refrain from spreading rumours about the ferry"),
        ],
    ),
    (
        "secretary-of-asked-that",
        "Secretary of State Ann Cole visited the port. The Secretary asked that the hearing be moved.",
        [("Ann Cole", "that the hearing be moved")],
    ),
    (
        "the-state-is-no-secretary-of-state",
        "Secretary of State Ann Cole visited the port. The state asked that the hearing be moved.",
        [],
    ),
    (
        "the-family-however-claimed",
        "Wardens claimed that the diver slipped on the pier. The family, however, claimed that he was pushed.",
        [("Wardens", "that the diver slipped on the pier"), ("The family", "that he was pushed")],
    ),
    (
        "apposed-claiming-to-be",
        "The five men, claiming to be members of the Old Harbour Guild and dressed in grey, arrived at the "
        "gate at dawn.",
        [("The five men", "to be members of the Old Harbour Guild")],
    ),
    (
        "relative-claims-to-have",
        "The row followed a night in which a sailor from Oban, 41-year-old, Ivo Tran suffered burns that he "
        "claims to have received from the harbour guards, while in their care.",
        [("Ivo Tran", "to have received from the harbour guards")],
    ),
    (
        "denied-the-allegation-then-added",
        "Inspector Ann Cole suspended two wardens on Monday. Cole said the policemen have denied the "
        "allegation, and added that the timing of the photographs was odd.",
        [
            ("Ann Cole", "the policemen have denied the allegation"),
            ("the policemen", "the allegation"),
            ("Ann Cole", "that the timing of the photographs was odd"),
        ],
    ),
    (
        "coordinated-verb-of-inner-person",
        "Mayor Ann Cole spoke on Monday. She explained that on Monday at about 4 pm, one Sgt Ivo Tran went "
        "to the depot in Leeds and reported that two crates had been found behind the wall.",
        [
            ("Ann Cole", "that on Monday at about 4 pm, one Sgt Ivo Tran went to the depot in Leeds and reported"),
            ("Ivo Tran", "that two crates had been found behind the wall"),
        ],
    ),
    (
        "circular-issued-said",
        "A circular issued on Thursday said that the wardens had also decided to restructure the leave rota. "
        "The circular also said that all leave was cancelled.",
        [("A circular", "that the wardens had also"), ("A circular", "that all leave was cancelled")],
    ),
    (
        "called-people-at-large-to",
        "Mayor Ann Cole has since called individuals with information which can help the wardens to find "
        "the thieves to do so.",
        [("Ann Cole", "individuals with information which can help the wardens")],
    ),
    (
        "responded-to-an-incident",
        "Wardens responded to a fire at the boathouse at 8 pm on Saturday, according to harbour spokesperson "
        "Sgt. Ivo Tran.",
        [("Ivo Tran", "Wardens responded to a fire at the boathouse")],
    ),
    (
        "told-agency-over-the-phone",
        "Crates were found in the house of the suspect, Cole told the Harbour News Agency over the phone on "
        "Wednesday.",
        [("Cole", "Crates were found in the house of the suspect")],
    ),
    (
        "went-on-to-assure",
        "Mayor Ann Cole spoke on Monday. She grieves with the families of the divers and went on to assure "
        "them that the search is ongoing.",
        [("Ann Cole", "that the search is ongoing")],
    ),
    (
        "the-two-wardens-are-the-named-pair",
        "Harbour master Omar Daud suspended Sub-Inspector Ann Cole and warden Ivo Tran over the video.\n\n"
        "Daud said the policemen have denied the allegation.\n\n"
        "The two officers told the board that they had paid for the fuel.",
        [
            ("Omar Daud", "the policemen have denied the allegation"),
            ("Ann Cole + Ivo Tran", "the allegation"),
            ("Ann Cole + Ivo Tran", "that they had paid for the fuel"),
        ],
    ),
    (
        "urged-to-as-he-claimed",
        "Inspector Ivo Tran further urged the district authorities to assist the wardens and the villagers as "
        "he claimed the villagers have gone into hiding in the hills after the raid.",
        [
            ("Ivo Tran", "the district authorities to assist the wardens and the villagers"),
            ("Ivo Tran", "the villagers have gone into hiding in the hills after the raid"),
        ],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "say-that-even-if-they-thought",
        "Harbour officials say that, even if they thought it was right, a recount of the votes could not be "
        "done.",
        [("Harbour officials", "that, even if they thought it was right, a recount of the votes could not be done")],
    ),
    ("wants-to-assure", "Mayor Ann Cole wants to assure the town that the quay is safe.", []),
    (
        "responded-first-by-saying",
        "Ann Cole responded first by saying she should not have called the fee a scandal.",
        [("Ann Cole", "she should not have called the fee a scandal")],
    ),
    (
        "said-then-and-warned",
        "Mayor Ann Cole spoke on Monday. She said that the fee was unfair and warned that the quay would close.",
        [("Ann Cole", "that the fee was unfair"), ("Ann Cole", "that the quay would close")],
    ),
    (
        "called-the-witness-to",
        "Judge Ann Cole called the harbour master to give evidence.",
        [],
    ),
    ("apposed-hoping-to", "The five men, hoping to be paid, arrived at the gate at dawn.", []),
    (
        "claimed-to-be-main-verb",
        "Ivo Tran claimed to be the rightful owner of the boat.",
        [("Ivo Tran", "to be the rightful owner of the boat")],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_cues2_round16(name: str, body: str, want: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(want), got
    for (speaker, content), (want_speaker, want_start) in zip(got, want, strict=True):
        assert want_speaker in speaker, (speaker, content)
        assert content.startswith(want_start), (speaker, content)
