import GlossaText

/// A file that cannot be read as a bilingual document.
public typealias BilingualReadError = FileError
