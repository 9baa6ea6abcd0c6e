"""Notes in the form of Japanese, Chinese and Korean humanities, in their own scripts: a part's
title in corner or angle brackets, its host's or a whole work's in double ones, the numbers
after them with their words after each number (`青木直人「…」『史学雑誌』第118編第4号, 2009年,
1-34頁.`, `秋山健一『…』東京大学出版会, 2012年.`, `王明：〈…〉，《历史研究》2010年第3期，
第45—60页。`, `김철수, 「…」, 『역사학보』 제58권 제2호, 2015, 1-30쪽.`). Chinese writes both
titles in double angle brackets (`《论文》，《期刊》`): two such brackets in a row are a part and
its host.

The form is read here whole, as no learned model of Latin and Cyrillic notes reads it, when the
names before the brackets and the imprint after them are in the form's own script (a Latin or
Cyrillic note quoting a term in brackets, `The term 『天下』 in …`, is no such note): the names
before the first bracket are the authors (the editors, with an editor's word after them:
`小松久男編『…』`), a name with an editor's word between a part and its host the host's editors;
after the brackets come the volume and issue (`第71巻第2号`, `2010年第3期`, `제58권 제2호`), the
date (`2017年9月5日`), the pages (`1-34頁`, `第45页`), an access date after its word (`最終閲覧`),
an address, and the imprint (`東京大学出版会`, `北京：中华书局`). A name is split into its family
and given name by the language's listed families (`[names] family`), else by the characters most
of them have (two in Japanese, one in Chinese and Korean); a name closing on a body's word is a
body's (`外務省`, `国家统计局`: `[names] organisation_end`). Every word of the form is each
language's data (`[words] page_after`, `editor_after`, `number_before`, `date_marks`,
`volume_after`, `issue_after`, the kinds' words); a piece of the note that no field holds is
kept as lost (`Citation.unparsed`), never dropped."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Final

from attrs import frozen

from citekit.citations._words import literal_alternation
from citekit.langid import detect_language
from citekit.languages import available_languages, language, shipped_words
from citekit.model import Citation, Name, PartialDate

__all__ = ["read_east_asian"]

_PARTS: Final = "「〈"  # a part's title opens so …
_WHOLES: Final = "『《"  # … a whole's or a host's so
_BRACKET: Final = re.compile(r"([「〈『《])([^「」〈〉『』《》]+)[」〉』》]")
_EAST_ASIAN: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_URL: Final = re.compile(r"https?://[^\s（）()<>「」『』]+")
_PIECES: Final = re.compile(r"[,，。;；]+|\.(?=\s|$)")
# names are parted by `、`, a comma, a slash, a middle dot between Korean names (`권희영·반병률`;
# Chinese writes it inside a foreign name: `卡尔·马克思`), and `・` but between a foreign name's
# katakana (in a run with a space, a body's name, no middle dot: `_SPACED_NAMES`)
_NAMES: Final = re.compile(
    r"[、,，/]+|(?<=[\uac00-\ud7af])·(?=[\uac00-\ud7af])"
    r"|(?<![\u30a0-\u30fa\u30fc-\u30ff])・|・(?![\u30a0-\u30fa\u30fc-\u30ff])"
)
_SPACED_NAMES: Final = re.compile(
    r"[、,，/]+|(?<![\u30a0-\u30fa\u30fc-\u30ff])・|・(?![\u30a0-\u30fa\u30fc-\u30ff])"
)
_RANGE: Final = r"\d+(?:\s*[-–—―～~－]+\s*\d+)?"
_ROMAN_PAGE: Final = re.compile(rf"\bpp?\.\s*({_RANGE})")
_PAIRED: Final = re.compile(r"(?<![\d.])(\d{1,4})\s*[(（](\d{1,3})[)）]")  # a volume and its issue
_BARE_RANGE: Final = re.compile(r"(?<![\d.])(\d+\s*[-–—―～~]\s*\d+)(?!\.?\d)")
_YEAR: Final = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_CLOSING: Final = " .,，、。:：;；"
_BRACKET_MARKS: Final = re.compile(r"[「」〈〉『』《》]")
_BRACKETS: Final = " ()（）、"  # around a piece of the imprint (`(吉川弘文館`)
_LEAD_YEAR: Final = re.compile(r"\s*[(（]\s*(\d{4})\s*[)）]")  # author-date's `김철수 (2005).`
_DOTTED_DATE: Final = r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?"  # `2021.4.12.`, `2023. 5. 10.`
_LEAD_DOTTED_YEAR: Final = re.compile(r"[.,]\s*(\d{4})[a-z]?\s*$")  # … and `강명구. 2017.`
# a part's title in quotes before its host's brackets (Korean author-date: `"…." 『…』`)
_QUOTED: Final = re.compile(r'(["“])([^"“”]+)["”]')
_FOREIGN: Final = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")  # Latin and Cyrillic letters
_INITIAL: Final = re.compile(r"\b[A-Z]\b\.?")  # a foreign name's initial (`ローウェル, A.`)
_FOREIGN_LETTERS: Final = 6  # such letters after the titles at most (`pp.`, `ed.`)
_MARKS: Final = 3  # a year's, a month's and a day's
_FAMILY_WEIGHT: Final = 2  # a listed family opening the names weighs as two of the words
_GIVEN: Final = 8  # characters of a given name written apart at most (`直人`, `블라디슬라프`)
_LEAD: Final = 40  # characters of the names before the first bracket at most
_KATAKANA: Final = re.compile(r"[\u30a0-\u30ff]+")  # a foreign name's letters (`ローウェル`)
_INITIALS: Final = re.compile(r"(?:[A-Z]\.?\s?){1,3}")


class _Span:
    """A quoted part's or a bracket's match, read as a bracket (`group(1)` its opening mark,
    `group(2)` its words)."""

    def __init__(self, found: re.Match[str]) -> None:
        self._found = found

    def group(self, n: int) -> str:
        return self._found.group(n)

    def start(self) -> int:
        return self._found.start()

    def end(self) -> int:
        return self._found.end()


@frozen
class _Form:
    """One language's words of the form (from its `[words]`, `[types]` and `[names]`)."""

    code: str
    page: tuple[str, ...]
    editor: tuple[str, ...]
    before: tuple[str, ...]
    marks: tuple[str, ...]
    volume: tuple[str, ...]
    issue: tuple[str, ...]
    kinds: dict[str, tuple[str, ...]]
    families: frozenset[str]
    family_length: int
    bodies: tuple[str, ...]
    joins: tuple[str, ...]
    repeats: tuple[str, ...]
    others: tuple[str, ...]


