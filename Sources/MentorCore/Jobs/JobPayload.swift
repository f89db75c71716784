/// The typed fields of one kind of job. Its kind, key and subject follow from it, so a job cannot be made with a
/// misspelt kind, a stray field or a key in another format.
public protocol JobPayload: Codable, Sendable, Equatable {
    /// The kind of job it describes.
    static var kind: JobKind { get }
    /// Unique among pending jobs: scheduling the same work twice keeps one job.
    var key: String { get }
    /// What the job is about, so it goes when that ends; `nil` for work about nothing in particular.
    var subject: JobSubject? { get }
}
