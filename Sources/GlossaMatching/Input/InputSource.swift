import Foundation

/// A document to check: a file, or standard input.
public enum InputSource: Sendable {
    case file(URL, displayName: String)
    case standardInput(Data)

    public var displayName: String {
        switch self {
        case .file(_, let name): name
        case .standardInput: "<stdin>"
        }
    }

    public var isStandardInput: Bool {
        if case .standardInput = self { true } else { false }
    }

    public var isMarkdown: Bool {
        guard case .file(let url, _) = self else { return false }
        return ["md", "markdown"].contains(url.pathExtension.lowercased())
    }

    /// The document's bytes as they are now, for fixing.
    public func bytes() throws -> [UInt8] {
        switch self {
        case .file(let url, let name):
            do { return Array(try Data(contentsOf: url)) } catch {
                throw DocumentReader.ReadError(file: name, line: nil, message: "cannot read: \(error.localizedDescription)")
            }
        case .standardInput(let data):
            return Array(data)
        }
    }
}

/// A file that was checked, and the language it was checked as.
public struct CheckedFile: Sendable {
    public let path: String
    public let language: String
    /// True when the language was detected from the text rather than given with --lang.
    public let languageDetected: Bool
    /// Detected, but nothing in the text told French from English: checked as French.
    public let languageUndecided: Bool

    public init(path: String, language: String, languageDetected: Bool, languageUndecided: Bool = false) {
        self.path = path
        self.language = language
        self.languageDetected = languageDetected
        self.languageUndecided = languageUndecided
    }
}

/// Expands command-line paths into documents: folders recursively (text-like files only,
/// in name order, symbolic links followed, hidden files and folders skipped), `-` for
/// standard input, files as given.
///
/// A file reached twice (named twice, by two paths, or through a folder and a link) is checked
/// once, under the first name: `--fix` must never apply its fixes twice.
public enum InputWalker {
    public static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    public static func inputs(_ paths: [String]) -> [Result<InputSource, DocumentReader.ReadError>] {
        var results: [Result<InputSource, DocumentReader.ReadError>] = []
        var seen: Set<String> = []
        var readStandardInput = false
        func add(_ name: String) {
            guard seen.insert(realPath(name)).inserted else { return }
            results.append(.success(.file(URL(fileURLWithPath: name), displayName: name)))
        }
        for path in paths {
            if path == "-" {
                if !readStandardInput {
                    results.append(.success(.standardInput(FileHandle.standardInput.readDataToEndOfFile())))
                }
                readStandardInput = true
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // "draft.txt/": the file is there, the slash asks for a folder.
                var withoutSlash = Substring(path)
                while withoutSlash.count > 1, withoutSlash.hasSuffix("/") { withoutSlash = withoutSlash.dropLast() }
                let message = withoutSlash.count < path.count && FileManager.default.fileExists(atPath: String(withoutSlash))
                    ? "it is a file, not a folder" : "no such file or folder"
                results.append(.failure(DocumentReader.ReadError(file: path, line: nil, message: message)))
                continue
            }
            guard isDirectory.boolValue else {
                add(path)
                continue
            }
            let root = URL(fileURLWithPath: path)
            // Names as the user would write them: the folder as given, then the path inside it.
            func displayName(_ url: URL) -> String {
                let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)
                return (path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path) + relative
            }
            var unreadable: [DocumentReader.ReadError] = []
            var found: [String] = []
            // FileManager's enumerator does not go into linked folders, even the one named.
            var visited: Set<String> = []
            func walk(_ folder: URL) {
                // A link back up the tree would loop for ever.
                let real = realPath(folder.path)
                guard visited.insert(real).inserted else { return }
                let entries: [URL]
                do {
                    // Listed by the real path (a linked folder lists as empty here), named by the given one.
                    entries = try FileManager.default.contentsOfDirectory(at: URL(fileURLWithPath: real), includingPropertiesForKeys: nil,
                                                                          options: [.skipsHiddenFiles])
                        .map { folder.appendingPathComponent($0.lastPathComponent) }
                } catch {
                    unreadable.append(DocumentReader.ReadError(file: displayName(folder), line: nil,
                                                               message: "cannot read the folder: \(Self.reason(error))"))
                    return
                }
                for entry in entries {
                    var isFolder: ObjCBool = false
                    // Through links; a dangling one is skipped.
                    guard FileManager.default.fileExists(atPath: entry.path, isDirectory: &isFolder) else { continue }
                    if isFolder.boolValue {
                        walk(entry)
                    } else if textExtensions.contains(entry.pathExtension.lowercased()),
                              (try? entry.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                        found.append(displayName(entry))
                    }
                }
            }
            walk(root)
            results += unreadable.map { .failure($0) }
            // A folder with nothing to check is more likely a wrong path than a clean draft.
            if found.isEmpty, unreadable.isEmpty {
                results.append(.failure(DocumentReader.ReadError(
                    file: path, line: nil, message: "no .txt, .text, .md or .markdown file here (hidden ones are skipped)")))
            }
            found.sorted().forEach(add)
        }
        return results
    }

    /// The path with links and dots resolved; the path itself when that fails.
    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(code))) }
        return error.localizedDescription
    }
}
