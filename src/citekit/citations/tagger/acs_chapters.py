"""ACS and MDPI write a chapter's host first after the "In" word, then its editors, each part
closed by a semicolon: `In Water Resources Management in Central Asia; Ibatullin, S., Ed.;
Springer: Cham, 2018; pp 45–67.`, `In Land and Water Governance …; Seitkaziev, A.,
Abdurakhmanov, B., Eds.; Routledge: London, UK, 2019`. The words from the "In" word to the
first semicolon are the host, the names after it up to the editor's word (`Ed.`, `Eds.`) and
its semicolon the editors, whatever the model read them as."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.edited_hosts import names_only
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["host_before_editors"]

_MAX_HOST: Final = 30  # tokens of the host's title at most
_MAX_NAMES: Final = 30  # tokens of the editors' names at most
_KEPT: Final = frozenset({"DOI", "URL", "ISBN", "accessed", "issued"})


def _role_end(tokens: list[Token], marks: list[set[str]], a: int) -> int | None:
    """The index of the semicolon after `, Ed.;` / `, Eds.;` closing the names that open at
    `a`, or None."""
    for k in range(a + 1, min(a + _MAX_NAMES, len(tokens) - 3)):
        if tokens[k].text == ";" or tokens[k].text == "(":
            return None
        if (
            tokens[k].text == ","
            and "Beditor" in marks[k + 1]
            and tokens[k + 2].text == "."
            and tokens[k + 3].text == ";"
        ):
            return k + 3 if names_only(tokens, a, k) else None
    return None


def host_before_editors(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with ACS's and MDPI's `In Host; Editor, A., Ed.;` read as the host and its
    editors (see the module's doc)."""
    if ";" not in text_set(tokens) or not {"in", "Beditor"} <= marks_union(marks):
        return found  # most notes
    for i in range(2, len(tokens) - 6):
        if "in" not in marks[i] or tokens[i - 1].text != "." or not tokens[i].text[:1].isupper():
            continue
        s = next(
            (k for k in range(i + 2, min(i + _MAX_HOST, len(tokens))) if tokens[k].text == ";"),
            None,
        )
        if s is None or not tokens[i + 1].text[:1].isupper():
            return found
        end = _role_end(tokens, marks, s + 1)
        if end is None:
            return found
        labels = labels_at(found, len(tokens))
        if set(labels[i + 1 : end]) & _KEPT:
            return found
        host_end = s
        if "edition" in labels[i + 1 : s]:  # `In Textiles of Asia, 2nd ed.;`: the edition kept
            host_end = labels.index("edition", i + 1, s)
            if tokens[host_end - 1].text == ",":
                host_end -= 1
            labels[host_end:s] = [lab if lab == "edition" else OTHER for lab in labels[host_end:s]]
        labels[i] = OTHER
        labels[i + 1 : host_end] = ["container-title"] * (host_end - i - 1)
        labels[s] = OTHER
        labels[s + 1 : end - 3] = ["editor"] * (end - 4 - s)
        labels[end - 3 : end + 1] = [OTHER] * 4
        return runs(labels)
    return found
