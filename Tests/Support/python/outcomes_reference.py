"""Reference retention and promotion figures, computed from the same CSV files mentord imported.

Reads JSON from stdin:
  {"imports": [{"file": path, "as_of": "YYYY-MM-DD", "full_sync": bool}, ...],   (in import order)
   "pairings": path of a CSV with mentor_email, mentee_email, started_on,
   "window": ["YYYY-MM-DD", "YYYY-MM-DD"], "as_of": "YYYY-MM-DD",
   "dimensions": ["site", "function", "career_stage"]}
and prints {"lines": [...]}: one line per figure, "GROUP FIGURE people retained promoted" (or "GROUP FIGURE count"
for the not-yet-measurable counts), GROUP being "total" or "DIMENSION=VALUE".

It rebuilds the HR history from the files by the rules the README states (not from mentord's database), then
measures by the README's definitions. Comparables are found by brute force over every cohort start.
"""
import calendar
import csv
import json
import sys
from datetime import date

STAGES = ["early", "mid", "senior", "lead", "executive"]


def day(text):
    return date.fromisoformat(text) if text else None


def stage(text):
    text = (text or "").strip().lower()
    if not text:
        return 2
    if text in STAGES:
        return STAGES.index(text) + 1
    return int(text[1:] if text.startswith("l") else text)


def plus_months(start, months):
    """The same day `months` later, the month's last day when shorter."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


class Person:
    def __init__(self):
        self.function = ""
        self.site = ""
        self.status = "active"
        self.states = []  # [day, status, level], oldest first, one per day

    def latest(self):
        return self.states[-1] if self.states else None

    def write(self, entries):
        """New states replace whatever was recorded on or after the first one's day."""
        if not entries:
            return
        first = entries[0][0]
        self.states = [s for s in self.states if s[0] < first] + [list(e) for e in entries]

    def state_on(self, when):
        found = None
        for state in self.states:
            if state[0] <= when:
                found = state
            else:
                break
        return found


def left_on(row, as_of):
    """termination_date counts when it has happened and no later hire_date shows a return."""
    ended = day(row.get("termination_date", ""))
    hired = day(row.get("hire_date", ""))
    if ended is None or ended > as_of:
        return None
    if hired is not None and hired > ended:
        return None
    return ended


def entries_for(person, row, as_of):
    level = stage(row.get("career_stage", ""))
    status = (row.get("status", "") or "active").strip().lower()
    ended = left_on(row, as_of)
    if status == "active" and ended is not None:
        status = "left"
    person.status = status
    gone = status != "active"
    departure = ended if ended is not None else as_of
    promoted = day(row.get("last_promotion_date", ""))
    if promoted is not None:
        promoted = min(promoted, as_of)
    hired = day(row.get("hire_date", ""))
    latest = person.latest()
    if latest is None:
        entries = []
        if promoted is not None and (not gone or promoted < departure):
            since = max(promoted, min(hired, as_of)) if hired is not None else promoted
            entries.append((since, "active", level))
        if gone:
            if entries and entries[-1][0] == departure:
                entries.pop()
            entries.append((departure, status, level))
        elif not entries:
            entries.append((as_of, status, level))
        return entries
    # The day the recorded stage began: a last_promotion_date not after it is stale.
    since = latest[0]
    for state in reversed(person.states):
        if state[2] != latest[2]:
            break
        since = state[0]
    if promoted is not None and promoted <= since:
        promoted = None
    stage_changed = level != latest[2]
    status_changed = status != latest[1]
    if not stage_changed and not status_changed:
        return []
    status_day = as_of
    if status_changed and gone:
        status_day = departure
    elif status_changed and hired is not None and latest[0] < hired <= as_of:
        status_day = hired
    if promoted is not None:
        stage_day = promoted
    elif status_changed:
        stage_day = status_day
    else:
        stage_day = as_of
    if stage_changed and status_changed and stage_day != status_day:
        if stage_day < status_day:
            return [(stage_day, latest[1], level), (status_day, status, level)]
        return [(status_day, status, latest[2]), (stage_day, status, level)]
    when = status_day if status_changed else stage_day
    return [(when, status, level)]