@functools.cache
def _forms() -> tuple[_Form, ...]:
    """The languages whose notes write the form: those that list a date's marks."""
    forms = []
    for code in sorted(available_languages()):
        lang = language(code)
        words = lang.words
        if len(words.date_marks) != _MARKS:
            continue
        kinds = {
            key: tuple(getattr(words, key))
            for key in ("thesis", "conference", "encyclopedia", "newspaper", "accessed")
        }
        kinds.update({k: lang.type_words.get(k, ()) for k in ("dictionary", "report")})
        kinds["translator"] = tuple(words.translator)
        own = frozenset(n for n in lang.family_names if _EAST_ASIAN.search(n))
        lengths = Counter(len(n) for n in own)
        forms.append(
            _Form(
                code=code,
                page=_longest(words.page_after),
                editor=_longest(words.editor_after),
                before=_longest(words.number_before),
                marks=tuple(words.date_marks),
                volume=_longest(words.volume_after),
                issue=_longest(words.issue_after),
                kinds=kinds,
                families=own,
                family_length=lengths.most_common(1)[0][0] if lengths else 1,
                bodies=tuple(lang.organisation_ends),
                joins=_longest(words.in_),
                repeats=_longest((*words.ibid, *words.opcit)),
                others=_longest(words.others_after),
            )
        )
    return tuple(forms)


