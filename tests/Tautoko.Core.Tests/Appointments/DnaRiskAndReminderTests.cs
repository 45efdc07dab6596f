using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;

namespace Tautoko.Core.Tests.Appointments;

public sealed class DnaRiskAndReminderTests
{
    private static readonly DateOnly Today = new(2026, 7, 6);

    private static AttendanceRecord Missed(int daysAgo) => new(Today.AddDays(-daysAgo), AppointmentStatus.DidNotAttend);

    private static AttendanceRecord Attended(int daysAgo) => new(Today.AddDays(-daysAgo), AppointmentStatus.Attended);

    [Fact]
    public void Assess_NoHistory_IsTheAgencyRate()
    {
        var risk = DnaRiskModel.Default.Assess([], Today);

        Assert.Equal(0.18, risk.Probability, 6);
        Assert.Equal(DnaRiskBand.Low, risk.Band);
    }

    [Fact]
    public void Assess_OneRecentMiss_MovesPartWayOnly()
    {
        // Beta(0.72, 3.28) + one miss today: (0.72 + 1) / (4 + 1) = 0.344.
        var risk = DnaRiskModel.Default.Assess([Missed(0)], Today);

        Assert.Equal(0.344, risk.Probability, 3);
        Assert.Equal(DnaRiskBand.Elevated, risk.Band);
    }

    [Fact]
    public void Assess_RecentMissesCountMoreThanOldOnes()
    {
        var recent = DnaRiskModel.Default.Assess([Missed(10), Missed(40), Attended(400), Attended(430)], Today);
        var old = DnaRiskModel.Default.Assess([Attended(10), Attended(40), Missed(400), Missed(430)], Today);

        Assert.True(recent.Probability > old.Probability);
        Assert.Equal(DnaRiskBand.High, recent.Band);
        Assert.Equal(2, recent.Missed);
        Assert.Equal(2, recent.Attended);
    }

    [Fact]
    public void Assess_CancellationsAndFutureAreLeftOut()
    {
        var risk = DnaRiskModel.Default.Assess([new AttendanceRecord(Today.AddDays(-5), AppointmentStatus.CancelledByClient), new AttendanceRecord(Today.AddDays(3), AppointmentStatus.DidNotAttend)], Today);

        Assert.Equal(0.18, risk.Probability, 6);
    }

    [Fact]
    public void Plan_LowRisk_OneTextTheWorkingDayBefore_SkippingMatariki()
    {
        // Appointment Monday 13 July 2026; the working day before is Thursday 9 July (Friday 10 July is Matariki).
        var starts = NzLocalTime.ToUtc(new DateOnly(2026, 7, 13), new TimeOnly(11, 0));

        var reminders = ReminderPolicy.Plan(DnaRiskBand.Low, starts, NzLocalTime.ToUtc(Today, new TimeOnly(9, 0)), canText: true, canEmail: true, AnniversaryDistrict.Wellington);

        var reminder = Assert.Single(reminders);
        Assert.Equal(NzLocalTime.ToUtc(new DateOnly(2026, 7, 9), new TimeOnly(10, 0)), reminder.SendAt);
        Assert.Equal(ReminderChannel.Text, reminder.Channel);
    }

    [Fact]
    public void Plan_HighRisk_EarlierMoreOftenAndOnBothChannels()
    {
        var starts = NzLocalTime.ToUtc(new DateOnly(2026, 7, 16), new TimeOnly(11, 0));

        var reminders = ReminderPolicy.Plan(DnaRiskBand.High, starts, NzLocalTime.ToUtc(Today, new TimeOnly(9, 0)), canText: true, canEmail: true, AnniversaryDistrict.Wellington);

        Assert.Equal(6, reminders.Count);
        Assert.Equal(
            [NzLocalTime.ToUtc(new DateOnly(2026, 7, 13), new TimeOnly(10, 0)), NzLocalTime.ToUtc(new DateOnly(2026, 7, 15), new TimeOnly(10, 0)), NzLocalTime.ToUtc(new DateOnly(2026, 7, 16), new TimeOnly(7, 30))],
            reminders.Select(r => r.SendAt).Distinct());
        Assert.Equal(3, reminders.Count(r => r.Channel == ReminderChannel.Email));
    }

    [Fact]
    public void Plan_BookedLate_SendsOneAtOnce_OrNoneWithoutContactDetails()
    {
        var now = NzLocalTime.ToUtc(Today, new TimeOnly(9, 0));
        var starts = NzLocalTime.ToUtc(Today, new TimeOnly(14, 0));

        var reminder = Assert.Single(ReminderPolicy.Plan(DnaRiskBand.Elevated, starts, now, canText: false, canEmail: true, AnniversaryDistrict.Wellington));
        Assert.Equal(now, reminder.SendAt);
        Assert.Equal(ReminderChannel.Email, reminder.Channel);
        Assert.Empty(ReminderPolicy.Plan(DnaRiskBand.High, starts, now, canText: false, canEmail: false, AnniversaryDistrict.Wellington));
    }
}
