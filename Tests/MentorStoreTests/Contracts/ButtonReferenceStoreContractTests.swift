import Foundation
import MentorCore
import MentorTesting
import Testing

/// The contract every ``ButtonReferenceStore`` keeps, on each backend in ``StoreBackend/all``.
@Suite struct ButtonReferenceStoreContractTests {
    func reference(_ token: String, expires: Date) -> ButtonReference {
        ButtonReference(token: token, actionID: ButtonID.run.rawValue, value: "decline 41 " + String(repeating: "the timing does not suit me ", count: 7), expiresAt: expires)
    }

    @Test(arguments: StoreBackend.all)
    func aReferenceReadsBackUntilItExpires(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let now = stores.clock.now
        let kept = reference("k3Jd9sPq0aZx7Lm2", expires: now + ButtonReference.lifetime)
        try stores.buttonReferences.record(kept, now: now)
        #expect(try stores.buttonReferences.reference(kept.token, now: now) == kept)
        #expect(try stores.buttonReferences.reference(kept.token, now: kept.expiresAt) == nil, "expired at its expiry")
        #expect(try stores.buttonReferences.reference("unknownToken0000", now: now) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func recordingForgetsReferencesThatHaveExpired(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let now = stores.clock.now
        let old = reference("old0000000000000", expires: now + 60)
        try stores.buttonReferences.record(old, now: now)
        let later = now + 120
        try stores.buttonReferences.record(reference("new0000000000000", expires: later + 60), now: later)
        #expect(try stores.buttonReferences.reference(old.token, now: now) == nil, "removed, not just hidden")
    }

    @Test(arguments: StoreBackend.all)
    func aReferenceRecordedInAFailedUnitOfWorkIsNotKept(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let now = stores.clock.now
        let lost = reference("lost000000000000", expires: now + ButtonReference.lifetime)
        stores.inFailedTransaction { try stores.buttonReferences.record(lost, now: now) }
        #expect(try stores.buttonReferences.reference(lost.token, now: now) == nil)
    }
}
