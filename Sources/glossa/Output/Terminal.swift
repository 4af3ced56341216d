import Foundation
import GlossaReporting
import Synchronization

/// Where output goes, and whether it may be coloured: only on a terminal, never with NO_COLOR
/// or on a terminal that says it has no colours (TERM=dumb).
struct Terminal: Sendable {
    let descriptor: Int32
    let usesColor: Bool

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    init(descriptor: Int32) {
        self.descriptor = descriptor
        let environment = ProcessInfo.processInfo.environment
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        usesColor = isatty(descriptor) == 1 && !noColor && environment["TERM"] != "dumb"
    }

    func write(_ text: String) {
        var text = text
        // In place: a report can run to tens of megabytes.
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            // A closed pipe (glossa lookup X | head) is not an error worth a message; a full
            // disk is, or a report (or the text `--fix -` fixed) would be lost without a word.
            if written <= 0 {
                if written < 0, errno != EPIPE, descriptor == STDOUT_FILENO {
                    _ = Self.outputError.compareExchange(expected: 0, desired: errno, ordering: .relaxed)
                }
                return
            }
            offset += written
        }
    }

    /// The first error met writing standard output, as an errno value; 0 while there is none.
    /// `Glossa.main` turns it into a one-line error and exit status 2.
    static let outputError = Atomic<Int32>(0)

    /// A report written here as it is made.
    func reportOutput() -> ReportOutput {
        ReportOutput { bytes in bytes.withUnsafeBytes { write($0) } }
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    /// `styled` in the shape `HumanReporter` takes.
    func paint(_ text: String, _ style: HumanReporter.Style) -> String {
        switch style {
        case .bold: styled(text, .bold)
        case .dim: styled(text, .dim)
        case .red: styled(text, .red)
        case .yellow: styled(text, .yellow)
        case .cyan: styled(text, .cyan)
        case .green: styled(text, .green)
        }
    }

    func styled(_ text: String, _ style: Style) -> String {
        usesColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
