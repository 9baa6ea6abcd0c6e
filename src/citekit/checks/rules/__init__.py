"""The rules of `citekit check`, one module per topic; each rule has a page in
docs/reference/rules/. Importing this package registers them all."""

from citekit.checks.rules import dates, fields, labels, links, numbering, records, references

__all__ = ["dates", "fields", "labels", "links", "numbering", "records", "references"]
