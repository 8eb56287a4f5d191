"""Same-claim links on the leftovers of the fifth real pair set (``pairs5``), in our own sentences.

An undated note on a new month's prices that recalls last year's figure as its base, against the
dated release of that figure; an Arabic and an English rendering of one condolence cable, whose
words (titles, condolence and death vocabulary, regnal numbers, a country and its adjective) and
names (a Latin "Ch" and an opening "El" written تش and إل) differ across scripts; a speaker given as
a bare title ("His Majesty") on one side and by name on the other. Each test fails on the linker
before the change that fixed its kind. Every sentence, name and figure here is invented.
"""

from __future__ import annotations

from datetime import date

from claims.linking import ClaimSide, score_pair
from claims.linking.anchors import Anchors, claim_anchors, conflict, text_floor
from claims.linking.score import (
    DISAGREEING_SPEAKER,
    UNCERTAIN_SPEAKER,
    content_similarity,
    name_spelling,
    speaker_agreement,
    title_fits,
)
from claims.linking.text import neutral_keys

SUGGEST = 0.6  # the Settings default

# --- an undated note that repeats an older figure --------------------------------------------------

OLD_NOTE = (
    "Prices in Velaria rose 6.4 per cent in March 2031, down from 7.1 per cent in February 2031, "
    "the statistics bureau said on Tuesday."
)
NEW_NOTE = (
    "Prices in Velaria rose 3.2 per cent in March, the lowest in a year. The rate had been 3.9 per "
    "cent in February 2032. Prices rose 6.4 per cent in March 2031, the bureau said."
)
RESTATED = "Prices rose 6.4 per cent in March 2031"


def _claim(text: str, sentence: str, published: date | None, outlet: str) -> tuple[ClaimSide, Anchors]:
    start = text.index(sentence)
    anchors = claim_anchors(text, start, start + len(sentence), published, "the bureau", "indirect")
    side = ClaimSide(
        sentence, speaker="the statistics bureau", kind="indirect", speaker_kind="organization",
        lang="en", anchors=anchors,
    )  # fmt: skip
    return side, anchors


def test_an_undated_page_is_no_earlier_than_its_latest_period() -> None:
    assert text_floor(NEW_NOTE) == "203202"
    assert text_floor("Prices rose 4.1 per cent for the whole year 2031.") == "203112"
    assert text_floor("No figure for any month here.") == ""


def test_an_older_figure_repeated_by_an_undated_note_is_not_the_old_release() -> None:
    old, a = _claim(OLD_NOTE, "Prices in Velaria rose 6.4 per cent in March 2031", date(2031, 4, 14), "one")
    new, b = _claim(NEW_NOTE, RESTATED, None, "two")
    assert conflict(a, b) == "restated" == conflict(b, a)
    assert score_pair(old, new).score < SUGGEST


def test_an_undated_copy_of_a_dated_release_stays_linked() -> None:
    # the same release on a site that gives no date: its latest month is the release's own
    copy_text = OLD_NOTE.replace("the statistics bureau said on Tuesday", "the bureau said")
    old, a = _claim(OLD_NOTE, "Prices in Velaria rose 6.4 per cent in March 2031", date(2031, 4, 14), "one")
    copy, b = _claim(copy_text, "Prices in Velaria rose 6.4 per cent in March 2031", None, "two")
    assert conflict(a, b) == ""
    assert score_pair(old, copy).score >= SUGGEST
    # its older comparison month too: the dated side comes after the copy's latest month
    _old2, a2 = _claim(OLD_NOTE, "down from 7.1 per cent in February 2031", date(2031, 4, 14), "one")
    _copy2, b2 = _claim(copy_text, "down from 7.1 per cent in February 2031", None, "two")
    assert conflict(a2, b2) == ""


