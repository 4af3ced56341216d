/// The bilingual file formats the reader understands, told apart by their root element.
public enum BilingualFormat: String, Sendable {
    case tmx
    case xliff12
    case xliff2
}
