"""The dashboard's aggregates as plain SQL in sqlite3, on the same file DashboardBench measured: the floor a page's
numbers cost when the database does all the counting. Prints one line: reference page_ms=<median over the pages>."""
import sqlite3
import statistics
import sys
import time

NOW = 1_796_040_000
QUARTER = 1_790_812_800  # 2026-10-01 00:00 UTC

PAGES = {
    "overview": [
        """SELECT COUNT(*), COUNT(pr.consented_at),
                  COUNT(DISTINCT r.mentee_id), COUNT(DISTINCT pa.mentee_id)
           FROM people p LEFT JOIN profiles pr ON pr.person_id = p.id
           LEFT JOIN match_requests r ON r.mentee_id = p.id LEFT JOIN pairings pa ON pa.mentee_id = p.id
           WHERE p.status = 'active'""",
        """SELECT COUNT(DISTINCT pa.mentee_id) FROM pairings pa
           JOIN meeting_attendees a1 ON a1.person_id = pa.mentor_id
           JOIN meeting_attendees a2 ON a2.meeting_id = a1.meeting_id AND a2.person_id = pa.mentee_id
           JOIN meetings m ON m.id = a1.meeting_id AND m.start_at >= pa.started_at AND m.start_at <= ?""",
    ],
    "participation": [
        """SELECT p.site, COUNT(*), COUNT(pr.consented_at),
                  SUM(EXISTS (SELECT 1 FROM profile_roles r WHERE r.person_id = p.id AND r.role = 'mentor')),
                  SUM(EXISTS (SELECT 1 FROM profile_roles r WHERE r.person_id = p.id AND r.role = 'mentee')),
                  SUM(EXISTS (SELECT 1 FROM match_requests q WHERE q.mentee_id = p.id AND q.created_at >= ?)),
                  SUM(EXISTS (SELECT 1 FROM pairings q WHERE q.mentee_id = p.id AND q.started_at >= ?))
           FROM people p LEFT JOIN profiles pr ON pr.person_id = p.id WHERE p.status = 'active' GROUP BY p.site""",
    ],
    "at-risk": [
        """SELECT COUNT(*) FROM pairings pa WHERE pa.ended_at IS NULL AND pa.started_at <= ? - 21 * 86400
           AND NOT EXISTS (SELECT 1 FROM meeting_attendees a1 JOIN meeting_attendees a2 ON a2.meeting_id = a1.meeting_id
                           AND a2.person_id = pa.mentee_id WHERE a1.person_id = pa.mentor_id)""",
        "SELECT COUNT(*) FROM match_offers WHERE status = 'pending' AND created_at <= ? - 48 * 3600",
        "SELECT COUNT(*) FROM surveys WHERE score <= 2 AND answered_at >= ?",
    ],
    "supply": [
        "SELECT topic, COUNT(*) FROM match_requests WHERE created_at >= ? GROUP BY topic ORDER BY 2 DESC LIMIT 15",
        "SELECT topic, COUNT(*) FROM search_misses WHERE at >= ? GROUP BY topic",
        """SELECT p.site, COUNT(*), SUM(pr.capacity) FROM profile_roles r JOIN profiles pr ON pr.person_id = r.person_id
           JOIN people p ON p.id = r.person_id WHERE r.role = 'mentor' GROUP BY p.site""",
    ],
    "equity": [
        """SELECT p.site, COUNT(DISTINCT q.mentee_id), COUNT(o.id), SUM(o.status = 'accepted'), SUM(o.status = 'declined')
           FROM match_requests q JOIN people p ON p.id = q.mentee_id LEFT JOIN match_offers o ON o.request_id = q.id
           WHERE q.created_at >= ? GROUP BY p.site""",
    ],
}


def main():
    connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    medians = []
    for name, queries in PAGES.items():
        times = []
        for _ in range(5):
            started = time.perf_counter()
            for query in queries:
                arguments = [NOW if "? -" in query or "<= ?" in query else QUARTER] * query.count("?")
                connection.execute(query, arguments).fetchall()
            times.append((time.perf_counter() - started) * 1000)
        medians.append(statistics.median(times))
        print(f"[bench-dashboard] plain SQL {name}: {statistics.median(times):.1f} ms", file=sys.stderr)
    print(f"reference page_ms={statistics.median(medians):.1f} worst_page_ms={max(medians):.1f}")


main()
