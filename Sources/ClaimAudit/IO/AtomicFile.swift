#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old content or the new, never a
/// truncated mix: the bytes go to a temporary file in the same directory,
/// which is flushed and then renamed over the target.
///
/// A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`,
/// a FIFO, a terminal) is written in place instead: renaming over it would
/// replace a device with a plain file, which as root in CI breaks every
/// later `> /dev/null`. Such targets have no old content to protect.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFileWriter(path: path)
        try file.write(bytes)
        try file.commit()
    }

    static func errnoMessage(_ what: String) -> String {
        "\(what): \(String(cString: strerror(errno)))"
    }
}

/// `AtomicFile.write` in pieces, for output produced as it goes (a report
/// streamed one document at a time): the bytes go to the temporary file as
/// they come, and only `commit` puts the file in place. Not committed (an
/// error, `discard`, or dropped), the target is left as it was. Devices and
/// pipes are written in place, as by `AtomicFile.write`.
public final class AtomicFileWriter {
    let path: String
    private var fd: Int32
    /// The temporary file; nil when writing a device or pipe in place.
    private let tmpPath: String?
    private var finished = false

    public init(path: String) throws {
        self.path = path
        var target = stat()
        if stat(path, &target) == 0 && (target.st_mode & S_IFMT) != S_IFREG && (target.st_mode & S_IFMT) != S_IFDIR {
            fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw ClaimAuditError.output(path: path, message: AtomicFile.errnoMessage("cannot open")) }
            tmpPath = nil
            return
        }
        let dir: String
        let base: String
        if let slash = path.lastIndex(of: "/") {
            dir = String(path[..<slash]).isEmpty ? "/" : String(path[..<slash])
            base = String(path[path.index(after: slash)...])
        } else {
            dir = "."
            base = path
        }
        var template = Array("\(dir)/.\(base).claimaudit-XXXXXX".utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw ClaimAuditError.output(path: path, message: AtomicFile.errnoMessage("cannot create a temporary file"))
        }
        tmpPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { discard() }

    /// Appends `bytes`; on failure the file is discarded.
    public func write(_ bytes: [UInt8]) throws {
        precondition(!finished, "write after commit or discard")
        let failure: String? = bytes.withUnsafeBytes { raw -> String? in
            var written = 0
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return AtomicFile.errnoMessage("write failed")
                }
                written += n
            }
            return nil
        }
        if let failure {
            discard()
            throw ClaimAuditError.output(path: path, message: failure)
        }
    }

    /// Flushes the file and renames it over the target.
    public func commit() throws {
        precondition(!finished, "commit after commit or discard")
        guard let tmpPath else {
            finished = true
            close(fd)
            return
        }
        // Keep an existing file's permissions; new files get 0644 less umask.
        var st = stat()
        if stat(path, &st) == 0 {
            fchmod(fd, st.st_mode & 0o7777)
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
        }
        if fsync(fd) != 0 {
            let message = AtomicFile.errnoMessage("fsync failed")
            discard()
            throw ClaimAuditError.output(path: path, message: message)
        }
        finished = true
        close(fd)
        guard rename(tmpPath, path) == 0 else {
            let message = AtomicFile.errnoMessage("cannot replace the file")
            unlink(tmpPath)
            throw ClaimAuditError.output(path: path, message: message)
        }
    }

    /// Drops what was written; the target stays as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        close(fd)
        if let tmpPath { unlink(tmpPath) }
    }
}
