"""A report's host that is its own author's body is the report's publisher (APA's `International
Energy Agency. (2022). World energy outlook 2022. IEA. https://…`): the body published its own
report, no site holds it as a page."""

from __future__ import annotations

from citekit.citations.news_outlets import news_outlet
from citekit.citations.type_cues import self_published


def own_report_host(
    kind: str, fields: dict[str, object], container: str | None
) -> tuple[dict[str, object], str | None]:
    """`fields` and `container`, the container moved to the publisher when `kind` is a report
    whose host is its author's body (its name or acronym) and no publisher is read."""
    if kind != "report" or not container or fields.get("publisher") or news_outlet(container):
        return fields, container
    if not self_published({"author": fields.get("author"), "publisher": container}):
        return fields, container
    return {**fields, "publisher": container}, None
