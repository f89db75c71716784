import Foundation

/// The name of a zone as a reader recognises it, with its UTC offset beside it: `JST (GMT+9)`, `MEZ (GMT+1)`,
/// `hora estándar de Brasilia (GMT-3)`.
///
/// The one rule, from the reader's locale data (CLDR, through Foundation):
/// 1. the locale's short name for the zone at that instant, when it is a real abbreviation (`JST`, `MEZ`, `BRT`,
///    `PST`) rather than an offset;
/// 2. else the locale's generic long name (`Japan Standard Time`, `hora de Europa central`);
/// 3. else, and for UTC itself or a zone the locale calls plain `GMT` (London or Lisbon in winter, in English), the
///    offset alone (`GMT+5:30`, `GMT`).
///
/// The offset is always that instant's, so a summer time shows its own (`MESZ (GMT+2)`).
public enum ZoneLabel {
    /// `zone`'s label at `instant` for a reader of `language`.
    public static func label(for zone: TimeZone, at instant: Date, language: String) -> String {
        let offset = self.offset(of: zone, at: instant)
        guard zone.secondsFromGMT(for: instant) != 0 || !isUniversal(zone) else { return offset }
        let locale = Locale(identifier: language)
        let style: NSTimeZone.NameStyle = zone.isDaylightSavingTime(for: instant) ? .shortDaylightSaving : .shortStandard
        let short = zone.localizedName(for: style, locale: locale)
        if let short, isAbbreviation(short) { return "\(short) (\(offset))" }
        if short == "GMT", offset == "GMT" { return offset }
        if let long = zone.localizedName(for: .generic, locale: locale), !long.isEmpty, !long.contains("GMT"), !long.contains("UTC") {
            return "\(long) (\(offset))"
        }
        return offset
    }

    /// `GMT`, `GMT+9`, `GMT-3`, `GMT+5:30` for `zone` at `instant`.
    public static func offset(of zone: TimeZone, at instant: Date) -> String {
        let seconds = zone.secondsFromGMT(for: instant)
        guard seconds != 0 else { return "GMT" }
        let minutes = abs(seconds) / 60
        let sign = seconds < 0 ? "-" : "+"
        return minutes % 60 == 0 ? "GMT\(sign)\(minutes / 60)" : String(format: "GMT%@%d:%02d", sign, minutes / 60, minutes % 60)
    }

    /// Letters only, upper case, as `JST` or `MEZ`; `GMT` and `UTC` are offsets, not names.
    private static func isAbbreviation(_ name: String) -> Bool {
        (2...5).contains(name.count) && name.allSatisfy { $0.isLetter && $0.isUppercase } && name != "GMT" && name != "UTC"
    }

    /// Zones that are UTC by definition, where a place name would mislead.
    private static func isUniversal(_ zone: TimeZone) -> Bool {
        ["GMT", "UTC", "Etc/UTC", "Etc/GMT", "Universal", "Zulu", "Etc/Universal", "Etc/Zulu", "UCT", "Etc/UCT"].contains(zone.identifier)
    }
}
