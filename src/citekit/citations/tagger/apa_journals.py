"""APA's journal after the title: `Author (Year). Title. Journal, 13(12), 502–505.` (or, with no
issue, `Journal, 16, 3–18.`). The title's
sentence ends at its period (or its own `?`/`!`), and the words from there to the comma before
`volume(issue)` name the journal. When the model found no host and ran the title on into the
journal's name, the title's last sentence end parts them."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token

__all__ = ["journal_after_title"]

_ENDS: Final = frozenset({".", "?", "!"})
_HOSTS: Final = frozenset({"container-title", "publisher", "collection-title"})
_NUMBERS: Final = frozenset({"volume", "issue"})
_NAME_MAX: Final = 16  # tokens of a journal's name at most


def _dated(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether the title's run `j` follows APA's `(Year).`: a date run closed by `).`, or by
    `)` alone (the Scopus references of Russian and Central Asian journals: `Pianciola N.
    (2004) Famine in the steppe.`)."""
    a = found[j][1]
    if j < 2 or found[j - 2][0] != "issued" or found[j - 1][0] != OTHER or a < 2:
        return False
    if tokens[a - 1].text == ")":
        return True
    return tokens[a - 1].text == "." and tokens[a - 2].text == ")"


def _issued_or_paged(tokens: list[Token], found: list[Run], v: int) -> bool:
    """Whether the volume run `v` has its bracketed issue (`13(12)`) or an issue after it (`vol.
    45, no 1–2`) or, with no issue, the article's pages closing the note (`16, 3–18.`)."""
    b = found[v][2]
    if b < len(tokens) and tokens[b].text == "(":
        return True
    if v + 2 < len(found) and found[v + 2][0] == "issue":
        return True  # `vol. 45, no 1–2`: the issue after its word
    rest = found[v + 1 :]
    return (
        len(rest) >= 2
        and rest[0][0] == OTHER
        and [t.text for t in tokens[rest[0][1] : rest[0][2]]] == [","]
        and rest[1][0] == "page"
        and all(run[0] == OTHER for run in rest[2:])
        and all(t.text == "." for t in tokens[rest[1][2] :])
    )


def journal_after_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the journal an APA title's run took in given to the host."""
    if any(run[0] in _HOSTS for run in found):
        return found  # the model found a host (the common case)
    for j in range(2, len(found) - 2):
        label, a, b = found[j]
        if label != "title" or not _dated(tokens, found, j):
            continue
        gap, number = found[j + 1], found[j + 2]
        comma = gap[2] - 1
        if number[0] == "page" and _paper_page(tokens, marks, found, j):
            comma = gap[1]  # `Title. Radikal, s. 8.`: a paper's page after its name
        elif number[0] == "volume" and _worded_volume(tokens, marks, gap):
            comma = gap[1]  # `Title. Cahiers du Monde russe, vol. 45, no 1–2`
        elif gap[0] != OTHER or number[0] not in _NUMBERS or tokens[comma].text != ",":
            return found
        if number[0] == "volume" and not _issued_or_paged(tokens, found, j + 2):
            return found  # `, 13(12)` or `, 16, 3–18.`: the volume, its issue or its pages
        if any(t.text in ",;:" for t in tokens[gap[1] : comma]):
            return found
        cut = next(
            (
                k
                for k in range(b - 2, a, -1)
                if tokens[k].text in _ENDS and tokens[k + 1].text[:1].isupper()
            ),
            None,
        )
        if cut is None or comma - (cut + 1) > _NAME_MAX:
            return found
        if (
            tokens[cut].text == "."
            and len(tokens[cut - 1].text) == 1
            and tokens[cut - 1].text.isalpha()
            and not tokens[cut - 2].text.isdigit()
        ):
            return found  # an initial's period (`J. Smith`), no sentence's end (`1990s.`)
        if tokens[cut].text == ".":
            out = painted(painted(found, (label, a, cut)), (OTHER, cut, cut + 1))
        else:
            out = painted(found, (label, a, cut + 1))  # `What happened?`: the title's own mark
        return painted(out, ("container-title", cut + 1, comma))
    return found


def _worded_volume(tokens: list[Token], marks: list[set[str]], gap: Run) -> bool:
    """Whether the run `gap` before a volume is a comma and a volume's word of the language
    files with its period (`, vol. 45`, `, Vol. 45`)."""
    texts = [t.text for t in tokens[gap[1] : gap[2]]]
    return (
        gap[0] == OTHER
        and len(texts) == 3
        and texts[0] == ","
        and "Bvolume" in marks[gap[1] + 1]
        and texts[2] == "."
    )


def _paper_page(tokens: list[Token], marks: list[set[str]], found: list[Run], j: int) -> bool:
    """Whether the title's run `j` is followed by a comma, a page's label word and its period
    and the page that closes the note, in a reference dated to the day (APA's newspaper:
    `(2008, 2 Eylül). Title. Radikal, s. 8.`, `(2008, September 2). … Paper, p. 8.`)."""
    gap, page = found[j + 1], found[j + 2]
    texts = [t.text for t in tokens[gap[1] : gap[2]]]
    if gap[0] != OTHER or len(texts) != 3 or texts[0] != "," or texts[2] != ".":
        return False
    if "Bpage" not in marks[gap[1] + 1]:
        return False  # `s.`, `p.`: a page's word of the language files
    if any(run[0] != OTHER for run in found[j + 3 :]) or not all(
        t.text == "." for t in tokens[page[2] :]
    ):
        return False
    _, a, b = found[j - 2]
    return sum(t.text.isdigit() for t in tokens[a:b]) == 2 and b - a >= 3  # year and day
