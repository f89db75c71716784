/// What a button does when clicked: the ids mentord puts on ``ReplyAction``s, defined once.
public enum ButtonID: String, Sendable {
    /// Runs the button's value as a command line (`checkin 4 met`).
    case run
    /// Answers the open conversation flow's question with the button's value.
    case flowAnswer = "flow.answer"
}
