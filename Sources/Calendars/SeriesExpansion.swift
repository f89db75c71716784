import Foundation

/// One occurrence of an event: when it is, and which VEVENT it takes its status, transparency and name from (the
/// series' own, an override, or a RANGE=THISANDFUTURE change).
struct Occurrence {
    var start: Date
    var end: Date
    /// The start as written, for all-day dates.
    var startTime: FeedTime
    var length: Int64
    /// Index of the VEVENT in ``FeedDocument/events``.
    var source: Int
}

/// Expands the events of a feed into occurrences overlapping a window: events grouped into series by UID, each
/// series' starts from ``RecurrenceStarts``, EXDATE applied, RECURRENCE-ID overrides in place of the occurrences they
/// replace, and RANGE=THISANDFUTURE changes carried to every later occurrence.
///
/// The rules follow RFC 5545; where the RFC leaves room (duplicate UIDs, mixed value kinds) they follow the
/// reference library `recurring-ical-events`: the highest SEQUENCE wins, an occurrence is recognised by its UTC or its
/// own wall time, and an all-day EXDATE removes that whole day.
struct SeriesExpansion {
    let events: [FeedEvent]
    let owner: TimeZone
    let window: DateInterval

    func occurrences(budget: inout ExpansionBudget) -> [Occurrence] {
        var order: [String] = []
        var series: [String: [Int]] = [:]
        for (index, event) in events.enumerated() {
            if series[event.uid] == nil { order.append(event.uid) }
            series[event.uid, default: []].append(index)
        }
        var result: [Occurrence] = []
        for uid in order {
            expand(series[uid]!, into: &result, budget: &budget)
            if budget.exhausted != nil { break }
        }
        return result
    }

    private func expand(_ members: [Int], into result: inout [Occurrence], budget: inout ExpansionBudget) {
        var core: Int?
        var overrides: [WallClock: Int] = [:]
        var overrideList: [Int] = []
        for index in members {
            let event = events[index]
            guard let id = event.recurrenceID else {
                if core.map({ events[$0].sequence < event.sequence }) ?? true { core = index }
                continue
            }
            for key in id.recurrenceKeys(owner: owner) {
                if let existing = overrides[key], events[existing].sequence >= event.sequence { continue }
                overrides[key] = index
            }
        }
        overrideList = Array(Set(overrides.values)).sorted()
        let changes = overrideList.filter { events[$0].thisAndFuture }
            .map { (id: events[$0].recurrenceID!.instant(owner: owner), index: $0) }.sorted { $0.id < $1.id }
        var emitted: Set<Int> = []
        var exdateKeys: Set<WallClock> = []
        var exdateDays: Set<Int64> = []
        if let core {
            for exdate in events[core].exdates {
                exdateKeys.formUnion(exdate.recurrenceKeys(owner: owner))
                if exdate.isDate { exdateDays.insert(exdate.wall.seconds) }
            }
            let coreEvent = events[core]
            // Wide enough for the longest occurrence and for any override moving one in or out of the window.
            let shifts = changes.map { abs(shift(of: $0.index)) } + [0]
            let lengths = changes.map { events[$0.index].length } + [coreEvent.length] + coreEvent.rdates.compactMap(\.length)
            let margin = Double(lengths.max()! + shifts.max()!)
            let starts = RecurrenceStarts(event: coreEvent, owner: owner)
                .starts(from: window.start - margin, through: window.end + Double(shifts.max()!), budget: &budget)
            var seen: Set<Date> = []
            for start in starts {
                guard budget.hasTime() else { break }
                let instant = start.time.instant(owner: owner)
                guard !seen.contains(instant) else { continue }
                let keys = start.time.recurrenceKeys(owner: owner)
                if exdateDays.contains(start.time.wall.midnight.seconds) || keys.contains(where: exdateKeys.contains) { continue }
                if let replacement = keys.reversed().lazy.compactMap({ overrides[$0] }).first {
                    if emitted.insert(replacement).inserted { emit(replacement, into: &result, budget: &budget) }
                    continue
                }
                seen.insert(instant)
                let base = changes.last { $0.id < instant }?.index ?? core
                let moved = base == core ? start.time : start.time.moved(to: start.time.wall.adding(seconds: shift(of: base)))
                let length = start.length ?? events[base].length
                keep(Occurrence(
                    start: moved.instant(owner: owner), end: FeedEvent.end(of: moved, length: length, owner: owner), startTime: moved,
                    length: length, source: base
                ), into: &result, budget: &budget)
            }
        }
        for index in overrideList where !emitted.contains(index) {
            if events[index].recurrenceID!.recurrenceKeys(owner: owner).contains(where: exdateKeys.contains) { continue }
            if let core, isStale(index, core: core, exdateKeys: exdateKeys, exdateDays: exdateDays, budget: &budget) { continue }
            emit(index, into: &result, budget: &budget)
        }
    }

    /// Whether an override is left over from an older version of the series: it repeats itself, has a lower SEQUENCE
    /// than the series, and the series no longer has the occurrence it overrides.
    private func isStale(_ index: Int, core: Int, exdateKeys: Set<WallClock>, exdateDays: Set<Int64>, budget: inout ExpansionBudget) -> Bool {
        let event = events[index]
        guard event.repeats || !event.exdates.isEmpty, event.sequence < events[core].sequence, let id = event.recurrenceID else { return false }
        let keys = Set(id.recurrenceKeys(owner: owner))
        let instant = id.instant(owner: owner)
        let starts = RecurrenceStarts(event: events[core], owner: owner).starts(from: instant - 86_400, through: instant + 86_400, budget: &budget)
        return !starts.contains { start in
            let startKeys = start.time.recurrenceKeys(owner: owner)
            return !exdateDays.contains(start.time.wall.midnight.seconds) && !startKeys.contains(where: exdateKeys.contains)
                && startKeys.contains(where: keys.contains)
        }
    }

    /// How far a RANGE=THISANDFUTURE change moves later occurrences: its start minus its RECURRENCE-ID.
    private func shift(of index: Int) -> Int64 {
        let event = events[index]
        guard let id = event.recurrenceID else { return 0 }
        if id.zone.isSame(as: event.start.zone) && id.isDate == event.start.isDate { return event.start.wall.seconds - id.wall.seconds }
        return Int64(event.start.instant(owner: owner).timeIntervalSince(id.instant(owner: owner)).rounded())
    }

    /// An override at its own time.
    private func emit(_ index: Int, into result: inout [Occurrence], budget: inout ExpansionBudget) {
        let event = events[index]
        keep(Occurrence(
            start: event.start.instant(owner: owner), end: FeedEvent.end(of: event.start, length: event.length, owner: owner),
            startTime: event.start, length: event.length, source: index
        ), into: &result, budget: &budget)
    }

    private func keep(_ occurrence: Occurrence, into result: inout [Occurrence], budget: inout ExpansionBudget) {
        let overlaps = occurrence.start < window.end && (occurrence.end > window.start || occurrence.start >= window.start)
        guard overlaps, budget.keep() else { return }
        result.append(occurrence)
    }
}
