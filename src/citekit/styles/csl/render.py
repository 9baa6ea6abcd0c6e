"""Rendering elements: text, macros (memoized per entry), groups, choose, number and label."""

from __future__ import annotations

import re

from lxml import etree

from citekit.styles.csl.casing import _case_html, _rich
from citekit.styles.csl.model import (
    _MAX_ENTRY_CHARS,
    _MAX_MACRO_CALLS,
    _attrs,
    _Ctx,
    _elements,
    _StyleBase,
)
from citekit.styles.csl.numbers import _NUMERIC, _is_numeric, _page_ranges, _plural, _roman
from citekit.styles.csl.richtext import _affix, _escape, _format, _join
from citekit.styles.locale import StyleError, conventions, localname


def _plain_text(
    el: etree._Element,
    text: str,
    ctx: _Ctx,
    *,
    term: bool = False,
    label: str = "",
    term_lang: str | None = None,
) -> str:
    """A piece of text through text-case, strip-periods, escaping, formatting, affixes.

    A `term` is in the locale's language and cased by its rules ("içinde" -> "İçinde" in
    Turkish, "in" -> "In" in English whatever the item's language); item text by the item's.
    """
    if not text:
        return ""
    case = el.get("text-case")
    lang = (term_lang or ctx.locale.lang) if term else ctx.language
    if case == "title" and not lang.lower().startswith("en"):
        # CSL: title case only for English; a term of another language still opens with a
        # capital, as citeproc-js writes it ("(Ред.)")
        case = "capitalize-first" if term else None
    rich = _rich(text, case, lang, el.get("strip-periods") == "true")
    if label:
        rich = ctx.mark(label, rich)
    return _affix(el, _format(el, rich))


def _position_matches(ctx: _Ctx, wanted: str) -> bool:
    if ctx.mode != "citation":
        return False
    position = ctx.cite.position
    if wanted == "first":
        return position == "first"
    if wanted == "subsequent":
        return position != "first"
    if wanted == "ibid":
        return position in ("ibid", "ibid-with-locator")
    if wanted == "ibid-with-locator":
        return position == "ibid-with-locator"
    return False


