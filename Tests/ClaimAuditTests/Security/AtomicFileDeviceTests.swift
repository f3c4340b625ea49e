import Foundation
import Testing
@testable import ClaimAudit

/// `-o /dev/null` and `-o /dev/stdout` are common in CI scripts: the device
/// must stay a device (renaming a temp file over it would, as root, leave a
/// plain file at /dev/null for every later step).
@Suite struct AtomicFileDeviceTests {
    @Test func writingToDevNullKeepsItACharacterDevice() throws {
        try AtomicFile.write(Array("report\n".utf8), to: "/dev/null")
        var st = stat()
        #expect(stat("/dev/null", &st) == 0)
        #expect((st.st_mode & S_IFMT) == S_IFCHR)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "/dev").filter { $0.hasPrefix(".null.claimaudit-") }
        #expect(leftovers.isEmpty)
    }

    @Test func writingToAFIFOWritesThroughIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ca-fifo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Open the read end first (non-blocking), so the writer's open succeeds.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write(Array("hello".utf8), to: fifo)
        var buffer = [UInt8](repeating: 0, count: 16)
        let n = read(reader, &buffer, 16)
        #expect(n == 5)
        var st = stat()
        #expect(stat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
    }
}
