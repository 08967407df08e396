import Foundation

/// Buffered writing to stdout and stderr; the CLI's only way to print.
final class Output {
    /// Writes to stderr at once.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private let handle: FileHandle
    private let capacity: Int
    private var buffer: [UInt8] = []

    init(handle: FileHandle = .standardOutput, capacity: Int = 1 << 16) {
        self.handle = handle
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// One JSON object written field by field, in the order given.
struct JSONObject {
    private var text = "{"

    mutating func add(_ key: String, _ value: String?) {
        field(key)
        if let value { JSONObject.appendQuoted(value, to: &text) } else { text += "null" }
    }

    mutating func add(_ key: String, _ value: Int?) {
        field(key)
        text += value.map(String.init) ?? "null"
    }

    /// A value already in JSON form (a nested object or array).
    mutating func add(_ key: String, json: String) {
        field(key)
        text += json
    }

    var json: String { text + "}" }

    private mutating func field(_ key: String) {
        if text.count > 1 { text += "," }
        JSONObject.appendQuoted(key, to: &text)
        text += ":"
    }

    static func appendQuoted(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                text += String(format: "\\u%04x", scalar.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
