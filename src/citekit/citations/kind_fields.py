"""A record's fields as its kind holds them, once the kind is known.

A broadcast's episode number is its number, no volume (`The Eurasia Podcast, episode 45`, `Silk
Road Podcast, episode 12` closing its host); a court's decision names no person as its author
(`worded_types.court_free`); a film's credits in brackets are its people; a press release's word
before its quoted name is its genre; a social post names its platform as its host, and an
untitled one its writer before its description (`…, Facebook post, …`); a report's host named by
a report's word, beside its publisher, is its series; an archive's item described in words is
titled so, in no host, and its form after the shelf mark (`Подлинник. Машинопись.`) is its
medium; its Hijri date (`15 Ş 1285`) is kept as written in its note, no title nor host.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit._text import unmixed
from citekit.citations._words import lower
from citekit.citations.addresses import social_host
from citekit.citations.cued_types import part_named
from citekit.citations.extra_vars import archival_forms, hijri_dates
from citekit.citations.film_credits import credited_film
from citekit.citations.lost_hosts import host_place, placed_serial
from citekit.citations.medium_types import patent_designation
from citekit.citations.name_sets import given_names
from citekit.citations.names import is_organisation, to_name
from citekit.citations.tagger.quotes import QUOTE_PAIRS
from citekit.citations.type_cues import casefold, has_type_cue, type_cues, type_phrases
from citekit.citations.worded_types import court_free, episode_key, network_named
from citekit.languages import shipped_type_words
from citekit.model import Name

__all__ = ["account_names", "typed_fields"]

_RELEASE_QUOTES: Final = QUOTE_PAIRS  # and single ones (`‘…’`)
_SECTION_PAGE: Final = re.compile(r"[A-Z]\d{1,3}")  # a newspaper's section and page (`A8`)
_DIGIT: Final = re.compile(r"\d")


def _text(fields: Mapping[str, object], key: str) -> str:
    value = fields.get(key)
    return value if isinstance(value, str) else ""


_EPISODE_END: Final = re.compile(r",\s*(\w+\.?)\s+(\d+)$")  # `…, episode 12` closing a host


def _episode_in_host(container: str) -> tuple[str, str] | None:
    """A host closed by its episode's word and number (`Silk Road Podcast, episode 12`): the
    host's name and the number, or None."""
    found = _EPISODE_END.search(container) if container else None
    if found is None or (casefold(found.group(1)).rstrip("."),) not in type_phrases("episode"):
        return None
    return container[: found.start()].strip(), found.group(2)


_SERIAL_PARTS: Final = frozenset({"article-journal", "article-magazine"})
_PLACED_HOSTS: Final = _SERIAL_PARTS | {"article-newspaper"}


