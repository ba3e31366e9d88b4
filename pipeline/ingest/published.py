"""The publication date of a page without a ``date YYYY-MM-DD`` header, from the forms pages
print it in: a "Published"/"Updated"/"Last Updated On"/"Date:" line, a date line at the top
("Mon, 17 Jun 2019 - 09:08 GMT", "19.11.2019 13:45", ISO timestamps), a dateline ("CAIRO -17
June 2019:", "January 27, 2014 – ..."), a short first line holding a full date (a record's header,
"HC Deb 22 December 1983 vol 51 c354W"), or a dateline with day and month only ("MOSCOW, July
19. /TASS/.") whose year the lead's own data fixes. A date line in a language the extractor
glosses ("14 фев. 2019, 05:12", "sábado, 10 de marzo de 2019 - 16:06") is read from the CLDR's
calendars (``foreign_date``).

Only the head of the page is read (a date deep in the body is a date the text talks about). A
site's ticker of today's date (a weekday with a date and no time, above the headline) is not the
publication date, unless it is the page's only date and the text names its weekday. The date
strings are read by python-dateutil; the patterns here only find them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil import parser as date_parser

from pipeline.ingest.dateline_year import (
    EARLY_DAYS,
    LEAD_CHARS,
    MONTH_NAME,
    YEAR_NUMBER,
    dateline_year,
    latest_data_end,
)
from pipeline.ingest.foreign_date import foreign_date_line
from pipeline.ingest.weekday_paren_date import weekday_paren_date

HEAD_LINES = 14  # non-empty lines searched for a date line or a dateline
MARKER_CHARS = 4000  # "Published"/"Updated" lines are searched this far
TAIL_CHARS = 600  # ... and in the page's last characters,
TAIL_MARKER_AT = 16  # at a line's start there ("First Published: ...", "(END) Published: ...")
LINE_CHARS = 300
BYLINE_CHARS = 120  # a byline or a line of parts is shorter than this
PARAGRAPH_CHARS = 200  # a head line this long is the article's first paragraph
RECORD_LINE_CHARS = 60  # a page's first line this short with a full date in it is its date

_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TIME = r"(?:\s*[-|,/]?\s*(?:at\s)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?(?:GMT|UTC|IST|CET|CEST|EST|EDT|ET|PST|PT|BST|MSK|JST|KST|SGT|WAT|EAT|CAT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?)?)?"
# The date forms, each a named group read by dateutil.
_DATE = (
    rf"(?P<iso>{YEAR_NUMBER}-\d{{2}}-\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    # ... with the German ordinal dot: "8. April 2031"
    rf"|(?P<dmy>{_DAY}\.?(?:\s?|-)(?:of\s)?{MONTH_NAME}(?:\s?,?\s?|-){YEAR_NUMBER})"
    rf"|(?P<mdy>{MONTH_NAME}\s?{_DAY},?\s?{YEAR_NUMBER})"
    rf"|(?P<numeric>\d{{1,2}}(?P<sep>[./-])\s?\d{{1,2}}(?P=sep)\s?{YEAR_NUMBER})"
    rf"|(?P<dotted>\d{{1,2}}\.\s?{MONTH_NAME}\s?\.\s?{YEAR_NUMBER})"
    # year first with slashes or dots, as agencies' and CMS stamps print it: "2031/02/19 23:08"
    rf"|(?P<ymd>(?P<ymd_y>{YEAR_NUMBER})(?P<ysep>[/.])(?P<ymd_m>\d{{1,2}})(?P=ysep)(?P<ymd_d>\d{{1,2}}))(?!\d)"
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)  # "PUBLISHED ON: MARCH 04, 2031"

# ... and the labels of Korean, Japanese and Chinese sites: "입력 2031-02-15 15:26 수정 ...",
# "投稿日: 2031年...", "发布时间：2031-02-15" ("수정", "更新" being updates)
_MARKER = re.compile(
    r"(?P<kind>Published|Posted|Last\s+Updated\s+On|Last\s+Updated?|Updated|(?:Last\s)?Modified|Date"
    r"|기사입력|입력|등록|수정|投稿日?|掲載日|公開日|更新日|发布时间|發布時間|发布日期|更新时间)"
    r"(?:\b|(?<=[^\x00-\x7f]))\s*(?:on|at)?\s*[:：]?\s*",
    re.IGNORECASE,
)

# ... whose date a Korean, Japanese or Chinese site may write in its own units: "입력 2031년 2월
# 15일 03시 00분", "公開日 2031年2月15日"
_CJK_DATE = re.compile(
    rf"^\s*(?P<y>{YEAR_NUMBER})\s?[년年]\s?(?P<m>\d{{1,2}})\s?[월月]\s?(?P<d>\d{{1,2}})\s?[일日]"
)


def _cjk_date(text: str) -> dt.date | None:
    m = _CJK_DATE.match(text)
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


# A line that is only a date: weekday, separators, time, time zone, "By <outlet>", "#".
# Also with the time first ("09:01, May 13, 2031", "/ 12:13 AM May 13, 2031", after an agency's name cut from its bracket:
# "Wire) 09:01, May 13, 2031") and with a byline after it ("11.02.2031 By: Jane Roe").
_DATE_LINE = re.compile(
    rf"^[\s#•|(/]*(?:By\s[\w .-]{{1,40}}?\s)?(?P<weekday>{_WEEKDAY}\s*|[^\W\d][^\d,|]{{0,20}},\s)?"
    rf"(?:(?:[A-Z][\w .-]{{0,30}}\)\s?)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s?(?:[AaPp]\.?[Mm]\.?\s?)?[,|-]?\s?)?"
    rf"(?:{_DATE}){_TIME}[\s|)]*(?:(?:\d+\s)?(?:views?|Comments?)\b.*|[|/].*|By\b:?\s.*)?$",
    re.IGNORECASE,
)
# A label in any language before a date line: "Datum:", "Fecha de publicación:", "Дата
# публикации:", "Oluşturulma Tarihi:" (one to four words, then a colon)
_LABEL = re.compile(r"^(?:[^\W\d_]+\.?\s){0,3}[^\W\d_]+\s?:\s*")
# ... or a labelled part of a short head line, after a section's or an outlet's name and before
# the next label: "Nhịp sống - Ngày đăng : 14:08, 27/10/2031", "Site site.com 时间: 2031-07-23
# 来源: Site" (the label's words, a colon, the value up to the next label or the line's end;
# a clock time's colon follows digits, never a label's word)
_NEXT_LABEL = r"\s(?:[^\W\d_]+\s){0,2}[^\W\d_]+\s?[:：]\s"
_LABELLED_PART = re.compile(
    rf"(?<![\w.])[^\W\d_]+(?:\s[^\W\d_]+){{0,2}}\s?[:：]\s*(?P<value>.+?)(?={_NEXT_LABEL}|\s*$)"
)
# A byline: "By Jane Roe | March 4, 2031", "Written by Jane Roe on 4 March 2031".
# "By" then a name, not a deadline ("By March 4, 2031 the ministry will ...").
_BYLINE = re.compile(
    rf"^(?:(?:Written|Posted|Reported)\s)?[Bb]y\s(?!{MONTH_NAME}[\s\d]|\d|the\s)[A-Z]"
)
# An outlet's or agency's name, a comma and the date, then the page's furniture, in a short head
# line: "Wire, March 4, 2031 Adjust font size:", "Agencia Andina, 4 March 2031 Print".
_OUTLET_DATE = re.compile(rf"^[A-Z][\w.&'’ -]{{1,30}},\s(?:{_DATE})(?!\w)")
# ... or, as a part between separators, with a space only: "Nova 18.05.2031 | Autor: Agencije"
_OUTLET_PART = re.compile(rf"^[A-Z][\w.&'’-]{{1,20}}(?:\s[A-Z][\w.&'’-]{{1,20}})?\s(?:{_DATE})$")
# Separators of a head line's parts: "Jane Roe | Mar 4, 2031 | 3 min read", "4 Mar 2031 · 3 min".
_SEPARATORS = re.compile(r"\s*[|·•]\s*")
# A date with its time in a short line: a stamp ("Jane Roe 53 seconds ago Mon 13th April 2031 |
# 03:25 PM").
_STAMP = re.compile(rf"(?:{_DATE})\s?[|/,-]?\s?(?:at\s)?\d{{1,2}}:\d{{2}}", re.IGNORECASE)
# An article's permalink in the head ("https://news.example/2031/03/04/copper-deal/"): year,
# month and day as path parts. An upload folder ("/wp-content/uploads/2013/07/photo.jpg", a
# photo's date, not the article's) is left out, with or without a day.
_PERMALINK = re.compile(
    rf"(?:https?://|www\.)[^\s/]+/(?:[\w-]+/)*?(?P<y>{YEAR_NUMBER})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/"
)
_MEDIA_PATH = re.compile(r"upload|image|img|media|photo|files", re.IGNORECASE)
# A machine-written ISO date in a short head line that is no sentence ("Business News of
# 2031-04-01"): prose does not write dates that way.
_ISO_IN_SHORT_LINE = re.compile(
    rf"^[^.!?]{{0,40}}\b(?P<iso>{YEAR_NUMBER}-\d{{2}}-\d{{2}})\b[^.!?]{{0,20}}$"
)

# A dateline: "CAIRO -17 June 2019:", "OREANDA-NEWS. November 24, 2014.", "January 27, 2014 – ",
# also with the date in a second calendar first ("TEHRAN, 1 Tir 1398/22 June 2019 (Agency) –":
# a Hijri or Iranian year, 13xx or 14xx, then a slash).
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Za-z'’.-]{{0,24}}(?:[ -][A-Z][A-Za-z'’.-]{{0,24}}){{0,3}}\s?[,.–—-]{{0,3}}\s?"
    rf"(?:[A-Z][a-z]{{1,24}},\s)?)?"
    r"(?:\d{1,2}\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s1[34]\d\d\s?/\s?)?"
    rf"(?:{_DATE})\s?(?:[:.–—-]|\(|$)"
)

# A dateline with day and month only: "MOSCOW, July 19. /TASS/.", "BISHKEK, Kyrgyzstan, April 9.",
# "ISLAMABAD, Dec 1 (APP):", "(Yicai) April 14 --", "Nov. 24 (Yonhap) --" (an agency's name
# in brackets after the date, then a dash).
_SHORT_DATELINE = re.compile(
    rf"^(?:\(\w{{1,24}}\)\s|[A-Z][A-Z'’.-]{{1,24}}(?:\s[A-Z][A-Z'’.-]{{1,24}}){{0,2}},\s"
    rf"(?:[A-Z][a-z]{{1,24}},\s)?)"
    rf"(?P<month>{MONTH_NAME})\s(?P<day>\d{{1,2}})\b(?!,?\s?\d{{4}})"
    rf"|^(?P<month2>{MONTH_NAME})\s(?P<day2>\d{{1,2}})\s\([A-Z][\w .-]{{1,24}}\)\s?(?:--|[–—-])"
    # a city in mixed case ("Buenos Aires, Apr 5 (EFE).-", "Tashkent, Uzbekistan, March 4
    # (Wire)"): only with the agency in brackets
    rf"|^[A-Z][a-z'’.-]{{1,24}}(?:\s[A-Z][a-z'’.-]{{1,24}}){{0,2}},\s(?:[A-Z][a-z]{{1,24}},\s)?"
    rf"(?P<month3>{MONTH_NAME})\s(?P<day3>\d{{1,2}})\s\([A-Z][\w .-]{{1,24}}\)"
    # the day first ("LIMA, 4 March (Wire) –", "Lima, 4 March (Wire)"), with the agency too
    rf"|^[A-Z][A-Za-z'’.-]{{1,24}}(?:\s[A-Z][A-Za-z'’.-]{{1,24}}){{0,2}},\s(?:[A-Z][a-z]{{1,24}},\s)?"
    rf"(?P<day4>\d{{1,2}})\s(?P<month4>{MONTH_NAME})\s\([A-Z][\w .-]{{1,24}}\)"
)


def _parse(match: re.Match[str], page: str = "") -> dt.date | None:
    """The date of a ``_DATE`` match, by dateutil (day first for numeric dates, unless
    ``page`` shows the day-first reading too early: see ``_month_first``)."""
    text = match.group(0)
    if match.group("dotted"):
        text = match.group("dotted").replace(".", " ")
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        if match.group("ymd"):
            return dt.date(*(int(match.group(g)) for g in ("ymd_y", "ymd_m", "ymd_d")))
        found = date_parser.parse(text, dayfirst=True, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
    if match.group("numeric") and page and found.day <= 12 and found.day != found.month:
        return _month_first(found, page)
    return found


# "January-April 2019", "April of 2019": a month of data the page reports
_MONTH_OF_YEAR = re.compile(rf"\b(?P<month>{MONTH_NAME})\s?(?:of\s)?,?\s?(?P<year>{YEAR_NUMBER})\b")


def _month_first(day_first: dt.date, page: str) -> dt.date:
    """ "7/3/2031" is 7 March day first, 3 July month first (a US-style page). A page reporting
    data for a month that ends after the day-first reading ("in January-April 2031") cannot be
    from before that month ended: then the month-first reading is the date, if it is late
    enough. Otherwise day first, the reading of most of the world."""
    month_first = dt.date(day_first.year, day_first.day, day_first.month)
    for match in _MONTH_OF_YEAR.finditer(page):
        if int(match.group("year")) != day_first.year:
            continue
        try:
            month = date_parser.parse(f"1 {match.group('month')} 2000").month
        except (ValueError, OverflowError):
            continue
        ends = dt.date(day_first.year, month, calendar.monthrange(day_first.year, month)[1])
        if day_first < ends <= month_first:
            return month_first
    return day_first


def _first_date(text: str, page: str = "") -> dt.date | None:
    for match in _DATE_RE.finditer(text):
        found = _parse(match, page)
        if found is not None:
            return found
    return None


def _has_time(line: str) -> bool:
    return re.search(r"\d{1,2}:\d{2}", line) is not None


def find_published(text: str) -> dt.date | None:
    """The page's publication date from its text (see the module docstring), or None."""
    head = text[:MARKER_CHARS].split("\n")
    # a line starting "Published: 7/3/2031" may close the page too (the head's wins)
    tail = text[max(MARKER_CHARS, len(text) - TAIL_CHARS) :].split("\n")
    published = updated = None
    for n, line in enumerate(head + tail):
        for marker in _MARKER.finditer(line[:LINE_CHARS]):
            if n >= len(head) and marker.start() > TAIL_MARKER_AT:
                continue  # in the tail only a line's own marker, not "published on" in prose
            after = line[marker.end() : marker.end() + 60]
            found = _first_date(after, text) or _cjk_date(after)
            if found is None:
                continue
            kind = marker.group("kind").lower()
            if "updat" in kind or "modif" in kind or kind in ("수정", "更新日", "更新时间"):
                updated = updated or found
            else:
                published = published or found
    if published or updated:
        return published or updated
    if (labelled := _foreign_label_date(text[:MARKER_CHARS])) is not None:
        return labelled
    # A date line or dateline is near a line's start: long lines are read in part only.
    lines = [ln.strip()[:LINE_CHARS] for ln in text[:MARKER_CHARS].split("\n") if ln.strip()]
    lines = lines[:HEAD_LINES]
    in_body = False  # past the article's first paragraph: a date line there heads a related story
    ticker = None  # a site's ticker of today's date above the article: its date and line
    stamps = [line for line in lines if _is_stamp_line(line)]
    for line in lines:
        weekday_line = None if in_body else _weekday_line(line)
        if weekday_line:
            found, timed = weekday_line
            # a site's ticker shows today: a weekday date line under it that is earlier dates
            # the article ("Monday, March 4, 2041" atop the site, "Thursday, May 15, 2031"
            # under the headline)
            if timed or (ticker and found < ticker[0]):
                return found
            ticker = ticker or (found, line)
            continue
        if not in_body:
            found = _date_line(line, text)
        else:  # past a long line, the head's one date line with a time (see _is_stamp_line)
            found = _first_date(line, text) if stamps == [line] else None
        if found:
            return found
        dateline = _DATELINE.match(line)
        if dateline and not _is_ticker(line):
            found = _first_date(dateline.group(0))
            if found:
                return found
        in_body = in_body or len(line) >= PARAGRAPH_CHARS
    if lines and len(lines[0]) <= RECORD_LINE_CHARS and not _is_full_weekday(lines[0]):
        # a record's header line: "HC Deb 22 December 1983 vol 51 c354W"
        for match in _DATE_RE.finditer(lines[0]):
            if match.group("dmy") or match.group("mdy"):
                found = _parse(match)
                if found:
                    return found
    for line in lines:
        permalink = _PERMALINK.search(line)
        if permalink and not _MEDIA_PATH.search(permalink.group(0)):
            try:
                return dt.date(*(int(permalink.group(g)) for g in ("y", "m", "d")))
            except ValueError:
                pass
    for line in lines:
        short = _SHORT_DATELINE.match(line)
        if short:
            lead = text[max(0, text.find(line)) + short.end() :]
            return _with_year_from_text(short, lead, lines)
    return (
        _closing_stamp(text)
        or _bracketed_stamp(lines)  # "Headline [Economy](2031/03/20)"
        or _closing_credit(text)  # "「Site Japanese edition」2031年11月14日" closing the page
        or (_named_day(*ticker, text) if ticker else None)
        or weekday_paren_date(text)  # "Jakarta, Senin (7/3/2016)"
    )


