/// The facts grouped by person once per read, so that every report looks a person's requests, pairings and offers up
/// instead of scanning them.
public final class FactIndex: Sendable {
    let requestsByMentee: [PersonID: [RequestFact]]
    let requestsByID: [Int64: RequestFact]
    let pairingsByMentee: [PersonID: [PairingFact]]
    let pairingsByMentor: [PersonID: [PairingFact]]
    let offersByMentee: [PersonID: [OfferFact]]
    /// The sites, functions and programs a filter may choose, sorted.
    public let sites: [String]
    public let functions: [String]
    public let programs: [String]

    init(people: [PersonFact], requests: [RequestFact], pairings: [PairingFact], offers: [OfferFact]) {
        let employed = people.filter { $0.status == .active }
        sites = Set(employed.map(\.site)).filter { !$0.isEmpty }.sorted()
        functions = Set(employed.map(\.function)).filter { !$0.isEmpty }.sorted()
        programs = Set(pairings.map(\.program)).sorted()
        requestsByMentee = Dictionary(grouping: requests, by: \.mentee)
        requestsByID = Dictionary(requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        pairingsByMentee = Dictionary(grouping: pairings, by: \.mentee)
        pairingsByMentor = Dictionary(grouping: pairings, by: \.mentor)
        offersByMentee = Dictionary(grouping: offers, by: \.mentee)
    }
}
