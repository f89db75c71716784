import Foundation
import MentorCore
import MentorTesting

// Slot search for 8 people in 8 zones over 14 days at 15-minute steps, each with 50 busy events (seeded).
// Usage: ScheduleBench ROUNDS INSTANCE.json — writes the instance for the Python reference, times ROUNDS searches
// and prints: ours p50_ms=… p99_ms=… best=<epoch seconds of the best slot> edges=<its edge minutes>

let arguments = CommandLine.arguments
let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 500 : 500
let instancePath = arguments.count > 2 ? arguments[2] : "schedule-instance.json"

// Eight zones spanning 10.5 hours (New York to Kolkata), so a few edge-of-day slots exist and the ranking matters.
let zones = ["America/New_York", "America/Sao_Paulo", "Europe/London", "Africa/Lagos", "Europe/Berlin", "Europe/Istanbul", "Asia/Dubai", "Asia/Kolkata"]
var random = SeededGenerator(seed: 2026)
let from = Date(timeIntervalSince1970: 1_804_377_600)  // Sun 7 Mar 2027 00:00 UTC: New York changes clocks inside the window
let to = from + 14 * 86_400
var attendees: [Attendee] = []
var json: [[String: Any]] = []
for (index, zone) in zones.enumerated() {
    var busy: [DateInterval] = []
    for _ in 0..<50 {
        let start = from + Double(Int.random(in: 0..<(14 * 96), using: &random) * 900)
        busy.append(DateInterval(start: start, duration: Double([30, 45, 60, 90].randomElement(using: &random)! * 60)))
    }
    busy.sort { $0.start < $1.start }
    let person = Person(id: PersonID(Int64(index + 1)), email: "p\(index)@example.com", displayName: "P\(index)", timeZoneID: zone)
    let burden = Int.random(in: 0...120, using: &random)
    attendees.append(Attendee(person: person, zone: TimeZone(identifier: zone)!, hours: .standard, busy: busy, burden: burden))
    json.append([
        "zone": zone, "start": 9 * 60, "end": 17 * 60, "burden": burden,
        "busy": busy.map { [Int($0.start.timeIntervalSince1970), Int($0.end.timeIntervalSince1970)] },
    ])
}
let edge = 180, minutes = 30
let instance: [String: Any] = ["from": Int(from.timeIntervalSince1970), "to": Int(to.timeIntervalSince1970), "minutes": minutes, "edge": edge, "people": json]
try JSONSerialization.data(withJSONObject: instance).write(to: URL(fileURLWithPath: instancePath))

let finder = SlotFinder(edgeMinutes: edge)
var times: [Double] = []
var best: ProposedSlot?
for _ in 0..<rounds {
    let started = DispatchTime.now().uptimeNanoseconds
    best = finder.best(attendees, minutes: minutes, from: from, to: to).first
    times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
}
times.sort()
let p50 = times[times.count / 2], p99 = times[min(times.count - 1, times.count * 99 / 100)]
print(String(format: "ours p50_ms=%.3f p99_ms=%.3f best=%d edges=%d", p50, p99, Int(best?.start.timeIntervalSince1970 ?? 0), best?.edgeMinutes.reduce(0, +) ?? -1))
