"""The soak's mixed load: people on four platforms reading and writing, pairs forming and booking meetings, and
mentors opening office hours whose roster jobs (an hour before each session) fall due one after another.

Each person sends one request at a time (a lock per person), so their writes commit in the order they were sent. A
request the daemon does not answer (it is being killed, or restarting) is sent again, as the platforms do, with the
same delivery id and a fresh signature, until `retry_seconds` pass. A write is acknowledged when the answer carries
its success text: in the HTTP response, or, after Slack's or Mattermost's "Working on it", in the message that
follows through the command's `response_url` (looked up in the fake API's log at the end).
"""
import datetime
import itertools
import random
import re
import threading
import time
import urllib.error
import urllib.request
import zoneinfo

from platforms import reply_text

WORKING = "Working on it"
INTERNAL_ERROR = "something went wrong"


class Answer:
    def __init__(self, status, text, delivery, attempts):
        self.status = status
        self.text = text or ""
        self.delivery = delivery
        self.attempts = attempts

    @property
    def working(self):
        return self.status == 200 and WORKING in self.text


class Client:
    """Sends commands to the daemon as each platform would, retrying while it is down."""

    def __init__(self, base, platforms, retry_seconds=90, timeout=15):
        self.base = base
        self.platforms = platforms
        self.retry_seconds = retry_seconds
        self.timeout = timeout
        self.deliveries = itertools.count(100_000)
        self.lock = threading.Lock()
        self.requests = 0
        self.retries = 0
        self.internal_errors = []

    def send(self, user, text):
        platform = self.platforms[user.platform]
        with self.lock:
            delivery = next(self.deliveries)
        path, headers, body = platform.request(user, text, delivery)
        deadline = time.monotonic() + self.retry_seconds
        attempts = 0
        with user.lock:
            while True:
                attempts += 1
                with self.lock:
                    self.requests += 1
                    self.retries += attempts > 1
                request = urllib.request.Request(self.base + path, data=body.encode(), method="POST",
                                                 headers=platform.sign(headers, body))
                status = None
                try:
                    with urllib.request.urlopen(request, timeout=self.timeout) as response:
                        answer = Answer(response.status, reply_text(response.read().decode()), delivery, attempts)
                        if INTERNAL_ERROR in answer.text:
                            with self.lock:
                                self.internal_errors.append((user.platform, text, answer.text[:200]))
                        return answer
                except urllib.error.HTTPError as error:
                    status = error.code
                    if status < 500:
                        return Answer(status, error.read().decode(errors="replace"), delivery, attempts)
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    return Answer(status, None, delivery, attempts)
                time.sleep(0.5)


