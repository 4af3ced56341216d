import ArgumentParser
import Foundation

@main
struct Glossa: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        abstract: "Keep one canonical spelling for every name, in French and in English.",
        discussion: """
            Exit status: 0 when all went well, 1 when a command found nothing (lookup) or \
            found problems, 2 on a usage or input error.
            """,
        version: version,
        subcommands: [LookupCommand.self, CheckCommand.self, AddCommand.self, ImportCommand.self, ExportCommand.self, DoctorCommand.self, TMCommand.self, SuggestCommand.self]
    )

    /// Runs the command tree with Glossa's exit codes: ArgumentParser's usage errors (64)
    /// become 2, and every error Glossa throws prints one line and exits 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            exitUnlessOutputFailed(0)
        } catch let exit as ExitCode {
            exitUnlessOutputFailed(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: written as reports are, so that a full disk is an error too.
                Terminal.standardOutput.write(fullMessage(for: error) + "\n")
                exitUnlessOutputFailed(0)
            }
            // Every error is one line; usage errors point at --help.
            let message = code == .validationFailure ? "\(message(for: error)) (see --help)" : "\(error)"
            // Several problems (a glossary with many bad rows) give several lines, each prefixed.
            for line in message.split(separator: "\n") {
                Terminal.standardError.write("glossa: error: \(line)\n")
            }
            Foundation.exit(2)
        }
    }

    /// Exits with `status`, or with 2 and a one-line error when standard output could not be
    /// written (a full disk): a report that did not reach its file is no success.
    private static func exitUnlessOutputFailed(_ status: Int32) -> Never {
        let error = Terminal.outputError.load(ordering: .relaxed)
        if error != 0 {
            Terminal.standardError.write("glossa: error: cannot write to standard output: \(String(cString: strerror(error)))\n")
            Foundation.exit(2)
        }
        Foundation.exit(status)
    }
}
