import Foundation

/// A file in `$TMPDIR` with no name: created and unlinked at once, so its space is freed
/// however the process ends. Spooled findings and standard input are kept in such files.
enum UnlinkedTemporaryFile {
    struct CreationError: Error, CustomStringConvertible {
        let description: String
    }

    /// An open read-write descriptor; the caller closes it.
    static func create(_ prefix: String) throws -> Int32 {
        let folder = FileManager.default.temporaryDirectory
        var path = Array(folder.appendingPathComponent("\(prefix)-XXXXXX").path.utf8CString)
        let descriptor = path.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw CreationError(description: "\(folder.path): cannot create a temporary file: \(String(cString: strerror(errno))); set TMPDIR to a writable folder")
        }
        path.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }
}
