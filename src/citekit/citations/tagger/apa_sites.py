"""APA's site name before the address. APA 7 writes a web page's site after its title, as a
sentence of its own before the address (`(2022, 14 Şubat). Enflasyonun … etkisi. TEPAV.
https://…`, `… [Blog yazısı]. Eğitimde Bilişim. https://…`): a short capitalised sentence that
closes the title run right before the address, in a note dated in brackets before its title,
is the host, when the note names none. So is such a sentence before a periodical's numbers
(`(2018, Mayıs). Anadolu’da son kervansaraylar. Atlas, Sayı 305, ss. 56-71.`). MLA writes
the site after the quoted title and before the address's comma (`“Turkmenistan Energy
Profile.” IEA, www.iea.org/…`): the model may leave those words to no field, and they are the
host (`site_after_quoted_title`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["site_after_quoted_title", "site_before_address"]

_SITE_WORDS: Final = 4  # words of a site's name at most
_SENTENCE_WORD: Final = 3  # letters of the word a sentence's period closes at least
_NUMBERS: Final = frozenset({"volume", "issue"})  # a periodical's numbers after its name


def site_before_address(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the site's sentence that closes the title before the address read as the
    host (see the module's doc)."""
    labels = [run[0] for run in found]
    if "container-title" in labels or "title" not in labels:
        return found
    j = labels.index("title")
    if j + 2 >= len(found) or found[j + 1][0] != OTHER:
        return found
    _, a, b = found[j]
    between = [t.text for t in tokens[b : found[j + 1][2]]]
    addressed = found[j + 2][0] == "URL" and between == ["."]
    numbered = between[:1] == [","] and found[j + 2][0] in _NUMBERS  # `Atlas, Sayı 305, ss.`
    if not (addressed or numbered) or a < 3:
        return found
    if tokens[a - 1].text != "." or tokens[a - 2].text != ")":
        return found  # APA's bracketed date right before the title
    k = b - 1
    while k > a and tokens[k].text != ".":
        k -= 1
    words = tokens[k + 1 : b]
    if k <= a + 1 or not 0 < len(words) <= _SITE_WORDS or tokens[k - 1].end != tokens[k].start:
        return found
    if len(tokens[k - 1].text) < _SENTENCE_WORD:
        return found  # `Life in St. Petersburg`, `the U.S. Economy`: an abbreviation's period
    if not all(t.text[:1].isupper() and t.text.isalpha() for t in words):
        return found
    runs = [("title", a, k), (OTHER, k, k + 1), ("container-title", k + 1, b)]
    return [*found[:j], *runs, *found[j + 1 :]]


_CLOSING_QUOTES: Final = frozenset({"”", "»", '"', "’"})


def site_after_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with MLA's site between the quoted title and the address read as the host."""
    labels = [run[0] for run in found]
    if "container-title" in labels or "title" not in labels:
        return found
    j = labels.index("title")
    if j + 2 >= len(found) or found[j + 1][0] != OTHER or found[j + 2][0] != "URL":
        return found
    _, a, b = found[j + 1]
    texts = [t.text for t in tokens[a:b]]
    quote = next((i for i, t in enumerate(texts) if t in _CLOSING_QUOTES), None)
    if quote is None or texts[-1] != "," or any(t not in '.,”»"’' for t in texts[:quote]):
        return found
    words = tokens[a + quote + 1 : b - 1]
    if not 0 < len(words) <= _SITE_WORDS:
        return found
    if not all(t.text[:1].isupper() and t.text.isalpha() for t in words):
        return found
    return painted(found, ("container-title", a + quote + 1, b - 1))
