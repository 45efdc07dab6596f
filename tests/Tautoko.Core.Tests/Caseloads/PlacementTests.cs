using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Caseloads;

public sealed class PlacementTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly StaffId CaseManager = new(Guid.NewGuid());

    private static CaseloadPlacement Placement(DateOnly started) => new(
        Guid.NewGuid(), new ClientId(Guid.NewGuid()), CaseManager, new SiteId(Guid.NewGuid()), CaseManagementService.EmploymentFaceToFace,
        started, DateTimeOffset.UnixEpoch, CaseManager, PlacementSource.Manual, "Priority cohort: youth", null, null);

    private static ExitChecklist Checklist(ExitReason reason = ExitReason.LengthOfTimeInService, string notes = "Client has been in service 19 months; referred to a training provider.") =>
        new(reason, false, null, false, 0, false, false, [], notes, null);

    [Theory]
    [InlineData(0, TimeInServiceBand.Green)]
    [InlineData(11, TimeInServiceBand.Green)]
    [InlineData(12, TimeInServiceBand.Orange)]
    [InlineData(17, TimeInServiceBand.Orange)]
    [InlineData(18, TimeInServiceBand.Red)]
    [InlineData(40, TimeInServiceBand.Red)]
    public void Band_ByMonthsInService_R022(int months, TimeInServiceBand expected) =>
        // green under 12 months, orange 12–18, red 18+.
        Assert.Equal(expected, TimeInService.Band(Today.AddMonths(-months), Today));

    [Fact]
    public void Band_TheDayBefore12Months_IsStillGreen_R022() =>
        Assert.Equal(TimeInServiceBand.Green, TimeInService.Band(Today.AddMonths(-12).AddDays(1), Today));

    [Theory]
    [InlineData(TimeInServiceBand.Green, "Under 12 months")]
    [InlineData(TimeInServiceBand.Orange, "12–18 months: review for transition")]
    [InlineData(TimeInServiceBand.Red, "18+ months: ready to transition")]
    public void Band_DisplayName_TellsWhoIsReadyToTransition_R023(TimeInServiceBand band, string expected) =>
        // clients for whom case management is not effective transition out between 12 and 18 months.
        Assert.Equal(expected, band.DisplayName());

    [Fact]
    public void ExitReasons_AreTheFiveOfTheSeed_R024()
    {
        // length of time in service; receiving other long-term service; low motivation or contact; aggressive behaviour; other.
        Assert.Equal(
            ["Length of time in service", "Receiving other long-term service", "Low motivation or contact", "Aggressive behaviour", "Other"],
            Enum.GetValues<ExitReason>().Select(r => r.DisplayName()).ToArray());
    }

    [Fact]
    public void Exit_LowMotivationWithoutSanctionsConsidered_IsRefused_R025()
    {
        // low motivation or contact only after obligations failures and sanctions were considered.
        var placement = Placement(Today.AddMonths(-14));
        var error = Assert.Throws<DomainException>(() => placement.Exit(Checklist(ExitReason.LowMotivationOrContact), CaseManager, DateTimeOffset.UnixEpoch, Today));
        Assert.Equal("R-025", error.Error.Rule);
        placement.Exit(Checklist(ExitReason.LowMotivationOrContact) with { ObligationsFailuresAndSanctionsConsidered = true, ProactiveEngagementTried = true }, CaseManager, DateTimeOffset.UnixEpoch, Today);
        Assert.False(placement.IsOpen);
        Assert.Equal(ExitReason.LowMotivationOrContact, placement.ExitReason);
    }

    [Fact]
    public void Exit_Checklist_AsksForHandOverSupportsIepAndNotes_R026()
    {
        // hand-over when moving to another service; IEP activities closed; starting-work conversation; full notes.
        var problems = (Checklist(notes: "short") with
        {
            MovingToService = CaseManagementService.IntegratedServices,
            OpenIepActivities = 2,
            StartingWork = true,
        }).Problems();
        Assert.Equal(["handOverArranged", "notes", "supportsDiscussed"], problems.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Exit_Checklist_OpenIepActivitiesToNoFurtherService_AsksToConfirmClosing_R026()
    {
        var checklist = Checklist() with { OpenIepActivities = 3 };
        Assert.Contains("3 open Individual Employment Plan activities", checklist.Problems()["iepActivitiesClosed"], StringComparison.Ordinal);
        Assert.Empty((checklist with { IepActivitiesClosed = true }).Problems());
        Assert.Contains("3 open Individual Employment Plan activities closed at the exit", (checklist with { IepActivitiesClosed = true }).IepText(), StringComparison.Ordinal);
        Assert.Contains("handed over to", (checklist with { MovingToService = CaseManagementService.IntegratedServices, HandOverArranged = true }).IepText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_EngagementText_RecordsEveryChecklistItem_R026()
    {
        var text = (Checklist() with
        {
            StartingWork = true,
            SupportsDiscussed = [WorkSupport.TransitionToWork, WorkSupport.InWorkSupportReferral],
            MustViewNote = "Call before visiting.",
        }).EngagementText("Mere Parata", CaseManagementService.EmploymentFaceToFace, "ECM");
        Assert.Contains("Length of time in service", text, StringComparison.Ordinal);
        Assert.Contains("Case manager un-tagged: Mere Parata", text, StringComparison.Ordinal);
        Assert.Contains("Transition to Work", text, StringComparison.Ordinal);
        Assert.Contains("Must-view note added", text, StringComparison.Ordinal);
        Assert.Contains("Programme tag ECM removed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_Twice_IsRefused()
    {
        var placement = Placement(Today.AddMonths(-3));
        placement.Exit(Checklist(), CaseManager, DateTimeOffset.UnixEpoch, Today);
        Assert.Throws<DomainException>(() => placement.Exit(Checklist(), CaseManager, DateTimeOffset.UnixEpoch, Today));
    }

    [Theory]
    [InlineData(ContractedServiceKind.WorkReadiness, 6, true, ContractedServiceAdvice.MayLeaveCaseload)]
    [InlineData(ContractedServiceKind.EmploymentPlacement, 12, true, ContractedServiceAdvice.MayLeaveCaseload)]
    [InlineData(ContractedServiceKind.SkillsForIndustry, 4, true, ContractedServiceAdvice.MayStayOnCaseload)]
    [InlineData(ContractedServiceKind.WorkReadiness, 10, false, ContractedServiceAdvice.MayStayOnCaseload)]
    [InlineData(ContractedServiceKind.ShortCourse, 8, true, ContractedServiceAdvice.MayStayOnCaseload)]
    public void ContractedService_OverFourWeeksAndSimilar_MayLeave_R027(ContractedServiceKind kind, int weeks, bool similar, ContractedServiceAdvice expected) =>
        // over 4 weeks and similar to case management: need not stay; short course: may stay.
        Assert.Equal(expected, ContractedServiceRule.Advise(kind, weeks, similar));

    [Fact]
    public void Transfer_NeedsBothManagers_R007()
    {
        // a written request with reasons; the managers of both centres decide.
        var from = new SiteId(Guid.NewGuid());
        var to = new SiteId(Guid.NewGuid());
        var request = new TransferRequest(Guid.NewGuid(), new ClientId(Guid.NewGuid()), null, CaseManager, from, to, null, Today, "Moved to Carterton; closer to the new centre.", CaseManager, DateTimeOffset.UnixEpoch);
        request.Decide(from, true, new StaffId(Guid.NewGuid()), DateTimeOffset.UnixEpoch, null, null);
        Assert.Equal(TransferStatus.Pending, request.Status);
        Assert.Throws<DomainException>(() => request.Decide(from, true, new StaffId(Guid.NewGuid()), DateTimeOffset.UnixEpoch, null, null));
        Assert.Throws<DomainException>(() => request.Decide(to, true, new StaffId(Guid.NewGuid()), DateTimeOffset.UnixEpoch, null, null));
        request.Decide(to, true, new StaffId(Guid.NewGuid()), DateTimeOffset.UnixEpoch, "Welcome", new StaffId(Guid.NewGuid()));
        Assert.Equal(TransferStatus.Approved, request.Status);
    }

    [Fact]
    public void Transfer_DeclineNeedsReason_AndEndsTheRequest_R007()
    {
        var site = new SiteId(Guid.NewGuid());
        var request = new TransferRequest(Guid.NewGuid(), new ClientId(Guid.NewGuid()), null, CaseManager, site, site, new StaffId(Guid.NewGuid()), Today, "Would like a case manager who speaks Samoan.", CaseManager, DateTimeOffset.UnixEpoch);
        Assert.Throws<DomainException>(() => request.Decide(site, false, CaseManager, DateTimeOffset.UnixEpoch, null, null));
        request.Decide(site, false, CaseManager, DateTimeOffset.UnixEpoch, "That case manager's caseload is full.", null);
        Assert.Equal(TransferStatus.Declined, request.Status);
        Assert.False(request.FromApproved);
        Assert.False(request.ToApproved);
    }

    [Fact]
    public void Transfer_WithoutWrittenReasons_IsRefused_R007() =>
        Assert.Equal("R-007", Assert.Throws<DomainException>(() => new TransferRequest(Guid.NewGuid(), new ClientId(Guid.NewGuid()), null, null, new SiteId(Guid.NewGuid()), new SiteId(Guid.NewGuid()), null, Today, " ", CaseManager, DateTimeOffset.UnixEpoch)).Error.Rule);
}
