"""The language of a romanised East Asian title told by its imprint.

A Chinese or Japanese title cited in Latin letters may be too short for its letters to tell
(`Shiji`, `Hanshu`, `Tujue shi`, `Kodai Toruko`): pinyin's and Hepburn's syllables also spell
English and Turkish words. Its house tells it: a publisher named with a Chinese house's word
(`Zhonghua shuju`, `Renmin chubanshe`) or a Japanese one's (`Yamakawa Shuppansha`, `Iwanami
Shoten`: `[words] publisher` of `zh`, `ja`), or a house all of whose name is so spelled in a town
of that country (`Beijing`, `Tokyo`: `[words] cities`). A title all of whose words are that
romanisation's syllables is then in that language (`Mao`, printed by `Foreign Languages Press`
in Beijing, is not)."""

from __future__ import annotations

from citekit.langid import BY_SCRIPT
from citekit.langid_romanised import spelled_as
from citekit.languages import language

__all__ = ["imprint_language"]


def imprint_language(title: str, publisher: str | None, place: str | None) -> str | None:
    """The East Asian language whose romanisation spells `title` and whose house or town the
    imprint names (module doc), or None."""
    if not publisher:
        return None
    words = set(publisher.replace(",", " ").split())
    for code in sorted(BY_SCRIPT):
        own = language(code).words
        housed = not words.isdisjoint(own.publisher)
        placed = place is not None and place.strip(" .") in own.cities
        if (housed or (placed and spelled_as(publisher, code))) and spelled_as(title, code):
            return code
    return None
