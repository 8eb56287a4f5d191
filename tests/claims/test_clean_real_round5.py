"""Page cleaning, round 5: shapes of related lists and chrome seen on the dev4–dev6 pages, on invented lines.

Every line here is our own writing (outlets, people and places invented); each reproduces a layout:
a teaser marker written for both genders (``اقرأ/ي``), a bulleted teaser with a label between two
paragraphs, an embedded post quoted in the article, a short title-case label heading a list, the
headline printed after the body, a line in another script under an Arabic article, a tag path, the
page title printed twice with the site's notices between the copies, and a media duration.
"""

from __future__ import annotations

from claims.text.clean import clean_text

EN_P1 = "The harbour board approved a new schedule for the ferry service on Monday after a long debate.\n\n"
EN_P2 = "The board chair said the changes would take effect in the spring, once the pier repairs are done.\n\n"
EN_P3 = "Residents of the island have complained for months about cancelled crossings and long queues.\n\n"
AR_P1 = "قال رئيس بلدية المدينة إن أعمال صيانة شبكة المياه ستنتهي قبل نهاية الشهر الجاري، وفق بيان البلدية.\n\n"
AR_P2 = "وأضاف أن فرق الصيانة تعمل على مدار الساعة لإعادة الخدمة إلى الأحياء الشرقية في أقرب وقت.\n\n"


def test_a_teaser_marker_written_for_both_genders_marks_a_teaser() -> None:
    page = AR_P1 + "اقرأ/ي أيضًا: البلدية تفتتح حديقة عامة جديدة في الحي الشمالي\n\n" + AR_P2
    doc = clean_text(page)
    assert [t.text for t in doc.teasers] == ["البلدية تفتتح حديقة عامة جديدة في الحي الشمالي"]
    assert "وأضاف أن فرق الصيانة" in doc.text


def test_a_bulleted_labelled_headline_between_two_paragraphs_is_a_teaser() -> None:
    line = "- Earlier story: Ferry operator says new boats will arrive next year"
    doc = clean_text(EN_P1 + EN_P2 + line + "\n\n" + EN_P3)
    assert [t.text for t in doc.teasers] == [line]
    assert line not in doc.text
    assert "Residents of the island" in doc.text


def test_an_embedded_post_quoted_in_the_article_is_no_teaser() -> None:
    post = "Huge Queues Outside The Ferry Terminal In Port Mallow This Morning #PortMallow pic.twitter.com/Ab3dE9fGh1"
    credit = "— Dana Forge (@danaforge) March 3, 2024"
    doc = clean_text(EN_P1 + EN_P2 + post + "\n" + credit + "\n\n" + EN_P3)
    assert doc.teasers == ()
    assert post in doc.text


def test_a_short_title_case_label_over_a_list_below_the_body_is_its_header() -> None:
    page = (
        EN_P1
        + EN_P2
        + "Most Shared\n"
        + "Most Shared Photo Galleries\n"
        + "Storm closes coastal road for a second day\n"
        + "Storm closes coastal road for a second day\n"
        + "Council names new head of the fire service\n"
        + "Council names new head of the fire service\n"
    )
    doc = clean_text(page)
    assert "Most Shared Photo Galleries" in doc.boilerplate
    assert {t.text for t in doc.teasers} == {
        "Storm closes coastal road for a second day",
        "Council names new head of the fire service",
    }


def test_under_an_arabic_article_a_latin_line_and_a_tag_path_are_chrome_and_the_headline_no_teaser() -> None:
    headline = "رئيس البلدية يعلن انتهاء صيانة شبكة المياه في الأحياء الشرقية قبل نهاية الشهر"
    page = (
        AR_P1
        + AR_P2
        + "/أ ش أ/\n"
        + headline
        + "\n"
        + "مياه/بلديات/صيانة/خدمات\n"
        + "Your session has expired for this pa\n"
    )
    doc = clean_text(page)
    assert doc.teasers == ()
    assert "مياه/بلديات/صيانة/خدمات" in doc.boilerplate
    assert "Your session has expired for this pa" in doc.boilerplate
    assert "وأضاف أن فرق الصيانة" in doc.text
    dated = AR_P1 + AR_P2 + "/أ ش أ/\n" + "11/05/2025 10:42:07\n" + "مياه/بلديات/صيانة/خدمات\n"
    assert "11/05/2025 10:42:07" in clean_text(dated).text  # a date with slashes is no tag path


def test_the_title_printed_twice_makes_the_lines_between_the_masthead() -> None:
    title = "Ferry crossings to resume after pier repairs, harbour board says"
    notice = "We apologise, this section cannot be shown right now. Our team is fixing it. Please come back soon."
    page = (
        title
        + "\n\n"
        + notice
        + "\n\nAdvertisement\n\nThis story is 6 years old\n\nPublished March 4, 2019, 9:15 AM\n\n"
        + title
        + "\n\nBy Lena Corvin\nUpdated\n\n"
        + EN_P1
        + EN_P2
    )
    doc = clean_text(page)
    assert doc.title == title
    assert doc.teasers == ()
    assert {notice, "This story is 6 years old", "Updated"} <= set(doc.boilerplate)
    assert "The harbour board approved" in doc.text and "By Lena Corvin" in doc.text
    assert "Published March 4, 2019, 9:15 AM" in doc.text  # the story's date, between the copies, is metadata


def test_a_media_duration_below_the_body_is_chrome() -> None:
    page = AR_P1 + AR_P2 + "الفيديو: 3:12:45\n" + "التعليقات\n"
    doc = clean_text(page)
    assert "الفيديو: 3:12:45" in doc.boilerplate
    dated = AR_P1 + AR_P2 + "الأربعاء 12 مارس 2025 03:15 م\n"
    assert "الأربعاء 12 مارس 2025 03:15 م" in clean_text(dated).text


def test_a_speaker_headline_with_one_site_word_is_the_title_and_the_date_above_it_the_date_bar() -> None:
    """``Speaker: No comment`` carries one word of site vocabulary but is the headline when the page has
    no other: the date printed above it is then the site's date bar."""
    page = (
        "Monday, May 6, 2024\n\n"
        "Harbour Board: No comment\n\n"
        "Date:\n\n"
        "Share post:\n\n"
        + EN_P1
        + EN_P2
    )
    doc = clean_text(page)
    assert doc.title == "Harbour Board: No comment"
    assert "Monday, May 6, 2024" in doc.boilerplate
    assert "The harbour board approved" in doc.text


def test_under_a_related_header_a_short_headline_stays_a_teaser() -> None:
    page = AR_P1 + AR_P2 + "الأكثر قراءة\nالبرلمان يقر موازنة العام\nالمنتخب يفوز بالبطولة الإقليمية\nالبنك المركزي يثبت الفائدة\n"
    assert [t.text for t in clean_text(page).teasers] == [
        "البرلمان يقر موازنة العام",
        "المنتخب يفوز بالبطولة الإقليمية",
        "البنك المركزي يثبت الفائدة",
    ]
    page = EN_P1 + EN_P2 + "Most read\nMayor Opens New Bridge\nStorm closes coastal road for a second day\nCouncil names new head of the fire service\n"
    assert [t.text for t in clean_text(page).teasers][0] == "Mayor Opens New Bridge"
