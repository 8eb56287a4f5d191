"""Arabic attribution, dev35 round 16 (our own sentences, invented names and places).

A poor scrape that lost its full stops: every line is a sentence, a reporting word's place on its
line opens a claim (a participle closing a line opens the next line's statement; a cue line with
nothing after its speaker, or a cue with a stray stop, hands its words to the line below), and a
line opening with a cue and its speaker has what was said right after the speaker.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _full(raw: str) -> list[tuple[str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.content) for c in claims if c.kind != ClaimKind.EVENT]


UNSTOPPED = (
    "الرباط _ كريم سالم\n"
    "قال وزير الزراعة سعيد منصور\n"
    "ان الوزارة نجحت في توفير البذور للمزارعين رغم قلة الامطار مشيرا\n"
    "كنا نستورد نصف حاجتنا من الخارج لكننا اليوم نكتفي بانتاجنا\n"
    "وأضاف خلال زيارته للمعرض الزراعي نحن نعمل على دعم صغار المزارعين في كل القرى\n"
    "موضحا أن الموسم المقبل سيكون افضل بكثير من الموسم الماضي\n"
    "وزاد. الاسعار ستنخفض خلال الاشهر القادمة بعد وصول المحصول\n"
    "وأضاف منصور بعض التجار يحاولون رفع الاسعار بلا سبب\n"
)


def test_unstopped_page_reads_each_line_as_a_sentence() -> None:
    got = _full(UNSTOPPED)
    assert {s for s, _ in got} == {"سعيد منصور"}, got
    contents = [c for _, c in got]
    for start in ("ان الوزارة نجحت", "كنا نستورد", "أن الموسم المقبل", "الاسعار ستنخفض", "بعض التجار"):
        assert any(start in c for c in contents), (start, got)
    assert any("نحن نعمل على دعم" in c for c in contents), got
    assert not any("مشيرا" in c and "الوزارة" in c for c in contents), got  # the participle opens the next line


def test_a_page_with_full_stops_keeps_its_sentences() -> None:
    stopped = "قال وزير الزراعة سعيد منصور إن الموسم جيد.\nوأضاف منصور بعض التجار يحاولون رفع الاسعار.\n"
    got = _full(stopped)
    assert got == [("سعيد منصور", "إن الموسم جيد")], got


def test_who_came_out_to_talk_is_who_speaks_later_in_the_sentence() -> None:
    got = _full(
        "خرج مدرب نادي الشروق كمال دراجي بعد المباراة للحديث عن الفوز على نادي النجم بهدفين "
        'في الجولة العاشرة وقال: "كانت مباراة صعبة على الجميع".\n'
        'وأضاف: "اللاعبون قدموا كل ما لديهم".\n'
    )
    assert [s for s, _ in got] == ["كمال دراجي", "كمال دراجي"], got


def test_the_statement_named_in_the_sentence_before_speaks_for_its_author() -> None:
    got = _full(
        "وأعلنت نقابة المعلمين إضرابا عاما.\n\n"
        "وقال الوزير سالم حداد في بيان إن الخطة جاهزة.\n\n"
        'وأضاف البيان أن "التنفيذ سيبدأ قريبا".\n'
    )
    assert ("سالم حداد", "التنفيذ سيبدأ قريبا") in got, got


def test_a_relay_before_an_object_complement_gives_each_link_its_claim() -> None:
    got = extract_claims(clean_text(H + "ووصفت مصادر إعلامية محلية نقلاً عن مسؤولين في الحزب القرار بالخاطئ.\n"))
    rows = [(c.speaker, c.content, c.via or "") for c in got if c.kind != ClaimKind.EVENT]
    assert ("مصادر إعلامية محلية", "القرار بالخاطئ", "") in rows, rows
    assert ("مسؤولين في الحزب", "القرار بالخاطئ", "مصادر إعلامية محلية") in rows, rows


def test_a_line_opened_by_a_clause_link_and_a_cue_is_prose_without_its_stop() -> None:
    got = _full(
        "وحول عمل وزارة الصحة ناقش المجلس خطة العام وأقر عددا من التوصيات.\n\n"
        "حيث دعا عضو المجلس السيد نبيل الحسن إلى زيادة عدد سيارات الإسعاف في حمص\n\n"
        "وانتهت الجلسة في الساعة الثالثة."
    )
    assert got == [("نبيل الحسن", "زيادة عدد سيارات الإسعاف في حمص")], got


def test_a_sittings_remarks_focused_on_a_point_are_the_members_claim() -> None:
    got = _full(
        "• وحول عمل وزارة الصحة والسكان والإسكان تركزت مداخلات السادة الأعضاء حول ضرورة تأمين الأدوية.\n\n"
        "وتركزت مداخلات النواب على أهمية دعم المزارعين.\n"
    )
    assert got == [
        ("السادة الأعضاء", "ضرورة تأمين الأدوية"),
        ("النواب", "أهمية دعم المزارعين"),
    ], got
