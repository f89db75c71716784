"""Busy time of calendar files by the reference library `recurring-ical-events`, for comparison with mentord's.

Usage: busy_reference.py OWNER_ZONE DAYS [FILE.ics ...]. Without files it reads every `.ics` in the package's own
`test/calendars` folder. Prints JSON: per file its path, the window (epoch seconds; it starts at the file's first
event and lasts DAYS days), the busy seconds inside it and the merged busy intervals, or the error the reference
raised.

The rules, the same on mentord's side: occurrences with STATUS:CANCELLED or TRANSP:TRANSPARENT are free; a floating
time is read in OWNER_ZONE (zoneinfo, fold=0); an all-day date is busy from midnight to midnight in OWNER_ZONE;
busy time is clipped to the window and overlapping intervals are merged.
"""
import datetime
import importlib.metadata
import json
import pathlib
import sys
import zoneinfo

import icalendar
import recurring_ical_events
from icalendar.timezone import tzp

UTC = datetime.timezone.utc
owner = zoneinfo.ZoneInfo(sys.argv[1])
days = int(sys.argv[2])
files = sys.argv[3:]
if not files:
    folder = pathlib.Path(recurring_ical_events.__file__).parent / "test" / "calendars"
    files = sorted(str(path) for path in folder.glob("*.ics"))


def instant(value):
    """The UTC instant of a DTSTART/DTEND value by the rules above."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=owner)
        return value.astimezone(UTC)
    return datetime.datetime(value.year, value.month, value.day, tzinfo=owner).astimezone(UTC)


def forget_cached_zones():
    """icalendar keeps VTIMEZONE definitions across calendars; each file must see only its own."""
    cache = getattr(tzp, "_TZP__tz_cache", None)
    if isinstance(cache, dict):
        cache.clear()


def busy(path):
    forget_cached_zones()
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    starts = [instant(event["DTSTART"].dt) for event in calendar.walk("VEVENT") if "DTSTART" in event]
    if not starts:
        return {"path": path, "error": "no event with DTSTART"}
    start = min(starts)
    end = start + datetime.timedelta(days=days)
    margin = datetime.timedelta(days=2)
    intervals = []
    for occurrence in recurring_ical_events.of(calendar).between(start - margin, end + margin):
        if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
            continue
        if str(occurrence.get("TRANSP", "")).upper() == "TRANSPARENT":
            continue
        begin = instant(occurrence["DTSTART"].dt)
        finish = instant(occurrence["DTEND"].dt) if "DTEND" in occurrence else begin
        begin, finish = max(begin, start), min(finish, end)
        if finish > begin:
            intervals.append((begin.timestamp(), finish.timestamp()))
    merged = []
    for begin, finish in sorted(intervals):
        if merged and begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], finish)
        else:
            merged.append([begin, finish])
    return {
        "path": path, "start": start.timestamp(), "end": end.timestamp(),
        "busy_seconds": sum(finish - begin for begin, finish in merged), "intervals": merged,
    }


results = []
for path in files:
    try:
        results.append(busy(path))
    except Exception as error:  # the reference cannot expand this file
        results.append({"path": path, "error": f"{type(error).__name__}: {error}"})
print(json.dumps({"version": importlib.metadata.version("recurring-ical-events"), "files": results}))
