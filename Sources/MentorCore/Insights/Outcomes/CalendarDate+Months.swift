extension CalendarDate {
    /// The same day `months` months later (or earlier), the month's last day when it is shorter: 2024-02-29 plus 12
    /// months is 2025-02-28, 2024-01-31 plus 1 is 2024-02-29.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (total.floorDivided(by: 12), total.floorModulo(12) + 1)
        return CalendarDate(year: newYear, month: newMonth, day: min(day, CalendarDate.daysIn(month: newMonth, year: newYear)))
    }
}

extension Int {
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    fileprivate func floorModulo(_ divisor: Int) -> Int {
        self - floorDivided(by: divisor) * divisor
    }
}
