"""The site registry: a site's name as notes write it (``Akorda``) -> its home page.

The seed list is data (``links/data/sites.toml``); a house adds to it or overrides it in its
config's ``[sites]`` table, which wins. A note whose site is written as a host name
(``turkmenistan.gov.tm``) needs no entry.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from urllib.parse import urlsplit

from attrs import frozen

from citekit._text import fold

__all__ = ["SiteRegistry", "name_key"]

_HOST = re.compile(r"^(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?$", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """A site name folded for lookup: case, accents, quotes and spacing removed."""
    return _NOT_WORD.sub("", fold(name))


@functools.cache
def _seed() -> dict[str, str]:
    resource = resources.files("citekit.links") / "data" / "sites.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data["sites"].items()}


@frozen
class SiteRegistry:
    """Names -> home URLs; `house` entries win over the seed list."""

    names: Mapping[str, str]

    @classmethod
    def with_house(cls, house: Mapping[str, str] | None = None) -> SiteRegistry:
        """The seed registry, extended and overridden by a house's ``[sites]`` table."""
        merged = {name_key(k): v for k, v in _seed().items()}
        merged.update({name_key(k): v for k, v in (house or {}).items()})
        return cls(merged)

    def home(self, site: str | None) -> str | None:
        """The home URL of a site named in a note, or None when it is not known."""
        if not site:
            return None
        found = self.names.get(name_key(site))
        if found:
            return found
        match = _HOST.match(site.strip())
        if match:
            return f"https://{match[1].lower()}/"
        return None


def origin(url: str) -> str:
    """``scheme://host/`` of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"
