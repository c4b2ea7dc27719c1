import Testing
@testable import NNTUI

/// The playground's frame cadence.
@Suite struct FrameScheduleTests {
    @Test func wakingAMillisecondLateStillGivesTheFullRate() {
        // A loop that wakes at the due time rounded up to the next whole millisecond.
        var schedule = FrameSchedule(framesPerSecond: 60)
        var now: UInt64 = 5_000_000_000, frames = 0
        let end = now + 10_000_000_000
        while now < end {
            schedule.frameDrawn(at: now)
            frames += 1
            now = (schedule.nextDue + 999_999) / 1_000_000 * 1_000_000
        }
        #expect((599...601).contains(frames))
    }

    @Test func aFrameAfterAKeyPushesTheNextSnapshotFrameBack() {
        var schedule = FrameSchedule(framesPerSecond: 10)
        schedule.frameDrawn(at: 1_000_000_000)  // the first: afresh
        #expect(schedule.nextDue == 1_100_000_000)
        schedule.frameDrawn(at: 1_101_000_000)  // on time, a millisecond late
        #expect(schedule.nextDue == 1_200_000_000)
        schedule.frameDrawn(at: 1_150_000_000)  // early: a key
        #expect(schedule.nextDue == 1_250_000_000)
        #expect(!schedule.isDue(1_249_999_999) && schedule.isDue(1_250_000_000))
    }

    @Test func farBehindStartsAfresh() {
        var schedule = FrameSchedule(framesPerSecond: 10)
        schedule.frameDrawn(at: 1_000_000_000)
        schedule.frameDrawn(at: 5_000_000_000)  // nothing to draw for seconds
        #expect(schedule.nextDue == 5_100_000_000)
    }
}
