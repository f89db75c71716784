/// Small named values a platform keeps between runs, such as a poll cursor (Matrix `next_batch`, the Telegram offset)
/// or the room of someone's direct chat. Set a cursor in the same transaction as the deliveries it moves past.
public protocol PlatformStateStore: Sendable {
    /// The value stored under `key`, if any.
    func value(_ key: String) throws -> String?
    /// Stores `value` under `key`, replacing what was there.
    func set(_ key: String, _ value: String) throws
}
