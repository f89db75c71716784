import HTTPTypes
import Testing

@Suite("HTTPDate")
struct HTTPDateTests {
    @Test func parsesIMFFixdate() {
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Thu, 01 Jan 1970 00:00:00 GMT") == 0)
    }

    @Test(arguments: ["", "tomorrow", "2015-10-21T07:28:00Z", "Sun, 06 Nov 1994 25:49:37 GMT"])
    func rejectsOtherText(text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }

    @Test func retryAfterUsesSecondsOrDate() {
        #expect(HTTPResponse(status: 429, headers: ["Retry-After": " 12 "]).retryAfterSeconds(now: 0) == 12)
        #expect(HTTPResponse(status: 429, headers: ["Retry-After": "-5"]).retryAfterSeconds(now: 0) == nil)
        #expect(
            HTTPResponse(status: 429, headers: ["Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT"])
                .retryAfterSeconds(now: 784_111_700) == 77)
        #expect(HTTPResponse(status: 429).retryAfterSeconds(now: 0) == nil)
    }
}
