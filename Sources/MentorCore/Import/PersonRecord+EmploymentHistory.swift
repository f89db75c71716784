/// How one import row extends its person's employment history (see the README's "HR history").
///
/// A change between imports is dated on the import's day, unless the row gives an exact date: `termination_date` for
/// a departure, `last_promotion_date` for a new career stage, `hire_date` for a return after leaving. An exact date
/// earlier than states already recorded replaces them (HR's date is better evidence than the import that first
/// noticed). A person's first import records their state on the import's day, or from `last_promotion_date` when the
/// row has one (their stage held since then, and they were employed), and a departure from `termination_date`.
extension PersonRecord {
    /// Their status on `date`: `left` from a `termination_date` on or before it, unless the row says `alumni` or a
    /// later `hire_date` shows they came back; otherwise the `status` column.
    public func status(on date: CalendarDate) -> EmploymentStatus {
        status == .active && departure(by: date) != nil ? .left : status
    }

    /// The states to record after `recorded`, the person's history so far (oldest first; empty for someone new), for
    /// a file describing `asOf`. Empty when nothing changed. The writer replaces any recorded state on or after the
    /// first one's day.
    ///
    /// A `last_promotion_date` on or before the day their recorded stage began is stale (HR did not update it with
    /// the new stage), so the change is dated on the import's day instead.
    public func historyEntries(after recorded: [EmploymentState], asOf: CalendarDate) -> [EmploymentState] {
        let status = status(on: asOf)
        let departed = status != .active
        let departure: (date: CalendarDate, source: EmploymentHistorySource) =
            self.departure(by: asOf).map { ($0, .terminationDate) } ?? (asOf, .importDate)
        let stageSince = recorded.last.map { latest in
            recorded.reversed().prefix { $0.careerStage == latest.careerStage }.last!.effectiveOn
        }
        let promotion = lastPromotionDate.map { min($0, asOf) }.flatMap { date in stageSince.map { date > $0 ? date : nil } ?? date }
        guard let latest = recorded.last else {
            var entries: [EmploymentState] = []
            if let promotion, !departed || promotion < departure.date {
                let since = max(promotion, hireDate.map { min($0, asOf) } ?? promotion)
                entries.append(EmploymentState(effectiveOn: since, status: .active, careerStage: careerStage, source: .lastPromotionDate))
            }
            if departed || entries.isEmpty {
                let dated = departed ? departure : (asOf, .importDate)
                if entries.last?.effectiveOn == dated.date { entries.removeLast() }
                entries.append(EmploymentState(effectiveOn: dated.date, status: status, careerStage: careerStage, source: dated.source))
            }
            return entries
        }
        let stageChanged = careerStage != latest.careerStage
        let statusChanged = status != latest.status
        guard stageChanged || statusChanged else { return [] }
        var statusChange: (date: CalendarDate, source: EmploymentHistorySource) = (asOf, .importDate)
        if statusChanged && departed {
            statusChange = departure
        } else if statusChanged, let hired = hireDate, hired > latest.effectiveOn, hired <= asOf {
            statusChange = (hired, .hireDate)
        }
        // A new stage without its own date, in the import that also records a departure or a return, is the stage
        // they left or came back at.
        let stageChange: (date: CalendarDate, source: EmploymentHistorySource) =
            promotion.map { ($0, .lastPromotionDate) } ?? (statusChanged ? statusChange : (asOf, .importDate))
        guard stageChanged && statusChanged && stageChange.date != statusChange.date else {
            let dated = statusChanged ? statusChange : stageChange
            return [EmploymentState(effectiveOn: dated.date, status: status, careerStage: careerStage, source: dated.source)]
        }
        if stageChange.date < statusChange.date {
            return [
                EmploymentState(effectiveOn: stageChange.date, status: latest.status, careerStage: careerStage, source: stageChange.source),
                EmploymentState(effectiveOn: statusChange.date, status: status, careerStage: careerStage, source: statusChange.source),
            ]
        }
        return [
            EmploymentState(effectiveOn: statusChange.date, status: status, careerStage: latest.careerStage, source: statusChange.source),
            EmploymentState(effectiveOn: stageChange.date, status: status, careerStage: careerStage, source: stageChange.source),
        ]
    }

    /// The `termination_date` when it is on or before `date` and no later `hire_date` shows a return.
    private func departure(by date: CalendarDate) -> CalendarDate? {
        guard let terminationDate, terminationDate <= date else { return nil }
        if let hireDate, hireDate > terminationDate { return nil }
        return terminationDate
    }
}
