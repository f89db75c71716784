/// The static description of a `mentord` subcommand. `mentord help` is generated from these.
public struct CLIDescriptor: Sendable {
    /// One option a subcommand accepts.
    public struct Option: Sendable {
        public var name: String
        /// The value's placeholder (`FILE`), or nil for a flag.
        public var valueName: String?
        public var summary: String
        /// Whether the command cannot run without it (`console --as EMAIL`); usage shows it without brackets.
        public var isRequired: Bool

        public init(_ name: String, value valueName: String? = nil, required isRequired: Bool = false, _ summary: String) {
            self.name = name
            self.valueName = valueName
            self.summary = summary
            self.isRequired = isRequired
        }

        /// `--as EMAIL`, or `--dry-run` for a flag.
        public var spelling: String { "--\(name)" + (valueName.map { " " + $0 } ?? "") }
    }

    /// The words that name it, e.g. `["import", "people"]`.
    public var words: [String]
    /// Positional arguments, e.g. `FILE.csv`.
    public var arguments: [String]
    /// Optional positional arguments, shown in brackets.
    public var optionalArguments: [String]
    public var options: [Option]
    public var summary: String
    public var discussion: String?
    public var examples: [String]

    public init(
        _ words: [String], arguments: [String] = [], optionalArguments: [String] = [], options: [Option] = [],
        summary: String, discussion: String? = nil, examples: [String] = []
    ) {
        self.words = words
        self.arguments = arguments
        self.optionalArguments = optionalArguments
        self.options = options
        self.summary = summary
        self.discussion = discussion
        self.examples = examples
    }

    public var name: String { words.joined(separator: " ") }

    /// `import people FILE.csv [--dry-run] [--config FILE]`; required options come first, without brackets.
    public var usage: String {
        let required = options.filter(\.isRequired).map(\.spelling)
        let optional = options.filter { !$0.isRequired }.map { "[\($0.spelling)]" }
        return ([name] + arguments + required + optionalArguments.map { "[\($0)]" } + optional).joined(separator: " ")
    }

    /// The shared `--config FILE` option.
    public static let configOption = Option("config", value: "FILE", "JSON config file (default: $MENTORD_CONFIG, else built-in defaults)")
}
