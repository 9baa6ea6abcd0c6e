"""Dates: forms from the locale, date parts, ranges written once where the dates agree."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from babel import UnknownLocaleError
from babel.dates import get_month_names
from lxml import etree

from citekit.dates import parse_date
from citekit.model import season_number
from citekit.styles.csl.model import _attrs, _Ctx
from citekit.styles.csl.names import _Names
from citekit.styles.csl.render import _plain_text
from citekit.styles.csl.richtext import _affix, _escape, _format, _join
from citekit.styles.locale import NS

_WITHOUT: dict[tuple[str, tuple[tuple[str, str], ...], str], etree._Element] = {}


def _without(element: etree._Element, attribute: str) -> etree._Element:
    """A copy of a date part without one attribute (made once per kind of part)."""
    key = (
        str(element.tag),
        tuple(sorted((str(k), str(v)) for k, v in element.attrib.items())),
        attribute,
    )
    found = _WITHOUT.get(key)
    if found is None:
        found = _WITHOUT[key] = etree.fromstring(etree.tostring(element))
        if attribute in found.attrib:
            del found.attrib[attribute]
    return found


def _genitive(name: str, month: int, lang: str) -> str:
    """A month's name as CLDR writes it after a day, when that differs (Russian октября)."""
    code = lang.split("-")[0]
    try:
        stand_alone = str(get_month_names("wide", "stand-alone", code)[month])
        formatted = str(get_month_names("wide", "format", code)[month])
    except (UnknownLocaleError, ValueError, KeyError):
        return name
    if name.casefold() == stand_alone.casefold() and formatted.casefold() != name.casefold():
        return formatted
    return name


def _issued_year(item: Mapping[str, Any]) -> int | None:
    parts = _date_parts(item.get("issued"))
    return parts[0] if parts else None


def _date_parts(value: Any, which: int = 0) -> list[int] | None:
    """The `which`-th date of a CSL date (the second is a range's end), as numbers."""
    if not isinstance(value, Mapping):
        return None
    raw = value.get("date-parts")
    if not raw or len(raw) <= which or not raw[which]:
        return None
    try:
        parts = [int(p) for p in raw[which] if str(p).strip() != ""]
    except (TypeError, ValueError):
        return None
    return parts or None


def _date_key(value: Any) -> str:
    """A sortable date; a range sorts by its start, then its end."""
    parts = _date_parts(value)
    if parts is None:
        return ""
    key = _one_date_key(parts)
    end = _date_parts(value, 1)
    return key + "-" + _one_date_key(end) if end else key


def _one_date_key(parts: list[int]) -> str:
    year, month, day = [*parts, 0, 0][:3]
    return f"{year + 10000:05d}{month:02d}{day:02d}"


_MERGED: dict[tuple[etree._Element, etree._Element], list[etree._Element]] = {}


def _merged(el: etree._Element, template: etree._Element) -> list[etree._Element]:
    """The locale's date parts for a localized date, with the style's own attributes over
    them (prefixes and suffixes excepted), made once (do not change the list)."""
    found = _MERGED.get((el, template))
    if found is not None:
        return found
    if len(_MERGED) > 10_000:
        _MERGED.clear()
    wanted = el.get("date-parts", "year-month-day").split("-")
    overrides = {p.get("name"): p for p in el.findall(f"{NS}date-part")}
    merged_parts = []
    for part in template.findall(f"{NS}date-part"):
        name = part.get("name", "")
        if name not in wanted:
            continue
        merged = etree.Element("date-part", _attrs(part))
        override = overrides.get(name)
        if override is not None:
            for k, v in _attrs(override).items():
                if k not in ("prefix", "suffix"):
                    merged.set(k, v)
        merged_parts.append(merged)
    _MERGED[(el, template)] = merged_parts
    return merged_parts


