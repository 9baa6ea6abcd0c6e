"""A host's ordinal: `III. Uluslararası Türk Dili Kongresi Bildiri Kitabı`, `XII. Türk Tarih
Kongresi`, `3. Uluslararası … Kongresi`. A Roman numeral, or a short number (Turkish writes
an ordinal as the number and a period), closed by a period right before the host's
capitalised name is the host's (the congress's number), never the last word of the title
before it, nor a word of no field between the title and the host (`“…”, I. Uluslararası`).
A title's sentence run on over such an ordinal and a congress's name (`Kırgızistan'da siyasi
istikrar. 4. Uluslararası Sosyal Bilimler Kongresi Tam Metin Kitabı`) ends before it: the
rest is the host. So is a congress's number the model read as an edition or a page between
the title and the host (`“Türk Dili”, 5. Uluslararası Türk Dili Kurultayı Bildirileri`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_cue

__all__ = ["host_ordinal"]

_BEFORE: Final = frozenset({",", ".", "”", '"', "»", "’"})  # what ends the title before it


_NUMBERED: Final = frozenset({"volume", "issue", "page", "part"})  # `Т. 3.`, `No. 2.`: no ordinal
_COMMA_BEFORE: Final = frozenset({",", "”", '"', "»", "’"})  # no label's period: `, 5.`
_ORDINAL_DIGITS: Final = 2


def _ordinal(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """`III`, `XII`, `3` at `k`: a Roman numeral, or a number short of a year's digits after
    a sentence's last word (no number's label)."""
    text = tokens[k].text
    if set(text) <= ROMAN:
        return True
    if not (text.isdecimal() and len(text) <= 2 and text[0] != "0"):
        return False
    # `Кн. 1.`, `Т. 3.`: a number after a short word or a label's is the work's own
    return k >= 2 and len(tokens[k - 2].text) > 3 and _NUMBERED.isdisjoint(marks[k - 2])


def _congress_in_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a hostless note's title cut before `. 4. Uluslararası … Kongresi …`."""
    if any(run[0] == "container-title" for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        for k in range(a + 2, b - 2):
            if tokens[k - 1].text != "." or tokens[k + 1].text != ".":
                continue
            if not _ordinal(tokens, marks, k) or not tokens[k + 2].text[:1].isupper():
                continue
            if tokens[k + 1].start != tokens[k].end or not tokens[k - 2].text.isalpha():
                continue
            name = " ".join(t.text for t in tokens[k + 2 : b])
            if has_cue("conference", name):
                return [
                    *found[:j],
                    ("title", a, k - 1),
                    (OTHER, k - 1, k),
                    ("container-title", k, b),
                    *found[j + 1 :],
                ]
        return found
    return found


def host_ordinal(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run's closing `. III` and its period given to the host after it,
    or a word-less `, I.` right before the host given to it, or a congress's name cut off the
    end of a hostless note's title."""
    found = _number_before_host(tokens, _congress_in_title(tokens, marks, found))
    for j in range(len(found) - 1):
        label, a, b = found[j]
        if label == OTHER and found[j + 1][0] == "container-title" and b - a >= 3:
            # `“Göroğlu Destanı”, I. Uluslararası …`: the ordinal left between title and host
            number = tokens[b - 2].text
            short = number.isdecimal() and len(number) <= _ORDINAL_DIGITS and number[0] != "0"
            if tokens[b - 1].text != "." or not (set(number) <= ROMAN or short):
                continue
            if short and tokens[b - 3].text not in _COMMA_BEFORE:
                continue  # `s. 5. Uluslararası`: a label's number
            if tokens[b - 3].text not in _BEFORE or tokens[b - 1].start != tokens[b - 2].end:
                continue
            host = found[j + 1]
            return [
                *found[:j],
                (OTHER, a, b - 2),
                ("container-title", b - 2, host[2]),
                *found[j + 2 :],
            ]
        if j + 2 >= len(found):
            break
        gap, host = found[j + 1], found[j + 2]
        if label != "title" or host[0] != "container-title" or b - a < 3:
            continue
        if not _ordinal(tokens, marks, b - 1) or tokens[b - 2].text != ".":
            continue
        if gap[0] != OTHER or gap[2] - gap[1] != 1 or tokens[gap[1]].text != ".":
            continue
        return [
            *found[:j],
            ("title", a, b - 2),
            (OTHER, b - 2, b - 1),
            ("container-title", b - 1, host[2]),
            *found[j + 3 :],
        ]
    return found


def _number_before_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a short number and its glued period after a comma, a quote or a bracket's
    sentence, right before the host's capitalised name (`”, 5. Uluslararası …`, `[Sözlü
    bildiri]. 11. Uluslararası … Kongresi`), given to the host whatever run the model made of
    the number (a meeting's name read as a house is the host too): no label stands before it,
    so it is the congress's ordinal."""
    for j in range(len(found) - 2):
        _label, a, b = found[j]
        text = tokens[a].text
        after_bracket = a >= 2 and tokens[a - 1].text == "." and tokens[a - 2].text in ")]"
        if b - a != 1 or a == 0 or not (tokens[a - 1].text in _COMMA_BEFORE or after_bracket):
            continue
        if not (text.isdecimal() and len(text) <= _ORDINAL_DIGITS and text[0] != "0"):
            continue
        dot, host = found[j + 1], found[j + 2]
        if dot != (OTHER, b, b + 1) or tokens[b].text != "." or tokens[b].start != tokens[a].end:
            continue
        if host[1] != b + 1 or not tokens[b + 1].text[:1].isupper():
            continue
        named = " ".join(t.text for t in tokens[host[1] : host[2]])
        if host[0] != "container-title" and not (
            host[0] == "publisher" and has_cue("conference", named)
        ):
            continue  # `[Sözlü bildiri]. 11. Uluslararası … Kongresi`: a meeting, no house
        return [*found[:j], ("container-title", a, host[2]), *found[j + 3 :]]
    return found
