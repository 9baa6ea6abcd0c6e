"""A body named after the host, as its owner or publisher (`“Yarlık”, Güncel Türkçe Sözlük,
Türk Dil Kurumu, https://sozluk.gov.tr`, Chicago's `“Page,” Site, Owner, date, URL`): the
model reads both names as hosts and the record keeps the first alone. A second host run
after the first and its comma that names a body (`is_organisation`) is the publisher, when
no publisher is read."""

from __future__ import annotations

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, written_text

__all__ = ["body_after_host_run"]

_HOST = "container-title"


def body_after_host_run(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a body read as the publisher (see the module's doc)."""
    if any(run[0] == "publisher" for run in found):
        return found
    hosts = [j for j, run in enumerate(found) if run[0] == _HOST]
    if len(hosts) != 2 or hosts[1] != hosts[0] + 2:
        return found
    comma = found[hosts[0] + 1]
    if comma[0] != OTHER or [t.text for t in tokens[comma[1] : comma[2]]] != [","]:
        return found
    _, a, b = found[hosts[1]]
    if not is_organisation(written_text(tokens, a, b)):
        return found
    return [*found[: hosts[1]], ("publisher", a, b), *found[hosts[1] + 1 :]]
