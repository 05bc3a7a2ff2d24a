"""The one date resolver: finds date expressions in text and resolves them against a reference
date (the publication date, else the article's own dated "now").

time_precision follows ACLED: 1 the day, 2 the week or weekend (middle of it), 3 the month
(mid-month; 1st or last day for "beginning"/"end of"). A date is never after the reference.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline.resources import load_resource


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    text: str
    kind: str            # full, iso, numeric, monthweek, monthyear, month, weekday, night, following, relative, period, year
    groups: tuple        # (name, value) pairs captured by the grammar


@dataclass(frozen=True)
class ResolvedDate:
    day: date | None
    precision: int | None
    note: str


COUNTED_FROM_BEFORE = "days from the date given before"   # the note of a day counted from one named before ("the day before")
YEAR_IN_TEXT = re.compile(r"\b\d{4}\b")
YEAR_MONTHS = 12   # a relative period this many months back or more is another year's


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def grammar(lang: str) -> tuple[re.Pattern, dict]:
    res = load_resource(lang, "dates")
    months, weekdays = _alt(res.get("months", {})), _alt(res.get("weekdays", {}))
    past = _alt(res.get("past_markers", []) or ["\x00"])
    week_back = _alt(res.get("week_before", []) or ["\x00"])
    day_parts = _alt(res.get("day_parts", []) or ["\x00"])
    rel = _alt(res.get("relative_days", {}) or {"\x00": 0})
    relative = res.get("relative_periods", {})
    years = [k for k, v in relative.items() if v.get("months", 0) >= YEAR_MONTHS]
    periods = _alt([k for k in relative if k not in years] or ["\x00"])
    # a year back dates a clause, not the noun it qualifies ("last year's mutinies") nor the day it completes ("December 27 of
    # last year", "du 27 décembre de l'année dernière")
    years_back = _alt(years or ["\x00"])
    parts = _alt(res.get("month_parts", {}) or {"\x00": 0})
    weeks = _alt(res.get("month_weeks", {}) or {"\x00": 0})
    night = _alt(res.get("night_of", []) or ["\x00"])
    following = _alt(res.get("following_days", {}) or {"\x00": 0})
    approx = _alt(res.get("approximate", []) or ["\x00"])
    spans = _alt(res.get("spans", {}) or {"\x00": 0})
    ranges = _alt(res.get("ranges", []) or ["\x00"])
    not_after = "".join(rf"(?<!{re.escape(w)}\s)" for w in res.get("range_not_after", []))   # "la nuit du 9 au 10": a night
    ordinal = r"(?:er|st|nd|rd|th)?"
    month_day = _month_day_forms(res.get("month_day", []))
    feasts = _alt(res.get("feasts", {}) or ["\x00"])
    year_nouns = _alt(res.get("year_nouns", []) or ["\x00"])   # "a 2021 attack": the year of the event the noun names (the
    # year alone ends the text when a mention's date text is read again)
    articles = _alt(res.get("year_articles", []) or ["\x00"])
    pattern = rf"""
      (?P<iso>(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d))
    | (?P<isomonth>(?P<im_y>(?:19|20)\d\d)-(?P<im_m>0[1-9]|1[0-2])(?![\d-]))
    | (?P<numeric>(?P<num_d>\d{{1,2}})/(?P<num_m>\d{{1,2}})/(?P<num_y>(?:19|20)\d\d))
    | (?P<night>(?:{night})\s+(?P<night_wd>{weekdays}))
    | (?P<full>(?:(?P<full_approx>{approx})\s+)?(?:{not_after}(?P<full_from>{ranges})\s+)?(?:(?P<full_wd>{weekdays}),?\s+\(?)?(?:(?:le|the|on)\s+)?(?P<full_d>\d{{1,2}}|1er){ordinal}(?:(?:\s*[-–]\s*|\s+(?:and|et|to|au|à)\s+(?:(?:le|the)\s+)?)(?:(?:{weekdays})\s+)?(?P<full_to>\d{{1,2}}){ordinal})?\s+(?:of\s+)?(?P<full_m>{months})\.?\)?(?:,?\s+(?P<full_y>(?:19|20)\d\d))?(?:\s*\((?P<full_span>{spans})\b[^()]{{0,40}}\))?)
    | (?P<mdy>(?:(?P<mdy_approx>{approx})\s+)?(?:(?P<mdy_from>{ranges})\s+)?(?:(?P<mdy_wd>{weekdays}),?\s+)?(?P<mdy_m>{months})\.?\s+(?P<mdy_d>\d{{1,2}}){ordinal}(?:(?:\s*[-–]\s*|\s+(?:and|to)\s+)(?P<mdy_to>\d{{1,2}})(?=\s*[,.;)]|\s*$|,?\s+(?:19|20)\d\d))?(?!\d)(?:,?\s+(?P<mdy_y>(?:19|20)\d\d))?(?:\s*\((?P<mdy_span>{spans})\b[^()]{{0,40}}\))?)
    | (?P<monthweek>(?P<mw_n>{weeks})\s+(?:of\s+|de\s+|d')(?P<mw_m>{months})\b(?:\s+(?P<mw_y>(?:19|20)\d\d))?)
    | (?P<monthyear>(?:(?P<part>{parts})[\s-]*(?:de\s+|d'|of\s+)?)?(?P<my_m>{months})\s+(?P<my_y>(?:19|20)\d\d))
    | (?P<monthday>{month_day})
    | (?P<feast>(?P<feast_name>{feasts})(?:,?\s+(?P<feast_y>(?:19|20)\d\d))?)
    | (?P<relative>{rel})(?!\s+(?:de|du|d')\b)
    | (?P<following>{following})
    | (?P<period>{periods}|(?<!\bof\s)(?<!\bde\s)(?:{years_back})(?!'s\b))
    | (?P<weekday>(?:(?P<wd_past1>{past})\s+)?(?P<wd>{weekdays})(?:(?:\s+(?:{day_parts}))?\s+(?P<wd_week>{week_back})(?!'s)|\s+(?P<wd_past2>{past}))?)
    | (?P<month>(?:(?P<m_part>{parts})[\s-]*(?:de\s+|d'|of\s+)?|\b(?:en|in|au\s+mois\s+de|in\s+the\s+month\s+of|durant\s+le\s+mois\s+de|during\s+the\s+month\s+of)\s+)(?P<m_m>{months})\b(?!\s+(?:19|20)\d\d))
    | (?P<year>(?:\b(?:en|in|since|depuis|of|d'|de|année|year)\s+|\b(?:{articles})\s+(?=(?:19|20)\d\d(?:\s+(?:{year_nouns})\b|$)))(?P<y_y>(?:19|20)\d\d)\b)
    """
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I | re.X), res


def _month_day_forms(forms: list[str]) -> str:
    """A day of the month named without its month ("on the 12th", "dans la nuit du 11 au 12"): the
    resource's forms with {nth} a number with its ordinal ending, {day} a bare number; the first number
    is the day. A form that ends in its number is not before a word: a month makes a full date, a noun an
    ordinal ("on the 3rd floor"); one that ends in a word is whole ("le 10 courant aux environs de 18 heures")."""
    if not forms:
        return "\x00"
    numbers = {"nth": r"\d{1,2}(?!\d)(?:st|nd|rd|th|er|e)", "day": r"\d{1,2}(?!\d)"}   # whole numbers: not the "2" of "le 23/02"
    alternatives = []
    for form in sorted(forms, key=len, reverse=True):
        parts = re.split(r"\{(nth|day)\}", form)
        spelt = "".join(re.escape(p).replace(r"\ ", r"\s+") if i % 2 == 0 else numbers[p] for i, p in enumerate(parts))
        alternatives.append(spelt + (r"(?![\d/:.,]\d)(?!\s+\w)" if form.endswith("}") else ""))
    return rf"(?:{'|'.join(alternatives)})"


WEEK_DAYS = 7   # a range of days up to this long is ACLED's week (time_precision 2), a longer one its month (3)
WEEK_MIDDLE = 3   # days from a week's first day to its middle
SWAPPED_DAYS = 7   # a month and day ("September 7") still to come whose swap falls this close before the reference date were swapped
EXPLICIT_KINDS = ("iso", "numeric", "full", "mdy", "monthyear")
KINDS = ("iso", "isomonth", "numeric", "night", "full", "mdy", "monthweek", "monthyear", "monthday", "feast", "relative", "following", "period", "weekday",
         "month", "year")


NAME_REACH = 40   # characters around a date where the noun it names is looked for
NAME_LINKS = r"(?:(?:du|de\s+la|de\s+l'|d'|de|of\s+the|of)\s+)?"   # "le boulevard du 30 juin", "Avenue of 24 November"


@lru_cache(maxsize=None)
def _date_names(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """A date's noun before it (with its link word) and after it: the date is a name ("le boulevard du 30 juin", "the March 23
    Movement"; dates.yaml `date_names`)."""
    names = _alt(grammar(lang)[1].get("date_names", []) or ["\x00"])
    return re.compile(rf"(?<!\w)(?:{names})\s+{NAME_LINKS}$", re.I), re.compile(rf"^\s+(?:{names})(?!\w)", re.I)


def _a_name(norm: str, m: re.Match, kind: str, lang: str) -> bool:
    """Whether a day and month name a street, a square, a movement ("le Mouvement du 23 mars"), not a day."""
    if kind not in ("full", "mdy"):
        return False
    before, after = _date_names(lang)
    lead = re.match(r"\D*", m.group()).group()   # "du " of "du 30 juin", read as a range's start
    return bool(before.search(norm[max(0, m.start() - NAME_REACH):m.start()] + lead) or after.match(norm[m.end():m.end() + NAME_REACH]))


def find_dates(text: str, lang: str, offset: int = 0) -> list[DateExpr]:
    regex, _ = grammar(lang)
    out = []
    norm = text.replace("\u2019", "'")
    for m in regex.finditer(norm):
        kind = next(k for k in KINDS if m.group(k))
        if _a_name(norm, m, kind, lang):
            continue
        groups = tuple((k, v) for k, v in m.groupdict().items() if v is not None and k not in KINDS)
        out.append(DateExpr(offset + m.start(), offset + m.end(), text[m.start():m.end()], kind, groups))
    return out


def _latest_weekday(weekday: int, ref: date, strictly_before: bool) -> date:
    back = (ref.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return ref - timedelta(days=back)


def _month_day(year: int, month: int, part: str | None) -> date:
    day = {"first": 1, "last": calendar.monthrange(year, month)[1]}.get(part or "", 15)
    return date(year, month, day)


def infer_year(day: int, month: int, weekday: int, min_year: int | None, latest_year: int | None = None) -> int | None:
    """The first year from min_year on in which day/month falls on weekday (no year in the
    text); with no year named, the last such year up to latest_year (the corpus's latest
    publication year: news is not about a date years ahead)."""
    if min_year is None and latest_year is None:
        return None
    for year in range(min_year, min_year + 12) if min_year is not None else range(latest_year, latest_year - 12, -1):
        try:
            if date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def _words(text: str) -> str:
    """An expression as the resource files spell it: lower case, straight apostrophes, single spaces."""
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'").rstrip("."))


def counts_back(expr: DateExpr, lang: str) -> bool:
    """Whether the expression is a day before the date given earlier ("the day before", "la
    veille"): the event's own day, not a later step of it."""
    _, res = grammar(lang)
    return expr.kind == "following" and (res.get("following_days", {}).get(_words(expr.text)) or 0) < 0


def names_a_year(expr: DateExpr, lang: str) -> bool:
    """Whether the expression names a year of its own: written out ("in June 2022", "en 2019"), or counted a year back or
    more ("last year", "l'an dernier")."""
    _, res = grammar(lang)
    period = res.get("relative_periods", {}).get(_words(expr.text)) if expr.kind == "period" else None
    return bool(YEAR_IN_TEXT.search(expr.text)) or bool(period) and period.get("months", 0) >= YEAR_MONTHS


def resolve(expr: DateExpr, lang: str, ref: date | None, min_year: int | None = None, previous: date | None = None,
            latest_year: int | None = None) -> ResolvedDate:
    """`previous`: the date the article gave last before the expression, which "the next day"
    counts from; `latest_year`: the latest year a weekday may put a yearless date in (infer_year)."""
    _, res = grammar(lang)
    g = {k: v.lower() for k, v in expr.groups}
    months, weekdays = res.get("months", {}), res.get("weekdays", {})
    look = lambda table, key: table.get(_words(key))  # noqa: E731
    try:
        if expr.kind == "iso":
            return _cap(date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])), 1, ref, "explicit date")
        if expr.kind == "numeric":
            return _cap(date(int(g["num_y"]), int(g["num_m"]), int(g["num_d"])), 1, ref, "explicit date")
        if expr.kind in ("full", "mdy"):
            p = "full" if expr.kind == "full" else "mdy"
            day = 1 if g[f"{p}_d"] == "1er" else int(g[f"{p}_d"])
            month = look(months, g[f"{p}_m"])
            # "Around 2 May 2020", "(between 8 - 9 August)", "(week of)": ACLED's week; "(month of)": its month
            loose = look(res.get("spans", {}), g[f"{p}_span"]) if g.get(f"{p}_span") else 2 if g.get(f"{p}_approx") else 1
            last = g.get(f"{p}_to")
            if last and g.get(f"{p}_from") and int(last) > day:   # "Between 4 and 5 June", "entre le 3 et le 23 mars": its first day,
                loose = max(loose, 2 if int(last) - day <= WEEK_DAYS else 3)   # ACLED's week or, past a week, its month
            if g.get(f"{p}_y"):
                return _cap(date(int(g[f"{p}_y"]), month, day), loose, ref, "explicit date")
            if ref is not None:
                if p == "mdy" and date(ref.year, month, day) > ref and day <= 12 and 0 <= (ref - date(ref.year, day, month)).days <= SWAPPED_DAYS:
                    # "On September 7" in a report of 10 July: the source's 07/09 read the other way round, not last September
                    return ResolvedDate(date(ref.year, day, month), loose, "day and month swapped: as written, a day to come")
                return ResolvedDate(date(_latest_year(month, day, ref), month, day), loose, "day and month; year from the reference date")
            if g.get(f"{p}_wd"):
                year = infer_year(day, month, look(weekdays, g[f"{p}_wd"]), min_year, latest_year)
                if year:
                    return ResolvedDate(date(year, month, day), loose, f"year {year} inferred from the weekday")
            elif min_year:
                return ResolvedDate(date(min_year, month, day), loose, f"year {min_year}: the latest year the article names")
            return ResolvedDate(None, None, "day and month without a year, and no publication date")
        if expr.kind == "feast":   # "on Christmas Day": that day of the year given, else of the latest year up to the reference date
            month, day = look(res["feasts"], g["feast_name"])
            if g.get("feast_y"):
                return _cap(date(int(g["feast_y"]), month, day), 1, ref, "feast and year")
            if ref is None:
                return ResolvedDate(None, None, "feast without a year, and no publication date")
            return ResolvedDate(date(_latest_year(month, day, ref), month, day), 1, "feast; year from the reference date")
        if expr.kind == "isomonth":
            return _cap(date(int(g["im_y"]), int(g["im_m"]), 15), 3, ref, "year and month")
        if expr.kind == "monthweek":   # "the first week of March": the middle of those seven days, at ACLED's week
            month = look(months, g["mw_m"])
            if g.get("mw_y"):
                year = int(g["mw_y"])
            elif ref is None:
                return ResolvedDate(None, None, "week of a month without a year, and no publication date")
            else:
                year = _latest_month_year(month, ref)
            week = look(res["month_weeks"], g["mw_n"])
            last = calendar.monthrange(year, month)[1]
            return _cap(date(year, month, last - WEEK_MIDDLE if week == "last" else (week - 1) * WEEK_DAYS + 1 + WEEK_MIDDLE), 2, ref,
                        "week of a month")
        if expr.kind == "monthyear":
            return _cap(_month_day(int(g["my_y"]), look(months, g["my_m"]), look(res.get("month_parts", {}), g.get("part", "") or "")), 3, ref, "month and year")
        if expr.kind == "following":
            days = int(look(res["following_days"], expr.text))
            if previous is None and days < 0 and ref is not None:   # "the day before", no day named before it
                return ResolvedDate(ref + timedelta(days=days), 1, "days before the reference date")
            if previous is None:
                return ResolvedDate(None, None, f"'{expr.text}' and no earlier date in the article")
            return _cap(previous + timedelta(days=days), 1, ref, COUNTED_FROM_BEFORE)
        if ref is None:
            return ResolvedDate(None, None, f"relative expression '{expr.text}' and no reference date")
        if expr.kind == "month":
            month = look(months, g["m_m"])
            year = _latest_month_year(month, ref)
            return _cap(_month_day(year, month, look(res.get("month_parts", {}), g.get("m_part", "") or "")), 3, ref, "month; year from the reference date")
        if expr.kind == "monthday":   # the latest such day up to the reference date
            day, month_end = int(re.search(r"\d+", expr.text).group()), ref
            while month_end.day < day:   # back to the last month that has the day before the reference date
                month_end = month_end.replace(day=1) - timedelta(days=1)
            return ResolvedDate(month_end.replace(day=day), 1, "day of the month; month from the reference date")
        if expr.kind in ("weekday", "night"):
            wd = look(weekdays, g.get("wd") or g.get("night_wd"))
            if g.get("wd_week"):   # "on Tuesday evening last week": that day of the week before the reference date's
                return _cap(ref - timedelta(weeks=1, days=ref.weekday() - wd), 1, ref, "weekday of the week before the reference date")
            strictly = bool(g.get("wd_past1") or g.get("wd_past2"))
            # the night that begins on the day ("dans la nuit de samedi à dimanche", "the night of Saturday") is over
            # by the reference date: said on a Saturday, it is last week's (not "overnight into Saturday", which ends on it)
            begun = expr.kind == "night" and not re.search(r"\b(?:overnight|into|to)\b", expr.text.lower())
            return ResolvedDate(_latest_weekday(wd, ref - timedelta(days=1) if begun else ref, strictly), 1, "weekday before the reference date")
        if expr.kind == "relative":
            return ResolvedDate(ref - timedelta(days=int(look(res["relative_days"], expr.text))), 1, "relative day")
        if expr.kind == "period":
            spec = look(res["relative_periods"], expr.text)
            if "months" in spec:
                m = ref.month - int(spec["months"])
                year, month = (ref.year, m) if m >= 1 else (ref.year - 1, m + 12)
                return _cap(_month_day(year, month, spec.get("part")), 3, ref, "month relative to the reference date")
            if spec.get("weekend"):   # the weekend just past (or under way), a week earlier for "last weekend" said on one
                saturday = _latest_weekday(5, ref, False) - timedelta(days=7 if spec.get("days") and ref.weekday() >= 5 else 0)
                return ResolvedDate(saturday, 2, "weekend relative to the reference date")
            monday = ref - timedelta(days=ref.weekday() + int(spec.get("days", 0)))
            if spec.get("earlier") and ref > monday:   # "earlier this week": the middle of the days of the week before the reference date
                return ResolvedDate(monday + (ref - monday) // 2, 2, "days of the week before the reference date")
            return _cap(monday + timedelta(days=int(spec.get("weekday", 3))), int(spec.get("precision", 2)), ref,
                        "week relative to the reference date")   # (precision 1: a day of that week, "Thursday last week")
        if expr.kind == "year":
            return ResolvedDate(None, None, f"year only ({g['y_y']})")
    except (ValueError, TypeError, KeyError):
        return ResolvedDate(None, None, f"could not read '{expr.text}' as a date")
    return ResolvedDate(None, None, f"could not read '{expr.text}' as a date")


def _latest_month_year(month: int, ref: date) -> int:
    """The year of the latest such month up to the reference date's ("in March", "the first week of March")."""
    return ref.year if month <= ref.month else ref.year - 1


def _latest_year(month: int, day: int, ref: date) -> int:
    """The year of the latest such day up to the reference date."""
    return ref.year if date(ref.year, month, day) <= ref else ref.year - 1


def _cap(day: date, precision: int, ref: date | None, note: str) -> ResolvedDate:
    """The date, or the reference date when the week or month it stands for holds the reference
    date; none when it (or the whole week or month) comes after it ("elections in April" in February)."""
    if ref is not None and day > ref:
        start = {1: day, 2: day - timedelta(days=3), 3: day.replace(day=1)}[precision]
        if start > ref:
            return ResolvedDate(None, None, f"{day.isoformat()} is after the reference date {ref.isoformat()}")
        day = ref
    return ResolvedDate(day, precision, note)


def expr_year(expr: DateExpr) -> int | None:
    g = dict(expr.groups)
    for key in ("iso_y", "im_y", "num_y", "full_y", "mdy_y", "my_y", "y_y"):
        if g.get(key):
            return int(g[key])
    return None


def reference_date(text: str, lang: str, published: date | None, latest_year: int | None = None) -> tuple[date | None, str]:
    """The date relative expressions count back from: the publication date, else the latest
    explicit date the article gives (with its year inferred from a weekday when not printed,
    up to `latest_year` when the article names no year)."""
    if published is not None:
        return published, "publication date"
    exprs = find_dates(text, lang)
    years = [y for y in (expr_year(e) for e in exprs) if y]
    min_year = max(years) if years else None
    best = None
    for e in exprs:
        if e.kind in ("iso", "numeric", "full", "mdy"):
            r = resolve(e, lang, None, min_year, latest_year=latest_year)
            if r.day and (best is None or r.day > best):
                best = r.day
    return (best, "latest explicit date in the text") if best else (None, "no publication date and no explicit date in the text")
