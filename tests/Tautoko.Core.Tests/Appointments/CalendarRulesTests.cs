using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Appointments;

public sealed class CalendarRulesTests
{
    private static readonly DateOnly Today = new(2026, 7, 8);
    private static readonly DateTimeOffset Now = new(2026, 7, 7, 21, 0, 0, TimeSpan.Zero);

    private static CaseManagerCalendar Calendar(StaffRole role, CaseManagerVariant variant, IReadOnlyList<OpeningSession>? hours = null, int buffer = 0)
    {
        var blocks = CalendarTemplates.StandardFor(role, variant, hours ?? OpeningHours.Standard);
        var calendar = new CaseManagerCalendar(Guid.NewGuid(), StaffId.New(), SiteId.New(), CalendarTemplates.NameFor(role, variant), blocks, buffer, Now);
        calendar.MarkReviewed(StaffId.New(), Today.AddDays(-7), Now);
        return calendar;
    }

    private static CalendarRuleContext Context(StaffRole role, CaseManagerVariant variant, IReadOnlyList<OpeningSession>? hours = null, decimal fte = 1m, bool caseload = true) =>
        new(role, variant, fte, caseload, hours ?? OpeningHours.Standard, Today);

    private static IReadOnlyList<CalendarFinding> Check(CaseManagerCalendar calendar, StaffRole role, CaseManagerVariant variant, IReadOnlyList<OpeningSession>? hours = null, decimal fte = 1m, bool caseload = true) =>
        CalendarRules.Check(calendar, Context(role, variant, hours, fte, caseload));

    [Theory]
    [InlineData(StaffRole.CaseManager, CaseManagerVariant.General)]
    [InlineData(StaffRole.CaseManager, CaseManagerVariant.Seniors)]
    [InlineData(StaffRole.CaseManager, CaseManagerVariant.IntegratedServices)]
    [InlineData(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace)]
    [InlineData(StaffRole.EmploymentCaseManager, CaseManagerVariant.PhoneBased)]
    [InlineData(StaffRole.IntensiveClientSupportManager, CaseManagerVariant.None)]
    public void Check_NationalTemplateAtStandardHours_HasNoFindings_R037_R045(StaffRole role, CaseManagerVariant variant)
    {
        // the national templates keep every rule they are checked against.
        Assert.Empty(Check(Calendar(role, variant), role, variant));
    }

    [Theory]
    [InlineData("Ohakune")]
    [InlineData("Murupara")]
    [InlineData("Takaka")]
    public void Check_NationalTemplateAtASiteWithItsOwnHours_HasNoFindings_R002_R004(string site)
    {
        // the template fits the three exceptions' hours; closed time becomes admin, not appointments.
        var hours = OpeningHours.ForSiteName(site);
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General, hours);