# A head line opening with a publication label of a language whose dates the CLDR's calendars
# read (``foreign_date``), its date later on the line, often in brackets: Hungarian "Megjelent a
# Lap 54. számában (2031. március 4.)", "Megjelenés: 2031. március 4., 10:20", "Közzétéve";
# Kazakh and Kyrgyz "Жарияланды"/"Жарыяланды"; Uzbek "Nashr qilindi"/"E'lon qilindi" (round 57:
# a page printed its date only so). Only at a line's start and capitalised: "megjelent" in prose is
# "appeared" ("a termék 2031. március 4-én jelent meg").
_FOREIGN_LABEL = re.compile(
    r"^[\s(|•]*(?:Megjelent|Megjelenés(?:\s(?:dátuma|ideje))?|Közzétéve|Publikálva"
    r"|Жарияланды|Жарияланған|Жарыяланды|Жарыяланган|Nashr qilindi|E['’ʼ]lon qilindi|Чоп этилди)"
    r"(?![^\W\d_])"
)
# ... and the date in the rest of that line: a year-first date ("2031. március 4.") or a
# day-first one ("4 наурыз 2031", "4-mart, 2031"), each read by ``foreign_date_line``
_FOREIGN_LABEL_DATE = re.compile(
    rf"(?<!\d){YEAR_NUMBER}\.?\s?[^\W\d_]+\.?\s?\d{{1,2}}\.?(?!\d)"
    rf"|(?<!\d)\d{{1,2}}[.-]?\s?[^\W\d_]+\.?,?\s?{YEAR_NUMBER}(?!\d)"
)
LABEL_DATE_CHARS = 120  # the date stands this near the label