class Ledger:
    """Every write the load sent, with whether mentord acknowledged it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.writes = []
        self.markers = itertools.count(1)

    def marker(self):
        with self.lock:
            return "soak-%06d" % next(self.markers)

    def record(self, kind, user, answer, success, **details):
        """`acked` is True, False, or "pending" (acknowledged first, answer through `response_url`)."""
        if answer.working:
            acked = "pending"
        else:
            acked = answer.status == 200 and success in answer.text
        entry = dict(kind=kind, user=user, acked=acked, delivery=answer.delivery, success=success, sent=time.time(), **details)
        with self.lock:
            self.writes.append(entry)
        return entry


class Load:
    """Worker threads at a steady rate, plus the pair flow, until `stop` is set."""

    READS = ["whoami", "mentoring", "help"]

    def __init__(self, client, ledger, users, pairs, rate, workers, pair_window_seconds, duration, zone, seed=16):
        self.client = client
        self.ledger = ledger
        self.users = users
        self.pairs = pairs
        self.rate = rate
        self.workers = workers
        self.pair_window_seconds = pair_window_seconds
        self.duration = duration
        self.zone = zoneinfo.ZoneInfo(zone)
        self.random = random.Random(seed)
        self.stop = threading.Event()
        self.threads = []
        self.pair_results = []

    def start(self):
        for index in range(self.workers):
            self.threads.append(threading.Thread(target=self.work, args=(random.Random(index),), daemon=True))
        self.threads.append(threading.Thread(target=self.pair_flow, daemon=True))
        self.threads.append(threading.Thread(target=self.office_hours_flow, daemon=True))
        for thread in self.threads:
            thread.start()

    def finish(self):
        self.stop.set()
        for thread in self.threads:
            thread.join()

    def work(self, dice):
        interval = self.workers / self.rate
        next_at = time.monotonic() + dice.random() * interval
        while not self.stop.is_set():
            delay = next_at - time.monotonic()
            if delay > 0 and self.stop.wait(delay):
                return
            next_at = max(next_at + interval, time.monotonic())
            self.one_request(dice)

    def one_request(self, dice):
        user = dice.choice(self.users)
        roll = dice.random()
        if roll < 0.35:
            read = dice.choice(self.READS)
            # Telegram splits the full help in two, and the second part would be the same message again and again.
            text = "help kudos" if read == "help" and user.platform == "telegram" else read
            self.client.send(user, text)
        elif roll < 0.55:
            other = dice.choice([person for person in self.users if person.email != user.email])
            marker = self.ledger.marker()
            answer = self.client.send(user, f"kudos @{other.email} {marker} thanks for the help")
            self.ledger.record("kudos", user, answer, "Sent your kudos to", marker=marker, to=other)
        elif roll < 0.78:
            marker = self.ledger.marker()
            answer = self.client.send(user, f'goal add "{marker} practise saying no"')
            self.ledger.record("goal", user, answer, " added: ", marker=marker)
        else:
            marker = self.ledger.marker()
            answer = self.client.send(user, f"profile set bio {marker} likes long walks")
            self.ledger.record("bio", user, answer, "Saved your bio", marker=marker)

    def pair_flow(self):
        """Each pair in turn, spread over the window: request, accept, schedule, book."""
        interval = self.pair_window_seconds / max(len(self.pairs), 1)
        began = time.monotonic()
        for index, (mentee, mentor) in enumerate(self.pairs):
            if self.stop.wait(max(0.0, began + index * interval - time.monotonic())):
                return
            self.pair_results.append(self.pair(mentee, mentor))

    def pair(self, mentee, mentor):
        result = {"mentee": mentee, "mentor": mentor, "meeting": None, "step": "request"}
        answer = self.client.send(mentee, f"request --with @{mentor.email}")
        if self.ledger.record("request", mentee, answer, "Your request is with", mentor=mentor)["acked"] is not True:
            result["reply"] = answer.text[:300]
            return result
        result["step"] = "offer"
        home = self.client.send(mentor, "mentoring")
        offers = [int(number) for line in home.text.splitlines() if mentee.name in line
                  for number in re.findall(r"\(offer (\d+)\)", line)]
        if not offers:
            result["reply"] = home.text[:300]
            return result
        result["step"] = "accept"
        answer = self.client.send(mentor, f"accept {offers[0]}")
        if self.ledger.record("accept", mentor, answer, "is your mentee", mentee=mentee)["acked"] is not True:
            result["reply"] = answer.text[:300]
            return result
        result["step"] = "schedule"
        answer = self.client.send(mentee, f"schedule @{mentor.email} 30m")
        if "Option 1" not in answer.text:
            result["reply"] = answer.text[:300]
            return result
        result["step"] = "book"
        answer = self.client.send(mentee, "book 1")
        entry = self.ledger.record("book", mentee, answer, "Booked meeting", mentor=mentor)
        booked = re.search(r"Booked meeting (\d+)", answer.text)
        if entry["acked"] is True and booked:
            entry["meeting"] = result["meeting"] = int(booked.group(1))
            result["step"] = "booked"
        else:
            result["reply"] = answer.text[:300]
        return result

    def office_hours_flow(self):
        """Each mentor in turn opens weekly office hours whose next session is an hour and a minute away, and a mentee
        signs up, so one roster job (the host's list, the attendee's reminder) falls due every so often."""
        hosts = [mentor for _, mentor in self.pairs]
        mentees = [mentee for mentee, _ in self.pairs]
        began = time.monotonic()
        spacing = max(self.duration - 150, 1) / max(len(hosts) - 1, 1)
        for index, (host, attendee) in enumerate(zip(hosts, mentees)):
            if self.stop.wait(max(0.0, began + 30 + index * spacing - time.monotonic())):
                return
            due = (int(time.time()) // 60 + 2) * 60
            session = datetime.datetime.fromtimestamp(due + 3600, self.zone)
            topic = f"{self.ledger.marker()} career chats"
            answer = self.client.send(host, f'officehours add "{topic}" --every "{session:%a %H:%M}" --duration 30m')
            entry = self.ledger.record("officehours", host, answer, "are set; the first session is", marker=topic)
            number = re.search(r"Office hours (\d+) on", answer.text)
            if entry["acked"] is not True or not number:
                continue
            answer = self.client.send(attendee, f"officehours signup {number.group(1)}")
            self.ledger.record("signup", attendee, answer, "You're signed up for", office_hours=int(number.group(1)))
