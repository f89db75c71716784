/// The functions libcurl calls during a transfer; `context` is an unretained `ResponseCollector`.
enum CurlCallbacks {
    static func receiveBody(
        _ buffer: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?
    ) -> Int {
        let length = size * count
        guard let context else { return 0 }
        Unmanaged<ResponseCollector>.fromOpaque(context).takeUnretainedValue()
            .appendBody(UnsafeRawBufferPointer(start: buffer, count: buffer == nil ? 0 : length))
        return length
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
