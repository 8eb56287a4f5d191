"""Arabic real-page kinds, round 7 (our own sentences, invented names).

Kinds:
- hashtag names (``#سامي_نور``, ``#هيئة_المياه``) and a preposition set apart by a tatweel
  (``لـ #القوات``): read as the words they spell, so a title chain reaches the name after it;
  the shown speaker loses the hashtag marks, the content keeps them as printed;
- a known speaker's name quoted right before the verb (``"نور" أضاف أن …``) is its subject;
- ``علي`` between commas after a title (``وزير المالية، علي الساعدي،``) is the name Ali;
- ``وبيّن X أنه …``: bayyana before a name and ``أنه``, not "between";
- ``وأشار X، خلال حديث …، أن …``: the complementiser after a frame without the cue's إلى;
- ``يذكر أن X أكد … أن …``: an author-voice sentence recalling a report it names holds the claim;
- ``ردت الهيئة على …، موضحة أن …``: a reporting participle after a non-report verb reports
  what that verb's subject said;
- a definite role with its genitive right after a name (``خالد منصور الناطق باسم القيادة، أن``)
  is the person's role, so the role alone later finds the person;
- ``نقلت وسائل الإعلام عن المصادر الأمنية قولها``: عن before a source is the report's preposition,
  and a source known by its head keeps its nisbas.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _claims(raw: str) -> list:
    return [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]


def _got(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in _claims(raw)]


def test_hashtag_name_after_a_title_chain_with_a_detached_preposition() -> None:
    got = _got(H + "قال المتحدث باسم القائد العام لـ #قوات_الحدود الجنوبية العميد #سامي_نور إن الطريق آمن.")
    assert got == [("سامي نور", "قال", "إن الطريق آمن")], got


def test_detached_preposition_with_a_tatweel_joins_its_noun() -> None:
    got = _got(H + "قال المتحدث باسم المجلس الأعلى لـ الموانئ البحرية الربان كمال حداد إن الرصيف جاهز.")
    assert got == [("كمال حداد", "قال", "إن الرصيف جاهز")], got


def test_hashtag_organisation_subject_keeps_its_hashtag_in_content() -> None:
    got = _got(H + "وأكدت #هيئة_المياه الوطنية اليوم أن: «خزانات #وادي_الرمل ممتلئة».")
    assert len(got) == 1, got
    speaker, _, content = got[0]
    assert speaker == "هيئة المياه الوطنية", got
    assert "#وادي_الرمل" in content, got


def test_a_hashtag_mention_is_shown_as_printed_even_when_it_is_the_speakers_name() -> None:
    # a defect of a shared cleaning cache: a mention equal to the speaker's printed name took the name's
    # cleaning (hashtag marks dropped), any other mention kept them; the mention is the text as printed
    claims = _claims(H + "وقالت #لجنة_الصحة_النيابية إن المستشفيات الجديدة ستفتح أبوابها الشهر المقبل.")
    assert [(c.speaker, c.speaker_mention) for c in claims] == [("لجنة الصحة النيابية", "لجنة_الصحة_النيابية")]


def test_quoted_known_name_before_the_verb_is_the_subject() -> None:
    got = _got(
        H + "قال وزير النقل سامي نور إن القطار الجديد يصل غدا.\n\n"
        + "“نور” أضاف في مقابلة مع الإذاعة أن: «الرحلات تبدأ الأسبوع المقبل».\n"
    )
    assert [g[0] for g in got] == ["سامي نور", "سامي نور"], got
    assert not any(content == "نور" for _, _, content in got), got


def test_ali_between_commas_after_a_title_is_a_name() -> None:
    got = _got(H + "قال وزير المالية العماني، علي الساعدي، إن العجز تراجع على نحو ملحوظ هذا العام.")
    assert got == [("علي الساعدي", "قال", "إن العجز تراجع على نحو ملحوظ هذا العام")], got


def test_bayyana_before_a_name_and_annahu() -> None:
    got = _got(
        H + "وقال النائب فراس العبيدي إن اللجنة اجتمعت.\n\n"
        + 'وبين العبيدي انه "لا موازنة قبل نهاية الشهر".\n'
    )
    assert ("فراس العبيدي", "بين", "لا موازنة قبل نهاية الشهر") in got, got


def test_bayna_between_two_places_stays_no_cue() -> None:
    got = _got(H + "وتنقل الوفد بين عمان والعقبة انه امر معتاد.")
    assert got == [], got


def test_ashara_with_anna_after_a_frame_without_ila() -> None:
    got = _got(
        H + "قال الشيخ راشد بن سالم آل منصور إن المفاوضات متعثرة.\n\n"
        + "وأشار آل منصور، خلال حديث لقناة «المدار»، أن الوساطة مستمرة رغم الخلاف.\n"
    )
    assert ("راشد بن سالم آل منصور", "أشار", "أن الوساطة مستمرة رغم الخلاف") in got, got


def test_author_voice_sentence_recalling_a_named_report() -> None:
    got = _got(
        H + "يذكر أن المتحدث باسم وزارة الزراعة هشام العلوان، أكد الخميس، أن موسم الحصاد تأخر أسبوعين."
    )
    assert got == [("هشام العلوان", "أكد", "أن موسم الحصاد تأخر أسبوعين")], got


def test_author_voice_background_without_a_report_stays_no_claim() -> None:
    got = _got(H + "يذكر أن السد الجديد افتتح قبل عامين بتكلفة كبيرة.")
    assert got == [], got


def test_author_voice_recalling_an_announced_object_stays_background() -> None:
    got = _got(H + "يذكر أن الهيئة أعلنت في مايو الماضي إطلاق خدمة النقل الليلي.")
    assert got == [], got


def test_participle_after_an_organisations_non_report_verb() -> None:
    got = _got(
        H
        + "ردت هيئة الطيران المدني على الشكاوى المتكررة، "
        + "موضحة أن الرحلات ستعود إلى مواعيدها الأسبوع المقبل."
    )
    assert got == [
        ("هيئة الطيران المدني", "موضحة", "أن الرحلات ستعود إلى مواعيدها الأسبوع المقبل")
    ], got


def test_participle_disagreeing_with_the_verb_makes_no_claim() -> None:
    got = _got(H + "وصل الوزير إلى المدينة صباحا، مؤكدة مصادر محلية أن الزيارة تمت بهدوء.")
    assert all(speaker != "الوزير" for speaker, _, _ in got), got


def test_media_quoting_sources_by_an() -> None:
    got = _claims(
        H + "قالت مصادر أمنية محلية، الخميس، إن الطريق أغلق.\n\n"
        + "ونقلت وسائل الإعلام عن المصادر الأمنية، قولها: «الطريق سيفتح مساء الجمعة».\n"
    )
    inner = [c for c in got if c.via]
    assert [(c.speaker, c.via) for c in inner] == [("مصادر أمنية محلية", "وسائل الإعلام")], got
    assert "الطريق سيفتح مساء الجمعة" in inner[0].content, got
    assert all("عن المصادر" not in c.speaker for c in got), got


def test_group_for_a_party_keeps_its_an() -> None:
    got = _got(H + "وقال نواب عن الحزب الأخضر إن التصويت تأجل.")
    assert got == [("نواب عن الحزب الأخضر", "قال", "إن التصويت تأجل")], got


def test_definite_role_after_a_name_finds_the_person_again() -> None:
    got = _got(
        H + "أوضح العقيد خالد منصور الناطق باسم قيادة عمليات الشمال، أنه لا خسائر في صفوف القوات.\n\n"
        + "وتابع الناطق باسم قيادة عمليات الشمال، أن القصف استهدف مخازن فارغة.\n"
    )
    assert [speaker for speaker, _, _ in got] == ["خالد منصور", "خالد منصور"], got
