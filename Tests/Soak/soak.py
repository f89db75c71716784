"""make soak: mixed signed load from Slack, Telegram, Mattermost and Zulip against the real `mentord serve`, with
meetings' reminders falling due, an outbox whose platform APIs fail 20% of calls, and a `kill -9` and restart every
SOAK_RESTART_SECONDS. It passes when no acknowledged write is lost, no job runs twice, no message is delivered twice
(except across a kill on a platform with no idempotency key), and RSS after the last restart is within 20% of RSS
after the first, both measured SOAK_WARMUP_SECONDS into the load after the restart. The last line is the summary:
  soak: minutes=… requests=… acked_writes=… lost=0 jobs_fired=… duplicate_jobs=0 deliveries=…
        duplicate_deliveries=N(slack) restarts=10 rss_first_mb=… rss_last_mb=… result=pass
Run through Tests/Soak/run (which builds mentord and stops everything on exit); knobs are environment variables.
"""
import csv
import datetime
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request

import checks
import platforms
from daemon import Daemon
from load import Client, Ledger, Load

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def knob(name, default, kind=float):
    return kind(os.environ.get(name, default))


MINUTES = knob("SOAK_MINUTES", 20)
RESTART_SECONDS = knob("SOAK_RESTART_SECONDS", 120)
WARMUP_SECONDS = knob("SOAK_WARMUP_SECONDS", 30)
RATE = knob("SOAK_RATE", 12)
WORKERS = knob("SOAK_WORKERS", 6, int)
PEOPLE_PER_PLATFORM = knob("SOAK_PEOPLE_PER_PLATFORM", 6, int)
FAULT_RATE = knob("SOAK_FAULT_RATE", 0.2)
DRAIN_SECONDS = knob("SOAK_DRAIN_SECONDS", 180)
RSS_TOLERANCE = 0.2

SECRETS = {
    "slack_signing_secret": "soak-signing-secret-0123456789abcdef", "telegram_secret_token": "soak-telegram-secret",
    "mattermost_command_token": "soaktoken0123456789abcdefgh", "zulip_token": "soak-zulip-outgoing-token",
}

# Mentees come from these parts of the sample org and mentors from the others, so nobody is in their mentor's
# management chain (a hard constraint of matching).
MENTEE_BRANCHES = {"amaka.okafor@example.com", "divya.patel@example.com", "lukas.schmidt@example.com", "hina.sasaki@example.com"}


def log(text):
    print(f"[soak] {text}", file=sys.stderr, flush=True)


def run_cli(binary, environment, *arguments):
    result = subprocess.run([binary, *arguments], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"mentord {' '.join(arguments)} failed: {result.stderr}")
    return result.stdout


def choose_people(count):
    """`count` mentees and `count` mentors, active, with a consented profile, from the two halves of the org."""
    people = list(csv.DictReader(open(os.path.join(ROOT, "Config/sample-org.csv"), encoding="utf-8")))
    consented = {row["email"] for row in csv.DictReader(open(os.path.join(ROOT, "Config/sample-profiles.csv"), encoding="utf-8"))
                 if row["consented"] == "yes"}
    manager = {row["email"]: row["manager_email"] for row in people}
    ceo = next(row["email"] for row in people if not row["manager_email"])

    def branch(email):
        while manager.get(email) and manager[email] != ceo:
            email = manager[email]
        return email

    eligible = [row for row in people if row["status"] == "active" and row["email"] != ceo and row["email"] in consented]
    mentees = [row for row in eligible if branch(row["email"]) in MENTEE_BRANCHES][:count]
    mentors = [row for row in eligible if branch(row["email"]) not in MENTEE_BRANCHES][:count]
    return mentees, mentors


def zone_at_nine():
    """An Etc/GMT zone whose clock reads 09:xx now, so working hours 08:00-23:00 cover the whole soak."""
    offset = (9 - datetime.datetime.now(datetime.timezone.utc).hour + 12) % 24 - 12
    return "UTC" if offset == 0 else f"Etc/GMT{'+' if offset < 0 else '-'}{abs(offset)}"