def replay(imports):
    people = {}
    for entry in imports:
        as_of = day(entry["as_of"])
        with open(entry["file"], newline="", encoding="utf-8") as handle:
            rows = [{k.strip().lower(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]
        listed = set()
        for row in rows:
            email = row["email"].lower()
            listed.add(email)
            person = people.setdefault(email, Person())
            person.function = row.get("function", "")
            person.site = row.get("site", "")
            person.write(entries_for(person, row, as_of))
        if entry.get("full_sync"):
            for email, person in people.items():
                if email not in listed and person.status == "active":
                    person.status = "left"
                    person.write([(as_of, "left", person.latest()[2])])
    return people


def first_starts(path):
    mentee, mentor = {}, {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            started = day(row["started_on"])
            for book, email in ((mentee, row["mentee_email"].lower()), (mentor, row["mentor_email"].lower())):
                if email not in book or started < book[email]:
                    book[email] = started
    return mentee, mentor


def group_of(dimension, person, level):
    if dimension == "site":
        return person.site
    if dimension == "function":
        return person.function
    return STAGES[level - 1] if level <= 5 else "L%d" % level


def measure(people, mentee, mentor, window, as_of, dimension):
    figures = {}

    def count(group, figure, retained, promoted):
        for key in ("total", group):
            if key is None:
                continue
            cell = figures.setdefault(key, {}).setdefault(figure, [0, 0, 0])
            cell[0] += 1
            cell[1] += 1 if retained else 0
            cell[2] += 1 if promoted else 0

    def tick(group, figure):
        for key in ("total", group):
            if key is None:
                continue
            cell = figures.setdefault(key, {}).setdefault(figure, [0])
            cell[0] += 1

    def participation(email):
        days = [d for d in (mentee.get(email), mentor.get(email)) if d is not None]
        return min(days) if days else None

    for role, starts in (("mentees", mentee), ("mentors", mentor)):
        cohort = []
        for email, person in people.items():
            start = starts.get(email)
            if start is None or not (window[0] <= start <= window[1]) or not person.states:
                continue
            first = person.state_on(start)
            if first is None or first[1] != "active":
                continue
            group = group_of(dimension, person, first[2]) if dimension else None
            end = plus_months(start, 12)
            if end > as_of:
                tick(group, role + "NotYetMeasurable")
                continue
            last = person.state_on(end)
            count(group, role, last[1] == "active", last[2] > first[2])
            cohort.append((start, person.function, first[2]))
        cohort.sort(key=lambda item: item[0])
        comparables = role[:-1] + "Comparables"
        for email, person in people.items():
            began = participation(email)
            for start, function, level in cohort:
                if began is not None and began <= start:
                    break
                if person.function != function:
                    continue
                state = person.state_on(start)
                if state is None or state[1] != "active" or state[2] != level:
                    continue
                last = person.state_on(plus_months(start, 12))
                group = group_of(dimension, person, level) if dimension else None
                count(group, comparables, last[1] == "active", last[2] > level)
                break
    return figures


def lines(figures, prefix):
    out = []
    for group, cells in figures.items():
        name = "total" if group == "total" else "%s=%s" % (prefix, group)
        for figure, values in cells.items():
            out.append(" ".join([name, figure] + [str(v) for v in values]))
    return out


def main():
    request = json.load(sys.stdin)
    people = replay(request["imports"])
    mentee, mentor = first_starts(request["pairings"])
    window = (day(request["window"][0]), day(request["window"][1]))
    as_of = day(request["as_of"])
    result = lines(measure(people, mentee, mentor, window, as_of, None), "")
    for dimension in request.get("dimensions", []):
        result += [line for line in lines(measure(people, mentee, mentor, window, as_of, dimension), dimension)
                   if not line.startswith("total ")]
    json.dump({"lines": sorted(result)}, sys.stdout)


if __name__ == "__main__":
    main()
