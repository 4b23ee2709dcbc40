import FellowshipSupport
import PSF

extension WordWeights {
    /// Unpacks what the ResourceEmbedder's WordWeightsCompiler wrote, nil if the text is not in that form: records
    /// of the sixteen biases; the stems, by number; the features as stem numbers (four hex digits each, two per
    /// feature, ffff for none); the table, each weight four hex digits (thousandths, offset by 32768), `outputs` per
    /// feature; and where the numbers came from.
    init?(packed: String) {
        typealias Unpacked = ([Double], [String], [(first: Int32, second: Int32)], [Double], String)
        let unpacked: Unpacked? = PackedText.withBytes(of: packed) { bytes in
            let records = bytes.split(bytes.all, by: PackedText.record)
            guard records.count == 5 else { return nil }
            let biases = bytes.split(records[0], by: PackedText.item).compactMap { Double(bytes.string($0)) }
            guard biases.count == Self.outputs else { return nil }
            let stems = bytes.split(records[1], by: PackedText.item).map(bytes.string)
            func number(at position: Int) -> Int? {
                var code = 0
                for offset in 0..<4 {
                    guard let digit = Self.hexValue(bytes.buffer[position + offset]) else { return nil }
                    code = code << 4 | digit
                }
                return code
            }
            let (pairs, weights) = (records[2], records[3])
            guard pairs.count % 8 == 0, weights.count == pairs.count / 8 * Self.outputs * 4 else { return nil }
            var featureStems: [(first: Int32, second: Int32)] = []
            featureStems.reserveCapacity(pairs.count / 8)
            for start in stride(from: pairs.lowerBound, to: pairs.upperBound, by: 8) {
                guard let first = number(at: start), first < stems.count, let second = number(at: start + 4),
                      second == 0xFFFF || second < stems.count else { return nil }
                featureStems.append((Int32(first), second == 0xFFFF ? -1 : Int32(second)))
            }
            var table = [Double](repeating: 0, count: weights.count / 4)
            for index in table.indices {
                guard let code = number(at: weights.lowerBound + index * 4) else { return nil }
                table[index] = Double(code - 32768) / 1000
            }
            return (biases, stems, featureStems, table, bytes.string(records[4]))
        }
        guard let (biases, stems, featureStems, table, fitted) = unpacked else { return nil }
        self.init(biases: biases, stems: stems, featureStems: featureStems, table: table, fitted: fitted)
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        default: nil
        }
    }

    /// Reads a weights file as `make calibrate` writes it (YAML): `bias` per dimension code, and `weights`, one row per
    /// feature: the feature, then each dimension code and its weight. (Rows, not a map keyed by feature: a feature
    /// such as "1" or "no" would not survive as a YAML key.)
    public init(yaml text: String, file: String) throws {
        let raw = try YAMLLoader.decode(WordWeightsFile.self, from: text, file: file)
        var biases = [Double](repeating: 0, count: Self.outputs)
        for (code, value) in raw.bias {
            guard let output = Self.output(named: code) else { throw Self.notADimension(code, file: file) }
            biases[output] = value
        }
        var weights: [String: [(dimension: Int, value: Double)]] = [:]
        for row in raw.weights {
            guard let feature = row.first, row.count % 2 == 1 else {
                throw InputError("a row under weights in \(file) is not a feature followed by codes and weights",
                                 at: SourceLocation(file: file), hint: "write it as [feature, A2, 0.5, K1, -0.2]")
            }
            var list: [(dimension: Int, value: Double)] = []
            for pair in stride(from: 1, to: row.count, by: 2) {
                guard let output = Self.output(named: row[pair]) else { throw Self.notADimension(row[pair], file: file) }
                guard let value = Double(row[pair + 1]) else {
                    throw InputError("‘\(row[pair + 1])’ for \(feature) in \(file) is not a number", at: SourceLocation(file: file),
                                     hint: "write a weight such as 0.5 or -0.2")
                }
                list.append((output, value))
            }
            weights[feature] = list
        }
        self.init(biases: biases, weights: weights, fitted: raw.fitted)
    }

    /// An output's number from its name in the file: a dimension code, or `link`.
    package static func output(named name: String) -> Int? {
        name == "link" ? linkOutput : DimensionCode(rawValue: name)?.order
    }

    /// An output's name in the file.
    package static func name(ofOutput output: Int) -> String {
        output == linkOutput ? "link" : DimensionCode.allCases[output].rawValue
    }

    private static func notADimension(_ code: String, file: String) -> InputError {
        InputError("‘\(code)’ in \(file) is neither a PSF 2023 dimension nor the teaching link", at: SourceLocation(file: file),
                   hint: "use the codes V1–V5, K1–K5 and A1–A5, or link")
    }

    struct WordWeightsFile: Decodable {
        var fitted: String
        var bias: [String: Double]
        var weights: [[String]]
    }

}
