"""Signs Slack request bodies with slack_sdk, the way Slack signs what it sends to an app.

Input (stdin, JSON): {"secret": "...", "timestamp": "1795597200", "bodies": ["...", ...]}
Output (stdout, JSON): ["v0=...", ...], one signature per body, in order.
"""
import json
import sys

from slack_sdk.signature import SignatureVerifier

request = json.load(sys.stdin)
verifier = SignatureVerifier(signing_secret=request["secret"])
print(json.dumps([verifier.generate_signature(timestamp=request["timestamp"], body=body) for body in request["bodies"]]))
