import Foundation

/// Holds digestible messages for people who chose a daily digest, and times the digest.
struct DigestPlanner {
    let services: MentorServices

    func hold(_ replies: [Reply], for person: PersonID, now: Date) throws {
        for reply in replies { try services.digests.holdForDigest(reply, for: person, at: now) }
        let profile = try services.profiles.profileOrDefault(for: person)
        guard let found = try services.directory.person(id: person) else { return }
        let due = services.workingTime(of: found, profile: profile).nextDayStart(atOrAfter: now + 60)
        try services.jobs.schedule(DigestJob(person: person, at: due), at: due)
    }
}
