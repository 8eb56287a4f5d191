"""Listings of the site's other stories with no marker and no furniture, told from the article by subject.

A "latest news" block printed over the article, or excerpts of other stories cut to a card's length under
it, carry no "اقرأ أيضا", no date, no bullet: only their subject gives them away. Each headline is about
something the article never mentions, and about something else than the headline before it; an article's
own sub-heads, points and closing paragraphs use the article's words. Fresh real pages (set ``clean15a``,
labelled line by line before anyone read the cleaner's output) had such listings on nine Arabic pages of 52,
none of them found. Every sentence here is invented.
"""

from __future__ import annotations

from claims.text.clean import clean_text

_AR_BODY = (
    "أعلن مدير الدفاع المدني في محافظة الواحة العقيد سالم الهاشمي أن فرق الإنقاذ أخلت اليوم أربعين عائلة "
    "من الأحياء المنخفضة بعد أن غمرت مياه الأمطار الشوارع والمنازل القريبة من مجرى الوادي.\n"
    "وقال الهاشمي في تصريح صحفي إن الفرق الميدانية ما زالت تعمل على ضخ المياه من الأنفاق والجسور، "
    "داعيا السكان إلى الابتعاد عن مجاري السيول وعدم عبور الأودية بالسيارات.\n"
    "وأضاف أن غرفة العمليات تلقت منذ الفجر أكثر من مئتي بلاغ عن سيارات عالقة ومنازل تسربت إليها المياه، "
    "مؤكدا أن الأمطار ستستمر حتى مساء الغد وفق تقديرات مركز الأرصاد.\n"
)

_AR_LISTING = (
    "ارتفاع أسعار الذهب في السوق المحلية مع بداية التداولات\n"
    "المنتخب الوطني يفوز على ضيفه بثلاثة أهداف في التصفيات\n"
    "افتتاح معرض الكتاب الدولي بمشاركة مئات دور النشر\n"
    "وزارة الصحة تطلق حملة لتطعيم طلاب المدارس ضد الإنفلونزا\n"
    "هبوط طائرة شحن اضطراريا في مطار العاصمة دون إصابات\n"
)


def _related(doc) -> list[str]:
    return [t.text for t in doc.teasers]


def test_a_latest_news_listing_over_the_article_is_related_and_no_title() -> None:
    doc = clean_text(_AR_LISTING + _AR_BODY)
    assert len(_related(doc)) == 5
    assert doc.title is None  # the listing's first headline is another story's, not this page's title
    assert "ارتفاع أسعار الذهب" not in doc.text
    assert doc.text.startswith("أعلن مدير الدفاع المدني")


def test_the_articles_own_headline_inside_the_listing_is_its_title() -> None:
    own = "الدفاع المدني يخلي أربعين عائلة في الواحة بعد غرق الأحياء بمياه الأمطار\n"
    lines = _AR_LISTING.splitlines(keepends=True)
    doc = clean_text("".join(lines[:2]) + own + "".join(lines[2:]) + _AR_BODY)
    assert doc.title == own.strip()
    assert len(_related(doc)) == 5


def test_the_articles_own_lines_over_it_are_not_a_listing() -> None:
    header = (
        "الدفاع المدني يخلي أربعين عائلة في الواحة بعد غرق الأحياء بمياه الأمطار\n"
        "فرق الإنقاذ تضخ المياه من الأنفاق والجسور في الواحة\n"
        "مركز الأرصاد: الأمطار مستمرة حتى مساء الغد\n"
        "الهاشمي يدعو السكان إلى الابتعاد عن مجاري السيول\n"
    )
    doc = clean_text(header + _AR_BODY)
    assert _related(doc) == []
    assert "فرق الإنقاذ تضخ المياه" in doc.text


_AR_EXCERPTS = (
    "شهدت أسواق الأسهم الخليجية تراجعا ملحوظا في ختام تعاملات الأسبوع بعد موجة بيع واسعة طالت قطاع البنوك…\n"
    "في فصل جديد من الخلاف التجاري بين البلدين، قررت الحكومة فرض رسوم إضافية على واردات الصلب والألمنيوم\n"
    "تأهل فريق النادي الأهلي إلى الدور نصف النهائي من كأس السلة بعد فوزه على منافسه بفارق ثماني نقاط…\n"
    "أعلنت هيئة الطيران المدني تشغيل رحلات جديدة إلى ثلاث عواصم أوروبية ابتداء من الشهر المقبل…\n"
)