def test_a_later_dated_restatement_is_left_to_the_days() -> None:
    # the undated note against a dated page published after its latest month: not this rule's case
    _later, a = _claim(NEW_NOTE, RESTATED, date(2032, 3, 12), "one")
    _new, b = _claim(NEW_NOTE, RESTATED, None, "two")
    assert conflict(a, b) == ""


# --- one condolence cable in Arabic and in English -------------------------------------------------

CABLE_AR = "بعث الملك سالم الرابع برقية تعزية ومواساة إلى الملك تشارلتون الثالث، إثر وفاة الملكة إليانورا الثانية"
CABLE_EN = (
    "His Majesty King Salem IV sent a message of condolences and compassion to HM Charlton III, "
    "King of Norland, following the death of Her Majesty Queen Eleanora II"
)
LOSS_AR = "فقدت المملكة المغربية برحيلها صديقة متميزة تكن لها كامل التقدير"
LOSS_EN = "with her passing Morocco has lost a special friend, held in deep esteem"


def _event(text: str, lang: str) -> ClaimSide:
    return ClaimSide(text, speaker=f"{lang}.invalid", kind="event", speaker_kind="outlet", lang=lang)


def test_one_cable_in_two_scripts_is_suggested() -> None:
    result = score_pair(_event(CABLE_AR, "ar"), _event(CABLE_EN, "en"))
    assert result.cross_language and result.score >= SUGGEST, result


def test_a_foreign_name_spelt_in_arabic_matches_its_latin_skeleton() -> None:
    for ar, en in (("تشارلتون", "Charlton"), ("إليسندرا", "Elisandra"), ("ريتشموند", "Richmond")):
        (a,), (b,) = neutral_keys(ar), neutral_keys(en)
        assert a != b and name_spelling(a) == name_spelling(b), (a, b)
    assert name_spelling("~ls") == "~ls"  # too short to fold


def test_condolence_words_and_a_country_compare_across_scripts() -> None:
    a = ClaimSide(LOSS_AR, speaker="الملك سالم الرابع", lang="ar")
    b = ClaimSide(LOSS_EN, speaker="King Salem IV", lang="en")
    assert content_similarity(a, b) >= 0.7


def test_another_cable_of_the_sender_still_differs_across_scripts() -> None:
    other = CABLE_EN.replace("Eleanora II", "Mother Aldina").replace("Charlton III", "Prince Oswin")
    a = claim_anchors(CABLE_AR, 0, len(CABLE_AR), None, "ar.invalid", "event")
    b = claim_anchors(other, 0, len(other), None, "en.invalid", "event")
    assert conflict(a, b) == "deceased"


# --- a bare title against a name ---------------------------------------------------------------------


def test_a_bare_royal_title_fits_a_monarchs_name() -> None:
    assert title_fits("صاحب الجلالة", "Salem IV")  # a regnal number marks a monarch
    assert title_fits("His Majesty", "King Salem")
    assert title_fits("جلالة الملك", "HM Salem")
    assert not title_fits("His Majesty", "Salem Nader")  # a name with no royal mark
    assert not title_fits("Salem IV", "Charlton III")  # two names: the names decide


def test_a_bare_title_is_an_uncertain_speaker_not_another() -> None:
    words = "the kingdom has lost a great friend whose wisdom served her people"
    title = ClaimSide(words, speaker="His Majesty", lang="en")
    named = ClaimSide(words, speaker="Salem IV", lang="en")
    assert speaker_agreement(title, named) == UNCERTAIN_SPEAKER
    assert score_pair(title, named).score >= SUGGEST
    across = ClaimSide("فقدت المملكة صديقا عظيما", speaker="صاحب الجلالة", lang="ar")
    assert speaker_agreement(across, named) == UNCERTAIN_SPEAKER
    # a title of another rank, or another name, still disagrees
    assert speaker_agreement(ClaimSide(words, speaker="His Excellency", lang="en"), named) == DISAGREEING_SPEAKER
    assert speaker_agreement(ClaimSide(words, speaker="Charlton III", lang="en"), named) == DISAGREEING_SPEAKER
