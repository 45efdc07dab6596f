using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Measures;
using Tautoko.Core.Plans;
using Tautoko.Core.Vacancies;

namespace Tautoko.Core.Tests.Measures;

public sealed class MeasureRulesTests
{
    private static readonly ClientId Client = new(Guid.NewGuid());
    private static readonly SiteId Site = new(Guid.NewGuid());
    private static readonly StaffId CaseManager = new(Guid.NewGuid());
    private static readonly StaffId Other = new(Guid.NewGuid());
    private static readonly DateOnly Today = new(2026, 12, 1);

    // Labour Day 2026 is Monday 26 October (the fourth Monday): it is not a working day.
    private static readonly DateOnly TuesdayBeforeLabourDay = new(2026, 10, 20);

    private static AnniversaryDistrict District(SiteId site) => AnniversaryDistrict.Wellington;

    private static ClientMeasureHistory History(
        IReadOnlyList<PlacementFact>? placements = null, IReadOnlyList<AppointmentFact>? appointments = null, IReadOnlyList<CompletedTaskFact>? tasks = null,
        IReadOnlyList<PlanFact>? plans = null, IReadOnlyList<EmploymentOutcomeFact>? starts = null, IReadOnlyList<EmploymentOutcomeFact>? earnings = null,
        IReadOnlyList<ReferralFact>? referrals = null) =>
        new(Client, placements ?? [], appointments ?? [], tasks ?? [], plans ?? [], starts ?? [], earnings ?? [], referrals ?? []);

    private static AppointmentFact Attended(DateOnly day, AppointmentType type = AppointmentType.Ongoing, AppointmentChannel channel = AppointmentChannel.FaceToFace, StaffId? staff = null) =>
        new(Guid.NewGuid(), Site, staff ?? CaseManager, day, type, channel, AppointmentStatus.Attended, day, staff ?? CaseManager);

    private static PlacementFact Placed(DateOnly on, CaseManagementService service = CaseManagementService.EmploymentFaceToFace, PlacementSource source = PlacementSource.Manual) =>
        new(Guid.NewGuid(), Site, CaseManager, service, on, null, source);

    private static IReadOnlyList<MeasureContribution> Of(ClientMeasureHistory history, string measure) =>
        MeasureRules.Contributions(history, District, Today).Where(c => c.Measure == measure).ToList();

    [Fact]
    public void ReturnRate_SameTypeOnTheSeventhWorkingDayAcrossLabourDay_Returned_R103()
    {
        // Tue 20 Oct to Fri 30 Oct is 8 weekdays but 7 working days: Labour Day is skipped.
        var rows = Of(History(appointments: [Attended(TuesdayBeforeLabourDay), Attended(new DateOnly(2026, 10, 30))]), MeasureCatalogue.ReturnRate);

        var first = Assert.Single(rows, r => r.Day == TuesdayBeforeLabourDay);
        Assert.Equal((1, 1), (first.Numerator, first.Denominator));
        Assert.Equal(2, rows.Sum(r => r.Denominator));
    }

    [Fact]
    public void ReturnRate_EighthWorkingDay_NotReturned_R103()
    {
        var rows = Of(History(appointments: [Attended(TuesdayBeforeLabourDay), Attended(new DateOnly(2026, 11, 2))]), MeasureCatalogue.ReturnRate);

        Assert.Equal(0, Assert.Single(rows, r => r.Day == TuesdayBeforeLabourDay).Numerator);
    }

    [Fact]
    public void ReturnRate_OtherAppointmentType_NotAReturn_R103()
    {
        var rows = Of(History(appointments: [Attended(TuesdayBeforeLabourDay), Attended(new DateOnly(2026, 10, 21), AppointmentType.PlanReview)]), MeasureCatalogue.ReturnRate);

        Assert.All(rows, r => Assert.Equal(0, r.Numerator));
    }

    [Fact]
    public void ClientRequests_ResultedAppointmentsAndCompletedTasks_CountForWhoCompletedThem_R101()
    {
        var noShow = new AppointmentFact(Guid.NewGuid(), Site, CaseManager, TuesdayBeforeLabourDay, AppointmentType.Ongoing, AppointmentChannel.FaceToFace,
            AppointmentStatus.DidNotAttend, TuesdayBeforeLabourDay, Other);
        var task = new CompletedTaskFact(Guid.NewGuid(), Site, TuesdayBeforeLabourDay, CaseManager);

        var rows = Of(History(appointments: [Attended(TuesdayBeforeLabourDay), noShow], tasks: [task]), MeasureCatalogue.ClientRequests);

        Assert.Equal(3, rows.Count);
        Assert.Equal(2, rows.Count(r => r.StaffId == CaseManager));
        Assert.Single(rows, r => r.StaffId == Other);
        Assert.All(rows, r => Assert.Equal((1, 0), (r.Numerator, r.Denominator)));
    }

