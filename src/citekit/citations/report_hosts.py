"""A report's fields as its record names them: a host that is its own author's body is the
report's publisher (APA's `International Energy Agency. (2022). World energy outlook 2022.
IEA. https://…`): the body published its own report, no site holds it as a page. (A report's
number stays its `issue`, as the corpus annotates it: `RR-A1452-3`, `No. 12`.)"""

from __future__ import annotations

from collections.abc import Mapping

from citekit.citations.news_outlets import news_outlet
from citekit.citations.type_cues import self_published


def report_fields(
    kind: str, fields: dict[str, object], container: str | None
) -> tuple[dict[str, object], str | None]:
    """`fields` and `container` as a report's record names them (see the module's doc)."""
    if kind != "report":
        return fields, container
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
