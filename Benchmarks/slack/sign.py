"""Writes a wrk Lua script that replays one slash command signed by slack_sdk with the current timestamp."""
import sys
import time
import urllib.parse

from slack_sdk.signature import SignatureVerifier

secret, text, out = sys.argv[1], sys.argv[2], sys.argv[3]
paced = len(sys.argv) > 4 and sys.argv[4] == "paced"
body = urllib.parse.urlencode({
    "token": "bench", "team_id": "T0BENCH", "team_domain": "bench", "channel_id": "C0BENCH", "channel_name": "bench",
    "user_id": "U0BENCH", "user_name": "alice", "command": "/mentor", "text": text, "api_app_id": "A0BENCH",
    "is_enterprise_install": "false", "response_url": "https://hooks.slack.com/commands/T0BENCH/1/2", "trigger_id": "1.2.3",
})
timestamp = str(int(time.time()))
signature = SignatureVerifier(signing_secret=secret).generate_signature(timestamp=timestamp, body=body)
with open(out, "w") as handle:
    handle.write(f'''wrk.method = "POST"
wrk.path = "/slack/commands"
wrk.body = "{body}"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = "{timestamp}"
wrk.headers["X-Slack-Signature"] = "{signature}"
''')
    if paced:
        # Each connection waits 9 ms between requests; with about 1 ms per answer, 10 connections make ~1,000 a second.
        handle.write("function delay() return 9 end\n")
print(body)