class _Dates(_Names):
    """Dates: forms from the locale, date parts, ranges written once where the dates agree."""

    # -- dates ----------------------------------------------------------------------------
    def _date(self, el: etree._Element, ctx: _Ctx) -> str:
        if ctx.cite.looking and el.get("variable") == "accessed":
            ctx.called += 1  # cites alike but for the day they were read are alike (citeproc-js)
            return ""
        rendered = ctx.rendered
        notes = ctx.notes_locale
        if el.get("variable") == "accessed" and notes is not None and notes is not ctx.locale:
            # the access date belongs to the notes area: the list's month names and formats
            own, ctx.locale = ctx.locale, notes
            try:
                out = self._date_in_locale(el, ctx)
            finally:
                ctx.locale = own
        else:
            out = self._date_in_locale(el, ctx)
        if not out:
            ctx.rendered = rendered  # a date whose parts wrote nothing ("day" of a year) is empty
        return out

    def _date_in_locale(self, el: etree._Element, ctx: _Ctx) -> str:
        variable = el.get("variable", "")
        ctx.called += 1
        value = ctx.value(variable)
        parts = _date_parts(value)
        if parts is None and isinstance(value, Mapping) and value.get("raw"):
            read = parse_date(str(value["raw"]))  # "25 октября 2021", "2021-10": read it
            if read is not None:
                parts = list(read.parts())
            else:
                value = {"literal": value["raw"]}  # "Bogus Date": written as it is
        if parts is None:
            if isinstance(value, Mapping) and value.get("literal"):
                ctx.rendered += 1
                return _affix(el, _format(el, ctx.mark(variable, _escape(str(value["literal"])))))
            return ""
        ctx.rendered += 1
        if len(parts) < 2 and isinstance(value, Mapping) and value.get("season"):
            season = season_number(value["season"])  # checked with the item: 1-4, 21-24, a name
            parts = [*parts, 12 + (season or 0)]  # a season stands for a month
        ends = [parts]
        second = _date_parts(value, 1)
        open_ended = second is not None and second[0] == 0  # "1987–": no end yet
        if second and second != parts and not open_ended:
            ends.append(second)
        form = el.get("form")
        if form:
            template = ctx.locale.dates.get(form)
            if template is None:
                return ""
            merged_parts = _merged(el, template)
            delimiter = template.get("delimiter", "")
        else:
            merged_parts = el.findall(f"{NS}date-part")
            delimiter = el.get("delimiter", "")
        day_shown = any(p.get("name") == "day" for p in merged_parts)
        if len(ends) == 2:
            ranged = self._date_range(merged_parts, ends[0], ends[1], delimiter, ctx, day_shown)
            if ranged is not None:
                return _affix(el, _format(el, ctx.mark(variable, ranged)))
        bodies = [
            _join(
                [self._date_part(p, end, ctx, after_day=day_shown) for p in merged_parts],
                delimiter,
            )
            for end in ends
        ]
        dashes = [p.get("range-delimiter") or "" for p in merged_parts]
        dash = next((d for d in dashes if d), "–")
        text = _escape(dash).join(b for b in bodies if b)
        text = ctx.mark(variable, text + (_escape(dash) if open_ended else ""))
        return _affix(el, _format(el, text))

    def _date_range(
        self,
        elements: list[etree._Element],
        start: list[int],
        end: list[int],
        delimiter: str,
        ctx: _Ctx,
        day_shown: bool,
    ) -> str | None:
        """A range written once where the dates agree: "2–4 January 1999", "January 2–March 4,
        1999"; the dash is the range-delimiter of the largest part that differs."""
        names = ["year", "month", "day"]
        if len(start) != len(end):
            return None  # uneven precision: written whole
        differing = next((names[i] for i in range(min(len(start), 3)) if start[i] != end[i]), None)
        shown = [e.get("name", "") for e in elements]
        if differing is None or differing not in shown:
            return None
        small = set(names[names.index(differing) :])
        inside = [i for i, name in enumerate(shown) if name in small]
        first, last = inside[0], inside[-1]
        if inside != list(range(first, last + 1)):
            return None  # the differing parts are not side by side
        dash = elements[shown.index(differing)].get("range-delimiter") or "–"

        def written(i: int, parts: list[int]) -> bool:
            """Whether the date has the part (a season has no day)."""
            index = names.index(elements[i].get("name", "year"))
            return len(parts) > index and bool(parts[index])

        def segment(parts: list[int], trim: str) -> str:
            shown = [i for i in range(first, last + 1) if written(i, parts)] or [first]
            pieces = []
            for i in range(first, last + 1):
                element = elements[i]
                if (trim == "suffix" and i == shown[-1]) or (trim == "prefix" and i == shown[0]):
                    element = _without(element, trim)
                pieces.append(self._date_part(element, parts, ctx, after_day=day_shown))
            return _join(pieces, delimiter)

        before = [self._date_part(e, start, ctx, after_day=day_shown) for e in elements[:first]]
        after = [self._date_part(e, start, ctx, after_day=day_shown) for e in elements[last + 1 :]]
        middle = segment(start, "suffix") + _escape(dash) + segment(end, "prefix")
        return _join([*before, middle, *after], delimiter)

    def _date_part(
        self, el: etree._Element, parts: list[int], ctx: _Ctx, *, after_day: bool = False
    ) -> str:
        name = el.get("name", "")
        form = el.get("form")
        year = parts[0]
        month = parts[1] if len(parts) > 1 else 0
        day = parts[2] if len(parts) > 2 else 0
        if name == "year":
            text = str(abs(year)) if form != "short" else f"{abs(year) % 100:02d}"
            if year < 0:
                text += ctx.locale.term("bc") or "BC"
            elif 0 < year < 1000:
                text += ctx.locale.term("ad") or "AD"
            suffix = ctx.run.year_suffix(ctx.item)
            if suffix and not self._explicit_suffix and not ctx.sorting and not ctx.suffixed:
                text += suffix  # no <text variable="year-suffix">: it follows the first year
                ctx.suffixed = True
        elif name == "month":
            if not month:
                return ""
            if 13 <= month <= 24:  # seasons: 13-16, CSL-JSON's 21-24 (and 17-20, as citeproc-js)
                text = ctx.locale.term(f"season-{(month - 13) % 4 + 1:02d}") or ""
            elif form == "numeric":
                text = str(month)
            elif form == "numeric-leading-zeros":
                text = f"{month:02d}"
            else:
                width = "short" if form == "short" else "long"
                text = ctx.locale.term(f"month-{month:02d}", width) or ""
                if width == "long" and after_day and len(parts) > 2:
                    text = _genitive(text, month, self.lang)  # 25 октября, not 25 октябрь
        elif name == "day":
            if not day:
                return ""
            if form == "numeric-leading-zeros":
                text = f"{day:02d}"
            elif form == "ordinal" and (not ctx.locale.limit_ordinals or day == 1):
                gender = ctx.locale.genders.get(f"month-{month or 0:02d}", "")
                text = f"{day}{self._ordinal_suffix(day, ctx, gender)}"
            else:
                text = str(day)
        else:
            return ""
        return _plain_text(el, text, ctx)
