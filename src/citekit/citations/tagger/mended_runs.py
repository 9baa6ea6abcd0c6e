"""The runs of a note's fields, mended: the chain of passes `decode` applies to the runs the
model's labels give before it reads their values (split from `decode.py`)."""

from __future__ import annotations

from collections.abc import Sequence

from citekit.citations.structure import Exact
from citekit.citations.tagger.abbreviated_places import abbreviated_place, houses_after_place
from citekit.citations.tagger.acronym_publishers import acronym_publisher
from citekit.citations.tagger.acs_imprints import house_before_place, series_after_semicolon
from citekit.citations.tagger.act_subtitles import act_kind_after_colon, name_before_act_colon
from citekit.citations.tagger.address_tails import numbers_after_address
from citekit.citations.tagger.agencies import agency_in_address, outlet_opens_title
from citekit.citations.tagger.align import Run, labels_at
from citekit.citations.tagger.apa_houses import apa_house
from citekit.citations.tagger.apa_publishers import (
    blog_closing_title,
    body_as_own_house,
    body_closing_title,
    meeting_closing_title,
    publisher_after_edition,
    publisher_after_pages,
)
from citekit.citations.tagger.apa_sentences import (
    body_before_apa_date,
    editor_bracket_before_host,
    entry_before_its_in,
    publisher_before_book_doi,
    title_before_source,
    year_closing_apa_title,
)
from citekit.citations.tagger.apa_sites import site_after_quoted_title, site_before_address
from citekit.citations.tagger.apa_titles import title_after_apa_date
from citekit.citations.tagger.apostrophe_givens import given_with_apostrophe
from citekit.citations.tagger.archival import (
    dated_title,
    document_title,
    shelf_mark_numbers,
    written_by,
)
from citekit.citations.tagger.area_labels import area_label_runs
from citekit.citations.tagger.author_tails import title_word_in_author
from citekit.citations.tagger.bare_pages import bare_page
from citekit.citations.tagger.bare_years import bare_year_head
from citekit.citations.tagger.birth_years import birth_year
from citekit.citations.tagger.body_hosts import body_after_host_run
from citekit.citations.tagger.body_titles import body_before_title
from citekit.citations.tagger.book_pinpoints import page_after_book_year
from citekit.citations.tagger.bracket_genres import kind_word_not_issue
from citekit.citations.tagger.bracket_pinpoints import pinpoint_after_bracket
from citekit.citations.tagger.bracketed_imprints import place_from_bracket
from citekit.citations.tagger.bracketed_pages import pages_in_brackets
from citekit.citations.tagger.bylines import (
    byline_after_title,
    byline_label,
    outlet_as_author,
    outlet_before_quote,
    outlet_whole,
)
from citekit.citations.tagger.chapter_locators import chapter_locators
from citekit.citations.tagger.classical_names import classical_given, son_before_comma
from citekit.citations.tagger.colon_publishers import publisher_after_colon
from citekit.citations.tagger.colon_subtitles import subtitle_after_colon
from citekit.citations.tagger.colon_title_heads import title_head_before_colon
from citekit.citations.tagger.columns import column_after_page
from citekit.citations.tagger.company_publishers import company_publisher
from citekit.citations.tagger.compound_families import compound_family_first
from citekit.citations.tagger.content import designation_apart
from citekit.citations.tagger.contributors import contributor_in_title
from citekit.citations.tagger.counted_titles import count_closing_title, count_read_as_title
from citekit.citations.tagger.country_titles import (
    countries_open_title,
    country_opens_title,
    word_opens_title,
)
from citekit.citations.tagger.dangling_titles import title_over_small_word
from citekit.citations.tagger.dash_heads import lettered_year_after_dashes
from citekit.citations.tagger.data_sets import data_set
from citekit.citations.tagger.dated_titles import dated_after_quote, title_head_after_year
from citekit.citations.tagger.decisions import case_numbers
from citekit.citations.tagger.degree_genres import degree_genre
from citekit.citations.tagger.described_titles import descriptor_closes_title
from citekit.citations.tagger.digit_pages import page_not_title
from citekit.citations.tagger.domain_hosts import domain_host
from citekit.citations.tagger.double_volumes import double_volume, labelled_double_volume
from citekit.citations.tagger.early_views import early_view_out_of_host
from citekit.citations.tagger.edited_in import (
    editors_after_comma_in,
    editors_before_host,
    host_over_article,
)
from citekit.citations.tagger.edited_titles import (
    host_after_editor,
    house_before_bare_year,
    house_then_place,
)
from citekit.citations.tagger.elocators import elocator_host
from citekit.citations.tagger.entry_before_in import entry_before_in
from citekit.citations.tagger.entry_labels import entry_after_work, unsigned_entry_volume
from citekit.citations.tagger.entry_numbers import entry_number_runs, entry_number_title
from citekit.citations.tagger.event_dates import event_date_title
from citekit.citations.tagger.event_places import event_place
from citekit.citations.tagger.forms import site_named
from citekit.citations.tagger.genre_sentences import (
    genre_sentence,
    release_not_host,
    report_kind_not_author,
)
from citekit.citations.tagger.given_commas import given_name_comma
from citekit.citations.tagger.glued_domains import glued_domain
from citekit.citations.tagger.glued_host import glued_host
from citekit.citations.tagger.gost_title_heads import title_head_after_initials
from citekit.citations.tagger.group_authors import (
    body_before_quote,
    dated_body,
    group_author,
    harvard_dated_body,
    regional_author,
)
from citekit.citations.tagger.handles import social_post
from citekit.citations.tagger.harvard_days import day_after_quoted_title
from citekit.citations.tagger.host_areas import host_area
from citekit.citations.tagger.host_colon import host_word_colon, place_opening_host
from citekit.citations.tagger.host_numbers import bracketed_issue, host_numbers
from citekit.citations.tagger.host_role_words import role_word_in_host
from citekit.citations.tagger.host_sentences import host_over_gap
from citekit.citations.tagger.host_series import series_in_host
from citekit.citations.tagger.host_subtitles import (
    host_colon_title,
    host_subtitle,
    host_subtitle_before_editors,
)
from citekit.citations.tagger.hosted import proceedings_in_title
from citekit.citations.tagger.hyphen_bounds import glued_word_end, hyphen_in_word, hyphenated_head
from citekit.citations.tagger.hyphen_compounds import title_over_compound
from citekit.citations.tagger.identifier_runs import shapeless_identifiers
from citekit.citations.tagger.imprint_persons import imprint_after_persons
from citekit.citations.tagger.imprint_titles import imprint_after_host, title_list_tail
from citekit.citations.tagger.imprinted import imprinted_title, publisher_in_title
from citekit.citations.tagger.in_editors import editors_after_in
from citekit.citations.tagger.in_words import in_before_host
from citekit.citations.tagger.initial_gaps import initials_before_date
from citekit.citations.tagger.issue_hosts import place_before_issue
from citekit.citations.tagger.joined_bodies import body_over_words
from citekit.citations.tagger.joined_months import month_joined_to_year
from citekit.citations.tagger.joined_names import joined_names
from citekit.citations.tagger.joined_numbers import slashed_number
from citekit.citations.tagger.joined_titles import joined_title
from citekit.citations.tagger.labelled_volumes import page_after_volume_label
from citekit.citations.tagger.language_roles import language_before_role
from citekit.citations.tagger.letter_heads import (
    described_document,
    kind_word_head,
    letter_dated_in_host,
)
from citekit.citations.tagger.listed_coauthors import (
    coauthor_opening_title,
    given_coauthor_opening_title,
)
from citekit.citations.tagger.listed_persons import listed_persons
from citekit.citations.tagger.lone_word_titles import lone_word_title
from citekit.citations.tagger.manuscript_parts import manuscript_parts
from citekit.citations.tagger.meeting_days import meeting_days, ordinal_opening_meeting
from citekit.citations.tagger.mla_forms import mla_forms
from citekit.citations.tagger.mla_presses import shortened_press
from citekit.citations.tagger.month_days import bracketed_day_range, month_day_after_year
from citekit.citations.tagger.month_spans import month_span, title_period
from citekit.citations.tagger.named_bodies import initialled_house, named_body, named_publisher
from citekit.citations.tagger.named_in_title import name_in_title, title_sentences
from citekit.citations.tagger.names_after_and import title_after_last_name
from citekit.citations.tagger.nature_books import (
    nature_book_editors,
    nature_chapter,
    nature_imprint,
)
from citekit.citations.tagger.nature_hosts import nature_journal, nature_numbers
from citekit.citations.tagger.nlm_dates import year_month_day
from citekit.citations.tagger.numbered_releases import numbered_release
from citekit.citations.tagger.numeric_titles import pages_read_as_title
from citekit.citations.tagger.ordinal_editions import ordinal_edition
from citekit.citations.tagger.ordinal_titles import (
    ordinal_cut_off,
    ordinal_in_title,
    ordinal_not_page,
    ordinal_opens_title,
)
from citekit.citations.tagger.own_author_heads import own_author_head
from citekit.citations.tagger.page_dates import labelled_page_dates
from citekit.citations.tagger.page_titles import page_title_site
from citekit.citations.tagger.paper_issues import paper_issue
from citekit.citations.tagger.particled_authors import particled_author
from citekit.citations.tagger.parts import volume_parts
from citekit.citations.tagger.patents import patent_parts
from citekit.citations.tagger.patronymics import title_after_fathers_name
from citekit.citations.tagger.person_entries import person_entry
from citekit.citations.tagger.place_titles import place_opens_title
from citekit.citations.tagger.plain_tails import page_label_out_of_work, title_over_plain_tail
from citekit.citations.tagger.prose_leads import prose_before_quoted_title
from citekit.citations.tagger.publisher_place_years import publisher_place_year
from citekit.citations.tagger.publishing_bodies import (
    acronyms_before_imprint,
    body_before_its_title,
)
from citekit.citations.tagger.question_hosts import host_after_question
from citekit.citations.tagger.quoted_brackets import (
    host_after_quote_in,
    host_subtitle_before_house,
    joined_by_ampersand,
    second_title_as_host,
    title_closed_at_quote,
)
from citekit.citations.tagger.quoted_bylines import quoted_byline
from citekit.citations.tagger.quoted_descriptions import description_after_title
from citekit.citations.tagger.quoted_events import occasion_after_quote
from citekit.citations.tagger.quoted_host_tails import quoted_host_after_title
from citekit.citations.tagger.quoted_years import quoted_not_author, year_closing_quote
from citekit.citations.tagger.range_tails import (
    bare_issue,
    labelled_number_left,
    labelled_page_opening_title,
    page_opening_a_second_title,
    range_end_after_page,
    range_out_of_date,
)
from citekit.citations.tagger.repeated_heads import head_named_again
from citekit.citations.tagger.report_codes import (
    code_closing_title,
    numbered_bracket_closing_title,
    series_closing_title,
)
from citekit.citations.tagger.role_lists import list_before_role, name_between_roles
from citekit.citations.tagger.role_words import role_word_runs
from citekit.citations.tagger.roman_titles import roman_ordinal_opens_title
from citekit.citations.tagger.roman_volumes import dotted_volume, roman_volume_range
from citekit.citations.tagger.run_initials import glued_initial_to_author
from citekit.citations.tagger.runs import mend, runs
from citekit.citations.tagger.saint_heads import saint_after_initials, saint_heading
from citekit.citations.tagger.section_pinpoints import section_out_of_fields
from citekit.citations.tagger.semicolon_subtitles import semicolon_subtitle
from citekit.citations.tagger.sentence_years import year_after_author, year_in_title
from citekit.citations.tagger.series_items import series_item
from citekit.citations.tagger.series_numbers import series_number
from citekit.citations.tagger.shortened_designation import shortened_designation
from citekit.citations.tagger.signed_quotes import signed_quote
from citekit.citations.tagger.single_quoted_titles import single_quoted_title
from citekit.citations.tagger.site_headlines import site_before_headline
from citekit.citations.tagger.site_sentences import site_sentence
from citekit.citations.tagger.sites import address_site, modified_label
from citekit.citations.tagger.slashed_genres import responsibility_out_of_genre
from citekit.citations.tagger.slashed_host_persons import person_before_host
from citekit.citations.tagger.slashed_hosts import host_read_as_author
from citekit.citations.tagger.split_hosts import host_acronym_year, host_over_and, host_over_in
from citekit.citations.tagger.springer_heads import springer_reference
from citekit.citations.tagger.springer_imprints import (
    house_city_before_year,
    place_before_bracketed_year,
)
from citekit.citations.tagger.subtitle_places import (
    place_before_title_colon,
    subtitle_before_place,
)
from citekit.citations.tagger.subtitle_runs import host_subtitle_run, subtitle_over_runs
from citekit.citations.tagger.swapped_hosts import host_before_title
from citekit.citations.tagger.thesis_brackets import thesis_bracket
from citekit.citations.tagger.thesis_genres import thesis_kind_genre
from citekit.citations.tagger.title_areas import (
    place_read_as_title,
    title_area,
    title_over_area_dash,
)
from citekit.citations.tagger.title_before_slashes import (
    act_name_before_slashes,
    bracket_in_host,
    date_before_slashes,
    glued_slash_number,
    host_author_after_slashes,
    sole_host_author,
    title_after_gost_head,
    title_before_responsibility,
    title_before_slashes,
    title_years_before_slashes,
)
from citekit.citations.tagger.title_bounds import title_bounds
from citekit.citations.tagger.title_brackets import (
    head_before_title_bracket,
    title_before_open_bracket,
    title_over_apostrophe,
)
from citekit.citations.tagger.title_past_comma import title_past_comma
from citekit.citations.tagger.title_roles import run_before_role
from citekit.citations.tagger.title_series import series_in_title
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.tagger.trailing_dates import trailing_date
from citekit.citations.tagger.undated import undated_heading
from citekit.citations.tagger.unnamed_works import unnamed_work
from citekit.citations.tagger.unquoted_heads import head_before_role
from citekit.citations.tagger.unread_hosts import city_before_host, host_after_quoted_title
from citekit.citations.tagger.untitled_words import unlabelled_title
from citekit.citations.tagger.updated_dates import date_label_hosts, updated_date
from citekit.citations.tagger.vancouver import vancouver_journal
from citekit.citations.tagger.vancouver_imprints import body_named_again, vancouver_imprint
from citekit.citations.tagger.volume_areas import volume_before_area_dash
from citekit.citations.tagger.volume_houses import house_after_volume
from citekit.citations.tagger.volume_pages import volume_page_in_title
from citekit.citations.tagger.volume_sentences import volume_sentence
from citekit.citations.tagger.wiki_publishers import (
    body_after_host,
    house_after_report_number,
    site_before_dated_bracket,
)
from citekit.citations.tagger.worded_chapters import worded_chapters
from citekit.citations.tagger.worded_dates import season_after_year
from citekit.citations.tagger.year_titles import (
    bracketed_original_year,
    date_inside_title,
    slashed_years_title,
    year_closing_title,
    year_opening_title,
)