def _longest(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


def _alternation(words: tuple[str, ...]) -> str:
    """The words as one pattern (`_words.literal_alternation`), or one matching nothing."""
    return literal_alternation(words) or r"(?!)"


def _form_of(text: str, title: str, lead: str) -> _Form | None:
    """The language whose form the note writes: the one whose words the note writes most
    (`巻`, `頁` Japanese; `卷`, `期`, `页` Chinese) and whose listed family opens its names
    (`佐藤`), the title's language breaking a tie (a title in Han characters alone is told
    Chinese, `近代日本`, whatever the words around it)."""
    told = detect_language(title)
    scores = []
    for form in _forms():
        words = sum(text.count(w) for w in (*form.page, *form.volume, *form.issue, *form.editor))
        family = any(lead.startswith(f) and len(f) > 1 for f in form.families)
        scores.append((words + _FAMILY_WEIGHT * family, form.code == told, form))
    best = max(scores, key=lambda row: (row[0], row[1]), default=None)
    return best[2] if best is not None and (best[0] or best[1]) else None


def read_east_asian(text: str) -> Citation | None:
    """The citation `text` holds when it is written in the form (see the module's doc); None
    when it is not."""
    brackets = [_Span(b) for b in _BRACKET.finditer(text)]
    quoted = _QUOTED.search(text)  # author-date's part in quotes (`강명구. 2017. "…" 『…』`)
    if quoted is not None and brackets and brackets[0].start() < quoted.start():
        quoted = None
    if quoted is not None and (not _EAST_ASIAN.search(quoted.group(2)) or not brackets):
        quoted = None
    if quoted is not None and not _whole_piece(text, quoted, brackets):
        quoted = None  # `中国社会科学院“一带一路”研究中心：`: a term quoted inside a name
    if quoted is not None and not text[: quoted.start()].strip(_CLOSING):
        quoted = None  # `“枪杆子里面出政权。”《毛泽东选集》`: a quotation before the source
    if quoted is not None:
        brackets = [_Span(quoted), *(b for b in brackets if b.start() >= quoted.end())]
    if not brackets or not _EAST_ASIAN.search(brackets[0].group(2)):
        return None
    first = brackets[0]
    lead = text[: first.start()].strip(_CLOSING)
    dated = _LEAD_YEAR.search(lead)  # author-date's year after the names (`김철수 (2005).`)
    dated = dated or _LEAD_DOTTED_YEAR.search(lead)  # … or its sentence (`강명구. 2017.`)
    lead = (lead[: dated.start()] + lead[dated.end() :]).strip(_CLOSING) if dated else lead
    if len(lead) > _LEAD or _FOREIGN.search(_INITIAL.sub("", lead)):
        return None  # a note in another form quoting a term or a translation's title
    if len(_FOREIGN.findall(_URL.sub("", text[brackets[-1].end() :]))) > _FOREIGN_LETTERS:
        return None  # `「中央アジア」 (Central Asia). Tokyo, 1990`: an imprint in Latin letters
    part = whole = None
    if first.group(1) in _PARTS or quoted is not None:
        part = first
        whole = next((b for b in brackets[1:] if b.group(1) in _WHOLES), None)
    elif len(brackets) > 1 and _joined(text, first, brackets[1]):
        part, whole = first, brackets[1]  # `《论文》，《期刊》`: a part and its host
    else:
        whole = first
    title = (part or whole or first).group(2).strip(" ." if quoted is not None else None)
    form = _form_of(text, title, lead)
    if form is None:
        return None
    authors, editors, translators = _people(lead, form)
    if part is not None and whole is not None:
        mid = text[part.end() : whole.start()].strip(_CLOSING)
        _, host_editors, host_translators = _people(mid, form)
        editors, translators = editors or host_editors, translators or host_translators
    last = whole or part
    assert last is not None
    tail, read = _Tail.read(text[last.end() :], form)
    editors, translators = editors or read.editors, translators or read.translators
    container = whole.group(2).strip() if part is not None and whole is not None else None
    if part is None and any(w in title for w in form.kinds["newspaper"]):
        container, title = title, ""  # `『朝日新聞』2009年7月6日朝刊`: a paper's issue, untitled
    kind = _kind(form, part is not None or not title, container, read)
    issued = read.issued or (PartialDate(year=int(dated.group(1))) if dated else None)
    if kind == "paper-conference" and container is None:
        container = read.meeting
    return Citation(
        type=kind,
        title=title or None,
        authors=authors,
        editors=editors,
        translators=translators,
        container=container,
        publisher=read.publisher,
        publisher_place=read.place,
        url=read.url,
        accessed=read.accessed,
        issued=issued,
        page=read.page,
        volume=read.volume,
        issue=read.issue,
        genre=read.genre,
        language=form.code,
        raw=text,
        unparsed=tail,
    )


def _whole_piece(text: str, quoted: re.Match[str], brackets: list[_Span]) -> bool:
    """Whether a quoted part stands as a piece of the note of its own: a separator or a space
    before it, and only separators between it and the next bracket."""
    before = text[: quoted.start()]
    if before and before[-1] not in _CLOSING:
        return False
    following = next((b for b in brackets if b.start() >= quoted.end()), None)
    between = text[quoted.end() : following.start()] if following is not None else ""
    return all(c in _CLOSING for c in between)


def _joined(text: str, one: _Span, other: _Span) -> bool:
    """Whether two double brackets follow each other with no more than a separator between."""
    doubled = other.group(1) in _WHOLES
    between = text[one.end() : other.start()].strip(_CLOSING)
    return doubled and (not between or between in _join_words())


@functools.cache
def _join_words() -> frozenset[str]:
    """The words that open a host between a part's title and its host's (`载`, `所収`)."""
    return frozenset(w for form in _forms() for w in form.joins)


def _people(lead: str, form: _Form) -> tuple[tuple[Name, ...], tuple[Name, ...], tuple[Name, ...]]:
    """The authors, editors and translators a run of names before a bracket gives: with an
    editor's word after them (`小松久男ほか編`) the editors, with a translator's the translators."""
    if any(lead.startswith(word) for word in form.repeats):
        return (), (), ()  # `同上『…』`, `前掲『…』`: ibid's and op. cit.'s words, no names
    role = "author"
    for word in form.editor:
        if lead.endswith(word):
            lead, role = lead[: -len(word)].strip(_CLOSING), "editor"
            break
    else:
        for word in _longest(form.kinds["translator"]):
            if lead.endswith(word):
                lead, role = lead[: -len(word)].strip(_CLOSING), "translator"
                break
    for word in form.others:
        if lead.endswith(word) and len(lead) > len(word):
            lead = lead[: -len(word)].strip(_CLOSING)  # `정진아 외`: the first of more authors
            break
    if not lead or not _EAST_ASIAN.search(lead) or len(lead) > _LEAD:
        return (), (), ()
    names = _names(lead, form)
    if role == "editor":
        return (), names, ()
    return (names, (), ()) if role == "author" else ((), (), names)


def _names(run: str, form: _Form) -> tuple[Name, ...]:
    """The names of a run: split at `・`, `、` and commas, but for a foreign name's dot
    (`テリー・マーチン`) and its initials after a comma (`ローウェル, A.`)."""
    # a middle dot parts names written close (`권희영·반병률`), none in a body's spaced name
    # (`법무부 출입국·외국인정책본부`)
    parts = _NAMES.split(run) if " " not in run else _SPACED_NAMES.split(run)
    pieces = [p.strip() for p in parts if p.strip()]
    names: list[Name] = []
    for piece in pieces:
        last = names[-1] if names else None
        if last is not None and _INITIALS.fullmatch(piece) and last.given is None:
            names[-1] = Name(family=last.family, given=piece, written=f"{last.written}, {piece}")
        elif _KATAKANA.fullmatch(piece):
            names.append(Name(family=piece, written=piece))  # a foreign name, as written
        else:
            names.append(_name(piece, form))
    return tuple(names)


def _name(written: str, form: _Form) -> Name:
    """A name split into its family and given name (see the module's doc)."""
    if " " in written:  # `青木 直人`, `김 철수`: split as written
        family, _, given = written.partition(" ")
        if "·" in given or len(given.strip()) > _GIVEN:
            return Name(literal=written)  # `법무부 출입국·외국인정책본부`: a body and its unit
        return Name(family=family, given=given.strip() or None, written=written)
    if any(written.endswith(word) for word in form.bodies):
        return Name(literal=written)  # `外務省`, `国家统计局`: a body signs it
    if written in form.families or len(written) <= form.family_length:
        return Name(family=written, written=written)  # `青木`, `佐藤`: a family alone
    # the longest listed family at least as long as most are (`長谷川洋`, `欧阳修`), else as
    # many characters as most have (`森安孝夫`, `西山克典`, `王明`)
    listed = [
        len(f)
        for f in form.families
        if written.startswith(f) and form.family_length <= len(f) < len(written)
    ]
    size = max(listed) if listed else min(form.family_length, len(written) - 1)
    return Name(family=written[:size], given=written[size:], written=written)


@frozen
class _Tail:
    """What the note writes after its titles."""

    url: str | None = None
    accessed: PartialDate | None = None
    issued: PartialDate | None = None
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    publisher: str | None = None
    place: str | None = None
    genre: str | None = None
    meeting: str | None = None
    translators: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()

    @staticmethod
    def read(tail: str, form: _Form) -> tuple[tuple[str, ...], _Tail]:
        """The fields of `tail`, and the pieces of it no field holds."""
        values: dict[str, object] = {}
        found = _URL.search(tail)
        if found is not None:
            values["url"] = found.group().rstrip(".,;")
            tail = tail[: found.start()] + " , " + tail[found.end() :]
        marks = form.marks
        date = (
            rf"(\d{{4}})\s*{re.escape(marks[0])}(?:\s*(\d{{1,2}})\s*{re.escape(marks[1])}"
            rf"(?:\s*(\d{{1,2}})\s*{re.escape(marks[2])})?)?"
            if len(marks) == 3
            else r"(?!)"
        )
        label = _alternation(_longest(form.kinds["accessed"]))
        accessed = re.search(rf"(?:{label})\D{{0,3}}{date}", tail)
        # … or in figures (`(검색일: 2021.4.12.)`)
        accessed = accessed or re.search(rf"(?:{label})\D{{0,3}}{_DOTTED_DATE}", tail)
        if accessed is not None:
            values["accessed"] = _date(accessed)
            tail = tail[: accessed.start()] + " , " + tail[accessed.end() :]
        before = rf"(?:{_alternation(form.before)})?\s*"
        for key, words in (("volume", form.volume), ("issue", form.issue)):
            number = re.search(rf"{before}(\d+|[IVXLC]+)\s*(?:{_alternation(words)})", tail)
            # … or a label before the number (`『思想』No. 5`, `Vol. 5`)
            number = number or re.search(rf"(?<!\w)(?:{_labels(key)})\s*(\d+)\b", tail)
            if number is not None:
                values[key] = number.group(1)
                tail = tail[: number.start()] + " , " + tail[number.end() :]
        paired = _PAIRED.search(tail) if "volume" not in values else None
        if paired is not None:  # author-date's `『역사학보』 58(2), 1-30`
            values["volume"], values["issue"] = paired.group(1), paired.group(2)
            tail = tail[: paired.start()] + " , " + tail[paired.end() :]
        page = re.search(rf"{before}({_RANGE})\s*(?:{_alternation(form.page)})", tail)
        page = page or _ROMAN_PAGE.search(tail)
        numbered = paired is not None or "volume" in values or "issue" in values
        bare = _BARE_RANGE.search(tail) if numbered else None  # `제43호, 1-32`
        if bare is not None and paired is None and _period(tail, bare):
            bare = None  # `第3卷（1500-1800）`: the years a volume covers, no pages
        page = page or bare
        if page is not None:
            values["page"] = page.group(1)
            tail = tail[: page.start()] + " , " + tail[page.end() :]
        dated = re.search(date, tail)
        if dated is not None:
            values["issued"] = _date(dated)
            tail = tail[: dated.start()] + " , " + tail[dated.end() :]
        elif (year := _YEAR.search(tail)) is not None:
            values["issued"] = PartialDate(year=int(year.group()))
            tail = tail[: year.start()] + " , " + tail[year.end() :]
        lost: list[str] = []
        for piece in (p.strip(" .:：").strip(_BRACKETS) for p in _PIECES.split(tail)):
            if not piece or not any(c.isalnum() for c in piece):
                continue
            if any(c.isdigit() for c in piece) or _BRACKET_MARKS.search(piece):
                lost.append(piece)  # `第1版`, `第3条`, `载《…》`: no imprint's words
                continue
            _piece(piece, form, values, lost)
        return tuple(lost), _Tail(**values)  # type: ignore[arg-type]


def _period(tail: str, found: re.Match[str]) -> bool:
    """Whether a bare range is no pages: a bracketed span of years, or a range its own word
    follows (`18-19世纪`, `3-4月号`, `1937～38年`: centuries, months, years)."""
    years = all(len(n) == 4 for n in re.findall(r"\d+", found.group(1)))
    after = tail[found.end() :].lstrip()[:1]
    return (
        years
        or (tail[: found.start()].rstrip()[-1:] or " ") in "(（"
        or (bool(after) and after not in _CLOSING)
    )


def _piece(piece: str, form: _Form, values: dict[str, object], lost: list[str]) -> None:
    """Read one piece of the tail's imprint into `values`, or into `lost`."""
    kinds = form.kinds
    if any(piece.startswith(word) for word in form.repeats):
        lost.append(piece)  # `前掲`: the op. cit. word after a short form
        return
    people = _people(piece, form) if "translators" not in values else ((), (), ())
    if people[2] or people[1]:  # `田中誠・山本剛訳`, `半谷史郎監修`: the translators, the editors
        values["translators"], values["editors"] = people[2], people[1]
        return
    if any(w in piece for w in (*kinds["thesis"], *kinds["report"])) and "genre" not in values:
        values["genre"] = piece
    elif any(w in piece for w in kinds["conference"]) and "meeting" not in values:
        values["meeting"] = piece
    elif "publisher" not in values and (split := re.split(r"\s*[:：]\s*", piece, maxsplit=1)):
        if len(split) == 2 and all(split):
            values["place"], values["publisher"] = split
        elif not any(w in piece for w in kinds["newspaper"]) and len(piece) > 1:
            values["publisher"] = piece  # no `版` alone (`2019年版`: an edition's year)
        else:
            lost.append(piece)
    else:
        lost.append(piece)


@functools.cache
def _labels(key: str) -> str:
    """The labels every language writes before a volume's or an issue's number (`Vol.`, `No.`)."""
    return _alternation(_longest(tuple(w for w in shipped_words(key) if w[:1].isalpha())))


def _date(found: re.Match[str]) -> PartialDate:
    year, month, day = (int(g) if g else None for g in found.groups())
    assert year is not None
    return PartialDate(year=year, month=month, day=day if month else None)


def _kind(form: _Form, has_part: bool, container: str | None, read: _Tail) -> str:
    """The work's type by its brackets, its host's words and the tail's fields."""
    kinds = form.kinds
    host = container or ""
    numbered = bool(read.volume or read.issue)
    if container is not None:
        if any(w in host for w in kinds["newspaper"]):
            return "article-newspaper"
        if any(w in host for w in kinds["dictionary"]):
            return "entry-dictionary"
        if any(w in host for w in kinds["encyclopedia"]):
            return "entry-encyclopedia"
        if numbered:
            return "article-journal"
        if read.url and not read.publisher:
            return "webpage"
        return "chapter" if read.publisher else "article-journal"
    genre = read.genre or ""
    if any(w in genre for w in kinds["thesis"]):
        return "thesis"
    if any(w in genre for w in kinds["report"]):
        return "report"
    if has_part:
        if read.meeting:
            return "paper-conference"
        return "article-journal" if numbered else ("webpage" if read.url else "article")
    return "book"
