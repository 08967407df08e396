import Dispatch
import Foundation
import Synchronization

/// Catches Ctrl-C (SIGINT) while a long command runs, so that it can stop at a safe point
/// instead of dying mid-write: the first SIGINT only sets a flag that the work loop checks;
/// a second one ends the process at once, as SIGINT does by default.
final class Interruption: @unchecked Sendable {
    private let requested = Atomic<Bool>(false)
    /// Only touched in `init` and `stop()`, on the thread that owns the interruption.
    private let source: any DispatchSourceSignal

    /// Starts catching SIGINT; `stop()` gives it back its default action.
    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [unowned self] in
            let (exchanged, _) = requested.compareExchange(expected: false, desired: true,
                                                           ordering: .relaxed)
            if !exchanged {
                signal(SIGINT, SIG_DFL)
                raise(SIGINT)
            }
        }
        source.resume()
    }

    /// Whether Ctrl-C was pressed since `init`.
    var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Stops catching SIGINT.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
