"""Parses mentord's invites with the `icalendar` package and reports what a calendar client would see.

Usage: ics_check.py FILE.ics [EXPAND_COUNT]. Prints JSON: method, and per VEVENT its uid, sequence, status,
summary, dtstart/dtend as epoch seconds, the organizer, the attendees, the RRULE, and — for a recurring event — the
first EXPAND_COUNT occurrences expanded by dateutil in the event's own zone (from its VTIMEZONE).
"""
import json
import sys

from dateutil.rrule import rrulestr
from icalendar import Calendar

path = sys.argv[1]
expand = int(sys.argv[2]) if len(sys.argv) > 2 else 0
with open(path, "rb") as handle:
    raw = handle.read()
calendar = Calendar.from_ical(raw)
events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    item = {
        "uid": str(event.get("UID")),
        "sequence": int(event.get("SEQUENCE")),
        "status": str(event.get("STATUS")),
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION")),
        "dtstart": int(start.timestamp()),
        "dtend": int(end.timestamp()),
        "tzid": str(start.tzinfo) if start.tzinfo else None,
        "organizer": str(event.get("ORGANIZER")),
        "attendees": [str(a) for a in (event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list) else [event.get("ATTENDEE")])],
    }
    rule = event.get("RRULE")
    if rule is not None:
        text = rule.to_ical().decode()
        item["rrule"] = text
        occurrences = rrulestr(text, dtstart=start)
        item["occurrences"] = [int(o.timestamp()) for _, o in zip(range(expand), occurrences)]
    events.append(item)
print(json.dumps({
    "method": str(calendar.get("METHOD")),
    "crlf": b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""),
    "longest_line": max(len(line) for line in raw.split(b"\r\n")),
    "events": events,
}))
