"""recurring-ical-events on the same feed and window, as the reference for make bench-calendar.

Usage: reference.py FEED.ics WINDOW_START WINDOW_END ROUNDS. Each round parses the file with icalendar and expands
it with recurring-ical-events, then computes busy time by the rules of Tests/Support/python/busy_reference.py
(cancelled and transparent occurrences free, floating and all-day in Europe/Berlin, clipped and merged).
Prints: reference p50_ms=… busy_seconds=…
"""
import datetime
import statistics
import sys
import time
import zoneinfo

import icalendar
import recurring_ical_events

UTC = datetime.timezone.utc
owner = zoneinfo.ZoneInfo("Europe/Berlin")
path, start, end, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
start = datetime.datetime.fromtimestamp(start, UTC)
end = datetime.datetime.fromtimestamp(end, UTC)
with open(path, "rb") as handle:
    raw = handle.read()


def instant(value):
    if isinstance(value, datetime.datetime):
        return (value if value.tzinfo else value.replace(tzinfo=owner)).astimezone(UTC)
    return datetime.datetime(value.year, value.month, value.day, tzinfo=owner).astimezone(UTC)


def busy():
    calendar = icalendar.Calendar.from_ical(raw)
    intervals = []
    for occurrence in recurring_ical_events.of(calendar).between(start, end):
        if str(occurrence.get("STATUS", "")).upper() == "CANCELLED" or str(occurrence.get("TRANSP", "")).upper() == "TRANSPARENT":
            continue
        begin, finish = max(instant(occurrence["DTSTART"].dt), start), min(instant(occurrence["DTEND"].dt), end)
        if finish > begin:
            intervals.append((begin, finish))
    total, last = datetime.timedelta(0), None
    for begin, finish in sorted(intervals):
        if last is not None and begin < last:
            begin = last
        if finish > begin:
            total += finish - begin
        last = finish if last is None else max(last, finish)
    return int(total.total_seconds())


times, seconds = [], 0
for _ in range(rounds):
    began = time.perf_counter()
    seconds = busy()
    times.append((time.perf_counter() - began) * 1000)
print(f"reference p50_ms={statistics.median(times):.3f} busy_seconds={seconds}")
