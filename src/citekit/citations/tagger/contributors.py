"""Contributors the record has no field for: an illustrator's, a preface's author's or an
interviewer's role word (`[words] contributor` of the language files: `худож.`, `авт.
предисл.`, `resimleyen`, `беседовал`) before a name makes that name nobody's author."""

from __future__ import annotations

import functools

from citekit._text import fold as _fold
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.lexicons import fold as lexicon_fold
from citekit.citations.tagger.lists import person_shaped
from citekit.citations.tagger.prechecks import folds_as_casefold
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, casefolded_set, text_set, tokenize
from citekit.languages import shipped_words

__all__ = ["contributor", "contributor_in_title", "contributor_words_in"]


@functools.cache
def _contributor_words() -> frozenset[tuple[str, ...]]:
    """The `[words] contributor` and `interviewer` entries of every shipped language, as folded
    word sequences."""
    found = set()
    for entry in shipped_words("contributor") | shipped_words("interviewer"):
        if words := tuple(_fold(t.text) for t in tokenize(entry) if t.text.isalnum()):
            found.add(words)
    return frozenset(found)


@functools.cache
def _longest_contributor() -> int:
    """The most words a `[words] contributor` entry has."""
    return max((len(words) for words in _contributor_words()), default=0)


@functools.cache
def _contributor_vocabulary() -> frozenset[str]:
    """Every word of the `[words] contributor` entries, folded."""
    return frozenset(word for words in _contributor_words() for word in words)


def _words_before(tokens: list[Token], i: int, count: int) -> tuple[str, ...]:
    """Up to `count` folded words that end at token `i` (inclusive), over marks but not over
    a mark that closes a list (`;`, `/`)."""
    words: list[str] = []
    while i >= 0 and len(words) < count:
        text = tokens[i].text
        if text.isalnum():
            words.append(_fold(text))
        elif text in ";/()[]":
            break
        i -= 1
    return tuple(reversed(words))


def contributor_words_in(tokens: list[Token]) -> bool:
    """Whether any token is a word of a `[words] contributor` entry (a note-wide precheck)."""
    folded = casefolded_set(tokens)  # shared by the passes; the lexicon's fold when no `İ`
    if _contributor_vocabulary().isdisjoint(folded) and folds_as_casefold(folded):
        return False
    return not _contributor_vocabulary().isdisjoint(map(_casefolded, text_set(tokens)))


@functools.lru_cache(maxsize=65536)
def _casefolded(word: str) -> str:
    """A token's text as `contributor_words_in` compares it: the lexicon's fold (cached: most
    words repeat)."""
    return lexicon_fold(word)


def contributor(tokens: list[Token], run: Run) -> bool:
    """Whether `run` names a contributor the record has no field for: a `[words] contributor`
    role word opens it or stands just before it (`; худож. В. Г. Петров`, `авт. предисл.
    М. Әуезов`, `resimleyen Ali Kaya`), and it is a person's run or written as a name. An
    illustrator or a preface's author is nobody's author."""
    label, a, b = run
    known = _contributor_words()
    if not known:
        return False
    longest = _longest_contributor()
    vocabulary = _contributor_vocabulary()
    i = a - 1
    while i >= 0 and (
        (not tokens[i].text.isalnum() and tokens[i].text not in ";/()[]:")
        or (len(tokens[i].text) == 1 and tokens[i].text.isupper())  # `беседовал И. Петров`
    ):
        i -= 1  # `Evanston, Ill.: Northwestern …`: a word before a colon is no role word
    near = [tokens[k].text for k in range(a, min(b, a + 2 * longest))]
    if (i < 0 or _fold(tokens[i].text) not in vocabulary) and vocabulary.isdisjoint(
        _fold(t) for t in near
    ):
        return False  # the common case: no contributor's word anywhere near
    if not (label in PERSONS or person_shaped(tokens, a, b)):
        return False
    k = a
    while k < b and not tokens[k].text.isalnum():
        k += 1
    for end in range(k, min(b, k + 2 * longest)):  # the model took the role word in
        for size in range(1, longest + 1):
            words = _words_before(tokens, end, size)
            if len(words) == size and words in known and _opens(tokens, k, end, size):
                return True
    if i < 0 or not tokens[i].text.isalnum():
        return False
    found = next((n for n in range(1, longest + 1) if _words_before(tokens, i, n) in known), 0)
    # `Translated with an introduction by X`: a translator's or an editor's longer phrase that
    # holds the contributor's words makes the person that role, the introducer besides
    return bool(found) and not _in_role_phrase(tokens, i, found)


@functools.cache
def _role_phrases() -> frozenset[tuple[str, ...]]:
    """The `[words] translator` and `editor` entries of every shipped language, as folded word
    sequences of more than one word."""
    found = set()
    for entry in (*shipped_words("translator"), *shipped_words("editor")):
        words = tuple(_fold(t.text) for t in tokenize(entry) if t.text.isalnum())
        if len(words) > 1:
            found.add(words)
    return frozenset(found)


def _in_role_phrase(tokens: list[Token], i: int, size: int) -> bool:
    """Whether the `size` words ending at token `i` close a longer role phrase."""
    phrases = _role_phrases()
    longest = max((len(words) for words in phrases), default=0)
    return any(_words_before(tokens, i, n) in phrases for n in range(size + 1, longest + 1))


def _opens(tokens: list[Token], k: int, end: int, size: int) -> bool:
    """Whether the `size` words ending at token `end` start at token `k` (open the run)."""
    words = [i for i in range(k, end + 1) if tokens[i].text.isalnum()]
    return len(words) == size


def contributor_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a contributor's role phrase and name the model ran into the title after
    its comma cut off (`The Silent Steppe Revisited, foreword by Helen Carrère (London: …`):
    no title's words, and no field holds them (the record reports them unread)."""
    if not contributor_words_in(tokens):
        return found
    known, longest = _contributor_words(), _longest_contributor()
    for j, (label, a, b) in enumerate(found):
        if label != "title" or (a > 0 and tokens[a - 1].text in OPENING_MARKS):
            continue  # a quoted title is whole as written (`"…, Illustrated by a Reading …"`)
        for k in range(a + 1, b - 1):
            if tokens[k - 1].text != ",":
                continue
            words = tuple(_fold(t.text) for t in tokens[k : k + longest + 1])
            if any(words[:n] in known for n in range(1, len(words) + 1)):
                return [*found[:j], ("title", a, k - 1), (OTHER, k - 1, b), *found[j + 1 :]]
    return found
