extension MessageCatalog {
    /// One ``Messages`` per language `channel` posts in: its configured languages that are shipped, in order, else
    /// the org's default language (English).
    public func localized(toChannel channel: Channel) -> [Messages] {
        var seen: Set<String> = []
        let shipped = channel.languages.filter { languages.contains($0) && seen.insert($0).inserted }
        return (shipped.isEmpty ? [MessageCatalog.fallbackLanguage] : shipped).map(localized(to:))
    }
}
