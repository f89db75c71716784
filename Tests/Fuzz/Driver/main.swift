import CFuzzDriver
import Foundation
import FuzzTargets

// `mentord-fuzz TARGET [libFuzzer options] [CORPUS…]`: built with `-sanitize=fuzzer` it hands the rest of the command
// line to libFuzzer; built without, it replays the named files and folders once each (what `swift test` checks too).
// The target may also come from MENTORD_FUZZ_TARGET, which is how libFuzzer's own re-runs of argv[0] find it.
// `mentord-fuzz --list` prints the targets' names.

var arguments = CommandLine.arguments
if arguments.dropFirst().first == "--list" {
    FuzzTargets.all.forEach { print($0.name) }
    exit(0)
}
var argv = CommandLine.unsafeArgv
var argc = CommandLine.argc
if arguments.count > 1, FuzzTargets.named(arguments[1]) != nil {
    setenv("MENTORD_FUZZ_TARGET", arguments[1], 1)
    // libFuzzer reads every argument that is not a flag as a corpus: drop the target name.
    arguments.remove(at: 1)
    argv[1] = argv[0]
    argv += 1
    argc -= 1
}
guard let name = ProcessInfo.processInfo.environment["MENTORD_FUZZ_TARGET"], let kind = FuzzTargets.named(name) else {
    print("usage: mentord-fuzz TARGET [libFuzzer options] [CORPUS_DIR|FILE…]; targets: " + FuzzTargets.all.map { $0.name }.joined(separator: ", "))
    exit(64)
}

/// The target libFuzzer's C callback feeds; set once, before the driver starts.
nonisolated(unsafe) var target: (any FuzzTarget)?
do {
    target = try kind.init()
} catch {
    print("mentord-fuzz: \(name) could not be set up: \(error)")
    exit(1)
}

if cfuzz_libfuzzer_linked() != 0 {
    var libFuzzerArgv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    exit(cfuzz_run_libfuzzer(&argc, &libFuzzerArgv) { data, size in
        target?.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    })
}
let count = CorpusReplay.run(target!, files: CorpusReplay.files(arguments.dropFirst().filter { !$0.hasPrefix("-") }))
print("mentord-fuzz: \(name) replayed \(count) input(s) without libFuzzer")
