import GlossaGlossary

/// Turns the element events of one glossary format into concepts, emitting each as its entry
/// closes.
protocol GlossaryXMLHandler: AnyObject {
    func start(_ name: String, attributes: [String: String], parent: String?, line: () -> Int) throws
    func end(_ name: String, parent: String?) throws
    func characters(_ text: String)
}

typealias ConceptSink = (IncomingConcept) throws -> Void
