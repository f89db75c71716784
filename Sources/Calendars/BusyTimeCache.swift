import Foundation
import MentorCore

/// Busy time already expanded, by feed content, owner's zone and window: a `schedule` with someone whose feed has not
/// changed reads it from here. Least recently used entries go first once it holds ``capacity``.
struct BusyTimeCache {
    struct Key: Hashable {
        /// A digest of the feed text, with its length; see ``FeedDigest``.
        var feed: FeedDigest
        var zone: String
        var window: DateInterval
    }

    let capacity: Int
    private var entries: [Key: (reading: CalendarReading<DateInterval>, used: UInt64)] = [:]
    private var clock: UInt64 = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    var count: Int { entries.count }

    mutating func reading(for key: Key) -> CalendarReading<DateInterval>? {
        guard let entry = entries[key] else { return nil }
        clock += 1
        entries[key] = (entry.reading, clock)
        return entry.reading
    }

    mutating func store(_ reading: CalendarReading<DateInterval>, for key: Key) {
        clock += 1
        if entries[key] == nil, entries.count >= capacity, let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key {
            entries[oldest] = nil
        }
        entries[key] = (reading, clock)
    }
}

/// A fingerprint of a feed's bytes: SipHash with this process's random seed, and the length. Nobody outside can
/// aim a feed at another's fingerprint, because the seed is never shown.
struct FeedDigest: Hashable {
    var hash: Int
    var bytes: Int

    init(_ text: String) {
        var hasher = Hasher()
        var copy = text
        bytes = copy.withUTF8 { buffer in
            hasher.combine(bytes: UnsafeRawBufferPointer(buffer))
            return buffer.count
        }
        hash = hasher.finalize()
    }
}
