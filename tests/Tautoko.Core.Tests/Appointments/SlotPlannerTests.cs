using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Appointments;

public sealed class SlotPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static Site Site(AnniversaryDistrict district, string name = "Masterton") =>
        new(SiteId.New(), "SC", name, SiteKind.ServiceCentre, RegionId.New(), district, OpeningHours.ForSiteName(name));

    private static CaseManagerCalendar General(int buffer = 0) =>
        new(Guid.NewGuid(), StaffId.New(), SiteId.New(), CalendarTemplates.GeneralName,
            CalendarTemplates.StandardFor(StaffRole.CaseManager, CaseManagerVariant.General, OpeningHours.Standard), buffer, Now);

    [Fact]
    public void Plan_MatarikiWeek_NoSlotsOnFriday10July_R005()
    {
        var slots = SlotPlanner.Plan(General(), Site(AnniversaryDistrict.Wellington), new DateOnly(2026, 7, 6), new DateOnly(2026, 7, 12)).ToList();

        Assert.Equal([new DateOnly(2026, 7, 6), new DateOnly(2026, 7, 7), new DateOnly(2026, 7, 8), new DateOnly(2026, 7, 9)], slots.Select(s => s.Date).Distinct());
    }

    [Fact]
    public void Plan_HawkesBayAnniversary_OnlyClosesHawkesBaySites_R005()
    {
        var friday = new DateOnly(2026, 10, 23);

        Assert.Empty(SlotPlanner.Plan(General(), Site(AnniversaryDistrict.HawkesBay, "Napier"), friday, friday));
        Assert.NotEmpty(SlotPlanner.Plan(General(), Site(AnniversaryDistrict.Wellington), friday, friday));
        Assert.Empty(SlotPlanner.Plan(General(), Site(AnniversaryDistrict.Wellington), new DateOnly(2026, 10, 26), new DateOnly(2026, 10, 26)));
    }

    [Fact]
    public void Plan_ChristmasToNewYear_OnlyTheThreeWorkingDaysBetween_R005()
    {
        var dates = SlotPlanner.Plan(General(), Site(AnniversaryDistrict.Wellington), new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 4)).Select(s => s.Date).Distinct();

        Assert.Equal([new DateOnly(2026, 12, 29), new DateOnly(2026, 12, 30), new DateOnly(2026, 12, 31)], dates);
    }

    [Fact]
    public void Plan_StoresUtcInstantsAcrossDaylightSaving()
    {
        // NZ daylight time starts on Sunday 27 September 2026: 9am is 21:00 UTC on the Friday before and 20:00 UTC on the Monday after.
        var slots = SlotPlanner.Plan(General(), Site(AnniversaryDistrict.Wellington), new DateOnly(2026, 9, 25), new DateOnly(2026, 9, 28)).Where(s => NzLocalTime.TimeOf(s.StartsAt) == new TimeOnly(9, 0)).ToList();

        Assert.Equal(new DateTimeOffset(2026, 9, 24, 21, 0, 0, TimeSpan.Zero), slots[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 9, 27, 20, 0, 0, TimeSpan.Zero), slots[1].StartsAt);
        Assert.All(slots, s => Assert.Equal(TimeSpan.Zero, s.StartsAt.Offset));
    }

    [Fact]
    public void DayPattern_Buffer_LeavesTimeAfterEachAppointment()
    {
        var blocks = new[] { new CalendarBlock(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(10, 30), CalendarBlockKind.ProactiveAppointments, 30) };

        var slots = SlotPlanner.DayPattern(blocks, DayOfWeek.Monday, 10, OpeningHours.Standard);

        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(9, 40)], slots.Select(s => s.Start));
    }

    [Fact]
    public void DayPattern_BufferCarriesIntoTheNextBlock()
    {
        var blocks = new[]
        {
            new CalendarBlock(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(9, 30), CalendarBlockKind.ProactiveAppointments, 30),
            new CalendarBlock(DayOfWeek.Monday, new TimeOnly(9, 30), new TimeOnly(10, 30), CalendarBlockKind.ReactiveAppointments, 30),
        };

        var slots = SlotPlanner.DayPattern(blocks, DayOfWeek.Monday, 15, OpeningHours.Standard);

        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(9, 45)], slots.Select(s => s.Start));
        Assert.Equal(SlotKind.Reactive, slots[1].Kind);
    }

    [Fact]
    public void DayPattern_TakakaLunchClosure_NoSlotBetweenTwelveAndOne_R004()
    {
        var blocks = new[] { new CalendarBlock(DayOfWeek.Tuesday, new TimeOnly(11, 0), new TimeOnly(14, 0), CalendarBlockKind.ProactiveAppointments, 30) };

        var slots = SlotPlanner.DayPattern(blocks, DayOfWeek.Tuesday, 0, OpeningHours.Takaka);

        Assert.Equal([new TimeOnly(11, 0), new TimeOnly(11, 30), new TimeOnly(13, 0), new TimeOnly(13, 30)], slots.Select(s => s.Start));
    }
}
