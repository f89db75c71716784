import MentorCore

extension SQLiteDirectory {
    public func directoryNames() throws -> [DirectoryName] {
        try database.read { connection in
            try connection.query("SELECT id, email, display_name, status FROM people ORDER BY id") {
                DirectoryName(
                    id: PersonID($0.int64(0)), email: $0.string(1), displayName: $0.string(2),
                    status: EmploymentStatus(rawValue: $0.string(3)) ?? .left
                )
            }
        }
    }
}
