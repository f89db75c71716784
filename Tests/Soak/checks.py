"""What the soak checks once the daemon has stopped: the data directory (Python's sqlite3) and the fake API's log.

- Lost writes: every acknowledged kudos and goal is in the database once; each person's bio is their last
  acknowledged one or a later write that was sent but not acknowledged (it may have committed before a kill);
  every acknowledged request, accept and booking left its pairing or meeting.
- Jobs: the soak's triggers (`install_observers`) log every job row deleted at or after its due time (it ran) and
  every outbox row committed, so a job that ran twice, or a command whose retry ran again, shows as a repeated key
  or a repeated outbox payload.
- Deliveries: the same text to the same recipient accepted twice by the fake API is a duplicate. On platforms with
  no idempotency key (Slack, Telegram, Zulip, Mattermost as mentord calls them) one is explained when a kill came
  between the two copies: the message was sent, and the daemon died before recording it as delivered.
"""
import collections
import json
import sqlite3

OBSERVERS = """
CREATE TABLE IF NOT EXISTS soak_jobs_deleted (key TEXT NOT NULL, kind TEXT NOT NULL, due_at INTEGER NOT NULL,
    deleted_at INTEGER NOT NULL);
CREATE TRIGGER IF NOT EXISTS soak_jobs_deleted AFTER DELETE ON jobs BEGIN
    INSERT INTO soak_jobs_deleted VALUES (old.key, old.kind, old.due_at, CAST(strftime('%s', 'now') AS INTEGER));
END;
CREATE TABLE IF NOT EXISTS soak_outbox_committed (id INTEGER NOT NULL, platform TEXT NOT NULL, payload TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS soak_outbox_committed AFTER INSERT ON outbox BEGIN
    INSERT INTO soak_outbox_committed VALUES (new.id, new.platform, new.payload);
END;
"""

# Platforms whose API, as mentord calls it, takes no idempotency key: a kill after the send and before the outbox
# records the delivery sends the message again after the restart.
NO_IDEMPOTENCY_KEY = {"slack", "telegram", "zulip", "mattermost"}


def install_observers(database_path):
    """Triggers that record job runs and committed outbox rows; they commit or roll back with mentord's own writes."""
    with sqlite3.connect(database_path) as connection:
        connection.executescript(OBSERVERS)


