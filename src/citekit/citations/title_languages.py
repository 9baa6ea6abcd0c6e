"""The language of a citation's title: told from the title's own words, then from the work's
other names (host, series, house), its place's spelling, its note's labels and marks."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit._text import unmixed
from citekit.citations.house_words import house_language
from citekit.citations.inner_quotes import without_quoted_names
from citekit.citations.labelled import (
    labelled_language,
    note_language,
    placed_language,
    placed_reading,
)
from citekit.citations.marked_titles import (
    before_english_subtitle,
    before_parallel,
    in_english,
    names_alike,
    translated_english,
    written_otherwise,
)
from citekit.citations.romanised_imprints import imprint_language
from citekit.citations.tagger.decode import Fields
from citekit.citations.tagger.record_series import record_host
from citekit.citations.tied_languages import (
    close_languages,
    cyrillic_words,
    houses,
    shared_letters,
    silent,
    told,
)
from citekit.langid import BY_SCRIPT, detect_language
from citekit.languages import available_languages, shipped_words
from citekit.languages import language as language_file

__all__ = ["title_language"]

_WIKIPEDIA: Final = re.compile(r"^https?://([a-z]{2,3})\.(?:m\.)?wikipedia\.org/", re.IGNORECASE)
_CHANNEL_REACH: Final = 12  # characters before a channel's name where its word stands (`-канал «`)


def _text(fields: Fields, key: str) -> str | None:
    value = fields.get(key)
    return value if isinstance(value, str) and value else None


def title_language(fields: Fields, title: str | None, flat: str, reading: str) -> str | None:
    """The language of the cited work's `title` (`None` or `und` when nothing tells it), read
    from the note `flat` (`reading`: its words each in its own alphabet) and its `fields`."""
    url = _text(fields, "URL")
    # its language is told from its words each in its own alphabet (`Qazаqça`, a Cyrillic а)
    seen = unmixed(before_english_subtitle(before_parallel(title))) if title else None
    # … and from its own words, not the names it quotes (`Программа «Рухани жаңғыру» и …`)
    seen = without_quoted_names(seen) if seen else seen
    language = detect_language(seen) if seen else None
    close = close_languages(seen) if seen else frozenset()  # the title's evidence, weighed once
    if seen and (language in (None, "und") or close) and language not in BY_SCRIPT:
        # a title too short to tell ("Nevruz", "Memory Politics", "Жырау"): the work's other
        # names are in its language too ("Uluslararası Orta Asya Dergisi", "Ұлт тағылымы")
        own = (_text(fields, k) for k in ("container-title", "collection-title", *houses(seen)))
        names = " ".join([seen, *(unmixed(v) for v in own if v and names_alike(seen, v))])
        place = _text(fields, "publisher-place")
        if place and not place.isascii() and _spelled(place) and names_alike(seen, place):
            # … and its place, spelled in the letters of a language (`İstanbul`, `Aşgabat`,
            # `Қарағанды`; not `Almaty`, `Moscow`, `Алматы`, whose letters all languages write)
            names = f"{names} {unmixed(place)}"
            # … read by its place's own spelling (`Өфө`: Bashkir, though Kyrgyz writes `өфө` too)
            found = placed_reading(flat, seen, names, close, detect_language(names))
        else:
            found = detect_language(names) if names != seen else "und"
        house = house_language(_text(fields, "publisher"))
        if language in (None, "und") and house in close:
            found = house  # … and its house's word (`Medya. Ankara: Nobel Kitabevi`: Turkish)
        elif language in (None, "und") and (where := placed_language(flat, seen, close)):
            found = where  # … or its place as one language spells it (`Xamsa. Toshkent`)
        if found in available_languages() and language_file(found).titles_only:
            found = "und"  # the work's other names are not read for a language of titles only
        if found in available_languages() and (language in (None, "und") or found in close):
            language = found  # … one the title's own clues allow, when it has any
        elif language not in available_languages():
            language = None
        # still between Cyrillic alphabets that share its letters (`Кобзар`, `Дніпро`: Ukrainian
        # or Kazakh), or giving none of them any evidence (`Сыр бойы`): the title is in the
        # language its note is written in (`Київ`, `Львів`, `Қызылорда`)
        tied = close & close_languages(names) if names != seen else close
        if (
            len(tied) > 1
            and language in tied
            and (
                (shared_letters(names, tied) and (whole := told(unmixed(flat), tied)))
                # … its note's Cyrillic words, not its Latin ones (a Turkmen note's `seret`)
                or (silent(names, tied) and (whole := told(cyrillic_words(flat), tied)))
                # … its note's labels (`б.`, `баспасы`, `sah.`), when the evidence is even
                or (whole := labelled_language(flat, seen, tied, language))
                # … the place its note names, spelled as one of them spells it (`Бишкек`)
                or (whole := placed_language(flat, seen, tied))
            )
        ):
            language = whole
        elif language is None and len(tied) > 1:
            # … or giving no language any evidence (`Drevniaia Rus'`, romanised): the one
            # language that spells the note's place so (`Moskva`, `Toshkent`, `Konya`)
            language = placed_language(flat, seen, tied)
        elif language == "en" and len(close) > 1:
            # … nor English, whose evidence a few letters give any Latin name (`Boburnoma.
            # Toshkent: Sharq`): a book comes out where its language spells the place so
            language = placed_language(flat, seen, close) or language
    if seen and language not in BY_SCRIPT:
        # `Shiji. Beijing: Zhonghua shuju`: a romanised title too short to tell, told by its house
        publisher = _text(fields, "publisher")
        language = imprint_language(seen, publisher, _text(fields, "publisher-place")) or language
    if seen and language in (None, "und"):
        language = note_language(flat, seen) or language  # no word of its own: the note's labels
    if title and translated_english(title, bool(fields.get("translator"))):
        language = "en"  # a translation's English subtitle: the English book is cited
    wiki = _WIKIPEDIA.match(url or "")
    if title and wiki is not None and wiki.group(1) in available_languages():
        language = wiki.group(1)  # a Wikipedia article's title is in its wiki's language
    host = _text(fields, "container-title")
    if title is None and host is not None and _channel_only(flat, host):
        language = detect_language(unmixed(host))  # a post cited by its channel's name alone
    if title is None and host is not None and record_host(flat, host):
        language = detect_language(unmixed(host))  # a record cited by its journal's name
    if title is None and host is not None and fields.get("author") and fields.get("editor"):
        language = detect_language(unmixed(host))  # a chapter cited by its book (Nature's `in`)
    marked = _text(fields, "language")
    if (
        marked is not None
        and not written_otherwise(seen, marked, language, reading)
        and not (seen and in_english(seen, marked))
    ):
        language = marked  # the note says it: "(рус.)", "(İngilizce)", "(in Russian)"
    return language


@functools.cache
def _plain() -> frozenset[str]:
    """The plain letters of the Latin and the Cyrillic script: the English and the Russian
    alphabets of the language files (`[langid] alphabet`), which other languages add to."""
    latin = language_file("en").alphabets.get("Latn", "")
    cyrillic = language_file("ru").alphabets.get("Cyrl", "")
    return frozenset(latin + cyrillic)


def _spelled(place: str) -> bool:
    """Whether a place's name has a letter some languages write and others not (`İstanbul`,
    `Aşgabat`, `Қарағанды`, `Київ`), which tells the language it is spelled in."""
    return any(char.isalpha() and char.lower() not in _plain() for char in place)


def _channel_only(text: str, host: str) -> bool:
    """Whether a note cites a post by its channel's quoted name alone (`Telegram-канал
    «Рыбарь»`, `[words] channel`): the post is in its channel's language."""
    at = text.find(host)
    before = text[max(0, at - _CHANNEL_REACH) : at].casefold() if at > 0 else ""
    return any(word.casefold() in before for word in shipped_words("channel"))
