"""Rendering elements: text, macros (memoized per entry), groups, choose, number and label."""

from __future__ import annotations

import re

from lxml import etree

from citekit._text import roman_numeral
from citekit.styles.csl.casing import _rich
from citekit.styles.csl.model import (
    _MAX_ENTRY_CHARS,
    _MAX_MACRO_CALLS,
    _attrs,
    _Ctx,
    _named,
    _StyleBase,
)
from citekit.styles.csl.numbers import _NUMERIC, _is_numeric, _page_ranges, _plural
from citekit.styles.csl.punctuation import VERBATIM
from citekit.styles.csl.richtext import _affix, _escape, _format, _join
from citekit.styles.locale import CslLocale, StyleError, conventions

_ADJACENT_PUNCTUATION = re.compile(r"(?<=[.,:;!?])(?=[.,:;!?])")


def _plain_text(
    el: etree._Element,
    text: str,
    ctx: _Ctx,
    *,
    term: bool = False,
    label: str = "",
    term_lang: str | None = None,
    text_lang: str | None = None,
) -> str:
    """A piece of text through text-case, strip-periods, escaping, formatting, affixes.

    A `term` is in the locale's language and cased by its rules ("içinde" -> "İçinde" in
    Turkish, "in" -> "In" in English whatever the item's language); item text by the item's.
    """
    if not text:
        return ""
    attrs = _attrs(el)
    case = attrs.get("text-case")
    lang = text_lang or ((term_lang or ctx.locale.lang) if term else ctx.language)
    if case == "title" and not lang.lower().startswith("en"):
        # CSL: title case only for English; a term of another language still opens with a
        # capital, as citeproc-js writes it ("(Ред.)")
        case = "capitalize-first" if term else None
    elif (
        case == "capitalize-all"
        and not term
        and ctx.corrections
        and _foreign(lang, ctx.locale.lang)
    ):
        # a style capitalises every word in its own language's and English's way (İSNAD's
        # `Doktora Tezi`); another language's words stay as written (`Дис. … канд. ист. наук`)
        case = None
    rich = _rich(text, case, lang, attrs.get("strip-periods") == "true")
    if label:
        rich = ctx.mark(label, rich)
    return _affix(el, _format(el, rich))


def _foreign(lang: str, style_lang: str) -> bool:
    """Whether item text in `lang` is in neither English nor the style's language."""
    code = lang.split("-")[0].lower()
    return code not in ("en", style_lang.split("-")[0].lower())


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
    if wanted == "near-note":
        return position != "first" and ctx.cite.near_note
    return False


_TESTED = ("type", "variable", "is-numeric", "is-uncertain-date", "locator", "position",
           "disambiguate")  # fmt: skip
_Tests = tuple[tuple[str, tuple[str, ...], str], ...]  # attribute, its values, as written
_CONDITIONS: dict[etree._Element, tuple[str, _Tests]] = {}


def _conditions(branch: etree._Element) -> tuple[str, _Tests]:
    """A branch's match and its tests (attribute, values, as written), read once; no tests
    when none would give a result. A ``disambiguate`` test comes first: each one read counts
    (the n-th holds for a cite still alike at step n), the others only read."""
    found = _CONDITIONS.get(branch)
    if found is None:
        if len(_CONDITIONS) > 100_000:
            _CONDITIONS.clear()
        tests = tuple(
            (attr, tuple(raw.split()), raw)
            for attr, raw in _attrs(branch).items()
            if attr in _TESTED
        )
        tests = tuple(sorted(tests, key=lambda test: test[0] != "disambiguate"))
        counted = sum(1 if attr in ("type", "disambiguate") else len(v) for attr, v, _r in tests)
        found = _CONDITIONS[branch] = (branch.get("match", "all"), tests if counted else ())
    return found


# a choose's branches: the branch, whether it is <else>, and for a branch testing the type
# alone the types and the answer that chooses it (true, or false for match="none")
_Choice = tuple[etree._Element, bool, frozenset[str] | None, bool]
_CHOICES: dict[etree._Element, tuple[_Choice, ...]] = {}