def _foreign_label_date(head: str) -> dt.date | None:
    """The date after a foreign publication label opening a head line (``_FOREIGN_LABEL``)."""
    for line in head.split("\n")[: HEAD_LINES * 2]:
        label = _FOREIGN_LABEL.match(line)
        if label is None:
            continue
        rest = line[label.end() : label.end() + LABEL_DATE_CHARS]
        for candidate in _FOREIGN_LABEL_DATE.finditer(rest):
            found = foreign_date_line(candidate.group(0))
            if found is not None:
                return found.date
    return None


def _named_day(found: dt.date, line: str, text: str) -> dt.date | None:
    """A page's only date, a weekday date line without a time ("Wednesday, March 4, 2031"), is
    a site's ticker of the day the page was read or the article's own date. The article's when
    its text names that weekday ("the office said on Wednesday"): news tells its own day so,
    and a ticker of a later reading day names a day the text does not (NOTES: a site's ticker
    of today's date is not the publication date). Never a day before the data the text reports."""
    weekday = re.match(r"[^\W\d_]+(?:-[^\W\d_]+)?", line.lstrip("•#|(/ -"))
    after = text[text.find(line) + len(line) :]
    if not weekday or not re.search(rf"\b{re.escape(weekday.group(0))}\b", after, re.I):
        return None
    latest = latest_data_end(after[:LEAD_CHARS])
    return None if latest and found < latest - dt.timedelta(days=EARLY_DAYS) else found


