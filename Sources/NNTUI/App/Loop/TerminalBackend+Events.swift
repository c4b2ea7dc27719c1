extension TerminalBackend {
    /// Takes `first` and every event already waiting after it, as a run loop does once it
    /// wakes: a suspend (Ctrl-Z) suspends and resumes the terminal, then calls `resumed`;
    /// an input goes to `input`. Returns false when the loop must end: a quit from the
    /// terminal (SIGINT, SIGTERM, SIGHUP), or `input` returned false.
    func takeEvents(from first: BackendEvent?, resumed: () -> Void, input: (InputEvent) -> Bool) -> Bool {
        var event = first
        while let current = event {
            switch current {
            case .quit:
                return false
            case .suspend:
                suspend()
                resume()
                resumed()
            case .input(let key):
                guard input(key) else { return false }
            }
            event = readEvent(until: now)
        }
        return true
    }
}
