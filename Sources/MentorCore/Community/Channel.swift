import Foundation

/// A chat channel announcements go to, from `Config/channels.json`: where it is and which zones its readers are in.
public struct Channel: Sendable, Equatable, Codable {
    public var name: String
    public var platform: String
    public var workspace: String
    /// The platform's id for the channel or room.
    public var id: String
    /// The IANA zones of the regions it serves; one morning post per zone, or one post when there is a single zone.
    public var zones: [String]
    /// The languages its posts are written in, one post each; none means the org's default language.
    public var languages: [String] = []

    public init(name: String, platform: String, workspace: String = "", id: String, zones: [String]) {
        self.name = name
        self.platform = platform
        self.workspace = workspace
        self.id = id
        self.zones = zones
    }

    private enum CodingKeys: String, CodingKey { case name, platform, workspace, id, zones, languages }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        platform = try container.decode(String.self, forKey: .platform)
        workspace = try container.decodeIfPresent(String.self, forKey: .workspace) ?? ""
        id = try container.decode(String.self, forKey: .id)
        zones = try container.decodeIfPresent([String].self, forKey: .zones) ?? ["UTC"]
        if let bad = zones.first(where: { TimeZone(identifier: $0) == nil }) {
            throw DecodingError.dataCorruptedError(forKey: .zones, in: container, debugDescription: "\"\(bad)\" is not an IANA time zone")
        }
        languages = try container.decodeIfPresent([String].self, forKey: .languages)?.map { $0.lowercased() } ?? []
    }
}
