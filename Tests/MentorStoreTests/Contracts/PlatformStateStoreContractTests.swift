import Foundation
import MentorCore
import MentorTesting
import Testing

/// The contract every ``PlatformStateStore`` keeps, on each backend in ``StoreBackend/all``.
@Suite struct PlatformStateStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func aValueReadsBackAndASecondSetReplacesIt(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        #expect(try stores.platformState.value("matrix.next_batch.@mentord:localhost") == nil)
        try stores.platformState.set("matrix.next_batch.@mentord:localhost", "s72594_4483_1934")
        try stores.platformState.set("telegram.offset.mentord_bot", "503")
        try stores.platformState.set("matrix.next_batch.@mentord:localhost", "s72595_4483_1935")
        #expect(try stores.platformState.value("matrix.next_batch.@mentord:localhost") == "s72595_4483_1935")
        #expect(try stores.platformState.value("telegram.offset.mentord_bot") == "503")
    }

    @Test(arguments: StoreBackend.all)
    func aCursorSetInAFailedUnitOfWorkKeepsItsOldValue(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        try stores.platformState.set("telegram.offset.mentord_bot", "503")
        stores.inFailedTransaction { try stores.platformState.set("telegram.offset.mentord_bot", "504") }
        #expect(try stores.platformState.value("telegram.offset.mentord_bot") == "503")
    }
}
