"""Exact rules for laws and archival references: a law's number and article, an archive's
name and its shelf mark.

They run with the other exact rules (`citekit.citations.structure`), ahead of the note
tagger, and claim only what they recognise whole:

- a law's number after its label (`№ 131-ФЗ`, `Kanun No. 5237`, `Pub. L. No. 107-56`) near a
  word naming a law or decree (`Федеральный закон`, `Kanun`, `Act`), or before a word that
  numbers laws (`5237 sayılı`); a number of a law's own shape (`№ 131-ФЗ`, `№ 123-V`) needs
  no such word;
- an article or section (`Ст. 3822`, `md. 5`, `§ 215`, `12-бап`) when the note cites a law,
  or right after a gazette's issue (`№ 40. Ст. 3822`);
- a shelf mark: a chain of labelled levels (fond, inventory, file, leaf: `Ф. 5. Оп. 1. Д. 12.
  Л. 3–4 об.`, `5-қ. 1-т. 12-іс. 3-п.`, `box 3, folder 12`), or a classification code written
  right after an archive's name (`BOA, DH.MKT, nr. 1234/56`, `FO 371/12345`);
- the archive's name just before the shelf mark: an abbreviation in capitals of any alphabet
  (`ЦГА РК`, `BOA`) or a phrase with a word for archive (`The National Archives`), or just
  after it (`…, folder 12, Hoover Institution Archives`).

The words are data: each language file's ``[legal]`` table. The leaf (`Л. 3–4 об.`) is the
cited page; the levels above it are the `archive_location`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from attrs import frozen

from citekit.languages import LEGAL_KEYS, LEGAL_LEVELS, available_languages, language

__all__ = ["Legal", "find_legal", "legal_type"]

_LEVELS = LEGAL_LEVELS  # a chain names them in this order, widest first
_LETTER = r"[^\W\d_]"
_CAPITAL = "A-ZÀ-ÞĀ-ſА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺÇĞİÖŞÜŇÝŽ"
_SEP = re.compile(r"[\s.,;:]*")
_GAP = re.compile(r"[\s.,;:–—-]*")
# a level's value: "5", "Р-5446", "12а", "3–4", "12/34"
_CODE = rf"(?:{_LETTER}{{1,3}}-?)?\d+(?:\s?[-–/]\s?\d+)*{_LETTER}?(?!\w)"
_LEAF = r"\d+(?:\s?[-–]\s?\d+)?"
# a law's number: "131-ФЗ", "451-I", "107-56", "2019/123", then "ЗРК" after a suffixed one
_LAW_NUMBER = rf"\d+(?:[-/](?:\d+|{_LETTER}{{1,6}}))*(?:\s[{_CAPITAL}]{{2,4}}(?!\w))?"
_OWN_SHAPE = re.compile(rf"(?<![\w/.-])\d+-[{_CAPITAL}]{{1,4}}(?![\w-])")
_SECTION = r"\d+(?:[.\-–]\d+)*(?:\s?\(\d+\))?"
# a classification code after an archive's name: "Y.PRK.ASK", "DH.MKT", "030.18.1.2/45.67.8",
# "FO 371/12345", then an item number ("12/34", "nr. 1234/56")
_CLASS = re.compile(
    rf"[{_CAPITAL}]{{1,6}}(?:\.\s?[{_CAPITAL}]{{1,6}}){{0,4}}\.?(?!\w)"
    r"|\d{2,3}(?:\.\d+){2,5}(?:/\d+(?:\.\d+)*)?(?!\w)(?!\.\d)"
    rf"|[{_CAPITAL}]{{1,4}}\s?\d+(?:/\d+)+(?!\w)"
)
_ITEM = re.compile(r"(?:,\s*|\s+)(?:(?:nr\.|Nr\.|No\.?|№)\s*)?\d+(?:/\d+)+(?![\w/])")
_DATE_LIKE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
# an archive's abbreviation: words of capitals ("ЦГА РК", "ЦА ФСБ РФ", "BOA"), or one in brackets
_ABBREVIATION = re.compile(
    rf"(?:[{_CAPITAL}]{{2,8}}\s?){{1,4}}|\((?:[{_CAPITAL}]{{2,8}}\s?){{1,4}}\)"
)
_DIGIT = re.compile(r"\d")
_SLASHED = re.compile(r"\d/\d")
# a place after an archive's name, ending the note: ", Kew."
_PLACE_AFTER = re.compile(rf",\s(?P<place>[{_CAPITAL}][^\W\d_]+)[.\s]*$")
_CAPITALS = re.compile(rf"[{_CAPITAL}]{{2,8}}\)?(?!\w)")
_MAX_NAME_WORDS = 12
_LOOK_BACK = 240  # characters a name or a law's word is looked for before its number
_MAX_TRIES = 40  # candidates tried per rule: a pasted page full of numbers is not a law
# after a shelf mark: separators, a cited page perhaps ("с. 202."), then the archive's name
_AFTER = re.compile(
    rf"[\s.,;:]*(?:{_LETTER}{{1,4}}\.\s?\d+(?:\s?[-–—]\s?\d+)?[\s.,;:]+)?"
    rf"(?P<name>[{_CAPITAL}][^.;,()]{{1,120}})"
)
_PHRASE_WORDS = 4  # words between a law's kind and a "No." in its own phrase
_LAW_WINDOW = 10  # words between a law's kind and its "№" ("Указ Президента РК от … года №")
_QUOTED_AHEAD = re.compile(r"\s*(?:(?:«[^»]{0,300}»|“[^”]{0,300}”|\"[^\"]{0,300}\")\s*)?")
_GAZETTE = re.compile(r"№\s?\d+[.,]\s*$")  # a gazette's issue just before an article
_BREAK = re.compile(rf"//|\.\s+(?=[\d{_CAPITAL}«“\"])|;")


@frozen
class Legal:
    """What the legal and archival rules found in one citation's text."""

    number: str | None = None
    section: str | None = None
    archive: str | None = None
    archive_location: str | None = None
    page: str | None = None  # the cited leaf of a shelf mark ("3–4 об.")
    issue: str | None = None  # an official gazette's issue ("RG 12.10.2004/25611")
    law: bool = False  # whether a word naming a law or decree was found
    spans: tuple[tuple[int, int, str], ...] = ()