        Assert.Empty(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General, hours));
        Assert.Empty(SlotPlanner.DayPattern(calendar.Blocks, DayOfWeek.Wednesday, 0, OpeningHours.Ohakune));
    }

    [Fact]
    public void DayPattern_GeneralTemplate_FiveOrMoreHoursTwoSixtiesAndNinetyReactive_R037_R039_R042()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);

        var monday = SlotPlanner.DayPattern(calendar.Blocks, DayOfWeek.Monday, 0, OpeningHours.Standard);

        Assert.True(monday.Sum(s => s.Minutes) >= 300, "R-037: at least 5 hours of appointments");
        Assert.Equal(2, monday.Count(s => s.Minutes == 60));
        Assert.Equal(90, monday.Where(s => s.Kind == SlotKind.Reactive).Sum(s => s.Minutes));
        Assert.InRange(monday.Count, 8, 11);
        Assert.Equal(90, calendar.BlocksOn(DayOfWeek.Monday).Where(b => b.Kind == CalendarBlockKind.Break).Sum(b => b.Minutes)); // R-037 breaks
        Assert.True(calendar.BlocksOn(DayOfWeek.Monday).Where(b => b.Kind == CalendarBlockKind.Admin).Sum(b => b.Minutes) <= 60); // R-037 admin
    }

    [Fact]
    public void DayPattern_EmploymentTemplate_AtLeastNineProactiveThirties_R040()
    {
        var calendar = Calendar(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace);

        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday })
        {
            var slots = SlotPlanner.DayPattern(calendar.Blocks, day, 0, OpeningHours.Standard);
            Assert.True(slots.Count(s => s.Kind == SlotKind.Proactive && s.Minutes == 30) >= 9, $"R-040 on {day}");
        }
    }

    [Fact]
    public void Check_GeneralWithoutItsSixtyMinuteSlots_IsAllowedNotRequired_R039()
    {
        // general, seniors and integrated case managers CAN have two 60-minute slots — allowed, not required.
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        var sixties = calendar.BlocksOn(DayOfWeek.Tuesday).Where(b => b.SlotMinutes == 60).ToList();
        foreach (var block in sixties)
        {
            calendar.RemoveBlock(block, Now);
            calendar.AddBlock(block with { SlotMinutes = 30 }, Now);
        }

        Assert.Empty(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General));
    }

    [Fact]
    public void Check_GeneralWithMoreThanTwoSixtyMinuteSlots_ANoteNotAWarning_R039()
    {
        // R-039 (003): more 60-minute slots suit general case managers who manage the site's bookings, such as new applications.
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        var morning = calendar.BlocksOn(DayOfWeek.Tuesday).Single(b => b.Start == new TimeOnly(11, 0));
        calendar.RemoveBlock(morning, Now);
        calendar.AddBlock(morning with { End = new TimeOnly(12, 0), SlotMinutes = 60 }, Now);

        var finding = Assert.Single(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General));
        Assert.Equal("R-039", finding.Rule);
        Assert.Equal(FindingSeverity.Reminder, finding.Severity);
    }

    [Fact]
    public void WhyNotAdmin_MoreThanAnHourWhileOpen_Refused_OutsideOpeningHoursNotCounted_R037()
    {
        // at most 1 hour of admin a day — capped inside opening hours.
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        var alreadyMonday = calendar.BlocksOn(DayOfWeek.Monday).Where(b => b.Kind == CalendarBlockKind.Admin).Sum(b => b.Minutes);

        var tooMuch = new CalendarBlock(DayOfWeek.Monday, new TimeOnly(15, 0), new TimeOnly(15, 0).AddMinutes(61 - alreadyMonday), CalendarBlockKind.Admin, 0);
        var afterClose = new CalendarBlock(DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(18, 0), CalendarBlockKind.Admin, 0);

        Assert.Equal("R-037", CalendarRules.WhyNotAdmin(calendar, tooMuch, OpeningHours.Standard)?.Rule);
        Assert.Null(CalendarRules.WhyNotAdmin(calendar, afterClose, OpeningHours.Standard));
    }

    [Fact]
    public void AdminTogether_MostOfASitesCaseManagersAtOnce_Warns_Staggered_DoesNot_R037()
    {
        // R-037 (003): "managers need to make sure there aren't too many people doing admin at the same time".
        var same = Enumerable.Range(0, 4).Select(_ => Calendar(StaffRole.CaseManager, CaseManagerVariant.General)).ToList();

        var together = CalendarRules.AdminTogether(same, OpeningHours.Standard);

        var monday = Assert.Single(together, f => f.Day == DayOfWeek.Monday);
        Assert.Equal("R-037", monday.Rule);
        Assert.Contains("4 of 4 case managers have admin time at once", monday.Message, StringComparison.Ordinal);

        var staggered = new List<CaseManagerCalendar>();
        for (var i = 0; i < 4; i++)
        {
            var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
            foreach (var admin in calendar.Blocks.Where(b => b.Kind == CalendarBlockKind.Admin).ToList())
            {
                calendar.RemoveBlock(admin, Now);
                if (i < 2)
                {
                    calendar.AddBlock(admin, Now);
                }
            }

            staggered.Add(calendar);
        }

        Assert.Empty(CalendarRules.AdminTogether(staggered, OpeningHours.Standard));
    }

    [Fact]
    public void Check_EmploymentWithTenMinuteBuffers_WarnsR040AndR041()
    {
        // A buffer after every appointment costs slots; the rules count the slots the calendar really yields.
        var calendar = Calendar(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace, buffer: 10);

        var findings = Check(calendar, StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace);

        Assert.Contains(findings, f => f.Rule == "R-040" && f.Day == DayOfWeek.Monday);
        Assert.Contains(findings, f => f.Rule == "R-041" && f.Day == DayOfWeek.Wednesday);
    }

    [Fact]
    public void Check_NoReactiveTime_WarnsR042OnlyForCaseManagersWithCaseloads()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        var reactive = calendar.BlocksOn(DayOfWeek.Thursday).Single(b => b.Kind == CalendarBlockKind.ReactiveAppointments);
        calendar.RemoveBlock(reactive, Now);
        calendar.AddBlock(reactive with { Kind = CalendarBlockKind.ProactiveAppointments }, Now);

        Assert.Contains(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General), f => f.Rule == "R-042" && f.Day == DayOfWeek.Thursday);
        Assert.DoesNotContain(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General, caseload: false), f => f.Rule == "R-042");
    }

    [Fact]
    public void Check_TwoHoursOfAdminWhileOpenAndShortBreaks_WarnsR037()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        var afternoon = calendar.BlocksOn(DayOfWeek.Friday).Single(b => b.Start == new TimeOnly(16, 0));
        var lunch = calendar.BlocksOn(DayOfWeek.Friday).Single(b => b.Start == new TimeOnly(12, 30));
        calendar.RemoveBlock(afternoon, Now);
        calendar.AddBlock(afternoon with { Kind = CalendarBlockKind.Admin, SlotMinutes = 0 }, Now);
        calendar.RemoveBlock(lunch, Now);
        calendar.AddBlock(lunch with { End = new TimeOnly(13, 0) }, Now);

        var friday = Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General).Where(f => f.Day == DayOfWeek.Friday).ToList();

        Assert.Contains(friday, f => f.Rule == "R-037" && f.Message.Contains("admin", StringComparison.Ordinal));
        Assert.Contains(friday, f => f.Rule == "R-037" && f.Message.Contains("breaks", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TooFewAppointmentHours_WarnsR037ScaledByFte()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        foreach (var block in calendar.BlocksOn(DayOfWeek.Monday).Where(b => b.Start >= new TimeOnly(13, 30)).ToList())
        {
            calendar.RemoveBlock(block, Now);
        }

        calendar.AddBlock(new CalendarBlock(DayOfWeek.Monday, new TimeOnly(13, 30), new TimeOnly(17, 0), CalendarBlockKind.NotWorking, 0), Now);

        // Monday keeps 3 hours of appointments: short for full time, enough at 0.5 FTE (2.5 of 5 hours).
        Assert.Contains(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General), f => f.Rule == "R-037" && f.Day == DayOfWeek.Monday);
        Assert.DoesNotContain(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General, fte: 0.5m, caseload: false), f => f.Rule == "R-037" && f.Day == DayOfWeek.Monday);
    }

    [Fact]
    public void Check_NoWednesdayBrief_WarnsR045()
    {
        var calendar = Calendar(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace);
        calendar.RemoveBlock(calendar.BlocksOn(DayOfWeek.Wednesday).Single(b => b.Kind == CalendarBlockKind.StaffBrief), Now);

        Assert.Contains(Check(calendar, StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace), f => f.Rule == "R-045");
    }

    [Fact]
    public void Check_LockedCalendar_WarnsR043()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.Seniors);
        calendar.Lock("bookings controlled by the site", Now);

        Assert.Contains(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.Seniors), f => f.Rule == "R-043");
    }

    [Fact]
    public void Check_AppointmentsAfterClosing_WarnsR001()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        calendar.AddBlock(new CalendarBlock(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(18, 0), CalendarBlockKind.ProactiveAppointments, 30), Now);

        var finding = Assert.Single(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General));
        Assert.Equal("R-001", finding.Rule);
        Assert.Equal(DayOfWeek.Thursday, finding.Day);
    }

    [Fact]
    public void Check_FortyFiveMinuteSlots_RemindsOfTheStandardLengths_R038()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        var block = calendar.BlocksOn(DayOfWeek.Monday).Single(b => b.Start == new TimeOnly(16, 0));
        calendar.RemoveBlock(block, Now);
        calendar.AddBlock(block with { SlotMinutes = 45 }, Now);

        var finding = Assert.Single(Check(calendar, StaffRole.CaseManager, CaseManagerVariant.General), f => f.Rule == "R-038");
        Assert.Equal(FindingSeverity.Reminder, finding.Severity);
    }

    [Fact]
    public void AddBlock_SlotsUnderThirtyMinutes_IsRefused_R038()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);

        var error = Assert.Throws<DomainException>(() => calendar.AddBlock(new CalendarBlock(DayOfWeek.Monday, new TimeOnly(7, 0), new TimeOnly(8, 0), CalendarBlockKind.ProactiveAppointments, 20), Now));

        Assert.Equal("R-038", error.Error.Rule);
    }

    [Fact]
    public void AddBlock_OverlappingAnother_IsRefused()
    {
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);

        Assert.Throws<DomainException>(() => calendar.AddBlock(new CalendarBlock(DayOfWeek.Monday, new TimeOnly(9, 30), new TimeOnly(10, 30), CalendarBlockKind.Admin, 0), Now));
    }

    [Theory]
    [InlineData("2026-03-20", null)] // reviewed 10 Jan, due 10 Apr: three weeks to go
    [InlineData("2026-03-31", FindingSeverity.Reminder)] // ten days before it falls due
    [InlineData("2026-04-10", FindingSeverity.Reminder)]
    [InlineData("2026-04-11", FindingSeverity.Warning)] // overdue
    public void Check_ReviewEveryThreeMonths_R044(string today, FindingSeverity? expected)
    {
        // managers review each calendar's set-up at least every 3 months.
        var calendar = Calendar(StaffRole.CaseManager, CaseManagerVariant.General);
        calendar.MarkReviewed(StaffId.New(), new DateOnly(2026, 1, 10), Now);
        var context = Context(StaffRole.CaseManager, CaseManagerVariant.General) with { Today = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture) };

        var review = CalendarRules.Check(calendar, context).Where(f => f.Rule == "R-044").ToList();

        if (expected is null)
        {
            Assert.Empty(review);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(review).Severity);
        }
    }

    [Fact]
    public void Check_NeverReviewed_WarnsR044()
    {
        var calendar = new CaseManagerCalendar(Guid.NewGuid(), StaffId.New(), SiteId.New(), "x", CalendarTemplates.StandardFor(StaffRole.CaseManager, CaseManagerVariant.General, OpeningHours.Standard), 0, Now);

        Assert.Contains(CalendarRules.Check(calendar, Context(StaffRole.CaseManager, CaseManagerVariant.General)), f => f.Rule == "R-044" && f.Severity == FindingSeverity.Warning);
    }
}
