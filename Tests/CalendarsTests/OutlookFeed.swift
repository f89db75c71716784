import Foundation

/// Calendars as Outlook publishes them: Windows zone names, each with the VTIMEZONE block Outlook writes.
enum OutlookFeed {
    static let pacificTimeZone = """
        BEGIN:VTIMEZONE\r\nTZID:Pacific Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0700\r
        TZOFFSETTO:-0800\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r
        DTSTART:16010101T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r
        END:DAYLIGHT\r\nEND:VTIMEZONE\r\n
        """
}
