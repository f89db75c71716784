extension SchemaMigrations {
    /// Why a held message could not be delivered (issue 17): empty for someone with no chat account, else the last
    /// platform's refusal, so the program manager sees who mentord cannot reach and why.
    static let reach = Migration(version: 17, name: "reach", sql: """
        ALTER TABLE held_messages ADD COLUMN reason TEXT NOT NULL DEFAULT '';
        """)
}
