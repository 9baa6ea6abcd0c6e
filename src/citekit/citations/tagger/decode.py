"""Token labels back into a `Citation`: runs of one label become fields, names are split,
dates read through `citekit.dates`, label words stripped from volume, issue and pages."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from typing import Final

from attrs import evolve

from citekit._text import roman_latin
from citekit.citations.names import (
    direct_pairs,
    to_name,
)
from citekit.citations.structure import Exact
from citekit.citations.tagger.abbreviated_places import city_abbreviation
from citekit.citations.tagger.abbreviations import dotted_abbreviations, may_hold_dotted
from citekit.citations.tagger.acts import dating_word
from citekit.citations.tagger.align import OTHER, ROMAN, Run, labels_at
from citekit.citations.tagger.apostrophes import apostrophe_names
from citekit.citations.tagger.bare_numbers import issue_words
from citekit.citations.tagger.bracketed_givens import bracketed_givens
from citekit.citations.tagger.calendar_twins import gregorian_twin
from citekit.citations.tagger.closing_abbreviations import (
    abbreviated_genre,
    abbreviated_host_end,
    closing_abbreviation,
    company_closing,
)
from citekit.citations.tagger.content import without_kind, without_medium
from citekit.citations.tagger.decoded_names import family_before, run_names, unpunctuated
from citekit.citations.tagger.edited_hosts import editors_before_host
from citekit.citations.tagger.edition_tails import edition_after_title
from citekit.citations.tagger.editions import abbreviated_kind, number_and_kind
from citekit.citations.tagger.elided_names import elided_inverted
from citekit.citations.tagger.ellipses import closing_ellipsis
from citekit.citations.tagger.entry_numbers import entry_number
from citekit.citations.tagger.et_al_heads import et_al_head
from citekit.citations.tagger.father_words import father_word_names
from citekit.citations.tagger.features import token_marks
from citekit.citations.tagger.forms import bracketed_numbers, covered_years
from citekit.citations.tagger.generations import generation_suffix
from citekit.citations.tagger.glued_issues import glued_issue
from citekit.citations.tagger.heads import name_head
from citekit.citations.tagger.identifiers import database_numbers
from citekit.citations.tagger.inflected_names import inflected_names
from citekit.citations.tagger.initialled import initialled_coauthor
from citekit.citations.tagger.inner_years import (
    reprint_clauses,
    reprinted,
    without_reprint_word,
    worded_year,
    years_in_titles,
)
from citekit.citations.tagger.inverted_list import inverted_coauthors
from citekit.citations.tagger.inverted_roles import dashed_names, role_after_inverted_name
from citekit.citations.tagger.issue_after_year import issue_after_year
from citekit.citations.tagger.law_review_forms import law_review_forms
from citekit.citations.tagger.manuscript_parts import glued_side
from citekit.citations.tagger.mended_runs import mended_runs
from citekit.citations.tagger.named_roles import names_after_slash
from citekit.citations.tagger.parts import book_part
from citekit.citations.tagger.publ import publ_word
from citekit.citations.tagger.publishers import quoted_publisher
from citekit.citations.tagger.quotes import (
    quote_after_period,
    single_quote_closed,
    without_inner_comma,
)
from citekit.citations.tagger.repeats import distinct
from citekit.citations.tagger.role_chains import chained_roles
from citekit.citations.tagger.runs import emphasised_titles
from citekit.citations.tagger.title_roles import role_word_after_title
from citekit.citations.tagger.titled_initials import initials_opening_titles
from citekit.citations.tagger.tokens import Token, period_glued
from citekit.citations.tagger.undated_access import undated_address_end
from citekit.citations.tagger.values import (
    CLOSERS,
    PAIRS,
    SPACES,
    balanced,
    clean,
    marked_language,
    unmarked,
)
from citekit.citations.tagger.worded_dates import season_at
from citekit.citations.tagger.year_titles import bracketed_original
from citekit.dates import read_date
from citekit.languages import country_names
from citekit.model import Name, PartialDate

__all__ = ["Fields", "decode", "marked_language"]

Fields = dict[str, object]
_WORD: Final = re.compile(r"[^\W\d_]")
_YEAR: Final = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_DOTTED_CLOSE: Final = re.compile(
    r"(?:^|[\s,])(?:[A-Z]\.)+[A-Z]$"
)  # `Washington, D.C`: its initials


def _glued_period(tokens: list[Token], b: int) -> bool:
    """Whether a period glued to the run that ends at token `b` closes it (in it or after it)."""
    if tokens[b - 1].text == ".":
        return True
    return period_glued(tokens, b - 1)


_NUMBER: Final = re.compile(r"[\dIVXLCMivxlcm]+(?:.*[\dIVXLCMivxlcm])?", re.DOTALL)
# label words that may open or close a numeric field's run
_LABEL_KEYS: Final = frozenset({"page", "volume", "issue", "edition", "extent", "year"})
_LEADING: Final = frozenset({"volume", "issue"})  # label words that may open a work's run
_WORKS: Final = frozenset({"title", "container-title", "collection-title"})
_SHORT_PLACE: Final = 3  # letters of a place written short ("L.", "Спб.")


def _with_own_quotes(tokens: list[Token], text: str, a: int, b: int) -> tuple[int, int]:
    """Widen a run by the quote mark just outside it that closes (or opens) one inside it
    ("Научный журнал «Вестник НАН РК»" whose last » the model left out)."""
    inner = text[tokens[a].start : tokens[b - 1].end]
    while b < len(tokens) and tokens[b].text in CLOSERS:  # `«“Örneği”»`: each that closes
        opener = CLOSERS[tokens[b].text]
        if opener not in inner or balanced(inner, opener):
            break
        b += 1
        inner = text[tokens[a].start : tokens[b - 1].end]
    if a > 0 and tokens[a - 1].text in PAIRS:
        opener = tokens[a - 1].text
        if PAIRS[opener] in inner and not balanced(inner, opener):
            a -= 1
    # "Nedir?": a question or exclamation mark glued to a field's last word is the field's,
    # and so is an ellipsis ("КПСС в резолюциях…": a title cut short)
    glued = b < len(tokens) and tokens[b].start == tokens[b - 1].end
    if glued and (tokens[b].text in "?!…" or _soft_sign_after(tokens, text, a, b)):
        b += 1
    return a, b


def _soft_sign_after(tokens: list[Token], text: str, a: int, b: int) -> bool:
    """Whether the apostrophe at token `b`, glued to the run's last Latin word, is its
    transliterated soft sign (`Svet i ten'. Moscow`): no quote of its kind opens in the run or
    right before it and no letter follows (`clean` keeps it: `values._soft_sign`)."""
    mark = tokens[b].text
    if mark not in "'’" or not (tokens[b - 1].text.isascii() and tokens[b - 1].text.isalpha()):
        return False
    if b + 1 < len(tokens) and tokens[b + 1].text.isalnum():
        return False
    opener = "‘" if mark == "’" else "'"
    return opener not in text[tokens[a - 1].start if a else 0 : tokens[b - 1].end]


def _number(tokens: list[Token], marks: list[set[str]], text: str, a: int, b: int) -> str:
    """A numeric field's value without its label words ("Т. 3" -> "3", "3-е изд." -> "3-е")."""
    while a < b and (marks[a] & _LABEL_KEYS or not tokens[a].text.isalnum()):
        a += 1
    while b > a and (marks[b - 1] & _LABEL_KEYS or not tokens[b - 1].text.isalnum()):
        b -= 1
    if a >= b:
        return ""
    return SPACES.sub(" ", text[tokens[a].start : tokens[b - 1].end])