def _closing_stamp(text: str) -> dt.date | None:
    """A page that closes with its own stamp, a line of only a date and a time ("11.10.2031 16:00
    / Hits: 421 / Print", "March 4, 2031 09:12"), as some sites print it under the article.
    Only one such date in the page's last ``TAIL_CHARS``: several are a list of other stories."""
    dates = set()
    for piece in text[-TAIL_CHARS:].split("\n")[1:]:  # the first piece may be a cut line
        line = piece.strip()[:LINE_CHARS]
        if _has_time(line) and _DATE_LINE.match(line) and not _is_ticker(line):
            found = _first_date(line, text)
            if found is not None:
                dates.add(found)
    return dates.pop() if len(dates) == 1 else None


# A full date in brackets closing a head line: "【Myanmar】Trade with Japan [Economy](2031/03/20)",
# as news agencies stamp a headline
_BRACKET_STAMP = re.compile(rf"[(（\[]\s?(?P<date>{_DATE})\s?[)）\]]\s*$", re.IGNORECASE)
# A credit closing the page: an outlet's name in brackets or quotes, then the full date alone
# ("「Site Japanese edition」2031年11月14日", "(Site) 14.11.2031"), as reprints credit the source
_CREDIT = re.compile(r"^[「『【(（“\"]([^」』】)）”\"\d]{1,30})[」』】)）”\"]\s?(?P<date>.+)$")
_CJK_ALONE = re.compile(rf"^{YEAR_NUMBER}\s?[년年]\s?\d{{1,2}}\s?[월月]\s?\d{{1,2}}\s?[일日]\s*$")
_CREDIT_LINES = 2  # the page's last non-empty lines searched for a credit


