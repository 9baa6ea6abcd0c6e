"""A note that thanks someone or names the grant that funded the work cites nothing, in each
language the notes are read in; a title holding such words still cites."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


def _kind(text: str) -> NoteKind:
    return parse_note(1, text, location=Location(path="t")).kind


@pytest.mark.parametrize(
    "text",
    [
        "Зерттеу ҚР БҒМ Ғылым комитетінің АР09259123 гранты аясында жүргізілді.",
        "Автор мақаланы оқып, пікір білдірген әріптестеріне алғысын білдіреді.",
        "I thank Professor Jane Doe for her comments on an earlier draft of this article.",
        "We thank the anonymous reviewers for their helpful suggestions.",
        "Makalenin ilk taslağını okuyan meslektaşlarıma teşekkür ederim.",
        "Автор выражает благодарность сотрудникам ЦГА РК.",
        "Awtor kömek eden kärdeşlerine minnetdarlyk bildirýär.",
        "Tadqiqot O‘zbekiston Fanlar akademiyasi grant doirasida bajarilgan.",
        "Tədqiqat AMEA-nın qrant layihəsi çərçivəsində aparılmışdır.",
        "Gefördert durch die Deutsche Forschungsgemeinschaft (DFG), Projektnummer 123456789.",
        "Pesquisa financiada pela CAPES.",
    ],
)
def test_thanks_and_grants_are_comments(text: str) -> None:
    assert _kind(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Smith J. Under Grant: Science Funding in the USSR. London, 1999.",
        "Doe J. We thank you: letters to the editor. Almaty, 2005. 120 p.",
    ],
)
def test_titles_with_such_words_are_cited(text: str) -> None:
    assert _kind(text) is NoteKind.CITATION
