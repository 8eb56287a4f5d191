"""What the built-in rules already know, asked word by word: the desk proposes only what is missing.

The answers read the rules' own derived tables (a title's feminine, every conjugation of a cue
verb, clitics), so "unknown" means what the rules would miss, not merely "absent from a file".
"""

from __future__ import annotations

from typing import Final

from claims.extract.arabic import lexicon as ar_lexicon
from claims.extract.arabic import words as ar_words
from claims.extract.arabic.cue_forms import clitic_cue_forms, cue_forms
from claims.extract.english import lexicon as en
from claims.text.normalize import fold


def folded(word: str) -> str:
    """The folded spelling every Arabic lexicon is written in (``lexicon.toml``)."""
    return fold(word).text


def _bare(word: str) -> str:
    """An Arabic word without a leading conjunction (وقالت → قالت)."""
    w = folded(word)
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def arabic_cue(word: str) -> bool:
    w = folded(word)
    return w in cue_forms() or w in clitic_cue_forms() or _bare(w) in cue_forms()


def arabic_title(word: str) -> bool:
    return _bare(word) in ar_words.TITLES or folded(word) in ar_words.TITLES


def arabic_given_name(word: str) -> bool:
    return folded(word) in ar_words.GIVEN or folded(word) in ar_words.DEFINITE_GIVEN


def arabic_org_head(word: str) -> bool:
    return _bare(word) in ar_words.ORG_HEADS or folded(word) in ar_words.ORG_HEADS


def arabic_known_word(word: str) -> bool:
    """A word the rules already read as something (a role, an office, a connector, a verb, a place)."""
    for w in {folded(word), _bare(word)}:
        if any(w in table for table in _AR_KNOWN) or w in cue_forms():
            return True
    return False


_AR_KNOWN: Final = (
    ar_words.TITLES,
    ar_words.OFFICE,
    ar_words.ORG_HEADS,
    ar_words.STOPS,
    ar_words.CONNECTORS,
    ar_words.EVENT_VERBS,
    ar_words.PLACES,
    ar_words.NATIONALITIES,
    ar_words.COMPLEMENTISERS,
)


def arabic_source_phrase(cue: str) -> bool:
    """A phrasal source cue (بحسب، وفقا لـ، نقلا عن …): the rules read it, and it is no verb."""
    w = folded(cue).strip()
    bare = _bare(w)
    return any(w.startswith(p) or bare.startswith(p) for p in _AR_SOURCE_PHRASES)


_AR_SOURCE_PHRASES: Final = tuple(
    folded(p) for p in (*ar_lexicon.SOURCE_PHRASES, *ar_lexicon.PRONOUN_SOURCE_PHRASES)
)


def english_cue(word: str) -> bool:
    w = word.lower()
    return w in en.REPORTING_VERBS or w in en.PARTICIPLE_CUES


def english_title(word: str) -> bool:
    return word.lower().strip(".") in en.TITLE_WORDS


def english_org_word(word: str) -> bool:
    return word.lower() in en.ORG_WORDS


def english_auxiliaries() -> frozenset[str]:
    return en.AUXILIARIES


def english_verb_forms(lemma: str) -> list[str]:
    """The finite forms the built-in list gives a reporting verb (empty when it has no such lemma)."""
    return list(en.BUILTIN.reporting_verbs.get(lemma, []))