def _alternation(words: Iterable[str], *, edge: bool = True) -> str:
    """Words as one alternation, longest first, none glued to a letter after it, nor before
    it with `edge` (else the caller checks)."""
    ordered = sorted(set(words), key=len, reverse=True)
    pieces = [re.escape(w) + (rf"(?!{_LETTER})" if w[-1:].isalnum() else "") for w in ordered]
    alternatives = f"(?:{'|'.join(pieces) or '(?!)'})"
    return rf"(?<!{_LETTER}){alternatives}" if edge else alternatives


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    """Every shipped language's ``[legal]`` words, by key."""
    found: dict[str, list[str]] = {key: [] for key in LEGAL_KEYS}
    for code in available_languages():
        for key, words in language(code).legal.items():
            found.setdefault(key, []).extend(words)
    return {key: tuple(dict.fromkeys(words)) for key, words in found.items()}


@frozen
class _Patterns:
    law: re.Pattern[str]
    number: re.Pattern[str]
    number_after: re.Pattern[str]
    section: re.Pattern[str]
    section_after: re.Pattern[str]
    part: re.Pattern[str]
    suffixed: re.Pattern[str]
    suffix_hint: re.Pattern[str]
    gazette: re.Pattern[str]
    levels: dict[str, int]  # each level's label word, and the level
    after: dict[str, int]  # each level's word written after its number ("5-қ.")
    leaf_tail: re.Pattern[str]  # what a leaf's number may have after it ("об.", ", 5")
    archive_word: re.Pattern[str]
    strong: frozenset[str]  # number labels that name a law themselves ("Pub. L. No.")


