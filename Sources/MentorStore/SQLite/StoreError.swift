/// Storage failures, each saying what to do next.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case schemaTooNew(found: Int, supported: Int)
    case sqlite(code: Int32, message: String, sql: String)
    case backupTargetExists(path: String)
    case backupFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the database at \(path): \(reason); check that MENTORD_DATA_DIR points to a writable directory"
        case .schemaTooNew(let found, let supported):
            "this database has schema version \(found) but this mentord knows only up to \(supported); "
                + "run a newer mentord, or restore a backup made by this version"
        case .sqlite(let code, let message, let sql):
            "SQLite error \(code): \(message) (in: \(sql.prefix(80)))"
        case .backupTargetExists(let path):
            "\(path) already exists; choose a new file name or remove it first"
        case .backupFailed(let path, let reason):
            "backup to \(path) failed: \(reason); check the directory exists and has free space"
        }
    }

    /// Whether a UNIQUE, FOREIGN KEY or CHECK constraint refused the write.
    public var isConstraintViolation: Bool {
        if case .sqlite(let code, _, _) = self { return code & 0xff == 19 }
        return false
    }
}
