"""Option values read the way people write them, shared by the subcommands (kept free of
imports: `citekit date` starts without loading the checks)."""

from __future__ import annotations

__all__ = ["language_code"]


def language_code(text: str) -> str:
    """A language option's code as citekit's language files name it: ``TR``, ``tr-TR`` and
    ``tr_TR`` (a CSL locale, a system locale) are ``tr``; an unknown code is refused later,
    by the command, with the list of known ones."""
    return text.strip().replace("_", "-").split("-", 1)[0].lower() or text