def mended_runs(
    text: str, tokens: list[Token], marks: list[set[str]], labels: Sequence[str], exact: Exact
) -> list[Run]:
    """The runs of fields `labels` give, mended by the general facts of how fields are written
    (each pass's example beside it): the model's labels, token by token, become runs whose
    bounds follow titles, names, imprints, hosts and numbers as notes write them."""
    found = title_after_apa_date(tokens, runs(labels))  # `(2021, June 10). A: B, c and d.`
    found = given_with_apostrophe(tokens, found)  # `Kuznetsova, Tat'iana. 2005. Title`
    found = host_after_quote_in(tokens, found)  # `"Part." In Language, Nation and State …`
    found = joined_by_ampersand(tokens, found)  # `Russian Politics & Law, 52(6)`
    found = body_before_quote(tokens, text, found)  # `Ministry of …, Government of India, “…”`
    found = host_subtitle_before_house(tokens, marks, found)  # `Host: Subtitle, Cornell UP, 2019`
    found = second_title_as_host(
        tokens, host_subtitle_run(tokens, found)
    )  # `”Title”. Tieteessä tapahtuu 5/2001, 12–17.`
    found = year_closing_quote(
        tokens, quoted_not_author(tokens, found)
    )  # `‘Trends in …, 2022’, SIPRI Fact Sheet`
    found = house_after_volume(tokens, marks, mend(tokens, marks, found))  # `Vol. 1, Blackwell,`
    if "." in text_set(tokens):  # `Kaktus.media (2023, 19 июня). Title.`: one name
        found = runs(glued_domain(tokens, labels_at(found, len(tokens))))
    found = head_named_again(tokens, found)  # `Harding, M. Peasants, … / M. Harding. —`
    given = classical_given(tokens, found)  # `Buhârî, Ebû Abdullah Muhammed b. İsmâîl. Title`
    if given != found:  # `Savel'ev, Igor'. 2006. "Title."`: the year's sentence after the name
        given = year_after_author(tokens, given)
    found = bare_year_head(tokens, marks, given)  # `Beyer, Judith 2006 Title.`, `2016 Title.`
    found = son_before_comma(tokens, found)  # `Ebü’l-Ferec Abdurrahmân b. Ali İbnü’l-Cevzî, Title`
    found = initials_before_date(tokens, found)  # `van Wincoop, E. (2003).`
    found = compound_family_first(tokens, marks, found)  # `Vidal Liy, Macarena. «Title».`
    found = person_entry(tokens, marks, found)  # `Сәтбаев Қаныш Имантайұлы // Қазақ Совет …`
    found = page_not_title(tokens, found)  # `Pravda, 12 March 1930, 2-3.`
    found = year_month_day(tokens, marks, found)  # `The Astana Times. 2022 Apr 14 [cited …`
    found = shortened_press(tokens, found)  # `Title. U of Wisconsin P, 2018.`
    found = mla_forms(tokens, marks, found)  # `"Title." Host, edited by X, Akçağ, 2013`
    found = name_before_act_colon(tokens, found)  # `… гражданина Д. С. Ермакова : Постановление`
    found = act_kind_after_colon(tokens, found)  # `О кооперации : декрет СНК от …`
    found = occasion_after_quote(tokens, found)  # `‘Title’, paper presented at the X`
    mended = site_named(tokens, text, found, exact.url)
    mended = modified_label(tokens, marks, address_site(tokens, text, mended, exact.url))
    # `Author, Title, Subtitle (Place: Publisher, Year)`, `Title, X nashriyot, Toshkent`
    mended = imprinted_title(tokens, marks, joined_title(tokens, marks, mended))
    mended = title_list_tail(tokens, marks, mended)  # `Title: A, B, and U.S. Policy, CRS Report`
    mended = imprint_after_host(tokens, marks, mended)  # `Proceedings …. Fort Worth: IEEE. pp.`
    mended = ordinal_in_title(tokens, mended)  # `Die Goldene Horde im 14. Jahrhundert, Leipzig`
    mended = ordinal_opens_title(tokens, mended)  # `Kongar, Emre. 21. Yüzyılda Türkiye.`
    mended = ordinal_cut_off(tokens, mended)  # `Ali Kaya, I. Dünya Savaşı’nda …`
    mended = ordinal_not_page(tokens, mended)  # `“Title”, 120. AB Sertifika Programı Sunusu`
    mended = publisher_in_title(tokens, marks, mended)
    mended = page_title_site(tokens, text, mended, exact.url)  # `Title — Википедия`
    mended = byline_label(tokens, byline_after_title(tokens, undated_heading(tokens, text, mended)))
    mended = outlet_whole(tokens, outlet_as_author(tokens, outlet_before_quote(tokens, mended)))
    mended = outlet_opens_title(tokens, mended)  # `Interfax. Headline. 12.03.2020.`
    mended = domain_host(tokens, mended)  # `Title. Turkmenistan.ru, 2019. URL: …`
    mended = agency_in_address(tokens, text, mended, exact.url)  # `Trend. Headline. URL`
    mended = body_over_words(tokens, marks, mended)  # `OSCE Office for … and Human Rights`
    mended = title_word_in_author(tokens, mended)  # `KazMunayGas, Annual Report 2022 (Astana:`
    mended = group_author(tokens, text, mended)  # `UNICEF. Title. New York: UNICEF; 2016.`
    mended = dated_body(tokens, mended)  # `Ministry of … (2020). Title. Retrieved from`
    mended = harvard_dated_body(tokens, mended)  # `International Institute … (2023) Title.`
    mended = regional_author(tokens, text, mended)  # `UNICEF Europe and Central Asia.`
    mended = own_author_head(tokens, mended)  # `Автордың Н. Назарбаевпен сұхбаты, Астана`
    mended = saint_heading(tokens, mended)  # `St. Andrews. A Historical Sketch.`
    mended = saint_after_initials(tokens, mended)  # `Smith J. St. Andrews and its …`
    mended = body_before_title(tokens, text, mended)  # `Ankara Üniversitesi …, Title, Ankara:`
    mended = named_body(tokens, marks, mended)  # `Институт … имени Ч. Ч. Валиханова. Title`
    mended = initialled_house(
        tokens, named_publisher(tokens, mended)
    )  # `; МГУ им. М. В. Ломоносова. – М., 2015.`
    mended = run_before_role(tokens, marks, mended)  # `Manas, Çev.: X, Ankara: …`
    mended = name_between_roles(
        tokens, list_before_role(tokens, marks, mended)
    )  # `Title: Dil, Din, Sanat, çev. Ali Kaya`
    mended = listed_persons(tokens, marks, mended)  # `haz. A B, C D ve E F, c. 1`
    mended = head_before_role(tokens, text, marks, mended)  # `A, Tevârîh-i Âl-i Osmân, haz.`
    mended = imprint_after_persons(tokens, marks, mended)  # `…, haz. A, YKY, İstanbul 2003`
    mended = acronym_publisher(tokens, mended)  # `Title, haz. A, TTK, Ankara 1991`
    mended = company_publisher(tokens, mended)  # `Title, Ötüken Neşriyat A.Ş., İstanbul`
    mended = publisher_after_colon(tokens, mended)  # `Almaty: Institute for …, 2015`
    mended = houses_after_place(tokens, mended)  # `М. : Норма : ИНФРА-М, 2021`
    mended = acronyms_before_imprint(tokens, mended)  # `OSCE/ODIHR, Title (Warsaw: OSCE …`
    mended = page_after_book_year(tokens, mended)  # `Cambridge: CUP, 2011, 203.`
    mended = day_after_quoted_title(tokens, mended)  # `Akorda (2023) 'Title', 8 June.`
    # `"Title" (speech, Chatham House, …)`; the thesis's kind in the bracket then read
    mended = thesis_kind_genre(tokens, marks, title_closed_at_quote(tokens, mended))
    mended = title_after_last_name(tokens, mended)  # `A and B, Water, Power, and …: …`
    mended = entry_before_in(tokens, mended)  # `Koumiss. In: Oxford English Dictionary`
    mended = proceedings_in_title(tokens, unnamed_work(tokens, text, mended))
    mended = event_place(tokens, mended)  # `…; 2019 Oct 17-18; Semey, Kazakhstan. Semey:`
    mended = report_kind_not_author(tokens, text, mended)  # `Title, Research Paper, London`
    mended = release_not_host(tokens, text, mended)  # `“Title”, press release, 7 June`
    mended = pages_read_as_title(tokens, mended)  # `Title. Journal, 8(4), 1301–1318.`
    mended = title_head_after_year(tokens, vancouver_journal(tokens, mended))  # `(2002) A: B`
    mended = title_bounds(tokens, marks, mended)  # `(2019). A: B, c. Host.`, `Токаев: «…»`
    mended = glued_word_end(
        tokens, hyphenated_head(tokens, hyphen_in_word(tokens, mended))
    )  # `студентов-медиков г. Семей. Host.`
    mended = place_opens_title(tokens, marks, mended)  # `Author. Almaty, Astana and …. London:`
    mended = title_area(tokens, marks, mended)  # `A. B, 1928–1934 (англ.) //`: one title
    mended = title_over_area_dash(tokens, mended)  # `Title. — Репр. воспр. изд. 1872 г. —`
    mended = place_read_as_title(tokens, marks, mended)  # `Энциклопедиясы. — Алматы, 1976.`
    mended = subtitle_before_place(tokens, marks, mended)  # `Title. Subtitle, Berlin: SWP 2007`
    mended = place_before_title_colon(tokens, mended)  # `A, Kazakhstan: Title, Washington, …`
    mended = title_head_before_colon(tokens, mended)  # `X M. (ed.) Kazakhstan in …: B. Lanham:`
    mended = page_after_volume_label(tokens, marks, mended)  # `М.; Л., 1938–1939. Т. 1–2`
    mended = volume_sentence(tokens, mended)  # `TDV İslâm Ansiklopedisi. 25. İstanbul: TDV.`
    mended = pages_in_brackets(tokens, mended)  # `[… in the 1940s–1950s]. Host, pp. 112–116.`
    mended = host_numbers(tokens, marks, mended)  # `// Вестник МГУ. Сер. 8. – 2005`
    mended = series_in_host(tokens, mended)  # `Phil. Trans. R. Soc., Series B, 2012`
    mended = role_word_runs(tokens, mended)  # `; вступ. ст. и ред. Ю. Н. Афанасьева`
    mended = area_label_runs(tokens, mended)  # `(ред. от 04.08.2023)`, `Библиогр.: с. 5–9`
    mended = title_sentences(tokens, name_in_title(tokens, mended))  # `… А. С. Пушкина.`
    mended = joined_names(tokens, marks, mended)  # `Абай и Пушкин // Газета. – 1999.`
    mended = case_numbers(tokens, text, marks, mended)  # `E. 2019/123, K. 2020/45`
    # `Т. 2, ч. 1`; then `Cilt: III, Kısım: 1, TTK, Ankara`: the house after the part
    mended = acronym_publisher(tokens, volume_parts(tokens, marks, mended))
    mended = double_volume(tokens, text, mended)  # `Studia Iranica 23–24 (1995)`
    mended = social_post(tokens, mended)  # `@MFA_Kazakhstan, "…", X, …`
    mended = title_after_fathers_name(tokens, mended)  # `Иванов Иван Иванович Title //`
    mended = title_before_slashes(tokens, mended)  # `Иванов И. Глава // Очерки. Ч. 1.`
    mended = title_years_before_slashes(tokens, mended)  # `Title, 1917–39 // Host. – P. 7.`
    mended = date_before_slashes(tokens, text, mended)  # `Title. 1 сентября 2022 г. // Site.`
    mended = glued_slash_number(tokens, mended)  # `по делу № 6001-20-00-3гп/1184 от …`
    mended = title_after_gost_head(tokens, marks, mended)  # `Edgar A.L. Genealogy, Class, and … //`
    mended = title_before_responsibility(tokens, mended)  # `Семенов, И. Омск – Павлодар: … / И. С.`
    mended = act_name_before_slashes(tokens, mended)  # `Налоговый кодекс … // ИС «Әділет».`
    mended = bracket_in_host(tokens, mended)  # `// Гражданский кодекс … (Общая часть): …`
    mended = host_author_after_slashes(tokens, mended)  # `// Чокан Валиханов. Избранное.`
    mended = sole_host_author(tokens, mended)  # `// Абай. Слова назидания. Алматы`
    mended = entry_number_runs(tokens, marks, mended)  # `3. Nursultan Nazarbayev, Title, trans.`
    mended = shortened_designation(tokens, mended)  # `Ежегодник. 2019 : стат. сб. — М.`
    mended = series_number(tokens, mended)  # `— (Труды института ; т. 9).`
    mended = month_span(tokens, mended)  # `№ 4 (июль—август)`: the year alone
    mended = title_period(tokens, mended)  # `Показатели … за январь–июнь 2024 г.`
    mended = glued_host(tokens, mended)  # `Энциклопедический словарь Брокгауза …. — СПб.`
    mended = host_word_colon(tokens, mended)  # `„Zentralasien“, in: Osteuropa 57 (2007)`
    mended = chapter_locators(tokens, mended)  # `Türk Milli Kültürü, Bölüm 3, İstanbul:`
    mended = lone_word_title(tokens, worded_chapters(tokens, mended))  # `…, Üçüncü Bölüm, s. 201.`
    mended = event_date_title(tokens, text, mended)  # `Election, 20 November 2022: Report.`
    dated = trailing_date(tokens, text, mended)  # `Title. Kaktus.media, 2022-жыл 10-январь.`
    if dated != mended:  # `Азаттык, «…», 2023-жылдын 12-апрели.`: the outlet, its host freed
        dated = outlet_as_author(tokens, dated)
    mended = dated
    mended = series_item(tokens, mended)  # `Подкаст «…», выпуск 42 «…», Spotify, 2023`
    mended = genre_sentence(tokens, text, mended)  # `Vlast.kz. Title. Расследование. 2021.`
    mended = signed_quote(tokens, mended)  # `Body. “Title.” stat.gov.kz. Accessed …`
    mended = data_set(tokens, mended)  # `Portal (data.gov.uz), “…” dataset, accessed …`
    mended = updated_date(tokens, mended)  # `(набор данных, обновлён 01.07.2024)`
    mended = date_label_hosts(tokens, mended)  # `Kabul Tarihi: 18.10.1982`: no host
    mended = quoted_byline(tokens, mended)  # `Outlet, "Title," by Catherine Putz, …`
    mended = kind_word_head(tokens, mended)  # `Письмо А. П. Чехова к … // Чехов А. П. …`
    mended = letter_dated_in_host(tokens, mended)  # `Letter from A to B, 22 May 1860, in …`
    mended = numbered_release(tokens, text, mended)  # `“No: 123, 15 Nisan 2021, … Hk.”`
    if exact.legal.archive_location is not None:
        mended = shelf_mark_numbers(tokens, mended, exact.legal.spans)  # `15-қ. 1-т. 45-іс`
        mended = document_title(tokens, mended)  # `Письмо … 1933 г. // РГАСПИ. Ф. 17. …`
        mended = designation_apart(tokens, mended)  # `…, 1923. — Текст : непосредственный //`
        archive = next((a for a, _, kind in exact.legal.spans if kind == "archive"), None)
        if archive is not None and "//" not in text:  # `Author, Title, Süleymaniye Ktp., …`
            mended = dated_title(tokens, written_by(tokens, mended, archive), archive)
            mended = described_document(tokens, mended, archive)  # `X Vakfiyesi, VGM Arşivi`
    mended = given_name_comma(tokens, mended)  # `Мұхтар Құл-Мұхаммед, Title (Алматы:`
    mended = site_before_address(tokens, mended)  # `(2022, 14 Şubat). Title. TEPAV. https:`
    mended = body_as_own_house(tokens, mended)  # `International Monetary Fund. … IMF. https:`
    mended = place_before_bracketed_year(tokens, mended)  # `Springer, Cham (2019)`
    mended = coauthor_opening_title(tokens, mended)  # `Ткачёв И., Мереминская Е. Title //`
    mended = given_coauthor_opening_title(tokens, mended)  # `A. Rădulescu, Ion Bitoleanu, Title`
    mended = month_day_after_year(tokens, marks, mended)  # `– 2018. – April 10. – P. 2.`
    mended = bracketed_day_range(tokens, marks, mended)  # `(2019, September 5–7).`
    mended = thesis_bracket(tokens, mended)  # `Title [Doctoral dissertation, University of X].`
    mended = publisher_place_year(tokens, marks, mended)  # `Title, Eren, İstanbul 1989, s. 112.`
    mended = ordinal_edition(tokens, marks, mended)  # `…, 34. Baskı (Bursa: …)`
    mended = roman_ordinal_opens_title(tokens, mended)  # `Çelik, Ayşe. XVIII. Yüzyılda …`
    mended = body_after_host(tokens, text, mended)  # `"Title". Monitor. Vol. 14. The … Foundation.`
    mended = site_before_dated_bracket(tokens, mended)  # `Title. Kursiv.media (18 апреля 2021).`
    mended = house_after_report_number(tokens, text, mended)  # `(… Paper No. 9123). World Bank.`
    mended = unlabelled_title(tokens, marks, mended)  # `Бөкейхан Ә. Шығармалар жинағы. – Астана`
    mended = page_opening_a_second_title(tokens, mended)  # `1978), 1172–81, still the …`
    mended = range_end_after_page(tokens, mended)  # `2015), 117–19, who argues …`
    mended = range_out_of_date(tokens, marks, mended)  # `pp. 12-25, 2020.`
    mended = labelled_number_left(tokens, mended)  # `no. 4, p. 2345, 2023.`
    mended = bare_issue(tokens, mended)  # `Cahiers d'Asie centrale, no 14, 2005`
    mended = place_before_issue(tokens, marks, mended)  # `« Title », Anatoli, no 7, 2016`
    mended = lettered_year_after_dashes(tokens, mended)  # `———. 2018b. “Title.”`
    mended = site_sentence(tokens, mended)  # `"Title". Associated Press. 12 February 2022.`
    mended = descriptor_closes_title(tokens, mended)  # `(2019). Title (Belgesel). TRT.`
    mended = entry_after_work(tokens, marks, mended)  # `…, Ankara 2015, “İbra” maddesi, s. 188.`
    mended = unsigned_entry_volume(tokens, marks, mended)  # `DİA, “Hîve Hanlığı”, XVII, 410.`
    mended = word_opens_title(tokens, country_opens_title(tokens, mended))  # `Hale, Russia, …`
    mended = house_before_place(tokens, marks, mended)  # `…; Springer: Cham, 2019; pp 45–67.`
    mended = series_after_semicolon(
        tokens, marks, mended
    )  # `Title; IAMO Discussion Paper No. 189;`
    mended = nature_journal(tokens, mended)  # `Title. Remote Sens. Environ. 231, 111–125 (2019).`
    mended = nature_numbers(tokens, mended)  # `J. Geophys. Res. Oceans 119, 3313–3326 (2014).`
    mended = nature_imprint(tokens, mended)  # `Reki Srednei Azii (Gidrometeoizdat, 1965).`
    mended = nature_chapter(tokens, mended)  # `in The Aral Sea (eds Micklin, P.) 49–76 (Springer,`
    mended = nature_book_editors(tokens, mended)  # `Title (eds Masson-Delmotte, V. et al.) (CUP,`
    mended = host_after_editor(tokens, mended)  # `“Chapter”, C. M. Hann (Ed.), Book, Routledge`
    mended = subtitle_over_runs(tokens, mended)  # `Reform Agenda: Opening Up, Holding Back.`
    mended = title_head_after_initials(tokens, mended)  # `Lee R. Not Built for Purpose: The … //`
    mended = house_before_bare_year(tokens, mended)  # `(Moscow: Prava cheloveka 2001), 88.`
    mended = house_then_place(tokens, mended)  # `…, C. 9, Yeni Türkiye Yayınları, Ankara,`
    mended = role_word_in_host(tokens, mended)  # `IEEE Trans. Smart Grid, vol. 3`
    mended = labelled_page_opening_title(tokens, mended)  # `12–18 бб. Автор мұнда …`
    mended = semicolon_subtitle(tokens, mended)  # `Title: Subtitle; Second, vol. 3 (M.:`
    mended = description_after_title(tokens, mended)  # `“Title” (kitap incelemesi), Journal`
    mended = person_before_host(tokens, mended)  # `Предисловие // Хобсбаум Э. Эпоха …`
    mended = birth_year(tokens, mended)  # `Интервью с Н. П. Сидоровой (1931 г. р.), …`
    mended = labelled_page_dates(tokens, mended)  # `Опубл. 12 янв. 2024; обновлено 04.03.2024`
    mended = single_quoted_title(tokens, mended)  # `'Russia's Security Role …', Commentary, RUSI`
    mended = in_before_host(tokens, mended)  # `"Title," in Kazakhstan: Natsional'naya …`
    mended = slashed_number(tokens, mended)  # `– 2017. – № 4/2. – С. 112–118.`
    mended = year_in_title(tokens, mended)  # `…, Türk Dış Politikası Yıllığı 2019, Ankara:`
    mended = glued_initial_to_author(tokens, mended)  # `Валиханов Ч.Ч. Собрание сочинений`
    mended = volume_before_area_dash(tokens, mended)  # `1984 — Т.1 — 300-б.`
    mended = early_view_out_of_host(tokens, mended)  # `Eğitim ve Bilim, Erken Görünüm.`
    mended = numbers_after_address(tokens, mended)  # `…/what-should-i-ask.html, comment 14.`
    mended = season_after_year(tokens, mended)  # `Morris, K. (2018, Autumn). Title.`
    mended = site_before_headline(tokens, mended)  # `Azattyq.org — «Headline», 16.12.2021`
    mended = host_area(tokens, marks, mended)  # `// Kazakhstan in the Making: Legitimacy, … / ed.`
    mended = host_over_in(tokens, marks, mended)  # `," in A in B, ed.`: one host
    mended = host_over_and(tokens, marks, mended)  # `// Proceedings of … Education and Social`
    mended = host_acronym_year(tokens, mended)  # `… Sciences (INTCESS 2018). – Istanbul, 2018.`
    mended = abbreviated_place(tokens, mended)  # `L.: The Stationery Office, 1998`
    mended = prose_before_quoted_title(tokens, mended)  # `… is given in Daniel Hirst, “T,”`
    mended = title_over_apostrophe(tokens, mended)  # `(Ravzatü’l-Hüseyn … Ahbâri’l-Hâfikayn)`
    mended = title_before_open_bracket(tokens, mended)  # `Osmanlı Nüfusu [Ottoman Population, …]`
    mended = bare_page(tokens, mended)  # `Duranty, “Russians Hungry,” 13.`
    mended = place_opening_host(
        tokens, marks, mended
    )  # `‘…’, Kebikeç: İnsan Bilimleri … Dergisi, 35`
    mended = host_read_as_author(tokens, mended)  # `Күлтегін ескерткіші // Türik Bitig. URL:`
    mended = particled_author(tokens, mended)  # `O’Brien, S. D., van den Berg, H., …`
    mended = head_before_title_bracket(tokens, mended)  # `European Union (Withdrawal) Act`
    mended = volume_page_in_title(tokens, mended)  # `Wealth of Nations, 2:311, though …`
    mended = column_after_page(tokens, mended)  # `С. 3, стб. 2`: the column no field
    mended = paper_issue(tokens, marks, mended)  # `Правда. 1938. 3 марта. № 61. С. 1.`
    mended = bracketed_original_year(tokens, mended)  # `Penguin, [1867] 1990`
    mended = year_opening_title(tokens, mended)  # `A.Ş., 2022 Faaliyet Raporu, İstanbul, 2023`
    mended = year_closing_title(tokens, mended)  # `OPEC (2020) Annual Statistical Bulletin 2020.`
    mended = slashed_years_title(tokens, mended)  # `Human Development Report 2021/2022: …`
    mended = section_out_of_fields(tokens, mended)  # `…, S. 28685, md. 5.`: a pinpoint
    mended = publisher_after_edition(tokens, mended)  # `Title (Rev. ed.). Carnegie Endowment …`
    mended = publisher_after_pages(tokens, mended)  # `In Host (pp. 211–220). ACM. https://…`
    mended = body_closing_title(tokens, mended)  # `(1997). Title. Institut … RAN.`
    mended = language_before_role(tokens, marks, mended)  # `Türkiye Türkçesine aktaran:`
    mended = apa_house(tokens, marks, mended)  # `(1961). Title (…, Trans.). W. W. Norton.`
    mended = body_before_apa_date(tokens, mended)  # `Bureau of … Kazakhstan. (2022). Title.`
    mended = entry_before_its_in(tokens, marks, mended)  # `Ekonomika. (2004). In Qazaq …`
    mended = title_before_source(tokens, marks, mended)  # `(2017). Title. Kitabı içinde (ss.`
    mended = dated_after_quote(tokens, marks, mended)  # `Послание … «…» от 1 сентября 2022 года //`
    mended = kind_word_not_issue(tokens, mended)  # `"Title" (Konuşma). Nur-Sultan.`
    mended = editor_bracket_before_host(tokens, marks, mended)  # `"Ch". Jones, E. (Ed.). Book.`
    mended = year_closing_apa_title(tokens, mended)  # `(2024, 21 Mart). Title, 2023 (Haber`
    mended = publisher_before_book_doi(
        tokens, marks, mended
    )  # `Title. Springer. https://doi.org/…/978-`
    mended = meeting_closing_title(tokens, mended)  # `Title. 57. Ulusal Diyabet Kongresi; 2021`
    mended = blog_closing_title(tokens, mended)  # `Title. Military Balance Blog. IISS. https://`
    mended = elocator_host(tokens, mended)  # `PLoS One. 2021;16(5):e0251234`
    mended = body_before_its_title(tokens, mended)  # `Merkez Bankası, Finansal İstikrar Raporu,`
    mended = meeting_days(tokens, marks, mended)  # `Proceedings of X. Calgary, 24–28 September.`
    mended = ordinal_opening_meeting(tokens, mended)  # `“Title”. 5. Uluslararası … Sempozyumu`
    mended = count_read_as_title(tokens, mended)  # `Kitāb al-ʿIbar. Edited by X. 8 vols.`
    mended = count_closing_title(tokens, mended)  # `Собрание сочинений : в 6 т.`
    mended = patent_parts(tokens, mended)  # `Пат. 2345678 Рос. Федерация, МПК …. Title / …`
    mended = manuscript_parts(tokens, mended)  # `Title, MS Hazine 1654, …, fol. 213b.`
    mended = series_closing_title(tokens, mended)  # `Title (SIPRI Fact Sheet). Stockholm …`
    mended = numbered_bracket_closing_title(tokens, mended)  # `Title (Publication No. 2803)`
    mended = code_closing_title(tokens, mended)  # `Title, PE-A2871-1, Santa Monica, Calif.:`
    mended = site_after_quoted_title(tokens, mended)  # `“Title.” IEA, www.iea.org/…`
    mended = pinpoint_after_bracket(tokens, mended)  # `“Title” (working paper, 2020), 17, https:`
    mended = host_subtitle(tokens, mended)  # `In SIPRI Yearbook 2022: Armaments, Disarmament …`
    mended = host_colon_title(tokens, mended)  # `// Центральная Азия: 20 лет независимости /`
    mended = body_after_host_run(tokens, mended)  # `“Entry”, Sözlük, Türk Dil Kurumu, https://`
    mended = title_over_compound(tokens, mended)  # `Access to Soviet-Era Archives in X. New York`
    mended = title_over_plain_tail(tokens, marks, mended)  # `Kinship and patronage in X. Journal`
    mended = page_label_out_of_work(tokens, marks, mended)  # `(eds.) Advances in X, pp. 310–322.`
    mended = house_city_before_year(tokens, marks, mended)  # `pp. 223–234. Springer, Cham (2019)`
    mended = host_before_title(tokens, mended)  # `(2016). Teacher beliefs about …. System, 58,`
    mended = responsibility_out_of_genre(tokens, mended)  # `: набор данных / Бюро … . – 2023`
    mended = host_after_quoted_title(tokens, mended)  # `"Title." XI. … Bildirileri, c. 2,`
    mended = series_in_title(tokens, mended)  # `Title. SIPRI Insights on … no. 2022/04. Stockholm`
    mended = city_before_host(tokens, marks, mended)  # `Enstitüsü, Ankara. YÖK Ulusal Tez Merkezi`
    mended = bracketed_issue(tokens, mended)  # `Bilig (82): 115–140`
    mended = host_over_article(tokens, mended)  # `in The Steppe and the Sown, ed. J. Doe`
    mended = editors_before_host(tokens, mended)  # `'Chapter' in X and Y (eds), Book (`
    mended = editors_after_comma_in(
        tokens, marks, mended
    )  # `Title, in X - Y (a cura di), Book, City`
    mended = degree_genre(tokens, mended)  # `Title. Cand. Sci. (Hist.) diss. Omsk, 2009.`
    mended = contributor_in_title(tokens, mended)  # `Title, foreword by X (London:`
    mended = shapeless_identifiers(tokens, mended)  # `IEC 61850-7-2`: no ISBN `7`
    mended = vancouver_imprint(tokens, mended)  # `Title. UNICEF; 2019. Accessed`
    mended = body_named_again(tokens, mended)  # `UNICEF Kazakhstan. Title. UNICEF; 2019.`
    mended = title_past_comma(tokens, mended)  # `(2012) Title, its rest. J Abbr 28(3)`
    mended = countries_open_title(tokens, mended)  # `Russia, Kazakhstan, Uzbekistan agree`
    mended = labelled_double_volume(tokens, mended)  # `Vol. 3-4, 1979-1980`
    mended = host_over_gap(tokens, mended)  # `// China’s Belt and Road Initiative … / ed.`
    mended = host_subtitle_before_editors(tokens, mended)  # `in Host: Its Subtitle, ed.`
    mended = springer_reference(tokens, mended)  # `Li L, Nittrouer JA (2017) Title. J 76:690`
    mended = quoted_host_after_title(tokens, mended)  # `Title, „Foreign Policy”, 28.06.2022`
    mended = subtitle_after_colon(tokens, mended)  # `Title: Its Subtitle. Bloomington:`
    mended = host_after_question(tokens, mended)  # `Title? World Development, Vol. 33`
    mended = roman_volume_range(tokens, mended)  # `Т. I–IV.`
    mended = dotted_volume(tokens, mended)  # `Gazi Akademik Bakış 11.21 (2017): 57-76.`
    mended = title_over_small_word(tokens, mended)  # `Hydrology in | Practice, fourth ed.`
    mended = month_joined_to_year(tokens, mended)  # `(diciembre de 2014)`
    mended = date_inside_title(tokens, mended)  # `Election, 4 December 2016: Final Report`
    mended = editors_after_in(
        tokens, marks, mended
    )  # `In: Nihoul, J.C.J., Zavialov, P.O. (Eds.), Book.`
    mended = place_from_bracket(tokens, mended)  # `Title (Washington, DC: IMF, 2024), box 1.2`
    return entry_number_title(tokens, mended)  # `14. IPCC Climate Change 2021: …`