def _choices(choose: etree._Element) -> tuple[_Choice, ...]:
    found = _CHOICES.get(choose)
    if found is None:
        if len(_CHOICES) > 100_000:
            _CHOICES.clear()
        choices = []
        for name, branch in _named(choose):
            match, tests = _conditions(branch)
            types = None
            if name != "else" and len(tests) == 1 and tests[0][0] == "type":
                types = frozenset(tests[0][1])
            choices.append((branch, name == "else", types, match != "none"))
        found = _CHOICES[choose] = tuple(choices)
    return found


_LOCATOR_TYPES = (  # noqa: SIM905 (one string reads better than 29 lines)
    "act appendix article-locator book canon chapter column elocation equation figure folio "
    "issue line note opus page paragraph part rule scene section sub-verbo supplement table "
    "timestamp title-locator verse version volume"
).split()


def _opens_with_label(locator: str, locale: CslLocale) -> bool:
    """Whether a locator opens with a locator label of its own ("vol. 1, fol. 186")."""
    word = re.match(r"\s*([^\W\d]+\.)\s*\d", locator)
    if word is None:
        return False
    for name in _LOCATOR_TYPES:
        for plural in (False, True):
            if locale.term(name, "short", plural=plural) == word[1]:
                return True
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
        for name, child in _named(parent):
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
        attrs = _attrs(el)
        name = attrs.get("macro")
        if name is not None:
            macro = self.macros.get(name)
            if macro is None:
                raise StyleError(self.name, f"<text macro={name!r}> names no macro")
            called, rendered = ctx.called, ctx.rendered
            inner = self._macro(macro, ctx)
            if not inner or (ctx.called > called and ctx.rendered == rendered):
                return ""  # a macro is a group to citeproc-js: its terms go with its variables
            if ctx.rendered == rendered:
                ctx.rendered += 1  # a macro that writes something is content around it
            # text-case on a macro call is not applied, as citeproc-js (which style authors
            # test with) does not: "in context" stays lower case under text-case="title"
            return _affix(el, _format(el, inner))
        if "value" in attrs:
            return _plain_text(el, attrs["value"], ctx)
        term_name = attrs.get("term")
        if term_name is not None:
            plural = attrs.get("plural") == "true"
            locale = ctx.locale
            if ctx.notes_locale is not None and term_name in conventions().notes_area_terms:
                locale = ctx.notes_locale
            term = locale.term(term_name, attrs.get("form", "long"), plural=plural)
            if term and not ctx.rendered and not ctx.term_before and ctx.opens_with_term:
                # a note or an entry opening with a term: "Ibid.", and "S. d." or "N.d." for
                # an unsigned, undated source (as citeproc-js writes them)
                term = term[:1].upper() + term[1:]
            if term and term_name == "no date":
                # "n.d." stands for the date a source lacks: a group holding it is not empty
                # (CMOS 14.145: an undated book is "n.d." even with no publisher to name)
                ctx.called += 1
                ctx.rendered += 1
            ctx.term_before = ctx.term_before or bool(term)
            return _plain_text(el, term or "", ctx, term=True, term_lang=locale.lang)
        variable = attrs.get("variable")
        if variable is None:
            return ""
        if variable != "year-suffix":
            # a year suffix is given after the entries are made (as citeproc-js does it), so an
            # empty one does not make a group ("n.d." + suffix) count as empty
            ctx.called += 1
        value = None
        source = variable  # the item's variable whose value is written (for its marks)
        if attrs.get("form") == "short":
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
        elif variable in ("issue", "volume") and re.fullmatch(r"\d+\s*-\s*\d+", text):
            text = re.sub(r"\s*-\s*", "–", text)  # "n. 3–4": a range of issues, as citeproc-js
        if variable in ("page", "locator") and " & " in text:
            symbol = ctx.locale.term("and", "symbol")
            if symbol and symbol != "&":
                text = text.replace(" & ", f" {symbol} ")  # the locale's own ampersand
        suffix = ctx.run.year_suffix(ctx.item) if variable == "citation-label" else None
        if suffix and not self._explicit_suffix and not ctx.sorting and not ctx.suffixed:
            text += suffix  # "Asth00a": the label takes the year suffix (as citeproc-js)
            ctx.suffixed = True
        if variable in ("URL", "DOI") or variable == "url":
            # an address is written as it is: "::" and ".." inside it are no punctuation to merge
            # ("http://[::1]/" was "http://[:1]/", DOI "10.1000/a..b" was "10.1000/a.b")
            kept = _ADJACENT_PUNCTUATION.sub(VERBATIM, _escape(text))
            return _affix(el, _format(el, ctx.mark(source, kept)))
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
        inner = self._children(el, ctx, _attrs(el).get("delimiter", ""))
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
        kind = ctx.item.get("type")
        if isinstance(kind, (list, dict)):
            kind = None  # unhashable: no type matches it
        for branch, otherwise, types, wanted in _choices(el):
            if otherwise:
                return branch
            if types is not None:  # the most common test, read here: the item's type
                if (kind in types) is wanted:
                    return branch
            elif self._test(branch, ctx):
                return branch
        return None

    def _test(self, branch: etree._Element, ctx: _Ctx) -> bool:
        """Whether the branch's conditions hold; reading stops once the answer is known
        (conditions only read the item and the run)."""
        match, tests = _conditions(branch)
        if not tests:
            return False
        for attr, values, raw in tests:
            if attr == "variable":
                results = [ctx.peek(v) not in (None, "", []) for v in values]
            elif attr == "type":  # one test, any of the types (citeproc-js reads it so)
                results = [ctx.item.get("type") in values]
            elif attr == "is-numeric":
                results = [_is_numeric(ctx.peek(v)) for v in values]
            elif attr == "is-uncertain-date":
                results = [bool((ctx.peek(v) or {}).get("circa")) for v in values]
            elif attr == "locator":
                results = [ctx.cite.label == v for v in values]
            elif attr == "position":
                results = [_position_matches(ctx, v) for v in values]
            else:  # disambiguate: read first, as each test counts (see _conditions)
                flagged = ctx.tests < ctx.run.flagged.get(str(ctx.item.get("id")), 0)
                ctx.tests += 1
                results = [flagged if raw == "true" else not flagged]
            if match == "all":
                if not all(results):
                    return False
            elif any(results):
                return match == "any"
        return match != "any"

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
                text = roman_numeral(number)
            elif form == "ordinal":
                text = f"{number}{self._ordinal_suffix(number, ctx, gender)}"
            elif form == "long-ordinal":
                word = ctx.locale.ordinal(number, gender, long=True)
                text = word or f"{number}{self._ordinal_suffix(number, ctx, gender)}"
        else:
            if _NUMERIC.match(text):  # "3-5": a range of numbers takes the en dash
                text = re.sub(r"(?<=\d)\s*[-–—]\s*(?=\d)", "–", re.sub(r"\s*-\s*", "-", text))
        # roman numerals are Latin letters, cased by English rules: III, never Turkish İİİ
        latin = "en" if match and form == "roman" else None
        # a number is plain text: markup in it is written out, not applied (as citeproc-js)
        return _plain_text(
            el, text.replace("<", "\x07"), ctx, label=variable, text_lang=latin
        ).replace("\x07", "&#60;")

    def _ordinal_suffix(self, number: int, ctx: _Ctx, gender: str = "") -> str:
        """The ordinal suffix of the locale, in the gender of what is counted."""
        return ctx.locale.ordinal(number, gender) or ""

    def _label(self, el: etree._Element, ctx: _Ctx) -> str:
        variable = el.get("variable", "")
        if variable == "locator":
            value = ctx.cite.locator
            term_name = ctx.cite.label or "page"
            if isinstance(value, str) and _opens_with_label(value, ctx.locale):
                return ""  # "vol. 1, fol. 186": the locator writes its own labels
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
