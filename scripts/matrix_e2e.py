"""Matrix end-to-end suite for mentord against a real Synapse. Started by scripts/matrix-e2e."""
import asyncio
import hashlib
import hmac
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from nio import AsyncClient, RoomMessageFile, RoomMessageNotice, RoomMessageText

MENTORD, ROOT = sys.argv[1], sys.argv[2]
SECRET = "e2e-shared-secret"
results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition)))
    print(f"matrix-e2e: {'ok  ' if condition else 'FAIL'} {name}{'' if condition else ' — ' + detail}", flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http(url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def wait_until(predicate, seconds, what):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if predicate():
                return True
        except Exception:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"timed out waiting for {what}")


def start_synapse(folder, port):
    config = os.path.join(folder, "homeserver.yaml")
    subprocess.run([sys.executable, "-m", "synapse.app.homeserver", "--server-name", "localhost", "--config-path", config,
                    "--data-directory", folder, "--generate-config", "--report-stats=no"], check=True,
                   stdout=subprocess.DEVNULL, cwd=folder)
    overrides = f"""
listeners:
  - port: {port}
    bind_addresses: ['127.0.0.1']
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: {folder}/homeserver.db
registration_shared_secret: "{SECRET}"
enable_registration: false
suppress_key_server_warning: true
trusted_key_servers: []
federation_domain_whitelist: []
rc_message: {{per_second: 1000, burst_count: 1000}}
rc_login:
  address: {{per_second: 1000, burst_count: 1000}}
  account: {{per_second: 1000, burst_count: 1000}}
  failed_attempts: {{per_second: 1000, burst_count: 1000}}
rc_joins:
  local: {{per_second: 1000, burst_count: 1000}}
rc_invites:
  per_room: {{per_second: 1000, burst_count: 1000}}
  per_user: {{per_second: 1000, burst_count: 1000}}
"""
    lines, skipping = [], False
    for line in open(config).read().splitlines():
        if line.startswith(("listeners:", "database:", "registration_shared_secret", "report_stats")):
            skipping = True
            continue
        if skipping and (line.startswith(" ") or line.startswith("-") or not line.strip()):
            continue
        skipping = False
        lines.append(line)
    with open(config, "w") as handle:
        handle.write("\n".join(lines) + "\nreport_stats: false\n" + overrides)
    log = open(os.path.join(folder, "synapse.log"), "w")
    process = subprocess.Popen([sys.executable, "-m", "synapse.app.homeserver", "-c", config], cwd=folder,
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    wait_until(lambda: http(base + "/_matrix/client/versions"), 60, "Synapse to answer")
    return process, base


def register(base, user, password):
    nonce = http(base + "/_synapse/admin/v1/register")["nonce"]
    mac = hmac.new(SECRET.encode(), b"\x00".join([nonce.encode(), user.encode(), password.encode(), b"notadmin"]),
                   hashlib.sha1).hexdigest()
    return http(base + "/_synapse/admin/v1/register",
                {"nonce": nonce, "username": user, "password": password, "admin": False, "mac": mac})["user_id"]


def start_mentord(data, base, port):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": data, "MENTORD_DATA_DIR": data,
           "MENTORD_HTTP_PORT": str(port), "MENTORD_MATRIX_HOMESERVER": base, "MENTORD_MATRIX_USER": "mentord",
           "MENTORD_MATRIX_PASSWORD": "bot-password", "MENTORD_MATRIX_ALLOWED_SERVERS": "localhost",
           "MENTORD_LOG_LEVEL": "info", "MENTORD_COMMUNITY_CHANNELS_FILE": os.path.join(data, "channels.json")}
    log = open(os.path.join(data, "mentord.log"), "a")
    process = subprocess.Popen([MENTORD, "serve"], cwd=ROOT, env=env, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    wait_until(lambda: urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2).status == 200, 60, "mentord /readyz")
    return process


def stop(process, name):
    started = time.time()
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(timeout=45)
    except subprocess.TimeoutExpired:
        process.kill()
        code = "killed"
    seconds = time.time() - started
    check(f"{name} exits 0 within 10 s of SIGTERM", code == 0 and seconds < 10, f"exit {code} after {seconds:.1f} s")


async def conversation(base, bot_id, data, port):
    alice = AsyncClient(base, "@alice:localhost")
    await alice.login("alice-password")
    room = (await alice.room_create(is_direct=True, invite=[bot_id])).room_id
    bot_replies = []

    def on_message(room_, event):
        if event.sender == bot_id and room_.room_id == room:
            bot_replies.append(event.body)

    alice.add_event_callback(on_message, (RoomMessageText, RoomMessageNotice))

    async def sync_until(predicate, seconds, what):
        deadline = time.time() + seconds
        while time.time() < deadline:
            await alice.sync(timeout=1000)
            if predicate():
                return True
        raise TimeoutError(f"timed out waiting for {what}; bot said {bot_replies}")

    async def bot_joined():
        members = await alice.joined_members(room)
        return any(member.user_id == bot_id for member in getattr(members, "members", []))

    deadline = time.time() + 60
    while not await bot_joined():
        if time.time() > deadline:
            raise TimeoutError("the bot never joined the DM")
        await asyncio.sleep(0.3)
    check("the bot joins a DM invite from an allowed server", True)

    code = subprocess.run([MENTORD, "link", "alice@example.com"], cwd=ROOT, env={"MENTORD_DATA_DIR": data, "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True).stdout.split(": ")[1].split()[0]
    await alice.sync(timeout=0)
    await alice.room_send(room, "m.room.message", {"msgtype": "m.text", "body": f"!mentor link {code}"})
    await sync_until(lambda: any("Linked!" in reply for reply in bot_replies), 60, "the link confirmation")
    check("!mentor link CODE links the Matrix account", any("Linked! You're Alice" in r for r in bot_replies), str(bot_replies))

    await alice.room_send(room, "m.room.message", {"msgtype": "m.text", "body": "!mentor help"})
    await sync_until(lambda: any("mentord — mentoring in your chat" in reply for reply in bot_replies), 60, "help")
    check("!mentor help lists the commands", any("!mentor profile" in r for r in bot_replies), str(bot_replies))
    return alice, room, bot_replies, sync_until


async def main():
    folder = tempfile.mkdtemp(prefix="mentord-matrix-")
    synapse_port, mentord_port = free_port(), free_port()
    data = os.path.join(folder, "mentord")
    os.makedirs(data)
    synapse, base = start_synapse(folder, synapse_port)
    mentord = None
    try:
        bot_id = register(base, "mentord", "bot-password")
        register(base, "alice", "alice-password")
        people = os.path.join(folder, "people.csv")
        with open(people, "w") as handle:
            handle.write("email,name,timezone\nalice@example.com,Alice Nguyen,America/Los_Angeles\nbob@example.com,Bob Okafor,Africa/Lagos\n")
        subprocess.run([MENTORD, "import", "people", people], cwd=ROOT, check=True, capture_output=True,
                       env={"MENTORD_DATA_DIR": data, "PATH": "/usr/bin:/bin"})
        with open(os.path.join(data, "channels.json"), "w") as handle:
            json.dump({"channels": []}, handle)
        mentord = start_mentord(data, base, mentord_port)
        alice, room, replies, sync_until = await conversation(base, bot_id, data, mentord_port)

        # A channel room for announcements: the bot joins it, and the restart below picks up the channels file.
        channel = (await alice.room_create(name="mentoring-emea", invite=[bot_id])).room_id
        with open(os.path.join(data, "channels.json"), "w") as handle:
            json.dump({"channels": [{"name": "emea", "platform": "matrix", "id": channel, "zones": ["Europe/Berlin"]}]}, handle)

        # Restart mentord right after a command: the reply must come exactly once.
        await alice.room_send(room, "m.room.message", {"msgtype": "m.text", "body": "!mentor profile set timezone Europe/Berlin"})
        stop(mentord, "mentord")
        mentord = start_mentord(data, base, mentord_port)
        await sync_until(lambda: any("Saved your time zone." in reply for reply in replies), 90, "the profile write reply")
        await asyncio.sleep(3)
        await alice.sync(timeout=2000)
        saved = [reply for reply in replies if "Saved your time zone." in reply]
        check("the reply to a command sent across a restart arrives exactly once", len(saved) == 1, f"{len(saved)} copies")
        check("the profile write took effect", any("Europe/Berlin" in reply for reply in saved), str(saved))
        check("no reply was duplicated", len(replies) == len(set(replies)), str(replies))

        # Office hours announced to the real channel room.
        posts = []
        alice.add_event_callback(
            lambda room_, event: posts.append(event.body) if room_.room_id == channel and event.sender == bot_id else None,
            (RoomMessageText, RoomMessageNotice))
        await alice.room_send(room, "m.room.message", {"msgtype": "m.text",
                              "body": '!mentor officehours add public speaking --every "Tue 16:00" --channel emea'})
        await sync_until(lambda: any("Office hours 1 on public speaking are set" in reply for reply in replies), 60, "office hours")
        await alice.room_send(room, "m.room.message", {"msgtype": "m.text", "body": "!mentor officehours announce 1"})
        await sync_until(lambda: any("Office hours: public speaking with Alice Nguyen" in post for post in posts), 60,
                         "the announcement in the channel room")
        announcement = next(post for post in posts if "Office hours: public speaking with Alice Nguyen" in post)
        check("an office-hours announcement reaches the channel room", "officehours signup 1" in announcement, announcement)
        check("the announcement shows the session in the region's time", "Tue" in announcement and "16:00" in announcement, announcement)

        # A message mentord starts itself (kudos from someone on the console) reaches Alice in her Matrix DM.
        subprocess.run([MENTORD, "console", "--as", "bob@example.com"], cwd=ROOT, input="kudos @alice@example.com thanks for the intro\n",
                       capture_output=True, text=True, env={"MENTORD_DATA_DIR": data, "PATH": "/usr/bin:/bin"})
        await sync_until(lambda: any("Kudos from Bob Okafor" in reply for reply in replies), 60, "the kudos DM")
        check("a message mentord starts itself reaches the person's Matrix DM", any("thanks for the intro" in r for r in replies), str(replies))

        # Booking a meeting: the invite arrives as a real .ics file in the DM, next to its link.
        files = []
        alice.add_event_callback(lambda room_, event: files.append(event) if room_.room_id == room else None, RoomMessageFile)
        await alice.room_send(room, "m.room.message", {"msgtype": "m.text", "body": "!mentor schedule @bob@example.com within 14d"})
        await sync_until(lambda: any("Three good times with Bob Okafor" in reply for reply in replies), 60, "the proposals")
        await alice.room_send(room, "m.room.message", {"msgtype": "m.text", "body": "!mentor book 1"})
        await sync_until(lambda: bool(files), 60, "the invite file")
        download = await alice.download(files[0].url)
        body = getattr(download, "body", b"").decode(errors="replace")
        check("the invite is attached as an .ics file", files[0].body == "invite.ics" and "METHOD:REQUEST" in body and "BEGIN:VEVENT" in body,
              f"{files[0].body}: {body[:120]}")
        await alice.close()
    finally:
        if mentord is not None and mentord.poll() is None:
            stop(mentord, "mentord (final)")
        synapse.send_signal(signal.SIGTERM)
        try:
            synapse.wait(timeout=30)
        except subprocess.TimeoutExpired:
            synapse.kill()
        check("Synapse stopped", synapse.poll() is not None)


try:
    asyncio.run(main())
except Exception as error:  # report, don't hide: the run fails with the reason
    check("the suite ran to the end", False, repr(error))
failed = sum(1 for _, ok in results if not ok)
print(f"matrix-e2e: {len(results) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
