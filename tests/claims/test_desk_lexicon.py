"""The desk lexicon end to end on a real database: a correction on one day teaches the next day's extraction.

The articles are our own sentences (an invented oasis authority whose people and offices no built-in
word list knows). Every assertion that a lesson helps is paired with the same extraction without it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from claims import db, review
from claims import desk_lexicon as desk
from claims.errors import InputError, PermissionDenied
from claims.extract import EXTRACTOR_VERSION, LexiconLayer, extract_claims
from claims.extract.arabic.lexicon import ArabicLexicon
from claims.extract.english.lexicon import EnglishLexicon
from claims.ingest.items import Item
from claims.ingest.pipeline import run_pipeline
from claims.models import Article, Claim, DeskLexiconChange, ReviewEvent
from claims.types import ClaimKind, SpeakerKind
from tests.claims.review_data import NOW, seed_users
from tests.factories import make_document

EN_DAY1 = (
    "Oasis Courier\n\n"
    "Sheikh Ghailan bin Hamad al-Maamari, the fishermen's elder, said the season had been good.\n\n"
    "Maamari added that prices were stable."
)
EN_DAY2 = (
    "Oasis Courier\n\n"
    "Sheikh Ghailan bin Hamad al-Maamari said the boats would stay in port on Friday.\n\n"
    "Maamari warned that fuel was running short."
)
AR_DAY1 = (
    "صدى الواحة\n\n"
    "قالت ناظرة الأفلاج زمردة بنت سعيد الحرملي إن منسوب المياه في الأفلاج الشرقية انخفض إلى النصف.\n\n"
    "ويجتمع مجلس الأمناء يوم الخميس."
)
AR_DAY2 = (
    "صدى الواحة\n\n"
    "أكدت ناظرة الأفلاج زمردة بنت سعيد الحرملي أن ثلاث آبار جديدة ستحفر قبل الصيف.\n\n"
    "واصطف المزارعون أمام محطة الضخ."
)
MAAMARI = "Ghailan bin Hamad al-Maamari"
HARMALI_AR = "زمردة بنت سعيد الحرملي"


def _ingest(db_url: str, url: str, text: str) -> list[Claim]:
    report = run_pipeline(db_url, [Item(url=url, text=text)])
    assert report.count("added") == 1, report.summary()
    with Session(db.cached_engine(db_url)) as s:
        article_id = s.exec(select(Article.id).where(col(Article.url) == url)).one()
        return list(
            s.exec(select(Claim).where(col(Claim.article_id) == article_id).order_by(col(Claim.start))).all()
        )


def _attributions(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind != ClaimKind.EVENT]


def test_an_alias_learned_from_one_article_resolves_the_speaker_in_the_next(
    db_url: str, session: Session
) -> None:
    users = seed_users(session)
    day1 = _attributions(_ingest(db_url, "https://oasis.example/en/1", EN_DAY1))
    assert [c.speaker for c in day1] == [MAAMARI, "Maamari"]  # the surname alone is not linked back
    assert day1[1].extractor_version == EXTRACTOR_VERSION

    claim = day1[1]
    review.open_claim(session, claim_id=claim.id, actor=users["eve"], now=NOW, lease_minutes=10)  # type: ignore[arg-type]
    review.correct(
        session, claim_id=claim.id, actor=users["eve"], version=claim.version, speaker=MAAMARI, now=NOW
    )  # type: ignore[arg-type]
    session.commit()

    proposed = desk.refresh_proposals(session, now=NOW)
    session.commit()
    alias = [e for e in proposed if e.kind == "alias"]
    assert len(alias) == 1
    assert alias[0].data == {"speaker_aliases": {MAAMARI: ["Maamari"]}}
    assert (alias[0].claim_id, alias[0].proposed_by, alias[0].status) == (claim.id, "eve", "proposed")
    assert desk.refresh_proposals(session, now=NOW) == []  # the same lesson is proposed once

    # Only an editor decides, and the check is the library's.
    with pytest.raises(PermissionDenied):
        desk.accept(session, entry_id=alias[0].id, actor=users["alice"], now=NOW)  # type: ignore[arg-type]
    accepted = desk.accept(session, entry_id=alias[0].id, actor=users["eve"], now=NOW)  # type: ignore[arg-type]
    session.commit()
    assert accepted.status == "accepted" and accepted.decided_by == "eve"
    revision = desk.current_revision(session)
    assert accepted.revision == revision >= 1

    day2 = _attributions(_ingest(db_url, "https://oasis.example/en/2", EN_DAY2))
    assert [c.speaker for c in day2] == [MAAMARI, MAAMARI]
    assert {c.extractor_version for c in day2} == {f"{EXTRACTOR_VERSION}+desk.{revision}"}
    # Without the entry the same article keeps the surname as a speaker of its own.
    plain = extract_claims(make_document(EN_DAY2, lang="en", outlet="Oasis Courier"))
    assert [c.speaker for c in plain if c.kind != ClaimKind.EVENT] == [MAAMARI, "Maamari"]


def test_an_added_claim_teaches_a_title_and_a_given_name(db_url: str, session: Session) -> None:
    users = seed_users(session)
    day1 = _attributions(_ingest(db_url, "https://oasis.example/ar/1", AR_DAY1))
    assert day1 == []  # an unknown office before an unknown name: the extractor sees no speaker
    article = session.exec(select(Article).where(col(Article.url) == "https://oasis.example/ar/1")).one()
    content = "منسوب المياه في الأفلاج الشرقية انخفض إلى النصف"
    start = article.text.index(content)
    added = Claim(
        article_id=article.id,  # type: ignore[arg-type]
        speaker=HARMALI_AR,
        speaker_kind=SpeakerKind.PERSON,
        cue="قالت",
        content=content,
        start=start,
        end=start + len(content),
        kind=ClaimKind.INDIRECT,
        extractor="reviewer",
        extractor_version="",
        status="verified",
    )
    session.add(added)
    session.flush()
    session.add(ReviewEvent(claim_id=added.id, actor="eve", at=NOW, action="add"))  # type: ignore[arg-type]
    session.commit()

    proposed = {e.kind: e for e in desk.refresh_proposals(session, now=NOW)}
    assert proposed["title"].data == {"person_titles": ["ناظره"]}
    assert proposed["given_name"].data == {"given_names": ["زمرده"]}
    assert proposed["title"].claim_id == added.id and proposed["title"].proposed_by == "eve"

    # An editor rejects one and accepts the other: each decision is a new revision.
    desk.reject(session, entry_id=proposed["given_name"].id, actor=users["eve"], now=NOW)  # type: ignore[arg-type]
    first = desk.current_revision(session)
    desk.accept(session, entry_id=proposed["title"].id, actor=users["eve"], now=NOW)  # type: ignore[arg-type]
    session.commit()
    assert desk.current_revision(session) > first
    day2 = _attributions(_ingest(db_url, "https://oasis.example/ar/2", AR_DAY2))
    assert [c.speaker for c in day2] == [HARMALI_AR]
    assert _attributions(extract_claims(make_document(AR_DAY2, lang="ar", outlet="صدى الواحة"))) == []  # type: ignore[arg-type]


def test_edits_are_validated_by_the_lexicon_model_and_logged(db_url: str, session: Session) -> None:
    users = seed_users(session)
    _ingest(db_url, "https://oasis.example/en/1", EN_DAY1)
    claim = _attributions(list(session.exec(select(Claim).order_by(col(Claim.start))).all()))[1]
    review.open_claim(session, claim_id=claim.id, actor=users["eve"], now=NOW, lease_minutes=10)  # type: ignore[arg-type]
    review.correct(
        session, claim_id=claim.id, actor=users["eve"], version=claim.version, speaker=MAAMARI, now=NOW
    )  # type: ignore[arg-type]
    session.commit()
    entry = desk.refresh_proposals(session, now=NOW)[0]
    with pytest.raises(InputError, match="title_wordz"):
        desk.edit(session, entry_id=entry.id, actor=users["eve"], data='{"title_wordz": ["warden"]}')  # type: ignore[arg-type]
    with pytest.raises(InputError, match="duplicate"):
        desk.edit(session, entry_id=entry.id, actor=users["eve"], data={"title_words": ["warden", "warden"]})  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        desk.edit(session, entry_id=entry.id, actor=users["bob"], data={"title_words": ["bailiff"]})  # type: ignore[arg-type]
    later = NOW + timedelta(minutes=1)
    edited = desk.edit(
        session, entry_id=entry.id, actor=users["eve"], data={"title_words": ["bailiff"]}, now=later
    )  # type: ignore[arg-type]
    session.commit()
    assert edited.status == "accepted" and edited.data == {"title_words": ["bailiff"]}
    log = desk.changes(session, entry_id=entry.id)  # type: ignore[arg-type]
    assert [(c.action, c.actor, c.data) for c in log] == [("edit", "eve", {"title_words": ["bailiff"]})]
    assert session.exec(select(DeskLexiconChange)).all() == log
    layer = desk.current_layer(session)
    assert (
        layer.english.title_words == ["bailiff"] and layer.version == f"{EXTRACTOR_VERSION}+desk.{log[0].id}"
    )
    assert desk.current_layer(session) is layer  # cached per revision: no re-merge per article


def test_an_empty_layer_changes_nothing(db_url: str, session: Session) -> None:
    layer = desk.current_layer(session)
    assert layer.empty and layer.version == EXTRACTOR_VERSION
    doc = make_document(EN_DAY1, lang="en", outlet="Oasis Courier")
    assert extract_claims(doc, layer) == extract_claims(doc)


def test_a_layer_reaches_the_rules_without_touching_the_builtin_tables() -> None:
    """The built-in tables stay as they were while a layered instance of the rules runs beside them. The
    verb takes a bare clause: since 0.18.0 any past-tense verb before ``that <clause>`` is a cue by shape
    (``english/frames.py``), so only a bare clause needs the desk's word."""
    from claims.extract.english import lexicon as en

    doc = make_document(
        "Oasis Courier\n\nQuartermaster Ivo Brankovic vouchsafed the budget would not buy a bucket.",
        lang="en",
        outlet="Oasis Courier",
    )
    layer = LexiconLayer(5, ArabicLexicon(), EnglishLexicon(reporting_verbs={"vouchsafe": ["vouchsafed"]}))
    assert [c.cue for c in extract_claims(doc) if c.kind != ClaimKind.EVENT] == []
    learned = [c for c in extract_claims(doc, layer) if c.kind != ClaimKind.EVENT]
    assert [(c.cue, c.extractor_version) for c in learned] == [("vouchsafed", f"{EXTRACTOR_VERSION}+desk.5")]
    assert "vouchsafed" not in en.REPORTING_VERBS
    assert [c.cue for c in extract_claims(doc) if c.kind != ClaimKind.EVENT] == []


