/// The version written as TMX `creationtoolversion` and in TBX headers. It must equal
/// `Glossa.version` in the glossa executable; an end-to-end test compares the two.
public enum GlossaExchangeVersion {
    public static let current = "0.1.0"
}
