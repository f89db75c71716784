"""Reference answers from Python's zoneinfo for the Swift time-zone tests.

Reads JSON from stdin: {"walls": [[zone, y, m, d, hour, minute]], "instants": [[zone, epoch_seconds]],
"series": [[zone, y, m, d, hour, minute, weeks, [viewer zones]]]} and prints JSON with, per wall time, the epoch
seconds for fold=0 and fold=1 and whether it exists; per instant, the wall time and UTC offset; per series, each
weekly occurrence's epoch seconds and its wall time in every viewer zone.
"""
import json
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def wall(zone, y, m, d, hour, minute):
    tz = ZoneInfo(zone)
    first = datetime(y, m, d, hour, minute, tzinfo=tz, fold=0)
    second = datetime(y, m, d, hour, minute, tzinfo=tz, fold=1)
    # A wall time exists when it survives a round trip through UTC.
    back = first.astimezone(timezone.utc).astimezone(tz)
    exists = (back.hour, back.minute) == (hour, minute) or (
        second.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) == second.replace(tzinfo=None))
    return {"fold0": int(first.timestamp()), "fold1": int(second.timestamp()), "exists": exists}


def instant(zone, seconds):
    local = datetime.fromtimestamp(seconds, ZoneInfo(zone))
    return {"wall": local.strftime("%Y-%m-%d %H:%M"), "offset": int(local.utcoffset().total_seconds())}


def series(zone, y, m, d, hour, minute, weeks, viewers):
    start = datetime(y, m, d, hour, minute, tzinfo=ZoneInfo(zone))
    rows = []
    for week in range(weeks):
        occurrence = start + timedelta(weeks=week)  # wall-clock arithmetic in the host's zone
        rows.append({"at": int(occurrence.timestamp()),
                     "viewers": [occurrence.astimezone(ZoneInfo(v)).strftime("%Y-%m-%d %H:%M") for v in viewers]})
    return rows


request = json.load(sys.stdin)
print(json.dumps({
    "walls": [wall(*case) for case in request.get("walls", [])],
    "instants": [instant(*case) for case in request.get("instants", [])],
    "series": [series(*case) for case in request.get("series", [])],
}))
