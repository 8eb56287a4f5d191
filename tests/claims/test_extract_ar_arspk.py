"""A name met only inside someone's quotation is not who the narration goes on about (branch arspk).

On unseen Arabic pages a bare head or a document outside the quotation (``بحسب الشرطة``, ``وأضاف
البيان``) was resolved to an organisation the quotation itself named (``"… داهمت قوة من مركز الشرطة
…"``): the latest matching entity, wherever it stood. The registry now knows the page's quotations;
an organisation named only inside them is no antecedent for the narration's short forms, and comes
after the others when the latest entity is asked for. Every sentence is invented; the end-to-end
cases failed before this change.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.extract.core.entities import Entity, Registry
from claims.text.clean import clean_text
from claims.types import ClaimKind, SpeakerKind

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[str]]] = [
    (
        # the bare head outside the quotation is the police, not the unit the spokeswoman's text names
        "bare-head-is-not-the-quoted-unit",
        H + 'نشرت المتحدثة باسم الشرطة نوال الشامي بيانا جاء فيه: "داهمت قوة من مركز الشرطة الساحلي '
        'مخزنا للسجائر المهربة قرب الرصيف" بحسب الشرطة.\n\n'
        'وتابعت الشامي: "تم حجز البضاعة وتحويل صاحب المخزن للتحقيق".',
        ["الشرطة", "نوال الشامي"],
    ),
    (
        # the statement speaks for the body that issued it, not for a directorate its text names
        "document-is-not-the-quoted-body",
        H + 'أصدرت البلدية بيانا جاء فيه: "قامت مديرية الطرق الجبلية بإغلاق المنعطف الخطر أمام الشاحنات".\n\n'
        "وأضاف البيان أن الإغلاق سيستمر حتى نهاية الشهر المقبل.",
        ["البلدية"],
    ),
    (
        # a body the narration named itself stays the antecedent, quoted again or not
        "body-named-in-the-narration-still-resolves",
        H + 'أعلنت شرطة الميناء في بيان أن "دورية من شرطة الميناء ضبطت قاربا يحمل بضائع مهربة".\n\n'
        "وأضافت الشرطة أن التحقيق مع البحارة مستمر.",
        ["شرطة الميناء", "شرطة الميناء"],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_quoted_names_are_no_antecedents(name: str, raw: str, expected: list[str]) -> None:
    got = [c.speaker for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert got == expected, got


def _org(name: str) -> Entity:
    return Entity(name, SpeakerKind.ORGANIZATION, gender="f", head=name.split()[0])


def test_registry_puts_quoted_only_entities_last() -> None:
    reg = Registry()
    reg.set_quoted([(50, 90)])
    outside, inside = _org("هيئة الموانئ"), _org("هيئة الجمارك")
    reg.add(outside, ["هيئه الموانئ"])
    reg.mention(10, outside)
    reg.add(inside, ["هيئه الجمارك"])
    reg.mention(60, inside)
    reg.cursor = 100
    assert reg.quoted_only(inside) and not reg.quoted_only(outside)
    assert reg.latest(SpeakerKind.ORGANIZATION) is outside
    assert reg.by_tokens(["هيئه"], SpeakerKind.ORGANIZATION) is outside
    reg.mention(95, inside)  # named again outside the quotation: an antecedent like any other
    assert not reg.quoted_only(inside)
    assert reg.latest(SpeakerKind.ORGANIZATION) is inside


def test_registry_without_quotations_is_unchanged() -> None:
    reg = Registry()
    first, second = _org("هيئة الموانئ"), _org("هيئة الجمارك")
    for pos, e in ((10, first), (60, second)):
        reg.add(e, [e.canonical])
        reg.mention(pos, e)
    reg.cursor = 100
    assert not reg.quoted_only(second)
    assert reg.latest(SpeakerKind.ORGANIZATION) is second
