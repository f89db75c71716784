import Foundation
import MentorCore

/// Buttons whose payload is too long for the platform (Telegram's 64-byte `callback_data`, Discord's 100-character
/// `custom_id`) carry a short server-side reference instead: the action is kept in a ``ButtonReferenceStore`` and
/// the button sends back `ref|<token>`, which ``resolve(id:value:)`` turns into the original action.
///
/// ```swift
/// let fitted = try references.fit(replies, capabilities: .telegram)   // before rendering
/// // … a click on a fitted button arrives as .action(id: "ref", value: token) …
/// let original = try references.resolve(id: "ref", value: token)       // (id: "run", value: "accept 12")
/// ```
public struct ButtonReferences: Sendable {
    let store: any ButtonReferenceStore
    let clock: any Clock
    /// Characters of a reference token (no 0/O or 1/I/L); 16 of them carry 78 bits.
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    static let tokenLength = 16

    public init(store: any ButtonReferenceStore, clock: any Clock) {
        self.store = store
        self.clock = clock
    }

    /// What a button carries back to mentord: `id|value`.
    public static func payload(_ action: ReplyAction) -> String { "\(action.id)|\(action.value)" }

    /// The click a ``payload(_:)`` stands for; empty or malformed data is a click with no action (finding D3).
    public static func click(fromPayload payload: String) -> Incoming.Content {
        let parts = payload.split(separator: "|", maxSplits: 1).map(String.init)
        return .action(id: parts.first ?? "", value: parts.count > 1 ? parts[1] : "")
    }

    /// `replies` with each button whose payload would not fit `capabilities` replaced by a `ref` button to the
    /// same action. Without `references`, such a button is shown as its typed fallback instead, so it is never
    /// cut into a broken button.
    public static func fit(
        _ replies: [Reply], capabilities: PlatformCapabilities, references: ButtonReferences?
    ) throws -> [Reply] {
        guard capabilities.showsButtons, capabilities.maximumButtonPayloadBytes != .max else { return replies }
        return try replies.map { reply in
            var fitted = Reply(blocks: [])
            for block in reply.blocks {
                guard case .actions(let actions) = block else {
                    fitted.blocks.append(block)
                    continue
                }
                var buttons: [ReplyAction] = []
                var typed: [String] = []
                for action in actions {
                    if payload(action).utf8.count <= capabilities.maximumButtonPayloadBytes {
                        buttons.append(action)
                    } else if let references {
                        buttons.append(try references.reference(to: action))
                    } else {
                        typed.append(action.typedFallback)
                    }
                }
                if !buttons.isEmpty { fitted.blocks.append(.actions(buttons)) }
                if !typed.isEmpty { fitted.blocks.append(.text(typed.joined(separator: "\n"))) }
            }
            return fitted
        }
    }

    /// A button with the same label and fallback whose payload is a fresh token for `action`, kept for
    /// ``ButtonReference/lifetime``.
    public func reference(to action: ReplyAction) throws -> ReplyAction {
        let token = RandomToken.code(length: ButtonReferences.tokenLength, alphabet: ButtonReferences.alphabet)
        let now = clock.now
        try store.record(
            ButtonReference(token: token, actionID: action.id, value: action.value, expiresAt: now.addingTimeInterval(ButtonReference.lifetime)),
            now: now
        )
        return ReplyAction(id: ButtonReference.actionID, label: action.label, value: token, fallback: action.fallback, prompt: action.prompt)
    }

    /// The action a clicked button stands for: a `ref` button's original action (nil when the reference is unknown
    /// or expired), any other button itself.
    public func resolve(id: String, value: String) throws -> (id: String, value: String)? {
        guard id == ButtonReference.actionID else { return (id, value) }
        return try store.reference(value, now: clock.now).map { ($0.actionID, $0.value) }
    }

    /// `incoming` with a click on a `ref` button turned into the original action, for the inbound pipeline right
    /// after decoding; nil when the reference is unknown or expired. Commands and other clicks pass as they are.
    public func resolve(_ incoming: Incoming) throws -> Incoming? {
        guard case .action(let id, let value) = incoming.content else { return incoming }
        guard let original = try resolve(id: id, value: value) else { return nil }
        var resolved = incoming
        resolved.content = .action(id: original.id, value: original.value)
        return resolved
    }
}
