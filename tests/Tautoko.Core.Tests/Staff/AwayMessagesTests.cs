using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Staff;

public sealed class AwayMessagesTests
{
    private static readonly AwayCover Buddy = new("Hemi Walker", "06 370 1234", "hemi.walker@msd.example");

    // Monday 7 December 2026.
    private static readonly DateOnly Monday = new(2026, 12, 7);

    [Fact]
    public void OutOfOffice_PlannedLeaveOfOneDay_GivesTheBuddysDetailsAndReturnDate_R051()
    {
        // planned leave puts an out-of-office with the buddy's details on the case manager's e-mail.
        var leave = new StaffLeave(Guid.NewGuid(), Monday, Monday, LeaveKind.Planned, "Annual leave");

        var message = AwayMessages.OutOfOfficeToday("Aroha Ngata", [leave], Monday, Buddy);

        Assert.NotNull(message);
        Assert.Contains("Hemi Walker", message, StringComparison.Ordinal);
        Assert.Contains("06 370 1234", message, StringComparison.Ordinal);
        Assert.Contains("hemi.walker@msd.example", message, StringComparison.Ordinal);
        Assert.Contains("Tuesday 8 December", message, StringComparison.Ordinal);
        Assert.Contains("0800 559 009", message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfOffice_UnplannedLeaveOfOneDay_None_R051()
    {
        // unplanned leave needs the out-of-office only when it is for more than a day.
        var leave = new StaffLeave(Guid.NewGuid(), Monday, Monday, LeaveKind.Unplanned, "Sick leave");

        Assert.Null(AwayMessages.OutOfOfficeToday("Aroha Ngata", [leave], Monday, Buddy));
    }

    [Fact]
    public void OutOfOffice_UnplannedLeaveOverADay_GivesTheBuddysDetails_R051()
    {
        // unplanned leave over a day puts the out-of-office on.
        var leave = new StaffLeave(Guid.NewGuid(), Monday, Monday.AddDays(1), LeaveKind.Unplanned, "Sick leave");

        var message = AwayMessages.OutOfOfficeToday("Aroha Ngata", [leave], Monday, Buddy);

        Assert.NotNull(message);
        Assert.Contains("my buddy Hemi Walker on 06 370 1234", message, StringComparison.Ordinal);
        Assert.Contains("Wednesday 9 December", message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfOffice_NotOnLeave_None_R051()
    {
        var leave = new StaffLeave(Guid.NewGuid(), Monday.AddDays(7), Monday.AddDays(11), LeaveKind.Planned, null);

        Assert.Null(AwayMessages.OutOfOfficeToday("Aroha Ngata", [leave], Monday, Buddy));
    }

    [Fact]
    public void Greeting_OnLeave_IsTheSeedsLeaveMessageWithReturnDateBuddyAndGeneralNumber_R051()
    {
        // the seed's leave greeting, filled in; leave ending on a Friday returns the next Monday.
        var leave = new StaffLeave(Guid.NewGuid(), Monday, Monday.AddDays(4), LeaveKind.Planned, "Annual leave");

        var greeting = AwayMessages.Greeting("Aroha Ngata", [leave], Monday, Buddy);

        Assert.Equal(
            "Kia ora and welcome to the Ministry of Social Development, this is Aroha Ngata. I am not available until Monday 14 December. If you wish to speak to someone now, please contact Hemi Walker on 06 370 1234. Alternatively, you can call our general enquiries number on 0800 559 009.",
            greeting);
    }

    [Fact]
    public void Greeting_NotOnLeave_IsTheSeedsStandardGreeting_R051()
    {
        Assert.Equal(
            "Kia ora, you have reached Aroha Ngata, please leave your name and number and I will contact you as soon as possible.",
            AwayMessages.Greeting("Aroha Ngata", [], Monday, Buddy));
    }

    [Fact]
    public void ReturnDate_LeaveBeforeChristmas_SkipsTheHolidays_R051()
    {
        // Leave to Thursday 24 December 2026: Christmas and Boxing Day (observed Monday 28) are not working days.
        var leave = new StaffLeave(Guid.NewGuid(), new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 24), LeaveKind.Planned, null);

        Assert.Equal(new DateOnly(2026, 12, 29), AwayMessages.ReturnDate([leave], new DateOnly(2026, 12, 21)));
    }
}
