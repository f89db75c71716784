import MentorStore
import MentorTesting
import Testing

@Suite struct DatabaseTests {
    let folder = TemporaryDirectory()

    @Test func opensInWALModeWithForeignKeysAndFullSync() throws {
        let database = try Database(path: folder.file("a.sqlite"))
        let settings = try database.read { connection in
            (
                try connection.queryFirst("PRAGMA journal_mode") { $0.string(0) },
                try connection.queryFirst("PRAGMA foreign_keys") { $0.int(0) },
                try connection.queryFirst("PRAGMA synchronous") { $0.int(0) }
            )
        }
        #expect(settings.0 == "wal")
        #expect(settings.1 == 1)
        #expect(settings.2 == 2, "2 is FULL")
    }

    @Test func boundValuesRoundTripExactly() throws {
        let database = try Database(path: folder.file("b.sqlite"))
        try database.transaction { try $0.executeScript("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)") }
        let tricky = "Robert'); DROP TABLE t;-- ✓"
        try database.transaction { connection in
            try connection.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)", .integer(-42), .real(2.5), .text(tricky), .blob([0, 255, 7]), .null)
        }
        let row = try database.read { connection in
            try connection.queryFirst("SELECT i, r, s, b, n FROM t") { ($0.int64(0), $0.double(1), $0.string(2), $0.blob(3), $0.optionalString(4)) }
        }
        #expect(row?.0 == -42)
        #expect(row?.1 == 2.5)
        #expect(row?.2 == tricky)
        #expect(row?.3 == [0, 255, 7])
        #expect(row?.4 == nil)
    }

    @Test func securityD13TextWithANulByteIsStoredAndFoundWhole() throws {
        let database = try Database(path: folder.file("nul.sqlite"))
        try database.transaction { try $0.executeScript("CREATE TABLE t (s TEXT NOT NULL)") }
        let values = ["NUL\u{0}BYTE", "Syd\u{1b}[8mney\u{0}hidden", "", "日本語\u{0}"]
        for value in values { _ = try database.write { try $0.execute("INSERT INTO t VALUES (?)", .text(value)) } }
        let stored = try database.read { try $0.query("SELECT s FROM t ORDER BY rowid") { $0.string(0) } }
        #expect(stored == values)
        let found = try database.read { try $0.queryFirst("SELECT count(*) FROM t WHERE s = ?", .text("NUL")) { $0.int(0) } }
        #expect(found == 0, "a lookup compares the whole text, not the part before the NUL")
    }

    @Test func anErrorInsideATransactionRollsEverythingBack() throws {
        let database = try Database(path: folder.file("c.sqlite"))
        try database.transaction { try $0.executeScript("CREATE TABLE t (v TEXT NOT NULL)") }
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try database.transaction { connection in
                try connection.execute("INSERT INTO t VALUES (?)", .text("first"))
                try connection.execute("INSERT INTO t VALUES (?)", .text("second"))
                throw Abort()
            }
        }
        #expect(throws: StoreError.self) {
            try database.transaction { connection in
                try connection.execute("INSERT INTO t VALUES (?)", .text("ok"))
                try connection.execute("INSERT INTO t VALUES (?)", .null)
            }
        }
        #expect(try database.read { try $0.queryFirst("SELECT COUNT(*) FROM t") { $0.int(0) } } == 0)
    }

    @Test func aWrongNumberOfValuesIsAnErrorNotACrash() throws {
        let database = try Database(path: folder.file("d.sqlite"))
        #expect(throws: StoreError.self) {
            try database.read { try $0.execute("SELECT ?", .integer(1), .integer(2)) }
        }
    }

    @Test func anUnwritableLocationGivesAClearError() {
        #expect {
            try Database(path: "/proc/definitely/not/here.sqlite")
        } throws: { error in
            (error as? StoreError)?.description.contains("check that MENTORD_DATA_DIR points to a writable directory") == true
        }
    }
}

@Suite struct NestedTransactionTests {
    let folder = TemporaryDirectory()

    func count(_ database: Database) throws -> Int {
        try database.read { try $0.queryFirst("SELECT COUNT(*) FROM t") { $0.int(0) } } ?? -1
    }

    @Test func anInnerTransactionCommitsWithTheOuterOne() throws {
        let database = try Database(path: folder.file("n.sqlite"))
        try database.transaction { try $0.executeScript("CREATE TABLE t (v TEXT)") }
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try database.transaction { outer in
                try outer.execute("INSERT INTO t VALUES (?)", .text("state change"))
                try database.transaction { try $0.execute("INSERT INTO t VALUES (?)", .text("outbox message")) }
                throw Abort()
            }
        }
        #expect(try count(database) == 0, "the inner write rolled back with the outer transaction")
        try database.transaction { outer in
            try outer.execute("INSERT INTO t VALUES (?)", .text("kept"))
            try? database.transaction { inner -> Void in
                try inner.execute("INSERT INTO t VALUES (?)", .text("dropped"))
                throw Abort()
            }
        }
        #expect(try count(database) == 1, "a failed inner transaction undoes only its own writes")
    }
}
