/// The chat commands mentord ships, in the order help lists them.
public enum BuiltinCommands {
    public static var all: [any ChatCommand] {
        [
            HelpCommand(), JoinCommand(), ProfileCommand(), FindCommand(), PauseCommand(), ResumeCommand(), LanguageCommand(), WhoAmICommand(),
            LinkCommand(), RoleCommand(), RequestCommand(), AcceptCommand(), DeclineCommand(), CancelCommand(), NominateCommand(),
            BlockCommand(), UnblockCommand(), MatchCommand(), ResponsivenessCommand(), OverlapCommand(), ScheduleCommand(), BookCommand(), RescheduleCommand(), RsvpCommand(),
            MeetingsCommand(), CadenceCommand(), CalendarCommand(), CheckInCommand(), PairingCommand(), ReflectCommand(), ReflectionsCommand(),
            GoalCommand(), GoalsCommand(), SurveyCommand(), DigestCommand(), EngagementCommand(), CircleCommand(), OfficeHoursCommand(),
            ResourcesCommand(), KudosCommand(), RecognitionCommand(), FeedbackCommand(), AnnounceCommand(),
            MentoringCommand(),
            LeaveCommand(),
            DashboardCommand(),
        ]
    }
}