def _bracketed_stamp(lines: list[str]) -> dt.date | None:
    """The date of a head line closing with a full date in brackets ("... [Economy](2031/03/20)"),
    not a sentence's ("... (2031/03/20)."); only where the head has one such date (several are
    a list of related stories)."""
    dates = set()
    for line in lines:
        match = _BRACKET_STAMP.search(line)
        if match and (found := _first_date(match.group("date"))) is not None:
            dates.add(found)
    return dates.pop() if len(dates) == 1 else None


def _closing_credit(text: str) -> dt.date | None:
    """The date of a source credit closing the page, an outlet's name in brackets or quotes and
    a full date alone after it ("「Site Japanese edition」2031年11月14日"), in the page's last
    ``_CREDIT_LINES`` non-empty lines."""
    tail = [ln.strip() for ln in text[-TAIL_CHARS:].split("\n") if ln.strip()][-_CREDIT_LINES:]
    for line in reversed(tail):
        match = _CREDIT.match(line) if len(line) <= RECORD_LINE_CHARS else None
        if match is None:
            continue
        value = match.group("date").strip()
        if _CJK_ALONE.match(value):
            return _cjk_date(value)
        if _DATE_LINE.match(value) and not _is_ticker(value):
            return _first_date(value, text)
    return None


def _is_stamp_line(line: str) -> bool:
    """A line of only a date and a clock time ("September 9, 2031 11:38", "Mar 4, 2031 / 23:56").
    Past a long line (a teaser glued to the headline, a menu of links) the head's only such line
    still stamps the page; several are a list of related stories, each with its time."""
    return _has_time(line) and _DATE_LINE.match(line) is not None


