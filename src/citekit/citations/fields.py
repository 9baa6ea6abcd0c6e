"""One citation's text into fields: URL, access and publication dates, title, authors,
container and pages.

The order matters: the URL and the access date (with its label) are found and masked first, so
that a date inside an address or after "Erişim Tarihi" is never taken for the publication date;
then the title, quoted or by position; authors are what precedes the title; the container what
follows it. Every regular expression here is linear (no nested quantifiers over the same
characters), so a megabyte-long note parses in well under a second.
"""

from __future__ import annotations

import functools
import re

from citekit.citations._words import lower, patterns
from citekit.dates import could_start_date, read_date
from citekit.langid import detect_language
from citekit.languages import available_languages
from citekit.model import Citation, Name, PartialDate

__all__ = ["parse_citation", "split_names", "to_name"]

_MASK = "\u2063"  # INVISIBLE SEPARATOR: stands in for masked URLs and dates
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”«»]+", re.IGNORECASE)
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\(([^)\s]{1,2000})\)")
_TRAILING = ".,;:!?)]}»”’\"'*"
_SPACE = re.compile(r"\s+")
_QUOTES = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "*": "*"}
# *title* is Markdown emphasis when the star follows no star or letter (checked in _quoted: a
# pattern opening with a look-behind would keep re from scanning fast for the quote marks)
_OPENERS = re.compile(r"[“«„\"‘]|\*(?=\w)")
_EMPTY_SLOT = re.compile(r",\s*,")
_PAREN_YEAR = re.compile(r"\(\s*(\d{4})[a-z]?(?:[,.][^()]{0,40})?\)\.?")
_APA_HEAD = re.compile(r"^(.{0,300}?)\s*\(\s*[^()]{0,40}?\d{4}[a-z]?[^()]{0,40}\)\s*\.?\s*")
_GOST_AUTHOR = re.compile(
    r"^([A-ZÀ-ÝĀ-žА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]{1,40},?\s+"
    r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-я]?\.\s?-?){1,3}|"
    r"[A-ZÀ-ÝĀ-žА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]{1,40}\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,3}\.)\s+"
)
_CAP = "A-ZÀ-ÝĀ-žА-ЯЁӘҒҚҢӨҰҮҺІ"
_INVERTED_HEAD_FORM = (
    rf"^([{_CAP}][\w'’-]{{1,40}},\s+[{_CAP}][\w'’-]{{1,30}}(?:\s+[{_CAP}][\w'’-]{{1,30}})?)"
    r"(?:,?\s+(?:{et_al})\.?)?[.,]\s+(?=\S)"
)
_VANCOUVER_HEAD = re.compile(
    rf"^((?:[{_CAP}][\w'’-]{{1,40}}\s+[{_CAP}]{{1,3}}\.?,\s+)*[{_CAP}][\w'’-]{{1,40}}\s+[{_CAP}]{{1,3}})"
    r"\.\s+(?=\S)"
)
_PLACE_YEAR = re.compile(rf"^[{_CAP}][\w-]{{2,30}}\s*[-–—]?\s*\d{{4}}\.?$")
_VOLUME_PART = re.compile(
    r"^(?:Cilt|C\.|Vol\.?|Т\.|т\.|Том|vol\.?)\s*\d+|^[IVX]+\.?\s+Cilt|^\d+\s+Cilt", re.I
)
_YEAR = re.compile(r"(?<![\d/.\-–])(1[5-9]\d\d|20\d\d)[a-zа-я]?(?![\d/\-–])")
_DOMAIN = re.compile(r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,12}$", re.I)
# "М", "Л", "Стр": a place of publication abbreviated to a capital and at most two letters
_PLACE_ABBREVIATION = re.compile(rf"^[{_CAP}][a-zа-яё]{{0,2}}$")
_LAST_FIELD = re.compile(rf"^\.\s+([{_CAP}][^.,;()\[\]]{{1,40}}?)\.?(?:\s*{_MASK}|\s*$)")
_INITIALS = re.compile(r"^(?:[A-ZÀ-ÝА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яḥ]?\.?\s?-?){1,3}$")
_PLACE_BEFORE = re.compile(r"(?:^|[.—–]\s*)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]{1,25}\s*[,:]\s*$")
_BOOK = re.compile(
    r"(?:^|[\s(—–-])[A-ZА-ЯЁ][\w.]{1,20}(?:\s[A-ZА-Я][\w.]{1,20})?\s*:\s*"
    r"([^,:;()]{2,80}?)\s*[,;]\s*(?:[A-ZÀ-ÝА-ЯЁ]\w{1,20}\s+)?(?:\d{4}|[\d\s]{7})"
)
_IN = re.compile(r"[Ii]n:?\s+\*?([^*,.()]{3,150})\*?")  # after a space, "." or ",": see _in
_CUT = re.compile("\\s?" + _MASK + r"|,\s|\.\s|\s\(|\s[–—-]\s|//|\s\d|\s\[|,\d|,$|\.$|\*")
_RANGE = re.compile(r"(?:[,:]\s*)(\d{1,4}\s*[-–—~]\s*\d{1,4})(?![\d/])")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
# Where an unquoted title ends: a sentence's end, GOST's //, a bracket, an address, a mask, or
# a parenthesised page. Each is searched by the characters it opens with (re scans for those
# fast) and, but for the mask, widened back over the spaces (and an address's colon) before it.
_SENTENCE_END = re.compile(r"[.?!]\s")
_TITLE_STOPS = (
    re.compile("//"),
    re.compile(r"\["),
    re.compile(r"https?://|www\.|URL"),
    re.compile(_MASK),
    re.compile(r"\((?:pp?|s|ss|с|сс)\.", re.IGNORECASE),
)
# A source's publication date is read from this much of it: a longer "note" is prose or a
# pasted page, and reading all of a megabyte for dates would take seconds.
_DATED_CHARS = 4000
_WIKIPEDIA = re.compile(r"^https?://([a-z]{2,3})\.(?:m\.)?wikipedia\.org/", re.IGNORECASE)


