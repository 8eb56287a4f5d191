"""English lexicons for attribution, read from ``lexicon.toml`` once, at import.

The verb list follows the GenderGapTracker and PARC practice (a hand-filtered allow-list of
reporting verbs in their finite forms); titles and organisation words let the rules split a
role from a name (``U.S. Secretary of State Antony Blinken``) without a parser. The file lists
each word once; the unions the rules need (calendar words and sentence adverbs are never names)
are made here, so an overlay (the desk's layer, :func:`claims.extract.core.lexicon.merge`) that adds
a month or an adverb reaches every table that includes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, model_validator

from claims.extract.core.lexicon import LexiconModel, Words


class Pronoun(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    gender: Literal["m", "f", ""]
    number: Literal["singular", "plural", "org"]


class EnglishLexicon(LexiconModel):
    clause_only: Words = []
    addressee_verbs: Words = []
    written_nouns: Words = []
    second_acts: Words = []
    question_verbs: Words = []
    hedge_participles: Words = []
    hedge_adverbs: Words = []
    stance_verbs: Words = []
    participle_cues: Words = []
    progressive_cues: Words = []
    progressive_requests: Words = []
    act_participles: Words = []
    request_verbs: Words = []
    judgement_verbs: Words = []
    infinitive_claims: Words = []
    document_participles: Words = []
    addressees_at_large: Words = []
    onward_phrases: Words = []
    reason_participles: Words = []
    auxiliaries: Words = []
    title_words: Words = []
    org_words: Words = []
    collective_words: Words = []
    weekdays: Words = []
    day_parts: Words = []
    head_titles: Words = []
    months: Words = []
    month_abbreviations: Words = []
    feminine_titles: Words = []
    masculine_titles: Words = []
    sentence_adverbs: Words = []
    intro_words: Words = []
    not_names: Words = []
    not_sources: Words = []
    name_particles: Words = []
    name_abbreviations: Words = []
    refusals: Words = []
    reader_words: Words = []
    not_events: Words = []
    speech_verbs: Words = []
    appeal_nouns: Words = []
    speaking_openers: Words = []
    issuing_verbs: Words = []
    appeal_verbs: Words = []
    call_nouns: Words = []
    call_issuers: Words = []
    unverified: Words = []
    unverified_adjectives: Words = []
    mind_verbs: Words = []
    view_nouns: Words = []
    appearance_verbs: Words = []
    decision_objects: Words = []
    casualty_words: Words = []
    leader_participles: Words = []
    honorifics: Words = []
    name_honorifics: Words = []
    lone_non_speakers: Words = []
    person_nouns: Words = []
    masculine_nouns: Words = []
    feminine_nouns: Words = []
    document_modifiers: Words = []
    media_heads: Words = []
    medium_descriptions: Words = []
    media_name_words: Words = []
    authority_names: Words = []
    clause_openers: Words = []
    narration_verbs: Words = []
    clause_and_blockers: Words = []
    cue_time_words: Words = []
    comma_less_openers: Words = []
    not_descriptors: Words = []
    clause_verbs: Words = []
    locative_prepositions: Words = []
    relative_prepositions: Words = []
    discourse_adjuncts: Words = []
    frame_verbs: Words = []
    not_frame_verbs: Words = []
    mandative_verbs: Words = []
    stance_adjectives: Words = []
    feeling_nouns: Words = []
    account_sequence_adverbs: Words = []
    background_words: Words = []
    political_descriptions: Words = []
    political_role_words: Words = []
    field_nouns: Words = []
    office_fields: Words = []
    public_body_heads: Words = []
    reporting_verbs: dict[str, Words] = {}  # lemma → its finite forms
    plural_present_verbs: dict[str, Words] = {}  # lemma → bare forms, cues only after a plural subject
    pronouns: dict[str, Pronoun] = {}
    # a paraphrase of the top office ("head of state") → the role words its holder is named with
    head_offices: dict[str, Words] = {}
    # canonical speaker → the mentions that name it (the desk's layer; the built-ins have none):
    # read after the rules by claims.extract.layered.apply_aliases, not by the rules themselves
    speaker_aliases: dict[str, Words] = {}

    @model_validator(mode="after")
    def _one_lemma_per_form(self) -> EnglishLexicon:
        """A form under two lemmas would silently report the last one: refuse it."""
        seen: dict[str, str] = {}
        for lemma, forms in self.reporting_verbs.items():
            for form in forms:
                if seen.setdefault(form, lemma) != lemma:
                    first = seen[form]
                    raise ValueError(f"reporting_verbs: {form!r} is listed under {first!r} and {lemma!r}")
        return self


class EnglishTables(NamedTuple):
    REPORTING_VERBS: dict[str, str]  # finite form → lemma; participles are in PARTICIPLE_CUES
    PLURAL_PRESENT_VERBS: dict[str, str]  # bare form → lemma (a cue only after a plural subject)
    CLAUSE_ONLY: frozenset[str]
    ADDRESSEE_VERBS: frozenset[str]
    WRITTEN_NOUNS: frozenset[str]
    SECOND_ACTS: frozenset[str]
    STANCE_VERBS: frozenset[str]
    QUESTION_VERBS: frozenset[str]
    HEDGE_PARTICIPLES: frozenset[str]
    HEDGE_ADVERBS: frozenset[str]
    PARTICIPLE_CUES: frozenset[str]
    PROGRESSIVE_CUES: frozenset[str]
    PROGRESSIVE_REQUESTS: frozenset[str]
    ACT_PARTICIPLES: frozenset[str]
    REQUEST_VERBS: frozenset[str]
    JUDGEMENT_VERBS: frozenset[str]
    INFINITIVE_CLAIMS: frozenset[str]
    DOCUMENT_PARTICIPLES: frozenset[str]
    ADDRESSEES_AT_LARGE: frozenset[str]
    ONWARD_PHRASES: tuple[str, ...]
    REASON_PARTICIPLES: frozenset[str]
    AUXILIARIES: frozenset[str]
    TITLE_WORDS: frozenset[str]
    ORG_WORDS: frozenset[str]
    COLLECTIVE_WORDS: frozenset[str]
    WEEKDAYS: tuple[str, ...]
    DAY_PARTS: frozenset[str]
    HEAD_TITLES: frozenset[str]
    MONTHS: tuple[str, ...]
    MONTH_ABBREVIATIONS: tuple[str, ...]
    PRONOUNS: dict[str, tuple[str, str]]
    HEAD_OFFICES: dict[str, tuple[str, ...]]
    FEMININE_TITLES: frozenset[str]
    MASCULINE_TITLES: frozenset[str]
    SENTENCE_ADVERBS: frozenset[str]
    INTRO_WORDS: frozenset[str]
    NOT_NAMES: frozenset[str]
    NOT_SOURCES: frozenset[str]
    NAME_PARTICLES: frozenset[str]
    NAME_ABBREVIATIONS: frozenset[str]
    REFUSALS: tuple[str, ...]
    READER_WORDS: frozenset[str]
    NOT_EVENTS: tuple[str, ...]
    SPEECH_VERBS: frozenset[str]
    APPEAL_NOUNS: frozenset[str]
    SPEAKING_OPENERS: frozenset[str]
    ISSUING_VERBS: frozenset[str]
    APPEAL_VERBS: frozenset[str]
    CALL_NOUNS: frozenset[str]
    CALL_ISSUERS: frozenset[str]
    UNVERIFIED: frozenset[str]
    UNVERIFIED_ADJECTIVES: frozenset[str]
    MIND_VERBS: frozenset[str]
    VIEW_NOUNS: frozenset[str]
    APPEARANCE_VERBS: frozenset[str]
    DECISION_OBJECTS: frozenset[str]
    CASUALTY_WORDS: frozenset[str]
    LEADER_PARTICIPLES: frozenset[str]
    HONORIFICS: frozenset[str]
    NAME_HONORIFICS: frozenset[str]
    LONE_NON_SPEAKERS: frozenset[str]
    PERSON_NOUNS: frozenset[str]
    MASCULINE_NOUNS: frozenset[str]
    FEMININE_NOUNS: frozenset[str]
    DOCUMENT_MODIFIERS: frozenset[str]
    MEDIA_HEADS: frozenset[str]
    MEDIUM_DESCRIPTIONS: frozenset[str]
    MEDIA_NAME_WORDS: frozenset[str]
    AUTHORITY_NAMES: frozenset[str]
    CLAUSE_OPENERS: frozenset[str]
    NARRATION_VERBS: frozenset[str]
    CLAUSE_AND_BLOCKERS: frozenset[str]
    CUE_TIME_WORDS: frozenset[str]
    COMMA_LESS_OPENERS: frozenset[str]
    NOT_DESCRIPTORS: frozenset[str]
    CLAUSE_VERBS: frozenset[str]
    FRAME_VERBS: frozenset[str]
    NOT_FRAME_VERBS: frozenset[str]
    MANDATIVE_VERBS: frozenset[str]
    STANCE_ADJECTIVES: frozenset[str]
    FEELING_NOUNS: frozenset[str]
    LOCATIVE_PREPOSITIONS: frozenset[str]
    RELATIVE_PREPOSITIONS: frozenset[str]
    DISCOURSE_ADJUNCTS: frozenset[str]
    ACCOUNT_SEQUENCE_ADVERBS: frozenset[str]
    BACKGROUND_WORDS: frozenset[str]
    POLITICAL_DESCRIPTIONS: frozenset[str]
    POLITICAL_ROLE_WORDS: frozenset[str]
    FIELD_NOUNS: frozenset[str]
    OFFICE_FIELDS: frozenset[str]
    PUBLIC_BODY_HEADS: frozenset[str]


_ORDERED = frozenset({"WEEKDAYS", "MONTHS", "MONTH_ABBREVIATIONS", "REFUSALS", "NOT_EVENTS", "ONWARD_PHRASES"})


def tables(lexicon: EnglishLexicon) -> EnglishTables:
    """The rule-facing tables of a (possibly merged) lexicon."""
    out: dict[str, object] = {
        "REPORTING_VERBS": {f: lemma for lemma, forms in lexicon.reporting_verbs.items() for f in forms},
        "PLURAL_PRESENT_VERBS": {
            f: lemma for lemma, forms in lexicon.plural_present_verbs.items() for f in forms
        },
        "PRONOUNS": {word: (p.gender, p.number) for word, p in lexicon.pronouns.items()},
        "HEAD_OFFICES": {phrase: tuple(roles) for phrase, roles in lexicon.head_offices.items()},
        "INTRO_WORDS": frozenset([*lexicon.intro_words, *lexicon.sentence_adverbs]),
        "PERSON_NOUNS": frozenset(
            [*lexicon.person_nouns, *lexicon.masculine_nouns, *lexicon.feminine_nouns]
        ),
        "NOT_NAMES": frozenset(
            [
                *lexicon.not_names,
                *lexicon.weekdays,
                *lexicon.months,
                *lexicon.month_abbreviations,
                *lexicon.sentence_adverbs,
            ]
        ),
    }
    for name in EnglishTables._fields:
        if name not in out:
            words = getattr(lexicon, name.lower())
            out[name] = tuple(words) if name in _ORDERED else frozenset(words)
    return EnglishTables(**out)  # type: ignore[arg-type]


def word_file(name: str) -> frozenset[str]:
    """The words of a plain word list beside this module (``name``), ``#`` lines being comments."""
    lines = (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


BUILTIN = EnglishLexicon.read(Path(__file__).parent / "lexicon.toml")

_t = tables(BUILTIN)
REPORTING_VERBS = _t.REPORTING_VERBS
PLURAL_PRESENT_VERBS = _t.PLURAL_PRESENT_VERBS
CLAUSE_ONLY = _t.CLAUSE_ONLY
ADDRESSEE_VERBS = _t.ADDRESSEE_VERBS
WRITTEN_NOUNS = _t.WRITTEN_NOUNS
SECOND_ACTS = _t.SECOND_ACTS
STANCE_VERBS = _t.STANCE_VERBS
QUESTION_VERBS = _t.QUESTION_VERBS
HEDGE_PARTICIPLES = _t.HEDGE_PARTICIPLES
HEDGE_ADVERBS = _t.HEDGE_ADVERBS
PARTICIPLE_CUES = _t.PARTICIPLE_CUES
PROGRESSIVE_CUES = _t.PROGRESSIVE_CUES
PROGRESSIVE_REQUESTS = _t.PROGRESSIVE_REQUESTS
ACT_PARTICIPLES = _t.ACT_PARTICIPLES
REQUEST_VERBS = _t.REQUEST_VERBS
JUDGEMENT_VERBS = _t.JUDGEMENT_VERBS
INFINITIVE_CLAIMS = _t.INFINITIVE_CLAIMS
DOCUMENT_PARTICIPLES = _t.DOCUMENT_PARTICIPLES
ADDRESSEES_AT_LARGE = _t.ADDRESSEES_AT_LARGE
ONWARD_PHRASES = _t.ONWARD_PHRASES
REASON_PARTICIPLES = _t.REASON_PARTICIPLES
AUXILIARIES = _t.AUXILIARIES
TITLE_WORDS = _t.TITLE_WORDS
ORG_WORDS = _t.ORG_WORDS
COLLECTIVE_WORDS = _t.COLLECTIVE_WORDS
WEEKDAYS = _t.WEEKDAYS
DAY_PARTS = _t.DAY_PARTS
HEAD_TITLES = _t.HEAD_TITLES
MONTHS = _t.MONTHS
MONTH_ABBREVIATIONS = _t.MONTH_ABBREVIATIONS
PRONOUNS = _t.PRONOUNS
HEAD_OFFICES = _t.HEAD_OFFICES
FEMININE_TITLES = _t.FEMININE_TITLES
MASCULINE_TITLES = _t.MASCULINE_TITLES
SENTENCE_ADVERBS = _t.SENTENCE_ADVERBS
INTRO_WORDS = _t.INTRO_WORDS
NOT_NAMES = _t.NOT_NAMES
NOT_SOURCES = _t.NOT_SOURCES
NAME_PARTICLES = _t.NAME_PARTICLES
NAME_ABBREVIATIONS = _t.NAME_ABBREVIATIONS
REFUSALS = _t.REFUSALS
READER_WORDS = _t.READER_WORDS
NOT_EVENTS = _t.NOT_EVENTS
SPEECH_VERBS = _t.SPEECH_VERBS
APPEAL_NOUNS = _t.APPEAL_NOUNS
SPEAKING_OPENERS = _t.SPEAKING_OPENERS
ISSUING_VERBS = _t.ISSUING_VERBS
APPEAL_VERBS = _t.APPEAL_VERBS
CALL_NOUNS = _t.CALL_NOUNS
CALL_ISSUERS = _t.CALL_ISSUERS
UNVERIFIED = _t.UNVERIFIED
UNVERIFIED_ADJECTIVES = _t.UNVERIFIED_ADJECTIVES
MIND_VERBS = _t.MIND_VERBS
VIEW_NOUNS = _t.VIEW_NOUNS
APPEARANCE_VERBS = _t.APPEARANCE_VERBS
DECISION_OBJECTS = _t.DECISION_OBJECTS
CASUALTY_WORDS = _t.CASUALTY_WORDS
LEADER_PARTICIPLES = _t.LEADER_PARTICIPLES
HONORIFICS = _t.HONORIFICS
NAME_HONORIFICS = _t.NAME_HONORIFICS
LONE_NON_SPEAKERS = _t.LONE_NON_SPEAKERS
PERSON_NOUNS = _t.PERSON_NOUNS
MASCULINE_NOUNS = _t.MASCULINE_NOUNS
FEMININE_NOUNS = _t.FEMININE_NOUNS
DOCUMENT_MODIFIERS = _t.DOCUMENT_MODIFIERS
MEDIA_HEADS = _t.MEDIA_HEADS
MEDIUM_DESCRIPTIONS = _t.MEDIUM_DESCRIPTIONS
MEDIA_NAME_WORDS = _t.MEDIA_NAME_WORDS
AUTHORITY_NAMES = _t.AUTHORITY_NAMES
CLAUSE_OPENERS = _t.CLAUSE_OPENERS
NARRATION_VERBS = _t.NARRATION_VERBS
CLAUSE_AND_BLOCKERS = _t.CLAUSE_AND_BLOCKERS
CUE_TIME_WORDS = _t.CUE_TIME_WORDS
COMMA_LESS_OPENERS = _t.COMMA_LESS_OPENERS
NOT_DESCRIPTORS = _t.NOT_DESCRIPTORS
CLAUSE_VERBS = _t.CLAUSE_VERBS
FRAME_VERBS = _t.FRAME_VERBS
NOT_FRAME_VERBS = _t.NOT_FRAME_VERBS
MANDATIVE_VERBS = _t.MANDATIVE_VERBS
STANCE_ADJECTIVES = _t.STANCE_ADJECTIVES
FEELING_NOUNS = _t.FEELING_NOUNS
LOCATIVE_PREPOSITIONS = _t.LOCATIVE_PREPOSITIONS
RELATIVE_PREPOSITIONS = _t.RELATIVE_PREPOSITIONS
DISCOURSE_ADJUNCTS = _t.DISCOURSE_ADJUNCTS
ACCOUNT_SEQUENCE_ADVERBS = _t.ACCOUNT_SEQUENCE_ADVERBS
BACKGROUND_WORDS = _t.BACKGROUND_WORDS
POLITICAL_DESCRIPTIONS = _t.POLITICAL_DESCRIPTIONS
POLITICAL_ROLE_WORDS = _t.POLITICAL_ROLE_WORDS
FIELD_NOUNS = _t.FIELD_NOUNS
OFFICE_FIELDS = _t.OFFICE_FIELDS
PUBLIC_BODY_HEADS = _t.PUBLIC_BODY_HEADS
del _t
