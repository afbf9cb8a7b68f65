"""Working days: official holidays and adjusted working days, the Monday–Friday fallback, and day arithmetic."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from greenpolicy.core.workdays import WorkingCalendar

CALENDAR = WorkingCalendar.default()


@pytest.mark.parametrize("day", [date(2026, 10, d) for d in range(1, 8)])
def test_national_day_week_2026_is_off(day: date) -> None:
    assert not CALENDAR.is_working_day(day)


def test_mid_autumn_2026_is_off_separately_from_national_day() -> None:
    # 2026 notice: 中秋节 9月25日至27日放假, apart from 国庆节 10月1日至7日; 9月27日 is a holiday, not a working day.
    assert [CALENDAR.is_working_day(date(2026, 9, d)) for d in (25, 26, 27, 28)] == [
        False,
        False,
        False,
        True,
    ]


@pytest.mark.parametrize(
    "day",
    [date(2026, 9, 20), date(2026, 10, 10), date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28)],
)
def test_adjusted_weekend_working_days_2026(day: date) -> None:
    assert day.weekday() >= 5
    assert CALENDAR.is_working_day(day)


def test_day_after_national_day_week_2026_is_an_ordinary_working_day() -> None:
    assert CALENDAR.is_working_day(date(2026, 10, 8))
    assert CALENDAR.is_working_day(date(2026, 10, 9))


def test_sunday_before_spring_festival_2021_was_a_working_day() -> None:
    assert date(2021, 2, 7).weekday() == 6
    assert CALENDAR.is_working_day(date(2021, 2, 7))


@pytest.mark.parametrize("day", [date(2021, 2, d) for d in range(11, 18)])
def test_spring_festival_2021_is_off(day: date) -> None:
    assert not CALENDAR.is_working_day(day)


def test_ordinary_weekdays_and_weekends() -> None:
    assert CALENDAR.is_working_day(date(2021, 3, 10))  # a Wednesday
    assert not CALENDAR.is_working_day(date(2021, 3, 13))  # a Saturday


def test_agrees_with_the_library_on_every_day_it_covers() -> None:
    day = date(2004, 1, 1)
    while day.year <= 2026:
        assert CALENDAR.is_working_day(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)


def test_covers_the_years_the_library_has_data_for() -> None:
    assert CALENDAR.covers(date(2004, 1, 1))
    assert CALENDAR.covers(date(2026, 12, 31))
    assert not CALENDAR.covers(date(2003, 12, 31))
    assert not CALENDAR.covers(date(2030, 10, 1))


def test_a_year_without_data_falls_back_to_monday_to_friday() -> None:
    assert not CALENDAR.covers(date(2030, 10, 1))
    assert CALENDAR.is_working_day(
        date(2030, 10, 1)
    )  # a Tuesday: 国庆节 unknown, so treated as a working day
    assert not CALENDAR.is_working_day(date(2030, 10, 5))  # a Saturday
    assert CALENDAR.add_working_days(date(2030, 10, 4), 1) == date(2030, 10, 7)


def test_never_raises_for_extreme_dates() -> None:
    assert CALENDAR.is_working_day(date.min)
    assert CALENDAR.add_working_days(date(9999, 12, 30), 1) == date(9999, 12, 31)


def test_extra_days_override_the_official_calendar() -> None:
    extra = WorkingCalendar.default(
        extra_holidays={date(2027, 2, 8), date(2026, 10, 10)},
        extra_workdays={date(2027, 2, 6), date(2026, 10, 7)},
        extra_years={2027},
    )
    assert extra.covers(date(2027, 1, 1))
    assert not extra.is_working_day(date(2027, 2, 8))  # a Monday
    assert extra.is_working_day(date(2027, 2, 6))  # a Saturday
    assert not extra.is_working_day(date(2026, 10, 10))
    assert extra.is_working_day(date(2026, 10, 7))
    assert extra.is_working_day(date(2026, 10, 8))  # the rest of the official calendar stays


def test_a_plain_calendar_is_monday_to_friday_with_the_given_days() -> None:
    plain = WorkingCalendar(holidays=frozenset({date(2026, 10, 8)}))
    assert not plain.covers(date(2026, 1, 1))
    assert plain.is_working_day(date(2026, 10, 1))
    assert not plain.is_working_day(date(2026, 10, 8))


def test_a_day_cannot_be_both_holiday_and_working_day() -> None:
    with pytest.raises(ValueError, match="both"):
        WorkingCalendar(holidays=frozenset({date(2026, 1, 1)}), workdays=frozenset({date(2026, 1, 1)}))


def test_adding_working_days_skips_the_national_day_week() -> None:
    # 9月30日 (Wed) + 1 → 10月8日 (Thu); + 3 → 10月10日, the Saturday worked in exchange.
    assert CALENDAR.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert CALENDAR.add_working_days(date(2026, 9, 30), 3) == date(2026, 10, 10)
    assert CALENDAR.add_working_days(date(2026, 9, 30), 4) == date(2026, 10, 12)


def test_adding_working_days_across_spring_festival_2021() -> None:
    # 2月10日 (Wed) is the last working day before the holiday; 2月18日 (Thu) is the first after it.
    assert CALENDAR.add_working_days(date(2021, 2, 10), 1) == date(2021, 2, 18)


def test_adding_zero_working_days_keeps_a_working_day() -> None:
    assert CALENDAR.add_working_days(date(2026, 9, 30), 0) == date(2026, 9, 30)


def test_adding_zero_working_days_moves_a_day_off_to_the_next_working_day() -> None:
    assert CALENDAR.add_working_days(date(2026, 10, 3), 0) == date(2026, 10, 8)


def test_negative_count_goes_back_over_holidays() -> None:
    assert CALENDAR.add_working_days(date(2026, 10, 8), -1) == date(2026, 9, 30)
    assert CALENDAR.add_working_days(date(2026, 10, 3), -1) == date(2026, 9, 30)


def test_working_days_between_excludes_start_and_includes_end() -> None:
    assert CALENDAR.working_days_between(date(2026, 9, 30), date(2026, 10, 8)) == 1
    assert CALENDAR.working_days_between(date(2026, 9, 29), date(2026, 9, 30)) == 1
    assert CALENDAR.working_days_between(date(2026, 10, 1), date(2026, 10, 7)) == 0


def test_working_days_between_is_zero_for_the_same_day_and_negative_backwards() -> None:
    assert CALENDAR.working_days_between(date(2026, 9, 30), date(2026, 9, 30)) == 0
    assert CALENDAR.working_days_between(date(2026, 10, 8), date(2026, 9, 30)) == -1


def test_working_days_in_october_2026() -> None:
    # 31 days, less 7 for 国庆节, less 6 of the 7 weekend days after it (10月10日 is worked).
    assert CALENDAR.working_days_between(date(2026, 9, 30), date(2026, 10, 31)) == 18


_DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))


@given(start=_DATES, count=st.integers(min_value=1, max_value=300))
def test_adding_working_days_lands_on_a_working_day_the_given_count_away(start: date, count: int) -> None:
    end = CALENDAR.add_working_days(start, count)
    assert CALENDAR.is_working_day(end)
    assert CALENDAR.working_days_between(start, end) == count
    assert CALENDAR.working_days_between(start, end - timedelta(days=1)) == count - 1


@given(start=_DATES, end=_DATES)
def test_working_days_between_is_antisymmetric(start: date, end: date) -> None:
    assert CALENDAR.working_days_between(start, end) == -CALENDAR.working_days_between(end, start)


@given(day=_DATES)
def test_adding_zero_gives_the_first_working_day_on_or_after(day: date) -> None:
    result = CALENDAR.add_working_days(day, 0)
    assert CALENDAR.is_working_day(result)
    assert CALENDAR.working_days_between(day, result) == (0 if result == day else 1)
