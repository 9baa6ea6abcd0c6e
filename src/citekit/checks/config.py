"""House configuration: ``citekit.toml``, or ``[tool.citekit]`` in ``pyproject.toml``.

Looked up from a folder upwards; the first file that has citekit settings wins (``citekit.toml``
before ``pyproject.toml`` in the same folder). Unknown keys are errors that name file and key,
so a typo never silently turns a rule back on.

```toml
[tool.citekit]
language = "en"                     # edition language (default: detected per document)
required = ["url", "accessed"]      # fields every citation must give (url, accessed, title)
disable = ["note-without-marker"]
date-format = "dd.MM.yyyy"          # CLDR pattern `citekit fix` writes access dates in
article-date = 2021-11-01           # the article's own date, for access-after-article
links = true                        # check links in `citekit check` (--no-links to skip)
exclude = ["drafts", "*.draft.md"]  # paths `check` and `fix` skip (globs, from this file's folder)
language-files = ["lang/qaa.toml"]  # language data citekit does not ship (from this file's folder)

[tool.citekit.severity]
ambiguous-date = "error"

[tool.citekit.labels]               # the house's access-date label per language
en = "Accessed"
tr = "Erişim Tarihi"

[tool.citekit.link-settings]        # any LinkSettings field, with dashes
per-host = 4
timeout = 15

[tool.citekit.sites]                # site names for `citekit recover` (wins over its registry)
"Biznes Türkmenistan" = "https://business.com.tm/"
```
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen
from babel.dates import format_date

from citekit.checks._registry import RULES, CheckConfig
from citekit.errors import ConfigError
from citekit.languages import available_languages, load_language
from citekit.links.settings import LinkSettings
from citekit.model import Severity

__all__ = ["Settings", "check_date_pattern", "find_config", "load_config", "read_config"]

_REQUIRABLE = ("url", "accessed", "title")
_CITEKIT_HEADER = re.compile(r"^[ \t]*\[+[ \t]*tool[ \t]*\.[ \t]*citekit\b", re.MULTILINE)
_DATE_LETTERS = "GyYuMLdEec"  # era, years, months, day, weekdays: what an access date may show
_TOP = {
    "required",
    "exclude",
    "language",
    "disable",
    "severity",
    "labels",
    "date-format",
    "article-date",
    "links",
    "link-settings",
    "sites",
    "language-files",
}
_LINK_FIELDS = {
    f.name.replace("_", "-"): f.name
    for f in attrs.fields(LinkSettings)
    if f.name not in ("verify", "cache")
} | {"cache": "cache"}


@frozen
class Settings:
    """Everything a config file says: check settings, whether to check links, and how."""

    check: CheckConfig = attrs.field(factory=CheckConfig)
    links: bool = True
    link_settings: Mapping[str, Any] = attrs.field(factory=dict)
    source: str | None = None
    exclude: tuple[str, ...] = ()
    root: Path | None = None  # the config file's folder; `exclude` globs are relative to it

    def is_excluded(self, path: str | Path) -> bool:
        """Whether an `exclude` glob matches the path, its name or one of its folders.

        Globs are matched (``fnmatch``: ``*`` also crosses ``/``) against the path relative to
        the config file's folder and against every run of its parts, so ``drafts`` skips
        everything under any ``drafts/`` folder and ``*.draft.md`` skips such files anywhere.
        """
        if not self.exclude:
            return False
        target = Path(path).absolute()
        parts = target.parts
        if self.root is not None and target.is_relative_to(self.root.absolute()):
            parts = target.relative_to(self.root.absolute()).parts
        candidates = {
            "/".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
        }
        return any(fnmatch.fnmatchcase(c, glob) for c in candidates for glob in self.exclude)

    sites: Mapping[str, str] = attrs.field(factory=dict)


def find_config(start: Path) -> Path | None:
    """The config file that applies to `start` (a folder or a file), or None."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        own = candidate / "citekit.toml"
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file() and "citekit" in _tool_section(project):
            return project
    return None


