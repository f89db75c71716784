/// Which side of a pairing a participant's outcome is measured for; someone who was both is measured on each side.
public enum OutcomeRole: String, Sendable, CaseIterable {
    case mentee, mentor
}
