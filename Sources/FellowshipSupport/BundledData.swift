/// Loading data compiled into the binary from `Resources/`.
public enum BundledData {
    /// Runs `load` for bundled data. Bundled data is not user input: every file is decoded by the test suite on
    /// every build, so a failure here means a broken release, and the tool stops with a plain message.
    public static func load<T>(_ what: String, _ load: () throws -> T) -> T {
        do {
            return try load()
        } catch {
            fatalError("The bundled \(what) is damaged (\(error)); please reinstall fellowship.") // safe: tests decode all bundled data
        }
    }
}