@functools.cache
def _inverted_head() -> re.Pattern[str]:
    """ "Family, Given[, et al.]." at the start, with every language's et-al words."""
    return re.compile(_INVERTED_HEAD_FORM.replace("{et_al}", patterns().et_al_words))


def _place_before(text: str, end: int) -> bool:
    """Whether the quote at `end` is preceded by a place ("Алматы, «Ана тілі»"), not by an
    author's initial ("C. Piech, "…"). Only the words just before it are read, so a note
    with thousands of quotes is not read again for each."""
    match = _PLACE_BEFORE.search(text, max(0, end - 80), end)
    if match is None:
        return False
    before = text[max(0, match.start() - 40) : match.start() + 1].rstrip()
    return not re.search(r"(?:^|\s)\w\.$", before)


def _clean_quoted(text: str) -> str:
    """A quoted title as written: spaces collapsed, a leading hyphen ("-ғы …") kept."""
    return _SPACE.sub(" ", text.replace(_MASK, " ")).strip(" ,;:*\u00a0")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text.replace(_MASK, " ")).strip(" ,.;:—–-*\u00a0")


def _strip_url(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _mask(text: str, start: int, end: int) -> str:
    """Blank out a found field, keeping offsets: a space at each end, fillers between.

    The filler is not whitespace, so patterns with ``\\s*`` never wade through a long blank.
    """
    width = end - start
    filler = " " * width if width < 3 else " " + _MASK * (width - 2) + " "
    return text[:start] + filler + text[end:]


def _find_urls(text: str) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), _strip_url(m.group(2))) for m in _MD_LINK.finditer(text)]
    for match in _URL.finditer(text):
        if not any(s <= match.start() < e for s, e, _u in found):
            found.append((match.start(), match.end(), _strip_url(match.group())))
    return sorted(found)


