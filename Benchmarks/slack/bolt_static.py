"""The reference for make bench-slack: Slack's Bolt for Python answering /mentor with a static reply.

Authorization is answered locally (no auth.test call to Slack), so Bolt does only what mentord does: verify the
signature, parse the command and answer it.
"""
import sys

from slack_bolt import App
from slack_bolt.authorization import AuthorizeResult


def authorize(**_):
    return AuthorizeResult(enterprise_id=None, team_id="T0BENCH", bot_token="xoxb-bench", bot_user_id="U0BOT", bot_id="B0BOT")


app = App(signing_secret=sys.argv[2], authorize=authorize)


@app.command("/mentor")
def mentor(ack):
    ack("mentord — mentoring in your chat")


if __name__ == "__main__":
    app.start(port=int(sys.argv[1]), path="/slack/commands")
