"""Every page in Arabic for a user whose language is Arabic: nothing the page itself writes is English.

The rule (sound, and documented here because it decides what counts as "left in English"):

* **English words** are the words of three or more Latin letters on the ``en`` side of
  ``messages.toml``, minus those that the ``ar`` side also uses on purpose (``CSV``, ``JSON``, ``UTC``,
  the ``claims quality`` command…), minus the words of the desk's *data* (article texts and titles,
  speakers, roles, cues, user and source names, lexicon entries: :func:`data_words`), since data is
  shown as it is stored in any interface language. Any interface string written in English uses
  words of its own English message, so a string left untranslated is caught as soon as one of its
  words is not also an article's word.
* **What the page writes** is every element AppTest sees: titles, headers, captions, markdown,
  alerts, every widget's label, help, placeholder and (formatted) options, buttons, tabs, expanders,
  metrics, chart titles, and the HTML the page builds — minus the parts the page marks as data (an
  element with a ``lang`` attribute or ``dir="auto"``, ``<bdi>``, ``<code>``, ``<pre>``, ``<a>``) and
  minus script and style. Text typed into an input (its value) is the user's, not the page's.

The data pages are seeded so that each shows its rows (a decision, a correction and its lexicon
proposal, a source with an error, a quality run, a selection in the article view); the admin sees
every page and every button.
"""

from __future__ import annotations

import json
import re
import string
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session, col, select
from streamlit.testing.v1 import AppTest

from claims import db, desk_lexicon, review
from claims.models import Article, Claim, QualityRun, Source, User
from claims.preferences import set_language
from dashboard.i18n import LANGUAGES, NAMES, catalogue
from tests.dashboard.helpers import Login, open_claim_page
from tests.dashboard.helpers import now as _now
from tests.dashboard.seed import Seeded
from tests.factories import login_as

WORD = re.compile(r"[A-Za-z]{3,}")
DATA_TAGS = {"bdi", "code", "pre", "a", "script", "style", "textarea"}
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed"}


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def english_words() -> set[str]:
    """Words of the English messages that the Arabic messages do not use themselves (nor the
    language switch, which names each language in that language: "English" beside "العربية")."""
    english: set[str] = set()
    arabic: set[str] = set()
    for entry in catalogue().values():
        english |= _words(_literal(entry["en"]))  # not the {placeholders}' names
        arabic |= _words(_literal(entry["ar"]))
    return english - arabic - _words(" ".join(NAMES.values()))


def _literal(message: str) -> str:
    return "".join(literal for literal, *_ in string.Formatter().parse(message))


def data_words(url: str) -> set[str]:
    """Every word of the desk's stored free text: shown as stored whatever the interface language."""
    columns = {
        "article": ("title", "text", "outlet", "author", "url"),
        "claim": ("content", "speaker", "speaker_mention", "speaker_role", "cue", "via"),
        "user": ("name",),
        "source": ("name", "location", "last_error"),
        "desklexiconentry": ("summary", "data"),
        "reviewevent": ("note",),
    }
    found: set[str] = set()
    with Session(db.cached_engine(url)) as session:
        for table, names in columns.items():
            for row in session.execute(text(f'SELECT {", ".join(names)} FROM "{table}"')):
                found |= _words(" ".join(str(v) for v in row if v is not None))
    return found


