/// Receives the element events of one format from `XMLEventReader`.
protocol XMLElementHandler: AnyObject {
    /// `parent` is the enclosing element's name; `line` maps the parser position to the line
    /// where this start tag begins (computed only when asked for).
    func start(_ name: String, attributes: [String: String], parent: String?, line: () -> Int) throws
    func end(_ name: String, parent: String?) throws
    func characters(_ text: String)
}
