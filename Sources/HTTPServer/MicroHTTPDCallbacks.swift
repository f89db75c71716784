import CMicroHTTPD
import HTTPTypes

/// The functions libmicrohttpd calls on its pool threads.
///
/// They live in a nonisolated type, never in `main.swift` closures (those are main-actor isolated and trap on a pool
/// thread); `HTTPServer.start` hands C non-capturing closures that forward here. They take every pointer as optional
/// and answer `MHD_NO` instead of trapping, because a crash here takes the whole daemon down.
enum MicroHTTPDCallbacks {
    /// Headers the server manages itself; a handler's values for them are ignored.
    private static let managedHeaders: Set<String> = ["content-length", "transfer-encoding", "x-request-id"]

    /// The request line arrived: start tracking the request. The returned pointer becomes `*req_cls`.
    static func requestStarted(
        context: UnsafeMutableRawPointer?, target: UnsafePointer<CChar>?, connection: OpaquePointer?
    ) -> UnsafeMutableRawPointer? {
        guard let context else { return nil }
        let pipeline = Unmanaged<RequestPipeline>.fromOpaque(context).takeUnretainedValue()
        let request = pipeline.begin(target: target.map { String(cString: $0) } ?? "/")
        return Unmanaged.passRetained(request).toOpaque()
    }

    /// Called when headers are complete, once per chunk of body, and once more when the body is complete.
    static func access(
        context: UnsafeMutableRawPointer?, connection: OpaquePointer?, url: UnsafePointer<CChar>?,
        method: UnsafePointer<CChar>?, version: UnsafePointer<CChar>?, uploadData: UnsafePointer<CChar>?,
        uploadDataSize: UnsafeMutablePointer<Int>?, requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
    ) -> MHD_Result {
        guard let context, let connection, let state = requestContext?.pointee else { return .NO }
        let pipeline = Unmanaged<RequestPipeline>.fromOpaque(context).takeUnretainedValue()
        let request = Unmanaged<RequestInProgress>.fromOpaque(state).takeUnretainedValue()

        if !request.headersRead {
            request.headersRead = true
            request.method = method.map { String(cString: $0) } ?? ""
            request.headers = readHeaders(of: connection)
            request.requestID = RequestID.accepting(request.headers["X-Request-Id"])
            if let problem = RequestFraming.problem(in: request.headers) {
                return queue(
                    RequestPipeline.badFraming(problem), for: request, in: pipeline, on: connection, closing: true)
            }
            if let declared = request.declaredContentLength, declared > pipeline.bodyLimitBytes {
                // Answering before the body is read makes libmicrohttpd skip it and close the connection.
                return queue(
                    RequestPipeline.payloadTooLarge(limit: pipeline.bodyLimitBytes), for: request, in: pipeline,
                    on: connection)
            }
            return .YES
        }

        if let uploadDataSize, uploadDataSize.pointee > 0 {
            let count = uploadDataSize.pointee
            request.bytesIn += count
            if !request.bodyTooLarge {
                if request.body.count + count > pipeline.bodyLimitBytes {
                    // Keep consuming (and dropping) the rest so the client can still read the 413.
                    request.bodyTooLarge = true
                    request.body = []
                } else if let uploadData {
                    request.body.append(contentsOf: UnsafeRawBufferPointer(start: uploadData, count: count))
                }
            }
            uploadDataSize.pointee = 0
            return .YES
        }

        guard request.status == nil else { return .YES }
        pipeline.deadlines.requestArrived(connection)
        return queue(pipeline.respond(to: request), for: request, in: pipeline, on: connection)
    }

    /// The request is over (answered, or the connection dropped): report it and free its state.
    static func requestCompleted(
        context: UnsafeMutableRawPointer?, connection: OpaquePointer?,
        requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?, reason: MHD_RequestTerminationCode
    ) {
        guard let context, let state = requestContext?.pointee else { return }
        requestContext?.pointee = nil
        let pipeline = Unmanaged<RequestPipeline>.fromOpaque(context).takeUnretainedValue()
        let request = Unmanaged<RequestInProgress>.fromOpaque(state).takeRetainedValue()
        pipeline.finish(request)
        if let connection { pipeline.deadlines.responseSent(connection) }
    }

    /// A connection was accepted or is about to be closed (always before its socket is).
    static func connectionChanged(
        context: UnsafeMutableRawPointer?, connection: OpaquePointer?, toe: MHD_ConnectionNotificationCode
    ) {
        guard let context, let connection else { return }
        let pipeline = Unmanaged<RequestPipeline>.fromOpaque(context).takeUnretainedValue()
        if toe.rawValue == 0 {  // MHD_CONNECTION_NOTIFY_STARTED, which does not import
            pipeline.deadlines.opened(connection, socket: cmhd_connection_socket(connection))
        } else {
            pipeline.deadlines.closed(connection)
        }
    }

    private static func readHeaders(of connection: OpaquePointer) -> HTTPHeaders {
        var headers = HTTPHeaders()
        withUnsafeMutablePointer(to: &headers) { pointer in
            _ = MHD_get_connection_values_n(
                connection, .HEADER_KIND,
                { sink, _, name, nameLength, value, valueLength in
                    guard let sink, let name else { return .YES }
                    let fields = sink.assumingMemoryBound(to: HTTPHeaders.self)
                    fields.pointee.append(
                        String(decoding: UnsafeRawBufferPointer(start: name, count: nameLength), as: UTF8.self),
                        value.map {
                            String(decoding: UnsafeRawBufferPointer(start: $0, count: valueLength), as: UTF8.self)
                        } ?? ""
                    )
                    return .YES
                }, pointer)
        }
        return headers
    }

    /// Queues `response`; with `closing`, libmicrohttpd closes the connection after sending it.
    private static func queue(
        _ response: HTTPResponse, for request: RequestInProgress, in pipeline: RequestPipeline,
        on connection: OpaquePointer, closing: Bool = false
    ) -> MHD_Result {
        let created = response.body.withUnsafeBytes { bytes in
            MHD_create_response_from_buffer(
                bytes.count, UnsafeMutableRawPointer(mutating: bytes.baseAddress), .RESPMEM_MUST_COPY)
        }
        guard let created else { return .NO }
        defer { MHD_destroy_response(created) }
        for field in response.headers where !managedHeaders.contains(field.name.lowercased()) {
            // libmicrohttpd refuses names or values with control characters; such a header is dropped, not sent.
            _ = MHD_add_response_header(created, field.name, field.value)
        }
        _ = MHD_add_response_header(created, "X-Request-Id", request.requestID)
        if closing || pipeline.isDraining {
            _ = MHD_add_response_header(created, "Connection", "close")
        }
        request.status = response.status
        return MHD_queue_response(connection, UInt32(response.status), created)
    }
}
