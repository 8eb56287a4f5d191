"""Arabic speaker completion over the whole article (``arabic/completion.py``): our own sentences
(invented names), one shape per row. A speaker that is part of a fuller name the page gives takes
that name (guideline §3: the fullest name, title dropped); two people who share the part keep it.
Expected: each claim's speaker exactly, in order, events left aside."""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[str]]] = [
    (
        "given-name-of-a-titled-run-in-object-position",
        # the full name stands only as the object of a narrative verb, after a courtesy title
        H
        + "التقت الوزيرة وفدا ضم السيدة ليلى عادل منصور رئيسة الجمعية.\n"
        + "وأوضحت الأستاذة ليلى أن الجمعية تأسست قبل عقود.\n"
        + "وأشارت ليلى إلى أن المدارس تحتاج إلى دعم.",
        ["ليلى عادل منصور", "ليلى عادل منصور"],
    ),
    (
        "name-cut-short",
        H
        + "وصل وزير الداخلية سيدي أحمد ولد محمد الأمين إلى المدينة صباح اليوم.\n"
        + "وأكد سيدي أحمد ولد محمد أن الأمن مستتب في الولاية.",
        ["سيدي أحمد ولد محمد الأمين"],
    ),
    (
        "organisation-by-its-first-words",
        H
        + "أصدرت لجنة طوارئ محلية كسلا بيانا حول السيول.\n"
        + "وقالت لجنة طوارئ إن عشرات المنازل انهارت في الأحياء الشرقية.",
        ["لجنة طوارئ محلية كسلا"],
    ),
    (
        "title-with-an-apposed-name-then-the-surname",
        H
        + "قال محافظ المدينة، كمال حداد إن الحظر يحترم في كل الأحياء.\n"
        + "وكشف الحداد أن المخالفات قليلة هذا الأسبوع.",
        ["كمال حداد", "كمال حداد"],
    ),
    (
        "given-name-shared-by-two-titled-runs-is-left",
        H
        + "التقت الوزيرة السيدة ليلى عادل منصور والسيدة ليلى سامي حداد.\n"
        + "وأوضحت الأستاذة ليلى أن الجمعية تأسست قبل عقود.",
        ["ليلى"],
    ),
    (
        "organisation-words-shared-by-two-bodies-are-left",
        H
        + "حضر الاجتماع لجنة طوارئ محلية كسلا ولجنة طوارئ محلية حلفا.\n"
        + "وقالت لجنة طوارئ إن المنازل انهارت.",
        ["لجنة طوارئ"],
    ),
    (
        "father-s-name-after-a-patronymic-is-not-the-son",
        H
        + "قال الأمير خالد بن منصور إن المشروع يخدم المنطقة.\n"
        + "وقال منصور إن الاستثمار سيتضاعف.",
        ["خالد بن منصور", "منصور"],
    ),
    (
        # each clause's apposed name speaks there (speaker_repair), and the bare title after them is its
        # latest holder, who "added": never the first holder carried over a second name
        "two-names-apposed-to-one-title-each-speak",
        H
        + "قال محافظ المدينة، كمال حداد إن الحظر يحترم.\n"
        + "وفي العام الماضي أعلن محافظ المدينة، سامي نصر أن الحظر انتهى.\n"
        + "وأضاف محافظ المدينة أن المخالفات قليلة.",
        ["كمال حداد", "سامي نصر", "سامي نصر"],
    ),
    (
        # the body's full name stands only inside a genitive, where bodies are never registered; the
        # speaker's sentence names it by its definite head alone
        "body-named-in-full-inside-a-genitive-then-by-its-head",
        H
        + "نشرت بيانات الهيئة الوطنية للإحصاء أرقاما جديدة عن الأسعار.\n"
        + "وقالت الهيئة إن التضخم تراجع للشهر الثالث.",
        ["الهيئة الوطنية للإحصاء"],
    ),
    (
        "body-named-in-full-after-a-preposition-then-by-its-first-words",
        H
        + "وصلت المساعدات إلى مستودعات الجمعية الخيرية الإسلامية في المدينة.\n"
        + "وأكدت الجمعية الخيرية أن التوزيع يبدأ غدا.",
        ["الجمعية الخيرية الإسلامية"],
    ),
    (
        "two-fuller-bodies-leave-the-short-form",
        H
        + "نشرت بيانات الهيئة الوطنية للإحصاء أرقاما جديدة عن الأسعار.\n"
        + "وتظهر تقارير الهيئة الوطنية للتخطيط تباطؤ النمو.\n"
        + "وقالت الهيئة الوطنية إن التضخم تراجع للشهر الثالث.",
        ["الهيئة الوطنية"],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_completion(raw: str, expected: list[str]) -> None:
    got = [c.speaker for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert got == expected