def daemon_environment(out, port, fake_base):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("MENTORD_")}
    environment.update({
        "MENTORD_DATA_DIR": os.path.join(out, "data"), "MENTORD_HTTP_HOST": "127.0.0.1", "MENTORD_HTTP_PORT": str(port),
        "MENTORD_LOG_LEVEL": "info", "MENTORD_LOG_FORMAT": "json",
        "MENTORD_SCHEDULING_LEAD_MINUTES": "16", "MENTORD_SCHEDULING_HOLIDAYS_DIR": "", "MENTORD_COMMUNITY_CHANNELS_FILE": "",
        "MENTORD_JOBS_POLL_SECONDS": "5",
        "MENTORD_SLACK_SIGNING_SECRET": SECRETS["slack_signing_secret"], "MENTORD_SLACK_BOT_TOKEN": "xoxb-soak",
        "MENTORD_SLACK_API_URL": fake_base + "/slack/api",
        "MENTORD_TELEGRAM_BOT_TOKEN": "123456:soak-bot-token", "MENTORD_TELEGRAM_SECRET_TOKEN": SECRETS["telegram_secret_token"],
        "MENTORD_TELEGRAM_BOT_USERNAME": platforms.Telegram.bot_username, "MENTORD_TELEGRAM_API_URL": fake_base + "/telegram",
        "MENTORD_MATTERMOST_COMMAND_TOKEN": SECRETS["mattermost_command_token"],
        "MENTORD_MATTERMOST_ACTIONS_URL": f"http://127.0.0.1:{port}/mattermost/actions",
        "MENTORD_MATTERMOST_URL": fake_base + "/mattermost", "MENTORD_MATTERMOST_BOT_TOKEN": "soak-mattermost-bot-token",
        "MENTORD_MATTERMOST_BOT_USER_ID": "soakbot0000000000000000000",
        "MENTORD_ZULIP_TOKEN": SECRETS["zulip_token"], "MENTORD_ZULIP_SITE": fake_base + "/zulip",
        "MENTORD_ZULIP_BOT_EMAIL": "mentord-bot@zulip.soak.example", "MENTORD_ZULIP_API_KEY": "soak-zulip-api-key",
    })
    return environment


def free_port():
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_fake(out, pids):
    port_file = os.path.join(out, "fake.port")
    fake = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_platform_api.py"), "--port", "0", "--port-file", port_file,
                             "--log", os.path.join(out, "accepted.jsonl"), "--fault-rate", str(FAULT_RATE)],
                            stdout=subprocess.DEVNULL, stderr=open(os.path.join(out, "fake.log"), "w"))
    pids.append(fake.pid)
    for _ in range(100):
        if os.path.exists(port_file) and open(port_file).read():
            return fake, f"http://127.0.0.1:{open(port_file).read()}"
        time.sleep(0.1)
    raise RuntimeError("the fake platform API did not start")


def post_json(url, document):
    request = urllib.request.Request(url, data=json.dumps(document).encode(), method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())


def set_up_people(client, daemon, binary, environment, users, zone):
    """Links every account (Zulip links by the email it shares) and makes every person available all soak long."""
    for user in users:
        if user.platform == "zulip":
            answer = client.send(user, "whoami")
            expected = user.name
        else:
            code = run_cli(binary, environment, "link", user.email).split("they type: link ")[1].strip()
            answer = client.send(user, f"link {code}")
            expected = "Linked"
        if expected not in answer.text:
            raise RuntimeError(f"linking {user} failed: {answer.status} {answer.text[:300]}")
        for setting in [f"timezone {zone}", "hours 08:00-23:00 Mon-Sun", "quiet none", "roles mentee, mentor", "capacity 10"]:
            answer = client.send(user, f"profile set {setting}")
            if "Saved your" not in answer.text:
                raise RuntimeError(f"{user}: profile set {setting} answered {answer.status} {answer.text[:300]}")