class _InterfaceText(HTMLParser):
    """The text of HTML outside the elements the page marks as data (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: is it (or an ancestor) data?
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        data = (
            (bool(self.stack) and self.stack[-1])
            or tag in DATA_TAGS
            or "lang" in named
            or named.get("dir") == "auto"
        )
        if tag not in VOID:
            self.stack.append(data)
        for attribute in ("title", "placeholder", "aria-label", "data-label", "data-copied"):
            if named.get(attribute) and not data:
                self.parts.append(str(named[attribute]))

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def interface_html(fragment: str) -> str:
    parser = _InterfaceText()
    parser.feed(fragment)
    parser.close()
    return " ".join(parser.parts)


def _chart_titles(spec: Any) -> list[str]:
    if isinstance(spec, dict):
        found = [str(v) for k, v in spec.items() if k == "title" and isinstance(v, str)]
        return found + [t for k, v in spec.items() if k not in ("datasets", "data") for t in _chart_titles(v)]
    if isinstance(spec, list):
        return [t for v in spec for t in _chart_titles(v)]
    return []


def page_texts(at: AppTest) -> list[tuple[str, str]]:
    """``(where, text)`` for everything the page wrote (see the module docstring), data left out."""
    found: list[tuple[str, str]] = []

    def visit(node: Any) -> None:
        kind = getattr(node, "type", type(node).__name__)
        proto = getattr(node, "proto", None)
        if kind == "html" or (proto is not None and kind == "unknown" and hasattr(proto, "body")):
            found.append(("html", interface_html(str(node.value))))
        elif kind == "vega_lite_chart" or (proto is not None and hasattr(proto, "spec") and proto.spec):
            found.extend(("chart title", t) for t in _chart_titles(json.loads(proto.spec)))
        elif kind in ("title", "header", "subheader", "caption", "markdown", "code", "latex") or kind in (
            "error", "info", "success", "warning", "exception",
        ):  # fmt: skip
            found.append((kind, str(node.value)))
        elif proto is not None:
            for field in ("label", "help", "placeholder"):
                value = getattr(proto, field, None)
                if isinstance(value, str) and value:
                    found.append((f"{kind} {field}", value))
            options = getattr(proto, "options", None)
            if options is not None:
                found.extend((f"{kind} option", str(getattr(o, "content", o))) for o in options)
        for child in getattr(node, "children", {}).values():
            visit(child)

    visit(at._tree)
    return found


def english_left(at: AppTest, english: set[str]) -> list[tuple[str, str, list[str]]]:
    return [
        (where, shown[:160], sorted(_words(shown) & english))
        for where, shown in page_texts(at)
        if _words(shown) & english
    ]


# ------------------------------------------------------------------ seeding every page's rows


def _seed_every_page(seeded: Seeded) -> dict[str, int]:
    """A decision (history, stats), a correction and its lexicon proposal, a source, a quality run."""
    now = _now()
    with Session(db.cached_engine(seeded.url), expire_on_commit=False) as session:
        eddie = login_as(session, "eddie", "editor")
        session.commit()
        decided = seeded.arabic_claim_ids[1]
        detail = review.open_claim(session, claim_id=decided, actor=eddie, now=now, lease_minutes=10)
        review.decide(
            session, claim_id=decided, actor=eddie, verdict="disputed", version=detail.claim.version, now=now,
            note="«المصدر نفى ذلك»", evidence_urls=["https://www.sana.sy/?p=1"],
        )  # fmt: skip
        corrected = seeded.evil_claim_ids[0]
        detail = review.open_claim(session, claim_id=corrected, actor=eddie, now=now, lease_minutes=10)
        review.correct(
            session, claim_id=corrected, actor=eddie, version=detail.claim.version,
            speaker="Port Minister Amal Haddad", now=now,
        )  # fmt: skip
        session.commit()
        desk_lexicon.refresh_proposals(session)
        session.add(
            Source(
                name="وكالة الأنباء", kind="feed", location="https://agency.example/rss", interval_seconds=900,
                last_run_at=now - timedelta(minutes=5), last_error="HTTP 503 from the feed",
                last_error_at=now - timedelta(minutes=5),
            )
        )  # fmt: skip
        session.add(Source(name="أرشيف", kind="files", location="/srv/inbox", cron="*/30 * * * *"))
        session.add(
            QualityRun(
                run_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC), lang="ar", extractor_version="0.9.0", articles=3,
                gold=20, predicted=18, hits=15, precision=0.83, recall=0.75, f1=0.79, added=2,
            )
        )  # fmt: skip
        for name in ("ada", "rita"):  # stored on the user, as the sidebar switch does
            set_language(session, actor=login_as(session, name), language="ar", now=now)
        session.commit()
        assert {u.language for u in session.exec(select(User).where(col(User.name).in_(("ada", "rita"))))} == {"ar"}
    return {"decided": decided, "corrected": corrected}


def _article_with_selection(at: AppTest, seeded: Seeded) -> AppTest:
    with Session(db.cached_engine(seeded.url)) as session:
        article = session.get(Article, seeded.arabic_article_id)
        claim = session.exec(select(Claim).where(col(Claim.article_id) == seeded.arabic_article_id)).first()
        assert article is not None and claim is not None
    start = max(0, claim.start - 3)
    at.query_params["id"] = str(seeded.arabic_article_id)
    at = at.switch_page("views/article.py").run()
    at.session_state[f"article_selection_{seeded.arabic_article_id}"] = (start, claim.end, article.text[start : claim.end])
    return at.run()


PAGES = ["views/queue.py", "views/claim.py", "views/article.py", "views/history.py", "views/sources.py",
         "views/export.py", "views/stats.py", "views/users.py", "views/lexicon.py"]  # fmt: skip


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_arabic_for_an_arabic_user(login: Login, seeded: Seeded, page: str) -> None:
    ids = _seed_every_page(seeded)
    english = english_words() - data_words(seeded.url)
    at = login("ada")  # admin: every page, every button; her stored language is Arabic
    if page == "views/claim.py":
        at = open_claim_page(at, seeded.arabic_claim_ids[1])  # decided, with cross-references
    elif page == "views/article.py":
        at = _article_with_selection(at, seeded)
    elif page == "views/history.py":
        at.session_state["claim_id"] = ids["decided"]
        at = at.switch_page(page).run()
    elif page == "views/lexicon.py":
        at = at.switch_page(page).run()
        at.radio(key="lex_show").set_value("all").run()
    else:
        at = at.switch_page(page).run()
    assert not at.exception, at.exception
    shown = page_texts(at)
    assert len(shown) >= 5, shown  # the page did render (a blank page would pass the check below)
    assert any(re.search("[\u0600-\u06ff]", s) for _, s in shown if _ != "html")
    left = english_left(at, english)
    assert left == [], "\n".join(map(str, left))
    if page == "views/article.py":
        assert at.tabs and all(re.search("[\u0600-\u06ff]", tab.label) for tab in at.tabs)  # the selection forms
        [component] = at.get("component_instance")
        titles = [p[6] for p in json.loads(component.proto.json_args)["segments"] if p[6]]
        assert titles and not [t for t in titles if _words(t) & english]  # the hover titles
    if page == "views/stats.py":
        assert len(at.get("vega_lite_chart")) >= 3


def test_the_check_catches_english_the_page_writes(login: Login, seeded: Seeded) -> None:
    """The rule above can fail: the same pages in English are caught on their own words."""
    english = english_words() - data_words(seeded.url)
    at = login("ada").switch_page("views/export.py").run()
    left = {word for *_, words in english_left(at, english) for word in words}
    assert {"export", "statuses", "format", "prepare"} <= left
    shown = interface_html('<div dir="rtl">Copy link <bdi>Reuters</bdi><span lang="en">said</span></div>')
    assert shown.split() == ["Copy", "link"]


def test_the_words_list_is_the_english_catalogue_less_what_arabic_keeps() -> None:
    english = english_words()
    assert {"verified", "disputed", "speaker", "decided", "copy", "download", "selected"} <= english
    assert not {"csv", "json", "utc", "claims", "quality"} & english  # kept as they are in Arabic too
    assert len(english) > 300


def test_every_message_has_both_languages_and_the_same_placeholders() -> None:
    formatter = string.Formatter()
    for key, entry in catalogue().items():
        assert set(entry) == set(LANGUAGES), key
        assert all(entry[lang].strip() or key == "list_separator" for lang in LANGUAGES), key
        fields = [
            sorted(f for _, f, _, _ in formatter.parse(entry[lang]) if f is not None) for lang in LANGUAGES
        ]
        if key == "date_format":  # each language picks its own parts of the date
            assert set(fields[0]) | set(fields[1]) <= {"year", "month", "day", "hour", "minute", "month_name"}
        else:
            assert fields[0] == fields[1], key  # same names, same number of times
        if key not in ("date_format", "months") and WORD.search(_literal(entry["en"])):  # words, not a pattern
            assert re.search("[\u0600-\u06ff]", entry["ar"]), f"{key}: the Arabic side has no Arabic"


def test_every_code_the_library_shows_has_a_message() -> None:
    """Statuses, kinds, roles, check-worthiness reasons and every priority factor ``explain`` can
    return are worded by the dashboard (``code_label``): each needs its message in both languages, or
    an Arabic page would show the bare English code."""
    from claims.extract.core.checkworthiness import _ORDER as REASONS
    from claims.linking.views import _ORDER as XREF_KINDS
    from claims.priority import explain
    from claims.types import ClaimKind, ReviewStatus, Role, SpeakerKind

    factor_codes = {
        f.code
        for cluster in (1, 3)
        for confidence in (0.5, 0.9)
        for kind, role in (("person", "وزير الخارجية"), ("person", "خبير"), ("person", ""), ("organization", ""),
                           ("group", ""), ("outlet", ""))
        for start in (0, 5000)
        for f in explain(checkworthiness=0.5, reasons=("number",), cluster_size=cluster, confidence=confidence,
                         speaker_kind=kind, speaker_role=role, start=start)
    }  # fmt: skip
    assert len(factor_codes) == 13
    keys = (
        {f"why_{code}" for code in factor_codes}
        | {f"reason_{r.replace(' ', '_')}" for r in REASONS}
        | {f"status_{s.value}" for s in ReviewStatus}
        | {f"kind_{k.value}" for k in ClaimKind}
        | {f"speaker_kind_{k.value}" for k in SpeakerKind}
        | {f"role_{r.value}" for r in Role}
        | {f"xref_kind_{k}" for k in XREF_KINDS}
        | {f"xref_state_{s}" for s in ("auto", "suggested", "confirmed", "rejected", "unresolved")}
        | {f"health_{s.replace(' ', '_')}" for s in ("ok", "degraded", "failing", "never run", "disabled")}
        | {f"source_kind_{k}" for k in ("feed", "urls", "files")}
        | {f"lex_kind_{k}" for k in ("alias", "title", "given_name", "organization", "cue")}
    )
    assert not keys - set(catalogue()), sorted(keys - set(catalogue()))


def test_the_why_factors_are_codes_with_their_values() -> None:
    from claims.priority import explain

    factors = explain(checkworthiness=0.8, reasons=("number", "date"), cluster_size=3, confidence=0.6,
                      speaker_kind="person", speaker_role="وزير الخارجية", start=10)  # fmt: skip
    assert [f.code for f in factors][:2] == ["carried_by", "high_office"]
    assert factors[0].values == {"outlets": 3}
    assert factors[-1].code == "checkworthy" and factors[-1].values == {"value": 0.8, "reasons": ("number", "date")}
    assert all(re.fullmatch("[a-z_]+", f.code) for f in factors)  # codes, not prose


def test_the_login_page_in_arabic_writes_no_english(app: AppTest, seeded: Seeded) -> None:
    english = english_words() - data_words(seeded.url)
    app.button_group(key="ui_language_switch").set_value("ar").run()
    assert not app.exception, app.exception
    assert app.title[0].value == "مكتب التحقق من التصريحات"
    left = english_left(app, english)
    assert left == [], "\n".join(map(str, left))
