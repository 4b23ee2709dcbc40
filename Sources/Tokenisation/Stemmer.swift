import CStemmer

/// The Snowball English (Porter2) stemmer from libstemmer: "demonstrating", "demonstrated" → "demonstr".
///
/// A libstemmer handle is not safe to share between threads, so each `Stemmer` owns one; make one per task.
public final class Stemmer {
    private let handle: OpaquePointer?

    public init() {
        handle = sb_stemmer_new("english", "UTF_8")
    }

    deinit {
        if let handle { sb_stemmer_delete(handle) }
    }

    /// The stem of a lower-case word (the word itself if the stemmer is unavailable).
    public func stem(_ word: String) -> String {
        guard let handle, !word.isEmpty else { return word }
        var utf8 = Array(word.utf8)
        let count = Int32(utf8.count)
        guard let result = utf8.withUnsafeMutableBufferPointer({ buffer -> UnsafePointer<sb_symbol>? in
            buffer.baseAddress.flatMap { sb_stemmer_stem(handle, $0, count) }
        }) else { return word }
        let length = Int(sb_stemmer_length(handle))
        return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
}