def _lead_number(
    tokens: list[Token], marks: list[set[str]], a: int, b: int
) -> tuple[str, str, int] | None:
    """A volume or issue that opens a work's run ("Т. 2. «Сөз өнері»", `Том V. Лексика`, the
    volume of a multi-volume work before its own title): its label, its number and where the
    run goes on."""
    keys = marks[a] & _LEADING
    i = a + 1
    while i < b and tokens[i].text == ".":
        i += 1
    if not keys or i >= b:
        return None
    number = tokens[i].text
    # a Roman volume (`Том V. Лексика …`) closes with its period, as an Arabic one may not
    # (and stands apart from its word: `T.C. Dışişleri` is a state's initials)
    roman = (
        set(number) <= ROMAN  # a token is never empty
        and tokens[i].start > tokens[i - 1].end
        and i + 1 < b
        and tokens[i + 1].text == "."
    )
    if not (number.isdigit() or roman):
        return None
    after = i + 1
    while after < b and not tokens[after].text.isalnum() and tokens[after].text not in PAIRS:
        after += 1
    return min(keys), tokens[i].text, after


def _short_place(tokens: list[Token], marks: list[set[str]], b: int) -> bool:
    """Whether token `b`, after a place's run, is the glued period of its abbreviation: a place
    of the lexicon ("М.", "СПб.") or a short capitalised word before the publisher's colon
    or the year's comma ("L.: T&T Clark", "N.Y.: Knopf")."""
    if tokens[b].text != "." or tokens[b].start != tokens[b - 1].end:
        return False
    if "places" in marks[b]:
        return True
    word = tokens[b - 1].text
    if b >= 2 and tokens[b - 2].text == "," and f"{word}.".casefold() in country_names():
        return True  # a state's abbreviation after its city: "Cambridge, Mass.", "Ont."
    short = len(word) <= _SHORT_PLACE and word.isalpha() and word[0].isupper()
    short = short or city_abbreviation(word)  # `Cambr.: …`
    return short and b + 1 < len(tokens) and tokens[b + 1].text in ":,"


