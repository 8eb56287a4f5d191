"""Lines a site repeats across its pages, learnt from what is stored, make the cleaner drop them.

Pages are our own writing; the database is real (SQLite and PostgreSQL via ``db_url``).
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from claims.db import session_scope
from claims.ingest.items import items_from_paths
from claims.ingest.pipeline import run_pipeline
from claims.models import Article, Source
from claims.text.normalize import normalize_for_matching
from claims.text.site import repeated_lines

TAGLINE = "صوت المدينة منذ عام ألف وتسعمئة وثمانية وتسعين"
BODIES = [
    "قال رئيس البلدية إن أعمال تأهيل الطريق الساحلي ستنتهي قبل نهاية الصيف المقبل.",
    "أعلنت مديرية التربية أن العام الدراسي سيبدأ في الأسبوع الأول من أيلول المقبل.",
    "قال مدير المستشفى إن الجناح الجديد سيستقبل المرضى اعتبارا من الشهر المقبل.",
    "أكد وزير الزراعة أن موسم القمح هذا العام تجاوز التوقعات بنسبة عشرة في المئة.",
]


def _page(i: int) -> str:
    return f"عنوان الخبر رقم {i} عن المدينة اليوم\n\n{BODIES[i]}\n\n{TAGLINE}\n"


def test_repeated_lines_need_three_pages_and_skip_sentences_and_titles() -> None:
    pages = [
        ["Home", "A short sub-head", "The minister said so.", "Own headline of page one"],
        ["Home", "A short sub-head", "The minister said so.", "Own headline of page one"],
        ["Home", "Another line", "The minister said so.", "Own headline of page one"],
    ]
    got = repeated_lines(pages, exclude={normalize_for_matching("Own headline of page one")})
    assert got == frozenset({"home"})  # sentences, two-page lines and stored titles are not learnt


def test_pipeline_learns_a_sites_tagline_from_stored_pages(db_url: str, tmp_path: Path) -> None:
    with session_scope(db_url) as s:
        source = Source(name="madina", kind="files", location=str(tmp_path))
        s.add(source)
        s.flush()
        source_id = source.id
    for i in range(3):
        (tmp_path / f"p{i}.txt").write_text(_page(i), encoding="utf-8")
    run_pipeline(db_url, items_from_paths(sorted(tmp_path.glob("p*.txt"))), source_id=source_id)
    with session_scope(db_url) as s:
        first = s.exec(select(Article)).all()
        assert len(first) == 3 and all(TAGLINE in a.text for a in first)  # one page alone cannot tell
    later = tmp_path / "later"
    later.mkdir()
    (later / "p3.txt").write_text(_page(3), encoding="utf-8")
    report = run_pipeline(db_url, items_from_paths([later]), source_id=source_id)
    assert report.count("added") == 1
    with session_scope(db_url) as s:
        article = s.exec(select(Article).where(Article.id == report.added[0].article_id)).one()
        assert TAGLINE not in article.text and TAGLINE in article.boilerplate
        assert BODIES[3] in article.text and article.title == "عنوان الخبر رقم 3 عن المدينة اليوم"


def test_an_unmarked_related_list_resolves_when_the_teased_article_arrives(db_url: str, tmp_path: Path) -> None:
    """Teasers found without a marker become related links; the teased article, ingested later, resolves them."""
    from claims.models import CrossReference

    teased = "وزارة الزراعة تعلن موعد بدء حصاد القمح في المحافظات الشمالية"
    first = tmp_path / "a"
    first.mkdir()
    (first / "a.txt").write_text(
        # the comment counter between the body and the headlines is the listing's evidence (cleaning rounds
        # 12-13: two bare headline-shaped lines under an article are as often its own last lines)
        "عنوان الخبر الأول عن المدينة اليوم\n\n" + BODIES[0] + "\n\n0 تعليق\n" + teased + "\n"
        "البلدية تفتتح حديقة عامة جديدة في الحي الشرقي للمدينة\n",
        encoding="utf-8",
    )
    run_pipeline(db_url, items_from_paths([first]))
    with session_scope(db_url) as s:
        waiting = {x.text: x.to_article_id for x in s.exec(select(CrossReference)).all()}
        assert waiting == {teased: None, "البلدية تفتتح حديقة عامة جديدة في الحي الشرقي للمدينة": None}
    later = tmp_path / "b"
    later.mkdir()
    (later / "b.txt").write_text(teased + "\n\n" + BODIES[3] + "\n", encoding="utf-8")
    report = run_pipeline(db_url, items_from_paths([later]))
    with session_scope(db_url) as s:
        links = {x.text: x.to_article_id for x in s.exec(select(CrossReference)).all()}
    assert links[teased] == report.added[0].article_id
