"""The lexicon data files: validated on load, refused with the file and entry named, and layered.

Why: the word lists moved from Python to TOML (one format, which the desk lexicon reuses); a typo
in a key or a doubled word used to be harmless Python and is now data that nobody compiles, so the
loader must refuse it loudly instead of matching nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract.arabic import lexicon as ar
from claims.extract.core.lexicon import LexiconError, merge
from claims.extract.english import lexicon as en

PACKAGE = Path(ar.__file__).parents[1]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "layer.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('person_titel = ["وزير"]\n', ["person_titel", "Extra inputs are not permitted"]),
        ("person_titles = [1]\n", ["person_titles.0", "string"]),
        ('person_titles = "وزير"\n', ["person_titles", "list"]),
        ('person_titles = ["وزير", "", "سفير"]\n', ["person_titles", "entry 1 is empty"]),
        ('person_titles = ["وزير", " "]\n', ["person_titles", "entry 1 is empty"]),
        ('person_titles = ["وزير", "سفير", "وزير"]\n', ["person_titles", "entry 2 'وزير' is a duplicate"]),
        ('[regular_verbs]\n"اكد" = { perfect = "اكد" }\n', ["regular_verbs.اكد.imperfect", "Field required"]),
        (
            '[regular_verbs]\n"اكد" = { perfect = "اكد", imperfect = "ؤكد", participle = "", preps = [],'
            ' complement = "sentence", prep_required = false }\n',
            ["regular_verbs.اكد.complement", "'clause' or 'np'"],
        ),
        (
            '[regular_verbs]\n"اكد" = { perfect = "اكد", imperfect = "ؤكد", participle = "", preps = [],'
            ' complement = "np", prep_required = "no" }\n',
            ["regular_verbs.اكد.prep_required", "boolean"],
        ),
        ('places = ["a",\n', ["layer.toml"]),  # not TOML at all
    ],
)
def test_a_bad_arabic_layer_is_refused_naming_file_and_entry(
    tmp_path: Path, text: str, names: list[str]
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(LexiconError) as caught:
        ar.ArabicLexicon.read(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    for name in names:
        assert name in message, message


def test_a_duplicate_toml_key_is_refused(tmp_path: Path) -> None:
    he = '{ gender = "m", number = "singular" }'
    path = _write(tmp_path, f"[pronouns]\nhe = {he}\nhe = {he}\n")
    with pytest.raises(LexiconError, match=r"layer\.toml"):
        en.EnglishLexicon.read(path)


def test_a_form_under_two_english_lemmas_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, '[reporting_verbs]\nsay = ["said"]\ntell = ["told", "said"]\n')
    with pytest.raises(LexiconError, match=r"'said' is listed under 'say' and 'tell'"):
        en.EnglishLexicon.read(path)


def test_an_overlay_adds_words_and_replaces_entries() -> None:
    base = ar.BUILTIN
    overlay = ar.ArabicLexicon.parse(
        {
            "person_titles": ["الكشكاشي", "وزير"],  # one new, one already built in
            "regular_verbs": {
                "اكد": {
                    "perfect": "اكد",
                    "imperfect": "ؤكد",
                    "participle": "",
                    "preps": [],
                    "complement": "clause",
                    "prep_required": False,
                }
            },
        },
        source="desk",
    )
    merged = merge(base, overlay)
    assert merged.person_titles == [*base.person_titles, "الكشكاشي"]
    assert merged.regular_verbs["اكد"].complement == "clause"
    assert list(merged.regular_verbs) == list(base.regular_verbs)  # replaced in place: the first lemma still wins
    tables = ar.tables(merged)
    assert "الكشكاشي" in tables.PERSON_TITLES and "الكشكاشي" not in ar.PERSON_TITLES
    assert tables.REGULAR_VERBS["اكد"][4] == "clause" and ar.REGULAR_VERBS["اكد"][4] == "np"
    assert base == ar.BUILTIN  # the built-ins are not changed by a merge


def test_english_unions_follow_their_parts() -> None:
    """Calendar words and sentence adverbs are listed once and reach every table that includes them."""
    lexicon = merge(en.BUILTIN, en.EnglishLexicon(sentence_adverbs=["regrettably"], months=["smarch"]))
    tables = en.tables(lexicon)
    assert {"regrettably", "smarch"} <= tables.NOT_NAMES
    assert "regrettably" in tables.INTRO_WORDS
    assert tables.MONTHS[-1] == "smarch"


def test_the_built_in_files_are_the_loaded_tables() -> None:
    """One data file per table set, shipped in the package, and what the rules read."""
    assert sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.toml")) == [
        "arabic/lexicon.toml",
        "arabic/names.toml",
        "arabic/speaker_shape.toml",  # word lists that are evidence of a phrase no one can be
        "core/confidence.toml",  # the confidence model's words (plain verbs of saying)
        "english/lexicon.toml",
    ]
    assert ar.tables(ar.BUILTIN).PLACES is not ar.PLACES and ar.tables(ar.BUILTIN).PLACES == ar.PLACES
    assert "قال" in ar.IRREGULAR_VERBS and en.REPORTING_VERBS["said"] == "say"
    assert "محمد" in ar.GIVEN_NAMES  # from the names layer
    assert {w for w in ar.ORG_HEADS if w.endswith(("ه", "ة"))} == ar.ORG_FEMININE_HEADS
