"""A style checked when it is read: macros that exist and never call themselves, attribute
values the engine can use. Bad styles fail here with a `StyleError` naming what is wrong,
never later with a RecursionError or a ValueError in the middle of a bibliography."""

from __future__ import annotations

from lxml import etree

from citekit.styles.locale import NS, StyleError, localname

__all__ = ["check_style"]

# attributes whose value is a whole number (CSL 1.0.2, and CSL-M's suppress-min)
_WHOLE_NUMBERS = frozenset(
    [
        "et-al-min",
        "et-al-use-first",
        "et-al-subsequent-min",
        "et-al-subsequent-use-first",
        "names-min",
        "names-use-first",
        "suppress-min",
        "line-spacing",
        "entry-spacing",
    ]
)
_BOOLEANS = frozenset(["et-al-use-last", "names-use-last"])


def check_style(root: etree._Element, name: str) -> None:
    """Raise `StyleError` for a bad attribute value, a call to a macro that does not exist, or
    a macro that calls itself (directly or through others)."""
    for el in root.iter():
        if callable(el.tag):
            continue  # comments, processing instructions
        for attribute in _WHOLE_NUMBERS.intersection(el.attrib):
            value = str(el.get(attribute, "")).strip()
            if not value.isdigit():
                raise StyleError(
                    name, f"<{localname(el)} {attribute}={value!r}>: not a whole number"
                )
        for attribute in _BOOLEANS.intersection(el.attrib):
            value = str(el.get(attribute, ""))
            if value not in ("true", "false"):
                raise StyleError(
                    name, f"<{localname(el)} {attribute}={value!r}>: not true or false"
                )
    macros = {str(m.get("name", "")): m for m in root.findall(f"{NS}macro")}
    calls: dict[str, list[str]] = {}
    for macro_name, macro in macros.items():
        calls[macro_name] = [str(t.get("macro")) for t in macro.iter(f"{NS}text") if t.get("macro")]
    for el in root.iter(f"{NS}text", f"{NS}key"):
        called = el.get("macro")
        if called is not None and called not in macros:
            raise StyleError(name, f"<{localname(el)} macro={called!r}> names no macro")
    _no_cycles(calls, name)


def _no_cycles(calls: dict[str, list[str]], name: str) -> None:
    """Depth-first, without recursion: a macro met again on the path it opened is a cycle."""
    done: set[str] = set()
    for start in calls:
        if start in done:
            continue
        path: list[str] = [start]
        on_path = {start}
        stack = [iter(calls[start])]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                finished = path.pop()
                on_path.discard(finished)
                done.add(finished)
                continue
            if nxt in on_path:
                loop = " -> ".join([*path[path.index(nxt) :], nxt])
                raise StyleError(name, f"macro {nxt!r} calls itself ({loop})")
            if nxt in done:
                continue
            path.append(nxt)
            on_path.add(nxt)
            stack.append(iter(calls[nxt]))
