"""The line classifier on invented pages: each phenomenon of real site chrome, by shape and position.

Every page here is our own writing (outlets and people invented); each reproduces a kind of line
seen on real pages (issue 15): mastheads with the editor-in-chief's name, date bars, comment widgets
with template code, polls, follow-us prompts, ad slots, copyright, related lists with no marker,
agency standards lines, and teasers that are not articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.text.clean import clean_text
from claims.text.lines import classify
from claims.text.normalize import normalize_for_matching

AR_PAGE = """الرئيسية
أخبار
اقتصاد
رياضة
رئيس مجلسي الإدارة والتحرير
سامر عبد الحميد
الأربعاء 12 مارس 2025 الموافق 12 رمضان 1446
وزير المالية يعلن خطة لخفض العجز خلال ثلاث سنوات
كتب: هاني فؤاد
الأربعاء 12 مارس 2025 03:15 م

قال وزير المالية حسام النجار إن الحكومة ستخفض عجز الموازنة إلى أربعة في المئة خلال ثلاث سنوات.

وأضاف النجار أن الخطة تعتمد على زيادة الإيرادات الضريبية من دون فرض ضرائب جديدة على السلع الأساسية.
إعلان
مساحة إعلانية

وأشار إلى أن وزارته ستنشر تقريرا فصليا عن تنفيذ الخطة اعتبارا من الشهر المقبل
تابعونا على جوجل نيوز
هل تتوقع نجاح خطة خفض العجز؟
نعم
لا
لا أعرف
صوت الآن
{{getCommentCount()}} تعليق
أضف تعليقك
الحكومة تقر موازنة العام المقبل وسط توقعات بتراجع التضخم
البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة
ارتفاع الصادرات غير النفطية بنسبة عشرة في المئة خلال الربع الأول
جميع الحقوق محفوظة © 2025 جريدة المدار
"""

EN_PAGE = """Gulf Ledger
Exclusive coverage for decision makers in the Gulf
Skip to content
Menu
World
Business
Markets
Ports operator reports record quarter as trade recovers
By Dana Whitfield
March 12, 2025 9:41 AM GMT+4 Updated 3 hours ago

DUBAI, March 12 (Gulf Ledger) - A regional ports operator reported record quarterly revenue on Wednesday, saying container volumes rose 18% as shipping routes normalised.

"Demand has come back faster than we planned for," chief executive Omar Haddad told reporters.
Advertisement · Scroll to continue

