"""A report's fields as its record names them: a host that is its own author's body is the
report's publisher (APA's `International Energy Agency. (2022). World energy outlook 2022.
IEA. https://…`): the body published its own report, no site holds it as a page. (A report's
number stays its `issue`, as the corpus annotates it: `RR-A1452-3`, `No. 12`.) A host that
opens on a report's kind before a comma is the kind and the body that published it (`"Title",
Issue Brief, Indian Council of World Affairs, New Delhi`, `Occasional Paper No. 356, Observer
Research Foundation`): the kind is the genre, its number the issue, the body the publisher."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.type_cues import self_published
from citekit.languages import shipped_type_words, shipped_words


def report_fields(
    kind: str, fields: dict[str, object], container: str | None
) -> tuple[dict[str, object], str | None]:
    """`fields` and `container` as a report's record names them (see the module's doc)."""
    if kind != "report":
        return fields, container
    if container and (series := _kind_before_body(container)) is not None:
        genre, number, body = series  # `Issue Brief, Indian Council of World Affairs`
        fields = {**fields, "genre": fields.get("genre") or genre}
        if number and not fields.get("issue"):
            fields["issue"] = number
        if fields.get("publisher"):
            return fields, None if body is None else body
        return ({**fields, "publisher": body}, None) if body else (fields, None)
    if not container or fields.get("publisher") or news_outlet(container):
        return fields, container
    if not self_published({"author": fields.get("author"), "publisher": container}):
        return fields, container
    return {**fields, "publisher": container}, None


def numbered_series_type(kind: str, fields: Mapping[str, object]) -> str:
    """`kind`, or a report for a book numbered in its series with no host (`Title. SIPRI
    Insights on Peace and Security no. 2022/04. Stockholm: SIPRI.`: a report's series and
    number; a book's series numbers it by volume)."""
    if kind != "book" or fields.get("container-title") or fields.get("volume"):
        return kind
    return "report" if fields.get("collection-title") and fields.get("issue") else kind


_NUMBER = re.compile(r"\s*(?:No\.?|Nr\.?|№|no\.)\s*(\S+)$")


@functools.cache
def _report_kinds() -> tuple[str, ...]:
    """The report kinds' words (`[types] report`), longest first, casefolded."""
    return tuple(
        sorted({w.casefold() for w in shipped_type_words("report")}, key=len, reverse=True)
    )


@functools.cache
def _cities() -> frozenset[str]:
    return frozenset(shipped_words("cities"))


def _kind_before_body(host: str) -> tuple[str, str | None, str | None] | None:
    """The kind, its number and the body of a host written `Kind[ No. N], Body` (the body
    None when the kind is the host whole); None when the host opens otherwise."""
    head, _, rest = host.partition(",")
    found = _NUMBER.search(head)
    kind = head[: found.start()] if found else head
    if kind.strip().casefold() not in _report_kinds() or not kind[:1].isupper():
        return None
    body = rest.strip()
    head = body.split(",")[0].strip()
    if body and (not body[:1].isupper() or head in _cities() or not is_organisation(head)):
        return None  # `Report, New York`, `Report, Kyrgyzstan`, `…, IPPA Working Paper Series`
    return kind.strip(), found.group(1).rstrip(".,") if found else None, body or None
