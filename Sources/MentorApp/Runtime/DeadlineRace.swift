import Foundation
import HTTPTypes

/// Who answers a webhook that has a deadline: the command, when it is done in time, or the acknowledgement.
///
/// The command runs on a worker thread; the HTTP thread waits for it up to the budget. Whoever comes first decides,
/// under one lock: a command that has ``claim()``ed the response is waited for to the end (it only has its commit
/// left), and one that was too late sends its replies through the platform's later-reply path instead.
final class DeadlineRace: @unchecked Sendable {
    private enum State {
        case running
        case claimed
        case abandoned
        case finished(HTTPResponse)
    }

    private let condition = NSCondition()
    private var state = State.running
    private var working: String

    /// - Parameter acknowledgement: the "working on it" text until the worker has looked up the person's language.
    init(acknowledgement: String) {
        working = acknowledgement
    }

    /// The "working on it" text, in the asker's language once the worker has found it.
    var acknowledgement: String {
        get { locked { working } }
        set { locked { working = newValue } }
    }

    /// Called by the worker when the replies are ready: true when they may go in the HTTP response, false when the
    /// acknowledgement has gone out already.
    func claim() -> Bool {
        locked {
            guard case .running = state else { return false }
            state = .claimed
            return true
        }
    }

    /// Called by the worker when it has committed (or failed): wakes an HTTP thread still waiting.
    func finish(_ response: HTTPResponse) {
        locked {
            if case .abandoned = state { return }
            state = .finished(response)
        }
        condition.broadcast()
    }

    /// Called by the HTTP thread: the command's response when it finished or claimed within `seconds`, else nil
    /// (and the command's replies will go later).
    func wait(seconds: TimeInterval) -> HTTPResponse? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date() + seconds
        while true {
            switch state {
            case .finished(let response):
                return response
            case .running where Date() >= deadline:
                state = .abandoned
                return nil
            case .running:
                _ = condition.wait(until: deadline)
            case .claimed:
                _ = condition.wait(until: Date() + 1)
            case .abandoned:
                return nil
            }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
