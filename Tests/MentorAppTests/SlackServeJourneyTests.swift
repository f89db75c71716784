import Foundation
import HTTPClient
import HTTPTypes
import MentorAppTesting
import MentorTesting
import Testing

/// The core journey through the real `mentord serve` process, driven only by requests shaped and signed as Slack
/// sends them (signatures from Slack's own `slack_sdk`): two Slack users link their accounts with codes from the CLI,
/// a São Paulo newcomer joins and asks for a mentor, the Tokyo mentor accepts with the button from `mentoring`, books
/// a time, and the newcomer accepts the invitation.
@Suite(.serialized) struct SlackServeJourneyTests {
    static let secret = "journey-signing-secret-0123456789abcdef"
    static let team = "T0JOURNEY"
    static let orgCSV = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        marcos.lima@example.com,Marcos Lima,,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,lead,2015-05-04,pt;en,active
        rafaela.souza@example.com,Rafaela Souza,marcos.lima@example.com,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,early,2026-11-02,pt;en,active
        kenji.watanabe@example.com,Kenji Watanabe,,Tokyo,JP,Asia/Tokyo,Product,Discovery,lead,2016-10-03,ja;en,active
        """

    /// A Slack user of the workspace, as Slack identifies them in every request.
    struct SlackUser {
        var id: String
        var name: String
        var email: String
    }

    static let rafaela = SlackUser(id: "U0RAFAELA", name: "rafaela", email: "rafaela.souza@example.com")
    static let kenji = SlackUser(id: "U0KENJI", name: "kenji", email: "kenji.watanabe@example.com")

    let folder = TemporaryDirectory()
    let client = CurlHTTPClient()

    @Test func aNewcomerAndAMentorGoFromJoinToAnAcceptedMeetingThroughSignedSlackRequests() throws {
        try Data(Self.orgCSV.utf8).write(to: URL(fileURLWithPath: folder.file("org.csv")))
        let daemon = try DaemonProcess(["serve"], environment: environment(extra: [
            "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1", "MENTORD_ORG_SEED_CSV": folder.file("org.csv"),
            "MENTORD_SLACK_SIGNING_SECRET": Self.secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-journey",
        ]))
        defer { if daemon.process.isRunning { _ = daemon.stop() } }
        let slack = SignedSlack(base: "http://127.0.0.1:\(try daemon.waitForPort())", client: client, signer: try SlackSigner(secret: Self.secret))

        // Each person links their Slack account with a code from `mentord link`, run on the same data directory.
        for user in [Self.rafaela, Self.kenji] {
            let code = try linkCode(for: user.email)
            let linked = try slack.command("link \(code)", as: user)
            #expect(linked.text.contains("Linked"), "\(linked.text)")
        }
        #expect(try slack.command("whoami", as: Self.kenji).text.contains("Kenji Watanabe"))
        #expect(try slack.command("link 1234-5678", as: Self.kenji, signedWith: "not-the-secret").status == 401, "a forged request is refused")

        // Kenji joins as a mentor and Rafaela as a mentee, answering every question with a slash command.
        let kenjiJoins = try [
            "join", "yes", "mentor", "skip", "09:00-18:00 Mon-Fri", "ja, en", "customer discovery, pricing", "board games", "video",
            "ongoing", "2", "I run discovery interviews for our product teams in Tokyo.",
        ].map { try slack.command($0, as: Self.kenji).text }
        #expect(kenjiJoins[0].contains("Welcome to mentoring at work"), "\(kenjiJoins[0])")
        #expect(kenjiJoins[6].contains("(7/11) Anything else you're curious about?"), "\(kenjiJoins[6])")
        #expect(kenjiJoins[11].contains("You're in!") && kenjiJoins[11].contains("/mentor mentoring"), "Slack users are told the prefix: \(kenjiJoins[11])")
        let rafaelaJoins = try [
            "join", "yes", "mentee", "skip", "08:00-17:00 Mon-Fri", "pt, en", "customer discovery, negotiation", "running", "video",
            "ongoing", "New in LATAM sales, selling to retailers.",
        ].map { try slack.command($0, as: Self.rafaela).text }
        #expect(rafaelaJoins[10].contains("You're in!") && rafaelaJoins[10].contains("/mentor request customer discovery"), "\(rafaelaJoins[10])")

        let requested = try slack.command("request customer discovery", as: Self.rafaela).text
        #expect(requested.contains("Your request is with Kenji Watanabe (Product, Tokyo)"), "\(requested)")
        #expect(requested.contains("Brasilia Standard Time (GMT-3) to answer"), "the deadline on her clock: \(requested)")

        // Kenji sees the offer in `mentoring` and clicks its Accept button.
        let home = try slack.command("mentoring", as: Self.kenji)
        #expect(home.text.contains("Rafaela Souza (Sales, São Paulo) would like you as a mentor for customer discovery (offer 1)"), "\(home.text)")
        let accept = try #require(home.buttons.first { $0.label == "Accept" }, "\(home.buttons)")
        #expect(accept.value == "accept 1")
        #expect(try slack.click(accept, as: Self.kenji) == 200)
        let paired = try slack.eventually("mentoring", as: Self.kenji) { $0.text.contains("Your mentee Rafaela Souza") }
        #expect(paired.text.contains("Your mentee Rafaela Souza (rafaela.souza@example.com): pairing 1, 1:1 mentoring, since "), "\(paired.text)")
        #expect(paired.text.contains("*Last met*\nnot yet"), "\(paired.text)")
        #expect(paired.buttons.map(\.value) == ["schedule rafaela.souza@example.com", "pairing close 1"], "\(paired.buttons)")
        #expect(try slack.command("mentoring", as: Self.rafaela).text.contains("Your mentor Kenji Watanabe (kenji.watanabe@example.com): pairing 1"))

        // He books a time across the zones; she accepts the invitation; both see the meeting.
        let proposals = try slack.command("schedule @rafaela.souza@example.com", as: Self.kenji).text
        #expect(proposals.contains("Three good times with Rafaela Souza"), "\(proposals)")
        let option = try #require(proposals.firstMatch(of: /Option 1:\n\s*• (\w{3} \d{1,2} \w{3}) (\d\d:\d\d)–\d\d:\d\d Japan Standard Time \(GMT\+9\) \(you\)\n\s*• (\w{3} \d{1,2} \w{3}) (\d\d:\d\d)–\d\d:\d\d Brasilia Standard Time \(GMT-3\) \(Rafaela Souza\)/))
        let booked = try slack.command("book 1", as: Self.kenji).text
        #expect(booked.contains("Booked meeting 1."), "\(booked)")
        #expect(try slack.command("rsvp 1 yes", as: Self.rafaela).text.contains("You accepted meeting 1; Kenji Watanabe has been told. To change your mind, type /mentor rsvp 1 no."))
        let hers = try slack.command("meetings", as: Self.rafaela).text
        #expect(hers.contains("#1 \(option.3) \(option.4) Brasilia Standard Time (GMT-3) with Kenji Watanabe (organiser); you accepted"), "her own clock: \(hers)")
        let his = try slack.command("meetings", as: Self.kenji).text
        #expect(his.contains("#1 \(option.1) \(option.2) Japan Standard Time (GMT+9) with Rafaela Souza (accepted)"), "his own clock: \(his)")
        #expect(try slack.command("mentoring", as: Self.rafaela).text.contains("*Next meeting*\n\(option.3) \(option.4) Brasilia Standard Time (GMT-3)"))
        let (status, _) = daemon.stop()
        #expect(status == 0)
    }

    func environment(extra: [String: String]) -> [String: String] {
        ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_LOG_LEVEL": "warning"].merging(extra) { $1 }
    }

    /// The code `mentord link EMAIL` prints, from the CLI binary on the daemon's data directory.
    func linkCode(for email: String) throws -> String {
        try Self.linkCode(for: email, environment: environment(extra: [:]))
    }

    /// The code `mentord link EMAIL` prints, from the CLI binary run with `environment` (the daemon's data directory).
    static func linkCode(for email: String, environment: [String: String]) throws -> String {
        let cli = Process(), output = Pipe()
        cli.executableURL = URL(fileURLWithPath: BuiltProducts.path("mentord"))
        cli.arguments = ["link", email]
        cli.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()].merging(environment) { $1 }
        cli.currentDirectoryURL = URL(fileURLWithPath: BuiltProducts.packageRoot)
        cli.standardOutput = output
        cli.standardError = FileHandle.nullDevice
        try cli.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        cli.waitUntilExit()
        return try #require(text.firstMatch(of: /link code for [^\n]*: ([A-Z0-9]{4}-[A-Z0-9]{4})/).map { String($0.1) }, "\(text)")
    }
}

/// Signs Slack request bodies with `Tests/Support/python/slack_sign.py` (slack_sdk), as Slack signs what it sends.
struct SlackSigner {
    let secret: String
    let python: String

    init(secret: String) throws {
        self.secret = secret
        python = try PythonReference.interpreter()
    }

    /// `X-Slack-Signature` for `body` at `timestamp`, with `secret` unless another is given.
    func signature(_ body: String, timestamp: String, secret other: String? = nil) throws -> String {
        let process = Process(), input = Pipe(), output = Pipe()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [BuiltProducts.packageRoot + "/Tests/Support/python/slack_sign.py"]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let request = try JSONSerialization.data(withJSONObject: ["secret": other ?? secret, "timestamp": timestamp, "bodies": [body]])
        input.fileHandleForWriting.write(request)
        try input.fileHandleForWriting.close()
        let signed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require((try JSONSerialization.jsonObject(with: signed) as? [String])?.first)
    }
}

/// A Slack workspace talking to mentord: slash commands and button clicks with Slack's fields, signed now.
struct SignedSlack {
    let base: String
    let client: CurlHTTPClient
    let signer: SlackSigner

    /// A reply as the person sees it in Slack: its text (every block's text, in order) and its buttons.
    struct Answer {
        var status: Int
        var text: String
        var buttons: [Button]
    }

    /// A Block Kit button of a reply.
    struct Button {
        var label: String
        var actionID: String
        var value: String
    }

    /// `/mentor TEXT` typed by `user`, with every field Slack sends (a fresh trigger id each time).
    func command(_ text: String, as user: SlackServeJourneyTests.SlackUser, signedWith secret: String? = nil) throws -> Answer {
        let fields: [(String, String)] = [
            ("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("team_id", SlackServeJourneyTests.team), ("team_domain", "example"),
            ("enterprise_id", "E0001"), ("enterprise_name", "Globular Construct Inc"), ("channel_id", "D0\(user.id)"),
            ("channel_name", "directmessage"), ("user_id", user.id), ("user_name", user.name), ("command", "/mentor"), ("text", text),
            ("api_app_id", "A123456"), ("is_enterprise_install", "false"),
            ("response_url", "https://hooks.slack.com/commands/\(SlackServeJourneyTests.team)/1234/5678"), ("trigger_id", Self.triggerID()),
        ]
        let response = try post(Self.form(fields), to: "/slack/commands", secret: secret)
        return try Self.answer(response)
    }

    /// `user` clicks `button` in a message of the bot's DM: a signed `block_actions` interaction.
    func click(_ button: Button, as user: SlackServeJourneyTests.SlackUser) throws -> Int {
        let payload: [String: Any] = [
            "type": "block_actions", "team": ["id": SlackServeJourneyTests.team, "domain": "example"],
            "user": ["id": user.id, "username": user.name, "team_id": SlackServeJourneyTests.team], "api_app_id": "A123456",
            "token": "gIkuvaNzQIHg97ATvDxqgjtO", "container": ["type": "message", "message_ts": "1548261231.000200"],
            "trigger_id": Self.triggerID(), "channel": ["id": "D0\(user.id)", "name": "directmessage"],
            "response_url": "https://hooks.slack.com/actions/\(SlackServeJourneyTests.team)/123456/abcdef",
            "actions": [[
                "action_id": button.actionID, "block_id": "b1", "text": ["type": "plain_text", "text": button.label], "value": button.value,
                "type": "button", "action_ts": "\(Date().timeIntervalSince1970)",
            ]],
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys]), as: UTF8.self)
        return try post(Self.form([("payload", json)]), to: "/slack/interactions", secret: nil).status
    }

    /// Runs `text` until its answer satisfies `done` (a click's work may finish just after its 200), for up to 10 s.
    func eventually(_ text: String, as user: SlackServeJourneyTests.SlackUser, _ done: (Answer) -> Bool) throws -> Answer {
        let deadline = Date() + 10
        var last: Answer
        repeat {
            last = try command(text, as: user)
            if done(last) { return last }
            Thread.sleep(forTimeInterval: 0.2)
        } while Date() < deadline
        return last
    }

    /// An Events API `event_callback` around `event`, signed, as Slack posts it; its HTTP status.
    func event(_ event: [String: Any]) throws -> Int {
        let envelope: [String: Any] = [
            "token": "gIkuvaNzQIHg97ATvDxqgjtO", "team_id": SlackServeJourneyTests.team, "api_app_id": "A123456", "event": event,
            "type": "event_callback", "event_id": "Ev\(Self.triggerID().prefix(10))", "event_time": Int(Date().timeIntervalSince1970),
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys]), as: UTF8.self)
        return try post(json, to: "/slack/events", secret: nil, contentType: "application/json").status
    }

    private func post(_ body: String, to path: String, secret: String?, contentType: String = "application/x-www-form-urlencoded") throws -> HTTPResponse {
        let timestamp = "\(Int(Date().timeIntervalSince1970))"
        let signature = try signer.signature(body, timestamp: timestamp, secret: secret)
        let headers = HTTPHeaders([
            ("Content-Type", contentType), ("X-Slack-Request-Timestamp", timestamp), ("X-Slack-Signature", signature),
        ])
        return try client.send(HTTPClientRequest(method: "POST", url: base + path, headers: headers, body: Array(body.utf8)))
    }

    /// The reply's text and buttons, from the Block Kit JSON of a 200; the bare status otherwise.
    static func answer(_ response: HTTPResponse) throws -> Answer {
        guard response.status == 200 else { return Answer(status: response.status, text: response.bodyText, buttons: []) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any], "\(response.bodyText)")
        var texts: [String] = [], buttons: [Button] = []
        for block in object["blocks"] as? [[String: Any]] ?? [] {
            if let text = (block["text"] as? [String: Any])?["text"] as? String { texts.append(text) }
            for field in block["fields"] as? [[String: Any]] ?? [] { if let text = field["text"] as? String { texts.append(text) } }
            for element in block["elements"] as? [[String: Any]] ?? [] {
                if let text = element["text"] as? String { texts.append(text) }
                guard element["type"] as? String == "button", let label = (element["text"] as? [String: Any])?["text"] as? String,
                    let id = element["action_id"] as? String, let value = element["value"] as? String
                else { continue }
                buttons.append(Button(label: label, actionID: id, value: value))
            }
        }
        return Answer(status: 200, text: texts.joined(separator: "\n"), buttons: buttons)
    }

    /// An `application/x-www-form-urlencoded` body, encoded as Slack encodes it (spaces as `+`).
    static func form(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~ ")
        allowed = allowed.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        return fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value).replacingOccurrences(of: " ", with: "+")
        }.joined(separator: "&")
    }

    static func triggerID() -> String {
        "\(Int.random(in: 10_000_000...99_999_999)).\(Int.random(in: 100_000...999_999)).\(UUID().uuidString.prefix(12).lowercased())"
    }
}