def typed_fields(kind: str, fields: dict[str, object], text: str) -> dict[str, object]:
    """`fields` as `kind` holds them: a broadcast's episode number is its number, no volume
    (`The Eurasia Podcast, episode 45`); a report's series, see `_report_series`."""
    if kind == "legal_case":
        return court_free(kind, fields)
    if kind in _SERIAL_PARTS and (hosted := placed_serial(fields, text)) is not None:
        fields = hosted  # `Journal, Ankara, v. 15, n. 58, p. 77-96`: the serial read as a house
    if kind in _PLACED_HOSTS and (placed := host_place(fields)) is not None:
        fields = placed  # ABNT's `Eurasianet, New York, 15 out. 2019`: the host's city
    if kind == "manuscript" and (hijri := hijri_dates(text)):  # `BOA, …, 15 Ş 1285`: kept
        kept = {k: v for k, v in fields.items() if not (isinstance(v, str) and v in hijri)}
        fields = {**kept, "note": "; ".join(hijri)}
    if kind == "manuscript" and (forms := archival_forms(text)):  # `… Л. 45. Подлинник.`
        fields = {
            **{k: v for k, v in fields.items() if not (k == "publisher-place" and v in forms)},
            "medium": ", ".join(forms),
        }
    host = _text(fields, "container-title")
    if kind == "manuscript" and not fields.get("title") and host and not _DIGIT.search(host):
        # an archive's item described in words (`TNA, FO 371/12345, Smith to Jones, 12 March
        # 1920`): the item's title, no host (an archive's file is in no periodical or book)
        return {**{k: v for k, v in fields.items() if k != "container-title"}, "title": host}
    if kind == "motion_picture":
        return credited_film(fields, text) or fields  # `Кочевник (реж. С. Бодров). …`
    issue = _text(fields, "issue")
    section_page = _SECTION_PAGE.fullmatch(issue or "") is not None
    if kind == "article-newspaper" and section_page and not fields.get("page"):
        # `New York Times, January 9, 2022, A8`: a section's page, no issue
        return {**{k: v for k, v in fields.items() if k != "issue"}, "page": issue}
    if kind == "patent" and host and patent_designation(host):
        # `"Title," Patent RU 2654321 C1, May 16, 2018`: the patent's designation, no host
        kept = {k: v for k, v in fields.items() if k != "container-title"}
        return {**kept, "number": _text(fields, "number") or host}
    if kind == "broadcast" and (ordinal := _ordinal_episode(fields, text)) is not None:
        return ordinal  # `15. Bölüm`: the episode's number before its word
    if kind == "broadcast" and (key := episode_key(fields, text)) is not None:
        kept = {k: v for k, v in fields.items() if k != key}
        return {**kept, "number": fields[key]}
    if kind == "broadcast" and (cut := _episode_in_host(_text(fields, "container-title"))):
        return {**fields, "container-title": cut[0], "number": cut[1]}
    if kind == "broadcast" and (aired := _network_in_host(fields)) is not None:
        return aired  # `Vesti nedeli, Rossiia-1`: the programme, and its network
    if kind == "webpage" and "press_release" in type_cues(unmixed(text)):
        return _released_title(fields)
    social = kind in ("post", "webpage") and social_host().search(_text(fields, "URL")) is not None
    if social and not fields.get("container-title") and (name := _platform(text)):
        return {**fields, "container-title": name}
    if social and (described := _described_post(fields, text)) is not None:
        return described
    return _report_series(kind, fields)


_NUMBERED: Final = frozenset({"volume", "issue", "page"})
_WORDED: Final = frozenset({"publisher-place", "publisher", "container-title", "genre"})
_DESCRIPTION: Final = 3  # words of an untitled post's description at most (`X gönderisi`)
_PERSON_WORDS: Final = 4  # words of a person's name at most: more name a body


def _network_in_host(fields: dict[str, object]) -> dict[str, object] | None:
    """A broadcast's host read as its programme and its network after a comma (`Vesti nedeli,
    Rossiia-1`): the programme the host, the network the publisher (CSL's broadcast)."""
    host = _text(fields, "container-title")
    programme, comma, network = host.rpartition(",")
    if not comma or not programme.strip() or fields.get("publisher") or not network_named(network):
        return None
    return {**fields, "container-title": programme.strip(), "publisher": network.strip()}


def _described_post(fields: dict[str, object], text: str) -> dict[str, object] | None:
    """An untitled post's fields, its description read as the host after its writer's name
    read as the title (`General Staff of the Armed Forces of Ukraine, Facebook post, 24
    February 2023, https://…`): the name is the author, the description (the platform and a
    word for a post) stands for the title, the platform is the host. None for other posts,
    and for a quoted title (`"Kazakhstan's new law on media," Facebook post, …`): a post's own.
    """
    host, title = _text(fields, "container-title"), _text(fields, "title")
    at = text.find(title) if title else -1
    if at > 0 and text[at - 1] in _RELEASE_QUOTES:
        return None
    words = host.split()
    if not title or fields.get("author") or not 1 < len(words) <= _DESCRIPTION:
        return None
    platform = next((p for p in shipped_type_words("social") if host.startswith(p + " ")), None)
    if platform is None or _DIGIT.search(host) or any(w[:1].isupper() for w in words[1:]):
        return None
    body = is_organisation(title) or len(title.split()) > _PERSON_WORDS
    writer = Name(literal=title, written=title) if body else to_name(title)
    return {**fields, "author": (writer,), "title": host, "container-title": platform}


