"""Signs Bot Connector tokens with PyJWT (RS256) and builds Bot Framework activities with Microsoft's botbuilder-schema,
the way the Bot Connector posts them to a Teams bot.

Input (stdin, JSON):
  {"keys": ["kid", ...],            RSA keys to make; the JWKS lists them, endorsed for msteams
   "unlisted_keys": ["kid", ...],   keys to make that the JWKS leaves out (a rotation mentord has not seen)
   "private_keys": {"kid": "PEM"},  keys of an earlier call to use again, so one test signs with one set of keys
   "tokens": [{"kid": "...", "claims": {...}}, ...],
   "activities": [{"type": "message" | "conversationUpdate" | "installationUpdate", "id": "...", "text": "...",
                   "value": {...}, "user": {"id": "29:...", "aad": "...", "name": "..."}, "bot": "28:...",
                   "conversation": {"id": "...", "type": "personal"}, "tenant": "...", "service_url": "..."}, ...]}
Output (stdout, JSON): {"jwks": {...}, "unlisted_jwks": {...}, "private_keys": {"kid": "PEM"}, "tokens": ["eyJ...", ...],
                        "activities": [{...}, ...]}
"""
import json
import sys

import jwt
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

request = json.load(sys.stdin)
private_keys = {
    kid: serialization.load_pem_private_key(pem.encode(), password=None) for kid, pem in request.get("private_keys", {}).items()
}


def make_keys(kids):
    keys = []
    for kid in kids:
        if kid not in private_keys:
            private_keys[kid] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = jwt.algorithms.RSAAlgorithm.to_jwk(private_keys[kid].public_key(), as_dict=True)
        jwk.update({"kid": kid, "use": "sig", "endorsements": ["msteams"]})
        keys.append(jwk)
    return {"keys": keys}


def activity(spec):
    user = spec["user"]
    kind = {
        "message": ActivityTypes.message,
        "conversationUpdate": ActivityTypes.conversation_update,
        "installationUpdate": ActivityTypes.installation_update,
    }[spec["type"]]
    bot = ChannelAccount(id=spec.get("bot", "28:mentord-app-id"), name="mentord")
    made = Activity(
        type=kind,
        id=spec.get("id"),
        timestamp=None,
        channel_id="msteams",
        service_url=spec["service_url"],
        from_property=ChannelAccount(id=user["id"], name=user.get("name"), aad_object_id=user.get("aad")),
        recipient=bot,
        conversation=ConversationAccount(
            id=spec["conversation"]["id"], conversation_type=spec["conversation"].get("type", "personal"), tenant_id=spec["tenant"]
        ),
        channel_data={"tenant": {"id": spec["tenant"]}},
        text=spec.get("text"),
        value=spec.get("value"),
        text_format="plain" if kind == ActivityTypes.message else None,
        action="add" if kind == ActivityTypes.installation_update else None,
        members_added=[bot] if kind == ActivityTypes.conversation_update else None,
        locale="en-US",
    )
    return made.serialize()


output = {"jwks": make_keys(request.get("keys", [])), "unlisted_jwks": make_keys(request.get("unlisted_keys", []))}
output["private_keys"] = {
    kid: key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    for kid, key in private_keys.items()
}
output["tokens"] = [
    jwt.encode(token["claims"], private_keys[token["kid"]], algorithm="RS256", headers={"kid": token["kid"]})
    for token in request.get("tokens", [])
]
output["activities"] = [activity(spec) for spec in request.get("activities", [])]
print(json.dumps(output))
