"""The same slot search written plainly in Python with zoneinfo, as the reference for make bench-schedule.

For every 15-minute step and every person it converts the step to local time with zoneinfo and checks working
hours, the edge-of-day reach and busy events one by one; then ranks like mentord (inside everyone's hours first, then
the smallest worst burden, the smallest total edge time, the one closest to people's working day, the soonest).
Prints the same fields as ScheduleBench.
"""
import json
import sys
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

STEP = 900


def step_state(person, tz, moment, edge):
    """2 working, 1 edge, 0 blocked — for the 15 minutes from `moment`."""
    for start, end in person["busy"]:
        if start < moment + STEP and end > moment:
            return 0
    best = 0
    local = datetime.fromtimestamp(moment, tz)
    for day_shift in (-1, 0, 1):
        day = (local + timedelta(days=day_shift)).date()
        if day.weekday() >= 5:
            continue
        opens = datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(minutes=person["start"])
        closes = datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(minutes=person["end"])
        opens_at = int(opens.astimezone(timezone.utc).timestamp())
        closes_at = int(closes.astimezone(timezone.utc).timestamp())
        if opens_at <= moment and moment + STEP <= closes_at:
            return 2
        if (opens_at - edge * 60 <= moment and moment + STEP <= opens_at) or (closes_at <= moment and moment + STEP <= closes_at + edge * 60):
            best = 1
    return best


def distance_to_work(person_states):
    """For each step, how many steps away the nearest working step is, looking both ways."""
    far = len(person_states) + 1
    distance, since = [], far
    for state in person_states:
        since = 0 if state == 2 else min(since + 1, far)
        distance.append(since)
    since = far
    for index in range(len(person_states) - 1, -1, -1):
        since = 0 if person_states[index] == 2 else min(since + 1, far)
        distance[index] = min(distance[index], since)
    return distance


def search(instance):
    edge, minutes = instance["edge"], instance["minutes"]
    length = (minutes + 14) // 15
    origin, end = instance["from"], instance["to"]
    steps = (end - origin) // STEP
    zones = [ZoneInfo(p["zone"]) for p in instance["people"]]
    states = [[step_state(p, tz, origin + i * STEP, edge) for i in range(steps)] for p, tz in zip(instance["people"], zones)]
    distances = [distance_to_work(person_states) for person_states in states]
    candidates = []
    for first in range(steps - length + 1):
        edges = []
        for person_states in states:
            window = person_states[first:first + length]
            if 0 in window:
                break
            edges.append(window.count(1) * 15)
        else:
            worst = max((p["burden"] + e) if e else 0 for p, e in zip(instance["people"], edges))
            outside = sum(1 for e in edges if e)
            reach = sum(max(d[first], d[first + length - 1]) for d in distances)
            candidates.append(((0 if outside == 0 else 1), worst, sum(edges), reach, first, edges))
    candidates.sort()
    return (origin + candidates[0][4] * STEP, sum(candidates[0][5])) if candidates else (0, -1)


instance = json.load(open(sys.argv[1]))
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
times = []
for _ in range(rounds):
    started = time.perf_counter()
    best, edges = search(instance)
    times.append((time.perf_counter() - started) * 1000)
times.sort()
print(f"reference p50_ms={times[len(times) // 2]:.3f} p99_ms={times[-1]:.3f} best={best} edges={edges}")
