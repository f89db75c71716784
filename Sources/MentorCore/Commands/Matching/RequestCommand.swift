/// `request [TOPIC] [--micro|--ongoing] [--with @PERSON]`: ask for a mentor; `request status` shows where it stands.
public struct RequestCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "request", usage: "request [TOPIC] [--micro|--ongoing] [--with @PERSON] | request status",
        examples: ["request public speaking", "request negotiation --micro", "request --with @priya.raman@example.com", "request status"],
        hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let desk = RequestDesk(services: context.services, catalog: context.messages.catalog)
        var words = invocation.arguments
        if words.map({ $0.lowercased() }) == ["status"] { return [try desk.status(for: context.caller, messages: context.messages)] }
        var format: MentoringFormat?
        var mentor: Person?
        var topicWords: [String] = []
        while !words.isEmpty {
            let word = words.removeFirst()
            switch word.lowercased() {
            case "--micro": format = .micro
            case "--ongoing": format = .ongoing
            case "--with":
                guard let reference = words.first else {
                    throw UserError("request.with_needs_person", ["example": context.typed("request --with @priya.raman@example.com")])
                }
                words.removeFirst()
                guard let person = try PersonReference.resolve(reference, from: context.origin, in: context.services.directory) else {
                    throw UserError("request.unknown_person", ["person": reference])
                }
                mentor = person
            case let flag where flag.hasPrefix("--"):
                throw UserError("request.unknown_flag", ["flag": word, "usage": context.typed(Self.descriptor.usage)])
            default: topicWords.append(word)
            }
        }
        let ask = RequestDesk.Ask(topic: topicWords.joined(separator: " "), format: format, mentor: mentor)
        return [try desk.open(ask, for: context.caller, messages: context.messages)]
    }
}

/// `accept ID`: take on the mentee of an offer.
public struct AcceptCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(name: "accept", usage: "accept OFFER", examples: ["accept 12"], hasSideEffects: true)

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let id = try OfferNumber.parse(invocation.arguments.first, usage: "accept 12", context)
        return [try RequestDesk(services: context.services, catalog: context.messages.catalog).accept(offerID: id, by: context.caller)]
    }
}

/// `decline ID [REASON]`: pass on an offer; mentord asks the next mentor on the list.
public struct DeclineCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "decline", usage: "decline OFFER [REASON]", examples: ["decline 12", "decline 12 travelling until March"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let id = try OfferNumber.parse(invocation.arguments.first, usage: "decline 12", context)
        let reason = invocation.arguments.dropFirst().joined(separator: " ")
        let desk = RequestDesk(services: context.services, catalog: context.messages.catalog)
        return [try desk.decline(offerID: id, by: context.caller, reason: reason, messages: context.messages)]
    }
}

/// `cancel`: withdraw your open mentor request; `cancel MEETING`: call off a meeting (everyone gets an ICS cancel).
public struct CancelCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "cancel", usage: "cancel | cancel MEETING", examples: ["cancel", "cancel 3"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        if let word = invocation.arguments.first {
            guard invocation.arguments.count == 1, let id = Int64(word.trimmingPrefix("#")) else {
                throw UserError("reschedule.usage", ["example": context.typed("cancel 3"), "meetings": context.typed("meetings")])
            }
            try MeetingPlanner(services: context.services, catalog: context.messages.catalog).cancel(id, by: context.caller)
            return [.text(context.messages("meeting.cancelled"))]
        }
        return [try RequestDesk(services: context.services, catalog: context.messages.catalog).cancel(for: context.caller, messages: context.messages)]
    }
}

/// Reads the offer number of `accept` and `decline`.
enum OfferNumber {
    static func parse(_ word: String?, usage: String, _ context: CommandContext) throws -> Int64 {
        guard let word, let id = Int64(word.trimmingPrefix("#")), id > 0 else {
            throw UserError("offer.needs_number", ["example": context.typed(usage)])
        }
        return id
    }
}
