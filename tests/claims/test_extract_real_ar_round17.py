"""Arabic attribution on real pages, round 17 (our own sentences, invented names and places).

The first class: a reporting verb that opens its sentence misspelt by one letter (a letter typed
twice, ``وققال``; one left out, ``أفدت``; one slipped in, ``وأوضحنت``), its complement right after
the speaker or a short frame. Only swapped letters were read before (``_transposed``); the sentence's
claim was lost. By position only: the first word of a sentence that holds no other cue, one edit from
a perfect cue, with a complementiser or a colon a few words on.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content) for c in claims if c.kind != ClaimKind.EVENT]


def _pairs(raw: str) -> list[tuple[str, str]]:
    return [(s, c) for s, _, c in _got(raw)]


def test_doubled_letter_in_a_pro_drop_cue() -> None:
    got = _pairs(
        "قال الوزير سامي الحداد إن العمل في الميناء متواصل.\n\n"
        "وققال إن المشروع سيكتمل قبل نهاية العام الجاري."
    )
    assert ("سامي الحداد", "إن المشروع سيكتمل قبل نهاية العام الجاري") in got, got


def test_letter_left_out_of_a_cue_before_its_speaker() -> None:
    got = _pairs("أفدت هيئة الموانئ البحرية أن حركة السفن تراجعت خلال الشهر الماضي.")
    assert got == [("هيئة الموانئ البحرية", "أن حركة السفن تراجعت خلال الشهر الماضي")], got


def test_letter_slipped_into_a_cue_before_a_frame() -> None:
    got = _pairs(
        "نفت الشركة الوطنية للكهرباء ما تم تداوله عن انقطاع طويل في العاصمة.\n\n"
        "وأوضحنت في بيانها، أن الشبكة عادت إلى العمل بعد ساعتين فقط."
    )
    assert ("الشركة الوطنية للكهرباء", "أن الشبكة عادت إلى العمل بعد ساعتين فقط") in got, got


def test_words_one_letter_from_a_cue_are_no_cue() -> None:
    # a noun whose first letter hides a cue (مقال → قال), and no complement: no claim
    assert _got("ومقال الكاتب عن الأزمة طويل ومفصل.") == []
    assert _got("وقتال الأمس أن يتكرر لا يريده أحد في المدينة.") == []
    assert _got("أفدت المدينة من المشروع كثيرا في السنوات الماضية.") == []
    # words one letter from a cue that are words of their own: "numbers" (أعاد), "became" (أوضحت)
    assert _got("أعداد الزوار : أكثر من ألف زائر في اليوم الأول.") == []
    assert _got("أضحت المدينة اليوم أكثر أمانا بعد أن انتشرت الشرطة في الشوارع.") == []


# A second class: a name that opens with definite words after a rank (``الدكتور التهامي الزين حجر``).
# The definite words read as the title's adjectives (a nisba-shaped family word), so the speaker was
# the surname alone or the bare title. After a rank, a given name with the article or a nisba-shaped
# word that is no nationality, then a plain name word, opens the name.


def test_definite_led_name_after_a_rank_inside_a_title() -> None:
    got = _got(
        "وقال وزير الصحة الدكتور التهامي الزين حجر في تصريح صحفي، إن المستشفيات جاهزة.\n\n"
        "وناشد الوزير، المواطنين إلى عدم الالتفات للشائعات."
    )
    assert [s for s, _, _ in got] == ["التهامي الزين حجر", "التهامي الزين حجر"], got


def test_definite_led_name_after_a_rank_alone() -> None:
    got = _got("وقال الدكتور السنهوري عمر بابكر إن المستشفيات جاهزة. وأضاف بابكر أن العمل مستمر.")
    assert [s for s, _, _ in got] == ["السنهوري عمر بابكر", "السنهوري عمر بابكر"], got


def test_rank_words_and_nationalities_stay_out_of_the_name() -> None:
    assert [s for s, _, _ in _got("وقال اللواء الركن سامي حداد إن المستشفيات جاهزة.")] == ["سامي حداد"]
    assert [s for s, _, _ in _got("وقال الدكتور المصري سامي حداد إن المستشفيات جاهزة.")] == ["سامي حداد"]


# A third class: a run-on call (§4.10) whose object is "all of" a group. ``…، ودعت كافة البلديات
# المجاورة ضمن … للتعاون``: the quantifier phrase read as the call's subject (a new speaker, so the cue
# was dropped into the first claim's content), or, with the speaker implicit, no content start was
# found when the call's preposition came more than three words on; and ل with a verbal noun in ون
# (``للتعاون``) was taken for a plural addressee. A plural after ل is genitive (ين).


def test_run_on_call_on_all_of_a_group() -> None:
    got = _pairs(
        "أعلنت بلدية المدينة ان هذا التدبير مؤقت، ودعت كافة البلديات المجاورة ضمن اتحاد بلديات "
        "الساحل للتعاون وإيجاد حلول مناسبة."
    )
    assert got == [
        ("بلدية المدينة", "ان هذا التدبير مؤقت"),
        ("بلدية المدينة", "كافة البلديات المجاورة ضمن اتحاد بلديات الساحل للتعاون وإيجاد حلول مناسبة"),
    ], got
    got = _got("أعلنت بلدية المدينة ان هذا التدبير مؤقت، وطالبت جميع السكان المقيمين قرب المكب بالصبر.")
    assert [s for s, _, _ in got] == ["بلدية المدينة", "بلدية المدينة"], got


def test_run_on_call_with_lam_and_a_verbal_noun_in_waw_nun() -> None:
    got = _pairs("أكد الوزير سامي حداد أن الطريق سيفتح غدا، ودعا كافة السائقين للتعاون مع الشرطة.")
    assert got[-1] == ("سامي حداد", "كافة السائقين للتعاون مع الشرطة"), got


def test_all_of_a_group_still_speaks_when_it_opens_the_sentence() -> None:
    assert [s for s, _, _ in _got("ودعت كافة الأحزاب إلى الحوار.")] == ["كافة الأحزاب"]


# A fourth class: a sentence the page broke over lines with no blank line between them, where the
# break falls after a comma (``… الإجراءات اللازمة،⏎وضبط …``) or after a stub that opens with the
# conjunction (``وأكدت وزارة التربية⏎والتعليم أن …``). Read as two paragraphs, the claim's content
# stopped at the comma, or the cue lost its complement (the speaker's name cut in two).


def test_line_broken_after_a_comma_goes_on() -> None:
    raw = (
        "وأشار المدير سامي حداد إلى أنه تم رصد عدة مخالفات في الأسواق، حيث تم اتخاذ الإجراءات اللازمة،\n"
        "وضبط عدد من المخالفين منهم عامل في مطعم لم يلتزم بشروط السلامة وتم تحرير محضر بحقه."
    )
    got = _pairs(raw)
    assert len(got) == 1 and got[0][0] == "سامي حداد", got
    assert got[0][1].endswith("وتم تحرير محضر بحقه"), got


def test_stub_opening_with_the_conjunction_goes_on() -> None:
    raw = (
        "نفى المركز الإعلامي للحكومة تغيير مواعيد الامتحانات.\n\n"
        "وأكدت وزارة التربية\n"
        "والتعليم أن تلك الأنباء مجرد شائعات وغير صحيحة، مؤكدة أن الامتحانات ستعقد في موعدها."
    )
    got = _pairs(raw)
    content = "أن تلك الأنباء مجرد شائعات وغير صحيحة، مؤكدة أن الامتحانات ستعقد في موعدها"
    assert ("وزارة التربية والتعليم", content) in got, got


def test_a_paragraph_without_its_full_stop_still_ends() -> None:
    from claims.text.wrap import soft_breaks

    # a long open line, then a و-line: no comma and no stub, so the break stays the page's
    lines = [
        "وأشار الوزير إلى أن العمل في المشروع يسير وفق الخطة الموضوعة هناك",
        "وفي السياق ذاته قال المدير إن الخطة جيدة.",
    ]
    assert soft_breaks(lines) == [False]


# A fifth class: the press's formula "the paper learned" with a masculine verb or a paper's name of
# more than one word (``وعلم "هنا عمان" أن …``). The masculine علم is no listed form (alone it is the
# passive "it was learned", or the noun "flag"), and a quoted name of two words was read as no
# subject, so the outlet's own report was lost. Before a quoted name and a complementiser, علم is the
# paper's report, whatever its name's words.


def test_paper_learned_with_a_masculine_verb() -> None:
    got = _pairs("وعلم “هنا عمان” أنّ الوفد الأجنبي لم يسلّم التقرير النهائي كما كان متوقعا.")
    assert got == [("هنا عمان", "أنّ الوفد الأجنبي لم يسلّم التقرير النهائي كما كان متوقعا")], got
    assert _pairs("وعلم «الأفق» أن الوفد لم يسلم التقرير.") == [("الأفق", "أن الوفد لم يسلم التقرير")]


def test_learned_alone_and_the_flag_are_no_report() -> None:
    assert _got("وعلم أن الوفد لم يسلم التقرير بعد.") == []
    assert _got("ورفع علم \"الاتحاد\" فوق المبنى الجديد في الساحة.") == []


# A sixth class: a medium described by a definite head and its adjectives, then its own name in
# quotation marks (``وأفادت البوابة الإخبارية الأوروبية "…"، التي …، أن``). Only an indefinite head
# (``صحيفة "…"``) or a one-word undefined name took the quoted name; here the description was the
# speaker and the content opened on the name, or (a portal, بوابة, no listed head) the claim was lost.
# A quoted name of up to four words closed before a comma, a frame or the complementiser is the
# medium's name (guideline §3, the agency by its name).


def test_described_medium_takes_its_quoted_name() -> None:
    got = _pairs(
        "وأفادت البوابة الإخبارية الإقليمية \"صوت الساحل\"، التي تصدر من المدينة، أمس الأربعاء، "
        "أن النواب المحليين دعوا إلى زيادة الميزانية."
    )
    assert got[0] == ("صوت الساحل", "أن النواب المحليين دعوا إلى زيادة الميزانية"), got
    assert _pairs("وذكرت القناة التلفزيونية «الأفق» أن الطريق مغلق.")[0] == ("الأفق", "أن الطريق مغلق")


def test_a_long_quotation_after_a_medium_is_its_content() -> None:
    got = _pairs("وقالت الصحيفة \"إن النواب المحليين طالبوا بزيادة الميزانية\".")
    assert got[0][0] == "الصحيفة", got
