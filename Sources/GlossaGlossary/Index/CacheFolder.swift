import Foundation

/// Where the indexes of glossaries and memories are kept: files that can always be rebuilt.
public enum CacheFolder {
    /// `$GLOSSA_CACHE_DIR`, else `$XDG_CACHE_HOME/glossa`, else `$HOME/.cache/glossa` (the
    /// password file's home only when `HOME` is unset, as the shell does).
    public static var standard: URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["GLOSSA_CACHE_DIR"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
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

    /// Why a folder cannot be made at `url`, in the words of its nearest existing ancestor
    /// (Foundation says only "error 512").
    private static func whyNoFolder(at url: URL) -> String? {
        var ancestor = url.deletingLastPathComponent()
        while ancestor.path != "/", !FileManager.default.fileExists(atPath: ancestor.path) { ancestor = ancestor.deletingLastPathComponent() }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder) else { return nil }
        if !isFolder.boolValue { return "\(ancestor.path) is a file, not a folder" }
        return access(ancestor.path, W_OK) == 0 ? nil : String(cString: strerror(errno)).lowercased()
    }
}
