"""Deadlines as written in 公文, and what they mean: a due date, ongoing, conditional on a trigger, or none.

`parse_deadline` reads a deadline cell (完成时限 column, 完成时限：… label) whole. `find_completion_dates` finds the
completion dates a task's own text sets (2020年4月底前实现…, 五天内完成), leaving out policy windows (2020年6月底前，允许…),
processing limits (14个工作日内办结) and programme periods (到2025年, 2021—2025年, “十四五”期间).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from greenpolicy.core.model import Deadline, DeadlineKind
from greenpolicy.core.workdays import WorkingCalendar

_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_N = r"(?:\d{1,4}|[〇○零一二三四五六七八九十两]{1,4})"
_YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"
_DASH = r"\s*[—–\-~～至到]+\s*"

# One expression, alternatives from the most to the least precise; the named group tells which matched.
# The lookahead names every character a match can start with: other positions fail at once instead of trying
# the nine alternatives and their optional parts (ten times faster over prose).
_DATE = re.compile(
    r"(?=[\s\d〇○零一二三四五六七八九十两年上下第今本当明全])(?:"
    rf"(?P<range>(?P<r1>{_YEAR})\s*年?{_DASH}(?P<r2>{_YEAR})\s*年)"
    rf"|(?P<ymd>(?P<y1>{_YEAR})\s*年\s*(?P<m1>{_N})\s*月\s*(?P<d1>{_N})\s*日)"
    rf"|(?P<half>(?P<y2>{_YEAR})?\s*年?\s*(?P<h>上|下)半年)"
    rf"|(?P<quarter>(?P<y3>{_YEAR})?\s*年?\s*第?(?P<q>[一二三四1-4])季度)"
    rf"|(?P<md>(?P<m3>{_N})\s*月\s*(?P<d3>{_N})\s*[日号])"  # 7月11日前, in a year the document gives
    rf"|(?P<ym>(?P<y4>{_YEAR})?\s*年?\s*(?P<m2>{_N})\s*月(?:份)?(?P<part>底|末|中旬|上旬|下旬|中)?)"
    rf"|(?P<year>(?P<y5>{_YEAR})\s*年(?:年)?(?P<yend>底|末|内|年底|年末)?)"
    r"|(?P<this_year>年底|年末|年内|今年底?|本年度?内?|当年)"
    r"|(?P<next_year>明年(?:底|末)?)"
    r"|(?P<whole_year>全年)"
    ")"
)
_RELATIVE = re.compile(  # the lookahead, as in _DATE: the characters a match can start with
    rf"(?=[本文印发出实施])(?:本(?:意见|方案|通知|办法|规定|文件|计划)|文件)?(?:印发|发布|出台|实施|施行)(?:之日)?(?:起|后)\s*(?P<n>{_N})\s*(?P<unit>个工作日|个月|日|天|周|年|月)(?:之?内)"
)
# 督促客运站在一周内完成…: a period to finish the work in, counted from the document's date (the meeting's, in
# minutes). Only with 完成 after it, and never after 后/起, which count from another event (受理后3日内); working days
# are a processing limit's unit (5个工作日内办结), not a deadline's.
_PERIOD = re.compile(
    rf"(?<![后起月\s\d〇○零一二三四五六七八九十两])(?P<n>{_N})\s*(?P<unit>个月|日|天|周|个?星期)之?内(?=完成)"
)
_ONGOING = re.compile(r"持续|长期|常态|久久为功|每年|每季度|每半年|每月|逐年|年度|经常性|不断")
_RECURRING = re.compile(r"每年|每季度|每半年|每月")
_CONDITIONAL = re.compile(
    r"视.{0,20}?情况|适时|根据国家.{0,12}(?:部署|要求|安排|出台)|按国家(?:要求|部署)|待国家"
    r"|^(?:国家|省|上级)[^，,。；;]{0,6}(?:出台|印发|下发|发布)[^，,。；;]{0,8}后"  # 省出台文件后2个月完成: counted from another body's act
)
_QUALIFIED = re.compile(r"(?![自于从在])[\u4e00-\u9fff]$")  # 政策文件, not 自文件
_START = re.compile(r"^\s*(?:起|开始|以来|以后)")
# After a date inside a task, words that make it a window granted until then, not work to finish.
_WINDOW_AFTER = re.compile(
    r"^[\s，,、]*(?:前)?[\s，,、]*(?:允许|可以?|暂缓|暂停|暂免|免|阶段性|期间|继续|延长|以前的|之前的|起)"
)
_WINDOW_BEFORE = re.compile(r"(?:截止(?:期限|时间|日期)?为?|截至|期限为|有效期至|到|至)\s*$")
_COMPLETION_MARK = re.compile(r"^\s*(?:年底前|底前|之前|以前|前|以内|之内|内)")
_ANCHOR = re.compile(r"[年月日季内]")


class DeadlineMention(NamedTuple):
    """A completion date found inside a text, with its span."""

    deadline: Deadline
    start: int
    end: int


@lru_cache(maxsize=4096)  # deadline columns repeat a few phrases: 2021年底前, 持续推进
def parse_deadline(text: str, *, issued_on: date | None) -> Deadline:
    """Read a deadline cell as written: firm dates first (of several milestones, the last is when the task is
    done: 3月底前完成选址；11月底前建成 → 11月底), then conditional, then ongoing."""
    written = text.strip()
    if not written:
        return Deadline(None, DeadlineKind.NONE)
    if _CONDITIONAL.search(written):
        return Deadline(written, DeadlineKind.CONDITIONAL)
    relative = _RELATIVE.search(written)
    if relative is not None:
        return Deadline(written, DeadlineKind.DATE, _after(issued_on, relative))
    if _RECURRING.search(written):
        return Deadline(written, DeadlineKind.ONGOING)
    dues: list[date | None] = []
    for match in _DATE.finditer(written):
        if _START.match(written[match.end() :]):
            if not dues:
                return Deadline(written, DeadlineKind.ONGOING)  # 2021年起持续推进: a start, not an end
            break
        due = _due(match, issued_on)
        if due is not _NOT_A_DATE:
            dues.append(due)
    if dues:
        known = [due for due in dues if due is not None]
        return Deadline(written, DeadlineKind.DATE, max(known) if known else None)
    if _ONGOING.search(written):
        return Deadline(written, DeadlineKind.ONGOING)
    return Deadline(written, DeadlineKind.NONE)


def find_completion_dates(text: str, *, issued_on: date | None) -> list[DeadlineMention]:
    """Completion dates set inside a task's text, in order."""
    if _ANCHOR.search(text) is None:
        return []
    found: list[DeadlineMention] = []
    for relative in (*_RELATIVE.finditer(text), *_PERIOD.finditer(text)):
        phrase = relative.group(0)
        if phrase.startswith("文件") and _QUALIFIED.search(text, 0, relative.start()):
            continue  # 政策文件发布后3天内: counted from each of the documents it names, not this one's date
        deadline = Deadline(phrase, DeadlineKind.DATE, _after(issued_on, relative))
        found.append(DeadlineMention(deadline, relative.start(), relative.end()))
    for match in _DATE.finditer(text):
        if match.lastgroup in ("range", "whole_year") or any(m.start <= match.start() < m.end for m in found):
            continue
        rest = text[match.end() :]
        mark = _COMPLETION_MARK.match(rest)
        # 确保电线杆迁移问题于7月底完成: the month's end is the deadline, without a mark after it
        # 预计2021年11月份完成: within the month; not what was done (已于2021年11月完成)
        month_end = (
            mark is None
            and (match["part"] in ("底", "末") or (match["part"] is None and match["m2"] is not None))
            and rest.startswith("完成")
            and "已" not in text[max(0, match.start() - _DONE_REACH) : match.start()]
        )
        if (mark is None and not month_end) or _WINDOW_BEFORE.search(text[: match.start()]):
            continue
        marked = mark.end() if mark is not None else 0
        if _WINDOW_AFTER.match(rest[marked:]):
            continue
        end = match.end() + marked
        if text[match.start() - 1 : match.start()] == "每":  # 每年3月底前: due again each year, no one date
            phrase = text[match.start() - 1 : end].strip()
            found.append(DeadlineMention(Deadline(phrase, DeadlineKind.ONGOING), match.start() - 1, end))
            continue
        due = _due(match, issued_on)
        if due is _NOT_A_DATE:
            continue
        phrase = text[match.start() : end].strip()
        found.append(DeadlineMention(Deadline(phrase, DeadlineKind.DATE, due), match.start(), end))
    return sorted(found, key=lambda mention: mention.start)


