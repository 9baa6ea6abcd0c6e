"""Sorting: keys from variables and macros, compared by the language's ICU collation."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from lxml import etree

from citekit.styles.csl.collation import scripts_ranked
from citekit.styles.csl.dates import _date_key, _Dates
from citekit.styles.csl.model import _DATE_VARIABLES, _NAME_VARIABLES, Cite, Registry, _Ctx
from citekit.styles.csl.nameparts import parsed_names
from citekit.styles.locale import NS

_SPACES = re.compile(r"\s+")
_QUOTES = re.compile(r"[\"“”„«»‹›‘‚]|(?<!\w)['’]")  # quotes, and an apostrophe opening a word
_APOSTROPHE = re.compile(r"(?<=\w)['’]")  # "d’Wander", "de’ Frinkle": it parts the word


def _sortable(text: str) -> str:
    """Text as a sort key sees it: no markup or quotes; an apostrophe after a letter parts
    the word as a space does (citeproc-js: "d’Wander" before "de’ Frinkle", "’t Horvath"
    under T)."""
    text = _QUOTES.sub("", _SORT_MARKUP.sub("", text))
    return _APOSTROPHE.sub(" ", text).strip()


_SORT_MARKUP = re.compile(r"</?(?:i|b|sup|sub|sc|span)(?:\s[^>]*)?>")  # markup is not sorted


@functools.cache
def _collator(lang: str) -> Callable[[str], bytes]:
    """Sort keys in the alphabetical order of `lang`, from ICU (CLDR's collation rules):
    Turkish ı before i, Turkmen Ç before Ä, Kazakh Ә after А, and Russian's Cyrillic before
    Latin, which GOST lists want."""
    import icu  # type: ignore[import-untyped]  # PyICU ships no type information

    collator = icu.Collator.createInstance(icu.Locale(lang.replace("-", "_")))
    # punctuation does not order words ("“Simple title”", "[F]linders", "’t Horvath")
    collator.setAttribute(icu.UCollAttribute.ALTERNATE_HANDLING, icu.UCollAttributeValue.SHIFTED)
    key = cast(Callable[[str], bytes], collator.getSortKey)
    # but a space parts words, as in citeproc-js: "A Hansen" before "Ab Delrahman", "Smith,
    # John" before "Smithers" (a symbol that sorts before every letter and digit stands for it)
    return lambda text: key(_SPACES.sub("`", _sortable(text)))


@functools.cache
def _list_collator(lang: str, style_lang: str) -> Callable[[str], bytes]:
    """Sort keys in `lang`'s alphabetical order, with the scripts in `style_lang`'s
    (`citekit.styles.csl.collation`): a Russian style's list of Kazakh sources puts Cyrillic
    before Latin, and Ұ before Ү as Kazakh does."""
    letters, rank = _collator(lang), scripts_ranked(_collator(style_lang))
    return lambda text: bytes([rank(_sortable(text))]) + letters(text)


class _Desc:
    """Reverses the order of a sort value."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Desc) -> bool:
        return bool(other.value < self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


class _Sorting(_Dates):
    """Sorting: keys from variables and macros, compared by the language's ICU collation."""

    # -- sorting --------------------------------------------------------------------------
    def _sorted(
        self,
        items: Sequence[Mapping[str, Any]],
        section: etree._Element,
        options: dict[str, str],
        mode: str,
        run: Registry,
    ) -> list[Mapping[str, Any]]:
        sort = section.find(f"{NS}sort")
        if sort is None or len(items) < 2:
            return list(items)  # one cite (most citations): nothing to sort
        keys = sort.findall(f"{NS}key")

        wanted = run.collation
        collate = _collator(self.lang) if wanted is None else _list_collator(wanted, self.lang)

        cache = run.sort_keys.setdefault((id(section), mode, tuple(sorted(options.items()))), {})
        # keys are made from the items as registered, before any cite was made distinct
        # (names or suffixes added to a cite do not move it)
        numbered = Registry()
        numbered.numbers = run.numbers

        def key_of(item: Mapping[str, Any]) -> list[tuple[int, Any]]:
            known = cache.get(id(item))
            if known is not None and known[0] is item:
                return known[1]
            values: list[tuple[int, Any]] = []
            for key in keys:
                value = self._sort_value(key, item, options, mode, numbered)
                descending = key.get("sort") == "descending"
                if value in ("", None, ()):  # () : a name variable with no names
                    values.append((1, ""))  # empty keys go last either way
                    continue
                # numbers before words, words in the language's alphabetical order
                if isinstance(value, int):
                    value = (0, value, b"")
                elif isinstance(value, tuple):
                    value = (1, 0, b"".join(collate(part) for part in value))
                else:
                    value = (1, 0, collate(value))
                if descending:
                    values.append((0, _Desc(value)))
                else:
                    values.append((0, value))
            cache[id(item)] = (item, values)  # the item is kept, so its id is not reused
            return values

        indexed = list(enumerate(items))
        indexed.sort(key=lambda pair: (key_of(pair[1]), pair[0]))
        return [item for _i, item in indexed]

    def _sort_value(
        self,
        key: etree._Element,
        item: Mapping[str, Any],
        options: dict[str, str],
        mode: str,
        run: Registry,
    ) -> Any:
        sort_options = dict(options)
        for attr in ("names-min", "names-use-first", "names-use-last"):
            if key.get(attr):
                sort_options[attr.replace("names", "et-al")] = key.get(attr, "")
        ctx = _Ctx(self, Cite(item), mode, sort_options, run)
        ctx.sorting = True
        variable = key.get("variable")
        if variable:
            if variable in _NAME_VARIABLES:
                names = parsed_names(item.get(variable) or [])
                # each part its own key: "Dale, Jane" before "Dalebout, Ann"
                return tuple(part for n in names for part in self._sort_name(n).split("\x00"))
            if variable in _DATE_VARIABLES:
                return _date_key(item.get(variable))
            value = ctx.value(variable)
            if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
                return int(value)
            return str(value or "")
        macro = self.macros.get(key.get("macro", ""))
        if macro is None:
            return ""
        text = self._children(macro, ctx, "")
        return re.sub(r"<[^>]+>", "", html.unescape(text))
