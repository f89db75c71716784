// swift-tools-version:6.0
import PackageDescription

/// One set of Swift settings for every target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "mentord",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "mentord", targets: ["mentord"]),
    ],
    targets: [
        // MARK: C libraries from the operating system
        .systemLibrary(
            name: "CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .systemLibrary(
            name: "CICal", pkgConfig: "libical",
            providers: [.apt(["libical-dev"]), .brew(["libical"])]
        ),
        .target(
            name: "CMicroHTTPD",
            linkerSettings: [.linkedLibrary("microhttpd")]
        ),
        // Calls libFuzzer when a fuzz build links it in; a normal build links no fuzzer runtime.
        .target(name: "CFuzzDriver"),

        // MARK: Domain
        .target(name: "MentorCore", swiftSettings: swiftSettings),

        // MARK: Infrastructure
        .target(name: "HTTPTypes", swiftSettings: swiftSettings),
        .target(name: "HTTPServer", dependencies: ["HTTPTypes", "CMicroHTTPD"], swiftSettings: swiftSettings),
        .target(name: "HTTPClient", dependencies: ["HTTPTypes", "CCurl"], swiftSettings: swiftSettings),
        .target(name: "Crypto", dependencies: ["CCrypto"], swiftSettings: swiftSettings),
        .target(name: "MentorStore", dependencies: ["MentorCore", "CSQLite"], swiftSettings: swiftSettings),
        .target(name: "Calendars", dependencies: ["MentorCore", "CICal"], swiftSettings: swiftSettings),
        // Server-rendered insights pages for program managers, sponsors and managers.
        .target(name: "Dashboard", dependencies: ["MentorCore", "HTTPTypes"], swiftSettings: swiftSettings),
        .target(
            name: "ChatPlatforms",
            dependencies: ["MentorCore", "HTTPTypes", "HTTPClient", "Crypto"],
            swiftSettings: swiftSettings
        ),

        // MARK: Composition
        .target(
            name: "MentorApp",
            dependencies: [
                "MentorCore", "MentorStore", "HTTPTypes", "HTTPServer", "HTTPClient", "ChatPlatforms", "Crypto", "Calendars", "Dashboard",
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "mentord", dependencies: ["MentorApp"], swiftSettings: swiftSettings),

        // MARK: Test support
        // MentorTesting knows only Core (and the HTTP types for its recording client); MentorAppTesting drives the
        // whole application, for scenario and daemon tests.
        .target(name: "MentorTesting", dependencies: ["MentorCore", "HTTPTypes", "HTTPClient"], swiftSettings: swiftSettings),
        .target(
            name: "MentorAppTesting",
            dependencies: ["MentorTesting", "MentorApp", "MentorCore", "MentorStore", "ChatPlatforms"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "StoreCrashProbe",
            dependencies: ["MentorCore", "MentorStore"],
            path: "Tests/Support/StoreCrashProbe",
            swiftSettings: swiftSettings
        ),

        // MARK: Fuzzing (`make fuzz`; Tests/Fuzz/README.md)
        .target(
            name: "FuzzTargets",
            dependencies: ["MentorApp", "MentorCore", "MentorStore", "MentorTesting", "ChatPlatforms", "HTTPTypes", "Calendars"],
            path: "Tests/Fuzz/Targets",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "mentord-fuzz", dependencies: ["FuzzTargets", "CFuzzDriver"], path: "Tests/Fuzz/Driver", swiftSettings: swiftSettings
        ),

        // MARK: Benchmarks
        .executableTarget(
            name: "DirectoryBench",
            dependencies: ["MentorApp", "MentorCore", "MentorStore", "MentorTesting"],
            path: "Benchmarks/directory/DirectoryBench",
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "MatchBench",
            dependencies: ["MentorCore", "MentorTesting"],
            path: "Benchmarks/match/MatchBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ScheduleBench",
            dependencies: ["MentorCore", "MentorTesting"],
            path: "Benchmarks/schedule/ScheduleBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "CalendarBench",
            dependencies: ["Calendars", "MentorCore", "MentorTesting"],
            path: "Benchmarks/calendar/CalendarBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "JobsBench",
            dependencies: ["MentorCore", "MentorStore", "MentorApp", "MentorTesting"],
            path: "Benchmarks/jobs/JobsBench",
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .testTarget(
            name: "MentorCoreTests", dependencies: ["MentorCore", "MentorTesting", "MentorAppTesting"], swiftSettings: swiftSettings
        ),
        .testTarget(name: "HTTPTypesTests", dependencies: ["HTTPTypes"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CalendarsTests", dependencies: ["Calendars", "CICal", "MentorCore", "MentorTesting", "MentorAppTesting", "MentorApp"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HTTPServerTests", dependencies: ["HTTPServer", "HTTPClient", "HTTPTypes"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HTTPClientTests", dependencies: ["HTTPClient", "HTTPServer", "HTTPTypes"], swiftSettings: swiftSettings
        ),
        .testTarget(name: "CryptoTests", dependencies: ["Crypto"], swiftSettings: swiftSettings),
        .testTarget(
            name: "MentorStoreTests",
            dependencies: ["MentorStore", "MentorCore", "MentorTesting", "StoreCrashProbe", "Crypto"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChatPlatformsTests",
            dependencies: ["ChatPlatforms", "MentorCore", "MentorTesting", "MentorAppTesting", "HTTPTypes", "HTTPClient", "Crypto"],
            exclude: ["Fixtures"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FuzzCorpusTests", dependencies: ["FuzzTargets", "MentorTesting"], path: "Tests/Fuzz/CorpusTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MentorAppTests",
            dependencies: [
                "MentorApp", "MentorCore", "MentorStore", "MentorTesting", "MentorAppTesting", "ChatPlatforms", "HTTPServer", "HTTPClient",
                "HTTPTypes", "mentord", "Dashboard",
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
