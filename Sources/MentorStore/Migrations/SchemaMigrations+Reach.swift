extension SchemaMigrations {
    /// Issue 17. Why a held message could not be delivered: empty for someone with no chat account, else the last
    /// platform's refusal, so the program manager sees who mentord cannot reach and why. And one Discord identity per
    /// user, in the workspace `global` (Discord user ids are the same in every server and DM): the newest link of each
    /// user is kept.
    static let reach = Migration(version: 17, name: "reach", sql: """
        ALTER TABLE held_messages ADD COLUMN reason TEXT NOT NULL DEFAULT '';
        DELETE FROM chat_identities WHERE platform = 'discord' AND EXISTS (
            SELECT 1 FROM chat_identities newer WHERE newer.platform = 'discord' AND newer.user_id = chat_identities.user_id
            AND (newer.linked_at > chat_identities.linked_at
                OR (newer.linked_at = chat_identities.linked_at AND newer.workspace > chat_identities.workspace)));
        UPDATE chat_identities SET workspace = 'global' WHERE platform = 'discord';
        """)
}