_THREADS_CHILD = r"""
import sys, threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from claims.extract import LexiconLayer, extract_claims
from claims.extract.arabic.lexicon import ArabicLexicon
from claims.extract.core.files import read_document
from claims.extract.english.lexicon import EnglishLexicon

docs = [read_document(Path(p)) for p in sys.argv[1:]]
layer = LexiconLayer(
    3,
    ArabicLexicon(person_titles=["ناظره", "قيم", "عريف"], given_names=["زمرده", "غيلان", "سنان", "ضرغام"]),
    EnglishLexicon(reporting_verbs={"quip": ["quipped", "quips"]}, title_words=["reeve"]),
)
sys.setswitchinterval(1e-6)
barrier = threading.Barrier(8)


def run(i, wait=True):
    if wait and i < 8:
        barrier.wait()  # all eight reach the first layered extraction, which builds the rules instance
    return "\n".join(c.model_dump_json() for c in extract_claims(docs[i], layer))


mode = __import__("os").environ["MODE"]
if mode == "one":
    out = [run(i, wait=False) for i in range(len(docs))]
else:
    with ThreadPoolExecutor(max_workers=8) as pool:
        out = list(pool.map(run, range(len(docs))))
sys.stdout.write("\n=====\n".join(out))
"""


def test_layered_extraction_in_eight_threads_matches_one_thread() -> None:
    """The layered rules are built once, whole, under a lock: threads racing to the first use agree."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    week = Path(__file__).resolve().parents[2] / "fixtures" / "desk-week" / "texts"
    paths = [str(p) for p in sorted(week.glob("*.txt"))]
    assert len(paths) >= 8

    def run(mode: str) -> str:
        env = {**os.environ, "MODE": mode}
        done = subprocess.run(
            [sys.executable, "-c", _THREADS_CHILD, *paths],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return done.stdout

    expected = run("one")
    assert "+desk.3" in expected
    for _ in range(3):
        assert run("threads") == expected


def test_lessons_that_teach_nothing_durable_propose_nothing() -> None:
    """An auxiliary before a known verb, a description as an 'organisation', a title for a name: no entry."""
    text = "Oasis Courier\n\nA senior police officer had said the road was closed, the judge said."
    at = text.index("the road")
    had = desk.Lesson("en", text, at, at + 20, "Sam Reed", "person", "had said", "A senior police officer")
    assert desk.propose(had) == []
    officer = desk.Lesson("en", text, at, at + 20, "senior police officer", "organization", "")
    assert desk.propose(officer) == []
    judge = desk.Lesson("en", text, at, at + 20, "Saunders", "person", "", "judge")
    assert desk.propose(judge) == []
    # Arabic: a known title behind its conjunction (و + وزير, not زير), a kunya, a phrasal source.
    ar = "صدى الواحة\n\nوقال وزير الزراعة أبو نصر المعمري بحسب بيان إن الموسم جيد.\n"
    at = ar.index("الموسم")
    minister = desk.Lesson("ar", ar, at, at + 9, "أبو نصر المعمري", "person", "بحسب")
    assert desk.propose(minister) == []


def test_a_verb_learned_in_one_form_is_found_in_another() -> None:
    """Taught by ``وارتأى`` (masculine), the desk's verb entry also finds ``وارتأت`` (feminine) next time."""
    day1 = (
        "صدى الواحة\n\n"
        "قال عريف السوق سنان الدغيشي إن الأسعار ارتفعت.\n\nوارتأى الدغيشي أن السبب قلة المياه.\n"
    )
    start = day1.index("السبب")
    lesson = desk.Lesson(
        "ar", day1, start, start + len("السبب قلة المياه"), "سنان الدغيشي", "person", "ارتأى"
    )
    [cue] = [p for p in desk.propose(lesson) if p.kind == "cue"]
    assert cue.data["irregular_verbs"]["ارتاي"]["forms"]["fs"] == ["ارتات"]
    day2 = (
        "صدى الواحة\n\n"
        "قالت ناظرة الأفلاج زمردة الحرملي إن البئر تعمل.\n\nوارتأت الحرملي أن الكمية تكفي.\n"
    )
    doc = make_document(day2, lang="ar", outlet="صدى الواحة")
    known = {"person_titles": ["ناظره"], "given_names": ["زمرده"]}
    without = LexiconLayer(1, ArabicLexicon.parse(known, source="test"))
    taught = LexiconLayer(2, ArabicLexicon.parse(known | cue.data, source="test"))
    assert [c.cue for c in extract_claims(doc, without) if c.kind != ClaimKind.EVENT] == ["قالت"]
    assert [c.cue for c in extract_claims(doc, taught) if c.kind != ClaimKind.EVENT] == ["قالت", "ارتأت"]


def test_an_accepted_entry_is_a_new_extractor_version_for_held_back_failures() -> None:
    """Ingestion holds back an article its extractor failed on until the version changes: a layer does."""
    from claims.ingest.pipeline import extractor_version

    assert extractor_version() == extractor_version(LexiconLayer(4)) == EXTRACTOR_VERSION
    taught = LexiconLayer(7, english=EnglishLexicon(title_words=["reeve"]))
    assert extractor_version(taught) == taught.version == f"{EXTRACTOR_VERSION}+desk.7"
