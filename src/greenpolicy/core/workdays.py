"""Chinese working days: weekends, public holidays and the weekend days worked in exchange for them (调休).

The official days come from `chinese_calendar` (PyPI `chinesecalendar`), read once into plain sets so that a
`WorkingCalendar` is a value: hashable, cheap to query, and never raising for a valid date. For a year the sets do
not describe, the calendar falls back to Monday–Friday and `covers` says so. Deployments add days the library does
not know yet (a year's 放假安排 notice published before the library updates) through `WorkingCalendar.default`.

Conventions, both chosen so that `working_days_between(start, add_working_days(start, n)) == n` for n >= 1:
- `add_working_days(start, n)` for n >= 1 is the n-th working day strictly after `start` (start never counts);
  n == 0 is `start` when it is a working day, else the next working day; n < 0 is the |n|-th working day strictly
  before `start`.
- `working_days_between(start, end)` counts the working days in (start, end]: `start` excluded, `end` included;
  0 when end == start, and minus the count for (end, start] when end < start.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import chinese_calendar  # type: ignore[import-untyped]  # the library ships no type information

_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class WorkingCalendar:
    """Which days are working days: weekdays, less `holidays`, plus `workdays`; Monday–Friday outside `years`."""

    holidays: frozenset[date] = frozenset()  # days off (a holiday on a weekend is harmless)
    workdays: frozenset[date] = frozenset()  # weekend days worked (调休上班)
    years: frozenset[int] = frozenset()  # years the two sets describe completely

    def __post_init__(self) -> None:
        both = self.holidays & self.workdays
        if both:
            raise ValueError(f"days both holiday and working day: {sorted(both)}")

    @classmethod
    def default(
        cls,
        *,
        extra_holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
        extra_years: Iterable[int] = (),
    ) -> WorkingCalendar:
        """The official calendar from `chinese_calendar`, with extra days overriding it where they disagree."""
        official_holidays, official_workdays, official_years = _official()
        holidays, workdays = frozenset(extra_holidays), frozenset(extra_workdays)
        return cls(
            holidays=(official_holidays - workdays) | holidays,
            workdays=(official_workdays - holidays) | workdays,
            years=official_years | frozenset(extra_years),
        )

    def covers(self, day: date) -> bool:
        """Whether the holiday calendar of `day`'s year is known; if not, Monday–Friday is assumed."""
        return day.year in self.years

    def is_working_day(self, day: date) -> bool:
        """Whether offices work on `day`."""
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (before it when negative); 0: `start` or the next working day."""
        if count == 0:
            day = start
            while not self.is_working_day(day):
                day += _DAY
            return day
        step = _DAY if count > 0 else -_DAY
        day, remaining = start, abs(count)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when `end` is before `start`."""
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start
        while day < end:
            day += _DAY
            count += self.is_working_day(day)
        return count


@cache
def _official() -> tuple[frozenset[date], frozenset[date], frozenset[int]]:
    """The library's holidays, adjusted working days and the years it covers (the range its own check accepts)."""
    holidays: frozenset[date] = frozenset(chinese_calendar.holidays)
    workdays: frozenset[date] = frozenset(chinese_calendar.workdays)
    years = frozenset(range(min(day.year for day in holidays), max(day.year for day in holidays) + 1))
    return holidays, workdays, years
