"""What a family template works with: the item, the builder, a seeded random source, the noise."""

from __future__ import annotations

import random
from typing import Any

from attrs import define

from citekit.training._builder import Builder
from citekit.training._forms import date_text, name_text, page_text

__all__ = ["GLOSS", "Ctx"]

# the item key of a title's translation, written after the title and never labelled
GLOSS = "_gloss"

# what a Markdown note sets in italics: a book's title, a journal's or a site's name
_ITALIC = {
    "book": ("title",),
    "thesis": ("title",),
    "report": ("title",),
    "chapter": ("container-title",),
    "paper-conference": ("container-title",),
    "article-journal": ("container-title",),
    "article-newspaper": ("container-title",),
    "webpage": ("container-title",),
}


@define
class Ctx:
    """One rendering: `item` is read (and typo noise may change a value before it is written)."""

    rng: random.Random
    lang: str
    item: dict[str, Any]
    b: Builder
    upper: bool = False  # write family names in capitals (a noise)
    etal: bool = False  # set when a names list was cut short
    emphasis: str = ""  # "*" or "_": a Markdown note sets titles of books and journals in italics

    def ensure_web(self) -> None:
        """Give a journal article the address and access date an OJS export writes."""
        if not self.item.get("URL"):
            host = self.pick(
                "philart.kaznu.kz/index.php/1-FIL",
                "journals.nauka-nanrk.kz/bulletin-science",
                "bulletin-history.kaznu.kz/index.php/1-history",
                "dergipark.org.tr/tr/pub/bilig",
            )
            self.item["URL"] = f"https://{host}/article/view/{self.rng.randint(10, 9999)}"
        parts = self.item["issued"]["date-parts"][0]
        if len(parts) == 1 and self.chance(0.8):
            # an OJS article carries the day it was published: "(декабрь 30, 2023)"
            day = [parts[0], self.rng.randint(1, 12), self.rng.randint(1, 28)]
            self.item["issued"] = {"date-parts": [day]}
        if not self.item.get("accessed"):
            year = self.item["issued"]["date-parts"][0][0]
            self.item["accessed"] = {
                "date-parts": [
                    [
                        min(2025, year + self.rng.randint(0, 6)),
                        self.rng.randint(1, 12),
                        self.rng.randint(1, 28),
                    ]
                ]
            }

    def has(self, *labels: str) -> bool:
        """Whether the item has every one of `labels`."""
        return all(self.item.get(label) for label in labels)

    def drop(self, *labels: str) -> None:
        """Remove `labels` from the item: the form does not write them."""
        for label in labels:
            self.item.pop(label, None)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def t(self, text: str) -> Ctx:
        """Unlabelled text; a leading period after a period is dropped (as CSL collapses it)."""
        if text.startswith(".") and self.b.ends_with("."):
            text = text[1:]
        self.b.text(text)
        return self

    def v(self, label: str, *, dash: str | None = None, upper: bool = False) -> Ctx:
        """The item's value of `label`, written as is (a page range with `dash`)."""
        value = str(self.item[label])
        if dash is not None:
            value = page_text(value, dash)
        if upper:
            value = value.upper()
            self.item[label] = value
        stars = self.emphasis if label in _ITALIC.get(self.item.get("type", ""), ()) else ""
        self.b.text(stars).value(value, label).text(stars)
        if label == "title" and (gloss := self.item.get(GLOSS)):
            # a title's translation, unlabelled: "Tauelsizdik shezhiresi (Chronicle of …)"
            self.b.text(self.pick(" [{}]", " ({})").format(gloss))
        return self

    def opt(self, label: str, before: str = "", after: str = "", **kw: Any) -> Ctx:
        """``before value after`` when the item has `label`, else nothing."""
        if self.item.get(label):
            self.t(before).v(label, **kw).t(after)
        return self

    def date(
        self, label: str, form: str, *, context: str = "format", lang: str | None = None
    ) -> Ctx:
        """The date `label` in `form` (see `_forms.DATE_FORMS`); the item keeps what shows."""
        parts = self.item[label]["date-parts"][0]
        if form == "my_words" and len(parts) == 3:
            self.item[label] = {"date-parts": [parts[:2]]}
        text = date_text(self.item[label], lang or self.lang, form, context=context)
        self.b.value(text, label)
        return self

    def year(self, label: str = "issued", *, cut: bool = True) -> Ctx:
        """The year of date `label` alone (the item's date is cut to its year unless the full
        date is written elsewhere too: `cut` false)."""
        year = self.item[label]["date-parts"][0][0]
        if cut:
            self.item[label] = {"date-parts": [[year]]}
        self.b.value(str(year), label)
        return self

    def names(
        self,
        label: str,
        form: str,
        *,
        sep: str = ", ",
        last: str | None = None,
        most: int = 99,
        etal: str = "",
        first_form: str | None = None,
    ) -> Ctx:
        """The item's names of `label`, each a span, joined by `sep` (`last` before the last)."""
        people = self.item[label]
        shown = people[:most] if len(people) > most else people
        for i, person in enumerate(shown):
            if i:
                self.t(last if last is not None and i == len(shown) - 1 else sep)
            this = first_form if (first_form and i == 0) else form
            self.b.value(name_text(person, this, upper=self.upper), label)
        if len(shown) < len(people):
            self.etal = True
            self.t(etal)
        return self
