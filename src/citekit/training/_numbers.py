"""A journal's volume and issue as notes write them: ``Т. 5, № 2``, ``Cilt 5, Sayı 2``,
``18(34)``, ``№ 3 (45)``, ``Vol. 5, Issue 2``, ``Sany 3``.

The forms are each language's data (``[numbers] number_forms`` of ``data/<lang>.toml``):
``{volume}`` and ``{issue}`` are the item's values (labelled), ``{running}`` a running issue
number or a journal's year that notes write beside the issue and no field holds (unlabelled).
"""

from __future__ import annotations

import re

from citekit.training._context import Ctx
from citekit.training.pools import pools

__all__ = ["page_label", "write_numbers"]

_SLOT = re.compile(r"\{(volume|issue|running)\}")


def _fits(form: str, c: Ctx) -> bool:
    """Whether the item holds every field `form` writes (a form may leave one of them out)."""
    return all(c.has(slot) for slot in _SLOT.findall(form) if slot != "running")


def write_numbers(c: Ctx, lang: str | None = None, *, form: str | None = None) -> None:
    """Write the item's volume and issue in a form of `lang` (the note's language by default),
    or in `form`; what the form leaves out is dropped from the item."""
    if form is None:
        forms = [f for f in pools(lang or c.lang).get("number_forms") if _fits(f, c)]
        if not forms:
            c.drop("volume", "issue")
            return
        form = c.rng.choice(forms)
    slots = _SLOT.findall(form)
    c.drop(*(label for label in ("volume", "issue") if label not in slots))
    for i, part in enumerate(_SLOT.split(form)):
        if i % 2 == 0:
            if part:
                c.t(part)
        elif part == "running":
            c.t(str(c.rng.randint(10, 140)))
        else:
            c.v(part)


def page_label(c: Ctx, lang: str | None = None) -> str:
    """A page label of `lang` as journal notes write it (``С. ``, ``s. ``, ``pp. ``)."""
    return c.rng.choice(pools(lang or c.lang).get("page_labels") or ("",))
