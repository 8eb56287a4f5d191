"""The cleaner's line model (``claims.text.line_model``): shipped weights, and how far it may overrule the rules.

Every line here is our own writing (outlets, people and places invented). The model is trained on real pages
(``fixtures/cleaning/fit_line_model.py``); these tests hold what must stay true whatever it learned: an article
sentence is never dropped or set aside, a layout-joined piece of a sentence stays, a paragraph trailing off
on a connective stays, and a card list below the body is set aside.
"""

from __future__ import annotations

from claims.text.clean import clean_text
from claims.text.line_features import features
from claims.text.line_model import NAMES, LineModel, combine, shipped
from claims.text.lines import LineVerdict
from tests.claims.clean_pages import AR_P1, AR_P2, AR_P3, EN_P1, EN_P2, EN_P3, teaser_texts, text_lines

CARDS_AR = [
    "مجلس الميناء يعين رئيسا جديدا بعد بحث طويل",
    "عين مجلس الميناء في الجزيرة، اليوم الاثنين، رئيسا تنفيذيا جديدا بعد بحث استمر…",
    "الصيادون يحتجون أمام الوزارة على خفض الحصص",
    "احتج عشرات الصيادين صباح اليوم أمام مبنى الوزارة على قرار خفض حصص الصيد…",
]


def _sure(chrome: float, related: float) -> LineModel:
    """A model that says the same of every line (bias only), except that a whole sentence (prose, no "…") is
    never a related headline to it: the article's body has an end below which it may set lines aside."""
    zeros = [0.0] * len(NAMES)
    related_w = list(zeros)
    related_w[NAMES.index("prose")] = -80.0
    related_w[NAMES.index("ellipsis")] = 80.0
    return LineModel(
        mean=tuple(zeros),
        scale=(1.0,) * len(NAMES),
        chrome=(chrome, *zeros),
        related=(related, *related_w),
        chrome_at=0.85,
        related_at=0.6,
    )


def _verdicts(lines: list[str]) -> list[LineVerdict]:
    return [LineVerdict(text=line, label="body") for line in lines]


def test_the_shipped_weights_match_the_features() -> None:
    model = shipped()
    assert model is not None
    assert len(model.mean) == len(NAMES) and len(model.chrome) == len(NAMES) + 1


def test_a_card_list_under_the_body_without_a_header_is_set_aside() -> None:
    page = AR_P1 + AR_P2 + AR_P3 + "\n".join(CARDS_AR) + "\n"
    doc = clean_text(page)
    assert CARDS_AR[2] in teaser_texts(doc) and CARDS_AR[3] in teaser_texts(doc)
    assert text_lines(doc)[:3] == [AR_P1.strip(), AR_P2.strip(), AR_P3.strip()]
    # the rules alone took none of these cards until relcards (thirteenth session): a run of cards of one layout,
    # a headline and its cut excerpt, is now a related list by rule as well as by the model
    rules_only = teaser_texts(clean_text(page, learned=False))
    assert CARDS_AR[2] in rules_only and CARDS_AR[3] in rules_only


def test_a_model_sure_of_chrome_never_drops_a_sentence() -> None:
    lines = ["Harbour  Island  Sport", EN_P1.strip(), EN_P2.strip(), "Subscribe to our daily ferry bulletin", EN_P3.strip()]
    verdicts = _verdicts(lines)
    combine([features(line) for line in lines], verdicts, _sure(40.0, -40.0))
    assert [v.label for v in verdicts] == ["boilerplate", "body", "body", "boilerplate", "body"]


def test_a_piece_joined_to_a_paragraph_by_the_layout_stays() -> None:
    lines = ["The harbour board approved a new schedule for the ferry", "service on Monday after a long debate."]
    verdicts = _verdicts(lines)
    combine([features(line) for line in lines], verdicts, _sure(40.0, -40.0), soft=[True])
    assert [v.label for v in verdicts] == ["body", "body"]


def test_a_model_sure_of_related_only_takes_listed_lines_below_the_body() -> None:
    lines = [
        "Ferry timetable changes",  # above the body: never a related headline for the model
        EN_P1.strip(),
        EN_P2.strip(),
        "Harbour board names new chief after long search",
        "Fishermen protest quota cuts outside the ministry",
    ]
    verdicts = _verdicts(lines)
    model = _sure(-40.0, 40.0)
    feats = [features(line) for line in lines]
    combine(feats, verdicts, model)
    assert [v.label for v in verdicts] == ["body", "body", "body", "related", "related"]


def test_a_paragraph_trailing_off_on_a_connective_stays_whatever_the_model_says() -> None:
    lines = [AR_P1.strip(), AR_P2.strip(), "وأشار سكان الحي إلى أن الانتظار طال كثيرا في…", "وتساءل آخرون عن موعد…"]
    verdicts = _verdicts(lines)
    combine([features(line) for line in lines], verdicts, _sure(-40.0, 40.0))
    assert all(v.label == "body" for v in verdicts)


def test_a_whole_line_under_cut_excerpts_with_nothing_below_stays() -> None:
    lines = [EN_P1.strip(), EN_P2.strip(), EN_P3.strip(), "The island council warned that ferry fares would rise by…", "Harbour board names new chief after"]
    verdicts = _verdicts(lines)
    combine([features(line) for line in lines], verdicts, _sure(-40.0, 40.0))
    assert [v.label for v in verdicts][3:] == ["related", "body"]
