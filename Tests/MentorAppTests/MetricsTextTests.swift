import Foundation
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorCore
import MentorTesting
import Testing

/// The Prometheus text format as mentord writes it, checked line by line and through the official Python parser.
@Suite struct MetricsTextTests {
    @Test func labelValuesEscapeBackslashQuoteAndLineFeed() {
        #expect(MetricsText.escapeLabelValue(#"C:\dir "x""# + "\nnext") == #"C:\\dir \"x\"\nnext"#)
        #expect(MetricsText.escapeLabelValue("plain/route:file") == "plain/route:file")
        #expect(MetricsText.escapeHelp("one \\ two\nthree \"q\"") == #"one \\ two\nthree "q""#, "help keeps quotes as they are")
    }

    @Test func numbersAreWrittenAsTheFormatSpellsThem() {
        #expect(MetricsText.number(3) == "3")
        #expect(MetricsText.number(0) == "0")
        #expect(MetricsText.number(0.0025) == "0.0025")
        #expect(MetricsText.number(-1.5) == "-1.5")
        #expect(MetricsText.number(.infinity) == "+Inf")
        #expect(MetricsText.number(-.infinity) == "-Inf")
        #expect(MetricsText.number(.nan) == "NaN")
        #expect(Double(MetricsText.number(1e300)) == 1e300)
    }