The company said it would invest $400 million in automated cranes over the next two years.
He declined to comment on job cuts.
Reporting by Dana Whitfield; Editing by Mark Rowe
Our Standards: The Gulf Ledger Trust Principles., opens new tab
Sign up for our morning newsletter to get the top stories in your inbox.
Follow us on Google News
Shipping rates fall for third week as congestion eases
Oil tanker fleet expands to record size in busy Gulf lanes
Airline orders twenty new jets for its regional routes
© 2025 Gulf Ledger. All rights reserved.
"""

AR_BODY = [
    "قال وزير المالية حسام النجار إن الحكومة ستخفض عجز الموازنة إلى أربعة في المئة خلال ثلاث سنوات.",
    "وأضاف النجار أن الخطة تعتمد على زيادة الإيرادات الضريبية من دون فرض ضرائب جديدة على السلع الأساسية.",
    "وأشار إلى أن وزارته ستنشر تقريرا فصليا عن تنفيذ الخطة اعتبارا من الشهر المقبل",
]
EN_BODY = [
    "DUBAI, March 12 (Gulf Ledger) - A regional ports operator reported record quarterly revenue on Wednesday, "
    "saying container volumes rose 18% as shipping routes normalised.",
    '"Demand has come back faster than we planned for," chief executive Omar Haddad told reporters.',
    "The company said it would invest $400 million in automated cranes over the next two years.",
    "He declined to comment on job cuts.",
]


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize(("page", "body"), [(AR_PAGE, AR_BODY), (EN_PAGE, EN_BODY)], ids=["ar", "en"])
def test_article_text_is_the_body_and_its_metadata(page: str, body: list[str]) -> None:
    doc = clean_text(page)
    kept = _lines(doc.text)
    for sentence in body:
        assert sentence in kept  # byte-exact, never split or dropped
    metadata = {m.text for m in doc.metadata}
    assert set(kept) - set(body) == metadata, set(kept) - set(body)  # nothing else stays


AR_CHROME = [
    "رئيس مجلسي الإدارة والتحرير",
    "سامر عبد الحميد",  # the name under the masthead line
    "الأربعاء 12 مارس 2025 الموافق 12 رمضان 1446",  # the site's date bar above the headline
    "إعلان",
    "مساحة إعلانية",
    "تابعونا على جوجل نيوز",
    "هل تتوقع نجاح خطة خفض العجز؟",  # a poll: question, options, vote button
    "نعم",
    "لا أعرف",
    "صوت الآن",
    "{{getCommentCount()}} تعليق",
    "أضف تعليقك",
    "جميع الحقوق محفوظة © 2025 جريدة المدار",
    "الرئيسية",
]
EN_CHROME = [
    "Skip to content",
    "Markets",
    "Exclusive coverage for decision makers in the Gulf",  # a tagline beside the logo
    "Advertisement · Scroll to continue",
    "Our Standards: The Gulf Ledger Trust Principles., opens new tab",
    "Sign up for our morning newsletter to get the top stories in your inbox.",
    "Follow us on Google News",
    "© 2025 Gulf Ledger. All rights reserved.",
]


@pytest.mark.parametrize(
    ("page", "chrome"), [(AR_PAGE, line) for line in AR_CHROME] + [(EN_PAGE, line) for line in EN_CHROME]
)
def test_chrome_goes_to_boilerplate(page: str, chrome: str) -> None:
    doc = clean_text(page)
    assert chrome in doc.boilerplate
    assert chrome not in _lines(doc.text)


def test_metadata_is_kept_and_labelled() -> None:
    ar = {m.text: m.kind for m in clean_text(AR_PAGE).metadata}
    en = {m.text: m.kind for m in clean_text(EN_PAGE).metadata}
    assert ar == {"كتب: هاني فؤاد": "byline", "الأربعاء 12 مارس 2025 03:15 م": "date"}
    assert en == {
        "By Dana Whitfield": "byline",
        "March 12, 2025 9:41 AM GMT+4 Updated 3 hours ago": "date",
        "Reporting by Dana Whitfield; Editing by Mark Rowe": "byline",
    }
    doc = clean_text(EN_PAGE)
    for m in doc.metadata:
        assert doc.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("page", "title", "related"),
    [
        (
            AR_PAGE,
            "وزير المالية يعلن خطة لخفض العجز خلال ثلاث سنوات",
            [
                "الحكومة تقر موازنة العام المقبل وسط توقعات بتراجع التضخم",
                "البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة",
                "ارتفاع الصادرات غير النفطية بنسبة عشرة في المئة خلال الربع الأول",
            ],
        ),
        (
            EN_PAGE,
            "Ports operator reports record quarter as trade recovers",
            [
                "Shipping rates fall for third week as congestion eases",
                "Oil tanker fleet expands to record size in busy Gulf lanes",
                "Airline orders twenty new jets for its regional routes",
            ],
        ),
    ],
    ids=["ar", "en"],
)
def test_unmarked_related_list_after_the_body(page: str, title: str, related: list[str]) -> None:
    doc = clean_text(page)
    assert doc.title == title
    assert [t.text for t in doc.teasers] == related


def test_agency_credit_and_standards_lines() -> None:
    page = (
        "أبوظبي في 12 مارس / وام / أعلنت الهيئة أن مؤشر جودة الهواء تحسن بنسبة ثمانية في المئة خلال العام الماضي.\n"
        "وأوضحت الهيئة في بيان أن محطات الرصد الجديدة غطت جميع المدن الرئيسية في الدولة.\n"
        "وام/سامي يوسف/رنا الحداد\n"
        "جميع الحقوق محفوظة © وكالة الأنباء 2025\n"
    )
    doc = clean_text(page)
    assert [(m.kind, m.text) for m in doc.metadata] == [("byline", "وام/سامي يوسف/رنا الحداد")]
    assert doc.boilerplate == ("جميع الحقوق محفوظة © وكالة الأنباء 2025",)
    assert doc.teasers == ()


def test_lines_repeated_across_a_sites_pages_are_chrome() -> None:
    tagline = "Independent journalism from the Gulf since the spring of 1998"
    page = "The council approved the budget on Monday, officials said.\n" + tagline + "\n"
    assert tagline in clean_text(page).text  # alone, a headline-shaped line after the body is kept
    doc = clean_text(page, repeated={normalize_for_matching(tagline)})
    assert tagline in doc.boilerplate and tagline not in doc.text


def test_a_sentence_broken_over_two_lines_stays_byte_exact() -> None:
    page = "Title of the page here\n\nقال الوزير إن الهدوء الحذر الذي\nيسبق العاصفة لن يدوم طويلا.\n\nوأضاف أن الخطة جاهزة."
    doc = clean_text(page)
    assert "الهدوء الحذر الذي\nيسبق العاصفة" in doc.text


def test_template_markup_and_style_rules_are_chrome() -> None:
    lines = [
        "قال الوزير إن الحكومة ستعرض الخطة على البرلمان الأسبوع المقبل.",
        ".related-articles .card{padding-bottom:55%;}",
        "<div class='ad-slot'></div>",
        "${commentCount} comments",
        "window.addEventListener('load', function () { if (ready) { showPoll(pollId); } });",
        "<p>قال الوزير إن الحكومة ستعرض الخطة على البرلمان.</p>",  # markup around prose is not chrome
    ]
    labels = [v.label for v in classify(lines)]
    assert labels == ["body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "body"]


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.parametrize("path", sorted((FIXTURES / "articles").glob("*.txt")), ids=lambda p: p.stem)
def test_every_page_line_is_accounted_for_and_kept_lines_are_untouched(path: Path) -> None:
    """Nothing vanishes: each line is article text, title, teaser, or audited boilerplate, letters intact."""
    raw = path.read_text(encoding="utf-8")
    doc = clean_text(raw)
    raw_lines = [line.strip() for line in raw.split("\n") if line.strip()]
    kept = [line.strip() for line in doc.text.split("\n") if line.strip()]
    it = iter(raw_lines)
    assert all(any(line == r for r in it) for line in kept)  # kept lines, verbatim and in page order
    teasers = [t.text for t in doc.teasers]
    for line in raw_lines:
        assert (
            line in kept
            or line == doc.title
            or line in doc.boilerplate
            or any(t and t in line for t in teasers)
            or line.lower().startswith("site icon")
        ), line


def test_a_page_of_nothing_but_chrome_has_no_text() -> None:
    doc = clean_text("Skip to content\nMenu\nHome\n© 2025 Gulf Ledger\n{{getCommentCount()}} comments\n")
    assert doc.text == "" and doc.metadata == () and len(doc.boilerplate) == 5


def test_a_given_title_never_swallows_the_sentence_that_repeats_it() -> None:
    title = "Egypt raises interest rates"
    lead = "Egypt raises interest rates by 200 basis points, the central bank said on Thursday."
    page = f"{lead}\nThe decision was expected by most analysts."  # the HTML's <title> is not on the page
    doc = clean_text(page, title=title)
    assert doc.title == title and doc.text.startswith(lead)
    doc = clean_text(f"{title} | Nile Ledger\n{page}", title=title)
    assert doc.text.startswith(lead) and "Nile Ledger" not in doc.text


def test_a_headline_ticker_on_one_line_is_chrome_a_paragraph_with_stray_gaps_is_not() -> None:
    ticker = "    ".join(
        [
            "الحكومة تقر موازنة العام المقبل وسط توقعات بتراجع التضخم",
            "البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة",
            "ارتفاع الصادرات غير النفطية بنسبة عشرة في المئة خلال الربع الأول",
            "وزير الخارجية يصل إلى القاهرة في زيارة رسمية تستمر يومين",
            "افتتاح معرض الكتاب الدولي بمشاركة أربعين دولة",
        ]
    )
    gaps = "قال الوزير إن الحكومة   ستعرض الخطة على البرلمان الأسبوع المقبل، مشيرا إلى أن   التمويل متوفر بالكامل."
    doc = clean_text(f"{ticker}\n{gaps}\nوأضاف أن اللجنة المالية ستناقش الخطة يوم الأحد المقبل.")
    assert ticker in doc.boilerplate
    assert gaps in doc.text


RELATED_CASES = {
    "between sections under a header": (
        "قال المتحدث باسم الوزارة إن الفرق الميدانية أنهت أعمال الصيانة في الشبكة الرئيسية أمس.\n"
        "مواضيع ذات صلة\n"
        "انقطاع المياه عن أحياء شرق المدينة لمدة يومين\n"
        "البلدية تطلق حملة لترشيد الاستهلاك في الصيف\n"
        "وأضاف المتحدث أن الضخ سيعود إلى طبيعته تدريجيا خلال الساعات المقبلة، وفق بيان الوزارة.\n",
        ["انقطاع المياه عن أحياء شرق المدينة لمدة يومين", "البلدية تطلق حملة لترشيد الاستهلاك في الصيف"],
        ["قال المتحدث", "وأضاف المتحدث أن الضخ سيعود"],
    ),
    # a card prints its headline twice around a date, then a cut excerpt: one teaser, the rest chrome
    "teaser cards below the body": (
        "The council approved the harbour budget on Monday after a long debate, officials said.\n"
        "Opinion\n"
        "Harbour plans stall\n"
        "12 May, 2025\n"
        "Harbour plans stall\n"
        "IS the harbour project to be delayed until it no longer matters? That is the fear of many who...\n",
        ["Harbour plans stall"],
        ["The council approved the harbour budget on Monday after a long debate, officials said."],
    ),
    "an Arabic sentence without a full stop is not a listed headline": (
        "قال وزير النقل إن الخط الحديدي الجديد سيفتتح في الربيع المقبل بعد اكتمال التجارب.\n"
        "أخبار ذات صلة\n"
        "القطار السريع يصل إلى الميناء للمرة الأولى\n"
        "دمشق: سامر خليل أعلنت المؤسسة العامة للنقل بدء التسجيل على بطاقات الاشتراك الشهرية للطلاب\n",
        ["القطار السريع يصل إلى الميناء للمرة الأولى"],
        ["أعلنت المؤسسة العامة للنقل"],
    ),
    "the article's own list under a colon is not a related list": (
        "أقر مجلس الوزراء في جلسته أمس حزمة إجراءات لدعم المشاريع الصغيرة والمتوسطة.\n"
        "وتضمنت القرارات:\n"
        "إعفاء المشاريع الصغيرة من الرسوم البلدية لمدة عامين\n"
        "تمديد العمل ببرنامج الدعم النقدي حتى نهاية العام\n"
        "إنشاء صندوق جديد لتمويل الصادرات الزراعية\n"
        "وقال وزير الاقتصاد إن الحزمة ستكلف الخزينة نحو مئتي مليون دينار خلال العام المقبل.\n",
        [],
        ["تمديد العمل ببرنامج الدعم النقدي حتى نهاية العام"],
    ),
    # a tag list under its own header ends the related list: tags are chrome, never cross-references
    "tags after the related list are not teasers": (
        "قال وزير الزراعة إن إنتاج القمح ارتفع هذا العام بفضل الأمطار الغزيرة في الشمال، وفق بيان الوزارة.\n"
        "اقرأ أيضًا\n"
        "الحكومة تعلن موعد صرف الدعم للمزارعين في المحافظات\n"
        "ارتفاع أسعار الأعلاف يثقل كاهل مربي المواشي\n"
        "الكلمات الدالة\n"
        "دعم المزارعين\n"
        "وزارة الزراعة\n"
        "التعليقات\n",
        ["الحكومة تعلن موعد صرف الدعم للمزارعين في المحافظات", "ارتفاع أسعار الأعلاف يثقل كاهل مربي المواشي"],
        ["قال وزير الزراعة"],
    ),
    # a name of two or three words among full-size headlines is a tag, not a headline
    "topic lines among listed headlines are not teasers": (
        "قال وزير الزراعة إن إنتاج القمح ارتفع هذا العام بفضل الأمطار الغزيرة في الشمال، وفق بيان الوزارة.\n"
        "مواضيع ذات صلة\n"
        "الحكومة تعلن موعد صرف الدعم للمزارعين في المحافظات\n"
        "الصدر يجدد رفض المشاركة: لن نكون شهود زور\n"
        "إذاعة الريف الخاصة\n"
        "اشترك في قائمتنا البريدية\n",
        ["الحكومة تعلن موعد صرف الدعم للمزارعين في المحافظات", "الصدر يجدد رفض المشاركة: لن نكون شهود زور"],
        ["قال وزير الزراعة"],
    ),
    # "من ملف:" names the dossier a list of headlines belongs to: a label, not a headline
    "a dossier label above unmarked headlines": (
        "قال وزير الطاقة إن معامل الإنتاج ستعود إلى العمل خلال أيام بعد وصول شحنة الوقود، وفق بيان الوزارة.\n"
        "من ملف : أزمة الوقود\n"
        "العتمة الشاملة: كيف أنفقت سلفة الخزينة؟\n"
        "الهبة الخارجية: الرفض مستمر\n",
        ["العتمة الشاملة: كيف أنفقت سلفة الخزينة؟", "الهبة الخارجية: الرفض مستمر"],
        ["قال وزير الطاقة"],
    ),
}


@pytest.mark.parametrize(("page", "related", "kept"), list(RELATED_CASES.values()), ids=list(RELATED_CASES))
def test_related_lists_and_what_stays_in_the_article(page: str, related: list[str], kept: list[str]) -> None:
    doc = clean_text(page)
    assert [t.text for t in doc.teasers] == related
    for text in kept:
        assert text in doc.text


@pytest.mark.parametrize("tail", ["وأكدَ أن المنتخب", "وأضاف أن الفريق"])
def test_a_sentence_the_excerpt_cut_after_its_cue_stays_in_the_text(tail: str) -> None:
    """Scraped excerpts end mid-sentence: a cue and its complementiser are prose, not a footer label."""
    page = "قال المدرب إن الفريق جاهز للمباراة النهائية، واللاعبون في حالة بدنية عالية.\n" + tail + "\nشارك\n"
    doc = clean_text(page)
    assert tail in doc.text
    assert doc.boilerplate == ("شارك",)


def test_tags_below_the_body_are_chrome_hyphenated_or_printed_on_one_line() -> None:
    """A tag list printed as one line of topic words between two chrome lines, and a hyphenated tag
    (``Start-ups``: a word, not a ``Place - Agency`` dateline), stay out of the article text."""
    page = (
        "قال وزير الفلاحة إن الموسم الزراعي تأثر بقلة الأمطار في معظم المناطق، وفق بيان الوزارة.\n"
        "وأضاف أن الحكومة خصصت دعما إضافيا للشعير المستورد خلال الأشهر المقبلة.\n"
        "تابعوا آخر الأخبار على Google News\n"
        "الجفاف وزير الفلاحة الشعير المدعم الموسم الزراعي\n"
        "أضف تعليقك\n"
    )
    doc = clean_text(page)
    assert "الجفاف وزير الفلاحة الشعير المدعم الموسم الزراعي" in doc.boilerplate
    assert "وأضاف أن الحكومة خصصت" in doc.text
    page_en = (
        "The fund will invest in Arabic language models, the ministry said in a statement on Monday.\n"
        "Officials said the first grants would be announced before the end of the year.\n"
        "Topics\n"
        "Artificial Intelligence\n"
        "Start-ups\n"
        "Most popular\n"
    )
    doc = clean_text(page_en)
    assert "Start-ups" in doc.boilerplate and "Start-ups" not in doc.text
    assert not any(m.text == "Start-ups" for m in doc.metadata)


def test_site_vocabulary_behind_the_article_and_in_french() -> None:
    """Maghreb pages carry French furniture around Arabic text; ``ال`` in front of a furniture word
    (``الفيديو``) hides nothing."""
    from claims.text.line_features import features

    assert features("12 commentaires pour l'article 5501").chrome >= 2
    assert features("الفيديو: 2:31").chrome >= 1
    assert features("قال الوزير إن الميزانية سترتفع.").chrome == 0


@pytest.mark.parametrize("tail", ['"We remain hopeful ', "“They have not", "«لن نتراجع"])
def test_a_quotation_the_excerpt_cut_short_below_the_body_stays_in_the_text(tail: str) -> None:
    """A page's excerpt may stop a few words into the last quotation: an opening quote mark with no
    closing one is a sentence cut short, never a footer label like ``Share``."""
    page = (
        "Harbour officials said the ferry service would resume on Friday after repairs to the main pier.\n\n"
        "The port director said crews had worked through the night to replace the damaged supports.\n\n"
        + tail
        + "\n"
    )
    doc = clean_text(page)
    assert tail.strip() in doc.text
    doc = clean_text(page + "Share\n")
    assert tail.strip() in doc.text
    assert doc.boilerplate == ("Share",)


@pytest.mark.parametrize("marker", ["اقرأ ايضا..", "اقرأ أيضا…", "إقرأ أيضاً :", "اقرأ أيضا -"])
def test_a_teaser_keeps_none_of_its_markers_punctuation(marker: str) -> None:
    """``اقرأ ايضا..`` over a headline left its two dots at the front of the stored teaser (the flag
    audit of 148 new pages): a card on the desk read ``.. وزير …`` and its title matched nothing."""
    page = (
        "أعلنت وزارة النقل أن الخط الجديد للقطار سيفتح أمام الركاب في الربيع المقبل بعد تأخر دام عامين.\n"
        "وأوضح الوزير في مؤتمر صحفي أن الأعمال المتبقية لا تتجاوز تركيب الإشارات في المحطات الأخيرة.\n"
        f"{marker} وزير النقل يفتتح محطة الشمال الجديدة\n"
        "وأضاف أن أسعار التذاكر ستبقى كما هي طوال العام الأول من التشغيل.\n"
    )
    doc = clean_text(page)
    assert [t.text for t in doc.teasers] == ["وزير النقل يفتتح محطة الشمال الجديدة"]
