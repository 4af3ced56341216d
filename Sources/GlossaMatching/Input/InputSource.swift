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

    public init(path: String, language: String, languageDetected: Bool) {
        self.path = path
        self.language = language
        self.languageDetected = languageDetected
    }
}

/// Expands command-line paths into documents: folders recursively (text-like files only,
/// in name order), `-` for standard input, files as given.
public enum InputWalker {
    public static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    public static func inputs(_ paths: [String]) -> [Result<InputSource, DocumentReader.ReadError>] {
        var results: [Result<InputSource, DocumentReader.ReadError>] = []
        for path in paths {
            if path == "-" {
                results.append(.success(.standardInput(FileHandle.standardInput.readDataToEndOfFile())))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                results.append(.failure(DocumentReader.ReadError(file: path, line: nil, message: "no such file or folder")))
                continue
            }
            guard isDirectory.boolValue else {
                results.append(.success(.file(URL(fileURLWithPath: path), displayName: path)))
                continue
            }
            let root = URL(fileURLWithPath: path)
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                            options: [.skipsHiddenFiles])
            var found: [String] = []
            while let url = enumerator?.nextObject() as? URL {
                guard textExtensions.contains(url.pathExtension.lowercased()),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)
                found.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + relative)
            }
            for name in found.sorted() {
                results.append(.success(.file(URL(fileURLWithPath: name), displayName: name)))
            }
        }
        return results
    }
}