def _in_exact(exact: Exact, offset: int, only: str = "") -> bool:
    """Whether `offset` falls inside a span the exact rules found (of the field `only`)."""
    return any(s <= offset < e and only in ("", name) for s, e, name in exact.spans)


def _after_word(tokens: list[Token], owner: Sequence[str], a: int) -> bool:
    """Whether the run at `a` follows a word that is no field's, over marks only: an access
    date's label ("Процитовано", "[cited", "Date of Accession:"), whatever its language."""
    k = a - 1
    while k >= 0 and not tokens[k].text[0].isalnum():
        k -= 1
    return (
        k >= 0
        and owner[k] == OTHER
        and _WORD.match(tokens[k].text) is not None
        and not dating_word(tokens[k].text)  # `(ред. от 04.08.2023)`: a revision's date
        and tokens[k].text not in issue_words()  # `No: 2015/12, 12 Mart 2015`: a number's label
    )


_PLACES: Final = frozenset({"cities", "places"})  # the lexicon's marks of a place's name


def one_years_pieces(dates: list[str]) -> list[str]:
    """`dates`, read as one date's pieces (`2018` … `13 August`), unless two of them name
    other years: then they are two dates, not one, and the most precise of them is the work's
    (`V116/2010` … `19 December 2013`: the day's), the first among equals."""
    years = {m.group(1) for d in dates for m in _YEAR.finditer(d)}
    if len(years) < 2 or sum(1 for d in dates if _YEAR.search(d)) < 2:
        return dates
    read = [(d, read_date(d).date) for d in dates if _YEAR.search(d)]
    whole = [(d, when) for d, when in read if when is not None]
    if not whole:
        return dates
    best = max(whole, key=lambda pair: (pair[1].day is not None, pair[1].month is not None))
    return [best[0]] if best[1].month is not None else dates


