/// An error found while reading, before the file's display name is attached.
struct ReadFailure: Error {
    var line: Int?
    var message: String

    init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }
}
