"""English recall, second pass: gold attributions that got no prediction at all on the new real pages (dev27,
dev29) and on PolNeAR train, counted by shape. Our own invented sentences; no article sentence is used
here. Each case fails with the extractor before it unless listed under the guards.

- A progressive request or report is the clause's own verb (``is urging residents to …``, ``is appealing
  to residents to …``, ``are calling on the council to …``, ``has been saying …``, ``is telling voters …
  that …``): its subject is the speaker. Only the listed verbs (lexicon ``progressive_cues``,
  ``progressive_requests``); other progressives narrate an act going on (``is promising to …``), an
  adjective stays one (``the plan is appealing to voters``, ``the detail is telling``). ``calling on/for``
  is an appeal, never a summons of its object (``…, calling for the quay to be closed``). The cue holds
  its auxiliary (``is urging``); a scene told as it goes on lends its voice to no uncued sentence after it.
- A cue in a relative clause opened by a preposition and ``which`` (``an interview, in which Tran said
  …``, ``a rally at which the mayor warned …``): "which" is the preposition's object, not the cue's (it
  stopped the cue as an object put first); a named subject after it speaks. A pronoun there (``in which
  he said``) stays unread: on PolNeAR trainall it mostly named someone other than the last speaker.
- A phrase of occasion between a two-word name and its cue, with no comma (``Minister Ivo Tran in a media
  conference this afternoon said …``, ``Ann Cole at a rally in Tarlow on Monday said …``) is where and
  when: before, the claim was lost, or the phrase (or its place) was read as the speaker.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "progressive-urging",
        "Mayor Ann Cole is urging residents to stay indoors until the storm passes.",
        [("Ann Cole", "residents to stay indoors until the storm passes")],
    ),
    (
        "progressive-appealing-to-then-infinitive",
        "Meanwhile, the chief inspector is appealing to skippers to keep their boats moored tonight.",
        [("the chief inspector", "to skippers to keep their boats moored tonight")],
    ),
    (
        "progressive-calling-on",
        "Skippers are calling on the council to repair the old slipway.",
        [("Skippers", "the council to repair the old slipway")],
    ),
    (
        "progressive-also-calling-for-an-infinitive",
        "Councillor Omar Haq is also calling for the quay to be closed at night.",
        [("Omar Haq", "the quay to be closed at night")],
    ),
    (
        "progressive-saying-without-that",
        "The port authority is saying the channel is safe for small boats.",
        [("the port authority", "the channel is safe for small boats")],
    ),
    (
        "perfect-progressive-saying-with-an-adjunct",
        "Ann Cole has been saying for weeks that the town is running out of cash.",
        [("Ann Cole", "that the town is running out of cash")],
    ),
    (
        "progressive-telling-an-addressee",
        "Ann Cole is telling diners at a cafe in Tarlow that the quay will be built.",
        [("Ann Cole", "that the quay will be built")],
    ),
    (
        "progressive-scene-is-not-carried-on",
        "Ann Cole is telling diners at a cafe in Tarlow that the quay will be built. All three candidates "
        "are expected to speak at the gala on Thursday night.",
        [("Ann Cole", "that the quay will be built")],
    ),
    (
        "participle-calling-for-an-infinitive-is-no-summons",
        "The mayor spoke on Monday, calling for the quay to be closed at night.",
        [("the mayor", "the quay to be closed at night")],
    ),
]

CASES += [
    (
        "in-which-a-named-subject",
        "The crash happened near Tarlow on Friday, in which Ivo Tran says he was hurt by a falling crate.",
        [("Ivo Tran", "he was hurt by a falling crate")],
    ),
    (
        "during-which-no-comma",
        "Ann Cole held a rally in Tarlow during which Cole warned that the quay would flood.",
        [("Ann Cole", "that the quay would flood")],
    ),
]

CASES += [
    (
        "occasion-between-name-and-cue",
        "Harbour Minister Ivo Tran in a media conference this afternoon said the ferry is back in service.",
        [("Ivo Tran", "the ferry is back in service")],
    ),
    (
        "short-occasion-between-name-and-cue",
        "Harbour Minister Ivo Tran in a briefing said the ferry is back in service.",
        [("Ivo Tran", "the ferry is back in service")],
    ),
    (
        "occasion-with-a-place-between-name-and-cue",
        "Ann Cole at a rally in Tarlow on Monday said the quay would close.",
        [("Ann Cole", "the quay would close")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("appealing-as-an-adjective", "The new ferry plan is appealing to voters who want to fish.", []),
    ("telling-as-an-adjective", "The choice of venue is telling in its own right.", []),
    ("progressive-act-not-listed", "Ann Cole is promising to rebuild the quay by May.", []),
    ("progressive-calling-without-particle", "Ann Cole is calling the shots at the harbour.", []),
    ("progressive-advising-a-client", "Cole and Haq are advising the ferry company on its sale.", []),
    (
        "which-as-the-object-unchanged",
        "The quay, which Ivo Tran said was unsafe, will close in May.",
        [],
    ),
    (
        "on-which-strands-the-inner-preposition",
        "The board unveiled an advert on which Ann Cole pledged to spend a million, but many doubted it.",
        [],
    ),
    (
        "a-place-after-a-plural-stays-in-the-subject",
        "Officials at the port said the quay would close.",
        [("Officials at the port", "the quay would close")],
    ),
    (
        "warning-that-unchanged",
        "Ann Cole is warning that the quay will flood.",
        [("Ann Cole", "that the quay will flood")],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_recall2(name: str, body: str, want: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(want), (name, got)
    for (speaker, content), (want_speaker, want_start) in zip(got, want, strict=True):
        assert speaker == want_speaker, (name, got)
        assert content.startswith(want_start), (name, got)
