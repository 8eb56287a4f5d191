"""Invented article paragraphs and small readers shared by the cleaning tests of rounds 7–9.

The paragraphs are our own writing (a ferry schedule in English, a harbour plan in Arabic): plain body
text that every layout test puts its chrome, related lists or cut lines around.
"""

from __future__ import annotations

from claims.candidates import CleanDocument

EN_P1 = "The harbour board approved a new schedule for the ferry service on Monday after a long debate.\n\n"
EN_P2 = "The board chair said the changes would take effect in the spring, once the pier repairs are done.\n\n"
EN_P3 = "Residents of the island have complained for months about cancelled crossings and long queues.\n\n"

AR_P1 = "أعلنت بلدية المدينة الساحلية، اليوم الاثنين، عن خطة جديدة لتنظيم حركة العبارات بين الجزيرتين خلال فصل الصيف.\n\n"
AR_P2 = "وقال رئيس البلدية إن الخطة تشمل زيادة عدد الرحلات اليومية وتحسين خدمات الانتظار في الميناء القديم.\n\n"
AR_P3 = "وأضاف أن أعمال الصيانة في الرصيف الشمالي ستنتهي قبل نهاية الشهر المقبل بحسب الجدول المعلن.\n\n"


def text_lines(doc: CleanDocument) -> list[str]:
    """The cleaned text's non-empty lines, stripped: what a reader sees as the article."""
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


def teaser_texts(doc: CleanDocument) -> list[str]:
    """The related headlines the cleaner kept as cross-references."""
    return [t.text for t in doc.teasers]
