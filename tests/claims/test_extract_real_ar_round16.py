"""Arabic speaker phrases and missed claims on real pages, round 16 (our own sentences, invented
names and places).

The first class: an unnamed official described by an indefinite head, its nisba adjectives and a
rank (``مسؤول مصري رفيع المستوى``, ``مسؤول أمني سوداني كبير``, ``دبلوماسي غربي بارز``) was cut after
the last known nisba, so the rank (or an unlisted bloc nisba) became the speaker's name. The rank
qualifiers (``rank_qualifiers``) close the description after an indefinite head and its nisbas. And an
indefinite description that adds a nisba or a rank to an earlier one names someone else; a shorter
one still points back.
"""

from __future__ import annotations

from claims.candidates import CleanDocument
from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


def _speakers(raw: str) -> list[str]:
    return [s for s, _, _ in _got(raw)]


def test_rank_after_nisba_stays_in_the_description() -> None:
    got = _got("أكد مسؤول مصري رفيع المستوى أن الهدف من الخطة هو تعزيز الأمن في المدينة.")
    assert got == [("مسؤول مصري رفيع المستوى", "أكد", "أن الهدف من الخطة هو تعزيز الأمن في المدينة")], got


def test_feminine_rank_and_other_ranks() -> None:
    assert _speakers("وقالت مسؤولة أممية رفيعة المستوى إن الاتفاق هش.") == ["مسؤولة أممية رفيعة المستوى"]
    assert _speakers("وقال مسؤول عراقي بارز إن الاتفاق هش.") == ["مسؤول عراقي بارز"]
    assert _speakers("وقال مسؤول أمريكي سابق إن الاتفاق هش.") == ["مسؤول أمريكي سابق"]


def test_bloc_nisba_before_rank() -> None:
    got = _speakers("وقال مسؤول أمني صهيوني كبير إن مئة شرطي انتشروا في المدينة.")
    assert got == ["مسؤول أمني صهيوني كبير"], got


def test_description_that_adds_words_is_someone_else() -> None:
    got = _got(
        "أكد مسؤول مصري رفيع المستوى أن الخطة ناجحة.\n\n"
        "ونقلت صحيفة \"الأيام\" عن مسؤول مصري قوله \"إن الهدف هو الأمن\"، في حين قال مسؤول أمني "
        "سوداني كبير إن \"السلاح الوحيد هو سلاح الدولة\".\n\n"
        "وقال مسؤول أمني مصري كبير إن مئة شرطي انتشروا في المدينة."
    )
    speakers = [s for s, _, _ in got]
    assert speakers.count("مسؤول مصري رفيع المستوى") == 2, got  # the shorter one points back
    assert ("مسؤول أمني سوداني كبير", "قال", "السلاح الوحيد هو سلاح الدولة") in got, got
    assert ("مسؤول أمني مصري كبير", "قال", "إن مئة شرطي انتشروا في المدينة") in got, got


# A second class: speaker phrases cut inside a body's name. An indefinite unit drawn from a body
# (``فريق من إدارة …``) was cut to its head, the body pushed into the content; a body's construct
# chain ending in a common definite noun (``إدارة مسرح الجريمة``) ended before it, so the office was
# the speaker and the named holder after it was lost; and the name of a court right after ``محكمة``,
# placed by a ب-adjunct (``بالعاصمة``), was taken for the holder of the office before it.


def test_unit_from_a_body_is_the_whole_phrase() -> None:
    got = _got("كشف فريق من إدارة مسرح الجريمة تفاصيل سرقة كبيرة في المدينة.")
    assert got == [("فريق من إدارة مسرح الجريمة", "كشف", "تفاصيل سرقة كبيرة في المدينة")], got
    assert _speakers("وقال فريق من وزارة الصحة إن الوباء انحسر.") == ["فريق من وزارة الصحة"]


def test_office_with_common_genitive_then_named_holder() -> None:
    got = _got("من جهته، قال مدير إدارة مسرح الجريمة، العقيد سالم راشد الكعبي، إن بلاغاً ورد في الصباح.")
    assert got == [("سالم راشد الكعبي", "قال", "إن بلاغاً ورد في الصباح")], got
    got = _got("قال مدير إدارة مكافحة الجريمة العقيد سالم الكعبي إن بلاغاً ورد في الصباح.")
    assert [s for s, _, _ in got] == ["سالم الكعبي"], got


