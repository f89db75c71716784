import Foundation

/// IMF-fixdate parsing (RFC 9110 §5.6.7), as used by `Retry-After` and `Date`.
public enum HTTPDate {
    /// Seconds since 1970 for a date such as `Sun, 06 Nov 1994 08:49:37 GMT`, or nil.
    public static func parse(_ text: String) -> Double? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)?.timeIntervalSince1970
    }
}
