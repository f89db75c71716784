import Foundation
import HTTPServer
import MentorApp
import MentorCore
import MentorTesting
import Testing

@Suite struct ConfigLoaderTests {
    let folder = TemporaryDirectory()

    func write(_ json: String) -> String {
        let path = folder.file("config-\(UUID().uuidString).json")
        try! Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func defaultsThenFileThenEnvironment() throws {
        let file = write(#"{"http": {"port": 9000, "host": "0.0.0.0"}, "log": {"level": "debug"}}"#)
        let values = try ConfigLoader(environment: ["MENTORD_HTTP_PORT": "9100", "MENTORD_DATA_DIR": "/srv/m"]).load(file: file)
        #expect(values.entry("http.port") == .init(value: "9100", source: "MENTORD_HTTP_PORT"))
        #expect(values.entry("http.host") == .init(value: "0.0.0.0", source: file))
        #expect(values.entry("http.threads") == .init(value: "4", source: "default"))
        let config = MentorConfig(values)
        #expect(config.http.port == 9100)
        #expect(config.databasePath == "/srv/m/mentord.sqlite")
        #expect(config.logLevel == .debug)
    }

    @Test func theExampleFileIsValidAndCoversEveryKey() throws {
        let example = BuiltProducts.packageRoot + "/Config/mentord.example.json"
        let values = try ConfigLoader(environment: [:]).load(file: example)
        #expect(values.keys.allSatisfy { values.entry($0.path).source == example || $0.isSecret })
    }

    @Test func theReadmeDocumentsEveryKey() throws {
        let readme = try String(contentsOfFile: BuiltProducts.packageRoot + "/README.md", encoding: .utf8)
        let missing = ConfigSchema.keys.map(\.path).filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "README lacks \(missing)")
    }

    @Test func aBadValueNamesTheKeyTheValueItsSourceAndTheFix() {
        #expect(throws: ConfigError.invalidValue(
            key: "http.port", value: "99999", source: "MENTORD_HTTP_PORT", fix: "use a whole number from 0 to 65535"
        )) { try ConfigLoader(environment: ["MENTORD_HTTP_PORT": "99999"]).load(file: nil) }
        let error = ConfigError.invalidValue(key: "log.level", value: "loud", source: "f.json", fix: "use one of: debug, info, warning, error")
        #expect(error.description == "config log.level = \"loud\" (from f.json) is invalid: use one of: debug, info, warning, error")
    }

    @Test func anUnknownKeyInTheFileSuggestsTheNearestOne() {
        let file = write(#"{"http": {"prot": 1}}"#)
        #expect(throws: ConfigError.unknownKey(key: "http.prot", file: file, suggestion: "http.port")) {
            try ConfigLoader(environment: [:]).load(file: file)
        }
    }

    @Test func brokenOrMissingFilesAreExplained() {
        #expect(throws: ConfigError.self) { try ConfigLoader(environment: [:]).load(file: write("{not json")) }
        #expect(throws: ConfigError.self) { try ConfigLoader(environment: [:]).load(file: write(#"{"http": 3}"#)) }
        #expect {
            try ConfigLoader(environment: [:]).load(file: folder.file("missing.json"))
        } throws: { error in
            (error as? ConfigError)?.description.contains("check the path given to --config or MENTORD_CONFIG") == true
        }
    }

    @Test func secretsComeFromTheEnvironmentOrAFileAndNeverFromTheConfigFile() throws {
        let keys = ConfigSchema.keys + [ConfigKey("demo", "api_key", .text, default: "", secret: true, "test secret")]
        let secretFile = folder.file("secret")
        try Data("s3cr3t-from-file\n".utf8).write(to: URL(fileURLWithPath: secretFile))
        let fromFile = try ConfigLoader(keys: keys, environment: ["MENTORD_DEMO_API_KEY_FILE": secretFile]).load(file: nil)
        #expect(fromFile.secret("demo.api_key").reveal() == "s3cr3t-from-file")
        #expect(fromFile.describe().contains("demo.api_key = [redacted]  (MENTORD_DEMO_API_KEY_FILE)"))
        #expect(!fromFile.describe().joined().contains("s3cr3t"))
        let fromEnvironment = try ConfigLoader(keys: keys, environment: ["MENTORD_DEMO_API_KEY": "env-secret"]).load(file: nil)
        #expect(fromEnvironment.secret("demo.api_key").reveal() == "env-secret")
        let file = write(#"{"demo": {"api_key": "oops"}}"#)
        #expect(throws: ConfigError.secretInFile(key: "demo.api_key", file: file, environmentName: "MENTORD_DEMO_API_KEY")) {
            try ConfigLoader(keys: keys, environment: [:]).load(file: file)
        }
    }

    @Test func typosInEnvironmentNamesAreNoticed() {
        let loader = ConfigLoader(environment: ["MENTORD_HTTP_PROT": "1", "MENTORD_HTTP_PORT": "2", "MENTORD_CONFIG": "x", "HOME": "/"])
        #expect(loader.unknownEnvironmentNames() == ["MENTORD_HTTP_PROT"])
    }
}
