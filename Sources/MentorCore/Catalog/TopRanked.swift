/// The best `limit` elements of a stream, kept in a small heap, so a page of results never sorts every candidate.
struct TopRanked<Element> {
    private let limit: Int
    private let isBetter: (Element, Element) -> Bool
    /// A min-heap by `isBetter`: the root is the worst element kept.
    private var heap: [Element] = []

    init(limit: Int, isBetter: @escaping (Element, Element) -> Bool) {
        self.limit = limit
        self.isBetter = isBetter
        heap.reserveCapacity(min(limit, 1_024))
    }

    mutating func offer(_ element: Element) {
        guard limit > 0 else { return }
        if heap.count < limit {
            heap.append(element)
            siftUp(heap.count - 1)
        } else if isBetter(element, heap[0]) {
            heap[0] = element
            siftDown(0)
        }
    }

    /// The kept elements, best first.
    func sorted() -> [Element] { heap.sorted(by: isBetter) }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard isBetter(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < heap.count, isBetter(heap[worst], heap[left]) { worst = left }
            if right < heap.count, isBetter(heap[worst], heap[right]) { worst = right }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
