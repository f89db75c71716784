"""The soak's checks catch what they are for: run against a real, migrated mentord database with planted faults.
Tests/Soak/run runs these before the soak:  python -m unittest checks_test   (MENTORD_BINARY names the binary)
"""
import os
import sqlite3
import subprocess
import tempfile
import time
import unittest

import checks
from load import Answer, Ledger
from platforms import User

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


class ChecksTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        binary = os.environ.get("MENTORD_BINARY", os.path.join(ROOT, ".build/release/mentord"))
        environment = dict(os.environ, MENTORD_DATA_DIR=cls.folder.name, MENTORD_LOG_LEVEL="warning")
        subprocess.run([binary, "import", "people", "Config/sample-org.csv"], cwd=ROOT, env=environment, check=True,
                       capture_output=True)
        cls.database = os.path.join(cls.folder.name, "mentord.sqlite")
        checks.install_observers(cls.database)

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def setUp(self):
        self.connection = sqlite3.connect(self.database)
        for table in ["kudos", "goals", "jobs", "outbox", "soak_jobs_deleted", "soak_outbox_committed"]:
            self.connection.execute(f"DELETE FROM {table}")
        self.connection.execute("DELETE FROM soak_jobs_deleted")
        self.connection.commit()
        self.alice = User("slack", "chinedu.obi@example.com", "Chinedu Obi", "U1")
        self.ledger = Ledger()

    def tearDown(self):
        self.connection.close()

    def person(self, email):
        return self.connection.execute("SELECT id FROM people WHERE email = ?", (email,)).fetchone()[0]

    def report(self, accepted=(), kills=()):
        self.connection.commit()
        return checks.check(self.database, self.ledger, list(accepted), list(kills), time.time())

    def acked_kudos(self, marker):
        self.ledger.record("kudos", self.alice, Answer(200, "Sent your kudos to Amaka Okafor.", 1, 1), "Sent your kudos to", marker=marker)

    def test_an_acknowledged_kudos_missing_from_the_database_is_lost(self):
        me, other = self.person("chinedu.obi@example.com"), self.person("amaka.okafor@example.com")
        self.connection.execute("INSERT INTO kudos (from_id, to_id, message, created_at) VALUES (?, ?, 'soak-000001 thanks', 0)", (me, other))
        self.acked_kudos("soak-000001")
        self.acked_kudos("soak-000002")
        report = self.report()
        self.assertEqual(report.values["lost"], 1)
        self.assertIn("soak-000002", report.problems[0])

    def test_a_write_answered_with_an_error_is_not_acknowledged(self):
        self.ledger.record("kudos", self.alice, Answer(None, None, 1, 9), "Sent your kudos to", marker="soak-000003")
        self.ledger.record("kudos", self.alice, Answer(200, "Working on it… your answer will follow", 2, 1), "Sent your kudos to",
                           marker="soak-000004")
        report = self.report()
        self.assertEqual((report.values["acked_writes"], report.values["lost"], report.problems), (0, 0, []))

    def test_a_bio_overwritten_by_an_older_write_is_lost(self):
        for marker in ["soak-000010", "soak-000011"]:
            self.ledger.record("bio", self.alice, Answer(200, "Saved your bio.", 1, 1), "Saved your bio", marker=marker)
        self.connection.execute("INSERT OR REPLACE INTO profiles (person_id, working_hours, bio, updated_at) VALUES (?, '', ?, 0)",
                                (self.person(self.alice.email), "soak-000010 likes long walks"))
        self.assertEqual(self.report().values["lost"], 1)
        self.connection.execute("UPDATE profiles SET bio = 'soak-000011 likes long walks' WHERE person_id = ?",
                                (self.person(self.alice.email),))
        self.assertEqual(self.report().values["lost"], 0)

    def test_a_job_that_runs_twice_is_counted(self):
        for _ in range(2):
            self.connection.execute(
                "INSERT INTO jobs (kind, key, due_at, payload) VALUES ('meetingReminder', 'meeting:1:0:2:3:15', 100, '{}')")
            self.connection.execute("DELETE FROM jobs WHERE key = 'meeting:1:0:2:3:15'")
        self.connection.execute("INSERT INTO jobs (kind, key, due_at, payload) VALUES ('offerExpiry', 'offer:1', ?, '{}')",
                                (int(time.time()) + 3600,))
        self.connection.execute("DELETE FROM jobs WHERE key = 'offer:1'")
        report = self.report()
        self.assertEqual((report.values["jobs_fired"], report.values["duplicate_jobs"]), (2, 1), "a cancelled job did not run")

    def test_a_message_queued_twice_is_reported(self):
        for key in ["mentord-a", "mentord-b"]:
            self.connection.execute(
                "INSERT INTO outbox (platform, payload, idempotency_key, status, next_attempt_ms, created_at) "
                "VALUES ('slack', '{\"reply\":\"same\"}', ?, 'delivered', 0, 0)", (key,))
        report = self.report()
        self.assertEqual(report.values["outbox_repeated"], 1)

    def test_a_duplicate_delivery_is_explained_only_by_a_kill_between_the_copies(self):
        accepted = [{"platform": "slack", "recipient": "U1", "text": "Kudos from Bruno", "at": at} for at in (10.0, 20.0)]
        explained = self.report(accepted, kills=[15.0])
        self.assertEqual((explained.values["duplicate_deliveries"], explained.problems), (1, []))
        unexplained = self.report(accepted, kills=[25.0])
        self.assertEqual(unexplained.values["duplicate_deliveries"], 1)
        self.assertIn("no restart between", unexplained.problems[0])


if __name__ == "__main__":
    unittest.main()
