import Foundation
import MentorCore

/// A people directory in memory, for scenario tests that need no database.
public final class InMemoryDirectory: DirectoryStore, @unchecked Sendable {
    private let lock = NSLock()
    private var people: [PersonID: Person] = [:]
    private var rolesOf: [PersonID: Set<Role>] = [:]
    private var identities: [ChatIdentity: PersonID] = [:]
    private var nextID: Int64 = 1

    public init(_ people: [Person] = []) {
        for person in people { self.people[person.id] = person }
        nextID = (people.map(\.id.rawValue).max() ?? 0) + 1
    }

    /// Grants `role` to the person with `email`.
    public func grant(_ role: Role, to email: String) {
        locked {
            guard let id = people.values.first(where: { $0.email == email.lowercased() })?.id else { return }
            rolesOf[id, default: []].insert(role)
        }
    }

    /// Links a chat account to the person with `email`.
    public func link(_ identity: ChatIdentity, to email: String) {
        locked { identities[identity] = people.values.first { $0.email == email.lowercased() }?.id }
    }

    public func person(email: String) throws -> Person? {
        locked { people.values.first { $0.email == email.lowercased() } }
    }

    public func person(id: PersonID) throws -> Person? { locked { people[id] } }

    public func person(identity: ChatIdentity) throws -> Person? {
        locked { identities[identity].flatMap { people[$0] } }
    }

    public func roles(of person: PersonID) throws -> Set<Role> { locked { rolesOf[person] ?? [] } }

    public func peopleCount() throws -> Int { locked { people.count } }

    public func apply(_ plan: ImportPlan) throws -> ImportSummary {
        locked { write(plan) }
    }

    public func preview(_ plan: ImportPlan) throws -> ImportSummary {
        locked {
            let saved = (people, nextID)
            defer { (people, nextID) = saved }
            return write(plan)
        }
    }

    private func write(_ plan: ImportPlan) -> ImportSummary {
        precondition(plan.isApplicable)
        let baseline = people
        var byEmail = Dictionary(uniqueKeysWithValues: people.values.map { ($0.email, $0.id) })
        for record in plan.records where byEmail[record.email] == nil {
            byEmail[record.email] = PersonID(nextID)
            nextID += 1
        }
        var summary = ImportSummary()
        for record in plan.records {
            let id = byEmail[record.email]!
            let person = Person(
                id: id, email: record.email, displayName: record.displayName,
                managerID: record.managerEmail.flatMap { byEmail[$0] }, site: record.site, country: record.country,
                timeZoneID: record.timeZoneID, function: record.function, team: record.team,
                careerStage: record.careerStage, hireDate: record.hireDate, languages: record.languages,
                status: record.status
            )
            switch baseline[id] {
            case nil: summary.created += 1
            case person: summary.unchanged += 1
            default: summary.updated += 1
            }
            people[id] = person
        }
        if plan.fullSync {
            let kept = Set(plan.records.map(\.email))
            for (id, person) in people where person.status == .active && !kept.contains(person.email) {
                people[id]!.status = .left
                summary.departed += 1
            }
        }
        return summary
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
