"""Journal articles as authors write them by hand, in every language: the volume and issue in
the forms real notes take (``Т. 5, № 2``, ``Cilt 5, Sayı 2``, ``18(34)``, ``№ 3 (45)``,
``Issue 4``, ``Sany 3``: `_numbers`), before or after the year, with or without a page label.

``Иванов И. И. Название // Вестник КазНУ. 2019. Т. 5, № 2. С. 45–52.``,
``Ahmet Yılmaz, “Başlık”, Bilig, Cilt 5, Sayı 2, 2019, s. 45-52.``,
``J. Smith, "Title," Journal of X 18(34), 2019, pp. 45–52.``
"""

from __future__ import annotations

from citekit.training._context import Ctx
from citekit.training._numbers import page_label, write_numbers
from citekit.training.pools import LANGS, pools

__all__ = ["FAMILIES"]

_CYRILLIC = ("ru", "kk", "uk")


def journal_hand(c: Ctx) -> None:
    """A journal article: authors, title, journal, volume and issue, year, pages."""
    cyrillic = c.lang in _CYRILLIC
    n = len(c.item["author"])
    form = (
        c.pick("fam_ini", "fam_ini_tight", "ini_fam")
        if cyrillic
        else c.pick("full", "full", "ini_fam", "fam_comma_ini", "fam_ini")
    )
    c.names("author", form, most=min(n, 3), sep=", ", etal=c.pick("", " " + _others(c)))
    gost = cyrillic and c.chance(0.6)
    c.t(" " if gost and c.b.ends_with(".") else (". " if gost else ", "))
    pair = c.rng.choice(pools(c.lang).get("quote_pairs") or ("“”",)) if c.chance(0.5) else ""
    c.t(pair[:1]).v("title").t(pair[1:2])
    if gost:
        c.t(c.pick(" // ", ". // "))
    else:  # a quoted title may be followed by the journal with a space alone
        c.t(c.pick(", ", ". ", " ") if pair else c.pick(", ", ". "))
    c.v("container-title")
    sep = c.pick(". ", ". — ", ", ") if gost else c.pick(", ", ". ")
    year_first = c.chance(0.5)
    if year_first:
        c.t(sep).year().t(sep)
    else:
        c.t(sep if c.chance(0.7) else " ")
    write_numbers(c)
    if not year_first:
        if c.chance(0.5):
            c.t(" (").year().t(")")
        else:
            c.t(sep).year()
    if c.chance(0.85):
        c.t(c.pick(sep, ": ") if not year_first else sep).t(page_label(c))
        c.v("page", dash=c.pick("–", "-"))
    else:
        c.drop("page")
    c.t(".")
    c.drop("DOI")


def _others(c: Ctx) -> str:
    """What stands for the authors left out (``[numbers] others``: ``и др.``, ``vd.``)."""
    return c.rng.choice(pools(c.lang).get("others") or ("et al.",))


FAMILIES = {
    "journal-hand": (journal_hand, LANGS, ("article-journal",)),
}