def test_court_name_placed_in_the_capital_is_no_holder() -> None:
    got = _speakers("التمس وكيل الجمهورية لدى محكمة سيدي بوعلام بالعاصمة 3 سنوات حبسا نافذا ضد المتهمين.")
    assert got == ["وكيل الجمهورية لدى محكمة سيدي بوعلام"], got


def test_holder_after_a_body_and_its_place_name_is_still_named() -> None:
    assert _speakers("وقال رئيس بلدية صيدا محمد السعودي إن الأزمة مستمرة.") == ["محمد السعودي"]


# A third class: reporting cues of general Arabic news that the lexicon lacked (``أنكر`` "denied",
# ``أجمع على`` "agreed as one"), and the people who speak with them: a definite sound plural of a
# participle right after the verb (``المتهمون``, ``المحتجون``) is the group speaking even when the
# verb's definite object follows it, and ``الحضور`` (the audience) is a collective.


def test_denial_by_the_accused_with_an_object() -> None:
    got = _got("وقد أنكر المتهمون التهم المنسوبة إليهم، موضحين أنهم كانوا خارج المدينة.")
    assert got == [("المتهمون", "أنكر", "التهم المنسوبة إليهم، موضحين أنهم كانوا خارج المدينة")], got


def test_feminine_denial_by_a_body() -> None:
    assert _got("وأنكرت الوزارة وجود أي خلل في النظام.") == [("الوزارة", "أنكرت", "وجود أي خلل في النظام")]


def test_audience_agreed_as_one() -> None:
    got = _got("وأجمع الحضور على أن المدينة أجمل مدن البلاد.")
    assert got == [("الحضور", "أجمع على", "أن المدينة أجمل مدن البلاد")], got


def test_plural_participle_with_its_adjective() -> None:
    assert _speakers("ونفى المحتجون الغاضبون أي نية للتصعيد.") == ["المحتجون الغاضبون"]


# A fourth class: names after a rank inside a title. A definite first name (nisba-shaped or not,
# ``التهامي``, ``الطاهر``) after ``الدكتور`` or ``الفريق الركن`` inside a longer title was read as
# the title's genitive, so the family name alone became the speaker; a name of two definite words and
# a plain one is whole. And Maghreb offices: ``كاتب عام`` (secretary general) heads a title, and the
# portfolio after ``المكلف``/``المنتدبة`` (``بالمياه``) stays in it.


def test_definite_names_after_an_inner_rank() -> None:
    got = _got(
        "وقال وزير التعليم والتربية الوطنية الدكتور الطاهر الزين سليم في تصريح لوكالة الأنباء، "
        "إن الترتيبات اكتملت."
    )
    assert got == [("الطاهر الزين سليم", "قال", "إن الترتيبات اكتملت")], got
    assert _speakers("وقال وزير الصحة الدكتور الطاهر سليم إن الترتيبات اكتملت.") == ["الطاهر سليم"]


def test_secretary_general_and_portfolio_offices() -> None:
    got = _speakers("وأفاد كاتب عام الجامعة احسين العياري في تصريح للزميلة سلمى حسن ان مياه الشرب مؤمنة.")
    assert got == ["احسين العياري"], got
    assert _speakers("وقال كاتب الدولة المكلف بالمياه سامي العياري إن المخزون كاف.") == ["سامي العياري"]


# A fifth class: statements with no cue of their own after a speaker. A sentence opening with
# ``كما أن`` right after a claim hangs its complementiser on that claim's cue (same speaker); a label
# line ``TITLE NAME : …`` or ``BODY : …`` whose speaker a title or a body's head opens (no bare name
# the registry knows) is that speaker's statement; and drawn bullet items (``▪️…``) under a speaker's
# line are points of the same statement, each its own claim, one line each even when the segmenter
# glued an item to the next line.


def _doc_claims(text: str) -> list[tuple[str, str, str]]:
    """Straight from the text (the cleaner's view of bullet blocks is not under test here)."""
    doc = CleanDocument(text=text, title=None, lang="ar")
    return [(c.speaker, c.cue, c.content) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]


