import Foundation
import GlossaFuzzing

// Built two ways (see scripts/fuzz.sh):
// - with -DFUZZING and -sanitize=fuzzer: libFuzzer drives `LLVMFuzzerTestOneInput`;
// - normally: a replayer that runs the inputs named on the command line, so a crash file can
//   be reproduced without the fuzzing toolchain.
// The target comes from $GLOSSA_FUZZ_TARGET (bilingual, glossary-import, glossary, csv, text, check).

let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["GLOSSA_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("glossa-fuzz: set GLOSSA_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    selectedTarget.run(Data(bytes: data, count: size))
    return 0
}

/// SwiftPM links an executable's entry point as `<product>_main`, so libFuzzer's own `main` is
/// never used: start its driver from here, found at run time to call it with C conventions.
@_cdecl("glossa_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    typealias Callback = @convention(c) (UnsafeRawPointer?, Int) -> CInt
    typealias Driver = @convention(c) (UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, Callback) -> CInt
    guard let symbol = dlsym(nil, "LLVMFuzzerRunDriver") else {
        FileHandle.standardError.write(Data("glossa-fuzz: libFuzzer's driver is not linked in\n".utf8))
        return 2
    }
    var count = argc
    var arguments = argv
    return unsafeBitCast(symbol, to: Driver.self)(&count, &arguments) { data, size in
        selectedTarget.run(data.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }
}
#else
@main
struct Replay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            selectedTarget.run(try Data(contentsOf: URL(fileURLWithPath: path)))
            print("ok \(path)")
        }
    }
}
#endif