def test_excerpts_of_other_stories_cut_under_the_article_are_related() -> None:
    doc = clean_text(_AR_BODY + _AR_EXCERPTS)
    assert len(_related(doc)) == 4
    assert doc.text.rstrip().endswith("وفق تقديرات مركز الأرصاد.")


def test_the_articles_closing_paragraphs_without_stops_stay() -> None:
    closing = (
        "وأشار الهاشمي إلى أن الدفاع المدني نشر فرقا إضافية قرب مجرى الوادي لمراقبة منسوب المياه\n"
        "وبين أن فرق الإنقاذ ستبقى في حالة تأهب في الواحة حتى انتهاء موجة الأمطار\n"
        "كما دعا السكان إلى متابعة تحذيرات مركز الأرصاد عبر القنوات الرسمية\n"
    )
    doc = clean_text(_AR_BODY + closing)
    assert _related(doc) == []
    assert "حتى انتهاء موجة الأمطار" in doc.text


def test_numbered_points_under_the_article_stay_the_articles() -> None:
    points = (
        "1) شراء مضخات جديدة للأنفاق في الأحياء الشمالية ضمن خطة تمتد ثلاث سنوات\n"
        "2) رصف الطرق الترابية التي تقطعها السيول كل شتاء\n"
        "3) إنشاء قنوات تصريف على طول الطريق الدائري\n"
    )
    doc = clean_text(_AR_BODY + points)
    assert _related(doc) == []


_EN_BODY = (
    "Firefighters rescued two hikers who were stranded overnight on a ridge above Lake Morrow, the county fire "
    "service said on Sunday.\n"
    "The pair had set out on Saturday morning but lost the trail in fog and called for help shortly before dusk, "
    "station commander Ellen Price said.\n"
    "A helicopter crew winched both hikers to safety at first light and flew them to the regional hospital, where "
    "they were treated for mild hypothermia.\n"
)


def test_a_cookie_notice_under_the_article_is_chrome_and_the_cut_excerpts_above_it_are_related() -> None:
    excerpts = (
        "The central bank left its main interest rate unchanged on Thursday, citing slower growth in…\n"
        "A 40-year-old man appeared in court on Monday charged with stealing copper cable from a…\n"
        "Shares in the electric carmaker fell sharply after the company cut its delivery forecast for…\n"
    )
    doc = clean_text(_EN_BODY + excerpts + "This website uses cookies.\n")
    assert "This website uses cookies." in doc.boilerplate
    assert len(_related(doc)) == 3


def test_headlines_under_an_additional_topics_header_are_related() -> None:
    more = (
        "مواضيع إضافية\n"
        "وزير الخارجية يستقبل سفير الدولة المجاورة لبحث التعاون\n"
        "شلل في حركة الملاحة الجوية بين العاصمتين\n"
    )
    doc = clean_text(_AR_BODY + more)
    assert len(_related(doc)) == 2
    assert "مواضيع إضافية" in doc.boilerplate


def test_a_table_between_the_articles_paragraphs_stays_the_articles() -> None:
    """A company's results between two paragraphs: rows of figures, one taken for a date on its own, another
    for a listed headline; they are the article's figures, the very statements a desk checks."""
    page = (
        "Harbour Dairy reported a rise of 49 percent in its nine-month profit on Sunday, helped by higher sales "
        "of milk and juice across the region.\n"
        "Item 9M 2021 9M 2022 Change\n"
        "Revenue 1,542.39 1,979.82 28.4 %\n"
        "Net income 145.86 218.33 49.7 %\n"
        "Average shares 32.50 32.50 -\n"
        "Earnings per share 4.49 6.72 49.7 %\n"
        "The company said sales rose by 437 million riyals, while its gross margin widened to 31.4 percent.\n"
    )
    doc = clean_text(page)
    for row in ("Revenue 1,542.39", "Net income 145.86", "Average shares 32.50", "Earnings per share 4.49"):
        assert row in doc.text
