"""Arabic speaker resolution, round 13 (our own sentences, invented names; places from the lexicon).

The class: an organisation's or a source group's name that stops too early, so the claim goes to a
shorter name than the fullest one the sentence gives (guideline §1, canonical = the fullest name):
- an office's parent body joined by ل after the office's adjective (``المركز الإعلامي لمجلس …``,
  ``المكتب السياسي لحركة …``), with a definite or a plain proper name;
- a construct chain whose inner noun is itself an organisation's head (``دائرة تحقيقات هيئة …``);
- a body's seat glued to ب after its ب-parent and adjectives (``… بالمحكمة الابتدائية بصفاقس``);
- a listed place naming the definite description before it (``في العاصمة الليبية طرابلس``);
- a second indefinite adjective joined by و (``مصادر طبية وأمنية``);
- a three-part name whose father's name is ``علي`` spelt with ya (``منذر علي الكبيسي``) on a page
  that spells the preposition ``على`` with alef maqsura: the name was cut at ``علي`` (read as the
  preposition), so the claim went to the first name alone;
- a title-only mention (``الرئيس الماليزي``) credited to a person named elsewhere whose role holds
  the title only as the genitive of another title (``نائب رئيس الوزراء``): a deputy's office is not
  the head's;
- a pro-drop cue right after an indefinite speech noun (``… كلمة رحب فيها``, ``بكلمة ثمّن خلالها``)
  describes that speech: its speaker is who gave it, the person in subject position of the same
  sentence, not an earlier actor or speaker;
- a body named only after a spatial preposition (``أمام مؤسسة تجارية``) is where something happened:
  a later feminine pro-drop cue goes to the body the article reports from (``المديرية العامة للحماية
  المدنية``, registered in full although its head is an office word), not to the place;
- a pro-drop cue agreeing with no speaker so far (a masculine cue after a ministry spoke) goes to the
  person named earlier in its own sentence who agrees (``وفي اتصال مع مسؤول الإعلام X أكد``), before
  the agreement-slip fallback to the last speaker.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _speakers(raw: str) -> list[str]:
    return [c.speaker for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


def test_office_keeps_its_parent_body_after_l() -> None:
    assert _speakers("كشف المركز الإعلامي لمجلس الوزراء، إن جدول الرحلات لم يتغير.") == [
        "المركز الإعلامي لمجلس الوزراء"
    ]
    assert _speakers("ولفت المكتب السياسي لحركة التجديد في بيان إلى أن الحوار ضروري.") == [
        "المكتب السياسي لحركة التجديد"
    ]


def test_office_parent_body_with_a_plain_name() -> None:
    assert _speakers("وقال المكتب السياسي لحركة زيدان إن الهدنة صامدة.") == ["المكتب السياسي لحركة زيدان"]


def test_construct_chain_through_an_organisation_head() -> None:
    assert _speakers("وقالت دائرة تحقيقات هيئة الرقابة، في بيان، إنه تم توقيف ثلاثة موظفين.") == [
        "دائرة تحقيقات هيئة الرقابة"
    ]


def test_glued_seat_after_a_b_parent_body() -> None:
    assert _speakers("أفاد مكتب الإعلام بالمحكمة الابتدائية بصفاقس بأن الجلسة تأجلت إلى الشهر المقبل.") == [
        "مكتب الإعلام بالمحكمة الابتدائية بصفاقس"
    ]


def test_place_name_after_its_description_in_a_source_group() -> None:
    raw = "أفادت مصادر محلية في العاصمة الليبية طرابلس أن الاشتباكات توسعت إلى الأحياء المجاورة."
    assert _speakers(raw) == [
        "مصادر محلية في العاصمة الليبية طرابلس"
    ]


def test_coordinated_adjectives_of_a_source_group() -> None:
    got = _speakers(
        "وأفادت مصادر طبية وأمنية، بأن القوات دخلت البلدة فجراً. "
        "وأشارت المصادر إلى أن القوات انسحبت عند الظهر."
    )
    assert got == ["مصادر طبية وأمنية", "مصادر طبية وأمنية"]


def test_a_noun_after_and_is_not_an_adjective() -> None:
    got = _speakers("وقالت مصادر طبية وشهود عيان إن القصف استمر ساعتين.")
    assert "مصادر طبية" in got[0] and "وأمنية" not in got[0]


def test_l_body_after_a_nationality_is_the_addressee() -> None:
    assert _speakers("وأكدت الوزارة العراقية لمجلس النواب أن الموازنة جاهزة.") == ["الوزارة العراقية"]


def test_middle_ali_in_a_titled_three_part_name() -> None:
    raw = (
        "قالت وزارة الزراعة في بيان اليوم إن الإنتاج ارتفع على نحو كبير. "
        "ونقل البيان عن وزير الزراعة الليبي جلوب علي الكبيسي قوله إن المحصول وفير."
    )
    assert _speakers(raw)[-1] == "جلوب علي الكبيسي"
    raw = "قال وزير الزراعة منذر علي الكبيسي إن المحصول وفير على الرغم من الجفاف."
    assert _speakers(raw) == ["منذر علي الكبيسي"]


def test_ya_spelt_preposition_on_a_page_without_alef_maqsura_stays_a_preposition() -> None:
    got = _speakers("ورد الوزير منذر علي الانتقادات بقوة، وقال إن المحصول وفير.")
    assert got == ["منذر"]


def test_title_only_mention_is_not_the_deputy_of_that_title() -> None:
    got = _speakers(
        "قال الرئيس الماليزي إن الهجوم مدان بكل المقاييس. "
        "من جهته قال نائب رئيس الوزراء الماليزي كمال حسين إن التحقيق مستمر."
    )
    assert got == ["الرئيس الماليزي", "كمال حسين"]


def test_the_deputy_title_still_finds_the_deputy() -> None:
    got = _speakers(
        "قال نائب رئيس الوزراء الماليزي كمال حسين إن التحقيق مستمر. "
        "وقال نائب رئيس الوزراء إن المنفذين فروا."
    )
    assert got == ["كمال حسين", "كمال حسين"]


def test_pro_drop_cue_after_a_speech_noun_is_the_speech_givers() -> None:
    got = _speakers(
        "دشن وزير الثقافة سامر بن راشد المهيري، مساء أمس، المقر الجديد للهيئة. "
        "وأقيم حفل بهذه المناسبة، ثم ألقى ناصر بن علي الدوسري رئيس الهيئة، كلمة رحب في مستهلها "
        "بالحاضرين مؤكداً أنه سيكون انطلاقة نحو المستقبل."
    )
    assert got == ["ناصر بن علي الدوسري"]


def test_speech_noun_with_its_own_subject_keeps_it() -> None:
    got = _speakers(
        "قالت وزيرة المالية سلمى الحداد إن العجز تراجع. ثم ألقى كريم العلي مدير المصرف، "
        "كلمة رحبت فيها الوزيرة بالحاضرين مؤكدة أن الأرباح ارتفعت."
    )
    assert got == ["سلمى الحداد", "سلمى الحداد"]


def test_pro_drop_cue_skips_a_body_named_after_a_spatial_preposition() -> None:
    got = _speakers(
        "قدمت المديرية العامة للحماية المدنية توضيحات جديدة بخصوص الحادث الذي وقع أمام مؤسسة تجارية "
        "بصفاقس. ووفقا لما أوردته المديرية في بلاغ لها، فإن الطائرة المسؤولة عن الحادث أمام المؤسسة "
        "قديمة، حيث قالت إنها صنعت قبل ثلاثين سنة. وأكد البلاغ أن التحقيق مستمر."
    )
    assert got == ["المديرية العامة للحماية المدنية", "المديرية العامة للحماية المدنية"]


def test_body_named_as_a_subject_is_still_an_antecedent() -> None:
    got = _speakers(
        "عقدت مؤسسة النور التجارية اجتماعا أمام المقر. وقالت إن الأرباح ارتفعت."
    )
    assert got == ["مؤسسة النور التجارية"]


def test_pro_drop_cue_takes_the_agreeing_person_named_in_its_sentence() -> None:
    got = _speakers(
        "نفت وزارة الداخلية الأخبار الرائجة حول وفاة أحد الأعوان. "
        "و في اتصال هاتفي مع مسؤول الإعلام بالوزارة كريم العلوي أكّد أن هذه الأخبار عارية عن الصحة."
    )
    assert got == ["وزارة الداخلية", "كريم العلوي"]


def test_agreement_slip_without_anyone_in_the_sentence_keeps_the_speaker() -> None:
    got = _speakers(
        "نفت وزارة الداخلية الأخبار الرائجة حول وفاة أحد الأعوان. وأكد أن هذه الأخبار عارية عن الصحة."
    )
    assert got == ["وزارة الداخلية", "وزارة الداخلية"]
