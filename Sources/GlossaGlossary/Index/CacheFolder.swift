import Foundation

/// Where the indexes of glossaries and memories are kept: files that can always be rebuilt.
public enum CacheFolder {
    /// `$GLOSSA_CACHE_DIR`, else `$XDG_CACHE_HOME/glossa`, else `$HOME/.cache/glossa` (the
    /// password file's home only when `HOME` is unset, as the shell does).
    public static var standard: URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["GLOSSA_CACHE_DIR"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        // The XDG specification has a relative path ignored.
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("glossa")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/glossa")
    }

    /// Whether the user named the folder (`GLOSSA_CACHE_DIR`): a folder Glossa chose may give
    /// way to `temporary`, a folder the user named may not.
    public static var isNamedByUser: Bool {
        ProcessInfo.processInfo.environment["GLOSSA_CACHE_DIR"].map { !$0.isEmpty } ?? false
    }

    /// A folder of this user's own under the temporary folder, for when `standard` cannot be
    /// written (a read-only home in a CI container).
    public static var temporary: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("glossa-cache-\(getuid())")
    }

    /// The folder cannot be created or written to: the caller may try another.
    public struct Unusable: Error, CustomStringConvertible {
        public let folder: String
        public let reason: String
        public var description: String { "\(folder): cannot use the cache folder: \(reason)" }
    }

    /// Creates `directory` when it is missing, for this user alone (an index is trusted once
    /// its checks pass), and makes sure it can be written to.
    public static func prepare(_ directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw Unusable(folder: directory.path, reason: whyNoFolder(at: directory) ?? TextFile.describe(error))
        }
        guard access(directory.path, W_OK) == 0 else {
            throw Unusable(folder: directory.path, reason: String(cString: strerror(errno)).lowercased())
        }
    }

    /// `temporary`, made if missing, and refused unless it is a folder of this user's that no
    /// one else may write to: in a shared temporary folder, another user could make it first
    /// and swap an index under us.
    public static func prepareTemporary() throws -> URL {
        let folder = temporary
        try prepare(folder)
        var status = stat()
        guard lstat(folder.path, &status) == 0 else { throw Unusable(folder: folder.path, reason: String(cString: strerror(errno)).lowercased()) }
        guard status.st_mode & S_IFMT == S_IFDIR, status.st_uid == getuid() else {
            throw Unusable(folder: folder.path, reason: "it is not a folder of this user's own")
        }
        if status.st_mode & 0o077 != 0, chmod(folder.path, 0o700) != 0 {
            throw Unusable(folder: folder.path, reason: "others may write to it, and it cannot be closed to them")
        }
        return folder
    }

    /// Why a folder cannot be made at `url`, in the words of its nearest existing ancestor
    /// (Foundation says only "error 512").
    /// Removes the files of `directory` that `isStale` names, and the temporary files
    /// (".NAME.tmp-PID-…") of builders that are gone: a build killed half-way leaves one behind.
    public static func removeLeftovers(in directory: URL, where isStale: (String) -> Bool) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names {
            if name.hasPrefix("."), let range = name.range(of: ".tmp-") {
                let pid = name[range.upperBound...].prefix { $0 != "-" }
                // A builder still running keeps its file; kill(pid, 0) fails once it is gone.
                if let pid = Int32(pid), kill(pid, 0) == 0 || errno == EPERM { continue }
            } else if !isStale(name) {
                continue
            }
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    private static func whyNoFolder(at url: URL) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue { return "it is a file, not a folder" }
        var ancestor = url.deletingLastPathComponent()
        while ancestor.path != "/", !FileManager.default.fileExists(atPath: ancestor.path) { ancestor = ancestor.deletingLastPathComponent() }
        guard FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder) else { return nil }
        if !isFolder.boolValue { return "\(ancestor.path) is a file, not a folder" }
        return access(ancestor.path, W_OK) == 0 ? nil : String(cString: strerror(errno)).lowercased()
    }
}
