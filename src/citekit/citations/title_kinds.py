"""The kind of work a title's own information names after its colon.

GOST writes what the work is right after its title, set off by a colon, before the
responsibility's slash or the imprint: `Народное хозяйство СССР в 1970 г. : стат. ежегодник.
– М. : Статистика, 1971`, `Казахстан в цифрах : стат. сб. – Алматы, 2019`, `Итоги переписи :
аналитический доклад / …`; English and Turkish titles do the same with their subtitle
(`Kazakhstan: Country Report`, `Türkiye'de Göç: Rapor`). The tagger often leaves that
information out of every field, so the kind is read from the note's text: a report's word
(`[types] report`) that is all the title's colon is followed by, a number at most after it,
makes the work a report, as the same word closing the title would; a subtitle that goes on
(`Osmanlı Ekonomisi: Analiz ve Yorum`) is the title's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citekit.citations.type_cues import casefold
from citekit.languages import shipped_type_words

__all__ = ["report_after_colon"]


@functools.cache
def _report_opens() -> re.Pattern[str]:
    """A colon, then a report's word opening what follows it, whole."""
    words = sorted({casefold(w) for w in shipped_type_words("report")}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    # the word is the whole information, a number at most after it: `…: Rapor. Ankara`,
    # `…: стат. сб. / …`; a subtitle going on is the title's (`…: Analiz ve Yorum`)
    number = r"(?:\s*(?:№|No\.?|no\.?)?\s*\d[\d./-]*)?"
    # … or an abbreviation's own period closing it (`стат. сб. Астана, 2017`)
    return re.compile(rf"\s*:\s*(?:{alternation}){number}(?:(?<=\.)\s|\s*(?:[.,;/(\[—–-]|$))")


def report_after_colon(fields: Mapping[str, object], text: str) -> bool:
    """Whether a report's word opens the information after the title's colon (see the
    module's doc); a periodical's volume or issue prints no report so named."""
    title = fields.get("title")
    if not (isinstance(title, str) and title) or fields.get("volume") or fields.get("issue"):
        return False
    at = text.find(title)
    if at < 0:
        return False
    # after the title, or after its own last colon when the title took the information in
    # (`Демографический ежегодник : стат. сб. Астана, 2017`: no dash sets the imprint off)
    starts = {at + len(title), at + title.rfind(":") if ":" in title else at + len(title)}
    return any(_report_opens().match(casefold(text[s:])) is not None for s in starts)
