"""The CSL 1.0.2 engine, split as citeproc-js and hayagriva split the work: `model` (values,
the run's registry), `render` (text, group, choose, number, label), `names`, `dates`,
`numbers`, `casing`, `punctuation`, `richtext`, `sort`, `collapse`, `disambiguate`, and the
facade `engine` (`Style`)."""

from citekit.styles.csl.engine import Style
from citekit.styles.csl.model import Cite, Registry

__all__ = ["Cite", "Registry", "Style"]