    [Fact]
    public void CompletionRate_OnlyShows_R102()
    {
        var noShow = new AppointmentFact(Guid.NewGuid(), Site, CaseManager, TuesdayBeforeLabourDay, AppointmentType.Ongoing, AppointmentChannel.FaceToFace,
            AppointmentStatus.DidNotAttend, TuesdayBeforeLabourDay, CaseManager);

        var rows = Of(History(appointments: [Attended(TuesdayBeforeLabourDay), noShow]), MeasureCatalogue.CompletionRate);

        Assert.Single(rows);
    }

    [Fact]
    public void NewClientsSeen_FaceToFaceOnTheTenthWorkingDayAcrossLabourDay_Met_R033()
    {
        // Assigned Tue 20 Oct: the 10th working day after is Wed 4 Nov (Labour Day skipped); Thu 5 Nov is the 11th.
        var placed = Placed(TuesdayBeforeLabourDay);
        var met = Of(History(placements: [placed], appointments: [Attended(new DateOnly(2026, 11, 4))]), MeasureCatalogue.NewClientsSeen);
        var late = Of(History(placements: [placed], appointments: [Attended(new DateOnly(2026, 11, 5))]), MeasureCatalogue.NewClientsSeen);

        Assert.Equal((1, 1), (Assert.Single(met).Numerator, met[0].Denominator));
        Assert.Equal((0, 1), (Assert.Single(late).Numerator, late[0].Denominator));
    }

    [Fact]
    public void NewClientsSeen_PhoneForPhoneBased_FaceToFaceDoesNotCount_R033()
    {
        var placed = Placed(TuesdayBeforeLabourDay, CaseManagementService.PhoneBased);

        var byPhone = Of(History(placements: [placed], appointments: [Attended(new DateOnly(2026, 10, 22), channel: AppointmentChannel.Phone)]), MeasureCatalogue.NewClientsSeen);
        var inPerson = Of(History(placements: [placed], appointments: [Attended(new DateOnly(2026, 10, 22))]), MeasureCatalogue.NewClientsSeen);

        Assert.Equal(1, Assert.Single(byPhone).Numerator);
        Assert.Equal(0, Assert.Single(inPerson).Numerator);
    }

    [Fact]
    public void NewClientsSeen_GeneralCaseManagementAndTransfers_NotCounted_R033()
    {
        var general = Of(History(placements: [Placed(TuesdayBeforeLabourDay, CaseManagementService.General)]), MeasureCatalogue.NewClientsSeen);
        var transfer = Of(History(placements: [Placed(TuesdayBeforeLabourDay, source: PlacementSource.Transfer)]), MeasureCatalogue.NewClientsSeen);
        var handOver = Of(History(placements:
            [new PlacementFact(Guid.NewGuid(), Site, Other, CaseManagementService.EmploymentFaceToFace, new DateOnly(2026, 6, 1), new DateOnly(2026, 10, 19), PlacementSource.Manual),
             Placed(TuesdayBeforeLabourDay, CaseManagementService.PhoneBased)]), MeasureCatalogue.NewClientsSeen);

        Assert.Empty(general);
        Assert.Empty(transfer);
        Assert.Single(handOver);
        Assert.Equal(new DateOnly(2026, 6, 1), handOver[0].Day);
    }

    [Fact]
    public void IepWithinTenDays_PlanOnTheTenthWorkingDay_Met_EleventhNot_R062()
    {
        var placed = Placed(TuesdayBeforeLabourDay);
        var met = Of(History(placements: [placed], plans: [new PlanFact(Guid.NewGuid(), new DateOnly(2026, 11, 4), false, [])]), MeasureCatalogue.IepWithinTenDays);
        var late = Of(History(placements: [placed], plans: [new PlanFact(Guid.NewGuid(), new DateOnly(2026, 11, 5), false, [])]), MeasureCatalogue.IepWithinTenDays);
        var notEmployment = Of(History(placements: [Placed(TuesdayBeforeLabourDay, CaseManagementService.IntegratedServices)]), MeasureCatalogue.IepWithinTenDays);

        Assert.Equal(1, Assert.Single(met).Numerator);
        Assert.Equal(0, Assert.Single(late).Numerator);
        Assert.Empty(notEmployment);
    }

