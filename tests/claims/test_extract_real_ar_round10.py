"""Arabic real-page kinds, round 10 (our own sentences, invented names and places).

Kinds:
- a definite given name before a patronymic (``الداه ولد سيدي``, ``المختار ولد أحمد``) right after a
  title's genitive is the holder's given name, not one more word of the title (Mauritanian and
  Maghreb names);
- a cue that needs its preposition (``دعا … بـ``, ``طالب … بـ``) after a frame closed by commas
  (``في بيان صدر ، اليوم الاثنين ،``): the object starts after the frame, the preposition follows it;
  ``دعا`` takes ``بـ`` as well as ``إلى``;
- a subject set off from its cue by a comma or by quotation marks round a person's name
  (``وأشار ، «X» مدير …، إلى أن``), with a quoted place inside the role (``في مدينة «…»``) and a
  ``غير`` + adjective inside the office (``الهجرة غير الشرعية``);
- an organisation's place head with an unlisted place name (``المجلس البلدي بمدينة زليتن``).
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
    "raw,speaker",
    [
        ("نفى المتحدث الرسمي باسم الوزارة الداه ولد سيدي مساء اليوم أن تكون الأسعار قد ارتفعت.", "الداه ولد سيدي"),
        ("وقال وزير الصحة المختار ولد أحمد إن المستشفى سيفتح غدا.", "المختار ولد أحمد"),
        ("وأكدت رئيسة اللجنة الوطنية السالكة منت محمد أن الامتحانات ستجري في موعدها.", "السالكة منت محمد"),
    ],
)
def test_definite_given_name_before_a_patronymic(raw: str, speaker: str) -> None:
    got = _got(raw)
    assert [g[0] for g in got] == [speaker], got


def test_patronymic_name_carries_to_the_pro_drop_sentence() -> None:
    got = _got("نفى الناطق باسم الحكومة الداه ولد سيدي أن تكون الأسعار قد ارتفعت.\nوأكد عدم وجود أي زيادة.")
    assert [g[0] for g in got] == ["الداه ولد سيدي", "الداه ولد سيدي"], got


def test_title_before_a_patronymic_still_ends_the_title() -> None:
    got = _got("وقال وزير الخارجية الشيخ بن حمد إن الزيارة ناجحة.")
    assert [g[0] for g in got] == ["بن حمد"], got


@pytest.mark.parametrize(
    "raw,speaker,content_has",
    [
        (
            "دعا المجلس المحلي بمدينة الخمس في بيان صدر ، اليوم الثلاثاء ، وزارة الصحة في الحكومة المؤقتة ، "
            "بالتدخل السريع لتوفير الأدوية.",
            "المجلس المحلي بمدينة الخمس",
            "وزارة الصحة في الحكومة المؤقتة ، بالتدخل السريع",
        ),
        (
            "طالبت النقابة العامة للمعلمين في بيان، مساء الأحد، وزارة التربية بصرف الرواتب المتأخرة.",
            "النقابة العامة للمعلمين",
            "وزارة التربية بصرف الرواتب المتأخرة",
        ),
        (
            "دعا المجلس المحلي بمدينة الخمس وزارة الصحة بالتدخل السريع.",
            "المجلس المحلي بمدينة الخمس",
            "وزارة الصحة بالتدخل السريع",
        ),
    ],
)
def test_object_after_a_comma_frame_then_the_preposition(raw: str, speaker: str, content_has: str) -> None:
    got = _got(raw)
    assert len(got) == 1 and got[0][0] == speaker and content_has in got[0][2], got


@pytest.mark.parametrize(
    "raw",
    [
        "هذا و اشار ، « باسم الورفلي » مدير الإسعاف في مدينة « الخمس » ، الى ان الطريق مغلق .",
        "وأشار « باسم الورفلي » مدير الإسعاف في مدينة الخمس ، الى ان الطريق مغلق .",
        "وأشار ، باسم الورفلي مدير الإسعاف ، إلى أن الطريق مغلق .",
        "هذا وأشار « باسم الورفلي » مدير مكافحة التهريب غير القانوني في مدينة « زليتن » ، إلى أن الطريق مغلق .",
    ],
)
def test_subject_set_off_by_a_comma_or_quotation_marks(raw: str) -> None:
    got = _got(raw)
    assert [(g[0], g[2]) for g in got] == [("باسم الورفلي", got[0][2])] and "الطريق مغلق" in got[0][2], got


def test_clause_after_the_comma_stays_the_content() -> None:
    got = _got("وقال الوزير خالد عمر إن السوق مفتوح. وأضاف، الحكومة ستقترض مليون دينار.")
    assert got[1][:2] == ("خالد عمر", "أضاف") and got[1][2].startswith("الحكومة ستقترض"), got


def test_unlisted_place_after_an_organisations_place_head() -> None:
    got = _got("دعا المجلس البلدي بمدينة زليتن الحكومة إلى التدخل.\nوقال المجلس إن الطريق مغلق.")
    assert [g[0] for g in got] == ["المجلس البلدي بمدينة زليتن"] * 2, got
