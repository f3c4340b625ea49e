import ArgumentParser

extension Console {
    /// Runs `body`; an error it throws is printed on standard error and
    /// becomes exit status 2, the status of every usage, input, rule and
    /// output error (`ClaimAuditCommand`). An `ExitCode` passes through as
    /// it was chosen (whoever threw it has printed its message). `cleanup`
    /// runs before the message is printed (lint clears its progress line).
    static func exitOnError<T>(cleanup: () -> Void = {}, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            cleanup()
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
