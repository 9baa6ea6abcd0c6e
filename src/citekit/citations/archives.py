"""Archival references: a shelf mark's chain of labelled levels or a classification code, and
the archive's name before or after it (see `citekit.citations.legal`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from citekit.citations.legal_words import (
    ABBREVIATION,
    AFTER,
    CALL_NUMBER,
    CAPITAL,
    CAPITALS,
    CLASS,
    DATE_LIKE,
    DOTTED_CODE,
    DOTTED_ITEM,
    GAP,
    ITEM,
    LEVELS,
    LOOK_BACK,
    MAX_NAME_WORDS,
    MAX_TRIES,
    PLACE_AFTER,
    REGISTRY,
    SEP,
    SLASHED,
    free,
    patterns,
)


class _Part:
    """One labelled level of a shelf mark (`Оп. 1`, `12-іс`) and where it stands."""

    __slots__ = ("end", "label", "level", "start", "value")
    level: int
    start: int
    end: int
    label: tuple[int, int]  # the label word's span
    value: tuple[int, int]

    def __init__(
        self, level: int, start: int, end: int, label: tuple[int, int], value: tuple[int, int]
    ) -> None:
        self.level = level
        self.start = start
        self.end = end
        self.label = label
        self.value = value


# a fond named in words, not numbered (`АВПРИ. Ф. Азиатский департамент. Оп. 486`): a few
# capitalised words after the fond's label, closed by a period before the next level's label
_NAMED_FOND: Final = re.compile(rf"\s+(?P<value>[{CAPITAL}][^\W\d_]*(?:[ -][^\W\d_]+){{0,3}})\.\s")


def _named_fonds(text: str, found: list[_Part]) -> list[_Part]:
    """`found` with the fonds named in words before the next level's part (see `_NAMED_FOND`)."""
    p = patterns()
    out = list(found)
    for label, level in p.levels.items():
        if level != 0 or not label[:1].isupper() or label not in text:
            continue
        at = text.find(label)
        while at >= 0:
            named = _NAMED_FOND.match(text, at + len(label))
            if named is not None and (at == 0 or not text[at - 1].isalpha()):
                after = named.end()
                if any(part.start == after and part.level > 0 for part in found):
                    out.append(
                        _Part(0, at, named.end("value"), (at, at + len(label)), named.span("value"))
                    )
            at = text.find(label, at + 1)
    return sorted(out, key=lambda part: (part.start, -part.end))


def _parts(text: str) -> list[_Part]:
    p = patterns()
    found: list[_Part] = []
    for match in p.part.finditer(text):
        if text[match.start() - 1 : match.start()].isalpha():
            continue
        level = p.levels[match.group("label")]
        start, end = match.span("value")
        if level == len(LEVELS) - 1:  # a leaf: "3–4 об.", "3, 5"
            tail = p.leaf_tail.match(text, end)
            end = tail.end() if tail else end
        found.append(_Part(level, match.start(), end, match.span("label"), (start, end)))
    if p.suffix_hint.search(text) is not None:
        for match in p.suffixed.finditer(text):
            level = p.after[match.group("after")]
            value = match.span("number")
            found.append(_Part(level, match.start(), match.end(), (value[1], match.end()), value))
        found.sort(key=lambda part: (part.start, -part.end))
        kept: list[_Part] = []
        for part in found:  # "1-т. 12-іс": the level after "1", not "т. 12"
            if not kept or part.start >= kept[-1].end:
                kept.append(part)
        found = kept
    return _named_fonds(text, found) if found and found[0].level > 0 else found


def _around(part: _Part) -> tuple[tuple[int, int], tuple[int, int]]:
    """The text of a part before and after its value (its label word and spaces)."""
    return (part.start, part.value[0]), (part.value[1], part.end)


def _whole(chain: Sequence[_Part], named: bool) -> bool:
    """Whether a chain of levels is a shelf mark: three levels; or two, one of them the fond
    or an archive's name beside them; or a fond alone after the archive's name. ("Т. 2. П. 3"
    or a lone "Ф. 5" are a volume and an initial as often.)"""
    fond = chain[0].level == 0
    if len(chain) >= 3:
        return True
    if len(chain) == 2:
        return fond or named
    return fond and named