_DONE_REACH = 3  # 已于, 已经于: how far before a date the word saying it is past may stand
_NOT_A_DATE = date.min  # sentinel: the match was not a date after all (e.g. month 13)


def _due(match: re.Match[str], issued_on: date | None) -> date | None:
    """The due date a matched phrase stands for; None when it needs the issue year and there is none."""
    kind = match.lastgroup
    base_year = issued_on.year if issued_on else None
    if kind == "range":
        return _year_end(_number(match["r2"]))
    if kind == "ymd":
        return _safe(_number(match["y1"]), _number(match["m1"]), _number(match["d1"]))
    if kind == "half":
        year = _number(match["y2"]) if match["y2"] else base_year
        return None if year is None else _month_end(year, 6 if match["h"] == "上" else 12)
    if kind == "quarter":
        year = _number(match["y3"]) if match["y3"] else base_year
        quarter = _number(match["q"])
        return None if year is None else _month_end(year, 3 * quarter)
    if kind == "md":
        if base_year is None:
            return None
        return _safe(base_year, _number(match["m3"]), _number(match["d3"]))
    if kind == "ym":
        year = _number(match["y4"]) if match["y4"] else base_year
        month = _number(match["m2"])
        if not 1 <= month <= 12:
            return _NOT_A_DATE
        if year is None:
            return None
        part = match["part"]
        if part in ("上旬",):
            return date(year, month, 10)
        if part in ("中旬", "中"):
            return date(year, month, 20)
        return _month_end(year, month)
    if kind == "year":
        return _year_end(_number(match["y5"]))
    if kind == "this_year" or kind == "whole_year":
        return None if base_year is None else _year_end(base_year)
    if kind == "next_year":
        return None if base_year is None else _year_end(base_year + 1)
    return _NOT_A_DATE


