import Foundation

/// An RFC 4180 CSV document: a header and rows, each row remembering the line it starts on.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line number of the row's first character in the file.
        public let line: Int
        public let fields: [String]
    }

    public let header: [String]
    public let rows: [Row]
    /// The separator between fields, found in the header line: `,`, `;` (a European Excel export) or a tab.
    public let delimiter: Character

    /// The separators a file may use; the header line decides which one it does.
    public static let delimiters: [Character] = [",", ";", "\t"]

    /// Parses CSV text. Quoted fields may hold the delimiter, doubled quotes and line breaks. A byte-order mark and
    /// CRLF line ends are accepted.
    public init(parsing text: String) throws(CSVError) {
        let bytes = Array(text.utf8)
        // Excel's "CSV UTF-8" starts with a byte-order mark, which would otherwise glue itself to the first column's
        // name (finding D16).
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        delimiter = CSVTable.delimiter(inHeaderOf: bytes[start...])
        var records = try CSVTable.records(in: bytes[start...], delimiter: delimiter.asciiValue!)
        guard !records.isEmpty else { throw CSVError.empty }
        let headerRecord = records.removeFirst()
        header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        rows = records.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    }

    /// The delimiter used most in the first line, outside quotes; a comma when there is none or a tie.
    static func delimiter(inHeaderOf bytes: ArraySlice<UInt8>) -> Character {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) { break }
            if !inQuotes { counts[byte, default: 0] += 1 }
        }
        return delimiters.max { (counts[$0.asciiValue!] ?? 0) < (counts[$1.asciiValue!] ?? 0) }
            .flatMap { (counts[$0.asciiValue!] ?? 0) > 0 ? $0 : nil } ?? ","
    }

    /// When the header is a single column, what was found and how to export the file again; nil otherwise.
    public var singleColumnHint: String? {
        guard header.count == 1 else { return nil }
        return "the header is one column, \"\(header[0].prefix(60))\"; mentord reads columns separated by commas, semicolons or tabs. Save the sheet again as CSV UTF-8 (comma delimited)"
    }

    /// `,` as `comma`, for messages.
    public var delimiterName: String {
        switch delimiter {
        case ";": "semicolon"
        case "\t": "tab"
        default: "comma"
        }
    }

    private static func records(in bytes: ArraySlice<UInt8>, delimiter comma: UInt8) throws(CSVError) -> [Row] {
        var records: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedFieldClosed = false
        var index = bytes.startIndex
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")

        func finishField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quotedFieldClosed = false
        }
        func finishRecord() {
            finishField()
            records.append(Row(line: recordLine, fields: fields))
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < bytes.endIndex, bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                        quotedFieldClosed = true
                    }
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote where field.isEmpty && !quotedFieldClosed:
                inQuotes = true
            case quote:
                throw CSVError.strayQuote(line: line)
            case comma:
                finishField()
            case carriageReturn where index < bytes.endIndex && bytes[index] == newline:
                continue
            case newline:
                finishRecord()
                line += 1
                recordLine = line
            default:
                if quotedFieldClosed { throw CSVError.strayQuote(line: line) }
                field.append(byte)
            }
        }
        if inQuotes { throw CSVError.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || quotedFieldClosed { finishRecord() }
        return records
    }
}

/// Why a CSV file could not be read at all.
public enum CSVError: Error, Equatable, CustomStringConvertible {
    case empty
    case strayQuote(line: Int)
    case unterminatedQuote(line: Int)

    public var description: String {
        switch self {
        case .empty: "the CSV file is empty; it needs a header row"
        case .strayQuote(let line):
            "line \(line): a quote inside an unquoted field; wrap the field in quotes and double inner quotes (\"\")"
        case .unterminatedQuote(let line): "line \(line): a quoted field is never closed; add the closing quote"
        }
    }
}