@functools.cache
def _patterns() -> _Patterns:
    w = _words()
    levels: dict[str, int] = {}
    after: dict[str, int] = {}
    for i, level in enumerate(_LEVELS):
        for word in w[level]:
            levels.setdefault(word, i)
        for word in w[f"{level}_after"]:
            after.setdefault(word, i)
    # no look-behind first: re then skips to a label's first letter or a digit at once, and
    # `_parts` checks what stands before each hit
    part = rf"(?P<label>{_alternation(levels, edge=False)})\s?(?P<value>{_CODE})"
    # "5-қ.": from a number's first digit only (a long run of digits is tried once), and only
    # in a note where a digit stands right before such a word
    suffixed = rf"(?<![\d\w])(?P<number>\d+(?:[-–]\d+)?)\s?-?\s?(?P<after>{_alternation(after)})"
    suffix_hint = rf"\d\s?-?\s?{_alternation(after)}"
    verso = _alternation(w["verso"])
    law_words = re.compile(_alternation(w["law"], edge=False))
    gazette = (
        rf"(?P<g>{_alternation(w['gazette'])})[,:]?\s?(?:{_alternation(w['gazette_date'])}\s?:?\s?)?"
        r"(?P<d>\d{1,2}[./]\d{1,2}[./]\d{4})\s?[/,;]?\s?"
        rf"(?:(?:{_alternation(w['gazette_issue'])})\s?:?\s?)?(?P<n>\d{{3,6}})(?!\d)"
    )
    return _Patterns(
        law=law_words,
        number=re.compile(
            rf"(?P<label>{_alternation(w['number'], edge=False)})\s?(?P<n>{_LAW_NUMBER})"
        ),
        number_after=re.compile(
            rf"(?<![\w.,/])(?P<n>\d+(?:[-/]\d+)?)\s(?P<label>{_alternation(w['number_after'])})"
        ),
        section=re.compile(
            rf"(?P<label>{_alternation(w['section'], edge=False)})\s?(?P<n>{_SECTION})"
        ),
        section_after=re.compile(
            rf"(?<![\w.,])(?P<n>\d+)\s?-\s?(?P<label>{_alternation(w['section_after'])})"
        ),
        part=re.compile(part),
        suffixed=re.compile(suffixed),
        suffix_hint=re.compile(suffix_hint),
        gazette=re.compile(gazette),
        levels=levels,
        after=after,
        leaf_tail=re.compile(rf"(?:\s?{verso})?(?:,\s?{_LEAF}(?:\s?{verso})?)*"),
        archive_word=re.compile(_alternation(w["archive"])),
        strong=frozenset(label for label in w["number"] if law_words.search(label)),
    )


@frozen
class _Part:
    level: int
    start: int
    end: int
    label: tuple[int, int]  # the label word's span
    value: tuple[int, int]


def _parts(text: str) -> list[_Part]:
    p = _patterns()
    found: list[_Part] = []
    for match in p.part.finditer(text):
        if text[match.start() - 1 : match.start()].isalpha():
            continue
        level = p.levels[match.group("label")]
        start, end = match.span("value")
        if level == len(_LEVELS) - 1:  # a leaf: "3–4 об.", "3, 5"
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
    return found


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


