/// What a job is about. Ending the subject (closing a pairing, cancelling a meeting, answering an offer) cancels its
/// jobs through ``JobStore/cancelJobs(about:kind:)``, whatever their keys look like.
public enum JobSubject: Hashable, Sendable {
    /// A mentoring pairing: its check-ins, journey, inactivity ladder and nudges.
    case pairing(Int64)
    /// A meeting or series: its reminders, the move to the next occurrence, reflection prompts, a circle session's eve notice.
    case meeting(Int64)
    /// A circle or sprint: its close-out.
    case circle(Int64)
    /// A weekly office hours: its announcements, roster and the move to the next session.
    case officeHours(Int64)
    /// A goal: the nudge before it is due.
    case goal(Int64)
    /// An offer to a mentor: its reminder and expiry.
    case offer(Int64)
    /// A person: their daily digest.
    case person(PersonID)

    /// The stored name of the subject's kind, e.g. `pairing`.
    public var kind: String {
        switch self {
        case .pairing: "pairing"
        case .meeting: "meeting"
        case .circle: "circle"
        case .officeHours: "officeHours"
        case .goal: "goal"
        case .offer: "offer"
        case .person: "person"
        }
    }

    /// The subject's id within its kind.
    public var id: Int64 {
        switch self {
        case .pairing(let id), .meeting(let id), .circle(let id), .officeHours(let id), .goal(let id), .offer(let id): id
        case .person(let person): person.rawValue
        }
    }

    /// The subject stored as `kind` and `id`, if the kind is known.
    public init?(kind: String, id: Int64) {
        switch kind {
        case "pairing": self = .pairing(id)
        case "meeting": self = .meeting(id)
        case "circle": self = .circle(id)
        case "officeHours": self = .officeHours(id)
        case "goal": self = .goal(id)
        case "offer": self = .offer(id)
        case "person": self = .person(PersonID(id))
        default: return nil
        }
    }
}
