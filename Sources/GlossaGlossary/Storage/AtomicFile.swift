import Foundation

/// Writes files so that a reader, or a crash, sees either the old content or the new one.
///
/// The data goes to a temporary file in the same folder, is flushed to disk, and is renamed
/// over the target; rename is atomic on POSIX file systems.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    /// `keepingPermissionsOf`: the file being replaced, whose mode (and owner, when the process
    /// may set it) the new file takes. A file the process may not write is not replaced, though
    /// the folder would allow the rename: read-only means read-only.
    public static func write(_ data: Data, to given: URL, keepingPermissionsOf original: URL? = nil) throws {
        // A link stays a link: the file it points to is the one replaced.
        let url = given.resolvingSymlinksInPath()
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        var mode: mode_t = 0o644
        var info = stat()
        let replaces = original.map { stat($0.path, &info) == 0 } ?? false
        if replaces {
            guard access(url.path, W_OK) == 0 else { throw WriteError(path: url.path, reason: "the file is read-only") }
            mode = info.st_mode & 0o7777
        }
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = String(cString: strerror(errno)) }
        // Only root may give a file away; anyone else keeps the file as theirs.
        if failure == nil, replaces, geteuid() == 0 { _ = fchown(descriptor, info.st_uid, info.st_gid) }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: failure)
        }
        syncDirectory(directory)
    }

    /// Makes the rename itself durable.
    private static func syncDirectory(_ directory: URL) {
        let descriptor = open(directory.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// An advisory exclusive lock (flock) on a file, held while a closure runs.
/// Writers of one glossary take it so that two concurrent `add`s cannot lose an update.
public enum FileLock {
    public static func withExclusiveLock<T>(at url: URL, _ body: () throws -> T) throws -> T {
        let descriptor = open(url.path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw AtomicFile.WriteError(path: url.path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw AtomicFile.WriteError(path: url.path, reason: String(cString: strerror(errno)))
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
