"""The article view marks metadata lines (dateline, byline, date, caption) with their label: they stay in
the text (guideline §4.6), and a reader sees why no claim covers them (issue 15 item 1)."""

from __future__ import annotations

from claims.articles import ArticleClaim, ArticleView
from claims.candidates import MetaLine
from dashboard.article_html import component_args

TEXT = "دمشق - سانا\n\nقال الوزير إن الميناء سيفتح.\n\nتصوير: سامر يوسف"


def _view(metadata: tuple[MetaLine, ...]) -> ArticleView:
    start = TEXT.index("إن الميناء")
    claim = ArticleClaim(
        id=7, start=start, end=start + len("إن الميناء سيفتح"), speaker="الوزير", speaker_role="", cue="قال",
        kind="indirect", status="pending", content="إن الميناء سيفتح", speaker_kind="person", via="",
        extractor="claims-rules", version="0.9.0",
    )
    return ArticleView(
        id=1, title="t", url="https://example.org/a", outlet="o", lang="ar", author=None, published_at=None,
        text=TEXT, claims=(claim,), metadata=metadata,
    )


def _line(kind: str, needle: str) -> MetaLine:
    start = TEXT.index(needle)
    return MetaLine(kind=kind, text=needle, start=start, end=start + len(needle))


def test_metadata_lines_carry_their_label_once_and_the_text_stays_whole() -> None:
    view = _view((_line("dateline", "دمشق - سانا"), _line("caption", "تصوير: سامر يوسف")))
    pieces = component_args(view)["segments"]
    assert "".join(TEXT[p[0] : p[1]] for p in pieces) == TEXT
    labelled = {TEXT[p[0] : p[1]]: (p[8], p[9]) for p in pieces if p[8]}
    assert labelled == {"دمشق - سانا": ("dateline", True), "تصوير: سامر يوسف": ("caption", True)}
    claim = next(p for p in pieces if p[2] == 7)
    assert claim[8] == "" and TEXT[claim[0] : claim[1]] == "إن الميناء سيفتح"


def test_labels_follow_the_interface_language() -> None:
    view = _view((_line("dateline", "دمشق - سانا"),))

    def arabic(key: str, /, **values: object) -> str:
        from dashboard.i18n import catalogue

        return catalogue()[key]["ar"].format(**values)

    pieces = component_args(view, words=arabic)["segments"]
    assert [p[8] for p in pieces if p[9]] == ["سطر المكان والمصدر"]


def test_a_line_outside_the_text_is_ignored() -> None:
    bad = MetaLine(kind="byline", text="x", start=len(TEXT) + 5, end=len(TEXT) + 9)
    pieces = component_args(_view((bad,)))["segments"]
    assert not any(p[8] for p in pieces)
