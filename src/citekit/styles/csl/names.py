"""Names: lists with "and" and "et al.", each name inverted, initialised or shortened."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from lxml import etree

from citekit.languages import shipped_words
from citekit.styles.csl.casing import _case, _rich
from citekit.styles.csl.model import _attrs, _Ctx, _elements
from citekit.styles.csl.render import _plain_text, _Rendering
from citekit.styles.csl.richtext import _MARKUP, _affix, _escape, _format, _join, _typography
from citekit.styles.locale import NS, localname


def _inherit_substitutes(root: etree._Element) -> None:
    """A substitute's bare ``<names variable="editor"/>`` takes its parent's name options,
    inside a ``<choose>`` of the substitute too (Chicago's `author-bib` names an edited book's
    editors so: `Starr, S. Frederick, and Svante E. Cornell, eds.`, as citeproc-js writes it):
    written into the style once, when it is read."""
    for names in list(root.iter(f"{NS}names")):
        substitute = names.find(f"{NS}substitute")
        if substitute is None:
            continue
        for child in _bare_names(substitute):
            parent = child.getparent()
            if parent is not None:
                parent.replace(child, _inherited(child, names))


def _bare_names(element: etree._Element) -> list[etree._Element]:
    """The bare ``<names>`` under `element`, through conditions, not into other names."""
    found = []
    for child in element:
        tag: object = child.tag  # a function for a comment
        if not isinstance(tag, str):
            continue
        if localname(child) == "names":
            if not len(child):
                found.append(child)
        else:
            found.extend(_bare_names(child))
    return found


def _inherited(child: etree._Element, parent: etree._Element) -> etree._Element:
    copy = etree.fromstring(etree.tostring(parent))
    if "variable" in copy.attrib:
        del copy.attrib["variable"]
    for sub in list(copy):
        if localname(sub) == "substitute":
            copy.remove(sub)
    copy.set("variable", child.get("variable", ""))
    return copy


@functools.cache
def _digraphs() -> frozenset[str]:
    """The letter pairs a given name's initial keeps whole (`[words] initial_digraph`)."""
    return frozenset(shipped_words("initial_digraph"))


def _initials(
    given: str, initialize_with: str, *, hyphen: bool = True, names_too: bool = True
) -> str:
    """ "John Paul" -> "J. P.", "Jean-Paul" -> "J.-P.", "M.E" -> "M. E."; lower-case particles
    ("de") stay. With `names_too` false only what is already an initial is normalised."""
    out = ""
    tokens = [t for t in re.split(r"(\s+|-|\.)", given.strip()) if t and not t.isspace()]
    for i, token in enumerate(tokens):
        if token == ".":
            continue
        if token == "-":
            if i + 1 < len(tokens) and _bare(tokens[i + 1])[1][:1].islower():
                continue  # "Guo-ping" -> "G.": a lower-case part after a hyphen is no initial
            out = out.rstrip() + ("-" if hyphen else "")
            continue
        opened, token, closed = _bare(token)  # "<b>John</b>" -> "<b>J.</b>"
        if not token:
            continue
        if token[0].islower() and i and tokens[i - 1] == "-":
            continue
        abbreviated = i + 1 < len(tokens) and tokens[i + 1] == "."  # "Ph.", "Me.": kept whole
        if token[0].islower() or not token[0].isalpha():
            # a particle inside the given names stands apart: "J.B. de C.M."
            out = out if not out or out.endswith(" ") else out + " "
            piece = token + " "
        elif len(token) == 1 or abbreviated:
            piece = token + initialize_with
        elif names_too:
            # a digraph written in capitals keeps its second letter: "TSerendorjiin" -> "Ts."
            digraph = len(token) > 2 and token[1].isupper() and token[2].islower()
            # … and one a language writes so (`[words] initial_digraph`: `Джеймс` -> `Дж.`)
            digraph = digraph or (len(token) > 2 and token[:2] in _digraphs())
            piece = (token[:2].capitalize() if digraph else token[0]) + initialize_with
        else:
            piece = token + " "
        core = piece.rstrip()
        out += opened + core + closed + piece[len(core) :]
    return out.strip()