def _is_ticker(line: str) -> bool:
    """A site's ticker of today's date: a full weekday and a date, no time."""
    whole = _DATE_LINE.match(line)
    return bool(whole and whole.group("weekday") and not _has_time(line) and _is_full_weekday(line))


def _weekday_line(line: str) -> tuple[dt.date, bool] | None:
    """The date of a line of only a full weekday and a date (an English ticker's "Thursday, May
    15, 2031", a foreign date line "Sábado, 10 de marzo de 2031 - 16:06") and whether it has a
    time, or None."""
    if _is_ticker(line):
        found = _first_date(line)
        return (found, False) if found else None
    foreign = None if _DATE_LINE.match(line) else foreign_date_line(line)
    return (foreign.date, foreign.timed) if foreign and foreign.weekday else None


def _date_line(line: str, page: str) -> dt.date | None:
    """The date of a head line that only dates the page: a date line ("21 May 2031, 10:20"), a
    machine-written ISO date in a short line, a byline with a date ("By Jane Roe | March 4,
    2031", "Written by Jane Roe on 4 March 2031"), an outlet's name and the date ("Wire, March
    4, 2031 Adjust font size:"), a date with its time ("Jane Roe 5 minutes
    ago Mon 13th April 2031 | 03:25 PM") or a date between separators ("Jane Roe | Mar 4, 2031 |
    3 min read"); a site's ticker of today's date is none."""
    if _is_ticker(line):
        return None
    if _DATE_LINE.match(line):
        return _first_date(line, page)
    iso = _ISO_IN_SHORT_LINE.match(line)
    if iso:
        return _first_date(iso.group("iso"))
    foreign = _foreign_date(line)
    if foreign:
        return foreign
    label = _LABEL.match(line)
    if label:  # "Datum: 13.05.2031", "Oluşturulma Tarihi: 13 Mayıs 2031 23:45"
        rest = line[label.end() :]
        if _DATE_LINE.match(rest) and not _is_ticker(rest):
            return _first_date(rest, page)
        if foreign := _foreign_date(rest):
            return foreign
    opening = _opening_date(line, page)
    if opening:
        return opening
    if len(line) > BYLINE_CHARS or line.endswith("."):
        return None  # a sentence, not a byline
    if ":" in line or "：" in line:
        for part in _LABELLED_PART.finditer(line):
            value = part.group("value")
            if _DATE_LINE.match(value) and not _is_ticker(value):
                return _first_date(value, page)
            if foreign := _foreign_date(value):
                return foreign
    closing = _CLOSING_NUMERIC.match(line)
    if closing:  # "NZ Newswire logoNZ Newswire 23/10/2031": an outlet's line, then its date
        return _first_date(closing.group("date"), page)
    if _BYLINE.match(line):
        return _first_date(line, page)
    if _OUTLET_DATE.match(line) and not _is_full_weekday(line[: line.find(",")]):
        return _first_date(line, page)  # not a ticker's "Friday, March 4, 2031 Lima 23°C"
    stamp = _STAMP.search(line)
    if stamp:
        return _first_date(stamp.group(0), page)
    parts = _SEPARATORS.split(line)
    for part in parts if len(parts) > 1 else ():
        if (_DATE_LINE.match(part) or _OUTLET_PART.match(part)) and not _is_ticker(part):
            return _first_date(part, page)
        if foreign := _foreign_date(part):
            return foreign
    return None


