import Foundation
import Testing
@testable import GlossaFuzzing

/// Every input the fuzzers ever crashed on, and the hostile inputs the issue lists, replayed
/// through the same entry points: each must now be refused or accepted, never crash.
@Suite struct FuzzRegressionTests {
    static let root = Bundle.module.resourceURL!.appendingPathComponent("Regressions")

    static func inputs(_ target: FuzzTarget) -> [String] {
        let folder = root.appendingPathComponent(target.rawValue)
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted().map { "\(target.rawValue)/\($0)" }
    }

    @Test(arguments: FuzzTarget.allCases.flatMap(inputs))
    func replays(_ input: String) throws {
        let target = FuzzTarget(rawValue: String(input.prefix { $0 != "/" }))!
        target.run(try Data(contentsOf: Self.root.appendingPathComponent(input)))
    }

    /// Inputs too big to keep as files, made here.
    @Test func hugeInputs() {
        let line = Data(String(repeating: "Herat d'Hérat ", count: 75_000).utf8)
        FuzzTarget.text.run(line)
        FuzzTarget.check.run(line)
        FuzzTarget.check.run(Data(("Le mot B" + String(repeating: "bcdfg", count: 5_000) + " est long.").utf8))
        let nested = Data(("<tmx>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</tmx>").utf8)
        FuzzTarget.bilingual.run(nested)
        FuzzTarget.glossaryImport.run(nested)
    }

    /// The test runner replays inputs in parallel, and the check target shares one checker.
    @Test func checkTargetIsSafeToRunInParallel() {
        let inputs = (0..<8).map { Data(String(repeating: "Herat d'Hérat talibans \($0) Mazar-e-Sharif ", count: 500).utf8) }
        DispatchQueue.concurrentPerform(iterations: 32) { FuzzTarget.check.run(inputs[$0 % inputs.count]) }
    }

    @Test func everyTargetHasRegressionInputs() {
        for target in FuzzTarget.allCases {
            #expect(!Self.inputs(target).isEmpty, "no inputs for \(target.rawValue)")
        }
    }
}