def read_fake_log(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def outbox_state(database_path):
    with sqlite3.connect(f"file:{database_path}?mode=ro", uri=True) as connection:
        return dict(connection.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status").fetchall())


def resolve_pending(ledger, platforms, accepted):
    """Writes answered "Working on it": acknowledged when their `response_url` got the success text."""
    by_path = collections.defaultdict(list)
    for entry in accepted:
        by_path[entry["recipient"]].append(entry["text"])
    for write in ledger.writes:
        if write["acked"] != "pending":
            continue
        path = platforms[write["user"].platform].response_url_path(write["delivery"])
        texts = by_path.get(path, [])
        write["acked"] = any(write["success"] in text for text in texts)
        write["via_response_url"] = True
        if write["kind"] == "book":
            for text in texts:
                if "Booked meeting " in text:
                    write["meeting"] = int(text.split("Booked meeting ", 1)[1].split(".")[0])


class Report:
    def __init__(self):
        self.problems = []
        self.values = {}

    def problem(self, text):
        self.problems.append(text)


def check(database_path, ledger, accepted, kills, stopped_at):
    report = Report()
    with sqlite3.connect(f"file:{database_path}?mode=ro", uri=True) as connection:
        check_writes(connection, ledger, report)
        check_jobs(connection, report, stopped_at)
        check_outbox(connection, report)
    check_deliveries(accepted, kills, report)
    check_reminders_arrived(accepted, report)
    return report


def check_reminders_arrived(accepted, report):
    """Each reminder that ran reached its reader: one message per reminder, since each person has one meeting and
    each office-hours session one attendee."""
    ran = report.values["jobs_by_kind"].get("meetingReminder", 0)
    arrived = {(entry["platform"], entry["recipient"], entry["text"]) for entry in accepted if "minutes: meeting with" in entry["text"]}
    report.values["reminders_delivered"] = len(arrived)
    if len(arrived) != ran:
        report.problem(f"{ran} meeting reminders ran but {len(arrived)} reached the platforms")
    # Each office-hours session has one attendee, reminded by the roster job.
    rosters = report.values["jobs_by_kind"].get("officeHoursRoster", 0)
    reminded = {(entry["platform"], entry["recipient"], entry["text"]) for entry in accepted if "In an hour: office hours on" in entry["text"]}
    if len(reminded) != rosters:
        report.problem(f"{rosters} office-hours roster jobs ran but {len(reminded)} attendees' reminders reached the platforms")


def person_id(connection, email):
    row = connection.execute("SELECT id FROM people WHERE email = ?", (email,)).fetchone()
    return row[0] if row else None


def check_writes(connection, ledger, report):
    acked = [write for write in ledger.writes if write["acked"] is True]
    report.values["acked_writes"] = len(acked)
    lost, doubled = [], []
    for write in acked:
        if write["kind"] == "kudos":
            count = connection.execute("SELECT COUNT(*) FROM kudos WHERE message LIKE ?", (f"%{write['marker']}%",)).fetchone()[0]
        elif write["kind"] == "goal":
            count = connection.execute("SELECT COUNT(*) FROM goals WHERE text LIKE ?", (f"%{write['marker']}%",)).fetchone()[0]
        elif write["kind"] == "request":
            count = connection.execute(
                "SELECT COUNT(*) FROM match_requests WHERE mentee_id = ?", (person_id(connection, write["user"].email),)
            ).fetchone()[0]
            count = min(count, 1)
        elif write["kind"] == "accept":
            count = connection.execute(
                "SELECT COUNT(*) FROM pairings WHERE mentor_id = ? AND mentee_id = ?",
                (person_id(connection, write["user"].email), person_id(connection, write["mentee"].email)),
            ).fetchone()[0]
        elif write["kind"] == "book":
            count = connection.execute("SELECT COUNT(*) FROM meetings WHERE id = ? AND status = 'scheduled'",
                                       (write.get("meeting"),)).fetchone()[0]
        elif write["kind"] == "officehours":
            count = connection.execute("SELECT COUNT(*) FROM office_hours WHERE topic = ?", (write["marker"],)).fetchone()[0]
        elif write["kind"] == "signup":
            count = connection.execute(
                "SELECT COUNT(*) FROM office_hour_signups WHERE office_hours_id = ? AND person_id = ?",
                (write["office_hours"], person_id(connection, write["user"].email)),
            ).fetchone()[0]
        else:
            continue
        if count == 0:
            lost.append(write)
        elif count > 1:
            doubled.append(write)
    lost += lost_bios(connection, ledger)
    report.values["lost"] = len(lost)
    for write in lost[:10]:
        report.problem(f"lost an acknowledged {write['kind']} by {write['user']}: {write.get('marker', '')}")
    if doubled:
        report.problem(f"{len(doubled)} acknowledged writes were applied more than once, e.g. "
                       f"{doubled[0]['kind']} {doubled[0].get('marker', '')} by {doubled[0]['user']}")


def lost_bios(connection, ledger):
    """Each person's bio must be their last acknowledged one, or a write sent after it (not acknowledged, maybe committed)."""
    by_person = collections.defaultdict(list)
    for write in ledger.writes:
        if write["kind"] == "bio":
            by_person[write["user"].email].append(write)
    lost = []
    for email, writes in by_person.items():
        acked = [index for index, write in enumerate(writes) if write["acked"] is True]
        if not acked:
            continue
        allowed = {write["marker"] for write in writes[acked[-1]:]}
        row = connection.execute("SELECT bio FROM profiles WHERE person_id = ?", (person_id(connection, email),)).fetchone()
        bio = row[0] if row else ""
        if not any(bio.startswith(marker + " ") for marker in allowed):
            lost.append(writes[acked[-1]])
    return lost


def check_jobs(connection, report, stopped_at):
    runs = connection.execute("SELECT key, kind FROM soak_jobs_deleted WHERE deleted_at >= due_at").fetchall()
    keys = collections.Counter(key for key, _ in runs)
    report.values["jobs_fired"] = len(runs)
    report.values["jobs_by_kind"] = dict(collections.Counter(kind for _, kind in runs))
    twice = {key: count for key, count in keys.items() if count > 1}
    report.values["duplicate_jobs"] = sum(count - 1 for count in twice.values())
    for key, count in list(twice.items())[:10]:
        report.problem(f"job {key} ran {count} times")
    # Reminders due a minute before the daemon stopped must have run (or been dropped as stale, which also deletes them).
    missed = connection.execute("SELECT key, due_at FROM jobs WHERE due_at < ?", (int(stopped_at) - 60,)).fetchall()
    report.values["jobs_missed"] = len(missed)
    for key, due in missed[:10]:
        report.problem(f"job {key} was due at {due} and never ran")


def check_outbox(connection, report):
    payloads = collections.Counter(connection.execute("SELECT platform, payload FROM soak_outbox_committed").fetchall())
    report.values["outbox_committed"] = sum(payloads.values())
    again = [(platform, payload, count) for (platform, payload), count in payloads.items() if count > 1]
    report.values["outbox_repeated"] = sum(count - 1 for _, _, count in again)
    for platform, payload, count in again[:5]:
        report.problem(f"the same {platform} message was queued {count} times: {payload[:200]}")
    states = dict(connection.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status").fetchall())
    report.values["outbox_states"] = states
    if states.get("pending") or states.get("dead"):
        errors = connection.execute(
            "SELECT platform, status, last_error FROM outbox WHERE status != 'delivered' ORDER BY id LIMIT 5").fetchall()
        report.problem(f"outbox not drained: {states.get('pending', 0)} pending, {states.get('dead', 0)} dead, e.g. {errors}")


def check_deliveries(accepted, kills, report):
    report.values["deliveries"] = len(accepted)
    groups = collections.defaultdict(list)
    for entry in accepted:
        groups[(entry["platform"], entry["recipient"], entry["text"])].append(entry["at"])
    explained = collections.Counter()
    unexplained = []
    for (platform, recipient, text), times in groups.items():
        times.sort()
        for earlier, later in zip(times, times[1:]):
            killed_between = any(earlier <= kill <= later for kill in kills)
            if platform in NO_IDEMPOTENCY_KEY and killed_between:
                explained[platform] += 1
            else:
                unexplained.append((platform, recipient, text[:120], later - earlier))
    report.values["duplicate_deliveries"] = sum(explained.values()) + len(unexplained)
    report.values["duplicates_by_platform"] = dict(explained)
    for platform, recipient, text, gap in unexplained[:10]:
        report.problem(f"{platform} message to {recipient} delivered twice {gap:.1f} s apart with no restart between: {text!r}")
    for platform, _, _, _ in unexplained:
        report.values["duplicates_by_platform"][platform] = report.values["duplicates_by_platform"].get(platform, 0) + 1
