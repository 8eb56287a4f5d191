"""Arabic lexicons for attribution, read from ``lexicon.toml`` and ``names.toml`` once, at import.

The word lists are data (folded spelling in ``lexicon.toml``: no tashkeel, ا for أإآ, ي for ى, ه for
ة; ``names.toml`` is written plainly and folded by the rules). Verb entries give the 3ms perfect,
the imperfect stem and the active participle; ``cue_forms`` expands them into every conjugation.
``names.toml`` is the broad coverage of the closed-ish classes (names, titles, nisbas, places,
organisation heads, collectives), laid over ``lexicon.toml`` with :func:`merge` so every rule sees
one list per role; a desk layer is one more overlay in the same format. The constants below are
built whole before any rule runs (no lazy filling: threads share them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from claims.extract.core.lexicon import LexiconModel, Words, merge

Complement = Literal["clause", "np"]
RegularSpec = tuple[str, str, str, tuple[str, ...], Complement, bool]
IrregularSpec = tuple[dict[str, tuple[str, ...]], tuple[str, ...], Complement, bool]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class RegularVerb(_Entry):
    """A regular cue verb; an empty ``perfect``/``participle`` means that form is not a cue."""

    perfect: str
    imperfect: str
    participle: str
    preps: Words
    complement: Complement
    prep_required: bool


class IrregularVerb(_Entry):
    """A weak or hollow cue verb: its forms listed by agreement (ms, fs, mp, md, fd, p, pf)."""

    forms: dict[str, Words]
    preps: Words
    complement: Complement
    prep_required: bool


class ArabicLexicon(LexiconModel):
    author_voice: Words = []
    source_phrases: Words = []
    pronoun_source_phrases: Words = []
    honorific_pronouns: Words = []
    anaphoric_subjects: Words = []
    occasion_pronouns: Words = []
    wing_heads: Words = []
    turn_markers: Words = []
    continuation_openers: Words = []
    rumour_openers: Words = []
    rumour_nouns: Words = []
    related_headers: Words = []
    venue_nouns: Words = []
    statement_nouns: Words = []
    report_nouns: Words = []
    people_plurals: Words = []
    quantifiers: Words = []
    number_words: Words = []
    complementisers: Words = []
    person_titles: Words = []
    office_words: Words = []
    org_heads: Words = []
    collectives: Words = []
    singular_sources: Words = []
    dual_collectives: Words = []
    name_connectors: Words = []
    patronymics: Words = []
    place_heads: Words = []
    given_names: Words = []
    female_given_names: Words = []
    definite_given_names: Words = []
    name_stops: Words = []
    tag_words: Words = []
    short_clitic_cues: Words = []
    colon_cues: Words = []
    reply_colon_cues: Words = []
    places: Words = []
    masculine_places: Words = []
    event_verbs: Words = []
    topic_verbs: Words = []
    talk_verbs: Words = []
    first_person_words: Words = []
    appearance_verbs: Words = []
    issuing_verbs: Words = []
    prep_only_cue_forms: Words = []
    focus_verbs: Words = []
    remark_nouns: Words = []
    decision_verbs: Words = []
    refused_speech: Words = []
    question_openers: Words = []
    forms_of_address: Words = []
    courtesy_titles: Words = []
    same_determiners: Words = []
    same_pronouns: Words = []
    rank_qualifiers: Words = []
    colour_adjectives: Words = []
    kin_nouns: Words = []
    kin_qualifiers: Words = []
    appeal_verbs: Words = []
    frame_b_words: Words = []
    occasion_preps: Words = []
    fronted_prepositions: Words = []
    photo_credits: Words = []
    teaser_nouns: Words = []
    circulation_verbs: Words = []
    nationalities: Words = []
    frame_openers: Words = []
    weekdays: Words = []
    time_words: Words = []
    spatial_prepositions: Words = []
    directions: Words = []
    regular_verbs: dict[str, RegularVerb] = {}
    irregular_verbs: dict[str, IrregularVerb] = {}
    # canonical speaker → the mentions that name it (the desk's layer; the built-ins have none):
    # read after the rules by claims.extract.layered.apply_aliases, not by the rules themselves
    speaker_aliases: dict[str, Words] = {}


class ArabicTables(NamedTuple):
    """What the rules read: ordered lists as tuples, classes as frozensets, verbs as tuples."""

    REGULAR_VERBS: dict[str, RegularSpec]
    IRREGULAR_VERBS: dict[str, IrregularSpec]
    AUTHOR_VOICE: tuple[str, ...]
    SOURCE_PHRASES: tuple[str, ...]
    PRONOUN_SOURCE_PHRASES: tuple[str, ...]
    HONORIFIC_PRONOUNS: frozenset[str]
    ANAPHORIC_SUBJECTS: tuple[str, ...]
    OCCASION_PRONOUNS: frozenset[str]
    WING_HEADS: frozenset[str]
    TURN_MARKERS: tuple[str, ...]
    CONTINUATION_OPENERS: tuple[str, ...]
    RUMOUR_OPENERS: tuple[str, ...]
    RUMOUR_NOUNS: frozenset[str]
    RELATED_HEADERS: frozenset[str]
    VENUE_NOUNS: frozenset[str]
    STATEMENT_NOUNS: frozenset[str]
    REPORT_NOUNS: frozenset[str]
    PEOPLE_PLURALS: frozenset[str]
    QUANTIFIERS: frozenset[str]
    NUMBER_WORDS: frozenset[str]
    COMPLEMENTISERS: frozenset[str]
    PERSON_TITLES: frozenset[str]
    OFFICE_WORDS: frozenset[str]
    ORG_HEADS: frozenset[str]
    ORG_FEMININE_HEADS: frozenset[str]
    COLLECTIVES: frozenset[str]
    SINGULAR_SOURCES: frozenset[str]
    DUAL_COLLECTIVES: frozenset[str]
    NAME_CONNECTORS: frozenset[str]
    PATRONYMICS: frozenset[str]
    PLACE_HEADS: frozenset[str]
    GIVEN_NAMES: frozenset[str]
    FEMALE_GIVEN_NAMES: frozenset[str]
    DEFINITE_GIVEN_NAMES: frozenset[str]
    NAME_STOPS: frozenset[str]
    TAG_WORDS: frozenset[str]
    SHORT_CLITIC_CUES: frozenset[str]
    COLON_CUES: frozenset[str]
    REPLY_COLON_CUES: frozenset[str]
    PLACES: frozenset[str]
    MASCULINE_PLACES: frozenset[str]
    EVENT_VERBS: frozenset[str]
    TOPIC_VERBS: frozenset[str]
    TALK_VERBS: frozenset[str]
    FIRST_PERSON_WORDS: frozenset[str]
    APPEARANCE_VERBS: frozenset[str]
    ISSUING_VERBS: frozenset[str]
    PREP_ONLY_CUE_FORMS: frozenset[str]
    FOCUS_VERBS: frozenset[str]
    REMARK_NOUNS: frozenset[str]
    DECISION_VERBS: frozenset[str]
    REFUSED_SPEECH: frozenset[str]
    APPEAL_VERBS: frozenset[str]
    FRAME_B_WORDS: frozenset[str]
    OCCASION_PREPS: frozenset[str]
    FRONTED_PREPOSITIONS: frozenset[str]
    PHOTO_CREDITS: frozenset[str]
    TEASER_NOUNS: frozenset[str]
    CIRCULATION_VERBS: frozenset[str]
    NATIONALITIES: frozenset[str]
    FRAME_OPENERS: frozenset[str]
    WEEKDAYS: tuple[str, ...]
    TIME_WORDS: frozenset[str]
    SPATIAL_PREPOSITIONS: frozenset[str]
    QUESTION_OPENERS: frozenset[str]
    FORMS_OF_ADDRESS: frozenset[str]
    COURTESY_TITLES: frozenset[str]
    SAME_DETERMINERS: frozenset[str]
    SAME_PRONOUNS: frozenset[str]
    RANK_QUALIFIERS: frozenset[str]
    COLOUR_ADJECTIVES: frozenset[str]
    KIN_NOUNS: frozenset[str]
    KIN_QUALIFIERS: frozenset[str]
    DIRECTIONS: frozenset[str]


_ORDERED = frozenset({"AUTHOR_VOICE", "SOURCE_PHRASES", "PRONOUN_SOURCE_PHRASES", "TURN_MARKERS"})
_ORDERED |= {"CONTINUATION_OPENERS", "RUMOUR_OPENERS", "WEEKDAYS", "ANAPHORIC_SUBJECTS"}


def tables(lexicon: ArabicLexicon) -> ArabicTables:
    """The rule-facing tables of a (possibly merged) lexicon."""
    out: dict[str, object] = {
        "REGULAR_VERBS": {
            lemma: (v.perfect, v.imperfect, v.participle, tuple(v.preps), v.complement, v.prep_required)
            for lemma, v in lexicon.regular_verbs.items()
        },
        "IRREGULAR_VERBS": {
            lemma: ({a: tuple(f) for a, f in v.forms.items()}, tuple(v.preps), v.complement, v.prep_required)
            for lemma, v in lexicon.irregular_verbs.items()
        },
        # The data is unfolded in names.toml: both feminine endings count.
        "ORG_FEMININE_HEADS": frozenset(w for w in lexicon.org_heads if w.endswith(("ه", "ة"))),
        # A woman's given name is a given name first: the female list only adds her gender.
        "GIVEN_NAMES": frozenset((*lexicon.given_names, *lexicon.female_given_names)),
    }
    for name in ArabicTables._fields:
        if name not in out:
            words = getattr(lexicon, name.lower())
            out[name] = tuple(words) if name in _ORDERED else frozenset(words)
    return ArabicTables(**out)  # type: ignore[arg-type]


_HERE = Path(__file__).parent
BUILTIN = merge(ArabicLexicon.read(_HERE / "lexicon.toml"), ArabicLexicon.read(_HERE / "names.toml"))

_t = tables(BUILTIN)
REGULAR_VERBS = _t.REGULAR_VERBS
IRREGULAR_VERBS = _t.IRREGULAR_VERBS
AUTHOR_VOICE = _t.AUTHOR_VOICE
SOURCE_PHRASES = _t.SOURCE_PHRASES
PRONOUN_SOURCE_PHRASES = _t.PRONOUN_SOURCE_PHRASES
HONORIFIC_PRONOUNS = _t.HONORIFIC_PRONOUNS
ANAPHORIC_SUBJECTS = _t.ANAPHORIC_SUBJECTS
OCCASION_PRONOUNS = _t.OCCASION_PRONOUNS
WING_HEADS = _t.WING_HEADS
TURN_MARKERS = _t.TURN_MARKERS
CONTINUATION_OPENERS = _t.CONTINUATION_OPENERS
RUMOUR_OPENERS = _t.RUMOUR_OPENERS
FIRST_PERSON_WORDS = _t.FIRST_PERSON_WORDS
RUMOUR_NOUNS = _t.RUMOUR_NOUNS
RELATED_HEADERS = _t.RELATED_HEADERS
VENUE_NOUNS = _t.VENUE_NOUNS
STATEMENT_NOUNS = _t.STATEMENT_NOUNS
REPORT_NOUNS = _t.REPORT_NOUNS
PEOPLE_PLURALS = _t.PEOPLE_PLURALS
QUANTIFIERS = _t.QUANTIFIERS
NUMBER_WORDS = _t.NUMBER_WORDS
COMPLEMENTISERS = _t.COMPLEMENTISERS
PERSON_TITLES = _t.PERSON_TITLES
OFFICE_WORDS = _t.OFFICE_WORDS
ORG_HEADS = _t.ORG_HEADS
ORG_FEMININE_HEADS = _t.ORG_FEMININE_HEADS
COLLECTIVES = _t.COLLECTIVES
SINGULAR_SOURCES = _t.SINGULAR_SOURCES
DUAL_COLLECTIVES = _t.DUAL_COLLECTIVES
NAME_CONNECTORS = _t.NAME_CONNECTORS
PATRONYMICS = _t.PATRONYMICS
PLACE_HEADS = _t.PLACE_HEADS
GIVEN_NAMES = _t.GIVEN_NAMES
QUESTION_OPENERS = _t.QUESTION_OPENERS
FORMS_OF_ADDRESS = _t.FORMS_OF_ADDRESS
COURTESY_TITLES = _t.COURTESY_TITLES
SAME_DETERMINERS = _t.SAME_DETERMINERS
SAME_PRONOUNS = _t.SAME_PRONOUNS
RANK_QUALIFIERS = _t.RANK_QUALIFIERS
COLOUR_ADJECTIVES = _t.COLOUR_ADJECTIVES
KIN_NOUNS = _t.KIN_NOUNS
KIN_QUALIFIERS = _t.KIN_QUALIFIERS
FEMALE_GIVEN_NAMES = _t.FEMALE_GIVEN_NAMES
DEFINITE_GIVEN_NAMES = _t.DEFINITE_GIVEN_NAMES
NAME_STOPS = _t.NAME_STOPS
TAG_WORDS = _t.TAG_WORDS
SHORT_CLITIC_CUES = _t.SHORT_CLITIC_CUES
COLON_CUES = _t.COLON_CUES
REPLY_COLON_CUES = _t.REPLY_COLON_CUES
PLACES = _t.PLACES
MASCULINE_PLACES = _t.MASCULINE_PLACES
EVENT_VERBS = _t.EVENT_VERBS
TOPIC_VERBS = _t.TOPIC_VERBS
TALK_VERBS = _t.TALK_VERBS
APPEARANCE_VERBS = _t.APPEARANCE_VERBS
ISSUING_VERBS = _t.ISSUING_VERBS
PREP_ONLY_CUE_FORMS = _t.PREP_ONLY_CUE_FORMS
FOCUS_VERBS = _t.FOCUS_VERBS
REMARK_NOUNS = _t.REMARK_NOUNS
DECISION_VERBS = _t.DECISION_VERBS
REFUSED_SPEECH = _t.REFUSED_SPEECH
APPEAL_VERBS = _t.APPEAL_VERBS
FRAME_B_WORDS = _t.FRAME_B_WORDS
OCCASION_PREPS = _t.OCCASION_PREPS
FRONTED_PREPOSITIONS = _t.FRONTED_PREPOSITIONS
PHOTO_CREDITS = _t.PHOTO_CREDITS
TEASER_NOUNS = _t.TEASER_NOUNS
CIRCULATION_VERBS = _t.CIRCULATION_VERBS
NATIONALITIES = _t.NATIONALITIES
FRAME_OPENERS = _t.FRAME_OPENERS
WEEKDAYS = _t.WEEKDAYS
TIME_WORDS = _t.TIME_WORDS
SPATIAL_PREPOSITIONS = _t.SPATIAL_PREPOSITIONS
DIRECTIONS = _t.DIRECTIONS
del _t
