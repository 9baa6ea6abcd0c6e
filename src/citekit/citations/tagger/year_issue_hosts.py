"""A journal's name and numbers closing the title's run, as Hungarian and other Central
European notes write them with no label: the year and the issue after a slash (`Szilágyi
Eszter: Cím. Keletkutatás 2019/2. 33–52.`), or the volume, the bracketed year and the issue
(`Nagy Ferenc: Title. Acta Orientalia 74 (2021) 3. 401–423.`). When the model ran the title
over them, the title's last sentence before such numbers is the journal's name and the numbers
are its year, volume and issue."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["numbered_host_in_title", "year_closing_host"]

_MAX_HOST: Final = 10  # words of a journal's name at most
_MAX_NUMBER: Final = 4  # digits of a volume or an issue at most
_MAX_TAIL: Final = 5  # tokens of the numbers the model left out of the title's run at most
_TAIL: Final = frozenset({OTHER, "issued", "volume", "issue"})


def _number(text: str) -> bool:
    return text.isdecimal() and len(text) <= _MAX_NUMBER


def _numbers(tokens: list[Token], b: int) -> tuple[int, dict[str, int]] | None:
    """Where the numbers closing tokens ..`b` start and which token is which field: `YEAR /
    ISSUE` or `VOLUME ( YEAR ) ISSUE`; None when they are written otherwise."""
    if b < 4 or not _number(tokens[b - 1].text):
        return None
    texts = [t.text for t in tokens[b - 5 : b]] if b >= 5 else []
    if tokens[b - 2].text == "/" and is_year(tokens[b - 3].text):
        return b - 3, {"issued": b - 3, "issue": b - 1}
    bracketed = len(texts) == 5 and texts[1] == "(" and texts[3] == ")" and is_year(texts[2])
    if bracketed and _number(texts[0]) and not is_year(texts[0]):
        return b - 5, {"volume": b - 5, "issued": b - 3, "issue": b - 1}
    return None


def _host_start(tokens: list[Token], a: int, start: int) -> int | None:
    """The first word of the journal's name before token `start`: the word after the title's
    last sentence's period (no initial's, no ordinal's), its words capitalised or short."""
    for k in range(start - 1, a, -1):
        text = tokens[k].text
        if text == ".":
            before = tokens[k - 1].text
            ordinal = before.isdecimal() and not is_year(before)  # `2. Dünya`, not `1944.`
            if len(before) == 1 or ordinal or not tokens[k + 1].text[:1].isupper():
                return None  # an initial's or an ordinal's period, or a sentence in small words
            return k + 1 if 0 < start - k - 1 <= _MAX_HOST else None
        if not (text.isalpha() or text in "-&,'’"):
            return None
    return None


def numbered_host_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a journal's name and its unlabelled numbers closing the title's run read
    as the host's (see the module's doc), when the model read no host."""
    if any(label == "container-title" for label, _, _ in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        e = b  # the numbers may run on past the title's run (`2019` in it, `/2` out)
        while e < len(tokens) and e - b < _MAX_TAIL and tokens[e].text not in ".,":
            e += 1
        if e < len(tokens) and tokens[e].text not in ".,":
            return found
        if any(run[0] not in _TAIL for run in found[j + 1 :] if run[1] < e):
            return found
        b = e
        numbers = _numbers(tokens, b)
        if numbers is None:
            return found
        start, fields = numbers
        host = _host_start(tokens, a, start)
        if host is None or host - 1 <= a:
            return found
        out = painted(found, (OTHER, host - 1, host))
        out = painted(out, ("container-title", host, start))
        out = painted(out, (OTHER, start, b))
        for name, k in fields.items():
            out = painted(out, (name, k, k + 1))
        return out
    return found


def year_closing_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year the model read into a journal's name before its bracketed issue
    (the Unified Style's `Вопросы языкознания 2005(4). 78–93.`) out of the name: the year
    is the date (or none, when the work is dated already), the bracket's number the issue."""
    for label, a, b in found:
        if label != "container-title" or b - a < 2 or not is_year(tokens[b - 1].text):
            continue
        if b + 2 >= len(tokens) or tokens[b].text != "(" or not _number(tokens[b + 1].text):
            continue
        if tokens[b + 2].text != ")" or tokens[b].start != tokens[b - 1].end:
            continue  # `2005(4)`: the year glued to its issue's bracket
        dated = any(run[0] == "issued" for run in found)
        return painted(found, (OTHER if dated else "issued", b - 1, b))
    return found
