"""Arabic failure kinds from the fourth real dev set (dev3, dev3-diagnosis.md), one kind per row.

Each row is our own sentence (invented names and places) reproducing a shape seen on real pages:
where a speaker phrase ends (a name part that folds like a preposition before a time word, an
unlisted role noun before a full name, an organisation name holding ``بلا``, a name after a title
and a comma, a quoted organisation inside a title, the description of an unnamed speaker), the
speaker carried to the next sentences, cues that were missing, a glued full stop, run-on cues,
nested reports and a quoted subject glued to its cue; then the same kinds in other shapes, met on
articles written here to probe the new rules (a lone surname before a frame, a feminine title
alone, an addressee after a name, a crowd's participle). Expected claims are (speaker, start of
content), events left aside. Every row failed on main (2bba04f) except the guards named
``guard-…``, which held before and keep the new rules from over-reaching.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # 1. speaker boundaries: a name part that folds like the preposition على, before a time word
    (
        "ali-before-a-time-word-is-a-name",
        H + "وقال رامي علي اليوم إن الفريق استعاد لاعبيه المصابين.",
        [("رامي علي", "إن الفريق")],
    ),
    (
        "ali-before-a-weekday-then-a-colon",
        H + "وقال المنصف علي الأحد: نحن جاهزون للموسم الجديد.",
        [("المنصف علي", "نحن جاهزون")],
    ),
    (
        "guard-ala-before-a-noun-stays-a-preposition",
        H + "وشدد الوزير رامي حسان على ضرورة ترشيد المياه.",
        [("رامي حسان", "ضرورة ترشيد")],
    ),
    # an unlisted foreign name whose first letter is ب/ل/ك, right after the cue
    (
        "foreign-name-starting-with-b-after-the-cue",
        H + "وقال بيرتو ماتيتش في مؤتمر صحفي إن التحضيرات انتهت.",
        [("بيرتو ماتيتش", "إن التحضيرات")],
    ),
    (
        "guard-an-adverb-with-b-is-no-name",
        H + "قال وزير المالية رامي حسان إن العجز تقلص.\n\nوقال بصراحة إن الضرائب لن ترتفع.",
        [("رامي حسان", "إن العجز"), ("رامي حسان", "إن الضرائب")],
    ),
    # a role noun that no title list holds, then a full name: the person, not the previous speaker
    (
        "unlisted-role-noun-before-a-full-name",
        H + "قال وزير الري سليم داود إن السد ممتلئ.\n\nوقال الصياد نادر كريم إن الأسماك قلت هذا العام.",
        [("سليم داود", "إن السد"), ("نادر كريم", "إن الأسماك")],
    ),
    (
        "unlisted-role-construct-then-a-name-then-a-noun-object",
        H + "أكد قائد الفريق الأول رامي حسان جاهزية زملائه للمباراة الحاسمة.",
        [("رامي حسان", "جاهزية زملائه")],
    ),
    (
        "guard-a-foreign-name-ending-like-an-abstract-noun",
        H + "قالت المبعوثة الأممية هانا تيتيه إن الحوار ضروري.",
        [("هانا تيتيه", "إن الحوار")],
    ),
    (
        "a-lone-unlisted-surname-before-a-frame",
        H + "قال وزير الري سليم داود إن السد ممتلئ.\n\nوقال فوتشيك خلال لقاء مع الصحفيين إن بلاده ستساعد.",
        [("سليم داود", "إن السد"), ("فوتشيك", "إن بلاده")],
    ),
    (
        "a-lone-surname-with-b-before-a-frame",
        H + "قال وزير الري سليم داود إن السد ممتلئ.\n\nوقال بلوفيتش في كلمة إن أوروبا ستساعد.",
        [("سليم داود", "إن السد"), ("بلوفيتش", "إن أوروبا")],
    ),
    (
        "title-then-a-foreign-name-with-k-then-a-time-word",
        H + "وقال المدرب كارلو ماتيو اليوم إن التشكيلة لن تتغير.",
        [("كارلو ماتيو", "إن التشكيلة")],
    ),
    (
        "role-and-name-then-an-addressee-with-lam",
        H + "قال وزير الري سليم داود إن السد ممتلئ.\n\nوقال الصياد نادر كريم لمراسلنا إن الأسماك قلت.",
        [("سليم داود", "إن السد"), ("نادر كريم", "إن الأسماك")],
    ),
    (
        "a-feminine-title-alone-is-not-the-man-named-before",
        H + "قال وزير الري سليم داود إن السد ممتلئ.\n\nوقالت الوزيرة في تصريح للإذاعة إن المياه تكفي.",
        [("سليم داود", "إن السد"), ("الوزيرة", "إن المياه")],
    ),
    (
        "guard-the-outlets-correspondent-with-a-place",
        H + "وقال مراسلنا في الموصل إن الجسر أغلق.",
        [("مراسلنا في الموصل", "إن الجسر")],
    ),
    (
        "the-province-is-no-woman-governor",
        H
        + "حذرت منظمة الإغاثة من نقص الغذاء في المحافظة.\n\n"
        + "وأكد مدير زراعة المحافظة المهندس علي كاظم أن المخازن ممتلئة.",
        [("منظمة الإغاثة", "نقص الغذاء"), ("علي كاظم", "أن المخازن")],
    ),
    (
        "sources-with-two-adjectives",
        H + "كشفت مصادر أمنية مطلعة أن الحدود ستغلق ليلا.",
        [("مصادر أمنية مطلعة", "أن الحدود")],
    ),
    (
        "the-cues-b-after-an-indefinite-group",
        H + "وطالب ناشطون بفتح تحقيق في الحريق.",
        [("ناشطون", "فتح تحقيق")],
    ),
    (
        "guard-a-b-name-in-a-construct-chain-of-a-group",
        H + "وقال أهالي ضحايا انفجار مرفأ بيروت إنهم سيواصلون الاحتجاج.",
        [("أهالي ضحايا انفجار مرفأ بيروت", "إنهم سيواصلون")],
    ),
    (
        "an-unlisted-verb-subject-then-bilqawl",
        H + "ورد النائب عن كتلة الأمل حسن سالم بالقول إن الأرقام غير دقيقة.",
        [("حسن سالم", "إن الأرقام")],
    ),
    (
        "a-crowd-is-its-head-not-the-object-after-it",
        H + "وأغلق المحتجون الجسر مطالبين بإطلاق سراح الموقوفين.",
        [("المحتجون", "إطلاق سراح")],
    ),
    (
        "an-organisations-adjective-is-no-surname",
        H + "وقال محافظ البنك المركزي إن الاحتياطي ارتفع.",
        [("محافظ البنك المركزي", "إن الاحتياطي")],
    ),
    (
        "ali-alone-after-the-cue-before-a-time-word",
        H + "قال وزير الري سليم داود إن السد ممتلئ.\n\nوقال علي أمس إن النهر فاض.",
        [("سليم داود", "إن السد"), ("علي", "إن النهر")],
    ),
    (
        "role-and-name-then-lam-and-a-quoted-medium",
        H + "قال وزير الري سليم داود إن السد ممتلئ.\n\nوقالت المزارعة رنا يوسف لـ\"الأفق\" إن المحصول تلف.",
        [("سليم داود", "إن السد"), ("رنا يوسف", "إن المحصول")],
    ),
    # an organisation name holding "بلا" (without); عن after a cue that takes none opens the object
    (
        "organisation-name-with-bila",
        H
        + "وحذرت جمعية مهندسون بلا حدود من انهيار المباني القديمة، "
        + "وأكدت الجمعية عن رصد عشرين مبنى آيلا للسقوط.",
        [("جمعية مهندسون بلا حدود", "انهيار المباني"), ("جمعية مهندسون بلا حدود", "رصد عشرين")],
    ),
    (
        "an-after-a-cue-that-takes-none-opens-the-object",
        H + "وأكدت وزارة الزراعة عن إتلاف ثلاثة أطنان من البذور الفاسدة.",
        [("وزارة الزراعة", "إتلاف ثلاثة")],
    ),
    (
        "an-tariq-is-an-adverbial-before-the-complementiser",
        H + "وأكدت وزارة الزراعة عن طريق متحدثها أن البذور سليمة.",
        [("وزارة الزراعة", "أن البذور")],
    ),
    # a title, a comma, then the name: with a nationality adjective and quotation marks, or a colon
    (
        "title-comma-nationality-quoted-name-then-pro-drop",
        H
        + "وأوضح مدرب النادي، البرتغالي \"بيدرو سانتوس\"، اليوم، أن الفريق تجاوز الإرهاق.\n\n"
        + "وأضاف أن المباراة المقبلة مصيرية.",
        [("بيدرو سانتوس", "أن الفريق"), ("بيدرو سانتوس", "أن المباراة")],
    ),
    (
        "title-with-a-lam-genitive-comma-nationality-quoted-name",
        H + "أكد مدرب منتخب الأردن لكرة السلة، الصربي \"بوريس ماركو\"، أن التأهل ممكن.",
        [("بوريس ماركو", "أن التأهل")],
    ),
    (
        "title-comma-name-colon",
        H + "من جهته، قال المهاجم السوري، نادر كريم: إن الفريق لم يستسلم.",
        [("نادر كريم", "إن الفريق")],
    ),
    (
        "quoted-body-inside-the-title-then-name-then-pro-drop-and-surname",
        H
        + "قال المتحدث باسم “رابطة الصيادين” نادر كريم، إن الموسم كان ضعيفا.\n\n"
        + "وأردف:”سنطلب دعما من الوزارة”.\n\n"
        + "وتابع كريم “القوارب متوقفة منذ شهر. ولا نعرف متى تعود”.",
        [("نادر كريم", "إن الموسم"), ("نادر كريم", "سنطلب"), ("نادر كريم", "القوارب")],
    ),
    (
        "guard-an-addressee-after-a-title-is-no-genitive-of-the-title",
        H + "وقال مدير المستشفى رامي حسان لقناة الأفق إن الأجهزة وصلت.",
        [("رامي حسان", "إن الأجهزة")],
    ),
    # a first name alone for a person who has already spoken
    (
        "first-name-of-a-speaker-before-bilqawl",
        H
        + "قال مدرب الفريق ماركو بيلي إن اللاعبين جاهزون.\n\n"
        + "وقال وزير الرياضة رامي حسان إن الملعب جاهز.\n\n"
        + "واختتم ماركو بالقول: سنلعب للفوز.",
        [("ماركو بيلي", "إن اللاعبين"), ("رامي حسان", "إن الملعب"), ("ماركو بيلي", "سنلعب")],
    ),
    # an unnamed speaker: the adjective of the sources, the body a member belongs to, a relative clause
    (
        "sources-with-an-adjective-whose-waw-is-a-root-letter",
        H + "وذكرت مصادر وزارية لـ”الأفق” أن الحكومة ستؤجل رفع الأسعار.",
        [("مصادر وزارية", "أن الحكومة")],
    ),
    (
        "unnamed-member-described-by-its-body-then-a-relative-clause",
        H
        + "كشف عضو من اللجنة القانونية ، الأحد،بأن القانون سيعدل قبل الصيف، "
        + "وأكد العضو الذي طلب عدم ذكر اسمه ، أن التصويت سيكون علنيا.",
        [("عضو من اللجنة القانونية", "بأن القانون"), ("عضو من اللجنة القانونية", "أن التصويت")],
    ),
    (
        "relative-clause-after-a-title-only-subject",
        H + "وأكد الموظف الذي رفض الكشف عن هويته ، أن الرواتب ستصرف متأخرة.",
        [("الموظف", "أن الرواتب")],
    ),
    (
        "guard-a-channel-after-an-unnamed-title-is-a-frame",
        H + "وقال مسؤول في بيان إن الطريق سيفتح غدا.",
        [("مسؤول", "إن الطريق")],
    ),
    # 3. cues that were missing: a plea (التمس) and a charge (أسند, guideline §4.12)
    (
        "a-plea-is-a-claim",
        H + "والتمس محامي المستأجر الرأفة بموكله نظرا لظروفه الصحية.",
        [("محامي المستأجر", "الرأفة بموكله")],
    ),
    (
        "guard-an-adjective-of-the-title-after-its-genitive",
        H + "وقال رئيس الحكومة السابق رامي حسان إن الانتخابات ستجرى في موعدها.",
        [("رامي حسان", "إن الانتخابات")],
    ),
    (
        "a-charge-brought-by-the-prosecution-starts-at-the-charge",
        H + "وأسندت النيابة العامة إلى الموظفين اتهامات الرشوة والإضرار بالمال العام.",
        [("النيابة العامة", "اتهامات الرشوة")],
    ),
    # 4. a full stop glued to the next sentence: a bare new sentence is the outlet's, not the speaker's
    (
        "glued-full-stop-then-a-bare-sentence-is-no-continuation",
        H + "وشدد المحامي رامي حسان على براءة موكلته من التهم.تنظر المحكمة القضية برئاسة القاضي نادر كريم.",
        [("رامي حسان", "براءة موكلته")],
    ),
    (
        "glued-full-stop-then-a-charge-of-someone-else",
        H + "وشدد المحامي رامي حسان على براءة موكلته من التهم.وأسندت النيابة إليها تهمة التهرب الضريبي.",
        [("رامي حسان", "براءة موكلته"), ("النيابة", "إليها تهمة")],
    ),
    (
        "guard-a-joined-sentence-on-the-claims-line-goes-on-with-it",
        H
        + "كشفت مصادر مطلعة أن الجلسة شهدت خلافا حادا. "
        + "وعند التصويت، انسحب وزيران من القاعة احتجاجا.",
        [("مصادر مطلعة", "أن الجلسة"), ("مصادر مطلعة", "وعند التصويت")],
    ),
    # 5. run-on paragraphs: a cue, a comma and a bare clause; a verb spelt like a frame word before قائلا
    (
        "run-on-cue-comma-bare-clause",
        H + "أعلن وزير النقل رامي حسان أن الميناء سيغلق أسبوعا، وأضاف، الشحنات ستحول إلى الميناء الجنوبي.",
        [("رامي حسان", "أن الميناء"), ("رامي حسان", "الشحنات ستحول")],
    ),
    (
        "run-on-aqqaba-qaailan-after-a-participle",
        H + "أوضح مدير المدرسة رامي حسان أن الصفوف جاهزة مشيرا إلى وصول الكتب وعقب قائلا : لن نؤجل الدراسة.",
        [("رامي حسان", "أن الصفوف"), ("رامي حسان", "لن نؤجل")],
    ),
    (
        "guard-a-noun-spelt-like-a-cue-before-a-comma",
        H + "وقال مدير المدرسة رامي حسان إن عدد المسجلين بلغ 400 طالب، أي ضعف العام الماضي.",
        [("رامي حسان", "إن عدد")],
    ),
    (
        "guard-cue-comma-frame-comma-complementiser",
        H + "قال رامي حسان إن الميناء مغلق.\n\nوأضاف، في تصريح للإذاعة، أن الشحنات ستتأخر.",
        [("رامي حسان", "إن الميناء"), ("رامي حسان", "أن الشحنات")],
    ),
    # 6. nested reports: a relative clause with its own cue, a participle of the person inside
    (
        "nested-report-in-a-relative-clause-after-a-name",
        H + "ولفت المحامي رامي حسان إلى شهادة الحارس نادر كريم التي أكد فيها أن الباب كان مغلقا.",
        [("رامي حسان", "شهادة الحارس"), ("نادر كريم", "أن الباب")],
    ),
    (
        "nested-participle-of-the-person-inside-the-complement",
        H + "وذكرت مصادر برلمانية أن وزير المالية رامي حسان اعترض على الاقتراح معتبرا أنه يزيد العجز.",
        [("مصادر برلمانية", "أن وزير"), ("رامي حسان", "أنه يزيد")],
    ),
    (
        "nested-participle-after-a-fronted-clause-and-a-verb",
        H
        + "كشفت مصادر حكومية أنه عند عرض الخطة، اعترض وزير المالية رامي حسان مدافعا عن الموازنة "
        + "ومؤكدا أن الأرقام دقيقة. وعند التصويت، انسحب الوزير من القاعة.",
        [("مصادر حكومية", "أنه عند"), ("رامي حسان", "أن الأرقام"), ("مصادر حكومية", "وعند التصويت")],
    ),
    (
        "guard-a-participle-after-a-comma-is-the-outer-speakers",
        H + "وقال رامي حسان إن الوزير نادر كريم زار الميناء، مؤكدا أن الزيارة كانت ناجحة.",
        [("رامي حسان", "إن الوزير")],
    ),
    # 7. a quoted subject glued to its cue, then a frame
    (
        "quoted-name-glued-to-the-cue-then-a-frame",
        H + "قال وزير الري سليم داود إن السد ممتلئ.\n\nورأى”نادر” في حديث للتلفزيون أن المياه لن تكفي الصيف.",
        [("سليم داود", "إن السد"), ("نادر", "أن المياه")],
    ),
    (
        "quoted-medium-with-a-feminine-verb-then-a-frame",
        H + "وقالت «الأفق» في افتتاحيتها إن الحكومة تأخرت في الإصلاح.",
        [("الأفق", "إن الحكومة")],
    ),
    # single errors: a quotation after a long adjunct; a crowd's participle; a date before the subject
    (
        "quotation-after-a-long-adjunct-with-no-colon",
        H
        + "وقال رامي حسان في لقاء مع الطلبة عقده أمس، بحضور أولياء الأمور، "
        + "\"الامتحانات ستجرى في موعدها دون تأجيل\".",
        [("رامي حسان", "الامتحانات ستجرى")],
    ),
    (
        "a-crowds-participle-inside-the-outlets-sentence",
        H + "واحتشد المئات أمام مبنى المحافظة مطالبين بإعادة فتح المعبر.",
        [("المئات", "إعادة فتح")],
    ),
    (
        "guard-a-participle-of-the-outlets-sentence-without-a-crowd",
        H + "وافتتح الوزير رامي حسان المستشفى الجديد مؤكدا أهمية المشروع للمنطقة.",
        [],
    ),
    (
        "weekday-and-date-between-the-cue-and-its-subject",
        H + "قال الاثنين 14 أفريل، وزير الفلاحة رامي حسان خلال زيارته للمزارع إن الموسم واعد.",
        [("رامي حسان", "إن الموسم")],
    ),
    (
        "headline-printed-again-with-a-label-glued-on",
        "وزير:الأسعار لن ترتفع هذا الشتاء رغم الأزمة العالمية في الأسواق\n\n"
        + "وزير:الأسعار لن ترتفع هذا الشتاء رغم الأزمة العالمية في الأسواق\nآخر تحديث:\n\n"
        + "عمان/ وكالة الأخبار- قال وزير التجارة رامي حسان إن المخزون يكفي ستة أشهر.",
        [("رامي حسان", "إن المخزون")],
    ),
    (
        "guard-a-pronoun-phrase-is-no-role",
        H + "وكانت النيابة العامة قد وجّهت إليهم تهماً تتعلق بالتهريب.",
        [("النيابة العامة", "إليهم تهماً")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round4_case(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_a_quotation_opened_with_the_closing_mark_is_direct() -> None:
    text = H + "وقال الوزير رامي حسان:”الميناء سيعمل على مدار الساعة”."
    claims = [c for c in extract_claims(clean_text(text)) if c.kind != ClaimKind.EVENT]
    got = [(c.speaker, c.kind, c.content) for c in claims]
    assert got == [("رامي حسان", ClaimKind.DIRECT, "الميناء سيعمل على مدار الساعة")], got


def test_a_verb_or_a_participle_after_a_name_is_not_part_of_it() -> None:
    text = (
        H
        + "كشفت مصادر حكومية أن وزير المالية رامي حسان اعترض على الخطة معتبرا أنها مكلفة.\n\n"
        + "وقال وزير النقل نادر كريم مدافعا عن الخطة إن كلفتها معقولة."
    )
    claims = [c for c in extract_claims(clean_text(text)) if c.kind != ClaimKind.EVENT]
    got = [(c.speaker, c.cue, c.via) for c in claims]
    assert got == [
        ("مصادر حكومية", "كشفت", ""),
        ("رامي حسان", "معتبرا", "مصادر حكومية"),
        ("نادر كريم", "قال", ""),
    ], got


def test_a_crowds_claim_names_the_crowd_alone_and_keeps_the_act_as_an_event() -> None:
    text = H + "وتجمع العشرات أمام الوزارة رافعين اللافتات معربين عن رفضهم لخفض الرواتب."
    got = [(c.kind, c.speaker, c.cue, c.content) for c in extract_claims(clean_text(text))]
    assert got == [
        (ClaimKind.EVENT, "", "", "وتجمع العشرات أمام الوزارة رافعين اللافتات"),
        (ClaimKind.INDIRECT, "العشرات", "معربين عن", "رفضهم لخفض الرواتب"),
    ], got
