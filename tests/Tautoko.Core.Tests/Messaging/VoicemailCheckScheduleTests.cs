using Tautoko.Core.Messaging;

namespace Tautoko.Core.Tests.Messaging;

public sealed class VoicemailCheckScheduleTests
{
    private static TimeOnly At(int hour, int minute = 0) => new(hour, minute);

    [Fact]
    public void Reminders_NoChecksYet_MorningDueAfternoonUpcoming_R053()
    {
        var reminders = VoicemailCheckSchedule.Reminders([], At(9));

        Assert.Equal([ReminderState.Due, ReminderState.Upcoming], reminders.Select(r => r.State));
        Assert.Equal("Morning voicemail check", reminders[0].Name);
    }

    [Fact]
    public void Reminders_TwoChecksInTheMorning_LeaveTheAfternoonDue_R053()
    {
        // at least twice daily — spread over the day, not twice in one sitting.
        var reminders = VoicemailCheckSchedule.Reminders([At(8, 30), At(10, 15)], At(13));

        Assert.Equal(ReminderState.Done, reminders[0].State);
        Assert.Equal(At(8, 30), reminders[0].CheckedAt);
        Assert.Equal(ReminderState.Due, reminders[1].State);
    }

    [Fact]
    public void Reminders_AfternoonWindowClosedWithoutACheck_Missed_BothChecked_Done_R053()
    {
        Assert.Equal(ReminderState.Missed, VoicemailCheckSchedule.Reminders([At(9)], At(16, 30))[1].State);
        Assert.All(VoicemailCheckSchedule.Reminders([At(9), At(14)], At(16, 30)), r => Assert.Equal(ReminderState.Done, r.State));
    }
}
