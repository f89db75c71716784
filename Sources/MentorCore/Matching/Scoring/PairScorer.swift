/// Scores a mentee–mentor pair under a program's weights, and says why in plain words.
///
/// Hard constraints come first and are never traded against points: not oneself, not in each other's management
/// chain, not the same team when the program says so, not an excluded pair (blocked, or paired within the rotation
/// window), and — when the program asks for it — at least one of the mentee's goals among the mentor's expertise.
public struct PairScorer: Sendable {
    public let program: MatchProgram
    public internal(set) var schedules: ScheduleTable
    public let exclusions: PairExclusions
    /// Whether slow answers to offers lower a mentor's score (on-demand requests).
    public var countsResponsiveness = false

    public init(program: MatchProgram, schedules: ScheduleTable, exclusions: PairExclusions) {
        self.program = program
        self.schedules = schedules
        self.exclusions = exclusions
    }

    /// Whether the pair passes every hard constraint.
    public func isAllowed(mentee: MatchParticipant, mentor: MatchParticipant) -> Bool {
        guard mentee.id != mentor.id else { return false }
        if program.excludeSameTeam, mentee.teamLabel >= 0, mentee.teamLabel == mentor.teamLabel { return false }
        if mentee.managers.contains(mentor.id) || mentor.managers.contains(mentee.id) { return false }
        if exclusions.contains(mentee.id, mentor.id) { return false }
        if program.requireTopicOverlap, TopicVocabulary.commonCount(mentee.goals, mentor.expertise, limit: 1) == 0 { return false }
        return true
    }

    /// The pair's score (at least 1), or nil when a hard constraint forbids the pair or it scores below the program's
    /// minimum.
    public func score(mentee: MatchParticipant, mentor: MatchParticipant) -> Int? {
        guard isAllowed(mentee: mentee, mentor: mentor) else { return nil }
        let weights = program.weights
        var total = weights.goalExpertise * TopicVocabulary.commonCount(mentee.goals, mentor.expertise, limit: 3)
        total += weights.sharedInterest * TopicVocabulary.commonCount(mentee.interests, mentor.interests, limit: 3)
        if differ(mentee.functionLabel, mentor.functionLabel) { total += weights.crossFunction }
        if differ(mentee.siteLabel, mentor.siteLabel) { total += weights.crossSite }
        total += weights.overlapHour * min(schedules.overlap(mentee.schedule, mentor.schedule) / 60, 15)
        if mentee.languageMask & mentor.languageMask != 0 { total += weights.sharedLanguage }
        if program.preferredStageGap.contains(mentor.level - mentee.level) { total += weights.stageGap }
        if mentee.formatMask & mentor.formatMask != 0 { total += weights.formatFit }
        if mentee.styleMask & mentor.styleMask != 0 { total += weights.styleFit }
        total += bonuses(mentee)
        if countsResponsiveness { total -= weights.slowResponse * min(mentor.responseDays, 3) }
        let score = max(total, 1)
        return score >= program.minimumScore ? score : nil
    }

    /// The reasons behind ``score(mentee:mentor:)``, biggest first. Topic names come from `vocabulary`.
    public func explain(mentee: MatchParticipant, mentor: MatchParticipant, vocabulary: TopicVocabulary) -> [MatchReason] {
        let weights = program.weights
        var reasons: [MatchReason] = []
        func add(_ kind: MatchReason.Kind, _ points: Int, _ values: [String: String] = [:]) {
            if points > 0 { reasons.append(MatchReason(kind: kind, points: points, values: values)) }
        }
        let topics = TopicVocabulary.common(mentee.goals, mentor.expertise)
        add(.topics, weights.goalExpertise * min(topics.count, 3), ["topics": names(topics, vocabulary)])
        let interests = TopicVocabulary.common(mentee.interests, mentor.interests)
        add(.interests, weights.sharedInterest * min(interests.count, 3), ["topics": names(interests, vocabulary)])
        if differ(mentee.functionLabel, mentor.functionLabel) {
            add(.crossFunction, weights.crossFunction, ["mentee": mentee.person.function, "mentor": mentor.person.function])
        }
        if differ(mentee.siteLabel, mentor.siteLabel) { add(.crossSite, weights.crossSite, ["mentee": mentee.site, "mentor": mentor.site]) }
        let minutes = schedules.overlap(mentee.schedule, mentor.schedule)
        add(.overlap, weights.overlapHour * min(minutes / 60, 15), ["hours": MatchReason.hours(minutes)])
        if let language = sharedLanguage(mentee, mentor) {
            add(.language, weights.sharedLanguage, ["language": MatchReason.languageName(language), "code": language])
        }
        let gap = mentor.level - mentee.level
        if program.preferredStageGap.contains(gap) { add(.stage, weights.stageGap, ["mentee": mentee.person.careerStage.description, "mentor": mentor.person.careerStage.description]) }
        if let format = mentee.profile.formats.intersection(mentor.profile.formats).sorted().first {
            add(.format, weights.formatFit, ["format": format.rawValue])
        }
        if let style = mentee.profile.styles.intersection(mentor.profile.styles).sorted().first {
            add(.style, weights.styleFit, ["style": style.rawValue])
        }
        add(.fairness, weights.fairness * min(mentee.unmatchedRounds, 3), ["rounds": "\(mentee.unmatchedRounds)"])
        add(.nominated, mentee.isNominated ? 2 * weights.fairness : 0)
        add(.underServed, mentee.isUnderServed ? weights.underServed : 0)
        return reasons.sorted { $0.points > $1.points }
    }

    /// Marks `mentee` as under-served when they belong to one of the program's groups.
    public func markingUnderServed(_ mentee: MatchParticipant) -> MatchParticipant {
        var marked = mentee
        marked.isUnderServed = program.underServedGroups.compactMap(MatchGroup.init(parsing:)).contains { mentee.belongs(to: $0) }
        return marked
    }

    private func bonuses(_ mentee: MatchParticipant) -> Int {
        let weights = program.weights
        return weights.fairness * min(mentee.unmatchedRounds, 3) + (mentee.isNominated ? 2 * weights.fairness : 0)
            + (mentee.isUnderServed ? weights.underServed : 0)
    }

    private func differ(_ a: Int32, _ b: Int32) -> Bool { a >= 0 && b >= 0 && a != b }

    /// A language both speak, preferring one other than English since that says more.
    private func sharedLanguage(_ a: MatchParticipant, _ b: MatchParticipant) -> String? {
        let shared = a.languages.filter(b.languages.contains)
        return shared.first { $0 != "en" } ?? shared.first
    }

    private func names(_ topics: [Int32], _ vocabulary: TopicVocabulary) -> String {
        topics.prefix(3).map { vocabulary.names[Int($0)] }.joined(separator: ", ")
    }
}
