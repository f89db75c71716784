"""The chat platforms' Web APIs as mentord calls them, on loopback, for `make soak`.

One ThreadingHTTPServer answers Slack (`/slack/api/…`, response URLs under `/slack/hooks/`), Telegram
(`/telegram/bot<token>/…`), Mattermost (`/mattermost/api/v4/…`, response URLs under `/mattermost/hooks/commands/`)
and Zulip (`/zulip/api/v1/…`) with the shapes their documentation gives. A share of calls (`--fault-rate`) fails
before anything is accepted: HTTP 500, or now and then 429 with `Retry-After: 1`, so the outbox must retry. Every
message accepted is appended as one JSON line to `--log`: platform, recipient, text, and the idempotency key when the
platform has one (none of these four do).

  fake_platform_api.py --port 0 --log accepted.jsonl --fault-rate 0.2 --port-file port
  POST /_soak/faults {"rate": 0}   turns faults off (the soak does this before the outbox drains)
"""
import argparse
import json
import random
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Recorder:
    """The accepted-message log and the fault dice, shared by every request thread."""

    def __init__(self, path, fault_rate, seed):
        self.lock = threading.Lock()
        self.log = open(path, "a", encoding="utf-8")
        self.fault_rate = fault_rate
        self.random = random.Random(seed)
        self.sequence = 0
        self.counts = {"calls": 0, "faults": 0, "rate_limited": 0, "accepted": 0}

    def fault(self):
        """None to go ahead, else the (status, headers) of the injected failure."""
        with self.lock:
            self.counts["calls"] += 1
            if self.random.random() >= self.fault_rate:
                return None
            self.counts["faults"] += 1
            if self.random.random() < 0.25:
                self.counts["rate_limited"] += 1
                return 429, {"Retry-After": "1"}
            return 500, {}

    def accept(self, platform, recipient, text, key=None):
        with self.lock:
            self.sequence += 1
            self.counts["accepted"] += 1
            entry = {"seq": self.sequence, "at": time.time(), "platform": platform, "recipient": recipient, "text": text, "key": key}
            self.log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.log.flush()
            return self.sequence


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    recorder: Recorder = None

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/_soak/stats":
            return self.reply(200, dict(self.recorder.counts))
        self.reply(404, {"ok": False, "error": "unknown_method"})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urllib.parse.urlsplit(self.path).path
        if path == "/_soak/faults":
            self.recorder.fault_rate = float(json.loads(body)["rate"])
            return self.reply(200, {"ok": True})
        route = self.route(path)
        if route is None:
            return self.reply(404, {"ok": False, "error": "unknown_method"})
        failure = self.recorder.fault()
        if failure:
            status, headers = failure
            if path.startswith("/telegram/"):
                return self.reply(status, {"ok": False, "error_code": status, "description": "Injected fault",
                                           "parameters": {"retry_after": 1} if status == 429 else {}}, headers)
            return self.reply(status, {"ok": False, "error": "injected_fault"}, headers)
        route(path, body)

    def route(self, path):
        if path.startswith("/slack/hooks/"):
            return self.slack_response_url
        if path.startswith("/slack/upload/"):
            return lambda _path, _body: self.reply(200, {"ok": True})
        if path.startswith("/slack/api/"):
            return {"conversations.open": self.slack_open, "chat.postMessage": self.slack_post,
                    "files.getUploadURLExternal": self.slack_upload_slot,
                    "files.completeUploadExternal": lambda _p, _b: self.reply(200, {"ok": True, "files": []}),
                    }.get(path.rsplit("/", 1)[-1])
        if path.startswith("/telegram/bot"):
            return {"sendMessage": self.telegram_send, "sendDocument": lambda _p, _b: self.reply(200, {"ok": True, "result": {}})
                    }.get(path.rsplit("/", 1)[-1])
        if path.startswith("/mattermost/hooks/commands/"):
            return self.mattermost_response_url
        if path == "/mattermost/api/v4/channels/direct":
            return self.mattermost_direct
        if path == "/mattermost/api/v4/posts":
            return self.mattermost_post
        if path == "/zulip/api/v1/messages":
            return self.zulip_message
        return None

    # Slack: conversations.open gives the DM channel D<user>; chat.postMessage answers ok with a ts.
    def slack_open(self, _path, body):
        user = json.loads(body)["users"]
        self.reply(200, {"ok": True, "channel": {"id": "D" + user}})

    def slack_post(self, _path, body):
        message = json.loads(body)
        channel = message["channel"]
        recipient = channel[1:] if channel.startswith("D") else channel
        seq = self.recorder.accept("slack", recipient, message.get("text", ""))
        self.reply(200, {"ok": True, "channel": channel, "ts": f"1795597200.{seq:06d}"})

    def slack_response_url(self, path, body):
        message = json.loads(body)
        self.recorder.accept("slack", path, message.get("text", ""))
        self.reply(200, "ok")

    def slack_upload_slot(self, _path, body):
        file_id = "F%06d" % random.randrange(10 ** 6)
        host = self.headers.get("Host")
        self.reply(200, {"ok": True, "upload_url": f"http://{host}/slack/upload/{file_id}", "file_id": file_id})

    # Telegram: sendMessage to the chat id, answered with the sent Message.
    def telegram_send(self, _path, body):
        message = json.loads(body)
        seq = self.recorder.accept("telegram", str(message["chat_id"]), message.get("text", ""))
        self.reply(200, {"ok": True, "result": {"message_id": seq, "chat": {"id": message["chat_id"]}, "text": message.get("text", "")}})

    # Mattermost: a direct channel is dm_<user>; posts answer 201 with the post.
    def mattermost_direct(self, _path, body):
        _bot, user = json.loads(body)
        self.reply(201, {"id": "dm_" + user, "type": "D"})

    def mattermost_post(self, _path, body):
        post = json.loads(body)
        channel = post["channel_id"]
        recipient = channel[3:] if channel.startswith("dm_") else channel
        seq = self.recorder.accept("mattermost", recipient, post.get("message", ""))
        self.reply(201, {"id": "post%06d" % seq, "channel_id": channel, "message": post.get("message", "")})

    def mattermost_response_url(self, path, body):
        message = json.loads(body)
        self.recorder.accept("mattermost", path, message.get("text", ""))
        self.reply(200, {})

    # Zulip: a form with type, to and content; private messages go to `[user id]`.
    def zulip_message(self, _path, body):
        form = dict(urllib.parse.parse_qsl(body.decode()))
        recipient = form.get("to", "").strip("[]")
        if form.get("type") == "stream":
            recipient = f"stream:{form.get('to')}:{form.get('topic')}"
        seq = self.recorder.accept("zulip", recipient, form.get("content", ""))
        self.reply(200, {"result": "success", "msg": "", "id": seq})

    def reply(self, status, document, headers=None):
        data = document.encode() if isinstance(document, str) else json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain" if isinstance(document, str) else "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=16)
    options = parser.parse_args()
    Handler.recorder = Recorder(options.log, options.fault_rate, options.seed)
    server = ThreadingHTTPServer(("127.0.0.1", options.port), Handler)
    server.daemon_threads = True
    with open(options.port_file, "w") as handle:
        handle.write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
