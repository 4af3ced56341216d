import GlossaText

/// A problem with the translation memory.
public typealias MemoryError = FileError