def _numbered(chain: Sequence[_Part], text: str, name: tuple[int, int] | None) -> bool:
    """Whether a lone item number follows a library's or archive's name written out, a
    collection between allowed (`Topkapı Sarayı Müzesi Ktp., Revan, nr. 1518`), or a lone file
    whose label is a word written out (`VGM Arşivi, Defter No: 987`; `Д. 12` is an initial's)."""
    if len(chain) != 1 or name is None:
        return False
    part = chain[0]
    level = part.level == len(LEVELS) - 2 or (
        part.level == len(LEVELS) - 3 and sum(c.isalpha() for c in text[slice(*part.label)]) >= 5
    )
    return level and patterns().archive_word.search(text, name[0], name[1]) is not None


def _chains(text: str, parts: Sequence[_Part]) -> list[list[_Part]]:
    """Runs of parts, only separators between them, each level below the one before."""
    chains: list[list[_Part]] = []
    for part in parts:
        last = chains[-1][-1] if chains else None
        joined = (
            last is not None
            and part.level > last.level
            and (
                SEP.fullmatch(text, last.end, part.start) is not None
                or CALL_NUMBER.fullmatch(text, last.end, part.start) is not None
            )
        )
        if joined:
            chains[-1].append(part)
        else:
            chains.append([part])
    return chains


# where an archive's name before a shelf mark may begin: after each of these, in turn
_NAME_CUTS: Final = tuple(re.compile(p) for p in (r"//", r"[.,;:]\s", r"\)\s", r"\(", r"[»”]"))
_NAME_START: Final = re.compile(rf"(?<!\S)[{CAPITAL}(]")  # a name opens with a capital


def _name_before(text: str, end: int, depth: int = 0) -> tuple[int, int] | None:
    """The archive's name that ends at `end` (separators after it allowed, GOST's area dash
    among them: `ЦГА РК. – Ф. 5`), if any."""
    floor = max(0, end - LOOK_BACK)
    stop = end
    while stop > floor and (text[stop - 1].isspace() or text[stop - 1] in ".,;:(–—-"):
        stop -= 1
    if stop <= floor:
        return None
    cut = floor
    for pattern in _NAME_CUTS:
        for match in pattern.finditer(text[floor:stop]):
            after = text[floor + match.end() : stop]
            if text[floor + match.start()] == ")" and "(" in after:
                continue  # "Arşivi (BCA)": the bracket is the name's
            if text[floor + match.start()] == "(" and ")" in after:
                continue
            cut = max(cut, floor + match.end())
    if text[cut:stop].startswith(")"):
        return None
    # an archive's name opens with a capital: "… үдерістері ҚР Президентінің Архиві"
    capital = _NAME_START.search(text[cut:stop])
    if capital is None:
        return None
    start = cut + capital.start()
    name = text[start:stop]
    if ABBREVIATION.fullmatch(name.rstrip()) or _abbreviated(name):
        return start, start + len(name.rstrip())
    words = name.split()
    if len(words) <= MAX_NAME_WORDS and patterns().archive_word.search(name):
        return start, stop
    place = len(words) == 1 and CLASS.fullmatch(words[0]) is None  # `HR.SYS` is a fond's code
    if place and words[0][:1].isupper() and text[start - 2 : start] == ", ":
        # the archive's place after its name: "National Archives, Kew, Ф. …"
        named = _name_before(text, start - 2)
        if named is not None and not _abbreviated(text[named[0] : named[1]]):
            return named[0], stop
    if _collection(words) and text[start - 2 : start] == ", " and depth < 2:
        # a library's collection after its name: "Süleymaniye Ktp., Esad Efendi, nr. 2145"
        named = _name_before(text, start - 2, depth + 1)
        if named is not None and patterns().archive_word.search(text[named[0] : named[1]]):
            return named[0], stop
    return None


def _code_before(text: str, end: int) -> tuple[tuple[int, int], int] | None:
    """The archive's name and the start of a fond's catalogue code between it and `end`
    (`BOA, DH.MKT, Dosya 12, Gömlek 34`): the code is the shelf mark's first part."""
    stop = end
    while stop > 0 and (text[stop - 1].isspace() or text[stop - 1] in ",;:"):
        stop -= 1
    start = text.rfind(", ", 0, stop) + 2
    code = text[start:stop]
    if start < 2 or "." not in code or CLASS.fullmatch(code) is None:
        return None
    name = _name_before(text, start - 2)
    if name is None:
        return None
    worded = patterns().archive_word.search(text, name[0], name[1]) is not None
    return (name, start) if worded or _abbreviated(text[name[0] : name[1]]) else None