_ORDINAL_EPISODE: Final = re.compile(r"(?<![\d.])(\d{1,4})\.\s+(\w+)")  # `15. Bölüm`


def _ordinal_episode(fields: dict[str, object], text: str) -> dict[str, object] | None:
    """An episode's fields when a field holds its word and a number with an ordinal's period
    before it (`15. Bölüm`, Turkish), read as the page and the issue: its number is the
    broadcast's number, neither field. None for other broadcasts."""
    for found in _ORDINAL_EPISODE.finditer(text):
        number, word = found.groups()
        if (casefold(word),) not in type_phrases("episode"):
            continue
        read = {k for k, v in fields.items() if k in _NUMBERED and v in (number, word)}
        read |= {k for k, v in fields.items() if k in _WORDED and v == word}  # `Bölüm` a place
        if word not in fields.values():
            return None
        kept = {k: v for k, v in fields.items() if k not in read}
        return {**kept, "number": number}
    return None


def _platform(text: str) -> str | None:
    """The social platform the note names as a part of its own (`, Twitter,`), or None."""
    for name in sorted(shipped_type_words("social"), key=len, reverse=True):
        if part_named(name, text):
            return name
    return None


def _released_title(fields: dict[str, object]) -> dict[str, object]:
    """`fields` with a press release's word before its quoted name read as its genre
    (`Пресс-релиз «О заседании …»`, `Press release. ‘Title’`: the title is the name)."""
    title = _text(fields, "title")
    folded = casefold(title)
    for word in sorted(shipped_type_words("press_release"), key=len, reverse=True):
        if not folded.startswith(casefold(word)):
            continue
        rest = title[len(word) :].strip(" .,:–-")
        close = _RELEASE_QUOTES.get(rest[:1])
        if close is None or len(rest) < 3 or fields.get("genre"):
            break
        # its closing quote is the title's or was left with the comma after it
        name = rest[1:-1] if rest[-1] == close else rest[1:]
        if close not in name:
            return {**fields, "title": name, "genre": title[: len(word)]}
        break
    return fields


def _report_series(kind: str, fields: dict[str, object]) -> dict[str, object]:
    """`fields` with a report's host read as its series when a report's word names it and a
    publisher issued the report (`IMF Working Paper WP/19/45 (Washington, DC: International
    Monetary Fund, 2019)`): a report's host is its publisher; the series is no host."""
    container = _text(fields, "container-title")
    if kind != "report" or not container or fields.get("collection-title"):
        return fields
    publisher = _text(fields, "publisher")
    if not publisher and fields.get("issue") and fields.get("genre"):
        # APA's `Title (Report No. 58). Eurasia Policy Forum. https://…`: a numbered report's
        # one body after its number is its publisher, on whose site it is read
        kept = {k: v for k, v in fields.items() if k != "container-title"}
        return {**kept, "publisher": container}
    if not publisher or publisher == container or not has_type_cue("report", container):
        return fields
    kept = {k: v for k, v in fields.items() if k != "container-title"}
    return {**kept, "collection-title": container}


def account_names(names: tuple[Name, ...], text: str) -> tuple[Name, ...]:
    """A post's authors: a name with neither comma nor initials before its handle in square
    brackets (APA's `Istanbul Modern [@istanbulmodern]`; a person's is `Gates, B. [@…]`) is
    the account's name as written, no person's, unless a given name opens a name of no body's (`Bill
    Gates [@BillGates]`; `Victoria Police [@VictoriaPolice]` is a body's)."""
    if "[@" not in text:
        return names
    return tuple(
        Name(literal=n.written, written=n.written)
        if n.family
        and n.written
        and "," not in n.written
        and "." not in n.written
        and (
            lower(n.written.split()[0]) not in given_names()  # `Bill Gates [@BillGates]`
            or is_organisation(n.written)  # `Victoria Police [@VictoriaPolice]`
        )
        and re.search(re.escape(n.written) + r"\s*\[@", text)
        else n
        for n in names
    )
