extension Messages {
    /// `1 member`, `3 members`: the `KEY.one` template for exactly one, `KEY.other` for any other count, with `{count}`.
    func count(_ key: String, _ count: Int) -> String {
        self(key + (count == 1 ? ".one" : ".other"), ["count": "\(count)"])
    }
}
