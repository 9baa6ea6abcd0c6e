"""A sentence is no author. An author is a name: a person's (words in capitals, initials, a
particle such as `von` or `ibn`) or a body's (with its head word: `Министерство`, `Bakanlığı`,
`Ministry`). A note's first sentence of four words or more, three of them in small letters and
none a name's particle or an initial, is a headline, so the title (`Верховна Рада
заявив про зростання товарообігу. Тарихи очерктер (укр.). LB.ua`, `US State Department visits
Ashgabat to boost ties. A Historical Survey. [Internet]`): the sentence after it, which the model
read as the title, is its subtitle. A body's name with its head word is a headline only when
it closes on three words in small letters (`Алматы әкімдігі Астанада форумда сөз сөйледі`) in
a note with no imprint: a body's own name closes on its capitals or a word or two in small
letters (`Министерство иностранных дел`) or, in the Turkic languages, on its head word
(`… Ақпарат және қоғамдық даму министрлігі`), and a body's report names its place and
publisher."""

from __future__ import annotations

from typing import Final

from citekit._text import unmixed_word
from citekit.citations._words import lower
from citekit.citations.name_sets import organisation_words
from citekit.citations.names import family_particles, is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["sentence_not_author"]

_WORDS: Final = 4  # words of a headline at least
_SMALL: Final = 3  # of them in small letters at least
_IMPRINT: Final = frozenset({"publisher-place", "publisher"})


def _headline(tokens: list[Token], a: int, b: int, *, imprinted: bool) -> bool:
    """Whether the run `a`..`b` reads as a sentence, never a name (see the module's doc)."""
    texts = [t.text for t in tokens[a:b]]
    if any(not (w.isalpha() or w in "«»“”\"'’-") for w in texts):
        return False  # a comma, an initial's period, a number: a name's or a list's marks
    words = [w for w in texts if w.isalpha()]
    if len(words) < _WORDS or any(len(w) == 1 for w in words):
        return False
    small = [w.islower() and w not in family_particles() for w in words]
    if sum(small) < _SMALL:
        return False
    if not is_organisation(" ".join(texts)):
        return True
    if lower(unmixed_word(words[-1])) in organisation_words():
        return False  # `… қоғамдық даму министрлігі`: a Turkic body's name closes on its head
    # a body that does something (`Верховна Рада заявив про зростання товарообігу`): a body's
    # own name closes on its capitals or a word or two in small letters (`Министерство
    # иностранных дел`), a headline on its sentence; a body's report names its imprint
    tail = len(small) - next((k for k in range(len(small) - 1, -1, -1) if not small[k]), -1) - 1
    return tail >= _SMALL and not imprinted


def sentence_not_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a headline the model read as the note's author given to the title with the
    sentence after it (see the module's doc)."""
    named = [j for j, run in enumerate(found) if run[0] != OTHER]
    if len(named) < 2:
        return found
    j, k = named[0], named[1]
    label, a, b = found[j]
    if label != "author" or found[k][0] != "title" or sum(r[0] == "author" for r in found) != 1:
        return found
    _, s, e = found[k]
    imprinted = any(r[0] in _IMPRINT for r in found)
    if s != b + 1 or tokens[b].text != "." or not _headline(tokens, a, b, imprinted=imprinted):
        return found
    return [*found[:j], ("title", a, e), *found[k + 1 :]]
