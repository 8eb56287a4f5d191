"""Arabic recall on real pages, round 16 (our own sentences, invented names and places).

Claims the extractor missed on the dev32 read set, by shape: a speaker line closed by a colon whose
statement is the paragraph or list below it.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _full(raw: str) -> list[tuple[str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content) for c in claims if c.kind != ClaimKind.EVENT]


def _events(raw: str) -> list[str]:
    return [c.content for c in extract_claims(clean_text(H + raw)) if c.kind == ClaimKind.EVENT]


def test_colon_closed_speaker_line_then_a_dashed_list() -> None:
    raw = (
        "قال رئيس بلدية الوادي سامر حداد:\n"
        "- المياه ستعود إلى الأحياء الشرقية خلال يومين.\n"
        "- الفرق الفنية تعمل على إصلاح الخط الرئيسي.\n"
        "- لا نية لرفع أسعار المياه هذا العام.\n"
    )
    got = _full(raw)
    assert got == [
        ("سامر حداد", "قال", "المياه ستعود إلى الأحياء الشرقية خلال يومين"),
        ("سامر حداد", "", "الفرق الفنية تعمل على إصلاح الخط الرئيسي"),
        ("سامر حداد", "", "لا نية لرفع أسعار المياه هذا العام"),
    ], got
    assert _events(raw) == [], _events(raw)


def test_colon_closed_speaker_line_then_a_quoted_paragraph() -> None:
    got = _full("وقال وزير الزراعة سامر حداد:\n«إن الموسم جيد هذا العام».\n\nوانتهى اللقاء بعد ساعتين في مقر الوزارة.")
    assert got == [("سامر حداد", "قال", "إن الموسم جيد هذا العام")], got


def test_numbered_items_after_the_colon_and_a_plain_paragraph_ends_them() -> None:
    raw = (
        "وأكدت الوزيرة ليلى منصور:\n"
        "1- أن المدارس ستفتح أبوابها في موعدها.\n"
        "2- أن الكتب وصلت إلى جميع المحافظات.\n\n"
        "وزار الوفد بعد ذلك ثلاث مدارس في المدينة القديمة يوم الأحد."
    )
    got = _full(raw)
    assert got == [
        ("ليلى منصور", "أكدت", "أن المدارس ستفتح أبوابها في موعدها"),
        ("ليلى منصور", "", "أن الكتب وصلت إلى جميع المحافظات"),
    ], got


def test_lines_without_stops_inside_one_paragraph_are_sentences() -> None:
    raw = (
        "قال رئيس البلدية سامر حداد إن الحديقة الجديدة في حي الزيتون ستفتح أبوابها للزوار يوم الجمعة.\n\n"
        "افتتحت البلدية حديقة عامة جديدة في حي الزيتون بمساحة خمسة دونمات بعد عامين من العمل في الموقع\n"
        "أوضحت البلدية أن أعمال الصيانة ستبدأ في الشوارع الرئيسية الأسبوع المقبل وتستمر حتى نهاية الشهر\n"
        "قال المتحدث باسم البلدية كريم سعدان إن العطاء سيطرح قريبا على الشركات المحلية المؤهلة للتنفيذ\n"
        "تقر البلدية بتأخرها في تنفيذ مشروع الصرف الصحي في الأحياء الشرقية من المدينة منذ العام الماضي"
    )
    got = _full(raw)
    assert [(s, c) for s, c, _ in got] == [
        ("سامر حداد", "قال"),
        ("البلدية", "أوضحت"),
        ("كريم سعدان", "قال"),
        ("البلدية", "تقر ب"),
    ], got
    assert got[2][2] == "إن العطاء سيطرح قريبا على الشركات المحلية المؤهلة للتنفيذ", got
    # a line ending with a comma goes on: the cue after it is a run-on in the same sentence
    got = _full("قال الوزير سامر حداد إن الأسعار مستقرة،\nوأضاف أن المخزون يكفي لستة أشهر.")
    assert [c for _, c, _ in got] == ["قال", "أضاف"], got


def test_a_stop_typed_after_a_space_and_glued_to_the_next_word_ends_no_sentence() -> None:
    raw = "وقال مدير الري سامر حداد إن الوزارة تولي اهتماما كبيرا .بالموسم الزراعي هذا العام في السهول الشرقية."
    got = _full(raw)
    assert got == [
        ("سامر حداد", "قال", "إن الوزارة تولي اهتماما كبيرا .بالموسم الزراعي هذا العام في السهول الشرقية")
    ], got
    assert _events(raw) == [], _events(raw)


def test_a_stance_noun_right_after_the_speaker_when_the_preposition_is_left_out() -> None:
    got = _full("وأشار مدير الري سامر حداد ضرورة ترشيد استهلاك المياه في فصل الصيف.")
    assert got == [("سامر حداد", "أشار", "ضرورة ترشيد استهلاك المياه في فصل الصيف")], got
    got = _full("وشددت الوزيرة ليلى منصور أهمية التعاون بين البلديات.")
    assert got == [("ليلى منصور", "شددت", "أهمية التعاون بين البلديات")], got
    # with its preposition the cue keeps it, as before
    got = _full("وأشار مدير الري سامر حداد إلى ضرورة ترشيد الاستهلاك.")
    assert got == [("سامر حداد", "أشار إلى", "ضرورة ترشيد الاستهلاك")], got


def test_a_quantified_group_before_a_cue_preposition_written_on_its_noun() -> None:
    got = _full("وقال الوزير سامر حداد إن الموسم ناجح، بينما طالب عدد من المزارعين بتوفير الأسمدة.")
    assert got == [
        ("سامر حداد", "قال", "إن الموسم ناجح"),
        ("عدد من المزارعين", "طالب ب", "توفير الأسمدة"),
    ], got
    got = _full("وطالب عدد من التجار بخفض الضرائب على المواد الغذائية.")
    assert got == [("عدد من التجار", "طالب ب", "خفض الضرائب على المواد الغذائية")], got


def test_a_verbless_description_is_no_event() -> None:
    assert _events("إذاعة محلية مستقلة تبث من مدينة الوادي منذ عام 2012، مدعومة من جمعية الشباب.") == []
    assert _events("صحفي ومحرر عام بموقع الوادي الإخباري منذ عام 2015، يتابع الشأن المحلي.") == []
    # an act told by its verb stays the outlet's event
    got = _events("افتتحت البلدية حديقة عامة جديدة في حي الزيتون يوم الأحد.")
    assert got == ["افتتحت البلدية حديقة عامة جديدة في حي الزيتون يوم الأحد"], got


def test_another_storys_teaser_under_the_article_is_no_event() -> None:
    raw = (
        "وقال مدير المستشفى سامر حداد إن الأقسام كلها تعمل بشكل طبيعي منذ صباح اليوم.\n\n"
        "جمعية الشباب في الوادي تنظم رحلة لأعضائها إلى الساحل\n\n"
        "الوادي — نظمت جمعية الشباب في الوادي، رحلة ثقافية وترفيهية، …"
    )
    got = _full(raw)
    assert got == [("سامر حداد", "قال", "إن الأقسام كلها تعمل بشكل طبيعي منذ صباح اليوم")], got
    assert _events(raw) == [], _events(raw)


def test_a_byline_closed_by_a_colon_announces_no_statement() -> None:
    raw = "الوادي - \"الأخبار\": كتب سامر حداد:\n\nأصيب ثلاثة مواطنين بجروح، فجر أمس، في حادث سير على طريق الوادي."
    assert _full(raw) == [], _full(raw)
