/// The functions libcurl calls during a transfer; `context` is an unretained `ResponseCollector`.
enum CurlCallbacks {
    static func receiveBody(
        _ buffer: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?
    ) -> Int {
        let length = size * count
        guard let context else { return 0 }
        let kept = Unmanaged<ResponseCollector>.fromOpaque(context).takeUnretainedValue()
            .appendBody(UnsafeRawBufferPointer(start: buffer, count: buffer == nil ? 0 : length))
        // Returning less than `length` makes libcurl abort the transfer with CURLE_WRITE_ERROR.
        return kept ? length : 0
    }

    static func receiveHeader(
        _ buffer: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?
    ) -> Int {
        let length = size * count
        guard let context else { return 0 }
        Unmanaged<ResponseCollector>.fromOpaque(context).takeUnretainedValue()
            .receiveHeaderLine(UnsafeRawBufferPointer(start: buffer, count: buffer == nil ? 0 : length))
        return length
    }
}
