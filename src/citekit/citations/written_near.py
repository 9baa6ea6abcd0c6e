"""Two values of a note written one after the other, found by plain string search: the
patterns a pass would build from the values themselves (`re.escape(place)` …) differ note by
note, and re compiles each anew (its compiler is Python even in the compiled build: a
millisecond a pattern, more than all of a pass's other work).

`\\s` and `\\w` read as re reads them on text: `str.isspace`, and `str.isalnum` or ``_``."""

from __future__ import annotations

__all__ = ["whole_word_in", "written_after"]


def _after_spaces(text: str, at: int) -> range:
    """Where `\\s*` from `at` may end: at `at` and after each space of the run there (re
    tries them all when what follows does not match)."""
    end = at
    while end < len(text) and text[end].isspace():
        end += 1
    return range(at, end + 1)


def written_after(text: str, first: str, joints: str, second: str) -> bool:
    """Whether `text` writes `first`, then one character of `joints` with any spaces either
    side of it, then `second`: ``re.search(first \\s* [joints] \\s* second)`` with both values
    escaped (`Алматы: Арыс`, `Збірник (Ужгород)`)."""
    at = text.find(first)
    while at >= 0:
        for joint in _after_spaces(text, at + len(first)):
            if joint < len(text) and text[joint] in joints:
                for begin in _after_spaces(text, joint + 1):
                    if text.startswith(second, begin):
                        return True
        at = text.find(first, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def whole_word_in(word: str, text: str) -> bool:
    """Whether `text` writes `word` with no word character either side of it
    (``re.search(r"(?<!\\w)" + re.escape(word) + r"(?!\\w)")``)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _word_char(text[at - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            return True
        at = text.find(word, at + 1)
    return False