def drain(database_path, deadline):
    """Waits for the outbox to empty and for every job due by now to run, until `deadline`."""
    while time.time() < deadline:
        with sqlite3.connect(f"file:{database_path}?mode=ro", uri=True, timeout=10) as connection:
            pending = connection.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
            due = connection.execute("SELECT COUNT(*) FROM jobs WHERE due_at <= ?", (int(time.time()),)).fetchone()[0]
        if pending == 0 and due == 0:
            return True
        time.sleep(2)
    return False


def main():
    binary = os.environ.get("MENTORD_BINARY", os.path.join(ROOT, ".build/release/mentord"))
    out = os.environ.get("SOAK_OUT", os.path.join(HERE, "out"))
    os.makedirs(out, exist_ok=True)
    pids = []
    pid_file = os.path.join(out, "pids")

    def remember_pids():
        with open(pid_file, "w") as handle:
            handle.write("\n".join(str(pid) for pid in pids) + "\n")

    fake, fake_base = start_fake(out, pids)
    port = free_port()
    environment = daemon_environment(out, port, fake_base)
    database_path = os.path.join(out, "data", "mentord.sqlite")
    log(f"seeding {out}/data from Config/sample-org.csv and Config/sample-profiles.csv")
    run_cli(binary, environment, "import", "people", "Config/sample-org.csv")
    run_cli(binary, environment, "import", "profiles", "Config/sample-profiles.csv")
    checks.install_observers(database_path)

    count = PEOPLE_PER_PLATFORM * 2
    mentees, mentors = choose_people(count)
    kinds = {kind.name: kind(SECRETS, fake_base) for kind in platforms.ALL}
    users, pairs = [], []
    for index, (mentee, mentor) in enumerate(zip(mentees, mentors)):
        pair = []
        for row, platform_index in ((mentee, index % 4), (mentor, (index + 1) % 4)):
            platform = kinds[platforms.ALL[platform_index].name]
            user = platforms.User(platform.name, row["email"], row["name"], platform.user_id(len(users)))
            user.lock = threading.Lock()
            users.append(user)
            pair.append(user)
        pairs.append(tuple(pair))

    daemon = Daemon(binary, ROOT, environment, port, os.path.join(out, "mentord.log"), os.path.join(out, "daemon.pid"))
    client = Client(daemon.base, kinds)
    ledger = Ledger()
    zone = zone_at_nine()
    stopped_cleanly = False

    def stop_everything(*_):
        if daemon.alive():
            daemon.process.kill()
        fake.terminate()

    signal.signal(signal.SIGTERM, lambda *_: (stop_everything(), sys.exit(143)))
    try:
        daemon.start()
        pids.append(daemon.process.pid)
        remember_pids()
        log(f"mentord serve on {daemon.base}, fake platform APIs on {fake_base} failing {FAULT_RATE:.0%} of calls")
        log(f"linking {len(users)} people ({PEOPLE_PER_PLATFORM} per platform), zone {zone}")
        set_up_people(client, daemon, binary, environment, users, zone)

        duration = MINUTES * 60
        restarts_planned = int(duration // RESTART_SECONDS)
        # A meeting booked now starts 16 to 31 minutes from now (scheduling.lead_minutes, 15-minute steps), so its
        # 15-minute reminders fall due within 16 minutes: book early enough for them to run during the load.
        pair_window = max(min(duration * 0.5, duration - 17 * 60), 1)
        load = Load(client, ledger, users, pairs, RATE, WORKERS, pair_window, duration, zone)
        began = time.monotonic()
        load.start()
        log(f"load: {RATE:g} req/s for {MINUTES:g} min, {len(pairs)} pairs to book, kill -9 every {RESTART_SECONDS:g} s")
        rss = []
        kills = []

        def measure(label):
            time.sleep(WARMUP_SECONDS)
            rss.append(daemon.rss_mb())
            log(f"{label}: rss {rss[-1]:.1f} MiB after {WARMUP_SECONDS:g} s of load")

        measure("first start")
        for restart in range(1, restarts_planned + 1):
            wait = began + restart * RESTART_SECONDS - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            kills.append(time.time())
            daemon.kill()
            seconds = daemon.start()
            pids.append(daemon.process.pid)
            remember_pids()
            log(f"restart {restart}/{restarts_planned}: killed -9, healthy again in {seconds:.1f} s")
            measure(f"restart {restart}")
        remaining = began + duration - time.monotonic()
        if remaining > 0:
            time.sleep(remaining)
        load.finish()
        minutes = (time.monotonic() - began) / 60
        log(f"load stopped after {minutes:.1f} min; faults off, draining the outbox")
        post_json(fake_base + "/_soak/faults", {"rate": 0})
        drained = drain(database_path, time.time() + DRAIN_SECONDS)
        stopped_at = time.time()
        status = daemon.stop()
        stopped_cleanly = status == 0
        stats = json.loads(urllib.request.urlopen(fake_base + "/_soak/stats", timeout=5).read())
    finally:
        stop_everything()

    accepted = checks.read_fake_log(os.path.join(out, "accepted.jsonl"))
    checks.resolve_pending(ledger, kinds, accepted)
    report = checks.check(database_path, ledger, accepted, kills, stopped_at)
    if not drained:
        report.problem(f"the outbox or the job table did not drain within {DRAIN_SECONDS:g} s")
    if not stopped_cleanly:
        report.problem(f"mentord serve did not stop cleanly on SIGTERM: {status}")
    if client.internal_errors:
        report.problem(f"{len(client.internal_errors)} answers were internal errors, e.g. {client.internal_errors[0]}")
    incomplete = [result for result in load.pair_results if result["step"] != "booked"]
    booked = len(load.pair_results) - len(incomplete)
    for result in incomplete[:5]:
        log(f"pair {result['mentee']} → {result['mentor']} stopped at {result['step']}: {result.get('reply', '')[:200]!r}")
    if len(kills) != restarts_planned:
        report.problem(f"{len(kills)} restarts instead of {restarts_planned}")
    first, last = (rss[1], rss[-1]) if len(rss) > 1 else (rss[0], rss[0])
    if last > first * (1 + RSS_TOLERANCE):
        report.problem(f"RSS grew from {first:.1f} MiB after the first restart to {last:.1f} MiB after the last")

    values = report.values
    unacked = sum(1 for write in ledger.writes if write["acked"] is not True)
    later = sum(1 for write in ledger.writes if write.get("via_response_url"))
    log(f"fake API: {stats['calls']} calls, {stats['faults']} faults ({stats['rate_limited']} of them 429), {stats['accepted']} accepted")
    log(f"writes: {len(ledger.writes)} sent, {values['acked_writes']} acknowledged, {unacked} not, {later} answered "
        f"through response_url after 'Working on it'; "
        f"pairs booked {booked}/{len(load.pair_results)}; jobs by kind {values['jobs_by_kind']}, reminders delivered {values['reminders_delivered']}; outbox {values['outbox_states']}")
    log(f"rss after each start (MiB): {', '.join(f'{mb:.1f}' for mb in rss)}; {client.retries} requests were retries")
    for problem in report.problems:
        log(f"FAIL: {problem}")
    by_platform = values["duplicates_by_platform"]
    shown = ",".join(f"{platform}:{count}" for platform, count in sorted(by_platform.items())) or "slack"
    if set(by_platform) == {"slack"}:
        shown = "slack"
    result = "fail" if report.problems else "pass"
    print(f"soak: minutes={minutes:.1f} requests={client.requests} acked_writes={values['acked_writes']} lost={values['lost']} "
          f"jobs_fired={values['jobs_fired']} duplicate_jobs={values['duplicate_jobs']} deliveries={values['deliveries']} "
          f"duplicate_deliveries={values['duplicate_deliveries']}({shown}) restarts={len(kills)} "
          f"rss_first_mb={first:.1f} rss_last_mb={last:.1f} result={result}", flush=True)
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
