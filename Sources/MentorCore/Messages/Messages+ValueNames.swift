import Foundation

/// Stored values as this reader's language names them. The stored value stays English (it is what people type and what
/// the database holds); only its display name is looked up, under one key family per kind of value.
extension Messages {
    /// How often a series repeats: `weekly`, `cada semana`, `毎週`.
    public func name(_ cadence: Meeting.Cadence) -> String { self("cadence.name.\(cadence.rawValue)") }

    /// A named career stage (`mid`, `intermediário`); numbered levels beyond the names stay `L6`.
    public func name(_ stage: CareerStage) -> String {
        stage.level <= CareerStage.names.count ? self("stage.name.\(stage.description)") : stage.description
    }

    /// A directory access role: `member`, `Mitglied`.
    public func name(_ role: Role) -> String { self("access.name.\(role.rawValue.replacingOccurrences(of: "-", with: "_"))") }

    /// What kind of circle it is: `peer`, `foro`.
    public func name(_ kind: Circle.Kind) -> String { self("circle.kind.\(kind.rawValue)") }

    /// Where an offer stands: `expired`, `caducada`.
    public func name(_ status: MatchOffer.Status) -> String { self("offer.status.\(status.rawValue)") }

    /// The dimension equity groups are cut along: `site`, `Standort`.
    public func name(_ dimension: MatchGroup.Dimension) -> String { self("equity.dimension.\(dimension.rawValue)") }
}
