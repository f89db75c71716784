"""Participation by site, counted straight from a mentord SQLite file with plain SQL: the reference the dashboard's
participation table is checked against. Arguments: DATABASE PERIOD_START PERIOD_END (Unix seconds, end exclusive).
Prints {site: [members, joined, mentors, mentees, requesters, matched]} as JSON. Someone a round matched in the
period without a request counts as having asked, and as matched."""
import json
import sqlite3
import sys

database, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
people = connection.execute("""
    SELECT p.id, CASE p.site WHEN '' THEN '—' ELSE p.site END, pr.consented_at,
           EXISTS (SELECT 1 FROM profile_roles r WHERE r.person_id = p.id AND r.role = 'mentor'),
           EXISTS (SELECT 1 FROM profile_roles r WHERE r.person_id = p.id AND r.role = 'mentee')
    FROM people p LEFT JOIN profiles pr ON pr.person_id = p.id WHERE p.status = 'active'""").fetchall()
requests = {}
for mentee, created in connection.execute("SELECT mentee_id, created_at FROM match_requests WHERE program = 'mentoring'"):
    requests.setdefault(mentee, []).append(created)
starts = {}
for mentee, started in connection.execute("SELECT mentee_id, started_at FROM pairings WHERE program = 'mentoring'"):
    starts.setdefault(mentee, []).append(started)

table = {}
for person, site, consented, mentor, mentee in people:
    row = table.setdefault(site, [0, 0, 0, 0, 0, 0])
    row[0] += 1
    row[1] += 1 if consented is not None and consented < end else 0
    row[2] += mentor
    row[3] += mentee
    asked = [created for created in requests.get(person, []) if start <= created < end]
    matched_in_period = any(start <= started < end for started in starts.get(person, []))
    if asked or matched_in_period:
        row[4] += 1
        if matched_in_period or any(started >= created for created in asked for started in starts.get(person, [])):
            row[5] += 1
print(json.dumps(table))
