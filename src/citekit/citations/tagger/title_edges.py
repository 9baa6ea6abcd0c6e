"""A title's own marks that end no field, mended in turn once each run has its label: a
bracketed span of years wider than a lifetime's work after it is its period (`(1300-1600)`,
`bracket_titles.period_in_bracket`); a word that only stands before a name carries it through
the name (`St. Petersburg`, `name_prefixes`); a square bracket right after it is a note on it,
no host (`[История казахской степи]`, `square_notes`); a subtitle in small letters after its
colon or comma is its own (`: к 100-летию …`, `small_subtitles`); and a period subtitle right
before a book's imprint is its own (`Title. Subtitle. Омск: Книга`, `imprint_subtitles`)."""

from __future__ import annotations

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.bracket_titles import period_in_bracket
from citekit.citations.tagger.imprint_subtitles import subtitle_before_imprint
from citekit.citations.tagger.name_prefixes import name_after_prefix, prefix_opens_title
from citekit.citations.tagger.small_subtitles import small_list_tail, small_subtitle
from citekit.citations.tagger.square_notes import (
    host_before_note,
    host_not_in_note,
    title_before_note,
)
from citekit.citations.tagger.tokens import Token

__all__ = ["title_edges"]


def title_edges(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's own marks read as the title's (see the module's doc)."""
    out = period_in_bracket(tokens, found)  # `Ұлы дала (1300-1600). https://…`
    out = prefix_opens_title(tokens, name_after_prefix(tokens, out))  # `of St. Petersburg. L.`
    out = host_not_in_note(tokens, title_before_note(tokens, out))  # `Title [Translation]. J.`
    out = host_before_note(tokens, out)  # `Vestnik MGU [Moscow University Bulletin], 2017`
    out = small_list_tail(tokens, small_subtitle(tokens, out))  # `Title: к 100-летию …. М.`
    return subtitle_before_imprint(tokens, out)  # `Title. Subtitle. Омск: Книга, 1971`
