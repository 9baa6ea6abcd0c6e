"""Which of the generator's sites publish news: the type the corpus README gives their pages.

The generator (`citekit.training.items`) types a page of any of its sites `webpage` or
`article-newspaper` at random, from the same pool of sites. The corpus README's convention
(`tests/data/corpus/README.md`, `type`) judges the site instead: a page of a news site or
newspaper (news agencies, broadcasters' news, news portals, news magazines) is
`article-newspaper`; a page of any other site (a state body's, an institute's, a library's, an
encyclopedia's, a forum's) is `webpage`. `news_type` gives that type for a generated page. (The
generator's address folders, `/about/` for a "web page" and `/news/` for a "news article" of the
same site, do not change what the site is: the README types news agencies' pages whole.)

The list below names the sites of the generator's pools that are NOT news sites, by host,
written from general knowledge of each site (independently of the parser's news lists); every
other host of the pools is a news outlet (the large Turkish and English pools were gathered
from news links, their short hosts included: `hur.yt`, `nyti.ms`).
"""

from __future__ import annotations

import re

_OTHER = (
    # think tanks, institutes, international bodies
    "ankasam.org avim.org.tr adb.org brookings.edu csis.org carnegieendowment.org cacianalyst.org "
    "chathamhouse.org imf.org jamestown.org orsam.org.tr osce.org setav.org turkicstates.org "
    "turkdunyasi.org worldbank.org imemo.ru ivran.ru ru.valdaiclub.com carnegie.ru "
    "russiancouncil.ru eurasia.expert globalaffairs.ru ttk.gov.tr "
    # state bodies, official portals, statistics, laws
    "akorda.kz tccb.gov.tr mfa.gov.tr gov.kz mejlis.gov.tm mevzuat.gov.tr nebitgaz.gov.tm "
    "primeminister.kz resmigazete.gov.tr stat.gov.kz tuik.gov.tr turkmengas.gov.tm "
    "turkmenistansport.gov.tm mfa.gov.tm cbt.tm science.gov.tm tika.gov.tr iletisim.gov.tr "
    "cbr.ru rada.gov.ua duma.gov.ru ksrf.ru mfa.gov.ua mid.ru minobrnauki.gov.ru edu.gov.ru "
    "pravo.gov.ru president.gov.ua government.ru kremlin.ru rosstat.gov.ru council.gov.ru "
    "kmu.gov.ua adilet.zan.kz garant.ru kodeks.ru consultant.ru "
    # libraries, encyclopedias, dictionaries, scholarly and learning sites
    "britannica.com dergipark.org.tr e-history.kz books.google.com daily.jstor.org "
    "kriterdergi.com sozluk.gov.tr islamansiklopedisi.org.tr en.wikipedia.org tk.wikipedia.org "
    "ru.wikipedia.org tez.yok.gov.tr elibrary.ru cyberleninka.ru bigenc.ru arzamas.academy "
    "postnauka.ru prlib.ru rsl.ru nlr.ru istpravda.com.ua "
    # platforms, shops, forums, fact-checkers, link shorteners of anyone's
    "github.com stackoverflow.com medium.com amazon.com.tr youtube.com habr.com teyit.org "
    "buff.ly ow.ly j.mp"
)
OTHER_SITES = frozenset(_OTHER.split())
_HOST = re.compile(r"^(?:https?://)?(?:www\.)?([^/?#\s]+)", re.IGNORECASE)


def news_type(url: str) -> str:
    """`webpage` for a page of a site that is no news outlet, else `article-newspaper`."""
    found = _HOST.match(url or "")
    host = found.group(1).lower() if found else ""
    other = host in OTHER_SITES or host.endswith(".wikipedia.org")
    return "webpage" if other else "article-newspaper"
