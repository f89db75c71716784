import Foundation

/// The exchange format for one matching instance, so anyone can check mentord's optimum with another solver.
///
/// ```json
/// {"format": "mentord-match-instance/1", "program": "mentoring", "objective": "best-score",
///  "mentors": [{"person": 17, "capacity": 2}], "mentees": [{"person": 4}],
///  "edges": [[0, 0, 57]]}
/// ```
/// Each edge is `[mentee index, mentor index, score]`. The optimum maximises the sum of chosen edge scores with each
/// mentee in at most one chosen edge and each mentor in at most `capacity`; for `most-matched`, the number of chosen
/// edges comes first. People are mentord's internal ids, never names or emails.
public struct MatchingInstanceFile: Sendable, Equatable {
    public static let format = "mentord-match-instance/1"

    public var program: String
    public var instance: MatchingInstance
    /// Internal person ids, by mentor and mentee index.
    public var mentorPeople: [Int64]
    public var menteePeople: [Int64]

    public init(program: String, instance: MatchingInstance, mentorPeople: [Int64], menteePeople: [Int64]) {
        self.program = program
        self.instance = instance
        self.mentorPeople = mentorPeople
        self.menteePeople = menteePeople
    }

    /// The file's bytes.
    public func encoded() -> Data {
        var text = "{\"format\": \"\(Self.format)\", \"program\": \(JSONValue.quoted(program)), \"objective\": \"\(instance.objective.rawValue)\",\n"
        text += "\"mentors\": ["
        text += zip(mentorPeople, instance.mentorCapacities).map { "{\"person\": \($0), \"capacity\": \($1)}" }.joined(separator: ", ")
        text += "],\n\"mentees\": ["
        text += menteePeople.map { "{\"person\": \($0)}" }.joined(separator: ", ")
        text += "],\n\"edges\": [\n"
        var first = true
        for mentee in 0..<instance.menteeCount {
            for edge in instance.edges(of: mentee) {
                text += first ? "" : ",\n"
                text += "[\(mentee), \(instance.edgeMentor[edge]), \(instance.edgeScore[edge])]"
                first = false
            }
        }
        text += "\n]}\n"
        return Data(text.utf8)
    }

    /// Reads a file written by ``encoded()`` or by hand; edges may come in any order.
    public init(decoding data: Data) throws(InstanceFileError) {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { throw .notJSON }
        guard root["format"] as? String == Self.format else { throw .wrongFormat(found: "\(root["format"] ?? "nothing")") }
        guard let objectiveName = root["objective"] as? String, let objective = MatchingInstance.Objective(rawValue: objectiveName) else {
            throw .field("objective", "must be \(MatchingInstance.Objective.allCases.map(\.rawValue).joined(separator: " or "))")
        }
        guard let mentors = root["mentors"] as? [[String: Any]] else { throw .field("mentors", "must be a list of {person, capacity}") }
        guard let mentees = root["mentees"] as? [[String: Any]] else { throw .field("mentees", "must be a list of {person}") }
        guard let edges = root["edges"] as? [[Int]] else { throw .field("edges", "must be a list of [mentee, mentor, score]") }
        var capacities: [Int] = []
        for (index, mentor) in mentors.enumerated() {
            guard let capacity = mentor["capacity"] as? Int, capacity >= 0 else { throw .field("mentors[\(index)].capacity", "must be 0 or more") }
            capacities.append(capacity)
        }
        var rows = [[(mentor: Int, score: Int)]](repeating: [], count: mentees.count)
        for (index, edge) in edges.enumerated() {
            guard edge.count == 3, rows.indices.contains(edge[0]) else {
                throw .field("edges[\(index)]", "must be [mentee, mentor, score] with a mentee index below \(mentees.count)")
            }
            rows[edge[0]].append((edge[1], edge[2]))
        }
        do {
            instance = try MatchingInstance(objective: objective, mentorCapacities: capacities, edges: rows)
        } catch {
            throw .invalid(error)
        }
        program = root["program"] as? String ?? ""
        mentorPeople = mentors.map { ($0["person"] as? Int).map(Int64.init) ?? -1 }
        menteePeople = mentees.map { ($0["person"] as? Int).map(Int64.init) ?? -1 }
    }
}

/// Why an instance file could not be read.
public enum InstanceFileError: Error, CustomStringConvertible {
    case notJSON
    case wrongFormat(found: String)
    case field(String, String)
    case invalid(InstanceError)

    public var description: String {
        switch self {
        case .notJSON: "the file is not a JSON object"
        case .wrongFormat(let found): "\"format\" is \(found); expected \"\(MatchingInstanceFile.format)\""
        case .field(let name, let rule): "\"\(name)\" \(rule)"
        case .invalid(let error): error.description
        }
    }
}
