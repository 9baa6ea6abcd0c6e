"""Chicago cites a reference work's entry by its word after `s.v.` ("sub verbo"):
`Bol'shaia sovetskaia entsiklopediia, 3rd ed., s.v. “Kazakhskaia … Respublika.”`,
`Encyclopaedia Iranica, s.v. “Khiva,” by Yuri Bregel`. The work named before the mark is the
host, the entry after it the title, and the person after the entry's `by` its author, however
the model read the two names."""

from __future__ import annotations

import itertools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.and_coauthor import and_words
from citekit.citations.tagger.quotes import CLOSING_MARKS
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["sub_verbo", "sub_verbo_tokens"]

_HOST, _TITLE = "container-title", "title"
_PEOPLE: Final = frozenset({"author", "editor", "translator"})
_NAMES: Final = frozenset({"author", _TITLE, OTHER})  # the runs a note's head is named in


def _mark(tokens: list[Token]) -> int | None:
    """The first token of the note's `s.v.` (or `s. v.`), or None."""
    for k in range(len(tokens) - 3):
        s, v = tokens[k].text, tokens[k + 2].text  # as Chicago writes it: no initials `S. V.`
        if s == "s" and v in ("v", "vv") and tokens[k + 1].text == tokens[k + 3].text == ".":
            return k
    return None


def sub_verbo_tokens(tokens: list[Token]) -> range:
    """The tokens of the note's `s.v.` mark (a label, read), or an empty range."""
    k = _mark(tokens) if "v" in text_set(tokens) else None
    return range(0) if k is None else range(k, k + 4)


def sub_verbo(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a reference work's entry read about its `s.v.` (see the module's doc)."""
    if "v" not in text_set(tokens):
        return found  # most notes (at C speed): no `s.v.`
    k = _mark(tokens)
    if k is None:
        return found
    labels = labels_at(found, len(tokens))
    quoted = _quoted_entry(tokens, k + 4)
    if any(lb == _TITLE and _after_quote(tokens, a) for lb, a, _ in runs(labels[:k])):
        quoted = None  # `“The Crimean Tatars …,” in EI THREE, s.v. “Crimea.”`: a signed entry
    if quoted is not None:  # `s.v. „Kasachstan“`: the quoted word is the entry, however read
        labels[quoted[0] : quoted[1]] = [_TITLE] * (quoted[1] - quoted[0])
    after = [i for i in range(k + 4, len(tokens)) if labels[i] != OTHER]
    if not after or labels[after[0]] != _TITLE:
        return found  # the entry's word after the mark
    labels[k : k + 4] = [OTHER] * 4  # the mark is no field's, whatever run took it in
    before = [label for label in labels[:k] if label != OTHER]
    # the names that open the note, before the reference work's edition and imprint
    heads = list(itertools.takewhile(lambda r: r[0] in _NAMES, runs(labels[:k])))
    heads = [r for r in heads if r[0] != OTHER]
    if _HOST not in before:  # the work's name, read as a title: the host
        if heads and all(r[0] == "author" for r in heads):
            # `OED Online, s.v. “caravanserai,”`: the work's name, read as a person's; of two
            # names the last (`Türk Dil Kurumu, Türkçe Sözlük, …, s.v.`: the body's dictionary)
            first = heads[-1][1] if len(heads) == 2 else heads[0][1]
            last = heads[-1][2]
            labels[first:last] = [_HOST if lb == "author" else lb for lb in labels[first:last]]
        elif not before or _TITLE not in before:
            return found
        else:  # `Sevan Nişanyan, Nişanyan Sözlük: …, s.v. “kervan”`: the author's work
            labels[:k] = [_HOST if label == _TITLE else label for label in labels[:k]]
    elif quoted is not None:  # the entry is quoted after the mark: no title before it
        labels[:k] = [OTHER if label == _TITLE else label for label in labels[:k]]
    _host_to_mark(tokens, labels, k)
    end = next((i for i in after if labels[i] != _TITLE), len(tokens))
    if end < len(tokens) and labels[end] in _PEOPLE and tokens[end - 1].text == "by":
        person = labels[end]
        while end < len(tokens) and labels[end] == person:
            labels[end] = "author"  # `s.v. “Khiva,” by Yuri Bregel`: the entry's author
            end += 1
    if quoted is not None:
        _bracketed_author(tokens, labels, quoted[1])
    return runs(labels)


_SIGNED: Final = 12  # tokens of the entry's signatures in brackets at most


def _bracketed_author(tokens: list[Token], labels: list[str], close: int) -> None:
    """The names in brackets right after the quoted entry read as its authors (`EI2, s.v.
    “Turkmen” (C. E. Bosworth and M. Reyner), X, 682–85.`): capitalised words and initials,
    joined by an "and" word."""
    k = close
    while k < len(tokens) and tokens[k].text in _CLOSERS:
        k += 1
    if k >= len(tokens) or tokens[k].text != "(":
        return
    end = next(
        (i for i in range(k + 1, min(len(tokens), k + _SIGNED)) if tokens[i].text == ")"), None
    )
    if end is None or end == k + 1:
        return
    inside = tokens[k + 1 : end]
    if not all(t.text[:1].isupper() or t.text in ".,&" or t.text in and_words() for t in inside):
        return
    if not any(t.text == "." for t in inside) or not inside[-1].text[:1].isupper():
        return  # a person's initials, the family last (`(C. E. Bosworth)`)
    dotted = [inside[i - 1].text for i in range(1, len(inside)) if inside[i].text == "."]
    if any(len(w) > 1 for w in dotted) or inside[-1].text.isupper():
        return  # `(Vol. V)`, `(Suppl. Vol. IV)`: a volume's label, no person's initials
    labels[k + 1 : end] = ["author"] * (end - k - 1)


_OPENERS: Final = {"“": "”", "„": "“”", '"': '"', "«": "»", "‘": "’", "'": "'"}
_CLOSERS: Final = CLOSING_MARKS | {","}  # a quoted entry's close and its comma


def _after_quote(tokens: list[Token], a: int) -> bool:
    """Whether the run opening at `a` follows an opening quote (a quoted title)."""
    return a > 0 and tokens[a - 1].text in _OPENERS


def _quoted_entry(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The tokens inside the quotes that open at `i` (the entry's word), or None."""
    if i >= len(tokens) or tokens[i].text not in _OPENERS:
        return None
    closers = _OPENERS[tokens[i].text]
    end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in closers), None)
    if end is None or end == i + 1:
        return None
    while end > i + 1 and tokens[end - 1].text in ",.":
        end -= 1  # `“Köneürgenç,”`: the comma inside the quotes is the sentence's
    return i + 1, end


def _host_to_mark(tokens: list[Token], labels: list[str], k: int) -> None:
    """The host's run carried on over the words left to no field before the mark's comma
    (`Encyclopædia Britannica Online, s.v.`: the model stopped before `Online`)."""
    c = k - 1 if k and tokens[k - 1].text == "," else k
    i = c
    while i > 0 and labels[i - 1] == OTHER and tokens[i - 1].text[:1].isupper():
        i -= 1
    if i < c and i > 0 and labels[i - 1] == _HOST:
        labels[i:c] = [_HOST] * (c - i)
