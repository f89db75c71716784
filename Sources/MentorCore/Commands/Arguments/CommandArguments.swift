import Foundation

/// The values of one parsed action, read by the names its declaration gave them.
public struct CommandArguments: Sendable {
    /// One value, already checked against its kind and range.
    public enum Value: Sendable {
        case text(String)
        case number(Int)
        case id(Int64)
        case date(CalendarDate)
        case person(Person, typed: String)
        case people([Person])
        case weeklyTime(Weekday, minute: Int)
        case flag
    }

    /// The action that was picked, e.g. `join`; empty for a command without sub-actions.
    public var action: String
    public var values: [String: Value]

    public init(action: String, values: [String: Value] = [:]) {
        self.action = action
        self.values = values
    }

    /// Whether a value or flag was given (or has a default).
    public func has(_ name: String) -> Bool { values[name] != nil }

    /// Text, a choice (lowercased) or a URL; nil when not given.
    public func text(_ name: String) -> String? {
        if case .text(let text) = values[name] { return text }
        return nil
    }

    /// A declared text that is always present (a required argument, or one with a default).
    public subscript(_ name: String) -> String {
        guard let text = text(name) else { preconditionFailure("\(name) is not a required text of \(action)") }
        return text
    }

    /// A whole number, minutes or days.
    public func number(_ name: String) -> Int? {
        if case .number(let value) = values[name] { return value }
        return nil
    }

    public func id(_ name: String) -> Int64? {
        if case .id(let value) = values[name] { return value }
        return nil
    }

    public func date(_ name: String) -> CalendarDate? {
        if case .date(let value) = values[name] { return value }
        return nil
    }

    /// The person named, resolved in the directory.
    public func person(_ name: String) -> Person? {
        if case .person(let person, _) = values[name] { return person }
        return nil
    }

    /// How the person was typed, for replies that repeat it (`unblock @dee…`).
    public func typedPerson(_ name: String) -> String? {
        if case .person(_, let typed) = values[name] { return typed }
        return nil
    }

    /// The people of a repeated person argument, in order, each once.
    public func people(_ name: String) -> [Person] {
        if case .people(let people) = values[name] { return people }
        return person(name).map { [$0] } ?? []
    }

    public func weeklyTime(_ name: String) -> (day: Weekday, minute: Int)? {
        if case .weeklyTime(let day, let minute) = values[name] { return (day, minute) }
        return nil
    }

    /// Whether a flag was typed.
    public func flag(_ name: String) -> Bool {
        if case .flag = values[name] { return true }
        return false
    }
}
