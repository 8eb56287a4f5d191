"""Arabic pro-drop and carried-over speakers, round 12 (our own sentences, invented names and places).

The class: a reporting verb with no expressed subject (``وأضاف``, ``وتابعت``, ``وأكد خلال اللقاء``)
whose speaker is carried over from earlier. Kinds:
- a sentence opened by a narrative verb with a named or titled subject (``واستقبل رئيس الوزراء X
  السفير Y``, ``وزار رئيس البلدية X الموقع``) is the outlet's narration, not the last speaker's
  continuation, and its subject is who a later pro-drop cue is about (in that sentence or the next);
  gender still decides between the actor and earlier speakers;
- a title carrying the pronoun "his" (``نظيره``) is no feminine title: the counterpart is a man, so a
  masculine pro-drop cue after a turn marker and a masculine title-only mention find him (on a page
  that writes ``ة``; a page writing ``ة`` as ``ه`` keeps the old reading);
- a crowd that is a sentence's subject (``ورفض النقابيون الخطة``, ``واعتصم المعلمون …، وطالبوا``) is
  who a later plural pro-drop cue is about, not the singular last speaker; a singular cue still is the
  speaker's, a plural noun inside a content is no crowd, and neither is a plural of things or places
  (``وسجلت الواحات 5 حالات``: only sound masculine plurals and the collectives of the lexicon; the
  flow test's list of figures guards it);
- ``المتحدث باسمها X`` (the spokesman for it, the feminine ministry or police named before) is a title:
  X is the speaker, not ``باسمها X``, and the gender of later pro-drop cues picks him or the body.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


def test_meeting_sentence_subject_takes_the_next_pro_drop_cue() -> None:
    got = _got(
        "قال المتحدث باسم الحكومة رامي سلوم إن الوضع مستقر. "
        "واستقبل رئيس الوزراء خالد المنصور السفير الياباني كينجي تاناكا في مكتبه. "
        "وأكد خلال اللقاء أن البلاد ترحب بالاستثمارات."
    )
    assert got == [
        ("رامي سلوم", "قال", "إن الوضع مستقر"),
        ("خالد المنصور", "أكد", "أن البلاد ترحب بالاستثمارات"),
    ], got


def test_visit_sentence_subject_beats_an_earlier_speaker_of_the_other_gender() -> None:
    got = _got(
        "قالت وزيرة الثقافة منى الراشد إن المهرجان سيقام. "
        "وزار رئيس البلدية يوسف الحسن موقع المهرجان. "
        "وأكد أن البلدية جاهزة."
    )
    assert got == [("منى الراشد", "قالت", "إن المهرجان سيقام"), ("يوسف الحسن", "أكد", "أن البلدية جاهزة")], got


def test_feminine_cue_after_a_male_actor_keeps_the_earlier_woman() -> None:
    got = _got(
        "قالت وزيرة الثقافة منى الراشد إن المهرجان سيقام. "
        "وزار رئيس البلدية يوسف الحسن موقع المهرجان. "
        "وأضافت أن الفرق الأجنبية وصلت."
    )
    assert [g[0] for g in got] == ["منى الراشد", "منى الراشد"], got


def test_meeting_subject_in_the_same_sentence_as_the_cue() -> None:
    got = _got(
        "قال النائب سليم داود إن الميزانية ناقصة. "
        "والتقى وزير المالية جمال الزين وفدا من البنك الدولي، وأكد أن الحكومة ملتزمة بالإصلاح."
    )
    assert [g[0] for g in got] == ["سليم داود", "جمال الزين"], got


def test_names_inside_a_claim_content_are_not_antecedents() -> None:
    got = _got("قال الرئيس عمر الخالدي إن الوزير سامي ناصر قدم استقالته. وأضاف أن الحكومة ستعين بديلا.")
    assert [g[0] for g in got] == ["عمر الخالدي", "عمر الخالدي"], got


def test_his_counterpart_is_a_man_for_a_turn_marker() -> None:
    got = _got(
        "التقى وزير الخارجية فادي النمر نظيره المصري حسن البدري في عمان. "
        "وأكد النمر أن العلاقات متينة. ومن جهته، أشار إلى أن التعاون يتسع."
    )
    assert [g[0] for g in got] == ["فادي النمر", "حسن البدري"], got


def test_his_counterpart_is_found_by_a_masculine_title_only_mention() -> None:
    got = _got(
        "استقبل وزير الخارجية فادي النمر نظيره الإيطالي ماركو روسي في عمان. "
        "وقال النمر إن الزيارة مهمة. الوزير الإيطالي، من جهته، أكد أن روما تدعم الحوار."
    )
    assert [g[0] for g in got] == ["فادي النمر", "ماركو روسي"], got


def test_a_feminine_counterpart_stays_a_woman() -> None:
    got = _got(
        "التقى وزير الخارجية فادي النمر نظيرته السويدية آنا ليندبرغ في عمان. "
        "وقال النمر إن الزيارة مهمة. ومن جهتها، أكدت أن ستوكهولم تدعم الحوار."
    )
    assert [g[0] for g in got] == ["فادي النمر", "آنا ليندبرغ"], got


def test_plural_cue_after_a_crowd_sentence_is_the_crowd() -> None:
    got = _got(
        "قال وزير العمل سالم القاسم إن الأجور سترتفع. ورفض النقابيون الخطة. "
        "وأكدوا أن الزيادة غير كافية. وأضاف القاسم أن الحوار مستمر."
    )
    assert [g[0] for g in got] == ["سالم القاسم", "النقابيون", "سالم القاسم"], got


def test_plural_cue_in_the_crowd_sentence_is_the_crowd() -> None:
    got = _got("قال وزير العمل سالم القاسم إن الأجور سترتفع. واعتصم المعلمون أمام الوزارة، وطالبوا بزيادة الرواتب.")
    assert [g[0] for g in got] == ["سالم القاسم", "المعلمون"], got


def test_a_singular_cue_after_a_crowd_sentence_keeps_the_speaker() -> None:
    got = _got("قال وزير العمل سالم القاسم إن الأجور سترتفع. وتجمع المعلمون أمام الوزارة. وأضاف أن الحوار مستمر.")
    assert [g[0] for g in got] == ["سالم القاسم", "سالم القاسم"], got


def test_a_plural_noun_inside_the_content_is_no_crowd() -> None:
    got = _got(
        "قال الجيش في بيان إن دورية تعرضت لهجوم. "
        "وادعى أن المزارعين هاجموا الجنود، وأن الشرطة فتحت تحقيقا."
    )
    assert [g[0] for g in got] == ["الجيش", "الجيش"], got


def test_spokesman_for_it_after_a_feminine_ministry_then_masculine_and_feminine_cues() -> None:
    got = _got(
        "قالت الشرطة إن المشتبه به اعتقل. وقال الناطق باسمها أحمد زيد إن التحقيق مستمر. "
        "وأضاف أن الأدلة كافية. وأشارت إلى أن الضحايا ثلاثة."
    )
    assert [g[0] for g in got] == ["الشرطة", "أحمد زيد", "أحمد زيد", "الشرطة"], got


def test_spokesman_for_it_with_a_rank_before_the_name() -> None:
    got = _got(
        "أصدرت وزارة الداخلية بيانا. وقال المتحدث باسمها العقيد مراد سالم إن الحدود مغلقة. "
        "وأضاف أن الدوريات تعززت."
    )
    assert [g[0] for g in got] == ["مراد سالم", "مراد سالم"], got

