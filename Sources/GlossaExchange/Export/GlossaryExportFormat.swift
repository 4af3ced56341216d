/// The files `glossa export` writes.
public enum GlossaryExportFormat: String, CaseIterable, Sendable {
    case tmx, tbx, tbxMartif = "tbx-martif", tsv, csv, json
}
