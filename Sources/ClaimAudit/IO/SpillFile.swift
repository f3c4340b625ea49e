#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An anonymous temporary file that holds bytes which must be written out
/// later than they are produced, so that they need not stay in memory: the
/// document sections of an HTML report, which come after an index that is
/// only known once every document has been audited.
///
/// Created in `$TMPDIR` (or `/tmp`) and unlinked at once, so it disappears
/// when closed, also if the process is killed. Not `Sendable`.
final class SpillFile {
    private let fd: Int32
    /// Bytes written so far.
    private(set) var count = 0
    /// Read size when copying the bytes back out: 1 MiB.
    static let chunkSize = 1 << 20

    init() throws {
        let dir = Self.directory()
        var template = Array("\(dir)/claimaudit-spill-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw ClaimAuditError.output(path: dir, message: AtomicFile.errnoMessage(
                "cannot create a temporary file for the report (set TMPDIR to a writable folder)"))
        }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends `bytes` to `spill`, creating the file on first use so that a
    /// stream that never spills (one document) needs no temporary file.
    static func append(to spill: inout SpillFile?, _ bytes: [UInt8]) throws {
        let file = try spill ?? SpillFile()
        spill = file
        try file.write(bytes)
    }

    /// `$TMPDIR` when set and not empty, else `/tmp`; no trailing slash.
    static func directory() -> String {
        var dir = getenv("TMPDIR").map { String(cString: $0) } ?? ""
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        return dir.isEmpty ? "/tmp" : dir
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ClaimAuditError.output(path: "report", message: AtomicFile.errnoMessage("cannot write a temporary file"))
                }
                written += n
            }
        }
        count += bytes.count
    }

    /// Hands every byte written so far to `sink`, in order, in pieces of at
    /// most `chunkSize` bytes.
    func copy(to sink: ([UInt8]) throws -> Void) throws {
        var offset = 0
        var chunk = [UInt8](repeating: 0, count: min(Self.chunkSize, max(count, 1)))
        while offset < count {
            let want = min(chunk.count, count - offset)
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, want, off_t(offset)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ClaimAuditError.output(path: "report", message: AtomicFile.errnoMessage("cannot read a temporary file"))
            }
            guard n > 0 else {
                throw ClaimAuditError.output(path: "report", message: "a temporary file was cut short")
            }
            try sink(Array(chunk[0..<n]))
            offset += n
        }
    }
}