# A head line that opens with a full date and goes on with the site's furniture: "09 febrero,
# 2031 Generales", "2 marzo, 2031 Escribe un comentario", "21/11/2031 <the hour 14:01 (local
# time)>" (round 49: the date was read only where it stood alone or before a time). A date
# opening the page's first line dates the page whatever follows ("17.01.2031 Trade between A and
# B grew 9% ...": the headline run on).
_OPENING_ENGLISH = re.compile(rf"^(?:{_DATE})(?=\s|$)", re.IGNORECASE)
_OPENING_FOREIGN = re.compile(
    rf"^\d{{1,2}}\.?\s(?:de\s)?[^\W\d_]{{3,12}}\.?,?\s(?:de\s)?{YEAR_NUMBER}(?=\s|$)"
)
_FURNITURE_CHARS = 40  # what follows the date on a line that only dates the page
# ... not prose after it: a lowercase word goes on a sentence whose subject the date is
_PROSE_AFTER = re.compile(r"^\s*[,;]?\s*(?:[a-zà-ÿа-я]|\d)")
# A short line that closes with a numeric date after an outlet's name (no digits before it)
_CLOSING_NUMERIC = re.compile(
    rf"^[^\W\d][^\d.!?:;]{{1,60}}\s(?P<date>\d{{1,2}}([./])\d{{1,2}}\2{YEAR_NUMBER})$"
)