def test_also_that_goes_on_with_the_claim_before() -> None:
    got = _got(
        "من جهته، قال مدير الشرطة العقيد سالم الكعبي، إن بلاغاً ورد في الصباح، مضيفاً أن الفريق "
        "انتقل إلى الموقع.\n\nكما أن فريق البحث عثر، في موقع الحادث، على سلاح أبيض استخدم في الهجوم."
    )
    assert [(s, c) for s, c, _ in got] == [("سالم الكعبي", "قال"), ("سالم الكعبي", "")], got
    assert got[1][2].endswith("على سلاح أبيض استخدم في الهجوم"), got


def test_also_that_after_narration_is_no_claim() -> None:
    got = _got("افتتح الوزير سالم الكعبي المعرض الدولي للكتاب.\n\nكما أن المعرض يضم مئات الناشرين.")
    assert got == [], got


def test_label_opened_by_a_title_or_a_body() -> None:
    got = _got(
        "مجلس الوزراء : نأسف بشدة لما آلت إليه نتيجة التصويت في الاتحاد الدولي.\n\n"
        "الشيخ سالم الكعبي : المجلس كلف هيئة الرياضة بتقديم تقرير شامل عن الأزمة."
    )
    assert got == [
        ("مجلس الوزراء", "", "نأسف بشدة لما آلت إليه نتيجة التصويت في الاتحاد الدولي"),
        ("سالم الكعبي", "", "المجلس كلف هيئة الرياضة بتقديم تقرير شامل عن الأزمة"),
    ], got


def test_bullet_points_under_a_speaker_line() -> None:
    got = _doc_claims(
        "▪️العلاقات بين البلدين متينة ولن تتأثر بالخلافات\n"
        "▪️الوضع في المنطقة حساس وخطير، ونطالب بوقف التصعيد\n"
        "الوزير المصري حسن البنا: الاتفاقيات التي وقعناها اليوم ستفتح صفحة جديدة\n"
        "▪️الأزمة في المنطقة تزيد مخاطر الحرب على الجميع\n"
        "▪️بحثنا الخطوات الممكن القيام بها بشكل مشترك"
    )
    assert got == [
        ("حسن البنا", "", "الاتفاقيات التي وقعناها اليوم ستفتح صفحة جديدة"),
        ("حسن البنا", "", "الأزمة في المنطقة تزيد مخاطر الحرب على الجميع"),
        ("حسن البنا", "", "بحثنا الخطوات الممكن القيام بها بشكل مشترك"),
    ], got


# A sixth class: a title word of nisba shape after an indefinite noun (``مؤتمر صحفي``) is that noun's
# adjective; read as a title it swallowed the frame after it (``صحفي عقده في مبنى المجلس بحضور قائد``)
# and registered the body named there as a person, who then took the named commander's later claim.


def test_press_conference_is_no_journalist() -> None:
    got = _got(
        "واوضح المحافظ خلال مؤتمر صحفي عقده في مبنى المجلس بحضور قائد عمليات الجنوب الاوسط، وعدد من "
        "القادة الامنيين، ان الوضع مستقر.\n\nالى ذلك اوضح قائد عمليات الجنوب الاوسط الفريق الركن سالم "
        "الكعبي \"ان جميع المحافظات تعيش حالة التهديد\"، لافتا الى وجود تحشيد."
    )
    assert [s for s, _, _ in got] == ["المحافظ", "سالم الكعبي"], got


def test_journalist_after_a_cue_is_still_a_speaker() -> None:
    assert _speakers("وقال صحفي محلي إن الوضع هادئ.") == ["صحفي محلي"]


# A seventh class: a report whose verb no lexicon knows (a typo such as ``وأوضحنت``, a rare verb),
# opening the sentence with و and followed by ``في`` and a statement noun with its owner's pronoun
# (``في بيانها``, ``في بيان لها``) and the complementiser: the speaker already speaking goes on.


def test_misspelt_verb_before_its_own_statement_frame() -> None:
    got = _got(
        "نفت الهيئة الوطنية للمياه ما تم تداوله عن انخفاض المخزون.\n\n"
        "وأضافت في بيان لها، اليوم الأحد، أن الأرقام المنشورة غير دقيقة.\n\n"
        "وأوضحنت في بيانها، أن المخزون ارتفع بنسبة 19% خلال يناير الماضي."
    )
    assert got[-1] == ("الهيئة الوطنية للمياه", "أوضحنت", "أن المخزون ارتفع بنسبة 19% خلال يناير الماضي"), got


