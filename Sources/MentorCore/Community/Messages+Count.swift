extension Messages {
    /// `1 member`, `3 members`: the `KEY.one` template for exactly one, else `KEY` itself, with `{count}`.
    func count(_ key: String, _ count: Int) -> String {
        self(count == 1 ? key + ".one" : key, ["count": "\(count)"])
    }
}