def _quoted(text: str) -> list[tuple[int, int, str]]:
    """Quoted spans (start of opener, end after closer, inner text), outermost only.

    Linear: a found span is skipped whole, and an opener with no closer after it is not
    tried again (none can close later either).
    """
    spans: list[tuple[int, int, str]] = []
    exhausted: set[str] = set()
    pos = 0
    while True:
        match = _OPENERS.search(text, pos)
        if match is None:
            return spans
        opener = match.group()
        start = match.end()
        pos = start
        if opener == "*" and match.start() and _word_or_star(text[match.start() - 1]):
            continue
        if opener in exhausted:
            continue
        before = text[max(0, match.start() - 8) : match.start()].rstrip()
        if opener == "‘" and match.start() > 0 and not before.endswith((".", ",", ";")):
            continue
        end = _closing(text, start, opener, _QUOTES[opener])
        if end < 0:
            exhausted.add(opener)
            continue
        inner = text[start:end]
        if len(inner.strip()) >= 2:
            spans.append((match.start(), end + 1, inner))
        pos = end + 1


def _word_or_star(char: str) -> bool:
    return char.isalnum() or char in "_*"


def _in(text: str, pos: int) -> re.Match[str] | None:
    """ "In: Book", "in *Journal*" from `pos`: "In" opening the text or after a space, . or ,"""
    while (found := _IN.search(text, pos)) is not None:
        start = found.start()
        if start == 0 or (start > pos and (text[start - 1].isspace() or text[start - 1] in ".,")):
            return found
        pos = start + 1
    return None


def _closing(text: str, start: int, opener: str, closer: str) -> int:
    if opener == closer:
        return text.find(closer, start)
    depth = 1
    i = start
    while True:
        next_close = text.find(closer, i)
        if next_close < 0:
            return -1
        next_open = text.find(opener, i, next_close)
        if next_open >= 0:
            depth += 1
            i = next_open + 1
            continue
        depth -= 1
        if depth == 0:
            return next_close
        i = next_close + 1


def split_names(text: str) -> tuple[str, ...]:
    """Split an author list as written ("Demirbulat, Ö. G., & AVCIKURT, C.") into names."""
    text = patterns().et_al.sub("", text)
    pieces = [p.strip(" ,;") for p in patterns().name_split.split(text) if p and p.strip(" .,;")]
    names: list[str] = []
    for piece in pieces:
        last = names[-1] if names else ""
        inverted_open = bool(last) and "," not in last and len(last.split()) == 1
        given_first = (
            len(names) == 1
            and len(piece.split()) <= 3
            and all(w[:1].isupper() for w in piece.split())
            and not (last.isupper() and piece.isupper())
        )
        if inverted_open and (_INITIALS.match(piece) or given_first):
            names[-1] = f"{last}, {piece}"
        else:
            names.append(piece)
    return tuple(n for n in names if 1 <= len(n) <= 80 and _WORD.search(n))


def to_name(written: str) -> Name:
    """A `Name` from a name as written, split into family and given where the form shows it."""
    if "," in written:
        family, given = (p.strip() for p in written.split(",", 1))
        return Name(family=family, given=given or None, written=written)
    parts = written.split()
    if len(parts) == 1:
        return Name(literal=written, written=written)
    if _INITIALS.match(" ".join(parts[1:])):
        return Name(family=parts[0], given=" ".join(parts[1:]), written=written)
    return Name(family=parts[-1], given=" ".join(parts[:-1]), written=written)