class _Rendering(_StyleBase):
    """Rendering elements: text, macros (memoized per entry), groups, choose, number and label."""

    # -- rendering elements ---------------------------------------------------------------
    def _children(self, parent: etree._Element, ctx: _Ctx, delimiter: str) -> str:
        return _join(self._parts(parent, ctx), delimiter)

    def _parts(self, parent: etree._Element, ctx: _Ctx) -> list[str]:
        """Each child's output; a choose adds its branch's children one by one, so the
        enclosing delimiter falls between them too (as citeproc-js renders it)."""
        parts = []
        for child in _elements(parent):
            name = localname(child)
            if name == "choose":
                branch = self._branch(child, ctx)
                if branch is not None:
                    parts.extend(self._parts(branch, ctx))
                continue
            render = self._dispatch.get(name)
            if render is not None:
                parts.append(render(child, ctx))
        return parts

    def _text(self, el: etree._Element, ctx: _Ctx) -> str:
        if el.get("macro") is not None:
            macro = self.macros.get(el.get("macro", ""))
            if macro is None:
                raise StyleError(self.name, f"<text macro={el.get('macro')!r}> names no macro")
            called, rendered = ctx.called, ctx.rendered
            inner = self._macro(macro, ctx)
            if not inner or (ctx.called > called and ctx.rendered == rendered):
                return ""  # a macro is a group to citeproc-js: its terms go with its variables
            return _affix(el, _format(el, _case_html(inner, el.get("text-case"), self.lang)))
        if el.get("value") is not None:
            return _plain_text(el, el.get("value", ""), ctx)
        if el.get("term") is not None:
            plural = el.get("plural") == "true"
            locale = ctx.locale
            if ctx.notes_locale is not None and el.get("term") in conventions().notes_area_terms:
                locale = ctx.notes_locale
            term = locale.term(el.get("term", ""), el.get("form", "long"), plural=plural)
            if term and el.get("term") == "no date":
                # "n.d." stands for the date a source lacks: a group holding it is not empty
                # (CMOS 14.145: an undated book is "n.d." even with no publisher to name)
                ctx.called += 1
                ctx.rendered += 1
            return _plain_text(el, term or "", ctx, term=True, term_lang=locale.lang)
        variable = el.get("variable")
        if variable is None:
            return ""
        if variable != "year-suffix":
            # a year suffix is given after the entries are made (as citeproc-js does it), so an
            # empty one does not make a group ("n.d." + suffix) count as empty
            ctx.called += 1
        value = None
        source = variable  # the item's variable whose value is written (for its marks)
        if el.get("form") == "short":
            source = f"{variable}-short"
            value = ctx.value(source)
            if value is None and variable == "container-title":
                value = ctx.value("journalAbbreviation")
        if value is None:
            source = variable
            value = ctx.value(variable)
        if value in (None, ""):
            return ""
        ctx.rendered += 1
        text = str(value)
        if variable == "page" or (variable == "locator" and ctx.cite.label == "page"):
            dash = ctx.locale.term("page-range-delimiter") or "–"
            text = _page_ranges(text, self.page_range_format, dash)
        elif variable == "locator" and re.fullmatch(r"\d+\s*-\s*\d+", text):
            text = re.sub(r"\s*-\s*", "–", text)  # "chaps. 200–201": a range takes the en dash
        if variable in ("page", "locator") and " & " in text:
            symbol = ctx.locale.term("and", "symbol")
            if symbol and symbol != "&":
                text = text.replace(" & ", f" {symbol} ")  # the locale's own ampersand
        suffix = ctx.run.year_suffix(ctx.item) if variable == "citation-label" else None
        if suffix and not self._explicit_suffix and not ctx.sorting and not ctx.suffixed:
            text += suffix  # "Asth00a": the label takes the year suffix (as citeproc-js)
            ctx.suffixed = True
        if variable in ("URL", "DOI") or variable == "url":
            return _affix(el, _format(el, ctx.mark(source, _escape(text))))
        return _plain_text(el, text, ctx, label=source)

    def _macro(self, macro: etree._Element, ctx: _Ctx) -> str:
        """A macro's output, made at most twice per entry and state (what was substituted,
        whether a substitute is recording): a macro called again, as nested macros may be at
        every level, is not rendered again, and what rendering it did to the entry is done
        again. The first call renders plainly (most macros are called once)."""
        recording = ctx.recording
        # the substituted set only grows while an entry renders: its size tells its state
        key = (
            id(macro),
            len(ctx.substituted),
            recording is not None,
            ctx.names_seen,
            ctx.first_names is None,
            ctx.suffixed,
            id(ctx.locale),
            ctx.tests,
        )
        known = ctx.memo.get(key)
        if known is not None:
            out, called, rendered, substituted, read, first_names, names_seen, suffixed, tests = (
                known
            )
            assert isinstance(out, str)
            ctx.tests += tests
            ctx.suffixed = ctx.suffixed or suffixed
            ctx.called += called
            ctx.rendered += rendered
            ctx.substituted.update(substituted)
            if recording is not None:
                recording.update(read)
            if first_names is not None and ctx.first_names is None:
                ctx.first_names = first_names
            ctx.names_seen = ctx.names_seen or names_seen
            return self._bounded(out)
        ctx.steps += 1
        if ctx.steps > _MAX_MACRO_CALLS:
            raise StyleError(
                self.name, f"an entry needs more than {_MAX_MACRO_CALLS} macro calls: too deep"
            )
        if key not in ctx.met:
            ctx.met.add(key)
            return self._bounded(self._children(macro, ctx, ""))
        called, rendered, names_seen, suffixed, tests = (
            ctx.called,
            ctx.rendered,
            ctx.names_seen,
            ctx.suffixed,
            ctx.tests,
        )
        substituted = set(ctx.substituted)
        read = set(recording) if recording is not None else set()
        first_names = ctx.first_names
        out = self._children(macro, ctx, "")
        ctx.memo[key] = (
            out,
            ctx.called - called,
            ctx.rendered - rendered,
            frozenset(ctx.substituted - substituted),
            frozenset(recording - read) if recording is not None else frozenset(),
            ctx.first_names if first_names is None else None,
            ctx.names_seen and not names_seen,
            ctx.suffixed and not suffixed,
            ctx.tests - tests,
        )
        return self._bounded(out)

    def _bounded(self, out: str) -> str:
        """A macro's output, refused past `_MAX_ENTRY_CHARS` (macros that double it level by
        level would write gigabytes)."""
        if len(out) > _MAX_ENTRY_CHARS:
            raise StyleError(
                self.name, f"an entry grows past {_MAX_ENTRY_CHARS:,} characters: macros too deep"
            )
        return out

    def _group(self, el: etree._Element, ctx: _Ctx) -> str:
        called, rendered = ctx.called, ctx.rendered
        inner = self._children(el, ctx, el.get("delimiter", ""))
        if ctx.called > called and ctx.rendered == rendered:
            return ""  # every variable it asked for was empty
        if not inner:
            return ""
        if ctx.rendered == rendered:
            ctx.rendered += 1  # a group that writes something is content to the group around it
        return _affix(el, _format(el, inner))

    def _choose(self, el: etree._Element, ctx: _Ctx) -> str:
        branch = self._branch(el, ctx)
        return "" if branch is None else self._children(branch, ctx, "")

    def _branch(self, el: etree._Element, ctx: _Ctx) -> etree._Element | None:
        for branch in _elements(el):
            if localname(branch) == "else" or self._test(branch, ctx):
                return branch
        return None

    def _test(self, branch: etree._Element, ctx: _Ctx) -> bool:
        results: list[bool] = []
        for attr, raw in _attrs(branch).items():
            values = raw.split()
            if attr == "type":  # one test, any of the types (citeproc-js reads it so)
                results.append(ctx.item.get("type") in values)
            elif attr == "variable":
                results += [ctx.peek(v) not in (None, "", []) for v in values]
            elif attr == "is-numeric":
                results += [_is_numeric(ctx.peek(v)) for v in values]
            elif attr == "is-uncertain-date":
                results += [bool((ctx.peek(v) or {}).get("circa")) for v in values]
            elif attr == "locator":
                results += [ctx.cite.label == v for v in values]
            elif attr == "position":
                results += [_position_matches(ctx, v) for v in values]
            elif attr == "disambiguate":
                flagged = ctx.tests < ctx.run.flagged.get(str(ctx.item.get("id")), 0)
                ctx.tests += 1
                results.append(flagged if raw == "true" else not flagged)
        if not results:
            return False
        match = branch.get("match", "all")
        if match == "any":
            return any(results)
        if match == "none":
            return not any(results)
        return all(results)

    def _number(self, el: etree._Element, ctx: _Ctx) -> str:
        variable = el.get("variable", "")
        ctx.called += 1
        value = ctx.value(variable)
        if value in (None, ""):
            return ""
        ctx.rendered += 1
        text = str(value)
        form = el.get("form", "numeric")
        match = re.fullmatch(r"\s*(\d+)\s*", text)
        if match and form != "numeric":
            number = int(match.group(1))
            gender = ctx.locale.genders.get(variable, "")
            if form == "roman":
                text = _roman(number)
            elif form == "ordinal":
                text = f"{number}{self._ordinal_suffix(number, ctx, gender)}"
            elif form == "long-ordinal":
                word = ctx.locale.ordinal(number, gender, long=True)
                text = word or f"{number}{self._ordinal_suffix(number, ctx, gender)}"
        else:
            if _NUMERIC.match(text):  # "3-5": a range of numbers takes the en dash
                text = re.sub(r"(?<=\d)\s*[-–]\s*(?=\d)", "–", re.sub(r"\s*-\s*", "-", text))
        return _plain_text(el, text, ctx, label=variable)

    def _ordinal_suffix(self, number: int, ctx: _Ctx, gender: str = "") -> str:
        """The ordinal suffix of the locale, in the gender of what is counted."""
        return ctx.locale.ordinal(number, gender) or ""

    def _label(self, el: etree._Element, ctx: _Ctx) -> str:
        variable = el.get("variable", "")
        if variable == "locator":
            value = ctx.cite.locator
            term_name = ctx.cite.label or "page"
        else:
            value = ctx.value(variable)
            term_name = variable
        if value in (None, ""):
            return ""
        plural_rule = el.get("plural", "contextual")
        if plural_rule == "always":
            plural = True
        elif plural_rule == "never":
            plural = False
        elif variable in ("number-of-pages", "number-of-volumes"):
            plural = _is_numeric(value) and str(value).strip() != "1"
        else:
            plural = _plural(str(value).replace("\\-", ""), ctx.locale)
        term = ctx.locale.term(term_name, el.get("form", "long"), plural=plural)
        return _plain_text(el, term or "", ctx, term=True)
