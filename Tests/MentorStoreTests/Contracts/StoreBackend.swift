import MentorCore
import MentorTesting
import Testing

/// A storage backend the store contract suites run on. Each suite takes `StoreBackend.all` as its arguments, so a
/// new backend runs every suite by adding one line to ``all``.
///
/// A suite reaches the stores only through ``ContractStores``, which names Core's protocols and no backend:
///
/// ```swift
/// @Suite struct GoalStoreContractTests {
///     @Test(arguments: StoreBackend.all)
///     func anOwnersGoalsComeOldestFirst(_ backend: StoreBackend) throws {
///         let stores = try backend.stores()
///         let (ada, _) = try stores.addPair()
///         let goal = try stores.goals.insertGoal(Goal(owner: ada.id, text: "One", createdAt: stores.clock.now))
///         #expect(try stores.goals.goals(owner: ada.id) == [goal])
///     }
/// }
/// ```
struct StoreBackend: Sendable, CustomTestStringConvertible {
    let name: String
    /// Builds every store on a fresh, empty, migrated database of this backend, reading time from `clock`.
    let open: @Sendable (_ clock: FakeClock) throws -> ContractStores

    /// Every backend the suites run on.
    static let all: [StoreBackend] = [.sqlite]

    var testDescription: String { name }

    /// A fresh set of stores with its own clock.
    func stores(clock: FakeClock = FakeClock()) throws -> ContractStores {
        try open(clock)
    }
}