def _looks_like_person(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not _DIGIT.search(text)


def _authors_from(text: str) -> tuple[str, ...]:
    text = _PAREN_YEAR.sub(" ", text)
    text = re.sub(r"\b\d{4}[a-z]?\b\.?", " ", text)
    text = _clean(text)
    if not text or len(text) > 250 or "http" in text:
        return ()
    return split_names(text)


def _segment(text: str, start: int) -> tuple[str, int]:
    """The field that starts at `start`: up to the next separator."""
    rest = text[start:]
    lead = len(rest) - len(rest.lstrip(' ,.:;”»"’*\u00a0'))
    match = _CUT.search(rest, lead + 1)
    end = match.start() if match else len(rest)
    return _clean(rest[lead:end]), start + end


def _title_end(text: str) -> int:
    """Where an unquoted title at the start of `text` ends (its length when nothing stops it)."""
    end = len(text)
    pos = 0
    while (found := _SENTENCE_END.search(text, pos)) is not None:
        start = found.start()
        before = text[max(0, start - 2) : start]
        if len(before) == 2 and not any(c.isspace() or c == "." for c in before):
            end = start + (1 if text[start] in "?!" else 0)  # "?" and "!" stay
            break
        pos = start + 1
    for stop in _TITLE_STOPS:
        found = stop.search(text)
        if found is not None and found.start() < end:
            start = found.start()
            while start and text[start - 1].isspace() and stop is not _TITLE_STOPS[3]:
                start -= 1
            if stop is _TITLE_STOPS[2] and start and text[start - 1] == ":":
                start -= 1  # "URL: https://…": the colon goes too
            end = start
    return end


def _title_unquoted(text: str) -> tuple[int, int, str, int] | None:
    """Title by position when not quoted: after a leading date/author head, a sentence.

    Returns the title's span, the title, and where the authors before it end.
    """
    start = authors_end = 0
    head = _inverted_head().match(text) or _APA_HEAD.match(text) or _VANCOUVER_HEAD.match(text)
    if head is not None:
        start, authors_end = head.end(), head.end(1)
    else:
        gost = _GOST_AUTHOR.match(text)
        if gost is not None:
            start = authors_end = gost.end()
        else:
            lead = read_date(text[:40]) if _DIGIT.search(text, 0, 2) else None
            if lead is not None and (
                lead.date is not None
                and lead.start <= 1
                and text[lead.end : lead.end + 2].startswith(". ")
            ):
                start = lead.end + 2
    while start < len(text) and text[start] in " .,:;":
        start += 1
    rest = text[start:]
    end = _title_end(rest)
    title = _clean(rest[:end]).strip("*")
    if not title or not _WORD.search(title):
        return None
    return start, start + end, title, authors_end


def _pages(text: str, short: bool) -> str | None:
    p = patterns()
    match = p.page_before.search(text)
    if match is not None:
        return match.group(1)
    match = p.page_after.search(text)
    if match is not None and (short or re.search(r"[-–—~]", match.group(1))):
        return match.group(1)
    match = _RANGE.search(text)
    if match is not None and not short:
        first, _sep, last = re.split(r"\s*([-–—~])\s*", match.group(1))
        if not (len(first) == 4 and len(last) == 4 and first[:2] in ("19", "20")):
            return match.group(1)
    return None


def _container(
    text: str, title_end: int, title_start: int, quoted: list[tuple[int, int, str]]
) -> str | None:
    gost = text.find("//")
    if gost >= 0:
        value, _end = _segment(text, gost + 2)
        return value or None
    match = _in(text, title_end)
    if match is not None:
        return _clean(match.group(1))
    for qstart, qend, inner in quoted:
        outside = qstart >= title_end or qend <= title_start
        if outside and _place_before(text, qstart):
            return _clean(inner)
        # "Chemistry", "McGraw-Hill encyclopedia of chemistry": a chapter, then its book;
        # *Proceedings of …*: a journal or book in italics after an unquoted title
        between = text[title_end:qstart]
        if qstart >= title_end and len(between.strip(" ,.:;")) <= 3 and between.count(",") < 2:
            return _clean(inner)
        if qstart >= title_end and text[qstart] == "*":
            return _clean(inner)
    online = patterns().online_journal.search(text, title_end) if "[" in text else None
    if online is not None and online.start(1) >= title_end:
        return _clean(online.group(1))
    book = _BOOK.search(text, title_end)
    if book is not None:
        return _clean(book.group(1)).strip('«»"“”')
    return _plain_container(text, title_end)


def _plain_container(text: str, title_end: int) -> str | None:
    """The container written after the title, as the next field."""
    rest = text[title_end:]
    lead = len(rest) - len(rest.lstrip(' ,.:;”»"’*\u00a0'))
    tail = rest[lead:]
    journal = patterns().journal_tail.match(lower(tail)) if ". " in tail[:120] else None
    if journal is not None:
        name = tail[: journal.end(1)]  # lower() keeps offsets: read the name as written
        if ". " in name and len(name.split()) <= 12:
            return _clean(name)
    value, end = _segment(text, _past_brackets(text, title_end))
    start = end - len(value)
    for _ in range(3):  # skip "URL:", "2024."
        skip = value.casefold().rstrip(":") in ("url", "doi")
        if not skip and not re.fullmatch(r"\d{4}[a-z]?", value):
            break
        value, end = _segment(text, _past_brackets(text, end))
        start = end - len(value)
    if value.count('"') == 1 and text[start - 1 : start] == '"':
        value = '"' + value  # «"Қазақ тарихы" ғылыми журналы»: the quote is the name's own
    if not value or not _WORD.search(value) or value.startswith(("(", "[")):
        return None
    if _DOMAIN.match(value):
        return value  # "turkmenistan.gov.tm": a site named by its address
    # "mathematicalmonk. Youtube." before the address: the last short field is the site
    later = _LAST_FIELD.match(text[end:])
    channel = value[:1].islower() or _looks_like_person(value)
    if later is not None and channel and len(later.group(1).split()) == 1:
        candidate = _clean(later.group(1))
        if candidate.casefold() not in ("url", "doi") and not read_date(candidate).date:
            return candidate
    window = text[start : start + len(value) + 40]
    dated = could_start_date(value) and _DIGIT.search(window) is not None
    reading = read_date(window) if dated else None
    if reading is not None and reading.date is not None and 0 <= reading.start < len(value):
        value = _clean(value[: reading.start])
    words = value.split()
    if (
        not value
        or len(words) > 12
        or (len(words) == 1 and value[:1].islower())
        or _PLACE_ABBREVIATION.match(value)
        or value in patterns().places
        or _PLACE_YEAR.match(value)
    ):
        return None
    return value


def _past_brackets(text: str, pos: int) -> int:
    """Skip separators and whole "(…)" or "[…]" groups ("(Jul 10, 2011).", "[Интернет]")."""
    while True:
        while pos < len(text) and text[pos] in " ,.:;”»’*\u00a0":
            pos += 1
        if pos >= len(text) or text[pos] not in "([":
            return pos
        close = text.find(")" if text[pos] == "(" else "]", pos, pos + 120)
        if close < 0:
            return pos
        pos = close + 1


def _comma_list(work: str) -> tuple[int, int, str, tuple[str, ...]] | None:
    """ "Author, Author, Title, [Cilt 2,] Place Year": the older Turkish book reference.

    Returns the title's span, the title and the authors; None for other forms.
    """
    body = work.rstrip(" .")
    parts = body.split(", ")
    if len(parts) < 2 or not _PLACE_YEAR.match(parts[-1].strip()):
        return None
    parts = parts[:-1]
    while parts and (
        patterns().volume_part.match(parts[-1].strip()) or parts[-1].strip().startswith("(")
    ):
        parts = parts[:-1]
    if not parts or any(len(p.split()) > 15 or ". " in p for p in parts):
        return None
    authors: list[str] = []
    while len(parts) > 1 and _looks_like_person(parts[0].strip()):
        authors.append(parts.pop(0).strip())
    title = ", ".join(p.strip() for p in parts)
    start = work.find(title)
    if start < 0 or not _WORD.search(title):
        return None
    return start, start + len(title), _clean(title), tuple(authors)


def parse_citation(text: str, links: tuple[str, ...] = ()) -> Citation:
    """Parse the text of one cited source into a `Citation` (raw text kept)."""
    p = patterns()
    flat = text.replace("\n", " ").replace("\r", " ")
    work = flat
    urls = _find_urls(work)
    for start, end, _url in urls:
        work = _mask(work, start, end)
    web_links = [link for link in links if link.startswith(("http://", "https://", "www."))]
    url = web_links[0] if web_links else (urls[0][2] if urls else None)

    accessed: PartialDate | None = None
    label = p.accessed.search(work)
    if label is not None:
        reading = read_date(work[label.start() : label.start() + 72])  # label and date
        if reading.date is not None:
            accessed = reading.date
            work = _mask(work, label.start(), label.start() + reading.end)
        else:
            work = _mask(work, label.start(), label.end())
    archived = p.archived.search(work)
    if archived is not None:
        reading = read_date(work[archived.start() : archived.start() + 80])
        end = archived.start() + (reading.end if reading.date else len(archived.group()))
        work = _mask(work, archived.start(), end)

    title: str | None = None
    title_start = title_end = 0
    head_end = 0
    semi = [s.strip() for s in work.split(";")]
    listed = None
    quoted = _quoted(work)
    for qstart, qend, inner in quoted:
        if _place_before(work, qstart):
            continue
        if work[qstart] == "*" and (apa := _APA_HEAD.match(work)) and apa.end() < qstart - 3:
            continue  # "(2007). A title. *Proceedings of …*": the italics are the container
        title, title_start, title_end = _clean_quoted(inner), qstart, qend
        break
    else:
        listed = None if urls else _comma_list(work)
        if listed is not None:
            title_start, title_end, title, _authors = listed
        elif len(semi) >= 3 and not url and "(" not in semi[0]:
            title = _clean(semi[0])
            title_start, title_end = 0, len(semi[0])
        else:
            found = _title_unquoted(work)
            if found is not None:
                title_start, title_end, title, head_end = found
                if head_end == 0:
                    head_end = -1  # a leading date, no authors
    authors: tuple[str, ...] = ()
    if listed is not None:
        authors = listed[3]
    elif title is not None and len(semi) >= 3 and title_start <= 3 and not url:
        authors = split_names(semi[1])
    elif title is not None and title_start > 0 and head_end >= 0:
        authors = _authors_from(work[:title_start] if not head_end else work[:head_end])
    elif title is not None:
        parts = [s.strip() for s in work.split(",")]
        if len(parts) >= 3 and _looks_like_person(parts[0]) and not urls:
            authors = (parts[0],)
            title_start = len(parts[0]) + 1
            title, end = _segment(work, title_start)
            title_end = end
    container = None
    if listed is not None:
        container = None  # the place is no container, and these references name no publisher
    elif title is not None:
        if len(semi) >= 3 and title_start <= 3 and not url:
            container = _clean(re.split(r",\s*\d", semi[2])[0]) or None
        else:
            container = _container(work, title_end, title_start, quoted)
    dated = _mask(work, title_start, title_end) if title is not None else work
    dated = dated.replace(_MASK, " ")
    issued = read_date(dated[:_DATED_CHARS]).date
    if issued is None and (year := _YEAR.search(dated)) is not None:
        issued = PartialDate(int(year.group(1)))  # a bare year: "Valikova О. 2015."
    language = detect_language(title) if title else None
    wiki = _WIKIPEDIA.match(url or "")
    if title and wiki is not None and wiki.group(1) in available_languages():
        language = wiki.group(1)  # a Wikipedia article's title is in its wiki's language
    short = len(flat) < 60
    return Citation(
        title=title or None,
        authors=tuple(to_name(a) for a in authors),
        container=container,
        url=url,
        accessed=accessed,
        issued=issued,
        page=_pages(dated, short),
        language=None if language in (None, "und") else language,
        url_slot_empty=url is None and bool(_EMPTY_SLOT.search(flat)),
        raw=text,
    )
