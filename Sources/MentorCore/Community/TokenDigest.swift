/// A one-way digest of a secret token, so a store can find what the token opens without keeping the token itself
/// (an anonymous sender's feedback token, finding D9). MentorApp provides SHA-256 through OpenSSL.
public protocol TokenDigest: Sendable {
    /// The digest of `token` as text; the same token always gives the same digest.
    func digest(_ token: String) -> String
}
