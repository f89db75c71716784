extension Reply {
    /// The reply with every button's typed fallback introduced in `messages`' language (`[Aceptar] → escribe:
    /// accept 3`); buttons that already have their word keep it. A confidential reply stays confidential.
    public func prompting(in messages: Messages) -> Reply {
        let prompt = messages("reply.type_prompt")
        func prompted(_ blocks: [ReplyBlock]) -> [ReplyBlock] {
            blocks.map { block in
                guard case .actions(let actions) = block else { return block }
                return .actions(actions.map { action in
                    var action = action
                    action.prompt = action.prompt ?? prompt
                    return action
                })
            }
        }
        var reply = Reply(blocks: prompted(blocks))
        reply.keptBlocks = keptBlocks.map(prompted)
        return reply
    }
}
