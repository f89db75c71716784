"""The floor for dispatching 10,000 due jobs: the same SQL work with no application logic.

On a copy of the benchmark's database, with 10,000 more jobs made due, it selects them in due order, inserts one
outbox row per job and deletes the job, in one transaction, with Python's sqlite3 (FULL sync, WAL, as mentord runs).
Prints: reference dispatch_10k_s=…
"""
import json
import shutil
import sqlite3
import sys
import time

source, copy = sys.argv[1], sys.argv[2]
shutil.copy(source, copy)
db = sqlite3.connect(copy, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE IF NOT EXISTS reference_outbox (id INTEGER PRIMARY KEY, person INTEGER, body TEXT, key TEXT UNIQUE)")
now = db.execute("SELECT MIN(due_at) FROM jobs").fetchone()[0]
db.execute("BEGIN")
for index in range(10_000):
    db.execute("INSERT INTO jobs (kind, key, due_at, payload) VALUES ('notice', ?, ?, ?)",
               (f"reference:{index}", now - 10, json.dumps({"person": str(index + 1), "reply": "{}"})))
db.execute("COMMIT")
started = time.perf_counter()
db.execute("BEGIN IMMEDIATE")
rows = db.execute("SELECT id, key, payload FROM jobs WHERE due_at <= ? ORDER BY due_at, id LIMIT 10000", (now - 1,)).fetchall()
for job_id, key, payload in rows:
    person = json.loads(payload)["person"]
    db.execute("INSERT INTO reference_outbox (person, body, key) VALUES (?, ?, ?)", (person, "Reminder: your mentoring check-in.", key))
    db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))
db.execute("COMMIT")
print(f"reference dispatch_10k_s={time.perf_counter() - started:.3f} rows={len(rows)}")
