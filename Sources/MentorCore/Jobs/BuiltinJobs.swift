import Foundation

/// The job handlers mentord ships.
public enum BuiltinJobs {
    public static func handlers(services: MentorServices, catalog: MessageCatalog) -> [any JobHandler] {
        [MeetingReminderHandler(services: services, catalog: catalog), MeetingAdvanceHandler(services: services, catalog: catalog)]
            + engagementHandlers(services: services, catalog: catalog) + communityHandlers(services: services, catalog: catalog)
    }
}
