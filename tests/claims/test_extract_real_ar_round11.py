"""Arabic real-page kinds, round 11 (our own sentences, invented names and places).

Kinds:
- a foreign name no list holds, then a definite title and its genitives (``وقال ماركو فيلاني المتحدث
  باسم الوزارة إن``): the name is the speaker, the title the role, the content (or the object of
  ``وصف``) starts after the title;
- a و-word surname closing the sentence after a title's given name (``… المبعوثة الأممية هيلاري
  ويلكنز.``): the surname belongs to the name, and a later ``وأكدت ويلكنز`` finds her;
- the governor's title spelt with a hamza (``وإلي``), right after a reporting verb or with a given
  name after its institution, is the title, not "and to";
- a ل-genitive (``لكرة السلة``) closing a definite role after a name is the role's, not the content's,
  and a later title-only mention (``أمين عام الاتحاد …``) finds the holder;
- a given name that is also a time word (``صباح``) after a title, with a name word next, is the
  holder's name; before a time word (``صباح اليوم``, ``صباح الغد``) it stays the time;
- a medium closing a sentence (``؛ بحسب وكالة …``) whose cue carried its speaker over is that claim's
  via, not its speaker (a named person there still is the speaker);
- ``أرجع … إلى`` (attributing a cause) is a cue, perfect forms only;
- a sentence opened by a source phrase with the speaker's pronoun (``ووفقاً لأقواله؛ فإن …``) is the
  current speaker's claim, the phrase its cue;
- a nisba-shaped family name alone after a masculine cue (``وأوضح الجبوري، في تصريح …، أن``) is the
  speaker; a place's adjective there (``العراقي``) is not;
- a state that takes a feminine verb, after a masculine cue (``فيما طالب إسرائيل بأن``), is the object;
  the masculine state names are data (names.toml ``masculine_places``);
- ``قيادات``/``قياديون`` (leaders) are collectives like ``قادة``: the group keeps its place (``في العراق``);
- a noun carrying a pronoun (``ووصفت حالتهما الصحية بأنها …``, a passive) is no speaker: it heads no
  name and no organisation's construct;
- a relative clause describing the subject ends at a quotation that runs to the sentence's end
  (``وتساءل X الذي يزور … "كيف …؟"``);
- a quantity noun, من and a plural of people (``عدد من السياسيين …``) is an unnamed group speaker, not
  the previous speaker carried over; the quantity nouns are data (lexicon.toml ``quantifiers``);
- a bare cue form between a given name and a name word followed by a title or comma (``برئاسة هاني
  طالب بلان رئيس …``) is a word of the name, no report.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


def test_unlisted_name_then_definite_title_then_complementiser() -> None:
    got = _got("وقال ماركو فيلاني المتحدث باسم الوزارة إن الموسم ممتاز.")
    assert got == [("ماركو فيلاني", "قال", "إن الموسم ممتاز")], got


def test_unlisted_name_then_definite_title_then_object_of_describe() -> None:
    got = _got(
        "قالت وزارة الزراعة الأردنية إن المحصول وفير. ووصفت دارينا كوفاليفا المتحدثة باسم الوزارة "
        "تصريحات المعارضة بأنها كاذبة، وقالت إن الأسعار ستنخفض."
    )
    assert [g[0] for g in got] == ["وزارة الزراعة الأردنية", "دارينا كوفاليفا", "دارينا كوفاليفا"], got
    assert got[1][2] == "تصريحات المعارضة بأنها كاذبة", got


@pytest.mark.parametrize(
    "raw,speaker",
    [
        (
            "التقى وزير النفط سامي نور مع نائبة المبعوث الأممي هيلاري ويلكنز.\nوأكدت ويلكنز أن المحادثات مثمرة.",
            "هيلاري ويلكنز",
        ),
        (
            "التقى وزير النفط سامي نور مع المبعوث الأممي ماريو وينتر.\nوأكد وينتر أن المحادثات مثمرة.",
            "ماريو وينتر",
        ),
    ],
)
def test_waw_surname_closing_the_sentence_after_a_title(raw: str, speaker: str) -> None:
    got = _got(raw)
    assert [(g[0], g[2]) for g in got] == [(speaker, "أن المحادثات مثمرة")], got


def test_governor_spelt_with_a_hamza_in_a_title_slot() -> None:
    got = _got(
        "خلال اللقاء الذي عقده وإلي البنك المركزي سامي الحداد، صرح هذا الأخير، بأن الأسعار مرتفعة.\n"
        "وقال الحداد، إن التضخم سينخفض.\n"
        "وأكد وإلي البنك المركزي في الختام على أن الأسعار ستنخفض."
    )
    assert [g[0] for g in got] == ["سامي الحداد"] * 3, got


def test_and_to_spelt_with_ya_stays_a_preposition() -> None:
    got = _got("وقال الوزير سامي نور إن الوفد ذهب إلى الخرطوم وإلي ولاية الجزيرة.")
    assert [(g[0], g[2]) for g in got] == [("سامي نور", "إن الوفد ذهب إلى الخرطوم وإلي ولاية الجزيرة")], got


def test_lam_genitive_ends_a_role_after_the_name_and_the_title_only_mention_finds_him() -> None:
    got = _got(
        "أكد سامي الحداد الامين العام للاتحاد الأردني لكرة السلة أن الفريق جاهز.\n"
        "وقال المدرب كمال نور إن اللاعبين جاهزون.\n"
        "وبين أمين عام الاتحاد الأردني لكرة السلة، أن المجموعات متوازنة.\n"
        "وأضاف ان المنافسة قوية."
    )
    assert got[0] == ("سامي الحداد", "أكد", "أن الفريق جاهز"), got
    assert [g[0] for g in got] == ["سامي الحداد", "كمال نور", "سامي الحداد", "سامي الحداد"], got


def test_time_word_given_name_after_a_title() -> None:
    got = _got(
        "قال المتحدث باسم وزارة الداخلية العقيد سامي الحداد إن الوضع هادئ.\n"
        "وفي السياق ذاته، وصف المتحدث باسم القائد العام للقوات المسلحة صباح الجبوري الهجمات التي استهدفت "
        "المقرات، ولا سيما مقر الشرطة، بأنها “جبانة ومرفوضة”.\n"
        "وأكد الجبوري أن الوضع مستقر."
    )
    assert [g[0] for g in got] == ["سامي الحداد", "صباح الجبوري", "صباح الجبوري"], got
    assert got[1][2].startswith("الهجمات التي استهدفت"), got


@pytest.mark.parametrize("when", ["صباح اليوم", "صباح الأحد", "صباح الغد"])
def test_time_word_after_a_title_stays_a_time(when: str) -> None:
    got = _got(f"وقال مدير المستشفى {when} إن الوضع هادئ.")
    assert [(g[0], g[2]) for g in got] == [("مدير المستشفى", "إن الوضع هادئ")], got


def test_closing_medium_is_the_via_of_a_carried_over_speaker() -> None:
    got = [
        (c.speaker, c.cue, c.content, c.via)
        for c in extract_claims(
            clean_text(H + "قالت الوزارة إن الوضع جيد.\nوأكدت أن البلاد آمنة؛ بحسب وكالة الأنباء الألمانية.")
        )
        if c.kind != ClaimKind.EVENT
    ]
    assert got[1] == ("الوزارة", "أكدت", "أن البلاد آمنة", "وكالة الأنباء الألمانية"), got


def test_closing_named_person_still_replaces_a_carried_over_speaker() -> None:
    got = _got("قالت الوزارة إن الوضع جيد.\nويتوقع أن تنخفض الأسعار، بحسب الناطق باسم الهيئة سامي نور.")
    assert [g[0] for g in got] == ["الوزارة", "سامي نور"], got


def test_arjaa_attributing_a_cause_starts_its_own_claim() -> None:
    got = _got(
        "وقالت مديرة المستشفى، سلمى يوسف الخطيب، إن المدينة لم تسجل أي إصابة، "
        "وأرجعت الخطيب ذلك إلى نظافة المياه."
    )
    assert got == [
        ("سلمى يوسف الخطيب", "قالت", "إن المدينة لم تسجل أي إصابة"),
        ("سلمى يوسف الخطيب", "أرجعت", "ذلك إلى نظافة المياه"),
    ], got


def test_yarjiu_is_due_to_is_no_cue() -> None:
    got = _got("وقال الوزير سامي نور إن الأسعار ارتفعت، ويرجع ذلك إلى نقص الإمدادات.")
    assert len(got) == 1, got


@pytest.mark.parametrize(
    "raw,speaker,cue,content",
    [
        (
            "قال الوزير سامي نور إن الوضع جيد.\nووفقاً لأقواله؛ فإن الخسائر تتجاوز مليار دولار.",
            "سامي نور",
            "وفقاً لأقواله",
            "فإن الخسائر تتجاوز مليار دولار",
        ),
        (
            "قالت الوزيرة سلمى نور إن الوضع جيد.\nوحسب أقوالها، إن الخسائر تتجاوز مليار دولار.",
            "سلمى نور",
            "حسب أقوالها",
            "إن الخسائر تتجاوز مليار دولار",
        ),
    ],
)
def test_sentence_opened_by_a_pronoun_source_phrase(raw: str, speaker: str, cue: str, content: str) -> None:
    got = _got(raw)
    assert got[1:] == [(speaker, cue, content)], got


@pytest.mark.parametrize(
    "raw", ["وأوضح الجبوري، في تصريح صحفي الأربعاء، أن الوضع هادئ.", "وأوضح الجبوري في تصريح صحفي أن الوضع هادئ."]
)
def test_nisba_shaped_surname_alone_after_the_cue(raw: str) -> None:
    got = _got(raw)
    assert got == [("الجبوري", "أوضح", "أن الوضع هادئ")], got


@pytest.mark.parametrize("raw", ["وقال العراقي، إن الوضع هادئ.", "وقال الليبي في تصريح، إن الوضع هادئ."])
def test_place_adjective_alone_is_no_surname(raw: str) -> None:
    assert _got(raw) == [], _got(raw)


def test_feminine_state_after_a_masculine_demand_is_the_object() -> None:
    got = _got("وأشار الوزير سامي نور إلى أن البلاد آمنة، فيما طالب إسرائيل بأن توقف الاستيطان.")
    assert [g[0] for g in got] == ["سامي نور", "سامي نور"], got


@pytest.mark.parametrize("raw,state", [("وأعلن العراق أن الحدود مغلقة.", "العراق"), ("وأعلنت مصر أن الحدود مغلقة.", "مصر")])
def test_state_agreeing_with_its_verb_still_speaks(raw: str, state: str) -> None:
    assert [g[0] for g in _got(raw)] == [state]


@pytest.mark.parametrize(
    "raw,group",
    [
        ("أكدت قيادات أمنية في العراق، خلال جلسة عقدت الأربعاء، أن الوضع مستقر.", "قيادات أمنية في العراق"),
        ("وقال قياديون في الحزب إن الانتخابات ستجري في موعدها.", "قياديون في الحزب"),
    ],
)
def test_leaders_plural_is_a_collective_with_its_place(raw: str, group: str) -> None:
    assert [g[0] for g in _got(raw)] == [group], _got(raw)


def test_possessed_noun_after_describe_is_no_speaker() -> None:
    got = _got("قال الوزير سامي نور إن الحريق أدى إلى إصابة اثنين من العمال، ووصفت حالتهما الصحية بأنها مستقرة.")
    assert [g[0] for g in got] == ["سامي نور"], got


def test_relative_clause_then_a_quotation_to_the_end() -> None:
    got = _got(
        "قال سامي نور إن الوضع جيد.\n"
        'وتساءل نور الذي يزور المدن في إطار الحملة "كيف سيكون حال البلاد اليوم، لو لم ننج من الكارثة؟"'
    )
    assert got[1:] == [("سامي نور", "تساءل", "كيف سيكون حال البلاد اليوم، لو لم ننج من الكارثة")], got


@pytest.mark.parametrize(
    "second,group",
    [
        ("كما يشير عدد من السياسيين وقادة أمنيين عرب الى ان الأزمة مستمرة.", "عدد من السياسيين وقادة أمنيين عرب"),
        ("وأكد عدد من الخبراء، في تصريحات صحفية، أن الأزمة مستمرة.", "عدد من الخبراء"),
    ],
)
def test_quantity_of_people_is_a_group_not_the_previous_speaker(second: str, group: str) -> None:
    got = _got("قال الوزير سامي نور إن الوضع جيد.\n" + second)
    assert [g[0] for g in got] == ["سامي نور", group], got


def test_cue_form_between_name_words_is_part_of_the_name() -> None:
    got = _got(
        "قال سامي نور إن الفريق جاهز.\n"
        "الدوحة | عقدت لجنة الحكام اجتماعها الدوري ،صباح اليوم ، برئاسة هاني طالب بلان رئيس لجنة الحكام "
        "وبحضور كمال الهيل نائب رئيس..."
    )
    assert [g[1] for g in got] == ["قال"], got


def test_name_then_a_demand_is_still_a_report() -> None:
    got = _got("قال سامي نور إن الفريق جاهز.\nوكان هاني طالب بالإفراج عن المعتقلين.")
    assert [(g[0], g[1]) for g in got][1:] == [("هاني", "طالب ب")], got
