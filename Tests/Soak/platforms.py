"""The four webhook platforms of the soak, each shaping and signing a command the way that platform sends it.

Every platform has the same shape: `request(user, text, delivery)` gives (path, headers, body) for one delivery, and
`sign(headers, body)` refreshes what must be fresh on a retry (Slack's timestamp and signature). The delivery id
(Slack and Mattermost `trigger_id`, Telegram `update_id`, Zulip message id) stays the same on a retry, as on the real
platforms, so mentord's inbox answers a repeat without running it twice.
  - Slack: a slash-command form, signed `v0=` HMAC-SHA256 by slack_sdk's SignatureVerifier;
  - Telegram: an Update with a private message, with `X-Telegram-Bot-Api-Secret-Token`;
  - Mattermost: a slash-command form with the command token, also as `Authorization: Token …`;
  - Zulip: an outgoing-webhook JSON document carrying the bot's token.
"""
import json
import time
import urllib.parse

from slack_sdk.signature import SignatureVerifier


class User:
    """A person in the sample org and the account they use on one platform."""

    def __init__(self, platform, email, name, user_id):
        self.platform = platform
        self.email = email
        self.name = name
        self.user_id = user_id

    def __repr__(self):
        return f"{self.platform}:{self.user_id}({self.email})"


class Slack:
    name = "slack"
    team = "T0SOAK"

    def __init__(self, secrets, fake_base):
        self.verifier = SignatureVerifier(signing_secret=secrets["slack_signing_secret"])
        self.fake_base = fake_base

    def user_id(self, index):
        return "U0SOAK%03d" % index

    def request(self, user, text, delivery):
        body = urllib.parse.urlencode({
            "token": "soak-verification-token", "team_id": self.team, "team_domain": "soak", "channel_id": "D" + user.user_id,
            "channel_name": "directmessage", "user_id": user.user_id, "user_name": user.email.split("@")[0],
            "command": "/mentor", "text": text, "api_app_id": "A0SOAK", "is_enterprise_install": "false",
            "response_url": f"{self.fake_base}/slack/hooks/commands/{delivery}", "trigger_id": f"{delivery}.soak.{user.user_id}",
        })
        return "/slack/commands", self.sign({"Content-Type": "application/x-www-form-urlencoded"}, body), body

    def sign(self, headers, body):
        timestamp = str(int(time.time()))
        return dict(headers, **{"X-Slack-Request-Timestamp": timestamp,
                                "X-Slack-Signature": self.verifier.generate_signature(timestamp=timestamp, body=body)})

    def response_url_path(self, delivery):
        return f"/slack/hooks/commands/{delivery}"


class Telegram:
    name = "telegram"
    bot_username = "mentord_soak_bot"

    def __init__(self, secrets, fake_base):
        self.secret_token = secrets["telegram_secret_token"]

    def user_id(self, index):
        return str(700000000 + index)

    def request(self, user, text, delivery):
        first, _, last = user.name.partition(" ")
        sender = {"id": int(user.user_id), "is_bot": False, "first_name": first, "last_name": last, "language_code": "en"}
        chat = {"id": int(user.user_id), "first_name": first, "last_name": last, "type": "private"}
        body = json.dumps({"update_id": delivery, "message": {
            "message_id": delivery, "from": sender, "chat": chat, "date": int(time.time()), "text": text}})
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": self.secret_token}
        return "/telegram/webhook", headers, body

    def sign(self, headers, body):
        return headers

    def response_url_path(self, delivery):
        return None


class Mattermost:
    name = "mattermost"
    team = "soakteam0000000000000000aa"

    def __init__(self, secrets, fake_base):
        self.token = secrets["mattermost_command_token"]
        self.fake_base = fake_base

    def user_id(self, index):
        return ("soakuser%018d" % index)[:26]

    def request(self, user, text, delivery):
        body = urllib.parse.urlencode({
            "channel_id": "dm_" + user.user_id, "channel_name": "direct", "command": "/mentor",
            "response_url": f"{self.fake_base}/mattermost/hooks/commands/{delivery}", "team_domain": "soak",
            "team_id": self.team, "text": text, "token": self.token, "trigger_id": f"soak{delivery}",
            "user_id": user.user_id, "user_name": user.email.split("@")[0],
        })
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Token " + self.token}
        return "/mattermost/commands", headers, body

    def sign(self, headers, body):
        return headers

    def response_url_path(self, delivery):
        return f"/mattermost/hooks/commands/{delivery}"


class Zulip:
    name = "zulip"
    realm = "soak"

    def __init__(self, secrets, fake_base):
        self.token = secrets["zulip_token"]

    def user_id(self, index):
        return str(9000 + index)

    def request(self, user, text, delivery):
        body = json.dumps({
            "bot_email": "mentord-bot@zulip.soak.example", "bot_full_name": "mentord", "data": text, "token": self.token,
            "trigger": "private_message",
            "message": {
                "client": "website", "content": text, "display_recipient": [], "id": delivery, "is_me_message": False,
                "recipient_id": 1, "sender_email": user.email, "sender_full_name": user.name, "sender_id": int(user.user_id),
                "sender_realm_str": self.realm, "subject": "", "timestamp": int(time.time()), "type": "private",
            },
        })
        return "/zulip/webhook", {"Content-Type": "application/json"}, body

    def sign(self, headers, body):
        return headers

    def response_url_path(self, delivery):
        return None


ALL = [Slack, Telegram, Mattermost, Zulip]


def reply_text(body):
    """Every string in a JSON answer, joined: the reply as the person reads it, whatever the platform's shape."""
    try:
        document = json.loads(body)
    except ValueError:
        return body
    strings = []

    def walk(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(document)
    return "\n".join(strings)
