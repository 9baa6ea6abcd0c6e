"""The romanised reference lists Russian and Central Asian journals print beside their own
(`Sadvakasov M.E. Kazakhskoe khanstvo … [The Kazakh Khanate …]. Istoriia Kazakhstana …
[History of Kazakhstan …]. Ed. by B.T. Zhanaev. Almaty: Atamura, 2010, vol. 2, pp. 214-256.`)
follow each romanised name with its English translation in square brackets. A second title
run after the title's bracketed translation and its period is the host's name, which the model
read as a second title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["date_in_translation", "host_after_translation", "host_without_translation"]

_MIN_WORDS: Final = 2  # words in the bracket at least: a translation, no mark (`[Internet]`)


def _translation(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a bracketed phrase of words and a period (`[Title] .`)."""
    if b - a < _MIN_WORDS + 3 or tokens[a].text != "[" or tokens[b - 1].text != ".":
        return False
    if tokens[b - 2].text != "]":
        return False
    inside = tokens[a + 1 : b - 2]
    if any(t.text in "[]" for t in inside):
        return False
    return sum(1 for t in inside if t.text[:1].isalpha()) >= _MIN_WORDS


def _bracket_end(tokens: list[Token], d: int) -> int | None:
    """The index after the `]` of the bracket opening at d or after one closing quote at d."""
    if d < len(tokens) and tokens[d].text in "»”\"'":
        d += 1
    if d >= len(tokens) or tokens[d].text != "[":
        return None
    return next((k + 1 for k in range(d + 1, len(tokens)) if tokens[k].text == "]"), None)


def host_after_translation(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run after the title's bracketed translation read as the host (and
    a host the model found inside that host's own translation no host)."""
    for j in range(len(found) - 2):
        if found[j][0] != "title" or found[j + 2][0] != "title":
            continue
        label, a, b = found[j + 1]
        if label != OTHER or not _translation(tokens, a, b):
            return found
        _, c, d = found[j + 2]
        end = _bracket_end(tokens, d) or d
        after = found[j + 3 :]
        inside = [run for run in after if run[2] <= end]
        if any(run[0] == "container-title" for run in after[len(inside) :]):
            return found
        if any(run[0] not in (OTHER, "container-title") for run in inside):
            return found
        tail = [(OTHER, inside[0][1], inside[-1][2])] if inside else []
        return [*found[: j + 2], ("container-title", c, d), *tail, *after[len(inside) :]]
    return found


_REACH: Final = 24  # tokens of a bracketed translation at most


def _translated_title(tokens: list[Token], found: list[Run], a: int, b: int) -> bool:
    """Whether tokens a..b stand inside a pair of square brackets right after a title run
    (`2023 eğitim vizyonu [2023 education vision]`; not `27 Temmuz 1331 [9 Ağustos 1915]`, a
    date's other calendar)."""
    opened = next(
        (k for k in range(a - 1, max(a - _REACH, -1), -1) if tokens[k].text in "[]"), None
    )
    if opened is None or tokens[opened].text != "[":
        return False
    if not any(label == "title" and end == opened for label, _, end in found):
        return False
    limit = min(b + _REACH, len(tokens))
    closed = next((k for k in range(b, limit) if tokens[k].text in "[]"), None)
    return closed is not None and tokens[closed].text == "]"


def date_in_translation(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a date read inside a title's bracketed translation given to no field when
    another date run dates the work (APA's `(2018). 2023 eğitim vizyonu [2023 education
    vision].`: the bracket translates the title, its year is the title's)."""
    dates = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dates) < 2 or "[" not in text_set(tokens):
        return found
    inside = {j for j in dates if _translated_title(tokens, found, found[j][1], found[j][2])}
    if not inside or len(inside) == len(dates):
        return found
    return [
        (OTHER, a, b) if j in inside else (label, a, b) for j, (label, a, b) in enumerate(found)
    ]


def host_without_translation(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run that closes on its name's bracketed English translation cut
    before the bracket (APA's `In A. Saban & A. Ersoy (Eds.), Eğitimde nitel araştırma
    desenleri [Qualitative research designs in education] (pp. 311–340).`): the translation
    is no part of the host's name, as a title's is none of the title's."""
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or b - a < _MIN_WORDS + 3 or tokens[b - 1].text != "]":
            continue
        opened = next((k for k in range(b - 2, a, -1) if tokens[k].text in "[]"), None)
        if opened is None or tokens[opened].text != "[" or opened - a < 2:
            continue
        words = sum(1 for t in tokens[opened + 1 : b - 1] if t.text[:1].isalpha())
        if words < _MIN_WORDS:
            continue
        return [*found[:j], (label, a, opened), (OTHER, opened, b), *found[j + 1 :]]
    return found
