import GlossaGlossary

/// Turns the element events of one glossary format into concepts, emitting each as its entry
/// closes.
protocol GlossaryXMLHandler: XMLElementHandler {}

typealias ConceptSink = (IncomingConcept) throws -> Void