def _bare(token: str) -> tuple[str, str, str]:
    """A word's opening tags, the word, and its closing tags ("<b>", "John", "</b>")."""
    match = re.fullmatch(r"((?:<[a-z]+>)*)(.*?)((?:</[a-z]+>)*)", token)
    return (match[1], match[2], match[3]) if match else ("", token, "")


def _unspaced(char: str) -> bool:
    """Whether a character is of a script written without spaces (Chinese, Japanese, Thai)."""
    code = ord(char) if char else 0
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x0E00 <= code <= 0x0E7F


def _romanesque(text: str) -> bool:
    """Whether a name is written in a script that separates given and family names."""
    return all(
        not char.isalpha() or ord(char) < 0x0590 or 0x1E00 <= ord(char) <= 0x1EFF for char in text
    )


# after an entry's first names: no period merges into theirs ("et al." + ". ") until the entry
# is finished, so that "———" standing for them keeps it ("———. 1994"); `_tidy` merges the rest
_NAMES_END = "\x0f"


_Parts = tuple[
    list[str],
    etree._Element | None,
    etree._Element | None,
    etree._Element | None,
    etree._Element | None,
    bool,
]
_PARTS: dict[etree._Element, _Parts] = {}


def _parts_of(el: etree._Element) -> _Parts:
    """A ``<names>`` element's variables, its name, et-al, label and substitute elements, and
    whether the label comes first, read once (do not change the list)."""
    found = _PARTS.get(el)
    if found is None:
        if len(_PARTS) > 100_000:
            _PARTS.clear()
        name_el = el.find(f"{NS}name")
        label_el = el.find(f"{NS}label")
        before = (
            list(el).index(label_el) < list(el).index(name_el)
            if label_el is not None and name_el is not None
            else False
        )
        found = _PARTS[el] = (
            el.get("variable", "").split(),
            name_el,
            el.find(f"{NS}et-al"),
            label_el,
            el.find(f"{NS}substitute"),
            before,
        )
    return found


_NAME_PARTS: dict[etree._Element, dict[str, etree._Element]] = {}


def _name_parts(name_el: etree._Element) -> dict[str, etree._Element]:
    """A ``<name>`` element's ``<name-part>`` elements by the part they style (do not change
    the dict)."""
    found = _NAME_PARTS.get(name_el)
    if found is None:
        if len(_NAME_PARTS) > 100_000:
            _NAME_PARTS.clear()
        parts = name_el.findall(f"{NS}name-part")
        found = _NAME_PARTS[name_el] = {part.get("name", ""): part for part in parts}
    return found


