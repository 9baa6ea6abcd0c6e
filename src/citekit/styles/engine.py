"""The CSL engine's old address: `Style`, `Cite` and `Registry` live in `citekit.styles.csl`."""

from citekit.styles.csl import Cite, Registry, Style

__all__ = ["Cite", "Registry", "Style"]