def _chains(text: str, parts: Sequence[_Part]) -> list[list[_Part]]:
    """Runs of parts, only separators between them, each level below the one before."""
    chains: list[list[_Part]] = []
    for part in parts:
        last = chains[-1][-1] if chains else None
        joined = (
            last is not None
            and part.level > last.level
            and _SEP.fullmatch(text, last.end, part.start) is not None
        )
        if joined:
            chains[-1].append(part)
        else:
            chains.append([part])
    return chains


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """The archive's name that ends at `end` (separators after it allowed), if any."""
    floor = max(0, end - _LOOK_BACK)
    stop = end
    while stop > floor and text[stop - 1] in " .,;:(\u00a0":
        stop -= 1
    if stop <= floor:
        return None
    cut = floor
    for pattern in (r"//", r"[.,;:]\s", r"\)\s", r"\(", r"[»”]"):
        for match in re.finditer(pattern, text[floor:stop]):
            after = text[floor + match.end() : stop]
            if text[floor + match.start()] == ")" and "(" in after:
                continue  # "Arşivi (BCA)": the bracket is the name's
            if text[floor + match.start()] == "(" and ")" in after:
                continue
            cut = max(cut, floor + match.end())
    if text[cut:stop].startswith(")"):
        return None
    # an archive's name opens with a capital: "… үдерістері ҚР Президентінің Архиві"
    capital = re.search(rf"(?<!\S)[{_CAPITAL}(]", text[cut:stop])
    if capital is None:
        return None
    start = cut + capital.start()
    name = text[start:stop]
    if _ABBREVIATION.fullmatch(name.rstrip()) or _abbreviated(name):
        return start, start + len(name.rstrip())
    words = name.split()
    if len(words) <= _MAX_NAME_WORDS and _patterns().archive_word.search(name):
        return start, stop
    if len(words) == 1 and words[0][:1].isupper() and text[start - 2 : start] == ", ":
        # the archive's place after its name: "National Archives, Kew, Ф. …"
        named = _name_before(text, start - 2)
        if named is not None and not _abbreviated(text[named[0] : named[1]]):
            return named[0], stop
    return None


def _abbreviated(name: str) -> bool:
    """An abbreviation, a capitalised word after it allowed (`ЦДАГО України`, `ДАОО`)."""
    words = name.split()
    if not words or len(words) > 2 or _ABBREVIATION.fullmatch(words[0]) is None:
        return False
    return len(words) == 1 or words[1][:1].isupper()


def _name_after(text: str, start: int) -> tuple[int, int] | None:
    """The archive's name written after the shelf mark, a cited page between allowed
    (`…, folder 12, Hoover Institution Archives.`, `Д. 1906, с. 202. РГАСПИ.`): up to the
    next stop, an abbreviation (a capitalised word after it: `ЦДАГО України`) or a phrase
    with a word for archive."""
    match = _AFTER.match(text, start)
    if match is None:
        return None
    name = match.group("name").rstrip()
    words = name.split()
    if _abbreviated(name):
        return match.start("name"), match.start("name") + len(name)
    if len(words) > _MAX_NAME_WORDS or not _patterns().archive_word.search(name):
        return None
    end = match.start("name") + len(name)
    place = _PLACE_AFTER.match(text, end)  # "National Archives, Kew."
    return match.start("name"), place.end("place") if place else end


def _coded(text: str, name: tuple[int, int]) -> tuple[int, int] | None:
    """A classification code and item written right after an archive's name (`BOA, DH.MKT,
    nr. 1234/56`, `BOA., DH. EUM. THR., 2182/69`, `BOA İ. DH., 1309/97`): a code of letters
    has a part of two letters or more and an item number after it (not initials such as
    `Д.Н.`); a code of digits a comma or a period before it."""
    gap = _SEP.match(text, name[1])
    at = gap.end() if gap else name[1]
    code = _CLASS.match(text, at)
    if code is None or _DATE_LIKE.match(code.group()) or at == name[1]:
        return None
    end = code.end()
    item = _ITEM.match(text, end)
    letters = code.group()[:1].isalpha() and "/" not in code.group()
    if letters:
        parts = re.findall(r"\w+", code.group())
        if item is None or max(len(p) for p in parts) < 2:
            return None
    elif not any(c in ".,:" for c in text[name[1] : at]):
        return None
    return at, item.end() if item else end


