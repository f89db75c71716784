import MentorStore
import MentorTesting
import Testing

@Suite struct MigratorTests {
    let folder = TemporaryDirectory()

    @Test func aNewDatabaseIsMigratedToTheLatestVersionOnce() throws {
        let database = try Database(path: folder.file("m.sqlite"))
        #expect(try Migrator().currentVersion(of: database) == 0)
        let applied = try Migrator().migrate(database)
        #expect(applied.map(\.version) == Array(1...Migrator().latestVersion))
        #expect(try Migrator().migrate(database).isEmpty)
        #expect(try Migrator().currentVersion(of: database) == Migrator().latestVersion)
        let tables = try database.read { try $0.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.string(0) } }
        #expect(Set(tables).isSuperset(of: ["people", "person_roles", "chat_identities", "demographics", "audit_log", "schema_migrations"]))
    }

    @Test func aFailingMigrationLeavesTheSchemaAsItWas() throws {
        let database = try Database(path: folder.file("f.sqlite"))
        let broken = Migrator(migrations: [
            Migration(version: 1, name: "good", sql: "CREATE TABLE a (x INTEGER)"),
            Migration(version: 2, name: "bad", sql: "CREATE TABLE b (x INTEGER); THIS IS NOT SQL"),
        ])
        #expect(throws: StoreError.self) { try broken.migrate(database) }
        #expect(try Migrator().currentVersion(of: database) == 0)
        let tables = try database.read { try $0.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.string(0) } }
        #expect(!tables.contains("a"))
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let database = try Database(path: folder.file("n.sqlite"))
        let future = Migrator(migrations: SchemaMigrations.all + [
            Migration(version: Migrator().latestVersion + 1, name: "future", sql: "CREATE TABLE future (x INTEGER)"),
        ])
        try future.migrate(database)
        #expect(throws: StoreError.schemaTooNew(found: Migrator().latestVersion + 1, supported: Migrator().latestVersion)) {
            try Migrator().migrate(database)
        }
        #expect(StoreError.schemaTooNew(found: 9, supported: 1).description.contains("run a newer mentord"))
    }
}
