using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;

namespace Tautoko.Core.Tests.Messaging;

/// <summary>The sending window's arithmetic in Pacific/Auckland wall-clock time (the outbox's use of it: SendingWindowTests).</summary>
public sealed class SendingWindowRuleTests
{
    private static readonly SendingWindow Window = SendingWindow.Default;

    private static DateTimeOffset Nz(int year, int month, int day, int hour, int minute) =>
        NzLocalTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    [Fact]
    public void Default_IsMondayToSaturday_8To20()
    {
        Assert.Equal("Mon, Tue, Wed, Thu, Fri, Sat 08:00–20:00", Window.Describe());
        Assert.Equal(Window.Describe(), SendingWindow.Parse("Mon-Sat 08:00-20:00").Describe());
    }

    [Fact]
    public void AReminderDueAt553OnSaturday_GoesAt8OnSaturday()
    {
        // Saturday 12 December 2026 (NZDT, UTC+13).
        var due = Nz(2026, 12, 12, 5, 53);
        Assert.False(Window.IsOpen(due));
        Assert.Equal(Nz(2026, 12, 12, 8, 0), Window.NextOpening(due));
    }

    [Fact]
    public void SaturdayAt2030_WaitsUntilMondayAt8()
    {
        var due = Nz(2026, 12, 12, 20, 30);
        Assert.False(Window.IsOpen(due));
        Assert.False(Window.IsOpen(Nz(2026, 12, 13, 12, 0)), "Never on a Sunday.");
        Assert.Equal(Nz(2026, 12, 14, 8, 0), Window.NextOpening(due));
    }

    [Fact]
    public void TheWindowIsOpenFrom8UpTo20()
    {
        Assert.True(Window.IsOpen(Nz(2026, 12, 14, 8, 0)));
        Assert.True(Window.IsOpen(Nz(2026, 12, 14, 19, 59)));
        Assert.False(Window.IsOpen(Nz(2026, 12, 14, 20, 0)));
        Assert.Equal(Nz(2026, 12, 15, 8, 0), Window.NextOpening(Nz(2026, 12, 14, 20, 0)));
    }

    [Fact]
    public void AMondayPublicHoliday_IsAnOrdinaryMonday()
    {
        // Easter Monday 2027 is 29 March (NZDT until 4 April). The window is by weekday: a text held from Saturday night goes
        // at 8 on the holiday Monday, so a reminder for Tuesday morning is not held until Tuesday (README, sending window).
        var easterMonday = new DateOnly(2027, 3, 29);
        Assert.True(NzHolidays.IsHoliday(easterMonday, null, out _));
        Assert.Equal(Nz(2027, 3, 29, 8, 0), Window.NextOpening(Nz(2027, 3, 27, 20, 30)));
    }

    [Fact]
    public void WindowAcrossTheDaylightSavingChange_OpensAtLocal8()
    {
        // Daylight saving ends on Sunday 4 April 2027: Saturday is UTC+13, Monday UTC+12.
        var opening = Window.NextOpening(Nz(2027, 4, 3, 21, 0));
        Assert.Equal(new DateTimeOffset(2027, 4, 4, 20, 0, 0, TimeSpan.Zero), opening);
    }

    [Fact]
    public void AWindowThatNeverOpensOrClosesBeforeItOpens_IsRefused()
    {
        Assert.Throws<DomainException>(() => SendingWindow.From(0, 480, 1200));
        Assert.Throws<DomainException>(() => SendingWindow.From(0x7E, 1200, 480));
        Assert.Throws<FormatException>(() => SendingWindow.Parse("Mon-Sat 8-20"));
        Assert.True(SendingWindow.Parse("Mon-Sun 00:00-24:00").IsOpen(Nz(2026, 12, 13, 3, 0)));
    }
}
