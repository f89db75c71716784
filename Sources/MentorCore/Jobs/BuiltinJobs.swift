import Foundation

/// The job handlers mentord ships, one per ``JobKind``.
public enum BuiltinJobs {
    /// Every built-in handler, over `services`.
    public static func handlers(services: MentorServices, catalog: MessageCatalog) -> [any JobHandler] {
        let engagement = EngagementPlanner(services: services, catalog: catalog)
        let meetings = MeetingPlanner(services: services, catalog: catalog)
        let hours = OfficeHoursPlanner(services: services, catalog: catalog)
        let desk = RequestDesk(services: services, catalog: catalog)
        return [
            CheckInJob.Handler(planner: engagement), JourneyJob.Handler(planner: engagement), InactivityJob.Handler(planner: engagement),
            NoticeJob.Handler(planner: engagement), ReflectionPromptJob.Handler(planner: engagement), GoalNudgeJob.Handler(planner: engagement),
            DigestJob.Handler(planner: engagement),
            MeetingReminderJob.Handler(planner: meetings), MeetingAdvanceJob.Handler(planner: meetings),
            SlotLetterJob.Handler(planner: meetings),
            OfficeHoursAnnounceJob.Handler(planner: hours), OfficeHoursRosterJob.Handler(planner: hours), OfficeHoursNextJob.Handler(planner: hours),
            SprintCloseJob.Handler(planner: CirclePlanner(services: services, catalog: catalog)),
            RecognitionPostJob.Handler(services: services, catalog: catalog),
            OfferExpiryJob.Handler(desk: desk), OfferReminderJob.Handler(desk: desk),
            CircleNextSessionJob.Handler(planner: CirclePlanner(services: services, catalog: catalog)),
            ProgramDigestJob.Handler(services: services, catalog: catalog),
        ]
    }
}
