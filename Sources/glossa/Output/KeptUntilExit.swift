/// Objects a command keeps until the process ends. A large check leaves millions of small
/// objects (the index's rows, the checkers' memos); freeing them one by one took a tenth of a
/// second, and the system takes a process's memory back at once when it exits.
enum KeptUntilExit {
    /// Commands run on the main thread only.
    nonisolated(unsafe) private static var objects: [AnyObject] = []

    static func keep(_ object: AnyObject) {
        objects.append(object)
    }
}
