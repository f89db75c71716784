import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Issue 17: an invitation's `.ics` file reaches Discord, Mattermost and Zulip people as a file, through each
/// platform's upload API, after the message that carries its link.
@Suite struct CalendarFileUploadTests {
    static let invite = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:m1@mentord\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

    func envelope(_ platform: String, _ destination: OutgoingMessage.Destination) -> OutboxEnvelope {
        OutboxEnvelope(id: 5, idempotencyKey: "mentord-5", attempt: 1, message: OutgoingMessage(
            platform: platform, workspace: "w", destination: destination,
            reply: Reply(.heading("Meeting with Rafaela Souza"), .text("Add it to your calendar: https://mentord.example.com/i/abc.ics"),
                .attachment(ReplyAttachment(name: "invite.ics", mimeType: "text/calendar", content: Self.invite)))
        ))
    }

    func file(_ request: HTTPClientRequest, named name: String) -> FormPart? {
        request.formParts.first { $0.name == name }
    }

    @Test func discordSendsTheFileAsAMessageOfItsOwnInTheDM() throws {
        let client = RecordingHTTPClient(responses: [
            .json(#"{"id":"DM1","type":1}"#), .json(#"{"id":"M1"}"#), .json(#"{"id":"M2","attachments":[{"id":"A1","filename":"invite.ics"}]}"#),
        ])
        let sender = DiscordSender(client: client, botToken: Secret("bot"))
        #expect(sender.deliver(envelope("discord", .directMessage(ChatIdentity(platform: "discord", workspace: "global", userID: "8035")))) == .delivered)
        #expect(client.requests.map(\.url) == [
            "https://discord.com/api/v10/users/@me/channels", "https://discord.com/api/v10/channels/DM1/messages",
            "https://discord.com/api/v10/channels/DM1/messages",
        ])
        let upload = client.requests[2]
        #expect(upload.headers["Authorization"] == "Bot bot")
        let payload = try #require(file(upload, named: "payload_json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(payload.data)) as? [String: Any])
        #expect((json["attachments"] as? [[String: Any]])?.first?["filename"] as? String == "invite.ics")
        let part = try #require(file(upload, named: "files[0]"))
        #expect(part.filename == "invite.ics" && part.contentType == "text/calendar" && part.data == Array(Self.invite.utf8))
    }

    @Test func mattermostUploadsTheFileThenPostsItByItsID() throws {
        let client = RecordingHTTPClient(responses: [
            .json(#"{"id":"dmchannel1"}"#, status: 201), .json(#"{"id":"post1"}"#, status: 201),
            .json(#"{"file_infos":[{"id":"file1","name":"invite.ics","extension":"ics","size":120,"mime_type":"text/calendar"}],"client_ids":[]}"#, status: 201),
            .json(#"{"id":"post2"}"#, status: 201),
        ])
        let sender = MattermostSender(serverURL: "https://mm.example.com", botToken: Secret("mm-token"), botUserID: "bot1", client: client)
        #expect(sender.deliver(envelope("mattermost", .directMessage(ChatIdentity(platform: "mattermost", workspace: "t", userID: "u1")))) == .delivered)
        #expect(client.requests.map(\.url) == [
            "https://mm.example.com/api/v4/channels/direct", "https://mm.example.com/api/v4/posts", "https://mm.example.com/api/v4/files",
            "https://mm.example.com/api/v4/posts",
        ])
        let upload = client.requests[2]
        #expect(upload.headers["Authorization"] == "Bearer mm-token")
        #expect(file(upload, named: "channel_id")?.data == Array("dmchannel1".utf8))
        #expect(file(upload, named: "files").map { $0.filename == "invite.ics" && $0.data == Array(Self.invite.utf8) } == true)
        let post = try #require(try JSONSerialization.jsonObject(with: Data(client.requests[3].body)) as? [String: Any])
        #expect(post["channel_id"] as? String == "dmchannel1" && post["file_ids"] as? [String] == ["file1"])
    }

    @Test func zulipUploadsTheFileAndLinksItInTheSameConversation() throws {
        let client = RecordingHTTPClient(responses: [
            .json(#"{"result":"success","msg":"","id":42}"#),
            .json(#"{"result":"success","msg":"","uri":"/user_uploads/2/ab/invite.ics","url":"/user_uploads/2/ab/invite.ics","filename":"invite.ics"}"#),
            .json(#"{"result":"success","msg":"","id":43}"#),
        ])
        let sender = ZulipSender(siteURL: "https://chat.example.com", botEmail: "mentord-bot@chat.example.com", apiKey: Secret("key"), client: client)
        #expect(sender.deliver(envelope("zulip", .directMessage(ChatIdentity(platform: "zulip", workspace: "z", userID: "17")))) == .delivered)
        #expect(client.requests.map(\.url) == [
            "https://chat.example.com/api/v1/messages", "https://chat.example.com/api/v1/user_uploads", "https://chat.example.com/api/v1/messages",
        ])
        #expect(client.requests[1].headers["Authorization"]?.hasPrefix("Basic ") == true)
        #expect(file(client.requests[1], named: "filename").map { $0.filename == "invite.ics" && $0.data == Array(Self.invite.utf8) } == true)
        let link = String(decoding: client.requests[2].body, as: UTF8.self)
        #expect(link.contains("type=private") && link.contains("to=%5B17%5D"), "\(link)")
        #expect(link.contains("content=%5Binvite.ics%5D%28%2Fuser_uploads%2F2%2Fab%2Finvite.ics%29"), "\(link)")
    }

    @Test func aFailedUploadStillDeliversTheMessage() {
        let client = RecordingHTTPClient(responses: [.json(#"{"id":"post1"}"#, status: 201), .json(#"{"message":"no"}"#, status: 403)])
        let sender = MattermostSender(serverURL: "https://mm.example.com", botToken: Secret("t"), botUserID: "bot1", client: client)
        #expect(sender.deliver(envelope("mattermost", .conversation("town-square"))) == .delivered)
        #expect(client.requests.count == 2)
    }
}
