import HTTPTypes
import Testing

@Suite("HTTPHeaders")
struct HTTPHeadersTests {
    @Test func lookupIgnoresCase() {
        let headers: HTTPHeaders = ["Content-Type": "application/json"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers["Content-Length"] == nil)
    }

    @Test func valuesKeepsEveryValueInOrder() {
        var headers = HTTPHeaders()
        headers.append("Set-Cookie", "a=1")
        headers.append("set-cookie", "b=2")
        #expect(headers.values("SET-COOKIE") == ["a=1", "b=2"])
        #expect(headers["Set-Cookie"] == "a=1")
    }

    @Test func setReplacesEveryValueWhateverTheCase() {
        var headers = HTTPHeaders([("X-Token", "1"), ("x-token", "2"), ("Other", "o")])
        headers.set("X-TOKEN", "3")
        #expect(headers.values("x-token") == ["3"])
        #expect(headers.map(\.name) == ["Other", "X-TOKEN"])
    }

    @Test func removeDropsEveryValueWhateverTheCase() {
        var headers = HTTPHeaders([("Retry-After", "1"), ("RETRY-AFTER", "2")])
        headers.remove("retry-after")
        #expect(headers.fields.isEmpty)
    }

    @Test func equalityIsOrderAndCaseSensitive() {
        #expect(HTTPHeaders([("A", "1"), ("B", "2")]) == HTTPHeaders([("A", "1"), ("B", "2")]))
        #expect(HTTPHeaders([("A", "1"), ("B", "2")]) != HTTPHeaders([("B", "2"), ("A", "1")]))
    }
}