def decode(
    text: str,
    tokens: list[Token],
    labels: Sequence[str],
    exact: Exact,
    marks: list[set[str]] | None = None,
    starts: Set[int] = frozenset(),
    seen: list[Run] | None = None,
) -> Fields:
    """The fields the labels give; exact rules' values win over the model's. `marks` are the
    lexicon's marks of the tokens, when already computed; `starts` the tokens that start a new
    name inside a run of names; `seen`, when given, gets the mended runs the values are read
    from."""
    if marks is None:
        marks = token_marks(tokens)
    out: Fields = {}
    names: dict[str, list[Name]] = {"author": [], "editor": [], "translator": []}
    twins: set[str] = set()  # roles one run names twice: `Shaw and Shaw`, two persons
    dates: list[str] = []
    seasons: dict[str, int] = {}
    originals: list[str] = []  # … of them, a reprinted original's ("reprint of the 1899 ed.")
    firsts: list[str] = []  # … of those, a first edition's by its words ("1. bs. 1993")
    unlabelled: list[str] = []  # dates the model called access dates with no access label
    worded: list[str] = []  # … after a word of no field: a label the lexicon lacks ("cited")
    labels = database_numbers(tokens, entry_number(tokens, labels))  # `EDN: ABCDEF`, `PMID`
    labels = covered_years(tokens, bracketed_numbers(tokens, labels))
    labels = issue_after_year(tokens, labels)  # `Turkic Languages 12 (2008) 2: 155–170`
    labels = law_review_forms(tokens, marks, labels)  # `‘Title’ (2019) 68 ICLQ 811, 829`
    labels = edition_after_title(tokens, marks, labels)  # `Title, Part, 27. Bası (İstanbul: …`
    labels = glued_issue(tokens, labels)  # `(2018). Title. Journal, 282(1801), 20142155.`
    labels = reprint_clauses(tokens, years_in_titles(tokens, marks, labels))
    if may_hold_dotted(text):
        labels = dotted_abbreviations(tokens, labels)  # `U.R.S.S.`: one word
    labels = worded_year(tokens, marks, labels)  # `СЗ СССР, 1923 г., № 81`
    labels = name_head(tokens, marks, emphasised_titles(tokens, labels))
    labels = dashed_names(tokens, role_after_inverted_name(tokens, marks, labels))
    if exact.legal.archive_location is None:  # a file's heading names a document, no author
        labels = bracketed_givens(tokens, text, marks, labels)  # `Roux (Pierre), « … », dans`
    labels = quoted_publisher(tokens, marks, labels)  # `Алматы: “Санат”, 1997`
    labels = editors_before_host(tokens, marks, labels)  # `In Sinor, Denis (ed.). Book.`
    labels = publ_word(tokens, quoted_publisher(tokens, marks, labels))  # `Алматы: “Санат”, 1997`
    labels = initialled_coauthor(tokens, labels)  # `Ф. Р. Бабко, Б. С. Дерегус-Бабенко Образ`
    labels = apostrophe_names(tokens, labels)  # `Bartol'd V. V. Sochineniia.`
    labels = inflected_names(tokens, marks, labels)  # `Cumhuriyet’in İlk Yılı`: a title's word
    labels = father_word_names(tokens, labels)  # `Əliyeva Səbinə Rafiq qızı. Title`
    labels = et_al_head(tokens, labels)  # `Ahmet Yaşar Ocak vd., Title`: the first author
    labels = initials_opening_titles(tokens, marks, labels)  # `Е. С. Сидорова Л. Н. Гумилёв и …`
    labels = elided_inverted(tokens, labels)  # `Carrère d’Encausse, Hélène, L’Empire éclaté`
    labels = inverted_coauthors(tokens, labels)  # `Kuz’min, S. L., Vasil’yev, A. D. Istoriya`
    labels = generation_suffix(text, tokens, labels)  # `King, Martin Luther, Jr. Title`
    labels = names_after_slash(text, tokens, marks, labels)  # `Title / бас ред. Б. Аяған. –`
    labels = role_word_after_title(tokens, marks, labels)  # `Title, trans. Norman Itzkowitz`
    person: tuple[str, int, int] | None = None  # the last run of a person's names
    mended = mended_runs(text, tokens, marks, labels, exact)
    if seen is not None:
        seen.extend(mended)
    volumes = {label for label, _, _ in mended if label in _LEADING}
    address_end = undated_address_end(text, mended)  # `(t.y.). Title. https://… 12 Mart 2023`
    last: tuple[str, int, int] = (OTHER, 0, 0)  # the last field's run
    book = False  # whether the note's part is a book of a work in books (`Кн. 3`)
    owner: list[str] = []  # each token's label in `mended`, filled when an access date asks
    pages_end = -1  # where the page's last run ended: `45–52, 117–19` goes on past its comma
    for label, a, b in mended:
        if label == OTHER:
            continue
        if (
            label == "publisher" == last[0]
            and text[tokens[last[2] - 1].end : tokens[a].start].strip() in ",;"
        ):
            a = last[1]  # `Aşgabat: Ministrligi, Neşiryaty`: one place, publishers together
            out.pop(label, None)
        last = (label, a, b)
        a, b = _with_own_quotes(tokens, text, a, b)
        lead = _lead_number(tokens, marks, a, b) if label in _WORKS else None
        if lead is not None and (lead[0] in volumes or (a > 0 and tokens[a - 1].text in PAIRS)):
            lead = None  # the note's volume is elsewhere, or the number is inside the quotes
        if lead is not None:
            key, number, a = lead
            out.setdefault(key, number)
            if a >= b:
                continue
        if label == "publisher-place" and b < len(tokens) and _short_place(tokens, marks, b):
            b += 1  # "М" + ".", "L" + "." before ": Publisher"
        raw = text[tokens[a].start : tokens[b - 1].end]
        if label in names:
            written = run_names(tokens, marks, text, a, b, starts)
            if _twin(tokens, marks, person, (label, a, b), names[label], written):
                twins.add(label)  # `Shaw and Shaw`: a family named twice, two persons
            if family_before(tokens, names[label], person, label, a, written):
                # `Турова, Ангелина Макаровна, and …` whose comma the model left out: the
                # first name of a list is inverted, its given names after the comma
                before = names[label].pop()
                family = before.literal or before.written
                names[label].append(to_name(f"{family}, {written.pop(0)}"))
            for key in chained_roles(tokens, marks, a, label):  # `Haz. ve çev. X`: both
                names[key].extend(to_name(n) for n in written)
            person = (label, a, b)
        elif label == "issued":
            if _in_exact(exact, tokens[a].start, "archive_location"):
                continue  # `F. 1638, Sp. 4`: a shelf mark's numbers are no year
            if address_end is not None and a >= address_end:
                worded.append(raw)  # an undated work's date after its URL: the access date
                continue
            if b - a == 1 and not any(c.isdigit() for c in raw) and _PLACES & marks[a]:
                continue  # `Казан. (Приволж.) федер. ун-т`: a city's name, no month's (`қазан`)
            dates.append(raw)
            if (season := season_at(tokens, a)) is not None:
                seasons.setdefault(raw, season)  # `(Spring 2019)`: the issue's season
            if bracketed_original(tokens, a, b):  # `[1867] 1990`: the original's year
                originals.append(raw)
                firsts.append(raw)
            elif reprinted(tokens, a, b):
                originals.append(raw)
                if reprinted(tokens, a, b, "first_published"):
                    firsts.append(raw)
        elif label == "accessed" and not _in_exact(exact, tokens[a].start):
            if not owner:
                owner = labels_at(mended, len(tokens))
            after = _after_word(tokens, owner, a) or (address_end is not None and a >= address_end)
            (worded if after else unlabelled).append(raw)
        elif label == "part-number":
            out.setdefault(label, tokens[b - 1].text)  # `ч. 1` -> "1"
            book = book or book_part(tokens, a)
        elif label in ("volume", "issue", "number-of-pages", "edition", "page"):
            if label == "issue" and _in_exact(exact, tokens[a].start, "number"):
                continue  # `№307 Заңы` as `№ 307 Заңы`: a law's own number, no issue
            if label == "volume" and _in_exact(exact, tokens[a].start, "archive_location"):
                continue  # `1710-қ., 9-т., 2902-іс`: an inventory's number (тізбе), no volume
            value = _number(tokens, marks, text, a, b)
            if label == "number-of-pages" and tokens[a].text == "[" and value[:1].isdigit():
                value = "[" + value  # GOST's unnumbered pages first: `[4], 320 с.`
            if label == "number-of-pages" and tokens[b - 1].text == "]" and "[" in value:
                value = value.rstrip("]") + "]"  # … or last: `320, [4] с.`
            if label == "edition" and (not value or number_and_kind(tokens, a, b)):
                value = clean(raw)  # `(Rev. ed.)`, `2nd rev.`: its kind's words (`editions.py`)
            if label == "edition":
                value = abbreviated_kind(tokens, b, value)  # `Rev.`, its period its own
            if label == "page" and (side := glued_side(tokens, b)) and value[-1:].isdecimal():
                value += side  # a leaf's side: `fol. 213b`
            if label != "edition" and not _NUMBER.search(roman_latin(value)):  # `ІІ том`
                continue  # `[гл. ред. И. С.] Иванов`: a number's run with no number is no field
            if (
                label == "page"
                and "page" in out
                and [t.text for t in tokens[pages_end:a]] == [","]
                and all(t.text.isdecimal() or t.text in "-–—" for t in tokens[a:b])
            ):
                out[label] = f"{out[label]}, {value}"  # Chicago's `45–52, 117–19`: both cited
                pages_end = b
            elif value and label not in out:
                out[label] = value
                pages_end = b if label == "page" else pages_end
        elif label not in out and label != "accessed":
            value = clean(raw)
            if label == "publisher-place":
                value = value.lstrip("-–— ")  # GOST's `. -Алматы:`: the dash is the area's
                value = without_reprint_word(value)  # Chicago's `1899. Reprint, London: …`
            close = b - 1  # the run's last token before a comma it took in (`СПб . ,`)
            while label == "publisher-place" and close > a and tokens[close].text == ",":
                close -= 1
            short = label == "publisher-place" and _short_place(tokens, marks, close)
            if (
                label == "publisher-place"
                and _DOTTED_CLOSE.search(value)
                and _glued_period(tokens, b)
            ):
                value += "."  # `Washington, D.C.`: the initials' last period
            elif value and tokens[close].text == "." and ("places" in marks[close] or short):
                value += "."  # an abbreviated place keeps its period ("М.", "СПб.", "L.")
            if label == "genre" and abbreviated_genre(tokens, value, b):
                value += "."  # `PhD diss.`: the abbreviation's period
            if label == "publisher" and company_closing(tokens, value, b):
                value += "."  # `Luzac and Co.`: the company's abbreviation keeps its period
            if label in _WORKS:
                value = without_medium(unmarked(value))  # `(рус.)`, `[Электронный ресурс]`
                value = without_inner_comma(value)  # `the ‘Tulip Revolution,’”`
                value = single_quote_closed(tokens, value, a, b)  # `‘… vneshnei politiki’ [`
                if label == "container-title":
                    value = without_kind(value)  # `Правда : газета`: the paper's kind
                if closing_abbreviation(tokens, value, b):
                    value += "."  # "в 1980-е гг.": the period is the abbreviation's
                elif label == "container-title" and abbreviated_host_end(tokens, value, b):
                    value += "."  # `Appl. Sci., vol. 13`: the comma parts the fields
                elif closing_ellipsis(tokens, value, b):
                    value += "..."  # `Політична еліта, енергетика... С. 261`: cut short
                value += quote_after_period(tokens, value, b)  # `State and “Tribalism.”`
            if value:
                out[label] = value
    if book and "part-number" in out and "volume" not in out and "issue" not in out:
        out["volume"] = out.pop("part-number")  # `Сочинения. Кн. 2. М.`: a book alone
    for role, found in names.items():
        listed = len(found) > 1  # one name has nothing to pair, repeat or unpunctuate
        if listed and role not in twins:
            out[role] = unpunctuated(distinct(direct_pairs(found)))
        else:
            out[role] = tuple(found)
    # a mark in square brackets follows a title given in translation (`Kazakh ancestral laws
    # … [in Kazakh]`): the record's language stays the title's as written
    if (marked := marked_language(text, square=False)) is not None:
        out["language"] = marked
    if worded and (when := read_date(worded[0]).date) is not None:
        out["accessed"] = when
    if not dates and unlabelled:
        dates = unlabelled[:1]  # only a label makes a date the access date; else it is the work's
    if originals and len(originals) < len(dates):
        dates = [d for d in dates if d not in originals]  # the work's date is the other
        if firsts and (first := read_date(firsts[0]).date) is not None:
            out["original-date"] = first  # `(Original work published 1905)`: CSL's variable
    if dates:
        dates = gregorian_twin(dates)  # `5 Kânunuevvel 1324 [18 December 1908]`: the latter
        dates = one_years_pieces(dates)  # `No. V116/2010, Award, 19 December 2013`: two dates
        joined = " ".join(dates)
        issued: PartialDate | None = read_date(joined).date
        if issued is None and (year := _YEAR.search(joined)) is not None:
            issued = PartialDate(int(year.group(1)))
        if issued is not None and issued.month is None and dates[0] in seasons:
            issued = evolve(issued, season=seasons[dates[0]])
        out["issued"] = issued
    exact_values: tuple[tuple[str, str | None], ...] = (
        ("URL", exact.url),
        ("DOI", exact.doi),
        ("ISBN", exact.isbn),
    )
    for key, rule_value in exact_values:
        if rule_value is not None:
            out[key] = rule_value
        elif key == "URL":
            out.pop(key, None)  # an address is only what the rule finds
    return out


def _twin(
    tokens: list[Token],
    marks: list[set[str]],
    before: Run | None,
    run: Run,
    found: list[Name],
    written: list[str],
) -> bool:
    """Whether a run of one bare family follows the same family, of the same role, across a
    joining word alone (`Shaw and Shaw`): spouses or siblings, not a name repeated."""
    if before is None or before[0] != run[0] or len(written) != 1 or not found:
        return False
    last = found[-1]
    if (last.literal or last.family) != written[0] or " " in written[0]:
        return False
    between = range(before[2], run[1])
    return len(between) == 1 and bool(marks[before[2]] & {"and"})
