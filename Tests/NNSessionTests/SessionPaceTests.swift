import NNCore
import NNSession
import Testing

/// The original pace of a recording: event times and the step reached in between.
@Suite struct SessionPaceTests {
    private func session(_ events: [(step: Int, time: Double?)]) -> Session {
        Session(header: SessionHeader(config: TrainingConfig()),
                entries: events.enumerated().map { index, event in
                    Session.Entry(line: index + 2, event: .frame(step: event.step), time: event.time)
                })
    }

    @Test func stepsAreInterpolatedBetweenEvents() {
        let pace = SessionPace(session: session([(0, 1), (1000, 2), (1000, 6), (3000, 7)]))
        #expect(pace.duration == 7)
        #expect(pace.step(at: 0.5) == 0)
        #expect(pace.step(at: 1.5) == 500)
        #expect(pace.step(at: 2) == 1000)
        #expect(pace.step(at: 4) == 1000)  // paused
        #expect(pace.step(at: 6.25) == 1500)
        #expect(pace.step(at: 100) == 3000)
    }

    @Test func untimedEventsAndBackwardTimesAreEvenedOut() {
        let pace = SessionPace(session: session([(0, nil), (10, nil), (20, 3), (30, 1), (40, nil)]))
        #expect(pace.times == [0, 0.5, 3, 3, 3.5])
        #expect(pace.step(at: 3) == 30)
        #expect(SessionPace(session: session([])).step(at: 5) == 0)
    }
}
