"""``python -m citekit``."""

from citekit.cli import run

run()
