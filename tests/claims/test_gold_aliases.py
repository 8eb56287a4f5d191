"""Which names a gold file lists as a speaker's aliases, after the desk's corrections (claims.gold.aliases).

Self-written sentences. A mention names its speaker; a claim whose speaker an editor corrected gives
no alias (that error stays an error); a name two speakers share is dropped; intermediaries are not
keys.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from claims import repository, review
from claims.gold import GoldScope, gold_articles
from claims.types import ReviewStatus, SpeakerKind
from tests.factories import login_as, make_candidate, make_document

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
TEXT = (
    "Interior Minister Dana Holt said the border would stay open, Reuters news agency reported.\n\n"
    "The interior minister said new checkpoints were planned.\n\n"
    "The paramilitaries said they were ready to talk.\n\n"
    "Colonel Rami Aziz, the army spokesman, said the talks had failed.\n\n"
    "An official said the airport would reopen. Another official said the port would not.\n\n"
    "Minister Holt said fees would rise."
)


def test_aliases_follow_mentions_corrections_and_the_text(session: Session) -> None:
    doc = make_document(TEXT, lang="en", outlet="Daily Example", title="Border stays open")
    article_id = repository.store_article(session, doc=doc, url="https://example.org/border").article_id
    person = {"speaker_kind": SpeakerKind.PERSON, "cue": "said"}
    made = [
        make_candidate(doc, "the border would stay open", speaker="Dana Holt",
                       speaker_mention="Interior Minister Dana Holt", via="Reuters news agency", **person),
        make_candidate(doc, "new checkpoints were planned", speaker="Ken Obi",
                       speaker_mention="The interior minister", **person),
        make_candidate(doc, "they were ready to talk", speaker="the paramilitaries",
                       speaker_mention="The paramilitaries", **person),
        make_candidate(doc, "the talks had failed", speaker="the army spokesman",
                       speaker_mention="the army spokesman", **person),
        make_candidate(doc, "the airport would reopen", speaker="Sam Lee", speaker_mention="An official",
                       **person),
        make_candidate(doc, "the port would not", speaker="Ana Ruiz", speaker_mention="An official",
                       **person),
        make_candidate(doc, "fees would rise", speaker="Dana Holt", speaker_mention="Minister Holt",
                       **person),
    ]  # fmt: skip
    repository.replace_claims(session, article_id=article_id, candidates=made)
    editor, reviewer = login_as(session, "omar", "editor"), login_as(session, "rana")
    claims = {c.content: c for c in repository.claims_of(session, article_id=article_id)}
    assert len(claims) == len(made)
    talk = TEXT.index("ready to talk")
    fixes = {
        "new checkpoints were planned": {"speaker": "Dana Holt"},
        "they were ready to talk": {"speaker": "Rapid Support Forces", "start": talk, "end": talk + 13},
        "the talks had failed": {"speaker": "Rami Aziz"},
    }
    for content, claim in claims.items():
        assert claim.id is not None
        if content in fixes:
            claim = review.correct(session, claim_id=claim.id, actor=editor, version=claim.version, now=NOW,
                                   **fixes[content])  # fmt: skip
        assert claim.id is not None
        review.decide(session, claim_id=claim.id, actor=reviewer, verdict=ReviewStatus.VERIFIED,
                      version=claim.version, now=NOW)  # fmt: skip
    session.commit()

    [gold] = list(gold_articles(session, GoldScope()))
    aliases = gold.record["aliases"]
    assert set(aliases) == {"Dana Holt", "Rapid Support Forces", "Rami Aziz", "Sam Lee", "Ana Ruiz"}
    # "The interior minister" was the extractor's, for the wrong name: the desk's correction stands
    assert aliases["Dana Holt"] == ["Interior Minister Dana Holt", "Minister Holt"]
    assert aliases["Rapid Support Forces"] == []
    assert aliases["Rami Aziz"] == []  # corrected: the desk wants the name, not the title
    assert aliases["Sam Lee"] == aliases["Ana Ruiz"] == []  # "An official" is both: neither's
    assert "Ken Obi" not in str(aliases)  # the wrong name the extractor gave is nobody's alias
    assert {c["via"] for c in gold.record["claims"]} == {"", "Reuters news agency"}  # kept, not a key