class _Names(_Rendering):
    """Names: lists with "and" and "et al.", each name inverted, initialised or shortened."""

    # -- names ----------------------------------------------------------------------------
    def _names(self, el: etree._Element, ctx: _Ctx) -> str:
        if ctx.skip_names and not ctx.names_seen:
            ctx.names_seen = True
            return ""
        variables, name_el, et_al_el, label_el, substitute, before = _parts_of(el)
        options = dict(ctx.options)
        if name_el is not None:
            options.update(_attrs(name_el))
        if (
            "editor" in variables
            and "translator" in variables
            and ctx.value("editor")
            and ctx.value("editor") == ctx.value("translator")
            and ctx.locale.term("editortranslator") != ""  # a locale that empties it: two lists
        ):
            # the same people edited and translated: one list, one "ed. & trans." label
            variables = [v for v in variables if v != "translator"]
            variables[variables.index("editor")] = "editortranslator"
        rendered = []
        # CSL-M suppress-min: this many names or more are not listed here (GOST R 7.0.100
        # opens an entry with its title when a work has four or more authors)
        suppress_min = int(options.get("suppress-min", 0) or 0)
        bare: list[str] = []  # the name lists without their labels
        for variable in variables:
            ctx.called += 1
            ctx.name_variable = "editor" if variable == "editortranslator" else variable
            names = ctx.value(ctx.name_variable)
            if not names:
                continue
            if suppress_min and len(names) >= suppress_min:
                return ""
            text = self._name_list(list(names), options, name_el, et_al_el, ctx)
            if not text:
                continue  # et-al-use-first="0": no name shown, so nothing at all
            ctx.rendered += 1
            if ctx.recording is not None:
                ctx.substituted.add(ctx.name_variable)  # a substitute prints a name list once
            if name_el is not None and options.get("form") != "count":
                text = _affix(name_el, _format(name_el, text))
            bare.append(text)
            if label_el is not None and options.get("form") != "count" and not ctx.sorting:
                # (a sort key leaves the label out: "Doe, John ed." sorts as "Doe, John")
                rule = label_el.get("plural", "contextual")
                plural = rule == "always" or (rule == "contextual" and len(names) > 1)
                term = ctx.locale.term(variable, label_el.get("form", "long"), plural=plural)
                label = _plain_text(label_el, term or "", ctx, term=True)
                text = label + text if before else text + label
            rendered.append(text)
        end = ""
        if rendered and ctx.first_names is None and not ctx.sorting:
            # the names without their label: what "———" stands for in the next entry
            ctx.first_names = _join(bare, el.get("delimiter", options.get("names-delimiter", "")))
            end = _NAMES_END if ctx.mode == "bibliography" else ""
        if rendered:
            if options.get("form") == "count":
                return str(sum(int(re.sub(r"\D", "", r) or 0) for r in rendered))
            joined = _join(rendered, el.get("delimiter", options.get("names-delimiter", "")))
            return _affix(el, _format(el, joined + end))
        if substitute is not None:
            for child in _elements(substitute):
                render = self._dispatch.get(localname(child))
                if render is None:
                    continue
                outer, ctx.recording = ctx.recording, set()
                try:
                    result = render(child, ctx)
                    read = ctx.recording
                finally:
                    ctx.recording = outer
                if not result and localname(child) == "text" and child.get("term"):
                    return ""  # a term ends the substitution, printed or empty (citeproc-js)
                if result:
                    # what stood in for the names is not repeated later (APA's title first)
                    ctx.substituted.update(child.get("variable", "").split(), read)
                    if outer is not None:
                        outer.update(read)
                    if ctx.first_names is None and not ctx.sorting:
                        ctx.first_names = result  # "———" may stand for it in the next entry
                    return _affix(el, result) if localname(child) != "names" else result
        return ""

    def _name_list(
        self,
        names: list[Mapping[str, Any]],
        options: Mapping[str, str],
        name_el: etree._Element | None,
        et_al_el: etree._Element | None,
        ctx: _Ctx,
    ) -> str:
        count = len(names)
        et_al_min = int(options.get("et-al-min", 0) or 0)
        use_first = int(options.get("et-al-use-first", 0) or 0)
        if ctx.mode == "citation" and ctx.cite.position != "first":
            et_al_min = int(options.get("et-al-subsequent-min", et_al_min) or et_al_min)
            use_first = int(options.get("et-al-subsequent-use-first", use_first) or use_first)
        use_first += (
            ctx.run.more_names.get(str(ctx.item.get("id")), 0) if ctx.mode == "citation" else 0
        )
        if et_al_min and count >= et_al_min and use_first == 0 and "et-al-use-first" in options:
            return ""  # none of the names is to be shown: the list is left out, et al. too
        truncated = bool(et_al_min and use_first and count >= et_al_min and use_first < count)
        shown = names[:use_first] if truncated else names
        if options.get("form") == "count":
            return str(len(shown))
        delimiter = options.get("delimiter", options.get("name-delimiter", ", "))

        def shown_inverted(index: int) -> bool:
            name = shown[index]
            order = options.get("name-as-sort-order")
            by_order = order == "all" or (order == "first" and index == 0)
            return by_order and "literal" not in name and bool(name.get("given"))

        label = ctx.name_variable
        parts = [
            ctx.mark(label, self._one_name(n, i, options, name_el, ctx))
            for i, n in enumerate(shown)
        ]
        if truncated and options.get("et-al-use-last") == "true" and use_first < count - 1:
            last = ctx.mark(label, self._one_name(names[-1], count - 1, options, name_el, ctx))
            return _escape(delimiter).join(parts) + _escape(delimiter) + "… " + last
        if ctx.sorting:  # a sort key is the names alone: no "and", no "et al."
            return _escape(delimiter).join(parts)
        if truncated:
            term_name = et_al_el.get("term", "et-al") if et_al_el is not None else "et-al"
            term = ctx.locale.term(term_name)
            if term is None:
                term = "et al."
            if not term:  # a locale or style that defines it empty wants no "et al."
                return _escape(delimiter).join(parts)
            et_al = (
                _plain_text(et_al_el, term, ctx, term=True)
                if et_al_el is not None
                else _escape(term)
            )
            rule = options.get("delimiter-precedes-et-al", "contextual")
            inverted = shown_inverted(len(parts) - 1)
            use_delim = (
                rule == "always"
                or (rule == "contextual" and len(parts) >= 2)
                or (rule == "after-inverted-name" and inverted)
            )
            # a term in a script without spaces follows the name closely: "Ziggy Zither等"
            space = "" if _unspaced(term[:1]) else " "
            return (
                _escape(delimiter).join(parts)
                + (_escape(delimiter) if use_delim else space)
                + et_al
            )
        if len(parts) == 1:
            return parts[0]
        and_word = options.get("and")
        connector = None
        if and_word == "text":
            connector = ctx.locale.term("and") or "and"
        elif and_word == "symbol":
            connector = "&"
        rule = options.get("delimiter-precedes-last", "contextual")
        inverted = shown_inverted(len(parts) - 2)
        if connector is None or ctx.sorting:  # a sort key compares name by name: no "and"
            return _escape(delimiter).join(parts)
        use_delim = (
            rule == "always"
            or (rule == "contextual" and len(parts) >= 3)
            or (rule == "after-inverted-name" and inverted)
        )
        head = _escape(delimiter).join(parts[:-1])
        glue = _escape(delimiter) if use_delim else " "
        return f"{head}{glue}{_escape(connector)} {parts[-1]}"

    def _name_html(self, text: str, case: str | None, lang: str | None = None) -> str:
        """A name part as HTML: its own markup kept ("<b>Doe</b>", "<sup>for</sup>"), an
        apostrophe never read as a quote, the case applied by `lang`'s rules (the item's:
        a Turkish ÖZDEMİR, an English ANCESCHI)."""
        text = text.replace("'", "’")
        lang = lang or self.lang
        if "<" in text and _MARKUP.search(text):
            return _rich(text, case, lang, False)
        return _escape(_case(_typography(text), case, lang))

    def _sort_name(self, name: Mapping[str, Any], *, short: bool = False) -> str:
        """A name as a sort key, its parts apart ("\x00"): family name first, the particle
        after it unless the style never demotes it ("van Gogh" sorts under G or under v)."""
        if "literal" in name:
            return str(name["literal"])
        family = str(name.get("family", "") or "")
        particle = str(name.get("non-dropping-particle", "") or "")
        given = "" if short else str(name.get("given", "") or "")
        dropping = "" if short else str(name.get("dropping-particle", "") or "")
        if self.demote == "never":
            glue = "" if particle.endswith(("-", "’", "'", " ")) else " "
            parts = [particle + glue + family if particle else family, dropping, given]
        else:
            parts = [family, dropping, particle, given]
        return "\x00".join(p.strip() for p in parts if p)

    def _one_name(
        self,
        name: Mapping[str, Any],
        index: int,
        options: Mapping[str, str],
        name_el: etree._Element | None,
        ctx: _Ctx,
    ) -> str:
        part_styles = _name_parts(name_el) if name_el is not None else {}
        if "literal" in name:
            literal = str(name["literal"])
            el = part_styles.get("family")  # an institution is written as a family name
            if ctx.sorting:
                return _escape(_typography(literal))
            if el is None:
                return self._name_html(literal, None, ctx.language)
            return _format(el, self._name_html(literal, el.get("text-case"), ctx.language))
        family = str(name.get("family", "") or "")
        given = str(name.get("given", "") or "")
        particle = str(name.get("non-dropping-particle", "") or "")
        dropping = str(name.get("dropping-particle", "") or "")
        suffix = str(name.get("suffix", "") or "")
        comma_suffix = bool(name.get("comma-suffix"))
        after = given.split(",", 1)[1].strip() if "," in given else ""
        if not suffix and after and not after[:1].islower():
            # citeproc-js's name input: "John, III" has a suffix; "John,! Jr." one after a
            # comma ("abbé d’" after a comma is no suffix: it is lower case)
            given, suffix = given.split(",", 1)[0].strip(), after
            if suffix.startswith("!"):
                suffix, comma_suffix = suffix[1:].strip(), True
        if not family and given:
            family, given = given, ""
        initialize_with = options.get("initialize-with")
        full_given = given
        if initialize_with is not None and given:
            hyphen = self.root.get("initialize-with-hyphen", "true") != "false"
            whole = options.get("initialize", "true") != "false"
            given = _initials(given, initialize_with, hyphen=hyphen, names_too=whole)

        def fmt(part: str, text: str) -> str:
            """A name-part's text with its formatting and case, without its affixes."""
            el = part_styles.get(part)
            if not text:
                return ""
            case = el.get("text-case") if el is not None else None
            html = self._name_html(text, case, ctx.language)
            return _format(el, html) if el is not None else html

        def aff(part: str, fragment: str) -> str:
            el = part_styles.get(part)
            return _affix(el, fragment) if el is not None else fragment

        def styled(part: str, text: str) -> str:
            return aff(part, fmt(part, text))

        if not _romanesque(family + given):
            return styled("family", family) + styled(
                "given", given
            )  # 我妻栄: no space, family first

        def with_particle(words: list[tuple[str, str]]) -> str:
            """Words joined by spaces, but none after a particle ending in an apostrophe or a
            hyphen ("d’Artagnan", "al-One") or in its own space ("de’ Frinkle")."""
            out = previous = ""
            for part, text in words:
                if not text:
                    continue
                if out and not previous.endswith(("-", "’", "'", " ")):
                    out += " "
                out += fmt(part, text.rstrip()) + (" " if text.endswith(" ") else "")
                previous = text
            return out

        short = options.get("form", options.get("name-form")) == "short"
        rule = self._given_rule
        cite_id = str(ctx.item.get("id"))
        if short and ctx.mode == "citation" and full_given and rule != "by-cite":
            # all-names / primary-name: a family name that stands for several people shows
            # who is meant: initials when they tell them apart, else the given name
            level = ctx.run.expand.get((f"{particle} {family}".strip(), full_given))
            if rule.endswith("with-initials") and level == 2:
                level = None  # initials cannot tell them apart, and only initials may be shown
            if level and (rule.startswith("all") or index == 0):
                if rule.endswith("with-initials") or (initialize_with is not None and level == 1):
                    given = _initials(full_given, initialize_with or ". ")
                else:
                    given = full_given
                short = False
        elif (
            (short or initialize_with is not None)
            and ctx.mode == "citation"
            and given
            and cite_id in ctx.run.given
        ):
            marked = ctx.run.given_names.get(cite_id)
            if not marked or (f"{particle} {family}".strip(), full_given) in marked:
                # initials not asked for, not enough, or already shown: the given name
                if initialize_with is None or cite_id in ctx.run.full_given or not short:
                    given = full_given
                short = False
        if ctx.sorting:  # a macro's names as sort keys: family name first (CSL 1.0.2, sorting)
            parts = {"family": family, "given": given, "non-dropping-particle": particle}
            parts["dropping-particle"] = dropping
            return _escape(self._sort_name(parts, short=short).replace("\x00", " "))
        if short:
            return aff("family", with_particle([("family", particle), ("family", family)]))
        sort_order = options.get("name-as-sort-order")
        inverted = sort_order == "all" or (sort_order == "first" and index == 0)
        if inverted and given:
            separator = options.get("sort-separator", ", ")
            if self.demote == "display-and-sort" and particle:
                front = aff("family", fmt("family", family))
                back = [("given", given), ("given", dropping), ("family", particle)]
            else:
                front = aff("family", with_particle([("family", particle), ("family", family)]))
                back = [("given", given), ("given", dropping)]
            text = front + _escape(separator) + aff("given", with_particle(back))
            return text + (_escape(separator) + _escape(suffix) if suffix else "")
        # initials ending in a no-break space ("С.&#160;П.&#160;") stay bound to the family name
        joiner = "\u00a0" if (initialize_with or "").endswith("\u00a0") and given else " "
        first = aff("given", fmt("given", given))
        if first.endswith(("\u00a0", " ")):
            joiner = ""  # the given name's own suffix ("John&#160;") already parts them
        last = with_particle([("given", dropping), ("family", particle), ("family", family)])
        if suffix:
            last += (", " if comma_suffix else " ") + _escape(suffix)
        return _escape(joiner).join(p for p in (first, aff("family", last)) if p)
