"""English round 26: claims missed altogether on real pages (cues, content spans, continuations, nesting).

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 26 unless marked as a guard.

- a quotation that ends the excerpt without its closing mark, on a last paragraph that opens with a closed
  quotation and its cue (``“…,” Cole said. “We all want``): prose cut short, never a headline.
- ``X quoted Y as saying`` and ``Y was quoted as saying`` with the content before them (a closed
  quotation, or a clause up to the comma) and only adjuncts after ``as saying``: the content is what
  stands before; the active form is two claims (the agency's, and Y's via the agency, guideline §4.3).
- a closed quotation ending in its stop, then a straight-quoted quotation with its own cue (``described the
  attack as "shameful." "Sailors …," it said``): two sentences, so the first content ends at its mark.
- ``… and has called for …``: a perfect auxiliary between the conjunction and the cue keeps the subject
  of the first verb as the speaker.
- ``Some local media quoted the ministry as saying …``: no source to credit, but the ministry's claim
  stands; ``was quoted as having said`` is ``was quoted as saying``.
- a long chain of place adjuncts after a postposed cue (``…, X said at a meeting with reporters of … at
  the Grand Hotel in Oban today``): the content is the clause before, never the adjuncts; ``said at
  least 20 …`` opens the complement, no adjunct.
- ``called for NP, at a meeting with …`` / ``called for NP, apparently unaware that …``: what was called
  for ends at the comma opening an adjunct (a preposition of place or time, an ``-ly`` adverb); a list
  inside the object and a hung participle (``, saying …``, guideline §4.1) stay.
- a fronted source frame with no reporting verb: ``For Ann Cole, the port will only be “able to cope”``
  (only with the speaker's quoted words in the clause: ``For Cole, it was a day of celebration`` narrates)
  and ``In his opinion, …`` (the person the pronoun points to).
- ``the court ruled that …`` (a finding, like ``ruled out``) and ``he expected that …`` (a belief with its
  clause); ``ruled in favour``, ``expected a rise`` and ``is expected to`` stay narration.
- right after a speaker's quotation, in the same paragraph, an uncued sentence holding a partial quotation
  of three words or more goes on in that voice (§4.1); a scare-quoted term does not.
- a document that ``reads`` its words with the author after it (``an alert from the Norland Embassy
  reads``, ``the statement from the board read:``) or an adverb before the verb (``the statement further
  read``): the document's author speaks.
- ``made clear (its view) that …`` like ``made it clear that …``; ``expressed her eagerness to “…”`` /
  ``to meet …``: what the speaker is eager to do (``expressed her thanks to the divers`` states nothing).
- a written statement reproduced in full below a line that introduces it (``Read below the full
  statement issued by …``, ``X issued the following statement:``): each paragraph in the speaker's voice
  (a first-person pronoun outside quotation marks) is one claim of the named speaker (§4.1); a paragraph
  ending on a comma runs into the next. Without a first-person pronoun they stay the outlet's narration.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.english_shapes import HEADER, attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "last-paragraph-quote-cut-by-the-excerpt",
        "Councillors voted 6 to 3 against the plan.\n\n"
        "“This is a budget for an election year, isn’t it,” Ann Cole said. “We all want lower tax",
        [("Ann Cole", "This is a budget"), ("Ann Cole", "We all want lower tax")],
    ),
    (
        "agency-quoted-after-a-fronted-clause",
        "The harbour master of Oban was dismissed on Friday, the state news agency NORA quoted Interior "
        "Minister Ann Cole as saying on Monday, as anger grew over the flood.",
        [("NORA", "The harbour master of Oban"), ("Ann Cole", "The harbour master of Oban")],
    ),
    (
        "agency-quoted-after-a-quotation",
        "Interior Minister Ann Cole met the divers on Monday.\n\n"
        "\"Nothing that happened changes our view that the divers must be paid,\" NORA quoted Cole as "
        "saying.",
        [("NORA", "Nothing that happened"), ("Ann Cole", "Nothing that happened")],
    ),
    (
        "was-quoted-after-a-quotation",
        "\"We know the quay will stay shut until the spring,\" Ann Cole was quoted as saying at a briefing.",
        [("Ann Cole", "We know the quay")],
    ),
    (
        "was-quoted-after-a-clause",
        "The quay will stay shut until the spring, Ann Cole was quoted as saying on Monday.",
        [("Ann Cole", "The quay will stay shut")],
    ),
    (
        "described-as-then-a-straight-quotation-with-its-cue",
        "The foreign ministry on Monday described the attack as \"shameful.\" \"Sailors deserve "
        "protection wherever they sail,\" it said in a statement.",
        [("foreign ministry", "the attack as"), ("foreign ministry", "Sailors deserve protection")],
    ),
    (
        "and-has-called-for",
        "Senator Tom Welby often questions Ann Cole's ties to donors and has called for the former "
        "governor to release the transcripts of her speeches.",
        [("Tom Welby", "for the former governor")],
    ),
    (
        "statement-in-full-below-an-introducing-line",
        "Read below the full statement issued by harbour board chairman Tom Welby\n\n"
        "I was told of the report in the Daily Star this morning. It is false.\n\n"
        "Having regard to the many problems the port faces,\n\n"
        "I am surprised the paper chose this story.\n\n"
        "We will take legal advice and respond in full.",
        [
            ("Tom Welby", "I was told of the report"),
            ("Tom Welby", "It is false"),  # one claim per sentence (guideline §4.1)
            ("Tom Welby", "Having regard to the many problems"),
            ("Tom Welby", "We will take legal advice"),
        ],
    ),
    (
        "statement-in-full-after-a-colon",
        "Harbour board chairman Tom Welby issued the following statement:\n\n"
        "I was told of the report in the Daily Star this morning. It is false.\n\n"
        "We will take legal advice and respond in full.",
        [
            ("Tom Welby", "I was told of the report"),
            ("Tom Welby", "It is false"),
            ("Tom Welby", "We will take legal advice"),
        ],
    ),
    (
        "unnamed-media-quoted-a-named-body",
        "Meanwhile some local media quoted the Norland Interior Ministry as saying that the fire did not "
        "cause any casualties.",
        [("Norland Interior Ministry", "that the fire did not cause")],
    ),
    (
        "was-quoted-as-having-said",
        "\"I can confirm that the police arrested three men in Oban today,\" Tom Welby was quoted as having "
        "said.",
        [("Tom Welby", "I can confirm that the police")],
    ),
    (
        "long-place-chain-after-a-postposed-cue",
        "The rent rose by 15 percent and the cost of fuel by 50 percent in five years, Harbour Board "
        "President Ann Cole said at a meeting with the reporters of different print and online media "
        "outlets at the Grand Hotel in Oban today.",
        [("Ann Cole", "The rent rose by 15 percent")],
    ),
    (
        "at-least-opens-the-complement",
        "The port will close, Ann Cole said at least 20 people died in the blast at the port on Monday.",
        [("Ann Cole", "at least 20 people died")],
    ),
    (
        "guard-call-for-a-list-and-a-participle",
        "Tom Welby called for calm, restraint and patience, saying the inquiry would take a year.",
        [("Tom Welby", "for calm, restraint and patience, saying the inquiry")],
    ),
    (
        "for-x-frame-with-quoted-words",
        "Union leader Ann Cole met the minister on Monday.\n\n"
        "For Ann Cole, the port will only be “able to cope” with “divers working in teams”.",
        [("Ann Cole", "the port will only be")],
    ),
    (
        "in-his-opinion-frame",
        "Tom Welby met the press on Monday.\n\n"
        "In his opinion, the quay should not be discussed \"right now\" but simply \"rebuilt.\"",
        [("Tom Welby", "the quay should not be discussed")],
    ),
    (
        "guard-for-x-frame-without-quoted-words",
        "Tom Welby met the press on Monday.\n\nFor Tom Welby, it was a day of celebration.",
        [],
    ),
    (
        "court-ruled-that",
        "The Oban District Court ruled that there was no evidence for the charges.",
        [("Oban District Court", "that there was no evidence")],
    ),
    (
        "expected-that",
        "Tom Welby said the quay would reopen. Yet he expected that some of the public tours will remain "
        "suspended for some time.",
        [("Tom Welby", "the quay would reopen"), ("Tom Welby", "that some of the public tours")],
    ),
    (
        "guard-ruled-in-favour-expected-a-rise",
        "The Oban District Court ruled in favour of the port. Analysts expected a rise in fees.",
        [],
    ),
    (
        "partial-quotation-goes-on-after-a-quotation",
        "\"All of our divisions have performed well this year,\" chief executive Tom Welby said in the "
        "statement. Blue abalone performed below plan, which reflected \"adverse growing conditions in the "
        "summer months\".",
        [("Tom Welby", "All of our divisions"), ("Tom Welby", "Blue abalone performed below plan")],
    ),
    (
        "guard-scare-quoted-term-after-a-quotation",
        "\"All of our divisions have performed well this year,\" chief executive Tom Welby said. The "
        "so-called \"red zone\" was closed.",
        [("Tom Welby", "All of our divisions")],
    ),
    (
        "alert-from-an-embassy-reads",
        "“Commercial ferries between the islands have now stopped,” an alert from the Norland Embassy in "
        "Oban reads.",
        [("Norland Embassy", "Commercial ferries between the islands")],
    ),
    (
        "statement-from-a-board-read",
        "The statement from the harbour board read: \"The quay will reopen in May.\"",
        [("harbour board", "The quay will reopen in May")],
    ),
    (
        "statement-further-read",
        "The Oban police said the men were freed.\n\n"
        "“Police therefore dismiss all claims that the men were detained,” the statement further read.",
        [("Oban police", "the men were freed"), ("Oban police", "Police therefore dismiss")],
    ),
    (
        "made-clear-its-view-that",
        "Before the talks, the Norland Football Association had made clear its view that closed games do "
        "not stop the virus.",
        [("Norland Football Association", "that closed games do not stop")],
    ),
    (
        "expressed-eagerness-to-a-quotation",
        "Prime Minister Ann Cole expressed her eagerness to \"push for pay rises by meeting unions and "
        "bosses myself.\"",
        [("Ann Cole", "push for pay rises")],
    ),
    (
        "guard-expressed-thanks-to-someone",
        "Prime Minister Ann Cole expressed her thanks to the divers.",
        [],
    ),
    (
        "guard-agency-quoted-with-content-after",
        "NORA quoted Ann Cole as saying that the quay would stay shut.",
        [("NORA", "Ann Cole as saying"), ("Ann Cole", "that the quay would stay shut")],
    ),
    (
        "guard-was-quoted-after-a-fronted-adjunct",
        "On Monday, Ann Cole was quoted by NORA as saying the quay would stay shut.",
        [("Ann Cole", "the quay would stay shut")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round26(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker or (" + " not in want_speaker and want_speaker in speaker), got
        assert content.startswith(want_start), got


def test_described_as_ends_at_its_quotation() -> None:
    # the judgement's span stops at its own closing mark; the next quotation is another claim
    got = attributions(
        "The foreign ministry on Monday described the attack as \"shameful.\" \"Sailors deserve "
        "protection wherever they sail,\" it said in a statement."
    )
    assert got and "Sailors" not in got[0][1], got


def test_curly_quotation_after_a_closed_one_is_its_own_sentence() -> None:
    got = attributions(
        "Ann Cole met the divers on Monday.\n\n"
        "She called the flood “a disaster.” “We will rebuild,” Cole said."
    )
    assert len(got) == 2 and "rebuild" not in got[0][1] and got[1][1].startswith("We will rebuild"), got


def test_statement_line_with_narration_below_claims_nothing() -> None:
    # guard: no first-person voice below the line: the outlet's narration, not the statement
    got = attributions(
        "Read below the full statement issued by harbour board chairman Tom Welby\n\n"
        "The board met on Monday to discuss the quay.\n\n"
        "The quay will reopen in May."
    )
    assert got == [], got


@pytest.mark.parametrize(
    ("body", "tail"),
    [
        (
            "Trade minister Tom Welby called for pay rises by firms making strong profits, at a meeting "
            "with Ann Cole, head of the Norland Chamber, on Monday.",
            "profits",
        ),
        (
            "Tom Welby also called for legal action against the officers involved, apparently unaware "
            "that one film dated from March last year.",
            "involved",
        ),
    ],
)
def test_called_for_ends_before_an_adjunct(body: str, tail: str) -> None:
    got = attributions(body)
    assert len(got) == 1 and got[0][0] == "Tom Welby" and got[0][1].endswith(tail), got


def test_than_expected_is_no_cue() -> None:
    # guard: "expected" reports only with its "that" clause; the outlet's figure stays an event
    body = "Norland posted a surplus of 7 billion dinars on higher than expected oil revenues.\n"
    doc = clean_text(HEADER + body)
    kinds = [c.kind for c in extract_claims(doc) if "surplus" in c.content]
    assert kinds == [ClaimKind.EVENT], kinds
