"""Arabic pro-drop speakers resolved to the wrong person, round 15 (our own sentences, invented names
and places).

The class: a woman named after a masculine-form title (``النائب``, ``المستشار`` + her name) took the
title's gender, so a later feminine pro-drop cue found no feminine antecedent and fell back on the
last (male) speaker. Her given name decides her gender when the lexicon knows it as a woman's
(``female_given_names``); and a feminine pro-drop cue whose recent speakers are all men takes a named
person of that stated gender from the sentence before, where she took the floor, before the
agreement-slip fallback (§4.11). The reverse: a form of address ending in ة (``سعادة``, ``فخامة``,
``معالي``: ``forms_of_address``) before a man's name made him feminine; it tells no gender.

Also seen with it: the dual perfect of a verb whose stem ends in ن (ثمنا) read as a pair's report
where it is a noun (a price) after an imperfect verb; and a direct question reported without
quotation marks (``وأضاف X هل …؟``), whose unlisted speaker name ran on into the question; and an
appeal verb after a fronted topic (``الحكومة وفي تعميم لها دعت لجنة … إلى``), whose addressee was
taken for its subject; and an imperfect cue after news copy's resuming ``هذا، و…`` (``هذا، وتهيب
الوزارة …``), read as inside a clause.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


def test_woman_after_masculine_title_takes_her_feminine_pro_drop_cue() -> None:
    got = _got(
        "قال النائب خالد الهاشمي إن القرار خاطئ. وأمر رئيس المجلس سامي العطار بشطب الكلمة لتتدخل "
        "بعدها النائب سلمى عبد الرحيم وتكرر ما قاله زميلها. وشددت على أنه من غير المقبول شطب كلام زميلها."
    )
    assert ("سلمى عبد الرحيم", "شددت على", "أنه من غير المقبول شطب كلام زميلها") in got, got


def test_woman_after_masculine_title_with_another_verb_before_her_name() -> None:
    got = _got(
        "أكد الوزير ماهر القاسم أن المشروع سيكتمل. ثم عقبت المستشار رنا الخطيب على كلامه أمام اللجنة. "
        "وأوضحت أن التمويل لم يصل بعد."
    )
    assert ("رنا الخطيب", "أوضحت", "أن التمويل لم يصل بعد") in got, got


def test_masculine_pro_drop_cue_keeps_the_last_speaker() -> None:
    got = _got(
        "قال النائب خالد الهاشمي إن القرار خاطئ. وتحدثت بعده النائب سلمى عبد الرحيم عن الميزانية. "
        "وأضاف أن الشطب غير مقبول."
    )
    assert ("خالد الهاشمي", "أضاف", "أن الشطب غير مقبول") in got, got


# A second class: the dual perfect of a verb whose stem ends in ن (ثمن, أعلن) is spelt like the
# accusative noun (ثمناً "a price") and the first-person plural (ثمّنّا "we praised"); right after an
# imperfect verb with no conjunction of its own, it is that verb's object, not a pair's report.


def test_price_after_imperfect_is_no_dual_report() -> None:
    got = _got(
        "استقبل الوزير كمال الدباغ نظيره سامي العطار. وأضاف الدباغ هل توجد دولة أخرى تواجه الإرهاب "
        "بحزم أكثر من بلادنا، وتدفع ثمنا مثلنا؟"
    )
    assert not any(cue == "ثمنا" for _, cue, _ in got), got


def test_dual_praise_after_conjunction_is_still_a_report() -> None:
    got = _got("التقى الوزير كمال الدباغ نظيره سامي العطار في العاصمة. وثمنا الجهود المشتركة بين البلدين.")
    assert got == [("كمال الدباغ + سامي العطار", "ثمنا", "الجهود المشتركة بين البلدين")], got


# A third class: a direct question reported without quotation marks after a clause cue and its
# speaker (``question_openers``, a question mark later in the sentence) is the content; an unlisted
# one-word name before it is the speaker, and the question word ends the name.


def test_unmarked_question_after_unlisted_name_is_the_content() -> None:
    got = _got(
        "قال رئيس الوزراء إنه يدين الهجوم على السوق.\n"
        "وأضاف برزاني هل توجد حكومة أخرى تواجه الإرهاب بحزم أكثر من حكومتنا؟"
    )
    assert ("برزاني", "أضاف", "هل توجد حكومة أخرى تواجه الإرهاب بحزم أكثر من حكومتنا") in got, got


def test_question_word_without_question_mark_opens_no_content() -> None:
    got = _got("وأضاف برزاني كيف تسير الأمور في المدينة بعد العاصفة.")
    assert not any(content.startswith("كيف") for _, _, content in got), got


# A fourth class: a sentence opened by a body or person (the topic), maybe a communiqué frame, then a
# bare appeal verb agreeing with it: the topic made the call and the noun after the verb is the
# addressee, not the speaker.


def test_fronted_topic_with_frame_is_the_appeal_speaker() -> None:
    got = _got(
        "أعلنت حكومة الوفاق الوطني خطة لإجلاء الطلاب.\n"
        "الحكومة وفي تعميم لها دعت لجنة الإجلاء إلى ضرورة التسريع في إجراءات العودة."
    )
    assert got[-1][0] == "حكومة الوفاق الوطني", got
    assert got[-1][2].endswith("التسريع في إجراءات العودة"), got


def test_fronted_topic_without_frame_is_the_appeal_speaker() -> None:
    got = _got(
        "أعلنت حكومة الوفاق الوطني خطة لإجلاء الطلاب.\n"
        "الحكومة دعت لجنة الإجلاء إلى ضرورة التسريع في إجراءات العودة."
    )
    assert got[-1][0] == "حكومة الوفاق الوطني", got


def test_time_word_before_appeal_verb_is_no_topic() -> None:
    got = _got("قال الوزير كمال الدباغ إن المشروع تأخر.\nاليوم دعا الوزير سامي العطار المواطنين إلى الهدوء.")
    assert got[-1][0] == "سامي العطار", got


def test_form_of_address_in_ta_marbuta_does_not_make_a_man_feminine() -> None:
    got = _got(
        "وأكدت الوزيرة رنا الخطيب أن الزيارة مهمة. واستقبل سعادة كمال الدباغ الوفد في مكتبه. "
        "وأكد أن التعاون سيستمر."
    )
    assert got[-1] == ("كمال الدباغ", "أكد", "أن التعاون سيستمر"), got


def test_feminine_cue_after_form_of_address_skips_the_man() -> None:
    got = _got(
        "وأكد الوزير سامي العطار أن الزيارة مهمة. وشارك في اللقاء سعادة كمال الدباغ. وأكدت أن التعاون سيستمر."
    )
    assert got[-1][0] != "كمال الدباغ", got


def test_imperfect_appeal_after_resuming_hatha_is_a_report() -> None:
    got = _got("هذا، وتهيب وزارة الصحة بالمواطنين الالتزام بقواعد النظافة.")
    assert got == [("وزارة الصحة", "تهيب ب", "المواطنين الالتزام بقواعد النظافة")], got


def test_demonstrative_subject_before_bare_imperfect_is_no_report() -> None:
    got = _got("قال الوزير سامي العطار إن الوضع مستقر. هذا يؤكد أن الخطة نجحت.")
    assert got == [("سامي العطار", "قال", "إن الوضع مستقر")], got