def _collection(words: list[str]) -> bool:
    """Whether words may name a collection: a few, capitalised, no digits, written in words
    (`Esad Efendi`; `DH.MKT` is a code)."""
    if len(words) > 1 and CLASS.fullmatch(words[-1].strip("()")) and words[-1][:1] == "(":
        words = words[:-1]  # its code after it in brackets: `İrade-Dahiliye (İ.DH.)`
    return (
        0 < len(words) <= 4
        and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)
        and any(c.islower() for w in words for c in w)
    )


def _abbreviated(name: str) -> bool:
    """An abbreviation, a capitalised word after it allowed (`ЦДАГО України`, `ДАОО`)."""
    words = name.split()
    if not words or len(words) > 2 or ABBREVIATION.fullmatch(words[0]) is None:
        return False
    return len(words) == 1 or words[1][:1].isupper()


def _name_after(text: str, start: int) -> tuple[int, int] | None:
    """The archive's name written after the shelf mark, a cited page between allowed
    (`…, folder 12, Hoover Institution Archives.`, `Д. 1906, с. 202. РГАСПИ.`): up to the
    next stop, an abbreviation (a capitalised word after it: `ЦДАГО України`) or a phrase
    with a word for archive."""
    match = AFTER.match(text, start)
    if match is None:
        return None
    name = match.group("name").rstrip()
    words = name.split()
    if _abbreviated(name):
        return match.start("name"), match.start("name") + len(name)
    if len(words) > MAX_NAME_WORDS or not patterns().archive_word.search(name):
        return None
    end = match.start("name") + len(name)
    place = PLACE_AFTER.match(text, end)  # "National Archives, Kew."
    return match.start("name"), place.end("place") if place else end


def _coded(text: str, name: tuple[int, int]) -> tuple[int, int] | None:
    """A classification code and item written right after an archive's name (`BOA, DH.MKT,
    nr. 1234/56`, `BOA., DH. EUM. THR., 2182/69`, `BOA İ. DH., 1309/97`): a code of letters
    has a part of two letters or more and an item number after it (not initials such as
    `Д.Н.`); a code of digits a comma or a period before it."""
    gap = SEP.match(text, name[1])
    at = gap.end() if gap else name[1]
    code = CLASS.match(text, at)
    if code is None or DATE_LIKE.match(code.group()) or at == name[1]:
        return None
    end = code.end()
    item = ITEM.match(text, end)
    if item is None and code.group()[:1].isdigit() and "/" not in code.group():
        item = DOTTED_ITEM.match(text, end)  # "030.18.1.2, 45.67.8" (a date is none)
        item = None if item and DATE_LIKE.search(item.group()) else item
    letters = code.group()[:1].isalpha() and "/" not in code.group()
    if letters:
        parts = re.findall(r"\w+", code.group())
        if item is None or max(len(p) for p in parts) < 2:
            return None
    elif not any(c in ".,:" for c in text[name[1] : at]):
        return None
    end = item.end() if item else end
    registry = REGISTRY.match(text, end) if "/" in text[end:] else None
    return at, registry.end() if registry else end


