"""Arabic attribution, dev39 round 16 (our own sentences, invented names and places).

Ordinary desk news: a press-conference write-up that opens with "spoke … ، قائلاً:" and goes on
with bare cues (one of them a verb of going on before a colon); a run-on paragraph whose أشار takes
the short ل for إلى; a source phrase between the speaker and the object; a title whose body is named
by two verbal nouns sharing one genitive.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _claims(raw: str) -> list[tuple[str, str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content, c.via) for c in claims if c.kind != ClaimKind.EVENT]


PRESSER = (
    "تحدث سامر نبيل المدير الفني لفريق النادي الأهلي خلال المؤتمر الصحفي قبل مواجهة الغد، قائلاً: "
    "انها مباراة صعبة ونعلم أننا نواجه فريقا منظما ولديهم مدرب ذكي يعرف الملعب جيدا.\n\n"
    "أضاف: المباراة لن تحسم الا في الدقائق الأخيرة وسنحاول الاستفادة من جمهورنا.\n\n"
    "وواصل: أمر جيد أن يكون لدى اللاعبين حماس كبير قبل هذه المواجهة.\n\n"
    "وواصل الفريق تدريباته استعدادا للمباراة المقبلة في الملعب البلدي.\n"
)


def test_spoke_then_saying_colon_opens_the_coachs_statement() -> None:
    got = _claims(PRESSER)
    assert {s for s, *_ in got} == {"سامر نبيل"}, got
    contents = [c for _, _, c, _ in got]
    assert any(c.startswith("انها مباراة صعبة") for c in contents), got
    assert any(c.startswith("المباراة لن تحسم") for c in contents), got


def test_going_on_verb_before_a_colon_is_a_cue_and_alone_is_not() -> None:
    got = _claims(PRESSER)
    assert any(c.startswith("أمر جيد") and s == "سامر نبيل" for s, _, c, _ in got), got
    assert not any("تدريباته" in c for _, _, c, _ in got), got


RUN_ON = (
    "قال خالد سمير عبد الله المدير الفني للنادي في تصريحات عقب المباراة إنه سعيد بالأداء الذي قدمه "
    "الفريق اليوم وأشار خالد للدور الكبير الذي قام به الجمهور في المدرجات وأشاد بالروح العالية "
    "للاعبين حتى النهاية وأكد أن الفريق سيتدرب غدا قبل السفر إلى المدينة الساحلية\n"
)


def test_short_lam_for_ila_opens_a_run_on_claim() -> None:
    got = _claims(RUN_ON)
    contents = [c for _, _, c, _ in got]
    assert any(c.startswith("للدور الكبير") and "الروح" not in c for c in contents), got
    assert any(c.startswith("أن الفريق سيتدرب") for c in contents), got
    assert any(c.startswith("الروح العالية") and "سيتدرب" not in c for c in contents), got


RELAYED = (
    "حذر مدير المركز الوطني للأرصاد سامي الفيتوري من موجة حر شديدة في البلاد، لافتا إلى أنها ستستمر أسبوعا.\n"
    "وطالب الفيتوري وفق ما نشرته “صحيفة الوسط”,بأخذ الحيطة اللازمة وخصوصا كبار السن في المدن الساحلية.\n"
)


def test_source_phrase_between_speaker_and_object_is_the_via() -> None:
    got = _claims(RELAYED)
    call = [g for g in got if "الحيطة" in g[2]]
    assert len(call) == 1, got
    speaker, _, content, via = call[0]
    assert speaker == "سامي الفيتوري" and via == "صحيفة الوسط", got
    assert content.startswith("أخذ الحيطة"), got


TITLED = (
    "أكد المدير العام للشركة الوطنية لاستغلال وتوزيع الكهرباء سامي الدريدي أن مشروع الربط الجديد "
    "تقدم بنسبة 60 بالمائة.\n\nوأضاف الدريدي أن الأشغال ستنتهي في الصيف.\n"
)


def test_two_verbal_nouns_sharing_a_genitive_stay_in_the_title() -> None:
    got = _claims(TITLED)
    assert {s for s, *_ in got} == {"سامي الدريدي"}, got
    assert len(got) == 2, got
