/// A direct writer for the JSON of outbox messages and replies: exactly the shape `JSONEncoder` gives these types
/// (their synthesized `Codable`), written several times faster, because every message mentord starts itself is
/// encoded once on its way to the outbox. `OutgoingMessageJSONTests` checks it round-trips through `JSONDecoder`.
extension OutgoingMessage {
    /// The message's JSON, as `JSONEncoder` would write it.
    public func encodedJSON() -> String {
        var json = "{\"platform\":"
        JSONValue.writeString(platform, into: &json)
        json += ",\"workspace\":"
        JSONValue.writeString(workspace, into: &json)
        json += ",\"destination\":"
        switch destination {
        case .conversation(let id):
            json += "{\"conversation\":{\"_0\":"
            JSONValue.writeString(id, into: &json)
            json += "}}"
        case .directMessage(let identity):
            json += "{\"directMessage\":{\"_0\":"
            JSONText.object([("platform", identity.platform), ("workspace", identity.workspace), ("userID", identity.userID)], into: &json)
            json += "}}"
        case .replyURL(let url):
            json += "{\"replyURL\":{\"_0\":"
            JSONValue.writeString(url, into: &json)
            json += "}}"
        case .emailAddress(let email):
            json += "{\"emailAddress\":{\"_0\":"
            JSONValue.writeString(email, into: &json)
            json += "}}"
        case .homeTab(let identity):
            json += "{\"homeTab\":{\"_0\":"
            JSONText.object([("platform", identity.platform), ("workspace", identity.workspace), ("userID", identity.userID)], into: &json)
            json += "}}"
        }
        json += ",\"reply\":"
        reply.encodeJSON(into: &json)
        json += "}"
        return json
    }
}

extension Reply {
    /// The reply's JSON, as `JSONEncoder` would write it.
    public func encodedJSON() -> String {
        var json = ""
        encodeJSON(into: &json)
        return json
    }

    /// Only ``keepable``: a stored reply never carries its secret.
    func encodeJSON(into json: inout String) {
        json += "{\"blocks\":["
        for (index, block) in (keptBlocks ?? blocks).enumerated() {
            if index > 0 { json += "," }
            switch block {
            case .heading(let text): JSONText.single("heading", text, into: &json)
            case .text(let text): JSONText.single("text", text, into: &json)
            case .code(let text): JSONText.single("code", text, into: &json)
            case .list(let items):
                json += "{\"list\":{\"_0\":["
                for (position, item) in items.enumerated() {
                    if position > 0 { json += "," }
                    JSONValue.writeString(item, into: &json)
                }
                json += "]}}"
            case .fields(let fields):
                JSONText.objects("fields", fields.map { [("label", $0.label), ("value", $0.value)] }, into: &json)
            case .actions(let actions):
                JSONText.objects("actions", actions.map { action in
                    [("id", action.id), ("label", action.label), ("value", action.value), ("fallback", action.fallback)]
                        + (action.prompt.map { [("prompt", $0)] } ?? [])
                }, into: &json)
            case .attachment(let file):
                json += "{\"attachment\":{\"_0\":"
                JSONText.object([("name", file.name), ("mimeType", file.mimeType), ("content", file.content)], into: &json)
                json += "}}"
            }
        }
        json += "]}"
    }
}

/// The `Codable` shapes of the outbox JSON; strings go through mentord's one writer, ``JSONValue/writeString(_:into:)``.
enum JSONText {
    /// `{"a":"1","b":"2"}`: an object of string values, in order.
    static func object(_ pairs: [(String, String)], into json: inout String) {
        json += "{"
        for (index, (key, value)) in pairs.enumerated() {
            json += index > 0 ? ",\"" + key + "\":" : "\"" + key + "\":"
            JSONValue.writeString(value, into: &json)
        }
        json += "}"
    }

    /// `{"name":{"_0":[{…},{…}]}}`: an enum case holding an array of objects.
    static func objects(_ name: String, _ items: [[(String, String)]], into json: inout String) {
        json += "{\"" + name + "\":{\"_0\":["
        for (index, item) in items.enumerated() {
            if index > 0 { json += "," }
            object(item, into: &json)
        }
        json += "]}}"
    }

    /// `{"name":{"_0":"text"}}`: an enum case with one unlabelled value.
    static func single(_ name: String, _ text: String, into json: inout String) {
        json += "{\"" + name + "\":{\"_0\":"
        JSONValue.writeString(text, into: &json)
        json += "}}"
    }
}
