"""Arabic attribution shapes missed on fresh pages (armiss1 repros), fixed in the arfix2 round.

Sentences invented for the test; each case failed before the fix.

- A second office joined by و inside the title (``رئيس شركة … وكبير إدارييها التنفيذيين NAME``): the
  second head is in construct like the first, so its next word is its genitive, not the name.
- A given name that is also an office word (``أمين``) after a title closed by a definite word, with a
  definite surname and then the complementiser, opens the name.
- ``قال/أضاف`` + a named speaker + a bare clause (no أن, colon or quotation marks) whose first word is
  clearly a finite verb: a future ``سـ`` imperfect, a three-letter past with its definite subject and a
  preposition, or a first-person plural past after a fronted ``بالنسبة`` phrase.
- A body named by a definite noun and a colour adjective with no head noun (``الصليب الأحمر``,
  ``الهلال الأحمر الفلسطيني``) is a speaker; after a لل-genitive the colour stays in the name
  (``اللجنة الدولية للصليب الأحمر``).
- A two-word place after an indefinite body head in a title (``عميد بلدية وادي الريم NAME``): when a
  given name follows the two words, they are the place's name, not the start of the person's.
- ``بحسب البيان`` / ``وفق بيان رسمي`` naming no issuer: the statement is the one the page already
  credited, so its issuer (the last statement's author, else the latest organisation) is the speaker.
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"
C = "شهدت مدينة الساحل اجتماعا موسعا أمس.\n\n"

CASES = [
    (
        "second-office-joined-by-waw",
        H + C + "قال رئيس شركة النور للإسمنت وكبير إدارييها التنفيذيين هشام الرفاعي إن الشركة تجاوزت الأزمة.\n\n"
        "وأضاف أن الأرباح سترتفع.",
        [("هشام الرفاعي", "إن الشركة"), ("هشام الرفاعي", "أن الأرباح")],
    ),
    (
        "given-name-that-is-an-office-word",
        H + C + "قال مدير شركة الموانئ وكبير مهندسيها أمين الناصر إن الحركة عادت.",
        [("أمين الناصر", "إن الحركة")],
    ),
    (
        "given-name-amin-after-definite-title",
        H + C + "قال مدير الشركة أمين الناصر إن الوضع مستقر.",
        [("أمين الناصر", "إن الوضع")],
    ),
]

V = "زار وزير النقل سامر الحداد مدينة الرمال أمس.\n\n"

CASES += [
    (
        "said-then-a-future-clause",
        H + V + "وقال الحداد سيناقش المجلس خطة الطرق الجديدة في الشهر المقبل.",
        [("سامر الحداد", "سيناقش المجلس")],
    ),
    (
        "added-then-a-past-clause",
        H + V + "وأضاف الحداد ركز اللقاء على ملفات المياه والكهرباء.",
        [("سامر الحداد", "ركز اللقاء")],
    ),
    (
        "said-comma-then-a-future-clause",
        H + V + "وقال الحداد، سيناقش المجلس خطة الطرق الجديدة.",
        [("سامر الحداد", "سيناقش المجلس")],
    ),
    (
        "said-in-a-frame-then-a-future-clause",
        H + V + "وقال الحداد في تصريح صحفي سيناقش المجلس خطة الطرق الجديدة.",
        [("سامر الحداد", "سيناقش المجلس")],
    ),
    (
        "as-for-then-we-did",
        H + V + "وأضاف الحداد بالنسبة الى مدينة الرمال استطعنا إنجاز المشاريع كلها.",
        [("سامر الحداد", "بالنسبة الى مدينة")],
    ),
]

R = "قال المتحدث باسم وزارة الصحة سامر عودة، اليوم، إن المستشفيات ممتلئة.\n\n"

CASES += [
    (
        "red-cross-alone",
        H + R + "وأعلن الصليب الأحمر الدولي أن الوضع كارثي.",
        [("سامر عودة", "إن المستشفيات"), ("الصليب الأحمر الدولي", "أن الوضع")],
    ),
    (
        "red-crescent-in-its-statement",
        H + R + "وأشار الهلال الأحمر في بيانه، إلى أنه يجب حماية المدنيين.",
        [("سامر عودة", "إن المستشفيات"), ("الهلال الأحمر", "أنه يجب")],
    ),
    (
        "icrc-whole",
        H + R + "وقالت اللجنة الدولية للصليب الأحمر إن الوضع كارثي.",
        [("سامر عودة", "إن المستشفيات"), ("اللجنة الدولية للصليب الأحمر", "إن الوضع")],
    ),
]

CASES += [
    (
        "two-word-place-in-the-title",
        H + C + "وقال عميد بلدية وادي الريم هشام الرفاعي إن الاجتماع كان مثمرا.",
        [("هشام الرفاعي", "إن الاجتماع")],
    ),
    (
        "two-word-definite-place-in-the-title",
        H + C + "وقال عميد بلدية القره صفصاف محمد بلوط إن الاجتماع كان مثمرا.",
        [("محمد بلوط", "إن الاجتماع")],
    ),
]

P = "وقالت النيابة العامة في مدينة الساحل في بيان إنها أمرت بحبس موظف متهم بالاختلاس.\n\n"

CASES += [
    (
        "according-to-the-statement-fronted",
        H + P + "وبحسب البيان، تم تحديد هوية شريكين للمتهم وضبطهما.",
        [("النيابة العامة في مدينة الساحل", "إنها أمرت"), ("النيابة العامة في مدينة الساحل", "تم تحديد")],
    ),
    (
        "according-to-an-official-statement",
        H + P + "ووفق بيان رسمي، أمر النائب العام بتتبع الحسابات.",
        [("النيابة العامة في مدينة الساحل", "إنها أمرت"), ("النيابة العامة في مدينة الساحل", "أمر النائب")],
    ),
    (
        "according-to-the-statement-at-the-end",
        H + P + "وتم تحديد هوية شريكين للمتهم وضبطهما، بحسب البيان.",
        [("النيابة العامة في مدينة الساحل", "إنها أمرت"), ("النيابة العامة في مدينة الساحل", "وتم تحديد")],
    ),
]

GUARDS = [
    (
        "second-office-with-definite-genitive",
        H + C + "وقال وزير الخارجية ونائب رئيس الوزراء أيمن الصفدي إن الوضع خطير.",
        [("أيمن الصفدي", "إن الوضع")],
    ),
    (
        "amin-as-office-in-construct",
        H + C + "قال رئيس الشركة أمين عام الحزب سامي النور إن الوضع خطير.",
        [("سامي النور", "إن الوضع")],
    ),
    (
        "one-word-place-then-name",
        H + C + "وقال رئيس بلدية الساحل يحيى السراج إن الاجتماع كان مثمرا.",
        [("يحيى السراج", "إن الاجتماع")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_arfix2_shapes(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected, exact=True)
