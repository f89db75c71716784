extension MentorServices {
    /// Site and country holidays from the holidays folder: `services.holidays.isHoliday(date, for: person)`.
    public var holidays: HolidayCalendar { scheduling.holidays }
}
