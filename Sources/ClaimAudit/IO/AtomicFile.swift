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
        var target = stat()
        if stat(path, &target) == 0 && (target.st_mode & S_IFMT) != S_IFREG && (target.st_mode & S_IFMT) != S_IFDIR {
            return try writeInPlace(bytes, to: path)
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
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw ClaimAuditError.output(path: path, message: errnoMessage("cannot create a temporary file")) }
        let tmpPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(tmpPath) }
        }
        var written = 0
        let count = bytes.count
        let writeError: String? = bytes.withUnsafeBytes { raw -> String? in
            while written < count {
                let n = Glibc.write(fd, raw.baseAddress! + written, count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errnoMessage("write failed")
                }
                written += n
            }
            return nil
        }
        if let writeError {
            close(fd)
            throw ClaimAuditError.output(path: path, message: writeError)
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
            close(fd)
            throw ClaimAuditError.output(path: path, message: errnoMessage("fsync failed"))
        }
        close(fd)
        guard rename(tmpPath, path) == 0 else {
            throw ClaimAuditError.output(path: path, message: errnoMessage("cannot replace the file"))
        }
        ok = true
    }

    /// Writes to a device or pipe that already exists, without truncating or replacing it.
    static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ClaimAuditError.output(path: path, message: errnoMessage("cannot open")) }
        defer { close(fd) }
        var written = 0
        let failure: String? = bytes.withUnsafeBytes { raw -> String? in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errnoMessage("write failed")
                }
                written += n
            }
            return nil
        }
        if let failure { throw ClaimAuditError.output(path: path, message: failure) }
    }

    static func errnoMessage(_ what: String) -> String {
        "\(what): \(String(cString: strerror(errno)))"
    }
}
