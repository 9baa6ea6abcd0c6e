"""A host named a collection by its own word (`[types] collection`: `сборник`, `жинағы`,
`ýygyndysy`) and cited by its place of publication, no issue numbering it (GOST's `// Ғылыми
еңбектер жинағы. – Алматы: Арыс, 1994. – Т. 11. – Б. 86–108`), is a book of collected papers,
whatever journal's word its name also holds: a serial is cited by its year and issue, a book by
its imprint. Its part is a proceedings' paper when the name is a meeting's too, else a chapter
(`types.rule_type`)."""

from __future__ import annotations

from collections.abc import Mapping

from citekit.citations.type_cues import has_type_cue
from citekit.citations.written_near import written_after

__all__ = ["collected_host"]


def collected_host(fields: Mapping[str, object], container: str, text: str) -> bool:
    """Whether `container` is a collection's book by its name and imprint (see the module's doc):
    its place printed, not in brackets after its name, no issue, DOI or day's date."""
    if not (container and fields.get("publisher-place")):
        return False
    if any(fields.get(k) for k in ("issue", "DOI", "number-of-pages")):
        return False
    if getattr(fields.get("issued"), "day", None) is not None:
        return False
    # Chicago names a serial's place in brackets after its name (`Збірник наукових праць
    # (Ужгород), 2004, 270–310`): a journal's, told apart from another of its name
    place = str(fields.get("publisher-place"))
    if written_after(text, container, "([", place):
        return False
    return has_type_cue("collection", container)