def _coded_name(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An archive's name (an abbreviation, else a phrase with a word for archive) and the
    classification code right after it, outside the spans other rules hold. Every code is
    written with an item number or a file after a slash ("12/34", "…/45.67.8") or "nr."."""
    slashed = "/" in text and SLASHED.search(text) is not None  # a string scan first
    numbered = "nr." in text or "Nr." in text  # "nr. 1234": the other form
    if not slashed and not numbered and DOTTED_CODE.search(text) is None:  # "030.18.1.2, 45.67.8"
        return None
    # after each word of capitals: "BOA DH. MKT., 2271/61" is the archive BOA and a code
    ends = [m.end() for m in CAPITALS.finditer(text)]
    ends += [m.end() for m in patterns().archive_word.finditer(text)]
    for end in ends[:MAX_TRIES]:
        name = _name_before(text, end)
        code = _coded(text, name) if name is not None else None
        if name is not None and code is not None and free(spans, name[0], code[1]):
            return name, code
    return None


def archival(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
    """Archive, shelf mark and leaf, with their spans added to `spans`."""
    out: dict[str, str] = {}
    parts = _parts(text)
    best: list[_Part] | None = None
    name: tuple[int, int] | None = None
    lead: int | None = None  # where a fond's code before the chain starts
    for chain in _chains(text, parts)[:MAX_TRIES]:
        if not free(spans, chain[0].start, chain[-1].end):
            continue  # inside an address
        before = _name_before(text, chain[0].start)
        fond = _code_before(text, chain[0].start) if before is None else None
        if fond is not None:
            before, lead = fond
        if _whole(chain, before is not None or _name_after(text, chain[-1].end) is not None) or (
            _numbered(chain, text, before)
        ):
            best, name = chain, before
            break
        lead = None
    code: tuple[int, int] | None = None
    if best is None:
        coded = _coded_name(text, spans)
        if coded is None:
            return out
        name, code = coded
    if best is not None:
        located = [p for p in best if p.level != len(LEVELS) - 1]
        leaves = [p for p in best if p.level == len(LEVELS) - 1]
        start, end = best[0].start if lead is None else lead, best[-1].end
        if located:
            stop = located[-1].end
            call = CALL_NUMBER.fullmatch(text, stop, leaves[0].start) if leaves else None
            if call is not None:  # "Ф. 550. F.IV.123. Л. 56": the call number is the location's
                stop = leaves[0].start - len(call.group()) + len(call.group().rstrip(" .,;:"))
            first = located[0].start if lead is None else lead
            out["archive_location"] = text[first:stop]
            spans.append((first, stop, "archive_location"))
        for leaf in leaves:  # "Л. 3–4 об." or "3-п.": the label before or after the value
            out["page"] = text[leaf.value[0] : leaf.value[1]]
            spans.append((leaf.value[0], leaf.value[1], "locator"))
            spans += [(a, b, "other") for a, b in _around(leaf) if a < b]
    else:
        assert code is not None
        start, end = code
        out["archive_location"] = text[start:end]
        spans.append((start, end, "archive_location"))
        # "…, Dosya 12, Gömlek 34" after the code
        more = [p for p in parts if p.start >= end]
        if more and SEP.fullmatch(text, end, more[0].start):
            levels = _chains(text, more)[0]
            located = [p for p in levels if p.level != len(LEVELS) - 1]
            stop = located[-1].end if located else end
            out["archive_location"] = text[start:stop]
            spans[-1] = (start, stop, "archive_location")
            for leaf in levels[len(located) :]:  # "…, 312/19988, vr. 3": the leaf is the page
                out["page"] = text[leaf.value[0] : leaf.value[1]]
                spans.append((leaf.value[0], leaf.value[1], "locator"))
                spans += [(a, b, "other") for a, b in _around(leaf) if a < b]
            end = levels[-1].end
    if name is None:
        name = _name_after(text, end)
    if name is not None:
        out["archive"] = text[name[0] : name[1]].strip()
        spans.append((name[0], name[1], "archive"))
        lo, hi = min(name[1], end), max(name[0], start)
        if lo < hi and GAP.fullmatch(text, lo, hi):
            spans.append((lo, hi, "other"))
    tail = max(end, name[1] if name else end)
    if GAP.fullmatch(text, tail) and tail < len(text):
        spans.append((tail, len(text), "other"))  # the closing period is the shelf mark's
    return out


def leaf_locator(text: str) -> str | None:
    """The leaf a text opens with (`Л. 4 об.`, `л. 12–13`, `Арк. 5 зв.`): the page an ibid of
    an archival reference points at (`Там же. Л. 4 об.`); None when it opens otherwise."""
    p = patterns()
    start = len(text) - len(text.lstrip(" \t\u00a0.,:;–—-"))
    match = p.part.match(text, start)
    if match is None or p.levels[match.group("label")] != len(LEVELS) - 1:
        return None
    tail = p.leaf_tail.match(text, match.end("value"))
    end = tail.end() if tail else match.end("value")
    return " ".join(text[match.start("value") : end].split())


def shelf_marked(text: str) -> bool:
    """Whether a text holds an archival shelf mark whole (`ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3`,
    `BOA, DH.MKT, 1234/56`): a whole citation with no year, as an archive cites its papers."""
    return "archive_location" in archival(text, [])
