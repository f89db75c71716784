// Test helper: writes people one acknowledged transaction at a time, printing "ack EMAIL" only after
// each commit returns, until it is killed. MentorStoreTests kills it with SIGKILL mid-write and checks
// that every acknowledged write survived.
import Foundation
import MentorCore
import MentorStore

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: StoreCrashProbe DATABASE\n".utf8))
    exit(64)
}
let database = try Database(path: arguments[1])
try Migrator().migrate(database)
let directory = SQLiteDirectory(database: database, clock: SystemClock())
var index = try directory.peopleCount()
while true {
    let email = "crash\(index)@example.com"
    let record = PersonRecord(
        line: 2, email: email, displayName: "Crash \(index)", site: "Lab", country: "DE", timeZoneID: "Europe/Berlin",
        function: "Engineering", team: "Storage", careerStage: CareerStage(level: 2)!, languages: ["en"], status: .active
    )
    _ = try directory.apply(ImportPlan(records: [record], problems: [], partial: false, fullSync: false))
    FileHandle.standardOutput.write(Data("ack \(email)\n".utf8))
    index += 1
}
