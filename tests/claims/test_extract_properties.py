"""Any Unicode input, empty to large, extracts without error and with exact spans."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.candidates import CleanDocument
from claims.extract import extract_claims
from claims.text.clean import clean_text

_ARABIC_WORDS = [
    "قال",
    "وأكد",
    "الوزير",
    "أن",
    "إن",
    "«",
    "»",
    "“",
    "”",
    "،",
    ".",
    ":",
    "بدوره",
    "أكدا",
    "حسب تعبيره",
    "وفقاً لـ",
    "مؤكداً",
    "الرئيس",
    "السوري",
    "بشار",
    "الأسد",
    "وكالة",
    "إرنا",
    "\n",
    "ً",
    "ـ",
]
_ENGLISH_WORDS = [
    "said",
    "told",
    "he",
    "she",
    "Minister",
    "John",
    "Smith",
    '"',
    "“",
    "”",
    ",",
    ".",
    "according to",
    "the",
    "ministry",
    "that",
    "\n",
    "Mr.",
    "U.S.",
    "adding",
    "and",
    "warned",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(_ARABIC_WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(_ENGLISH_WORDS), max_size=120).map(" ".join),
)


def _check(doc: CleanDocument) -> None:
    claims = extract_claims(doc)
    for c in claims:
        assert doc.text[c.start : c.end] == c.content
        assert c.content
    assert [c.start for c in claims] == sorted(c.start for c in claims)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["ar", "en"]))
def test_any_text_spans_exact(text: str, lang: str) -> None:
    _check(CleanDocument(text=text, lang=lang))  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(texts)
def test_clean_then_extract_never_fails(raw: str) -> None:
    _check(clean_text(raw))


def test_five_megabytes() -> None:
    unit = "وقال الوزير إن «الوضع مستقر» مؤكداً أن العمل مستمر. The minister said that talks would resume.\n"
    text = unit * (5_000_000 // len(unit.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= 5_000_000
    for lang in ("ar", "en"):
        _check(CleanDocument(text=text, lang=lang))  # type: ignore[arg-type]
