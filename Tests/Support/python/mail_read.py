"""Reads an email as a mail client would, with Python's own MIME parser, and its calendar files with `icalendar`.

Usage: mail_read.py FILE.eml. Prints JSON: the headers, the text and HTML bodies, and each attachment with its
content type, method parameter and, for text/calendar, the parsed METHOD, UID and attendees.
"""
import email
import email.policy
import json
import sys

import icalendar

message = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
result = {
    "headers": {name: str(value) for name, value in message.items()},
    "content_type": message.get_content_type(),
    "text": message.get_body(("plain",)).get_content() if message.get_body(("plain",)) else None,
    "html": message.get_body(("html",)).get_content() if message.get_body(("html",)) else None,
    "attachments": [],
}
for part in message.iter_attachments():
    entry = {"filename": part.get_filename(), "content_type": part.get_content_type(), "method": part.get_param("method")}
    if part.get_content_type() == "text/calendar":
        calendar = icalendar.Calendar.from_ical(part.get_content())
        events = list(calendar.walk("VEVENT"))
        entry["calendar"] = {
            "method": str(calendar.get("METHOD")), "uid": str(events[0].get("UID")) if events else None,
            "attendees": [str(a) for a in (events[0].get("ATTENDEE") or [])] if events else [],
        }
    result["attachments"].append(entry)
print(json.dumps(result))
