import Foundation

/// Keeps button actions whose payload is too long for a platform's button (Telegram's 64-byte `callback_data`),
/// so the button carries only a short token. Implemented on SQLite by `SQLiteButtonReferenceStore`.
public protocol ButtonReferenceStore: Sendable {
    /// Keeps `reference` until its expiry, and forgets those that expired by `now`, so the table stays small.
    func record(_ reference: ButtonReference, now: Date) throws
    /// The reference stored under `token`, unless it is unknown or expired at `now`.
    func reference(_ token: String, now: Date) throws -> ButtonReference?
}
