using Tautoko.Core.Common;
using Tautoko.Core.Messaging;

namespace Tautoko.Core.Tests.Messaging;

public sealed class MessageMeasuresTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Measure_AnsweredLateOpenAndOverdue_CountsEachAndTheShareOfDecidedInTimeNamingR052()
    {
        // answered within 24 hours; the share is of messages answered or already overdue.
        MessageTiming[] messages =
        [
            new(Now.AddHours(-2), Now.AddHours(-5)),
            new(Now.AddHours(-2), Now.AddHours(-1)),
            new(Now.AddHours(-1), null),
            new(Now.AddHours(3), null),
        ];

        var measure = AnsweredWithinADay.Measure(messages, Now);

        Assert.Equal(new AnsweredWithinADay(4, 1, 1, 1, 1, 33.3), measure);
    }

    [Fact]
    public void Measure_NoneDecided_HasNoShareNamingR053()
    {
        // a message still within its 24 hours is neither in time nor late yet.
        var measure = AnsweredWithinADay.Measure([new MessageTiming(Now.AddHours(5), null)], Now);

        Assert.Null(measure.ShareInTime);
        Assert.Equal(1, measure.OpenInTime);
    }

    [Fact]
    public void WorkingDays_AFortnightFromMonday_CountsTenWeekdays()
    {
        Assert.Equal(10, VoicemailCheckMeasure.WorkingDays(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void DaysCheckedEnough_OnceOrTwiceADay_CountsOnlyDaysWithTwoChecksNamingR053()
    {
        // voicemail is checked at least twice a day.
        var aroha = StaffId.New();
        var wiremu = StaffId.New();
        var monday = new DateOnly(2026, 11, 23);

        var days = VoicemailCheckMeasure.DaysCheckedEnough([(aroha, monday), (aroha, monday), (wiremu, monday), (aroha, monday.AddDays(1))]);

        Assert.Equal(1, days);
    }
}
