import FuzzTargets
import MentorTesting
import Testing

/// Every committed fuzz corpus, crashing inputs that were fixed included, replayed once through its target: a cheap
/// regression test that runs with the rest of the suite, without libFuzzer.
@Suite struct CorpusReplayTests {
    @Test(arguments: FuzzTargets.all.map { $0.name })
    func everySeedRunsThroughItsTargetWithoutACrash(_ name: String) throws {
        let target = try #require(FuzzTargets.named(name)).init()
        let files = CorpusReplay.files([CorpusReplay.folder(of: name, packageRoot: BuiltProducts.packageRoot)])
        #expect(files.count >= 10, "Tests/Fuzz/corpus/\(name) should hold the target's seeds")
        #expect(CorpusReplay.run(target, files: files) == files.count)
    }
}
