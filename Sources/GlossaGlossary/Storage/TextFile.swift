import Foundation

/// Reads a text file as UTF-8 and says where it is not.
public enum TextFile {
    /// A path as the user would type it: relative to the current directory when inside it.
    public static func displayName(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }

    public static func readUTF8(_ url: URL, displayName: String) throws -> String {
        try decodeUTF8(try read(url, displayName: displayName), displayName: displayName)
    }

    /// The file's bytes; an unreadable file is an error that names it.
    public static func read(_ url: URL, displayName: String) throws -> Data {
        do {
            return try contents(of: url)
        } catch {
            throw GlossaryError(file: displayName, line: nil, "cannot read: \(describe(error))")
        }
    }

    /// The bytes of a file, of a device (`/dev/null`) or of a pipe (a process substitution),
    /// which `Data(contentsOf:)` refuses; a folder is an error (`describe` words it).
    public static func contents(of url: URL) throws -> Data {
        let handle = try handle(reading: url)
        defer { try? handle.close() }
        return try handle.readToEnd() ?? Data()
    }

    /// A handle to read `url` with; a folder is an error (`describe` words it).
    public static func handle(reading url: URL) throws -> FileHandle {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(EISDIR))
        }
        return try FileHandle(forReadingFrom: url)
    }

    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes UTF-8, dropping a leading BOM; invalid bytes are an error naming their line.
    public static func decodeUTF8(_ data: Data, displayName: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: byteOrderMark) { bytes = bytes.dropFirst(byteOrderMark.count) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let line = firstInvalidUTF8Line(bytes)
        throw GlossaryError(file: displayName, line: line, "invalid UTF-8; save the file as UTF-8")
    }

    /// Splits at LF, CR LF or a lone CR; a final line break does not start an empty line.
    /// (Swift's `Character` treats CR LF as one character, so this splits UTF-8 bytes.)
    public static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return lines
    }

    static func firstInvalidUTF8Line(_ bytes: some Collection<UInt8>) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == 0x0A {
                let lineBytes = bytes[lineStart..<index]
                if String(validating: lineBytes, as: UTF8.self) == nil { return line }
                line += 1
                lineStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        return line
    }

    public static func describe(_ error: Error) -> String {
        if (error as NSError).domain == NSPOSIXErrorDomain {
            return (error as NSError).code == Int(EISDIR) ? "it is a folder, not a file" : String(cString: strerror(Int32((error as NSError).code)))
        }
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
