"""Page cleaning, round 16c: listings around the article on Arabic sites and English agency pages.

Every line here is our own writing (outlets, people and places invented). Shapes: a run of cut previews
whose last card the page stopped without its "…"; a teaser marker with a bare label ("… in the same
section") over the list; an exclaiming headline between listed headlines, and a pictograph-led last card;
a slider's headline-and-lead pairs above a widget and the article's dated headline; a listing page's label
("Tag: …", "Daily Archives: …"); a rate widget's rows above the first paragraph; the site's clock (date
and time) over its masthead.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from claims.text.lines import classify
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3, teaser_texts, text_lines

CUT_CARDS = [
    "خاض فريق الميناء حصته التدريبية الأخيرة مساء اليوم قبل السفر إلى العاصمة لخوض…",
    "تعادل نادي الجزيرة مع ضيفه في مباراة مثيرة شهدت طرد لاعبين من الفريقين في…",
    "نشرت رابطة الدوري البرنامج الكامل لمباريات الجولة المقبلة عبر موقعها الرسمي على…",
    "أحرز مهاجم الفريق الشاب هدفين في الشوط الثاني ليقلب النتيجة لصال",
]


def test_the_page_cut_off_inside_the_last_of_a_run_of_cut_previews() -> None:
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "\n".join(CUT_CARDS) + "\n")
    assert teaser_texts(doc) == CUT_CARDS
    assert text_lines(doc) == [AR_P1.strip(), AR_P2.strip(), AR_P3.strip()]


def test_two_cut_previews_do_not_make_the_line_under_them_a_card() -> None:
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "\n".join(CUT_CARDS[1:]) + "\n")
    assert CUT_CARDS[-1] not in teaser_texts(doc)


SAME_SECTION = [
    "طالبت الهيئة المجتمع الدولي بوقف الاعتداءات على الصيادين ومحاسبة المسؤولين عنها",
    "أقر مجلس الوزراء مشروع قانون لتنظيم النقل البحري ومشروع مرسوم بشأن الموانئ الصغيرة",
    "لتسهيل وصول المسافرين إلى الجزر البعيدة وتحسين جودة الخدمات في المحطات",
]


def test_a_marker_with_a_bare_label_heads_the_list_to_the_page_end() -> None:
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "اقرأ أيضا بنفس القسم\n" + "\n".join(SAME_SECTION) + "\n")
    assert teaser_texts(doc) == SAME_SECTION
    assert "بنفس القسم" not in teaser_texts(doc)
    assert text_lines(doc) == [AR_P1.strip(), AR_P2.strip(), AR_P3.strip()]


def test_a_marked_headline_stays_a_teaser() -> None:
    doc = clean_text(AR_P1 + AR_P2 + "اقرأ أيضا: البلدية تفتح ميناء جديدا\n" + AR_P3)
    assert teaser_texts(doc) == ["البلدية تفتح ميناء جديدا"]


LISTED_TWICE = [
    "النادي البحري يضغط بقوة: هل ينجح في تجديد عقد مدربه هذا المساء؟",
    "مهرجان موسيقى الشواطئ بالجزيرة عاد… وليته ما عاد!",
    "🔴 النادي البحري يقترب من ضم ثلاثة لاعبين شبان: مستقبل الفريق بين أيديهم",
    "🏆 منتخب الشباب على أعتاب تحد جديد: مباراتان حاسمتان نحو النهائي",
]


def test_an_exclaiming_headline_between_listed_headlines_and_a_pictograph_card_at_the_end() -> None:
    cards = "".join(f"{h}\n{h}\n" for h in LISTED_TWICE)
    doc = clean_text(AR_P1 + AR_P2 + AR_P3 + "آخر الأخبار\n" + cards + "🎭 سعاد المنصوري\n")
    teasers = teaser_texts(doc)
    assert LISTED_TWICE[1] in teasers
    assert "🎭 سعاد المنصوري" in teasers
    assert text_lines(doc) == [AR_P1.strip(), AR_P2.strip(), AR_P3.strip()]


SLIDER = [
    "Governor Alvarenga: The New Harbour Will Unite the Two Coasts",
    "Governor Tomas Alvarenga called on residents of both coasts to support the harbour plan, saying it would bring work and trade to the region for years to come.",
    "Northland Minister Says Fishing Fleets Must Modernise",
    "The Northland fisheries minister has urged fleet owners to replace old engines, citing rising fuel prices and the need to cut emissions along the coast.",
    "Island League: Port Rovers and Bay United Win Away",
    "Port Rovers beat their hosts 2-0 in the match played at the old stadium on Saturday, as part of the tenth round of the island league.",
]


def test_a_sliders_headline_and_lead_pairs_over_a_widget_and_the_dated_headline() -> None:
    page = "\n".join(
        [
            *SLIDER,
            "User Name: Password:",
            "Harbour Board: Ferry wardens did their duty at the north pier",
            "[12/03/2021 09:15]",
            "PORTVILLE-HNA",
            EN_P1.strip(),
            EN_P2.strip(),
            EN_P3.strip(),
        ]
    )
    doc = clean_text(page + "\n")
    assert teaser_texts(doc) == SLIDER
    assert doc.title == "Harbour Board: Ferry wardens did their duty at the north pier"
    assert EN_P1.strip() in text_lines(doc)


def test_a_headline_over_its_lead_with_no_widget_above_the_dated_headline_stays() -> None:
    page = "\n".join([*SLIDER[:4], "Harbour Board: Ferry wardens did their duty", "[12/03/2021 09:15]", EN_P1.strip(), EN_P2.strip()])
    doc = clean_text(page + "\n")
    assert not teaser_texts(doc)


def test_a_listing_pages_label_is_chrome() -> None:
    for label in ("Tag: ferries", "Daily Archives: March 3, 2021", "Category: Harbour news", "التصنيف: أخبار الموانئ"):
        doc = clean_text(label + "\n" + EN_P1 + EN_P2 + EN_P3)
        assert label not in text_lines(doc), label
        assert label in doc.boilerplate


def test_a_rate_widgets_rows_above_the_first_paragraph_are_chrome() -> None:
    rows = [
        "Exchange rates Island Crown|03/03/2021",
        "USD 1$ in 12,40 in 12.95",
        "EUR 1€ in 13.10 in 13.72",
        "GBP in 15.02   15.66",
    ]
    doc = clean_text("\n".join(rows) + "\n03/03/2021 10:12\n" + EN_P1 + EN_P2 + EN_P3)
    lines = text_lines(doc)
    assert not any(row in lines for row in rows)
    assert doc.title is None or doc.title not in rows
    assert "03/03/2021 10:12" in lines  # the article's own date line stays


def test_the_sites_clock_over_its_masthead_is_chrome() -> None:
    page = (
        "الثلاثاء 09 مارس 2021\n"
        "توقيت الجزيرة 10:45 ص\n"
        "الساحل اليوم\n"
        "رئيس مجلس الإدارة و رئيس التحرير\n"
        "سليم الحداد\n"
        "البلدية: هذه خطة العبارات الجديدة.\n" + AR_P1 + AR_P2 + AR_P3
    )
    doc = clean_text(page)
    lines = text_lines(doc)
    assert "الثلاثاء 09 مارس 2021" not in lines
    assert "توقيت الجزيرة 10:45 ص" not in lines


def test_a_date_and_time_over_the_headline_with_no_masthead_are_no_clock() -> None:
    page = "الثلاثاء 09 مارس 2021\nتوقيت الجزيرة 10:45 ص\nالبلدية تعلن خطة العبارات الجديدة\n" + AR_P1 + AR_P2
    kinds = [v.kind for v in classify([line for line in page.split("\n") if line.strip()])]
    assert "masthead-clock" not in kinds
