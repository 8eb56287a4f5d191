"""The rendering helpers: escaping, direction, the highlighted span, safe links (pure string checks)."""

from __future__ import annotations

import pytest

from dashboard import components as c


def test_block_escapes_and_sets_direction() -> None:
    out = c.block("قال <script>alert(1)</script> & «هنا»", lang="ar", cls="x")
    assert out.startswith('<div dir="rtl" lang="ar" class="claims-text claims-rtl x">')
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; «هنا»" in out and "<script>" not in out
    assert c.block("Mixed نص", lang=None).startswith('<div dir="auto"')


def test_highlight_marks_the_span_inside_its_paragraph_and_escapes_each_part() -> None:
    text = "first line\n<b>He</b> said <i>the port</i> opens.\nlast"
    para = (11, text.index("\nlast"))
    start = text.index("<i>")
    out = c.highlighted(text, paragraph=para, span=(start, start + len("<i>the port</i>")), lang="en")
    assert out == (
        '<div dir="auto" lang="en" class="claims-paragraph">&lt;b&gt;He&lt;/b&gt; said '
        "<mark>&lt;i&gt;the port&lt;/i&gt;</mark> opens.</div>"
    )


def test_highlight_of_a_span_outside_the_paragraph_shows_the_span() -> None:
    out = c.highlighted("abc def", paragraph=(0, 3), span=(4, 7), lang="en")
    assert "<mark>def</mark>" in out


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("https:///nohost", None),
        ("", None),
    ],
)
def test_only_http_links_are_linked(url: str, safe: str | None) -> None:
    assert c.safe_url(url) == safe
    out = c.link(url, "label <x>")
    if safe is None:
        assert "href" not in out and "label &lt;x&gt;" in out
    else:
        assert (
            'href="' + safe.replace("&", "&amp;") + '"' in out and 'rel="noopener noreferrer nofollow"' in out
        )


def test_a_quote_in_a_url_cannot_break_out_of_the_attribute() -> None:
    out = c.link('https://example.org/"onmouseover="alert(1)', "x")
    assert 'href="https://example.org/&quot;onmouseover=&quot;alert(1)"' in out


def test_md_escape_keeps_arabic_and_neutralises_markdown() -> None:
    out = c.md_escape("أكد [x](javascript:alert(1)) **b** $x$ :red[y]")
    assert out == "أكد \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*b\\*\\* \\$x\\$ \\:red\\[y\\]"


def test_a_translated_sentence_is_escaped_and_its_markup_slots_filled_in_any_order() -> None:
    from dashboard.components import escaped_with, slot

    badge = '<span class="claims-badge pending">pending</span>'
    english = escaped_with(f"{slot(0)} by <b>{slot(1)}</b> & co", [badge, "<bdi>rita</bdi>"])
    assert english == f"{badge} by &lt;b&gt;<bdi>rita</bdi>&lt;/b&gt; &amp; co"
    arabic = escaped_with(f"بواسطة {slot(1)}: {slot(0)}", [badge, "<bdi>rita</bdi>"])
    assert arabic == f"بواسطة <bdi>rita</bdi>: {badge}"
