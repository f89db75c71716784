import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
import MentorAppTesting
import MentorTesting
import Synchronization
import Testing

/// Finding D10 and issue 17 through the real `mentord serve`: an offer to a Discord-linked mentor arrives as a DM from
/// the bot with Accept and Decline, and pressing Accept in that DM (an interaction signed with PyNaCl, as Discord signs
/// it) creates the pairing. Discord's REST API is a stand-in on loopback.
@Suite(.serialized) struct DiscordServeOfferTests {
    /// The application's Ed25519 key, as 32 seed bytes.
    static let seed = String(repeating: "5a", count: 32)
    static let application = "1100000000000000001"
    static let guild = "290926798626357999"
    static let kenji = (id: "80351110224678912", email: "kenji.watanabe@example.com")
    static let rafaela = (id: "80351110224679999", email: "rafaela.souza@example.com")
    static let profilesCSV = """
        email,consented,roles,expertise,goals,interests,capacity,formats,bio
        kenji.watanabe@example.com,yes,mentor,customer discovery;pricing,,board games,2,ongoing,"I run discovery interviews in Tokyo."
        rafaela.souza@example.com,yes,mentee,,customer discovery,running,1,ongoing,"New in LATAM sales."
        """

    let folder = TemporaryDirectory()
    let client = CurlHTTPClient()

    /// `POST /users/@me/channels` and `POST /channels/{id}/messages`, as Discord documents them, with the bot token.
    final class FakeDiscordAPI: Sendable {
        let messages = Mutex<[(channel: String, body: [UInt8])]>([])
        let opened = Mutex<[String]>([])

        func handle(_ request: HTTPRequest) -> HTTPResponse {
            guard request.headers["Authorization"] == "Bot discord-bot-token" else {
                return json(#"{"message": "401: Unauthorized", "code": 0}"#, status: 401)
            }
            let body = (try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]) ?? [:]
            let parts = request.path.split(separator: "/").map(String.init)
            switch (request.method, parts) {
            case ("POST", ["users", "@me", "channels"]):
                let recipient = body["recipient_id"] as? String ?? ""
                opened.withLock { $0.append(recipient) }
                return json(#"{"id":"DM\#(recipient)","type":1,"recipients":[{"id":"\#(recipient)"}]}"#)
            case ("POST", let path) where path.count == 3 && path[0] == "channels" && path[2] == "messages":
                messages.withLock { $0.append((path[1], request.body)) }
                return json(#"{"id":"1300000000000000100","channel_id":"\#(path[1])"}"#, headers: ["X-RateLimit-Remaining": "4", "X-RateLimit-Reset-After": "1"])
            default:
                return json(#"{"message": "404: Not Found", "code": 0}"#, status: 404)
            }
        }

        func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
            var response = HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Array(text.utf8))
            for (name, value) in headers { response.headers.set(name, value) }
            return response
        }
    }

    /// Discord posting signed interactions to the daemon.
    struct SignedDiscord {
        let base: String
        let client: CurlHTTPClient

        /// A `/mentor command:TEXT` typed in the guild by `user`.
        func command(_ text: String, as user: String) throws -> (status: Int, content: String) {
            try post([
                "type": 2, "application_id": DiscordServeOfferTests.application, "token": "token-\(UUID().uuidString)", "version": 1,
                "id": Self.snowflake(), "guild_id": DiscordServeOfferTests.guild, "channel_id": "645027906669510667",
                "member": ["user": ["id": user, "username": "user\(user.suffix(3))", "discriminator": "0"], "roles": [], "permissions": "2147483647"],
                "data": ["id": "1100000000000000077", "name": "mentor", "type": 1, "options": [["name": "command", "type": 3, "value": text]]],
            ])
        }

        /// `user` presses the button with `customID` in their DM with the bot: no guild, the user at the top.
        func click(_ customID: String, as user: String, in channel: String) throws -> (status: Int, content: String) {
            try post([
                "type": 3, "application_id": DiscordServeOfferTests.application, "token": "token-\(UUID().uuidString)", "version": 1,
                "id": Self.snowflake(), "channel_id": channel, "user": ["id": user, "username": "kenji", "discriminator": "0"],
                "message": ["id": "1300000000000000100", "channel_id": channel, "content": "A mentoring request"],
                "data": ["component_type": 2, "custom_id": customID],
            ])
        }

