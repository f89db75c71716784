/// Text someone else wrote, made safe to print on a terminal.
///
/// A kudos, a bio or a circle name could carry escape sequences that clear the screen, retitle the window or fake a
/// prompt (finding D14), or bidi overrides that show `txt.exe` as `exe.txt`. Each of them is shown as visible text
/// instead: C0 controls as `^X`, DEL and C1 controls as `^?`, bidi controls as `[U+202E]`. Line breaks and tabs stay.
public enum TerminalSafeText {
    /// The bidirectional formatting characters: embeddings, overrides, isolates and the invisible marks.
    static let bidiControls: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    /// `text` with every control character but line breaks and tabs shown as visible text.
    public static func neutralised(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09:
                out.append(scalar)
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F, 0x80..<0xA0:
                out.append(contentsOf: "^?".unicodeScalars)
            case 0x2028, 0x2029:
                out.append("\n")
            case let value where bidiControls.contains(value):
                out.append(contentsOf: "[U+\(String(value, radix: 16, uppercase: true))]".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
