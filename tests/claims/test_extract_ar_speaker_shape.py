"""Speakers that cannot be speakers by their shape, repaired (speaker_shape, speaker_repair).

Classes from a first look at 35 unseen Arabic pages (audit3a) and the read sets' speakers under the
rules of 0.16.0 and 0.17.0: a verb swallowed into the subject phrase (``تقدمت به``), a title read alone
while the holder's name follows it in the speaker slot, a verbal noun that is the cue's object read
as its subject, an adjective left without its noun, and an agreeing pro-drop entity that is no one.
Every sentence is invented; each end-to-end case failed before this change.
Each expected claim is (speaker, start of content).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.extract.arabic.speaker_shape import phrase_shape
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        # a perfect verb and its pronoun preposition read as the name after a title and its object
        "verb-glued-to-the-subject-phrase-is-cut-off",
        H + "وكشف المندوب الحمداني عن خطاب تقدمت به الحكومة إلى الأمين العام يطالب بتغيير ممثلها.\n\n"
        "وأكد أن الخطاب تضمن أدلة جديدة.",
        [("الحمداني", "خطاب"), ("الحمداني", "أن الخطاب")],
    ),
    (
        # a title and its apposition, then the holder's name before the complementiser
        "title-alone-while-the-name-follows-in-the-slot",
        H + "أكد وزير الصيد والاقتصاد البحري، الناطق باسم الحكومة، المختار ولد داهي، أن الحكومة "
        "ستواصل دعم الصيادين.\n\nوأضاف الوزير أن الموسم سيبدأ قريبا.",
        [("المختار ولد داهي", "أن الحكومة"), ("المختار ولد داهي", "أن الموسم")],
    ),
    (
        # a verbal noun right after a pro-drop cue is its object: the content, the speaker goes on
        "verbal-noun-object-is-the-content",
        H + "أعلنت محافظة نينوى إطلاق مشروع جديد لتحلية المياه في المدينة.\n\n"
        "وأكدت اعتماد منظومة الرقابة الحديثة للحفاظ على كميات المياه.",
        [("محافظة نينوى", "إطلاق مشروع"), ("محافظة نينوى", "اعتماد منظومة")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_speaker_shape_repairs(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_junk_pro_drop_speaker_is_held_low() -> None:
    """``في تصريح للمركز الإعلامي قال:``: the agreeing entity the pro-drop logic finds is an adjective
    left without its noun; nothing plausible replaces it, so the claim keeps it with a low confidence."""
    raw = (
        H + "وفي تصريح للمركز الاعلامي قال : اتقدم بالتهنئة الى الشعب بمناسبة العيد الوطني "
        "وان هذه المناسبة دليل على اللحمة الوطنية."
    )
    claims = [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert all(c.confidence <= 0.5 for c in claims if phrase_shape(c.speaker).implausible), claims


@pytest.mark.parametrize(
    "phrase",
    [
        "لتلفزيون الخبر",  # an addressee with its ل
        "عادت بلوهراني",  # a verb glued to a name
        "تقدمت به",
        "صادر",  # بيان صادر عن …
        "تقديم توضيحات بشأنها",  # a verbal noun, the cue's object
        "اعتماد منظومة المراقبة",
        "رفقة",
        "شمال",
        "جهود",
        "هاشتاغ صوت الشارع",
        "أ",
        "مكتب",  # a head with no genitive
        "رئيس",
        "السيد",  # a courtesy title alone
        "الدكتورة",
        "الإستقلالي",  # an adjective without its noun
    ],
)
def test_implausible_shapes(phrase: str) -> None:
    assert phrase_shape(phrase).implausible, phrase_shape(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "إدريس لشكر",  # names that start with ل or ب, or end in ت
        "محمد لعقاب",
        "رفعت الأسد",
        "سانا",  # an agency's short name
        "إيفكان ألا",  # a foreign name in ا…ا
        "إسلام محمد خير",
        "إعلام مكتب والي البحر الأحمر",
        "الجبوري",  # a family name in ـي
        "الأنصاري",
        "الوزير",  # a definite title alone is a description, not junk
        "اتحاد الشغل",
        "إدارة العلاقات العامة و الإعلام بالشرطة",
    ],
)
def test_plausible_shapes(phrase: str) -> None:
    assert not phrase_shape(phrase).implausible, phrase_shape(phrase)
