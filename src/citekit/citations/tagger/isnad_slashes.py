"""A single slash between two numbers, as İSNAD and the hand-written Turkish notes write a
journal's volume and issue (`Tarih ve Toplum 12/68 (Ağustos 1989)`, DergiPark's spaced
`Çalışma ve Toplum 4 / 67 (Aralık 2020)`, `Bilig / 93 (Nisan 2020)`) or a book's volume and
pages (`(İstanbul: TDV Yayınları, 2011), 40/1-10.`): the numbers are read as it writes them,
whatever runs the model split them into. A single slash is never half of GOST's `//`."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import SHORT_DASHES, Token

__all__ = ["issue_after_slash", "single_slash", "slashed_numbers"]

_YEAR_DIGITS: Final = 4


def single_slash(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is a single slash, not half of GOST's `//`."""
    double = (i > 0 and tokens[i - 1].text == "/") or (
        i + 1 < len(tokens) and tokens[i + 1].text == "/"
    )
    return tokens[i].text == "/" and not double


def issue_after_slash(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a lone volume written after a single slash that follows the host's name
    read as the issue: İSNAD writes `Journal Volume / Issue`, and with no volume
    `Bilig / 93 (Nisan 2020)`."""
    labels = [run[0] for run in found]
    if labels.count("volume") != 1 or "issue" in labels:
        return list(found)
    j = labels.index("volume")
    _, a, b = found[j]
    if b - a != 1 or a < 2 or not single_slash(tokens, a - 1) or not tokens[a].text.isdecimal():
        return list(found)
    host = next((run for run in found if run[0] == "container-title" and run[2] == a - 1), None)
    if host is None or tokens[a - 2].text.isdecimal():
        return list(found)
    return [*found[:j], ("issue", a, b), *found[j + 1 :]]


def slashed_numbers(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with İSNAD's two numbers about a slash read as it writes them: a journal's
    `Tarih ve Toplum 12/68 (Ağustos 1989)` volume and issue (the host's run took the volume
    in), a journal's `59/42, 1967, s. 152-175` volume and issue beside its pages, and a book's
    `(İstanbul: TDV Yayınları, 2011), 40/1-10.` volume and pages at the note's end (the model
    called the pages an issue, or nothing); the journal's numbers may follow its year, no comma
    between (`Tarih İncelemeleri Dergisi 2010 25/1 s.155-170`)."""
    labels = [run[0] for run in found]
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if b >= len(tokens) or tokens[b].text != "/" or not single_slash(tokens, b):
            continue
        glued = tokens[b - 1].end == tokens[b].start
        # DergiPark's İSNAD export spaces the slash: `Çalışma ve Toplum 4 / 67 (Aralık 2020)`
        spaced = _evenly_spaced(tokens, b)
        if not (glued or spaced) or not tokens[b - 1].text.isdecimal() or j + 1 >= len(found):
            continue
        after = found[j + 1]
        if label == "container-title" and b - a > 1 and "volume" not in labels:
            if after[0] == OTHER and after[2] == b + 1 and j + 2 < len(found):
                after = found[j + 2]
            if after[0] == "issue" and after[1] == b + 1:
                return [*out[:j], (label, a, b - 1), ("volume", b - 1, b), *out[j + 1 :]]
            if "issue" not in labels and _bracketed_after(tokens, b + 1):
                # `Toplumsal Tarih 12/70 (Ekim 1999)`: the issue, read as no field
                out = [*out[:j], (label, a, b - 1), ("volume", b - 1, b), *out[j + 1 :]]
                return painted(out, ("issue", b + 1, b + 2))
        # … after the host's comma, or after the issue's year (`Dergisi 2010 25/1 s.155-170`)
        prior = tokens[a - 1].text if a >= 1 else ""
        unlabelled = glued and (prior == "," or (prior.isdecimal() and len(prior) == _YEAR_DIGITS))
        if label == "volume" and unlabelled and "page" in labels and "issue" not in labels:
            # `Karadeniz Araştırmaları, 59/42, 1967, s. 152-175`: with the pages elsewhere, the
            # number glued after the volume's slash is the issue
            end = b + 1
            while end < len(tokens) and tokens[end].start == tokens[end - 1].end:
                if not (tokens[end].text.isdecimal() or tokens[end].text in SHORT_DASHES):
                    break
                end += 1
            numbers = [t.text for t in tokens[b + 1 : end]]
            short = bool(numbers) and len(numbers[0]) < _YEAR_DIGITS
            free = all(run[0] == OTHER for run in out if run[1] < end and run[2] > b + 1)
            if short and free and numbers[0].isdecimal() and numbers[-1].isdecimal():
                return painted(out, ("issue", b + 1, end))  # no page's: `, 2011), 40/1-10.`
        if label == "volume" and "page" not in labels and unlabelled:
            end = b + 1
            while end < len(tokens) and (
                tokens[end].text.isdecimal() or tokens[end].text in SHORT_DASHES
            ):
                end += 1
            if end > b + 1 and _closing(tokens, end):
                return painted(out, ("page", b + 1, end))
    return out


def _closing(tokens: list[Token], end: int) -> bool:
    """Whether the tokens from `end` close the note: marks alone, or a bracket after the pages
    and marks (`12/301 (nr. 7412).`: a hadith's number)."""
    rest = [t.text for t in tokens[end:]]
    if rest[:1] == ["("] and ")" in rest:
        rest = rest[rest.index(")") + 1 :]
    return all(t in ".;" for t in rest)


def _bracketed_after(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is a number glued to the slash before it (or spaced as the number
    before it is) and a bracket follows it (İSNAD's `12/70 (Ekim 1999)`)."""
    if i + 1 >= len(tokens) or not tokens[i].text.isdecimal():
        return False
    glued = tokens[i - 1].end == tokens[i].start or _evenly_spaced(tokens, i - 1)
    return glued and tokens[i + 1].text == "("


def _evenly_spaced(tokens: list[Token], i: int) -> bool:
    """Whether the slash at token `i` stands between two numbers with a space on each side
    (`4 / 67`): one pair of numbers, as glued ones are."""
    if i < 1 or i + 1 >= len(tokens) or not tokens[i + 1].text.isdecimal():
        return False
    left, right = tokens[i].start - tokens[i - 1].end, tokens[i + 1].start - tokens[i].end
    return left == right == 1 and tokens[i - 1].text.isdecimal()
