"""A host's description after its title (GOST's other title information of the host).

GOST writes what kind of publication a host is after its title and a spaced colon, in small
letters: `// Актуальные проблемы истории : сб. науч. тр.`, `// Тюркология : материалы междунар.
конф.`, `// Қазақ тарихы : ғылыми еңбектер жинағы`, `// Ykdysadyýet meseleleri : ylmy makalalar
ýygyndysy`, `// Вестник науки : науч. журн.`; after `//`, a colon with no space before it does
the same (`// Тюркология в XXI веке: материалы междунар. науч. конф. (Казань, …)`). Those words
name the host's kind (a collection, a conference's proceedings, a journal: `[types]
periodical_kind`), no words of its title: the host's title ends before the colon. A subtitle
(`// Россия и Восток : проблемы взаимодействия`) names no kind and stays the title's. A
platform's channel word is one too, in capitals (`// MFA Uzbekistan : Telegram-канал`: where the
post is).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.type_cues import has_cue, has_type_cue
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["host_description"]

# the last colon of a host's title (spaced as GOST spaces it, or not) and what follows it
_DESCRIBED: Final = re.compile(r"^(?P<title>.*\S) ?: (?P<kind>[^:]+)$")
_BRACKETED: Final = re.compile(r"^(?P<title>.*\S) \((?P<kind>[^()]+)\)$")  # `Host (blog)`
_UNSPACED_WORDS: Final = 2  # words of a description after a colon no space precedes, at least
_SENTENCE: Final = re.compile(r"\. (?=\w)")  # a period, a space and a word


@functools.cache
def _channels() -> re.Pattern[str]:
    """A social platform's name and a channel's word (`[words] platform`, `channel`):
    `Telegram-канал`, `Telegram kanalı`, `Telegram channel`."""
    platforms = literal_alternation(sorted(shipped_words("platform"), key=len, reverse=True))
    channels = literal_alternation(sorted(shipped_words("channel"), key=len, reverse=True))
    return re.compile(rf"(?:{platforms})[\s-]?(?:{channels})", re.IGNORECASE)


def _platform_channel(kind: str) -> bool:
    """Whether a host's description is a platform's channel word (`Telegram-канал`)."""
    return _channels().fullmatch(kind) is not None


@functools.cache
def _proceedings_words() -> frozenset[str]:
    """The words a meeting's proceedings share with any book of papers (`[types]
    proceedings_book`: `материалы`, `труды`), case-folded."""
    return frozenset(w.casefold() for w in shipped_type_words("proceedings_book"))


@functools.cache
def _and_words() -> frozenset[str]:
    """Every language's "and" (`[words] and`), case-folded."""
    return frozenset(w.casefold() for w in shipped_words("and_"))


def _joined(split: list[str], k: int) -> bool:
    """Whether "and" stands before or after word `k` of `split`."""
    return any(0 <= i < len(split) and split[i] in _and_words() for i in (k - 1, k + 1))


def _names_a_kind(words: str) -> bool:
    """The words name a collection's, a conference's or a periodical's kind (`[types]
    collection`, `periodical_kind`, the conference cues), not a subtitle's matter. A
    proceedings' word names one (`материалы междунар. конф.`, `научные труды`), unless "and"
    joins it to another word (`Русская литература XX века : исследования и материалы`: a
    subtitle)."""
    if has_type_cue("collection", words) or has_type_cue("periodical_kind", words):
        return True
    split = [w.strip(".,").casefold() for w in words.split()]
    joined = [k for k, w in enumerate(split) if w in _proceedings_words() and _joined(split, k)]
    if not joined:
        return has_type_cue("conference", words) or has_cue("conference", words)
    # `исследования и материалы`, `материалы и исследования`: a proceedings' word joined to
    # another by "and" names no meeting (`научные труды`, `материалы конф.` do)
    met = " ".join(w for k, w in enumerate(split) if k not in joined)
    return has_type_cue("conference", met) or has_cue("conference", met)


def _bracketed_kind(kind: str) -> bool:
    """Whether a host's closing bracket holds its kind's word alone, in small letters (`blog`,
    `сайт`: `[types] blog`, `periodical_kind`), no words of its name."""
    return (
        kind.islower()
        and len(kind.split()) == 1
        and (has_type_cue("blog", kind) or has_type_cue("periodical_kind", kind))
    )


def _gost_host(container: str, text: str, kind: str) -> bool:
    """Whether a host GOST's `//` opens in `text` holds a description of two words or more
    after a colon typed with no space before it (`// Тюркология: материалы конф.`)."""
    if len(kind.split()) < _UNSPACED_WORDS:
        return False
    at = text.find(container[: container.find(":")]) if ":" in container else -1
    return at > 0 and text[:at].rstrip().endswith("//")


def host_description(container: str | None, text: str = "") -> tuple[str | None, str | None]:
    """The host's title without its description of kind after a spaced colon (or in a
    closing bracket: `Host (blog)`), and that description (None when there is none):
    `Актуальные проблемы истории : сб. науч. тр` gives (`Актуальные проблемы истории`, `сб.
    науч. тр`)."""
    bracketed = _BRACKETED.match(container or "")
    if bracketed is not None and _bracketed_kind(bracketed["kind"]):
        return bracketed["title"], bracketed["kind"]  # Chicago's `World Bank Blogs (blog)`
    match = _DESCRIBED.match(container or "")
    if match is None:
        return container, None
    kind = match["kind"].strip()
    if any(mark in kind for mark in "»”") and not any(mark in kind for mark in "«“„"):
        return container, None  # `«Title: subtitle» атты … материалдары`: the colon is quoted
    if " :" not in (container or "") and not _gost_host(container or "", text, kind):
        return container, None  # `In: …, 1995: proceedings`: a title's own words, unspaced
    if _platform_channel(kind):  # `// MFA Uzbekistan : Telegram-канал`: where it is posted
        return match["title"], kind
    # the host's series after its kind stays its name's (`Вестник КазНУ : науч. журн. Сер.
    # ист.` is `Вестник КазНУ. Сер. ист.`)
    series = ""
    cut = next((m for m in _SENTENCE.finditer(kind) if kind[m.end()].isupper()), None)
    if cut is not None:
        kind, series = kind[: cut.start() + 1], kind[cut.end() :]
    # the host's closing period was cut off its last abbreviation (`науч. журн`)
    if not kind[:1].islower() or not _names_a_kind(kind if series else f"{kind}."):
        return container, None  # a subtitle, or a description opened by a capital: kept
    return (f"{match['title']}. {series}" if series else match["title"]), kind
