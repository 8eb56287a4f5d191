"""Page cleaning, round 15: the article's own paragraphs around a repeated headline and a wrapped opening.

Every line here is our own writing (outlets, people and places invented). A headline printed a second
time among the paragraphs (an image's alt text between the lead and the next paragraph, which goes on
with "وأضاف …") is no sign that the lead above it is the site's notice: the lead stays. A page copied
from a print layout that opens on a paragraph whose first verb stands alone on its line (``أعلنت⏎البلدية
…``) has no headline on the page: the sentence's pieces are body, never masthead and title.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from tests.claims.clean_pages import text_lines


def test_a_headline_repeated_among_the_paragraphs_keeps_the_lead_above_it() -> None:
    headline = "حقيقة إغلاق ميناء الصيادين القديم أمام قوارب النزهة خلال موسم الصيف"
    lead = (
        'نفى المتحدث باسم هيئة الموانئ سليم الورداني أن "ما ينشر على بعض المواقع بشأن إغلاق ميناء الصيادين '
        'أمام قوارب النزهة لا أساس له من الصحة"، مؤكدا أن الميناء يعمل بصورة طبيعية.'
    )
    then = "وأضاف الورداني في منشور على حسابه الرسمي اليوم أنه لم يصدر أي قرار بهذا الشأن، وأن الحركة مستمرة."
    page = (
        "البوابة\n\n"
        + headline
        + "\n\nالهيئة تكشف حقيقة\nالهيئة تكشف حقيقة إغلاق ميناء الصيادين القديم\n\n"
        + lead
        + "\n\n"
        + headline
        + "\n\n"
        + then
        + "\n"
    )
    doc = clean_text(page)
    assert doc.title == headline
    assert lead in text_lines(doc) and then in text_lines(doc)
    assert headline not in text_lines(doc)


def test_a_page_opening_on_a_wrapped_paragraph_has_no_headline_and_keeps_its_first_words() -> None:
    page = (
        "أعلنت\n"
        "بلدية المدينة الساحلية عن حصيلة موسم الصيد السنوي لقوارب الصيادين في\n"
        "الميناء القديم، حيث سجلت الكميات المفرغة خلال سنة 2024 ارتفاعا كبيرا\n"
        "2023.\n"
        "وأوضحت\n"
        "البلدية في بلاغ وزعته على الصحافة أن هذه الزيادة ترجع إلى تحسن الأحوال\n"
        "الجوية وتمديد فترة الصيد المسموح بها خلال فصل الربيع، وأن عدد القوارب\n"
        "العاملة في الميناء ارتفع بدوره خلال السنة نفسها.\n"
        "وفي سياق متصل\n"
        "قالت البلدية إن أشغال توسيع الرصيف الشمالي ستنطلق في الخريف المقبل بعد\n"
        "استكمال الدراسات التقنية اللازمة والحصول على موافقة الهيئات المعنية.\n"
    )
    doc = clean_text(page)
    lines = text_lines(doc)
    assert doc.title is None
    assert lines[:2] == ["أعلنت", "بلدية المدينة الساحلية عن حصيلة موسم الصيد السنوي لقوارب الصيادين في"]
    assert "أعلنت" not in doc.boilerplate