        private func post(_ interaction: [String: Any]) throws -> (status: Int, content: String) {
            let body = String(decoding: try JSONSerialization.data(withJSONObject: interaction, options: [.sortedKeys]), as: UTF8.self)
            let timestamp = "\(Int(Date().timeIntervalSince1970))"
            let signature = try DiscordServeOfferTests.sign([body], timestamp: timestamp).signatures[0]
            let response = try client.send(HTTPClientRequest(method: "POST", url: base + "/discord/interactions", headers: [
                "Content-Type": "application/json", "X-Signature-Ed25519": signature, "X-Signature-Timestamp": timestamp,
            ], body: Array(body.utf8)))
            let answer = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            return (response.status, ((answer?["data"] as? [String: Any])?["content"] as? String) ?? response.bodyText)
        }

        static func snowflake() -> String { "12\(Int.random(in: 100_000_000_000_000_00...999_999_999_999_999_99))" }
    }

    /// Signatures from `Tests/Support/python/discord_sign.py` (PyNaCl), and the public key they verify with.
    static func sign(_ bodies: [String], timestamp: String) throws -> (publicKey: String, signatures: [String]) {
        let answer = try PythonReference.json("discord_sign.py", input: ["seed": seed, "timestamp": timestamp, "bodies": bodies]) as? [String: Any]
        return (try #require(answer?["public_key"] as? String), try #require(answer?["signatures"] as? [String]))
    }

    @Test func securityD10AnOfferToADiscordMentorIsADMWhoseAcceptButtonCreatesThePairing() throws {
        try Data(SlackServeJourneyTests.orgCSV.utf8).write(to: URL(fileURLWithPath: folder.file("org.csv")))
        try Data(Self.profilesCSV.utf8).write(to: URL(fileURLWithPath: folder.file("profiles.csv")))
        let api = FakeDiscordAPI()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0)) { api.handle($0) }
        try server.start()
        defer { server.shutdown() }
        let environment = [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_LOG_LEVEL": "warning", "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1",
            "MENTORD_ORG_SEED_CSV": folder.file("org.csv"), "MENTORD_ORG_SEED_PROFILES_CSV": folder.file("profiles.csv"),
            "MENTORD_DISCORD_PUBLIC_KEY": try Self.sign([], timestamp: "0").publicKey,
            "MENTORD_DISCORD_APPLICATION_ID": Self.application, "MENTORD_DISCORD_BOT_TOKEN": "discord-bot-token",
            "MENTORD_DISCORD_API_URL": "http://127.0.0.1:\(server.port)",
        ]
        let daemon = try DaemonProcess(["serve"], environment: environment)
        defer { if daemon.process.isRunning { _ = daemon.stop() } }
        let discord = SignedDiscord(base: "http://127.0.0.1:\(try daemon.waitForPort())", client: client)

        for person in [Self.kenji, Self.rafaela] {
            let code = try SlackServeJourneyTests.linkCode(for: person.email, environment: environment)
            let linked = try discord.command("link \(code)", as: person.id)
            #expect(linked.status == 200 && linked.content.contains("Linked"), "\(linked)")
        }
        let requested = try discord.command("request customer discovery", as: Self.rafaela.id)
        #expect(requested.content.contains("Your request is with Kenji Watanabe"), "\(requested)")

        let deadline = Date() + 10
        while api.messages.withLock({ $0.isEmpty }), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(api.opened.withLock { $0 } == [Self.kenji.id], "the bot opens Kenji's DM")
        let offer = try #require(api.messages.withLock { $0.first }, "the offer reaches Discord")
        #expect(offer.channel == "DM\(Self.kenji.id)")
        let message = try #require(try JSONSerialization.jsonObject(with: Data(offer.body)) as? [String: Any])
        #expect((message["content"] as? String)?.contains("Rafaela Souza") == true, "\(message)")
        let buttons = ((message["components"] as? [[String: Any]]) ?? []).flatMap { ($0["components"] as? [[String: Any]]) ?? [] }
        #expect(buttons.compactMap { $0["label"] as? String }.starts(with: ["Accept", "Decline"]), "\(buttons)")
        let accept = try #require(buttons.first { $0["label"] as? String == "Accept" }?["custom_id"] as? String)

        let pressed = try discord.click(accept, as: Self.kenji.id, in: offer.channel)
        #expect(pressed.status == 200, "\(pressed)")
        let home = try discord.command("mentoring", as: Self.rafaela.id).content
        #expect(home.contains("Your mentor Kenji Watanabe"), "the pairing exists: \(home)")
        let (status, _) = daemon.stop()
        #expect(status == 0)
    }
}