def _tool_section(path: Path) -> dict[str, Any]:
    """The ``[tool]`` table; a broken file that mentions ``tool.citekit`` counts as citekit's,
    so that `load_config` reports the error instead of the settings being skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {"citekit": {}} if _CITEKIT_HEADER.search(text) else {}
    tool = data.get("tool", {})
    return tool if isinstance(tool, dict) else {}


def _table(value: Any, where: str, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(where, f"{key} must be a table")
    return value


def _strings(value: Any, where: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"{key} must be a list of strings")
    return value


def _rule_id(name: str, where: str, key: str) -> str:
    if name not in RULES:
        raise ConfigError(
            where, f"{key}: unknown rule {name!r} (rules: {', '.join(sorted(RULES))})"
        )
    return name


def _language(code: str, where: str, key: str, extra: tuple[str, ...] = ()) -> str:
    known = (*available_languages(), *extra)
    if code not in known:
        raise ConfigError(where, f"{key}: unknown language {code!r} (known: {', '.join(known)})")
    return code


def check_date_pattern(pattern: object, where: str) -> str:
    """A CLDR date pattern that writes a day, a month and a year, and nothing babel rejects;
    else a `ConfigError` naming `where` (a config file, or the ``--date-format`` option)."""
    expected = "a CLDR date pattern such as 'dd.MM.yyyy'"
    if not isinstance(pattern, str) or not pattern or len(pattern) > 64:
        raise ConfigError(where, f"date-format must be {expected}, not {pattern!r}")
    fields = {f[0] for f in re.findall(r"'[^']*'|([A-Za-z])\1*", pattern) if f}
    odd = sorted(fields - set(_DATE_LETTERS))
    if odd or not {"d"} <= fields or not fields & {"M", "L"} or "y" not in fields:
        raise ConfigError(
            where,
            f"date-format {pattern!r} must be {expected}: day (d), month (M or L) and year (y)"
            + (f"; {odd[0]!r} is not a date field it can write" if odd else ""),
        )
    try:
        format_date(dt.date(2021, 10, 25), pattern, locale="en")
    except (ValueError, KeyError, AttributeError) as exc:
        raise ConfigError(where, f"date-format {pattern!r}: {exc}") from exc
    return pattern


def _link_settings(table: dict[str, Any], where: str) -> dict[str, Any]:
    """The link-settings table as `LinkSettings` keywords, each value checked for type and range."""
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in _LINK_FIELDS:
            known = ", ".join(sorted(_LINK_FIELDS))
            raise ConfigError(where, f"unknown key 'link-settings.{name}' (known: {known})")
        if name == "cache":
            if not isinstance(value, str) or not value:
                raise ConfigError(
                    where, f"link-settings.cache must be a file path (a string), not {value!r}"
                )
            value = Path(value).expanduser()
        values[_LINK_FIELDS[name]] = value
        try:
            LinkSettings(**{_LINK_FIELDS[name]: value})
        except (TypeError, ValueError) as exc:
            raise ConfigError(where, f"link-settings.{exc}") from exc
    return values


def read_config(data: Mapping[str, Any], where: str, root: Path | None = None) -> Settings:
    """Validate a config table (the contents of ``[tool.citekit]`` or ``citekit.toml``);
    relative `language-files` are read from `root` (default: the current folder)."""
    unknown = sorted(set(data) - _TOP)
    if unknown:
        raise ConfigError(where, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_TOP))})")
    disabled = frozenset(
        _rule_id(r, where, "disable") for r in _strings(data.get("disable", []), where, "disable")
    )
    severities: dict[str, Severity] = {}
    for name, value in _table(data.get("severity", {}), where, "severity").items():
        try:
            severities[_rule_id(name, where, "severity")] = Severity(value)
        except ValueError:
            choices = ", ".join(s.value for s in Severity)
            raise ConfigError(
                where, f"severity.{name}: {value!r} is not one of {choices}"
            ) from None
    required = frozenset(_strings(data.get("required", []), where, "required"))
    if required - set(_REQUIRABLE):
        odd = sorted(required - set(_REQUIRABLE))[0]
        raise ConfigError(where, f"required: {odd!r} is not one of {', '.join(_REQUIRABLE)}")
    files = _strings(data.get("language-files", []), where, "language-files")
    languages = tuple(load_language((root or Path()) / name) for name in files)
    added = tuple(lang.code for lang in languages)
    labels = _table(data.get("labels", {}), where, "labels")
    if not all(isinstance(v, str) for v in labels.values()):
        raise ConfigError(where, "labels must map language codes to strings")
    for code in labels:
        _language(code, where, f"labels.{code}", added)
    language = data.get("language")
    if language is not None:
        if not isinstance(language, str):
            raise ConfigError(
                where, f"language must be a language code such as 'en', not {language!r}"
            )
        _language(language, where, "language", added)
    date_format = data.get("date-format")
    if date_format is not None:
        check_date_pattern(date_format, where)
    article = data.get("article-date")
    if article is not None and (
        not isinstance(article, dt.date) or isinstance(article, dt.datetime)
    ):
        raise ConfigError(
            where, f"article-date must be a TOML date such as 2021-11-01, not {article!r}"
        )
    links = data.get("links", True)
    if not isinstance(links, bool):
        raise ConfigError(where, f"links must be true or false (a TOML boolean), not {links!r}")
    link_settings = _link_settings(
        _table(data.get("link-settings", {}), where, "link-settings"), where
    )
    exclude = tuple(_strings(data.get("exclude", []), where, "exclude"))
    sites = _table(data.get("sites", {}), where, "sites")
    for name, home in sites.items():
        if not isinstance(home, str) or not home.startswith(("http://", "https://")):
            raise ConfigError(where, f"sites.{name}: give the site's home page as an http(s) URL")
    try:
        LinkSettings(**link_settings)
    except (TypeError, ValueError) as exc:
        raise ConfigError(where, f"link-settings: {exc}") from exc
    check = CheckConfig(
        disabled=disabled,
        severities=severities,
        edition_language=language,
        labels=dict(labels),
        date_format=date_format,
        article_date=article if isinstance(article, dt.date) else None,
        required=required,
        languages=languages,
    )
    exclude = tuple(_strings(data.get("exclude", []), where, "exclude"))
    sites = _table(data.get("sites", {}), where, "sites")
    for name, home in sites.items():
        if not isinstance(home, str) or not home.startswith(("http://", "https://")):
            raise ConfigError(where, f"sites.{name}: give the site's home page as an http(s) URL")
    return Settings(
        check=check,
        links=links,
        link_settings=link_settings,
        source=where,
        exclude=exclude,
        sites=dict(sites),
    )


def load_config(path: Path) -> Settings:
    """Read one config file: a ``citekit.toml`` or a ``pyproject.toml``."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(where, exc.strerror or str(exc)) from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(where, f"not valid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("citekit", {}) if isinstance(tool, dict) else {}
        where = f"{where} [tool.citekit]"
    settings = read_config(_table(data, where, "citekit"), where, path.parent)
    return attrs.evolve(settings, root=path.parent)
