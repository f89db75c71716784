import Foundation

/// A personal goal with optional milestones, progress and a due date.
public struct Goal: Sendable, Equatable {
    public enum Status: String, Sendable {
        case open, done
    }

    public struct Milestone: Sendable, Equatable, Codable {
        public var text: String
        public var done: Bool

        public init(text: String, done: Bool = false) {
            self.text = text
            self.done = done
        }
    }

    public var id: Int64
    public var owner: PersonID
    public var text: String
    /// `smart` or `grow`, when written with a template.
    public var template: String?
    public var due: CalendarDate?
    /// 0–100.
    public var progress: Int
    public var status: Status
    /// Whether the owner's mentors can see it.
    public var shared: Bool
    public var milestones: [Milestone]
    public var createdAt: Date

    public init(
        id: Int64 = 0, owner: PersonID, text: String, template: String? = nil, due: CalendarDate? = nil, progress: Int = 0, status: Status = .open,
        shared: Bool = false, milestones: [Milestone] = [], createdAt: Date
    ) {
        self.id = id
        self.owner = owner
        self.text = text
        self.template = template
        self.due = due
        self.progress = progress
        self.status = status
        self.shared = shared
        self.milestones = milestones
        self.createdAt = createdAt
    }
}
