import Foundation

/// A file a CLI command is about to write (a backup, a review CSV), checked first so a failure names the real cause
/// and what to do, instead of a raw system error or a hint about the wrong setting.
struct OutputFile {
    let path: String
    /// What the file is, for messages: `the backup`, `the review CSV`.
    let what: String

    /// Throws an exit-74 failure when the file cannot be written where asked.
    func checkWritable() throws(CLIFailure) {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw failure("the folder \(folder) does not exist; create it (mkdir -p \(folder)) or choose another path")
        }
        guard isDirectory.boolValue else { throw failure("\(folder) is a file, not a folder; choose another path") }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw failure("the folder \(folder) is not writable by this user; choose another path or fix its permissions")
        }
    }

    /// The failure for an error met while writing, read as the operator needs it.
    func failure(writing error: any Error) -> CLIFailure {
        do {
            try checkWritable()
        } catch {
            return error
        }
        // The folder is fine, so the cause is the disk or the file system; the POSIX reason says which.
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        let reason = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
        return failure("\(reason ?? "the system refused the write"); check that the disk has room, or choose another path")
    }

    private func failure(_ reason: String) -> CLIFailure {
        CLIFailure("cannot write \(what) to \(path): \(reason)", exitCode: ExitCode.ioError)
    }
}
