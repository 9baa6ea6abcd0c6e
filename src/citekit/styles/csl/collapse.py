"""Citations: cites in order, rendered, grouped by their names and collapsed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from citekit.styles.csl.casing import _rich, _upper
from citekit.styles.csl.dates import _issued_year
from citekit.styles.csl.model import Cite, Registry, _Ctx
from citekit.styles.csl.punctuation import _tidy
from citekit.styles.csl.richtext import _affix, _escape, _format
from citekit.styles.csl.sort import _Sorting
from citekit.styles.locale import NS, CslLocale, StyleError


class _Collapsing(_Sorting):
    """Citations: cites in order, rendered, grouped by their names and collapsed."""

    def _citation(self, cites: Sequence[Cite], marks: list[str] | None, run: Registry) -> str:
        assert self.citation is not None
        layout = self.citation.find(f"{NS}layout")
        if layout is None:
            raise StyleError(self.name, "<citation> has no <layout>")
        options = self._options(self.citation)
        ordered = cites
        if self.citation.find(f"{NS}sort") is not None:
            by_id = {id(c.item): c for c in cites}
            items = self._sorted([c.item for c in cites], self.citation, options, "citation", run)
            ordered = [by_id[id(item)] for item in items]
        rendered: list[tuple[Cite, str, str]] = []
        for cite in ordered:
            ctx = _Ctx(self, cite, "citation", options, run)
            ctx.marks = marks
            ctx.term_before = ctx.term_before or cite is not ordered[0]  # one capital a note
            body = self._children(layout, ctx, "")
            # no prefix, or one that ends a sentence of two words or more ("Caps after.")
            # (a closing quote may follow its stop: 'He said "Please work." Ibid.')
            ends = re.search(r"\s\S*[.?!][”’\"'»)]*\s*$", cite.prefix.strip() + " ")
            if body and ((not rendered and not cite.prefix) or ends):
                body = self._capitalize_leading_ibid(body, ctx.locale)  # a sentence opens
            if not body:  # a cite that prints nothing says so, as citeproc-js writes it
                body = _escape("[CSL STYLE ERROR: reference with no printed form.]")
            if body:
                prefix = _rich(cite.prefix, None, self.lang, False)
                suffix = _rich(cite.suffix, None, self.lang, False)
                # cites are grouped by the names they show ("Aalto et al."), as citeproc-js
                key = self._names_key(layout, cite)
                if key and ctx.first_names:
                    key = ctx.first_names
                rendered.append((cite, prefix + body + suffix, key))
        joined = self._collapse(rendered, layout, options, run)
        # a citation's formatting takes in its affixes: "<b>([1]–[3])</b>" (citeproc-js)
        return _tidy(_format(layout, _affix(layout, joined)), self.locale) if joined else ""

    @staticmethod
    def _capitalize_leading_ibid(body: str, locale: CslLocale) -> str:
        """A citation opening with "ibid." opens a sentence: "Ibid." (as citeproc-js)."""
        plain = re.sub(r"^(?:<[^>]+>)*", "", body)
        for form in ("long", "short"):
            term = locale.term("ibid", form)
            if term and term[:1].islower() and plain.startswith(term):
                at = len(body) - len(plain)
                return body[:at] + _upper(body[at], locale.lang) + body[at + 1 :]
        return body

    def _names_key(self, layout: etree._Element, cite: Cite) -> str:
        """Who the cite names first (author, else editor), to group cites by it."""
        item = cite.item
        names = item.get("author") or item.get("editor") or []
        return repr(names) if names else ""

    def _collapse(
        self,
        rendered: list[tuple[Cite, str, str]],
        layout: etree._Element,
        options: dict[str, str],
        registry: Registry,
    ) -> str:
        """Join the cites, collapsing them as the citation's `collapse` asks."""
        delimiter = layout.get("delimiter", "")
        collapse = self.citation.get("collapse") if self.citation is not None else None
        texts = [text for _cite, text, _key in rendered]
        if collapse == "citation-number":
            return _escape(delimiter).join(self._number_ranges(rendered, registry))
        grouping = self.citation is not None and self.citation.get("cite-group-delimiter")
        if collapse not in ("year", "year-suffix", "year-suffix-ranged") and not grouping:
            joined = texts[0] if texts else ""
            before = rendered[0][0] if rendered else None
            for (cite, _text, _key), text in zip(rendered[1:], texts[1:], strict=True):
                # a cite whose prefix opens with its own punctuation (", cited in", ". He
                # said") takes no delimiter before it; after a suffix ending in its own ("is
                # one source,") the delimiter's punctuation goes (citeproc-js)
                opens = cite.prefix[:1] in (",", ".", ";", ":")
                glue = delimiter
                if before is not None and before.suffix.rstrip()[-1:] in (",", ".", ";", ":"):
                    glue = delimiter.lstrip(",.;:")
                joined += text if opens else _escape(glue) + text
                before = cite
            return joined
        assert self.citation is not None
        # citeproc-js: the year suffixes of a group take the group's delimiter unless told
        suffix_delimiter = self.citation.get(
            "year-suffix-delimiter", self.citation.get("cite-group-delimiter", delimiter)
        )
        # cites of the same names gather behind the first of them (CSL's cite grouping) in a
        # sorted citation; unsorted, only neighbours group (citeproc-js's grouped sort)
        gather = self.citation.find(f"{NS}sort") is not None
        groups: list[list[tuple[Cite, str, str]]] = []
        by_key: dict[str, list[tuple[Cite, str, str]]] = {}
        for entry in rendered:
            key = entry[2]
            if key and key in by_key and not entry[0].prefix:
                by_key[key].append(entry)
            else:
                groups.append([entry])
                if not gather:
                    by_key.clear()
                if key:
                    by_key.setdefault(key, groups[-1])
        result = ""
        previous: Cite | None = None  # the cite written last, and whether it was collapsed
        was_collapsed = False
        for group in groups:
            if result:
                result += _escape(self._splice(previous, was_collapsed, False, delimiter))
            if len(group) == 1 or collapse not in ("year", "year-suffix", "year-suffix-ranged"):
                for n, (cite, text, _key) in enumerate(group):
                    if n:
                        result += _escape(self._splice(previous, n > 1, True, delimiter))
                    result += text
                    previous = cite
                was_collapsed = len(group) > 1
                continue
            first_cite, first_text, _key = group[0]
            result += first_text
            previous, was_collapsed = first_cite, False
            previous_year = _issued_year(first_cite.item)
            shown = registry.year_suffix(first_cite.item) or ""  # the suffix a full cite shows
            run: list[str] = []  # suffixes written after it, without their year
            for cite, _text, _key in group[1:]:
                year = _issued_year(cite.item)
                suffix = registry.year_suffix(cite.item)
                if (
                    collapse != "year"
                    and suffix
                    and year == previous_year
                    and not cite.locator
                    and not previous.locator
                ):
                    run.append(suffix)
                else:
                    result += self._suffix_run(shown, run, collapse, suffix_delimiter)
                    run = []
                    rest = self._without_names(layout, cite, registry)
                    if rest:  # an undated cite by the same names adds nothing after them
                        result += _escape(self._splice(previous, was_collapsed, True, delimiter))
                        result += rest
                    shown = suffix or ""
                previous, was_collapsed = cite, True
                previous_year = year
            result += self._suffix_run(shown, run, collapse, suffix_delimiter)
        return result

    def _splice(
        self, previous: Cite | None, was_collapsed: bool, collapsed: bool, delimiter: str
    ) -> str:
        """The delimiter before a cite, as citeproc-js chooses it: `after-collapse-delimiter`
        after a cite with a locator and between cites not collapsed together, the
        ``cite-group-delimiter`` inside a group, ", " between an in-text style's collapsed
        cites, else the layout's delimiter."""
        assert self.citation is not None
        after = self.citation.get("after-collapse-delimiter")
        if after is not None:
            if previous is not None and previous.locator:
                return after
            if not collapsed and (was_collapsed or self.citation.get("collapse") != "year-suffix"):
                return after
            return delimiter
        if collapsed and self.citation.get("cite-group-delimiter") is not None:
            return self.citation.get("cite-group-delimiter", ", ")
        if collapsed and self.root.get("class") == "in-text" and not self._numeric_citation:
            return ", "
        return delimiter

    @staticmethod
    def _suffix_run(shown: str, run: list[str], collapse: str | None, delimiter: str) -> str:
        """Year suffixes after a cite's own ("a", then ",b,c"); with ranges asked for, runs of
        three or more consecutive letters as "c–e" ("2000a,c–e")."""
        if not run:
            return ""
        if collapse != "year-suffix-ranged":
            return "".join(_escape(delimiter) + _escape(x) for x in run)
        chunks: list[list[str]] = []
        for letter in [shown, *run]:
            last = chunks[-1][-1] if chunks else ""
            if len(letter) == 1 and len(last) == 1 and ord(letter) - ord(last) == 1:
                chunks[-1].append(letter)
            else:
                chunks.append([letter])
        out = ""
        for n, chunk in enumerate(chunks):
            head = [] if n == 0 else [chunk[0]]  # the first chunk opens with the shown suffix
            if len(chunk) >= 3:
                out += "".join(_escape(delimiter) + _escape(x) for x in head)
                out += "–" + _escape(chunk[-1])
            else:
                rest = chunk if n else chunk[1:]
                out += "".join(_escape(delimiter) + _escape(x) for x in rest)
        return out

    def _without_names(self, layout: etree._Element, cite: Cite, run: Registry) -> str:
        """The cite rendered without its first names, stripped of leading separators."""
        section = self.citation if self.citation is not None else layout
        ctx = _Ctx(self, cite, "citation", self._options(section), run)
        ctx.skip_names = True
        text = self._children(layout, ctx, "")
        return re.sub(r"^(?:\s|[,;:.]|&#38;)+", "", text)

    def _number_ranges(
        self, rendered: list[tuple[Cite, str, str]], registry: Registry
    ) -> list[str]:
        """Cites whose text is their citation number, with runs of three or more as ranges."""
        out: list[str] = []
        run: list[tuple[int, str]] = []

        def flush() -> None:
            if len(run) >= 3:
                out.append(f"{run[0][1]}–{run[-1][1]}")
            else:
                out.extend(text for _n, text in run)
            run.clear()

        for cite, text, _key in rendered:
            number = registry.citation_number(cite.item)
            plain = re.fullmatch(r"(\D*)(\d+)(\D*)", text)  # "3", "[3]": the number alone
            if number is None or plain is None or int(plain[2]) != number:
                flush()
                out.append(text)
                continue
            if run and run[-1][0] != number - 1:
                flush()
            run.append((number, text))
        flush()
        return out