def _after(issued_on: date | None, match: re.Match[str]) -> date | None:
    if issued_on is None:
        return None
    count, unit = _number(match["n"]), match["unit"]
    if unit in ("日", "天"):
        return issued_on + timedelta(days=count)
    if unit == "个工作日":  # counted like 日: the issue day excluded, holidays skipped, 调休 weekends worked
        return _working_calendar().add_working_days(issued_on, count)
    if unit in ("周", "星期", "个星期"):
        return issued_on + timedelta(weeks=count)
    months = count * 12 if unit == "年" else count
    year, month = divmod(issued_on.month - 1 + months, 12)
    target_year, target_month = issued_on.year + year, month + 1
    day = min(issued_on.day, calendar.monthrange(target_year, target_month)[1])
    return date(target_year, target_month, day)


@cache  # the official calendar is copied into sets on every WorkingCalendar.default()
def _working_calendar() -> WorkingCalendar:
    return WorkingCalendar.default()


def _number(text: str) -> int:
    """A number written in Arabic or Chinese numerals (二〇二一, 十二, 三十)."""
    if text.isdecimal():
        return int(text)
    try:
        if "十" not in text:
            return int("".join(str(_CN_DIGIT[char]) for char in text))
        tens, _, units = text.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)
    except (KeyError, ValueError):
        return 0  # not a number (十十): no valid date comes of it


def _year_end(year: int) -> date | None:
    return date(year, 12, 31) if 1900 <= year <= 2200 else _NOT_A_DATE


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return _NOT_A_DATE