def test_narration_with_a_statement_word_is_no_report() -> None:
    got = _got("قال الوزير سامي العطار إن الوضع مستقر.\n\nوجاء في بيانها الصادر أمس تفاصيل الخطة.")
    assert [c for _, c, _ in got] == ["قال"], got


# --- round 16, second pass (dev34 shapes; our own sentences, invented names and places) ---


def test_basem_after_a_title_and_comma_is_the_given_name() -> None:
    """``، باسم`` opens the body spoken for only when a body follows (definite, an organisation head,
    quoted); before any other word باسم is the holder's given name."""
    assert _speakers("وحذر مدير الزراعة في المحافظة، باسم حداد، من أن الموسم خطير.") == ["باسم حداد"]
    assert _speakers("وقال الناطق الرسمي، باسم الحكومة سامر حداد، إن الوضع مستقر.") == ["سامر حداد"]


def test_medium_told_inside_a_statement_frame() -> None:
    """``في تصريح لصحيفة …`` / ``لوكالتنا``: the ل-medium belongs to the frame, never the object."""
    got = _got("وحذر مدير الزراعة، سامر حداد، في تصريح لصحيفة النهار، من أن الشهرين المقبلين أخطر فترة.")
    assert got == [("سامر حداد", "حذر من", "أن الشهرين المقبلين أخطر فترة")], got
    got = _got("ونفت الوزارة في تصريح لوكالتنا ما تم تداوله عن الإغلاق.")
    assert got == [("الوزارة", "نفت", "ما تم تداوله عن الإغلاق")], got
    got = _got("ونفت الوزارة في بيان لها ما تم تداوله عن الإغلاق.")  # guard: the frame without a medium
    assert got == [("الوزارة", "نفت", "ما تم تداوله عن الإغلاق")], got


def test_indefinite_dual_of_a_title_is_a_described_group() -> None:
    """``مسؤولان زراعيان في محافظة …``: the dual of a title word, its nisba and where they serve."""
    assert _speakers("وقدّر مسؤولان زراعيان في محافظة درعا أن نصف الحرائق مفتعلة.") == [
        "مسؤولان زراعيان في محافظة درعا"
    ]
    assert _speakers("وأكد ضابطان في الجيش أن الهجوم فشل.") == ["ضابطان في الجيش"]


def test_indefinite_participle_plural_names_people() -> None:
    """``منتخبون بالمجلس …``, ``مسلحون``: the indefinite م-participle plural in ون is a group of people."""
    got = _got("ووصف منتخبون بالمجلس البلدي الأشغال الجارية في الساحة بالفاشلة.")
    assert got == [("منتخبون بالمجلس البلدي", "وصف", "الأشغال الجارية في الساحة بالفاشلة")], got
    assert _speakers("وقال مسلحون إن الهدنة انتهت.") == ["مسلحون"]


def test_call_with_a_bare_verbal_noun() -> None:
    """``طالب X من المحافظ تقديم …`` and ``طالبوا المحافظ تقديم …``: a verb of calling on someone
    without its ب; من and the addressee (or the addressee alone after a plural verb), then a verbal
    noun of a derived stem. The title called on is no speaker and the verbal noun no name."""
    got = _got("وطالب منتخبون من المحافظ تقديم توضيحات حول الأشغال.")
    assert got == [("منتخبون", "طالب", "تقديم توضيحات حول الأشغال")], got
    got = _got("وقال النواب إن المشروع فاشل، وطالبوا المحافظ تقديم توضيحات بشأنه.")
    assert got[1] == ("النواب", "طالبوا", "المحافظ تقديم توضيحات بشأنه"), got
    got = _got("وقال النواب إن المشروع فاشل، وطالبوا الوزير بالاستقالة.")  # guard: with its ب
    assert got[1] == ("النواب", "طالبوا", "الوزير بالاستقالة"), got


def test_two_letter_verb_after_a_fronted_title_is_no_name() -> None:
    """``المحافظ رد على …، وحمل …``: a two-letter word and a preposition after the title is a verb;
    the title alone is the fronted subject the و-joined cue goes on with."""
    got = _got("وقال النواب إن المشروع فاشل.\nالمحافظ رد على النواب، وحمل المواطنين مسؤولية تدهور الطريق.")
    assert got[1] == ("المحافظ", "حمل", "المواطنين مسؤولية تدهور الطريق"), got
