"""Arabic real-page kinds, round 8 (our own sentences, invented names).

Kinds:
- a given name spelt with a leading و after a title (``العقيد وضاح الربيعي،``, ``الدكتور ويلهيلم
  شنايدر إن``) is the holder's name, read by its shape and position (one to three name words, then a
  comma, a frame, a complementiser or a cue), not a second office joined by و; a known given name
  spelt with و (``وائل``) never opens a coordinated office;
- ``دعت X Y لمتابعة …``: after دعا, ل with a verbal noun asks for what إلى would;
- ``نفت الوزارة في بلاغ لها ما …``: a short unpunctuated communiqué frame before a noun-phrase object
  is no part of the content;
- one office named two ways: ``… في الأردن`` then ``… الأردنية`` (the country's nisba names its place),
  so the later role mention finds the named holder;
- ``الوزيرة السالم`` after ``ريم سالم``: a title with the holder's last name word and the article
  added is that person (of the title's gender).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


@pytest.mark.parametrize(
    "title,name",
    [
        ("العقيد", "وضاح الربيعي"),
        ("العقيد", "وائل الشمري"),
        ("المقدم", "وئام الخطيب"),
        ("الدكتور", "ويلهيلم شنايدر"),
        ("العميد", "ويليام بيرنز"),
        ("اللواء", "وانغ يي"),
        ("وزير الخارجية", "وضاح الحسن"),
        ("مدير الشرطة", "وسيم الجبوري"),
    ],
)
def test_waw_given_name_after_a_title(title: str, name: str) -> None:
    got = _got(f"وقال {title} {name}، إن الطريق آمن.")
    assert got == [(name, "قال", "إن الطريق آمن")], got
    got = _got(f"وأكد {title} {name} أن الحدود مغلقة.")
    assert got == [(name, "أكد", "أن الحدود مغلقة")], got


def test_waw_name_then_later_title_finds_the_holder() -> None:
    got = _got("وقال العقيد وضاح الربيعي، إن الطريق آمن.\n\nوأضاف العقيد أن الدوريات مستمرة.")
    assert [g[0] for g in got] == ["وضاح الربيعي", "وضاح الربيعي"], got


@pytest.mark.parametrize(
    "raw,speaker",
    [
        ("وقال وزير التجارة وترقية الصادرات كمال رزيق إن الأسعار مستقرة.", "كمال رزيق"),
        ("وقال وزير الشباب وشؤون المرأة سامي نور إن الأسعار مستقرة.", "سامي نور"),
        ("وقالت وزيرة البيئة وحماية الطبيعة، إن الأسعار مستقرة.", "وزيرة البيئة وحماية الطبيعة"),
        ("وقال وزير الخارجية وشؤون المغتربين، إن الأسعار مستقرة.", "وزير الخارجية وشؤون المغتربين"),
    ],
)
def test_coordinated_office_still_joins_its_title(raw: str, speaker: str) -> None:
    got = _got(raw)
    assert [g[0] for g in got] == [speaker], got


def test_call_with_lam_and_a_verbal_noun() -> None:
    got = _got("ودعت إدارة معرض الكتاب الدولي جميع الزوار لمتابعة الموقع الرسمي للحصول على المواعيد.")
    assert got == [
        ("إدارة معرض الكتاب الدولي", "دعت", "جميع الزوار لمتابعة الموقع الرسمي للحصول على المواعيد")
    ], got
    got = _got("ودعت وزارة الصحة المواطنين للالتزام بالكمامات.")
    assert got == [("وزارة الصحة", "دعت", "المواطنين للالتزام بالكمامات")], got
    got = _got("ودعت الهيئة لعقد اجتماع طارئ.")
    assert got == [("الهيئة", "دعت", "لعقد اجتماع طارئ")], got


def test_call_with_lam_addressee_keeps_ila() -> None:
    got = _got("ودعت الهيئة لوكالة الأنباء إلى الهدوء.")
    assert got == [("الهيئة", "دعت إلى", "الهدوء")], got


@pytest.mark.parametrize(
    "raw,expected",
    [
        (
            "نفت وزارة النقل في بلاغ لها ما تم تداوله على مواقع التواصل بخصوص إغلاق المطار.",
            ("وزارة النقل", "نفت", "ما تم تداوله على مواقع التواصل بخصوص إغلاق المطار"),
        ),
        (
            "وكشفت الشركة في بيان رسمي تفاصيل الصفقة الجديدة.",
            ("الشركة", "كشفت", "تفاصيل الصفقة الجديدة"),
        ),
        ("ونفى النائب عبر تغريدة مشاركته في الاجتماع.", ("النائب", "نفى", "مشاركته في الاجتماع")),
    ],
)
def test_short_communique_frame_before_the_object(raw: str, expected: tuple[str, str, str]) -> None:
    assert _got(raw) == [expected]


def test_communique_frame_before_a_complementiser_unchanged() -> None:
    assert _got("وقالت الوزارة في بيان لها إن المطار مفتوح.") == [("الوزارة", "قالت", "إن المطار مفتوح")]


def test_office_with_place_then_with_its_nisba_finds_the_holder() -> None:
    got = _got(
        "أوضح العميد كمال حداد الناطق باسم قيادة الدفاع المدني في الأردن، أن الحريق أخمد.\n\n"
        "وتابع المتحدث باسم قيادة الدفاع المدني الأردنية، أن التحقيق بدأ."
    )
    assert [g[0] for g in got] == ["كمال حداد", "كمال حداد"], got


@pytest.mark.parametrize(
    "first,later,expected",
    [
        ("وقالت وزيرة الصناعة ريم سالم", "وأكدت الوزيرة السالم", "ريم سالم"),
        ("وقال وزير الصناعة سامي حداد", "وأكد الوزير الحداد", "سامي حداد"),
        ("وقالت وزيرة الصناعة ريم سالم", "وأكد الوزير السالم", "السالم"),  # not her: the title is masculine
        ("وقال وزير الصناعة سامي حداد", "وأكد المدير الحسيني", "الحسيني"),  # nobody of that name
    ],
)
def test_title_with_surname_and_article(first: str, later: str, expected: str) -> None:
    got = _got(f"{first} إن الصادرات ارتفعت.\n\n{later} أن المصانع تعمل بكامل طاقتها.")
    assert [g[0] for g in got][1:] == [expected], got
