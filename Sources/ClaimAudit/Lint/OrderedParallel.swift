import Dispatch
import Synchronization

/// Computes values on several threads and hands them over in index order,
/// holding only a bounded window of them: how `claimaudit lint` audits an
/// archive on every core yet writes each article's report, in input order,
/// as soon as it is its turn, with memory flat in the number of articles.
enum OrderedParallel {
    /// Calls `work(i)` for every `i` in `0..<count` on `jobs` threads and
    /// `body(i, value)` on the calling thread in increasing `i`, each as soon
    /// as value `i` is ready. At most `max(window, jobs)` values are started
    /// and not yet handed to `body` (a worker waits for a free slot before
    /// starting one), so memory is that of so many values, whatever `count`.
    /// `progress` gets the number of values computed so far, from any thread.
    ///
    /// If `body` throws, no further values are started, the computations
    /// under way finish and are dropped, and the error is rethrown once every
    /// worker has stopped.
    static func forEach<Value: Sendable>(count: Int, jobs: Int, window: Int,
                                         progress: (@Sendable (Int) -> Void)? = nil,
                                         work: @escaping @Sendable (Int) -> Value,
                                         body: (Int, Value) throws -> Void) rethrows {
        let jobs = max(1, min(jobs, count))
        if jobs == 1 {
            for i in 0..<count {
                let value = work(i)
                progress?(i + 1)
                try body(i, value)
            }
            return
        }
        let ring = Ring<Value>(size: max(window, jobs))
        let group = DispatchGroup()
        for _ in 0..<jobs {
            DispatchQueue.global().async(group: group) {
                while true {
                    ring.free.wait()
                    // Pass the wake-up on, so every waiting worker sees the stop.
                    if ring.stopped.load(ordering: .acquiring) { ring.free.signal(); return }
                    let i = ring.next.wrappingAdd(1, ordering: .relaxed).oldValue
                    if i >= count { ring.free.signal(); return }
                    ring.put(work(i), at: i)
                    let done = ring.done.wrappingAdd(1, ordering: .relaxed).newValue
                    progress?(done)
                }
            }
        }
        defer {
            ring.stopped.store(true, ordering: .releasing)
            ring.free.signal()
            group.wait()
        }
        for i in 0..<count {
            try body(i, ring.take(i))
        }
    }
}

/// `size` result slots used round-robin: value `i` lives in slot
/// `i % size`. A worker takes a `free` permit before claiming an index and
/// the reader returns it after taking a value, so at most `size` indices
/// are claimed and not yet read, and they fall in distinct slots. Each
/// slot's semaphore orders the worker's write before the reader's read, so
/// the slots need no lock.
private final class Ring<Value: Sendable>: @unchecked Sendable {
    let size: Int
    private let slots: UnsafeMutableBufferPointer<Value?>
    private let filled: [DispatchSemaphore]
    /// Free slots. Made at 0 and raised to `size`: libdispatch traps when a
    /// semaphore is freed below its initial value, which a stopped run
    /// (values claimed and never read) would leave.
    let free = DispatchSemaphore(value: 0)
    let next = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    let stopped = Atomic<Bool>(false)

    init(size: Int) {
        self.size = size
        slots = .allocate(capacity: size)
        slots.initialize(repeating: nil)
        filled = (0..<size).map { _ in DispatchSemaphore(value: 0) }
        for _ in 0..<size { free.signal() }
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func put(_ value: Value, at i: Int) {
        slots[i % size] = value
        filled[i % size].signal()
    }

    /// Waits for value `i`, empties its slot and frees it for another.
    func take(_ i: Int) -> Value {
        let s = i % size
        filled[s].wait()
        let value = slots[s]!
        slots[s] = nil
        free.signal()
        return value
    }
}
