"""The late passes of `mend` that read a note's numbers once each run has its label: a host's
volume, issue and series (`Journal, Volume 5, Number 2`, `№ 5/6`, `Bilig, (74),`) and a
part's pages, a book's extent and a volume cited between commas (`53(2), 1045-1072.`,
`С. 12, 45, 78.`, `(Ankara: TTK, 2003), I, 55.`), applied one after another."""

from __future__ import annotations

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.article_numbers import labelled_article
from citekit.citations.tagger.bare_numbers import (
    bare_issue,
    bracketed_issue,
    dated_host_number,
    document_number,
    gazette_issue,
)
from citekit.citations.tagger.cited_pages import cited_page
from citekit.citations.tagger.closing_series import series_closing_note
from citekit.citations.tagger.dated_pages import page_after_day
from citekit.citations.tagger.double_issues import slashed_double_issue
from citekit.citations.tagger.entry_labels import entry_label
from citekit.citations.tagger.forms import pages_together, volume_ranges
from citekit.citations.tagger.host_volume_issue import numbers_out_of_host
from citekit.citations.tagger.hosts import numbered_host, series_after_imprint
from citekit.citations.tagger.isnad_slashes import issue_after_slash, slashed_numbers
from citekit.citations.tagger.issues import issue_numbers, numbered_series, worded_numbers
from citekit.citations.tagger.labelled_years import day_after_year, issue_not_year
from citekit.citations.tagger.numbered import numbered_runs
from citekit.citations.tagger.page_lists import listed_pages
from citekit.citations.tagger.pages import (
    book_extent,
    dangling_range,
    issue_before_page,
    page_after_issue,
    periodical_page,
    range_after_volume,
    range_before_year,
    range_is_page,
)
from citekit.citations.tagger.period_titles import period_in_title
from citekit.citations.tagger.roman_pages import roman_pages
from citekit.citations.tagger.roman_volumes import (
    labelled_roman,
    page_after_roman_volume,
    roman_before_place,
    roman_volume_issue,
    volume_after_imprint,
    volume_between_commas,
)
from citekit.citations.tagger.slashed_ranges import issue_range_after_slash
from citekit.citations.tagger.slashed_volumes import issue_after_empty_volume
from citekit.citations.tagger.spaced_volumes import spaced_volume
from citekit.citations.tagger.spanned_titles import spanned_title
from citekit.citations.tagger.thousand_pages import thousand_pages
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.typeset_dashes import typeset_ranges
from citekit.citations.tagger.unit_numbers import unit_number_title
from citekit.citations.tagger.volume_issue import issue_after_volume, volume_out_of_host
from citekit.citations.tagger.volume_year_spans import volume_year_span

__all__ = ["host_numbers", "page_numbers"]


def host_numbers(tokens: list[Token], marks: list[set[str]], out: list[Run]) -> list[Run]:
    """`out` with a host's numbers read: its volume, issue and series, a span of years left to
    the title."""
    out = volume_ranges(tokens, pages_together(tokens, typeset_ranges(tokens, out)))
    out = issue_not_year(tokens, marks, out)  # `Известия. 1996. № 1782.`
    out = day_after_year(tokens, marks, out)  # `– 2018. – 3 наурыз (№ 24).`
    out = series_after_imprint(tokens, numbered_host(tokens, out))
    out = series_closing_note(tokens, marks, out)  # `Princeton UP, 1990. Bollingen Series 72.`
    out = slashed_numbers(tokens, issue_after_slash(tokens, out))
    out = issue_range_after_slash(tokens, out)  # `Mecmuası 11/1-4 (1949-1950)`
    out = slashed_double_issue(tokens, marks, out)  # `№ 5/6`, `Sayı 3/4`
    out = spanned_title(tokens, out)  # `Osmanlı Nüfusu (1830-1914): Demografik …`
    out = period_in_title(tokens, out)  # `… of Iraq, 1890-1908, London: Routledge, 2006`
    out = numbers_out_of_host(tokens, marks, out)  # `Journal, Volume 5, Number 2`
    out = bare_issue(tokens, issue_numbers(tokens, marks, worded_numbers(tokens, out)))
    out = volume_year_span(tokens, out)  # `Der Islam 31 (1953–54): 17–68`
    out = document_number(tokens, marks, out)  # YÖK's `Tez No: 254123`: no host
    out = spaced_volume(tokens, marks, out)  # `2013. – 4 т. – 512 б.`
    out = bracketed_issue(tokens, gazette_issue(tokens, out))  # `Sayısı: 25611`, `Bilig, (74),`
    out = dated_host_number(tokens, marks, out)  # `Resmî Gazete 29677 (07 Nisan 2016)`
    out = roman_pages(tokens, out)  # `Central Asian Survey, 15(1), i-vi.`
    out = numbered_series(tokens, marks, out)
    return out


def page_numbers(tokens: list[Token], marks: list[set[str]], out: list[Run]) -> list[Run]:
    """`out` with a part's numbers read: its pages, a book's extent and a volume cited after the
    imprint or between commas."""
    out = labelled_article(tokens, dangling_range(tokens, out))  # `Art. no. 1421`
    out = range_is_page(tokens, marks, page_after_issue(tokens, out))
    out = thousand_pages(tokens, marks, out)  # `53(2), 1045-1072.`
    out = numbered_runs(tokens, marks, range_before_year(tokens, range_after_volume(tokens, out)))
    out = page_after_day(tokens, marks, periodical_page(tokens, out))  # `4 Mart 1992, 1.`
    out = unit_number_title(tokens, marks, out)  # `Toshkent, 2010. 200 b.`
    out = book_extent(tokens, marks, issue_before_page(tokens, marks, out))
    out = issue_after_volume(tokens, marks, volume_out_of_host(tokens, marks, out))  # `C. 5, S. 12`
    out = cited_page(tokens, marks, out)  # `s. 1987` after `İstanbul 1960`; `15-44, 28`
    out = listed_pages(tokens, marks, out)  # `С. 12, 45, 78.`, `С. 12 и след.`
    out = page_after_roman_volume(tokens, roman_volume_issue(tokens, out))  # `XXIV/95`, `XXV, 271.`
    out = labelled_roman(tokens, out)  # `Вып. XVIII.`, `Issue XVIII,`
    out = entry_label(tokens, marks, issue_after_empty_volume(tokens, out))  # `“Kazâ” md., DİA`
    out = volume_after_imprint(tokens, out)  # `(Ankara: TTK, 2003), I, 55.`
    out = roman_before_place(tokens, out)  # `TDV İslâm Ansiklopedisi, XXIV, İstanbul 2001`
    out = volume_between_commas(tokens, out)  # `“Şeyhülislam”, DİA, XXXIX, İstanbul 2010`
    return out