    [Fact]
    public void IepQuality_ActivitiesNoneOverdue_Quality_OverdueOrEmptyNot_R063()
    {
        var placed = Placed(new DateOnly(2026, 11, 2));
        var plan = new DateOnly(2026, 11, 3);
        var good = Of(History(placements: [placed], plans: [new PlanFact(Guid.NewGuid(), plan, false, [(new DateOnly(2026, 12, 4), PlanActivityStatus.Open)])]), MeasureCatalogue.IepQuality);
        var overdue = Of(History(placements: [placed], plans: [new PlanFact(Guid.NewGuid(), plan, false, [(new DateOnly(2026, 11, 27), PlanActivityStatus.Open)])]), MeasureCatalogue.IepQuality);
        var empty = Of(History(placements: [placed], plans: [new PlanFact(Guid.NewGuid(), plan, false, [])]), MeasureCatalogue.IepQuality);
        var closed = Of(History(placements: [placed], plans: [new PlanFact(Guid.NewGuid(), plan, true, [])]), MeasureCatalogue.IepQuality);

        Assert.Equal((1, 1), (Assert.Single(good).Numerator, good[0].Denominator));
        Assert.Equal(0, Assert.Single(overdue).Numerator);
        Assert.Equal(0, Assert.Single(empty).Numerator);
        Assert.Empty(closed);
    }

    [Fact]
    public void WorkExitsAndEarnings_OnlyWithACaseManager_R104()
    {
        var rows = MeasureRules.Contributions(History(
            starts: [new EmploymentOutcomeFact(Guid.NewGuid(), Site, CaseManager, TuesdayBeforeLabourDay), new EmploymentOutcomeFact(Guid.NewGuid(), Site, null, TuesdayBeforeLabourDay)],
            earnings: [new EmploymentOutcomeFact(Guid.NewGuid(), Site, CaseManager, TuesdayBeforeLabourDay)]), District, Today);

        Assert.Single(rows, r => r.Measure == MeasureCatalogue.WorkExits);
        Assert.Single(rows, r => r.Measure == MeasureCatalogue.PartTimeEarnings);
    }

    [Fact]
    public void Referrals_EachStageOfTheReferralsMade()
    {
        var vacancy = new ReferralFact(Guid.NewGuid(), ReferralKind.Vacancy, Site, CaseManager, TuesdayBeforeLabourDay, TuesdayBeforeLabourDay, null,
            new DateOnly(2026, 10, 22), null, null, null, null);
        var programme = new ReferralFact(Guid.NewGuid(), ReferralKind.Programme, Site, CaseManager, TuesdayBeforeLabourDay, TuesdayBeforeLabourDay, null,
            null, null, TuesdayBeforeLabourDay, new DateOnly(2026, 11, 20), ProgrammeOutcome.EnteredEmployment);

        var rows = MeasureRules.Contributions(History(referrals: [vacancy, programme]), District, Today);

        Assert.Equal(4, rows.Count(r => r.Measure.StartsWith(MeasureCatalogue.VacancyPrefix, StringComparison.Ordinal)));
        Assert.Equal(["vacancy-referrals-accepted", "vacancy-referrals-interviewed"], rows.Where(r => r.Numerator == 1 && r.Measure.StartsWith("vacancy", StringComparison.Ordinal)).Select(r => r.Measure).Order());
        Assert.Equal(1, rows.Single(r => r.Measure == "programme-referrals-outcome-entered-employment").Numerator);
        Assert.Equal(0, rows.Single(r => r.Measure == "programme-referrals-declined").Numerator);
        Assert.All(rows, r => Assert.Equal(1, r.Denominator));
    }

    [Fact]
    public void Catalogue_EveryMeasureCodeHasADefinitionAndUniqueCode()
    {
        Assert.Equal(MeasureCatalogue.All.Count, MeasureCatalogue.All.Select(m => m.Code).Distinct().Count());
        Assert.All(MeasureCatalogue.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Definition)));
        Assert.Equal(95m, MeasureCatalogue.Find(MeasureCatalogue.Accuracy)!.TargetMin);
        Assert.Equal(90m, MeasureCatalogue.Find(MeasureCatalogue.NewClientsSeen)!.TargetMin);
    }

    [Fact]
    public void Values_PercentDailyAverageCount_R100_R101()
    {
        var accuracy = MeasureValues.Of(MeasureCatalogue.Find(MeasureCatalogue.Accuracy)!, 0, 0, 0);
        var requests = MeasureValues.Of(MeasureCatalogue.Find(MeasureCatalogue.ClientRequests)!, 90, 0, 10);
        var seen = MeasureValues.Of(MeasureCatalogue.Find(MeasureCatalogue.NewClientsSeen)!, 8, 10, 0);

        Assert.Null(accuracy.Value);
        Assert.Equal((9m, true), (requests.Value, requests.MeetsTarget));
        Assert.Equal(10, requests.Denominator);
        Assert.Equal((80m, false), (seen.Value, seen.MeetsTarget));
    }
}
