import Foundation
import MentorCore
import MentorStore

/// The part of `import people --full-sync` that forgets people who left more than `days` days ago, each as
/// `mentord forget` does, then rewrites the file once.
struct DepartedForgetting {
    let app: MentorApplication
    let days: Int

    /// The days from `--forget-departed-after`, else `people.forget_departed_after_days`; nil when off (0).
    static func days(_ arguments: ParsedArguments, _ values: ConfigValues) throws(UsageError) -> Int? {
        guard let typed = arguments.option("forget-departed-after") else {
            let configured = values.int("people.forget_departed_after_days")
            return configured > 0 ? configured : nil
        }
        guard let days = Int(typed), (1...36_500).contains(days) else {
            throw UsageError("mentord import people: --forget-departed-after takes a number of days from 1 to 36500, not \"\(typed)\"",
                             try: "mentord import people hris.csv --full-sync --forget-departed-after 365")
        }
        return days
    }

    /// Forgets them (or only counts them on a dry run) and returns how many.
    func run(dryRun: Bool) throws -> Int {
        let store = SQLitePersonalDataStore(database: app.database)
        let departed = try store.departedPeople(before: app.clock.now - TimeInterval(days) * 86_400)
        guard !dryRun, !departed.isEmpty else { return departed.count }
        let erasure = PersonErasure(services: try app.makeServices(), store: store, catalog: try PromptsDirectory.load(app.config.promptsDirectory))
        for id in departed {
            guard let person = try app.directory.person(id: id) else { continue }
            _ = try erasure.forget(person, by: "cli")
        }
        _ = try app.database.forgetErasedContent()
        app.logger.info(.personForgotten, ["count": .int(departed.count)])
        return departed.count
    }
}