def _opening_date(line: str, page: str) -> dt.date | None:
    """The date a head line opens with, where the rest of the line is furniture (a section's
    name, a time, "write a comment"), or anything on the page's first line."""
    english = _OPENING_ENGLISH.match(line)
    if english:
        rest, found = line[english.end() :], _parse(english, page)
    else:
        foreign_match = _OPENING_FOREIGN.match(line)
        if foreign_match is None:
            return None
        foreign = foreign_date_line(foreign_match.group(0))
        if foreign is None:
            return None
        rest, found = line[foreign_match.end() :], foreign.date
    if found is None or _PROSE_AFTER.match(rest) and not _has_time(rest[:12]):
        return None
    first = page.lstrip().startswith(line)
    return found if first or len(rest.strip()) <= _FURNITURE_CHARS else None


def _foreign_date(line: str) -> dt.date | None:
    """The date of a foreign date line without a weekday ("14 фев. 2031, 05:12", "4. března
    2031"); one with a weekday is read as a weekday line (a ticker unless timed)."""
    foreign = foreign_date_line(line)
    return foreign.date if foreign and not foreign.weekday else None


def _is_full_weekday(line: str) -> bool:
    return re.search(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", line, re.IGNORECASE) is not None


def _with_year_from_text(short: re.Match[str], lead: str, head: list[str]) -> dt.date | None:
    """A day-and-month dateline's date, its year from the page (``dateline_year``): a full date
    of the head lines a few days from it, else the latest period of data of ``lead`` (the text
    after the dateline)."""
    day = next(short.group(g) for g in ("day", "day2", "day3", "day4") if short.group(g))
    month = next(short.group(g) for g in ("month", "month2", "month3", "month4") if short.group(g))
    try:
        month_number = date_parser.parse(f"1 {month} 2000").month
    except (ValueError, OverflowError):
        return None
    # Only a line that dates the page confirms a year (a weekday line, a stamp, a short line): a
    # date in a sentence is an event the text talks about ("signed the deal on September 15").
    head_dates = [
        d
        for line in head
        if (_DATE_LINE.match(line) or (len(line) <= BYLINE_CHARS and not line.endswith(".")))
        and (d := _first_date(line)) is not None
    ]
    return dateline_year(month_number, int(day), lead, head_dates)