def _coded_name(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An archive's name (an abbreviation, else a phrase with a word for archive) and the
    classification code right after it, outside the spans other rules hold. Every code is
    written with an item number or a file after a slash ("12/34", "…/45.67.8")."""
    if _SLASHED.search(text) is None:
        return None
    # after each word of capitals: "BOA DH. MKT., 2271/61" is the archive BOA and a code
    ends = [m.end() for m in _CAPITALS.finditer(text)]
    ends += [m.end() for m in _patterns().archive_word.finditer(text)]
    for end in ends[:_MAX_TRIES]:
        name = _name_before(text, end)
        code = _coded(text, name) if name is not None else None
        if name is not None and code is not None and _free(spans, name[0], code[1]):
            return name, code
    return None


def _archival(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
    """Archive, shelf mark and leaf, with their spans added to `spans`."""
    out: dict[str, str] = {}
    parts = _parts(text)
    best: list[_Part] | None = None
    name: tuple[int, int] | None = None
    for chain in _chains(text, parts)[:_MAX_TRIES]:
        if not _free(spans, chain[0].start, chain[-1].end):
            continue  # inside an address
        before = _name_before(text, chain[0].start)
        if _whole(chain, before is not None or _name_after(text, chain[-1].end) is not None):
            best, name = chain, before
            break
    code: tuple[int, int] | None = None
    if best is None:
        coded = _coded_name(text, spans)
        if coded is None:
            return out
        name, code = coded
    if best is not None:
        located = [p for p in best if p.level != len(_LEVELS) - 1]
        leaves = [p for p in best if p.level == len(_LEVELS) - 1]
        start, end = best[0].start, best[-1].end
        if located:
            out["archive_location"] = text[located[0].start : located[-1].end]
            spans.append((located[0].start, located[-1].end, "archive_location"))
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
        if more and _SEP.fullmatch(text, end, more[0].start):
            levels = _chains(text, more)[0]
            out["archive_location"] = text[start : levels[-1].end]
            spans[-1] = (start, levels[-1].end, "archive_location")
            end = levels[-1].end
    if name is None:
        name = _name_after(text, end)
    if name is not None:
        out["archive"] = text[name[0] : name[1]].strip()
        spans.append((name[0], name[1], "archive"))
        lo, hi = min(name[1], end), max(name[0], start)
        if lo < hi and _GAP.fullmatch(text, lo, hi):
            spans.append((lo, hi, "other"))
    tail = max(end, name[1] if name else end)
    if _GAP.fullmatch(text, tail) and tail < len(text):
        spans.append((tail, len(text), "other"))  # the closing period is the shelf mark's
    return out


def _law_before(text: str, at: int, words: int, *, phrase: bool = False) -> bool:
    """Whether a law's kind is written up to `words` words before `at`, in the same part."""
    head = text[:at]
    breaks = list(_BREAK.finditer(head, max(0, at - _LOOK_BACK)))
    floor = breaks[-1].end() if breaks else max(0, at - _LOOK_BACK)
    for match in _edged(_patterns().law, head, len(head), floor):
        between = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", head[match.end() :])
        if len(between.split()) <= (_PHRASE_WORDS if phrase else words) and not (
            phrase and "," in between
        ):
            return True
    return False


def _law_after(text: str, at: int) -> bool:
    """Whether a law's kind is the next word, a quoted title between allowed (`№ 456
    Жарлығы`, `№ 664 «Білім туралы» Заңы`)."""
    skipped = _QUOTED_AHEAD.match(text, at)
    return _patterns().law.match(text, skipped.end() if skipped else at) is not None


def _edged(
    pattern: re.Pattern[str], text: str, end: int, start: int = 0
) -> Iterator[re.Match[str]]:
    """The matches of a pattern built without its leading look-behind that follow no letter
    (searched so, re skips at once to a label's first character)."""
    for match in pattern.finditer(text, start, end):
        if not text[match.start() - 1 : match.start()].isalpha():
            yield match


def _free(spans: Sequence[tuple[int, int, str]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e, _l in spans)


def _gazette(text: str, spans: list[tuple[int, int, str]]) -> str | None:
    """An official gazette with its date and issue (`RG 12.10.2004/25611`, `RG, 12.10.2004,
    S. 25611`): the gazette's name, date and issue as the tagger's fields, whole; the issue."""
    found = _patterns().gazette.search(text)
    if found is None or not _free(spans, found.start(), found.end()):
        return None
    marks = [
        (*found.span("g"), "container-title"),
        (*found.span("d"), "issued"),
        (*found.span("n"), "issue"),
    ]
    gaps = [(found.end("g"), found.start("d")), (found.end("d"), found.start("n"))]
    spans += marks + [(a, b, "other") for a, b in gaps if a < b]
    return found.group("n")


def find_legal(text: str, taken: Sequence[tuple[int, int, str]] = ()) -> Legal:
    """Run the legal and archival rules on one citation's (flattened) text; `taken` are the
    spans other exact rules already hold (an address's digits are no law's number)."""
    if _DIGIT.search(text) is None:
        return Legal()
    p = _patterns()
    spans: list[tuple[int, int, str]] = list(taken)
    out = _archival(text, spans)
    issue = _gazette(text, spans)
    head_end = text.find("//")
    head_end = len(text) if head_end < 0 else head_end
    law = next(_edged(p.law, text, len(text)), None) is not None
    number = None
    for match in itertools.islice(_edged(p.number, text, head_end), _MAX_TRIES):
        label, (start, end) = match.group("label"), match.span("n")
        if not _free(spans, match.start(), end):
            continue
        # "№" anywhere in the law's part; "No." in the law's own phrase ("Указ Президента
        # Российской Федерации No. 594-IV", not "Journal of Law, Vol. 3, No. 5")
        near = _law_before(text, match.start(), _LAW_WINDOW, phrase=label != "№")
        if (
            label in p.strong
            or near
            or (label == "№" and _law_after(text, end))
            or _OWN_SHAPE.fullmatch(match.group("n").split()[0])
        ):
            number = match.group("n")
            spans += [(match.start(), start, "other"), (start, end, "number")]
            break
    if number is None and law:
        # a number of a law's own shape without a label ("Указ Президента РФ 560-IV")
        for match in itertools.islice(_OWN_SHAPE.finditer(text), _MAX_TRIES):
            bare = (*match.span(), "number")
            if _free(spans, match.start(), match.end()) and not text[: match.start()].endswith(
                ("-", "/")
            ):
                number = match.group()
                spans.append(bare)
                break
    if number is None:
        for match in itertools.islice(p.number_after.finditer(text, 0, head_end), _MAX_TRIES):
            if _free(spans, match.start(), match.end()):
                number = match.group("n")
                spans += [(*match.span("n"), "number"), (*match.span("label"), "other")]
                break
    section = None
    after = next((e for s, e, label in spans if label == "number"), None)
    gazette = False
    for match in itertools.islice(_edged(p.section, text, len(text)), _MAX_TRIES):
        # after the law's number, right after a gazette's issue ("№ 40. Ст. 3822"), or
        # after a law's kind ("Kanunu md. 5"): not "Комментарий к ст. 5 Закона …"
        gazette = _GAZETTE.search(text, max(0, match.start() - 24), match.start()) is not None
        placed = (after is not None and match.start() >= after) or gazette
        if (placed or _law_before(text, match.start(), _LAW_WINDOW)) and _free(
            spans, *match.span()
        ):
            section = match.group("n")
            spans += [(match.start(), match.start("n"), "other"), (*match.span("n"), "section")]
            break
    if section is None:
        for match in itertools.islice(p.section_after.finditer(text), _MAX_TRIES):
            placed = after is not None and match.start() >= after
            if (placed or _law_before(text, match.start(), _LAW_WINDOW)) and _free(
                spans, *match.span()
            ):
                section = match.group("n")
                spans += [(*match.span("n"), "section"), (match.end("n"), match.end(), "other")]
                break
    return Legal(
        number=_spaced(number),
        section=_spaced(section),
        archive=_spaced(out.get("archive")),
        archive_location=_spaced(out.get("archive_location")),
        page=_spaced(out.get("page")),
        issue=issue,
        law=law or gazette,
        spans=tuple(sorted(spans[len(taken) :])),
    )


def _spaced(value: str | None) -> str | None:
    """A value with its spaces as one plain space each (`Д.\u00a0410` -> `Д. 410`)."""
    return " ".join(value.split()) if value is not None else None


def legal_type(found: Legal) -> str | None:
    """The item type the rules tell: a shelf mark is an archival document's, a law's number
    or an official gazette's issue a law's; else None (the type model decides)."""
    if found.archive_location is not None:
        return "manuscript"
    legal = found.number is not None or found.issue is not None
    if legal or (found.section is not None and found.law):
        return "legislation"
    return None
