"""Arabic reporting constructions the extractor missed entirely, round 14 (our own sentences,
invented names and places).

The class: a reporting verb whose complement does not come right after its speaker. Kinds:
- a verb of calling on someone (``طالب``, ``دعا``, ``ناشد``, listed as ``appeal_verbs``), its speaker,
  a comma, then the addressee as its object before the call: the call's preposition a few words on
  (``، المواطنين إلى الالتزام …``) or a bare verbal noun (``، الجميع الإبلاغ عن …``); the addressee
  and the call are the content. A relative clause, a frame or a date after the comma is no addressee;
- a cue that requires ``ب`` (``طالب``, ``أشاد``, ``ندد``) after a frame (``في بيان لها``, ``خلال مؤتمره
  الصحفي اليوم``, ``في خطابها المرسل إلى …``): the first ب-word after the frame opens the complement,
  unless it is the frame's own (``بمناسبة``, ``بحضور``, ``بمدينة``: ``frame_b_words``);
- a nested report whose subject the parser does not know: inside an indirect content, a complementiser,
  a definite description (a noun and its adjectives, ``القرويين``) and a plural finite cue
  (people; things and data agree in the feminine singular and stay inside) with a complement of its own; and one after a later coordinated ``، وإن``
  (quoted or not), whose slot must not run across a comma;
- a source phrase naming a relaying medium (``ووفقاً لما نقلته “الفجر” عن مصدر …``): the quoted
  medium's name (unknown to the parser) relays the source after ``عن``, and the source's name stops
  before the reported clause (``فإن``), which is the content; a bare verb inside that ``فإن`` clause is
  the source's content, no top-level claim;
- reporting verbs the lexicon lacked: ``خلص إلى`` (concluded), ``برر`` (justified, with its reason),
  and ``تمنى على`` (a wish addressed to someone, an appeal); and a verb whose perfect starts with ت
  (``تمنى``, ``تمنوا``) is no imperfect, so after a comma (``…، وتمنى على …``) it starts a run-on claim.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


def test_appeal_with_addressee_after_comma_and_bare_verbal_noun() -> None:
    got = _got("كما طالبت وزارة التموين، الجميع الإبلاغ عن أي مخالفات في أسواق مدينة الزهراء.")
    assert got == [("وزارة التموين", "طالبت", "الجميع الإبلاغ عن أي مخالفات في أسواق مدينة الزهراء")], got


def test_call_with_addressee_after_comma_then_its_preposition() -> None:
    got = _got("دعا وزير النقل سامي نور، المواطنين إلى الالتزام بإرشادات السلامة على الطرق.")
    assert got == [("سامي نور", "دعا", "المواطنين إلى الالتزام بإرشادات السلامة على الطرق")], got


def test_addressee_with_b_call_after_comma() -> None:
    got = _got("وطالبت نقابة المعلمين، الحكومة بصرف المستحقات المتأخرة قبل نهاية الشهر.")
    assert got == [("نقابة المعلمين", "طالبت", "الحكومة بصرف المستحقات المتأخرة قبل نهاية الشهر")], got


def test_relative_clause_after_comma_is_no_addressee() -> None:
    got = _got("ودعا سامي نور، الذي زار المدينة أمس، إلى الحوار بين الأطراف.")
    assert all(not content.startswith("الذي") for _, _, content in got), got


def test_b_complement_after_a_statement_frame() -> None:
    got = _got("وطالبت الوزارة في بيان لها بضرورة الإفراج عن المحتجزين في بلدة الرمانة.")
    assert got == [("الوزارة", "طالبت ب", "ضرورة الإفراج عن المحتجزين في بلدة الرمانة")], got


def test_b_complement_after_a_press_conference_frame() -> None:
    got = _got("وطالب حزب الأمل خلال مؤتمره الصحفي اليوم بالإفراج عن المعتقلين.")
    assert got == [("حزب الأمل", "طالب ب", "الإفراج عن المعتقلين")], got


def test_b_complement_after_a_frame_with_its_own_b_words() -> None:
    got = _got("وأشاد الوزير كريم داود خلال زيارته بمدينة الواحة بجهود رجال الإطفاء.")
    assert got == [("كريم داود", "أشاد ب", "جهود رجال الإطفاء")], got


def test_b_complement_after_a_long_letter_frame() -> None:
    got = _got(
        "كما طالبت الأمانة العامة للاتحاد في خطابها المرسل إلى الاتحاد القاري بإشعارها بجميع الشكاوى المقدمة."
    )
    assert got == [("الأمانة العامة للاتحاد", "طالبت ب", "إشعارها بجميع الشكاوى المقدمة")], got


def test_nested_report_by_an_unnamed_plural_description() -> None:
    got = _got("لكن مصادر أخرى قالت إن القرويين أعلنوا رفضهم للهدنة التي أعلنتها البلدية.")
    assert ("القرويين", "أعلنوا", "رفضهم للهدنة التي أعلنتها البلدية") in got, got


def test_feminine_singular_after_a_description_is_no_nested_report() -> None:
    got = _got("وأوضحت الشرطة أن الفحوص المخبرية المنجزة أكدت بأن المادة المضبوطة لم تكن خطرة.")
    assert got == [("الشرطة", "أوضحت", "أن الفحوص المخبرية المنجزة أكدت بأن المادة المضبوطة لم تكن خطرة")], got


def test_nested_report_after_a_coordinated_complementiser() -> None:
    got = _got("وقالت صحيفة الأفق إن البلدية تتمسك بخطتها، وإن البلدية شددت على موقفها بشأن تمويل الجسر.")
    assert ("البلدية", "شددت على", "موقفها بشأن تمويل الجسر") in got, got


def test_nested_report_after_a_quoted_coordinated_clause() -> None:
    got = _got('وقالت صحيفة الأفق إن "البلدية تتمسك بخطتها"، وإن "البلدية شددت على موقفها بشأن تمويل الجسر".')
    assert ("البلدية", "شددت على", "موقفها بشأن تمويل الجسر") in got, got


def test_masculine_singular_cue_after_a_description_is_no_nested_report() -> None:
    got = _got("وأكد المدير أن الأسعار المرتفعة أثرت على المبيعات في المدينة.")
    assert got == [("المدير", "أكد", "أن الأسعار المرتفعة أثرت على المبيعات في المدينة")], got


def test_source_phrase_with_a_quoted_medium_relaying_a_source() -> None:
    got = _got("ووفقاً لما نقلته “الأفق” عن مصدر بلدي فإن مكتب المجلس أجل الجلسة إلى الأسبوع المقبل.")
    assert got == [("مصدر بلدي", "وفقاً لما نقلته", "فإن مكتب المجلس أجل الجلسة إلى الأسبوع المقبل")], got


def test_relayed_source_name_stops_before_the_clause() -> None:
    got = _got("ووفقاً لما نقلته صحيفة الأفق عن مصدر حكومي فإن الوزارة قررت تأجيل الامتحانات.")
    assert got == [("مصدر حكومي", "وفقاً لما نقلته", "فإن الوزارة قررت تأجيل الامتحانات")], got


def test_concluded_to_is_a_cue() -> None:
    got = _got("وخلص سامي نور إلى أن الحزب سيقوم بحملة واسعة في الأقاليم.")
    assert got == [("سامي نور", "خلص إلى", "أن الحزب سيقوم بحملة واسعة في الأقاليم")], got


def test_justified_with_its_reason_is_a_cue() -> None:
    got = _got("وبررت وزارة النقل قرار الإغلاق بتزايد الحوادث على الجسر.")
    assert got == [("وزارة النقل", "بررت", "قرار الإغلاق بتزايد الحوادث على الجسر")], got


def test_wish_addressed_to_someone_starts_a_run_on_claim() -> None:
    got = _got("أكد وزير الصحة كريم داود أنه تم تحويل بعض المستشفيات إلى التحقيق، وتمنى على المواطنين تبليغ الوزارة عن أي حالة.")
    assert got == [
        ("كريم داود", "أكد", "أنه تم تحويل بعض المستشفيات إلى التحقيق"),
        ("كريم داود", "تمنى على", "المواطنين تبليغ الوزارة عن أي حالة"),
    ], got


def test_wish_with_a_clause_keeps_its_complementiser() -> None:
    got = _got("وتمنى الوزير كريم داود أن تنتهي الأزمة قريبا.")
    assert got == [("كريم داود", "تمنى", "أن تنتهي الأزمة قريبا")], got


def test_verb_inside_a_fronted_source_clause_is_the_sources_content() -> None:
    got = _got("ووفقاً لما نقلته صحيفة الأفق عن مصدر بلدي فإن المكتب برر القرار بعجز الرئيس عن أداء مهامه.")
    assert got == [("مصدر بلدي", "وفقاً لما نقلته", "فإن المكتب برر القرار بعجز الرئيس عن أداء مهامه")], got
