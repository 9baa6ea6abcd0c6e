"""A second subtitle after a semicolon. Chicago joins a title's second subtitle to the first
with a semicolon (`Tragediia sovetskoi derevni: Kollektivizatsiia i raskulachivanie; Dokumenty
i materialy, vol. 3 (Moscow: ROSSPEN, 2001)`). A host run after a subtitled title's semicolon,
with no host's word before it and a publisher after it, is the title's: a book's host is
named after `in`, and a journal has no publisher."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["semicolon_subtitle"]


def semicolon_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host run after a subtitled title's semicolon joined to the title (see
    the module's doc)."""
    texts = text_set(tokens)
    if ";" not in texts or ":" not in texts or "//" in texts:
        return found
    labels = [run[0] for run in found]
    if labels.count("container-title") != 1 or "publisher" not in labels:
        return found
    j = labels.index("container-title")
    if j < 2 or "publisher" not in labels[j:]:
        return found
    (title, a, b), (gap, c, d), (_, e, f) = found[j - 2 : j + 1]
    if title != "title" or gap != OTHER or (b, d) != (c, e) or d - c != 1:
        return found
    if tokens[c].text != ";" or not any(t.text == ":" for t in tokens[a:b]):
        return found
    return [*found[: j - 2], ("title", a, f), *found[j + 1 :]]
