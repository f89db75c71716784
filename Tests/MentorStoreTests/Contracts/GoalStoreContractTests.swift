import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``GoalStore`` does, on every backend.
@Suite struct GoalStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func goalsRoundTripWithMilestonesAndUpdates(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        var goal = try stores.goals.insertGoal(Goal(
            owner: ada.id, text: "Give a conference talk", template: "smart", due: CalendarDate(iso: "2027-06-30"),
            milestones: [Goal.Milestone(text: "Pick a topic"), Goal.Milestone(text: "Submit the CFP")], createdAt: stores.clock.now))
        #expect(goal.id != 0)
        #expect(try stores.goals.goal(id: goal.id) == goal)
        #expect(try stores.goals.goal(id: 9_999) == nil)

        goal.text = "Give two conference talks"
        goal.due = nil
        goal.progress = 50
        goal.status = .done
        goal.shared = true
        goal.milestones[0].done = true
        try stores.goals.updateGoal(goal)
        #expect(try stores.goals.goal(id: goal.id) == goal)
    }

    @Test(arguments: StoreBackend.all)
    func anOwnersGoalsComeOldestFirst(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let first = try stores.goals.insertGoal(Goal(owner: ada.id, text: "One", createdAt: stores.clock.now))
        _ = try stores.goals.insertGoal(Goal(owner: ben.id, text: "Theirs", createdAt: stores.clock.now))
        let second = try stores.goals.insertGoal(Goal(owner: ada.id, text: "Two", createdAt: stores.clock.now))
        #expect(try stores.goals.goals(owner: ada.id) == [first, second])
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let kept = try stores.goals.insertGoal(Goal(owner: ada.id, text: "Kept", createdAt: stores.clock.now))
        stores.inFailedTransaction {
            var changed = kept
            changed.progress = 90
            try stores.goals.updateGoal(changed)
            _ = try stores.goals.insertGoal(Goal(owner: ada.id, text: "Lost", createdAt: stores.clock.now))
        }
        #expect(try stores.goals.goals(owner: ada.id) == [kept])
    }
}
