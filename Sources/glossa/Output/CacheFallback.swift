import Foundation
import GlossaGlossary

extension CacheFolder {
    /// `open` run on the standard cache folder; when that folder cannot be made or written (a
    /// read-only home), on the temporary one, with a note: a check in CI should not fail for
    /// want of a cache. A folder named by GLOSSA_CACHE_DIR is used or is an error.
    static func withFallback<Index>(_ open: (URL) throws -> Index) throws -> Index {
        do {
            return try open(standard)
        } catch let unusable as Unusable {
            guard !isNamedByUser else {
                throw GlossaryError(file: unusable.folder, line: nil,
                                    "cannot use the cache folder: \(unusable.reason); set GLOSSA_CACHE_DIR to a writable folder")
            }
            let temporary = try prepareTemporary()
            Terminal.standardError.write("glossa: note: \(unusable); using \(temporary.path) (set GLOSSA_CACHE_DIR to choose)\n")
            return try open(temporary)
        }
    }
}
