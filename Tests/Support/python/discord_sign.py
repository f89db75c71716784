"""Signs Discord interaction bodies with PyNaCl (Ed25519), the way Discord signs what it posts to an app.

Input (stdin, JSON): {"seed": "64 hex", "timestamp": "1795597200", "bodies": ["...", ...]}
Output (stdout, JSON): {"public_key": "64 hex", "signatures": ["128 hex", ...]}, one signature per body, in order.
"""
import json
import sys

from nacl.signing import SigningKey

request = json.load(sys.stdin)
key = SigningKey(bytes.fromhex(request["seed"]))
signatures = [key.sign((request["timestamp"] + body).encode()).signature.hex() for body in request["bodies"]]
print(json.dumps({"public_key": key.verify_key.encode().hex(), "signatures": signatures}))
