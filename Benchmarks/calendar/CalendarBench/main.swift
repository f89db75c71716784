import Calendars
import Foundation
import MentorCore

// make bench-calendar: parse + expand a year-long Outlook feed for a 28-day window with the libical reader, cold
// (a new reader each round, so nothing is cached) and cached (the same reader again). Writes the feed for the
// Python reference and prints one line:
//   ours p50_ms=… p99_ms=… cached_p50_ms=… busy_seconds=… window_start=… window_end=… events=…
let arguments = CommandLine.arguments
let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 200 : 200
let feedPath = arguments.count > 2 ? arguments[2] : "feed.ics"
let feed = OutlookYear.feed()
try Data(feed.utf8).write(to: URL(fileURLWithPath: feedPath))

let berlin = TimeZone(identifier: "Europe/Berlin")!
// 1 March to 29 March 2027: across the European and the US clock changes.
let window = DateInterval(start: Date(timeIntervalSince1970: 1_803_859_200), duration: 28 * 86_400)

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func percentile(_ values: [Double], _ share: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
}

var reading = CalendarReading<DateInterval>()
var cold: [Double] = []
for _ in 0..<rounds {
    let reader = LibICalReader()
    cold.append(milliseconds { reading = reader.busy(in: feed, zone: berlin, window: window) })
}
let shared = LibICalReader()
_ = shared.busy(in: feed, zone: berlin, window: window)
var cached: [Double] = []
for round in 0..<rounds {
    // The next schedule a few minutes later: the same day's expansion, clipped to its own window.
    let later = DateInterval(start: window.start + Double(round % 60) * 60, duration: window.duration)
    cached.append(milliseconds { _ = shared.busy(in: feed, zone: berlin, window: later) })
}
let busySeconds = Int(reading.items.reduce(0) { $0 + $1.duration })
print(String(
    format: "ours p50_ms=%.3f p99_ms=%.3f cached_p50_ms=%.4f busy_seconds=%d window_start=%d window_end=%d events=%d problems=%d",
    percentile(cold, 0.5), percentile(cold, 0.99), percentile(cached, 0.5), busySeconds, Int(window.start.timeIntervalSince1970),
    Int(window.end.timeIntervalSince1970), reading.events, reading.problems.count
))
