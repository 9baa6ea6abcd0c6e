"""What a note's words tell of a work that its fields do not: a speech, an interview, a
court's decision, a magazine's article (the language files' `[types]` speech, speech_after,
interview, court, decision, normative and magazine words).

- A speech's word opens its title (`Выступление на пленарном заседании …`, `Речь на военном
  параде …`, `Звернення Президента України …`), or closes it as Kazakh writes it (`… отырысында
  сөйлеген сөзі`, `Қазақстан халқына Жолдауы`): a speech, unless a paper, a periodical or a
  book's imprint printed it (a news item about a speech is the paper's).
- An interview's word stands in its title or beside it (`«…»: интервью газете …`, `[беседовала
  М. Ким]`, `Интервью телеканалу «Россия 24»`, `… : сұхбат`): an interview, unless a journal's
  numbered issue printed it (an article on interviewing).
- A magazine's name (`[types] magazine`: `Огонёк`, `журнал «Эксперт»`) hosts a magazine's
  article, not a journal's, in print (a site of the same name publishes news).
- A court's decision opens the note with its kind and the court's name (`Постановление
  Конституционного Суда РФ от … № 12-П`, `Решение Европейского суда по правам человека по
  делу …`, `Постанова Верховного Суду від …`; Kazakh writes the kind last: `… Жоғарғы
  Сотының … шешімі`), signed by no person: a case, not a law (a court's normative act, a
  plenum's resolution, is the law's kind).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from citekit._text import unmixed
from citekit.citations.type_cues import casefold, has_cue, has_type_cue, news_outlet, type_cues
from citekit.languages import shipped_type_words

__all__ = ["worded_type"]

_HEAD_WORDS = 12  # words of a note's head that name a court's decision
_EDGE_WORDS = 3  # words at a title's edge that name a speech
_PERIODICALS = frozenset({"article-journal", "article-newspaper", "article-magazine"})
_JOURNAL_WORDS = ("журнал", "журналы", "часопис", "magazine")  # `журнал «Огонёк»`
# a periodical's numbers and a book's imprint
_PRINTS = ("volume", "issue", "DOI", "publisher", "publisher-place", "number-of-pages", "ISBN")


def _text(fields: Mapping[str, object], key: str) -> str:
    value = fields.get(key)
    return value if isinstance(value, str) else ""


def _printed(fields: Mapping[str, object], container: str) -> bool:
    """Whether a paper, a periodical's numbered issue or a book's imprint printed the work."""
    numbered = any(fields.get(k) for k in _PRINTS)
    return numbered or news_outlet(container) or has_cue("newspaper", container)


def _case(fields: Mapping[str, object], text: str) -> bool:
    head = " ".join(text.split()[:_HEAD_WORDS])
    if not (has_type_cue("decision", head) and has_type_cue("court", head)):
        return False
    return not fields.get("author") and not has_type_cue("normative", head)


def _speech(fields: Mapping[str, object], title: str, container: str) -> bool:
    words = title.split()
    opening = has_type_cue("speech", " ".join(words[:_EDGE_WORDS])) and (
        has_type_cue("speech", " ".join(words[:2]).rstrip(" ,.:"))
    )
    closing = has_type_cue("speech_after", " ".join(words[-_EDGE_WORDS:]))
    return (opening or closing) and not _printed(fields, container)


def _interview(fields: Mapping[str, object], text: str, title: str, container: str) -> bool:
    own = text.replace(container, " ") if container else text  # the host's words are not its
    if not has_type_cue("interview", own):
        return False
    journal = has_cue("journal", container) or any(fields.get(k) for k in ("volume", "DOI"))
    return not journal or not has_type_cue("interview", title)


def worded_type(kind: str, fields: Mapping[str, object], text: str) -> str:
    """`kind`, or the type a speech's, an interview's or a court decision's words tell."""
    if kind in ("manuscript", "thesis", "entry-encyclopedia", "motion_picture"):
        return kind
    cues = type_cues(unmixed(text))  # the type rules' own, cached: most notes have none of these
    if kind == "legislation" or "decision" in cues:
        if "court" in cues and _case(fields, text):
            return "legal_case"
        if kind == "legislation":
            return kind
    title = _text(fields, "title")
    container = _text(fields, "container-title")
    spoken = "speech" in cues or "speech_after" in cues
    if spoken and title and _speech(fields, title, container):
        return "speech"
    if "interview" in cues and _interview(fields, text, title, container):
        return "interview"
    online = fields.get("URL") or fields.get("accessed")
    if kind in _PERIODICALS and container and not online and _magazine(container):
        return "article-magazine"
    return kind


def _magazine(container: str) -> bool:
    """Whether a host is a magazine by its name, bare or after the word `журнал`
    (`Огонёк`, `журнал «Эксперт»`)."""
    name = container.strip(' .,«»"“”')
    for word in _JOURNAL_WORDS:
        if name.casefold().startswith(word):
            name = name[len(word) :].strip(' «»"“”')
    return casefold(name) in _magazines()


@functools.cache
def _magazines() -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words("magazine"))
