"""Writes a wrk Lua script that sends one slash command signed by slack_sdk with the current timestamp.

With count=N the script cycles through N copies that differ only in `trigger_id`, each signed: mentord's inbox
answers a repeated delivery from what it stored, so a benchmark of writes needs a new delivery every time.
"""
import sys
import time
import urllib.parse

from slack_sdk.signature import SignatureVerifier

secret, text, out = sys.argv[1], sys.argv[2], sys.argv[3]
flags = sys.argv[4:]
paced = "paced" in flags
count = next((int(flag.split("=", 1)[1]) for flag in flags if flag.startswith("count=")), 1)
timestamp = str(int(time.time()))
verifier = SignatureVerifier(signing_secret=secret)


def signed(trigger):
    body = urllib.parse.urlencode({
        "token": "bench", "team_id": "T0BENCH", "team_domain": "bench", "channel_id": "C0BENCH", "channel_name": "bench",
        "user_id": "U0BENCH", "user_name": "alice", "command": "/mentor", "text": text, "api_app_id": "A0BENCH",
        "is_enterprise_install": "false", "response_url": "https://hooks.slack.com/commands/T0BENCH/1/2", "trigger_id": trigger,
    })
    return body, verifier.generate_signature(timestamp=timestamp, body=body)


body, signature = signed("1.2.3")
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
    if count > 1:
        # Each wrk thread starts at its own place in the list, so the two threads do not send the same delivery.
        handle.write("local deliveries = {\n")
        for n in range(count):
            each_body, each_signature = signed(f"1.2.{n}")
            handle.write(f'  {{"{each_body}", "{each_signature}"}},\n')
        handle.write('''}
local threads = 0
function setup(thread)
  thread:set("start", threads)
  threads = threads + 1
end
local next_index = nil
function request()
  if next_index == nil then next_index = (start or 0) * math.floor(#deliveries / 2) end
  next_index = next_index % #deliveries + 1
  local delivery = deliveries[next_index]
  wrk.headers["X-Slack-Signature"] = delivery[2]
  return wrk.format(nil, nil, nil, delivery[1])
end
''')
print(body)
