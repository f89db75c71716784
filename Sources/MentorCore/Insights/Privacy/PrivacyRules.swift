/// The thresholds every aggregate obeys, defined once.
///
/// Five is the k below which a count, rate or average could be matched to the people behind it by anyone who knows a
/// few colleagues; ten is higher for free text, because a turn of phrase identifies its author more readily than a
/// number does.
public enum PrivacyRules {
    /// The fewest people a shown count, rate or average may describe.
    public static let minimumGroup = 5
    /// The fewest people whose free-text comments may be shown together.
    public static let minimumFreeTextGroup = 10

    /// Whether a group of `people` is one that must not be pinned down: zero may be shown (it describes nobody), and so
    /// may any size of at least ``minimumGroup``.
    static func isSmall(_ people: Int) -> Bool { people > 0 && people < minimumGroup }
}