    @Test func aFamilyHasHelpTypeThenSamplesAndEveryLineEnds() {
        let text = MetricsText.render([
            MetricSnapshot(name: "demo_total", help: "Demo.", kind: .counter, samples: [
                .init(labels: [.init("platform", "slack"), .init("result", "dead")], value: 2),
            ]),
            .gauge("demo_lag_seconds", "Lag.", 1.5),
        ])
        #expect(text == """
            # HELP demo_total Demo.
            # TYPE demo_total counter
            demo_total{platform="slack",result="dead"} 2
            # HELP demo_lag_seconds Lag.
            # TYPE demo_lag_seconds gauge
            demo_lag_seconds 1.5

            """)
    }

    @Test func histogramBucketsAreCumulativeInclusiveAndEndInPlusInf() {
        let histogram = HistogramFamily("demo_seconds", help: "Demo.", labels: ["route"], bounds: [0.1, 1])
        for value in [0.05, 0.1, 0.5, 3, 7] { histogram.observe(value, ["/x"]) }
        #expect(MetricsText.render([histogram.snapshot()]) == """
            # HELP demo_seconds Demo.
            # TYPE demo_seconds histogram
            demo_seconds_bucket{route="/x",le="0.1"} 2
            demo_seconds_bucket{route="/x",le="1"} 3
            demo_seconds_bucket{route="/x",le="+Inf"} 5
            demo_seconds_sum{route="/x"} 10.65
            demo_seconds_count{route="/x"} 5

            """, "0.1 counts in le=0.1 (the bound is inclusive); +Inf equals the count")
    }

    @Test func theOfficialParserReadsEscapedLabelsAndHistogramsBack() throws {
        let tricky = "back\\slash \"quoted\"\nnew line"
        let counter = CounterFamily("demo_events_total", help: "Help with \\ and\na line feed.", labels: ["kind"])
        counter.increment([tricky], by: 3)
        let histogram = HistogramFamily("demo_seconds", help: "Demo.", labels: ["route"], bounds: DaemonMetrics.latencyBounds)
        for value in [0.0004, 0.002, 0.3, 12] { histogram.observe(value, ["/ics/:file"]) }
        let families = try MetricsParser.parse(MetricsText.render([counter.snapshot(), histogram.snapshot()]))

        let events = try #require(families.first { $0.name == "demo_events" }, "prometheus_client names a counter without _total")
        #expect(events.type == "counter")
        #expect(events.help == "Help with \\ and\na line feed.")
        #expect(events.samples.first { $0.name == "demo_events_total" }.map { $0.labels["kind"] == tricky && $0.value == 3 } == true)

        let seconds = try #require(families.first { $0.name == "demo_seconds" })
        let buckets = seconds.samples.filter { $0.name == "demo_seconds_bucket" }
        #expect(buckets.map { $0.labels["le"] ?? "" }.last == "+Inf")
        #expect(buckets.count == DaemonMetrics.latencyBounds.count + 1)
        #expect(zip(buckets, buckets.dropFirst()).allSatisfy { ($0.value ?? 0) <= ($1.value ?? 0) }, "cumulative")
        #expect(buckets.first { $0.labels["le"] == "0.001" }?.value == 1)
        #expect(buckets.first { $0.labels["le"] == "0.5" }?.value == 3)
        #expect(seconds.samples.first { $0.name == "demo_seconds_count" }?.value == 4)
    }

    @Test func countersAddUpExactlyFromManyThreads() {
        let counter = CounterFamily("demo_total", help: "Demo.", labels: ["platform"])
        let histogram = HistogramFamily("demo_seconds", help: "Demo.", bounds: [1])
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for _ in 0..<5_000 {
                counter.increment([thread.isMultiple(of: 2) ? "slack" : "matrix"])
                histogram.observe(0.5)
            }
        }
        #expect(counter.value(["slack"]) == 20_000)
        #expect(counter.value(["matrix"]) == 20_000)
        #expect(histogram.snapshot().samples.last?.value == 40_000)
    }

    @Test func labelValuesComeOnlyFromClosedSets() {
        #expect(MetricLabels.method("GET") == "GET")
        #expect(MetricLabels.method("BREW") == "other")
        #expect(MetricLabels.method("alice@example.com") == "other")
        #expect(MetricLabels.statusClass(201) == "2xx")
        #expect(MetricLabels.statusClass(401) == "4xx")
        #expect(MetricLabels.statusClass(99) == "other")
        #expect(MetricLabels.platform("slack") == "slack")
        #expect(MetricLabels.platform("U0ALICE") == "other")
        #expect(MetricLabels.platform(ofRoute: "/mattermost/actions") == "mattermost")
        #expect(MetricLabels.platform(ofRoute: "/teams/messages") == "teams")
        #expect(MetricLabels.platform(ofRoute: "/unknown/hook") == "other")
    }

    @Test func aRequestIsCountedByItsRoutePatternNeverItsPath() throws {
        var router = Router()
        router.add("GET", "/ics/:file") { _, _ in .text("x") }
        router.add("GET", "/email/act/:token") { _, _ in .text("x") }
        let metrics = DaemonMetrics(build: .init(version: "t", schemaVersion: 1, sqliteVersion: "3"))
        let token = "e20ea77f3d00a1fec9a986a5ea788c2d"
        for (method, path, status) in [("GET", "/ics/\(token).ics", 200), ("GET", "/email/act/\(token)", 200), ("GET", "/\(token)", 404)] {
            metrics.requestCompleted(route: router.pattern(method: method, path: path), method: method, status: status, seconds: 0.002)
        }
        let text = metrics.render()
        #expect(!text.contains(token))
        #expect(text.contains(#"route="/ics/:file",method="GET",status_class="2xx""#), "\(text)")
        #expect(text.contains(#"route="/email/act/:token""#))
        #expect(text.contains(#"route="unmatched",method="GET",status_class="4xx""#))
    }

    @Test func theRequestLogNamesARouteWithParametersByItsPattern() {
        let token = "5f0c6a9d2e7b4c1a8f3e6d9b2c5a8f1e"
        let completed = CompletedRequest(
            method: "GET", path: "/email/act/\(token)", status: 200, durationSeconds: 0.001, requestID: "r", bytesIn: 0, route: "/email/act/:token"
        )
        let fields = AppRoutes.logFields(completed)
        #expect(fields["path"] == .string("/email/act/:token"))
        #expect(!fields.values.contains { "\($0)".contains(token) })
        let plain = CompletedRequest(
            method: "POST", path: "/slack/commands", status: 200, durationSeconds: 0.001, requestID: "r", bytesIn: 1, route: "/slack/commands"
        )
        #expect(AppRoutes.logFields(plain)["path"] == .string("/slack/commands"))
    }
}

/// The official `prometheus_client` text parser, run through `Tests/Support/python/metrics_parse.py`.
enum MetricsParser {
    struct Family {
        var name: String
        var type: String
        var help: String
        var samples: [Sample]
    }

    struct Sample {
        var name: String
        var labels: [String: String]
        /// The value; infinities and NaN come back as nil.
        var value: Double?
    }

    /// The families the parser reads from `text`; throws when it refuses the text.
    static func parse(_ text: String) throws -> [Family] {
        let parsed = try #require(try PythonReference.json("metrics_parse.py", input: ["text": text]) as? [[String: Any]])
        return parsed.map { family in
            Family(
                name: family["name"] as? String ?? "", type: family["type"] as? String ?? "", help: family["help"] as? String ?? "",
                samples: (family["samples"] as? [[String: Any]] ?? []).map { sample in
                    Sample(
                        name: sample["name"] as? String ?? "", labels: sample["labels"] as? [String: String] ?? [:],
                        value: (sample["value"] as? NSNumber)?.doubleValue
                    )
                }
            )
        }
    }
}
