using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Hardship;

namespace Tautoko.Core.Tests.ContactCentre;

public sealed class CaseManagedCallFlowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);
    private static readonly StaffId Csr = StaffId.New();
    private static readonly StaffId CaseManager = StaffId.New();
    private static readonly ClientId Client = ClientId.New();

    private static CaseManagedCallFlow NewFlow() => new(Guid.NewGuid(), Guid.NewGuid(), Client, Csr, CaseManager, "Needs food until payday.", Now);

    private static HardshipRequest Request(HardshipDecision decision, StaffId by, DateTimeOffset at, HardshipNeed need = HardshipNeed.Food) =>
        new(Guid.NewGuid(), Client, need, "Food", decision, by, at);

    [Fact]
    public void Steps_GoodReason_RunOneToFiveAndTheSummaryHasTheSeedsHeadings()
    {
        // the five steps of 002's CSR process; the note/e-mail outlines the seed's five points.
        var flow = NewFlow();
        flow.CheckCautions(Csr, null, false, null);
        Assert.Equal(FlowStep.WhyNotCaseManager, flow.Step);
        flow.RecordWhyNotCaseManager(Csr, true, "Case manager on leave; buddy fully booked.");
        Assert.Equal(FlowStep.MeetNeed, flow.Step);
        flow.MeetNeed(Csr, "Food grant of $150.", Request(HardshipDecision.Granted, Csr, Now), [], Now);
        flow.RecordAppointment(Csr, "Next appointment confirmed: Thursday 10am with the case manager.");
        var summary = flow.Finish(Csr, "Client is looking for work in retail.", Now, Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal(FlowStep.Done, flow.Step);
        Assert.Equal(FlowOutcome.NeedMet, flow.Outcome);
        var lines = summary.Split('\n');
        Assert.Equal("Reason for call (Client need/situation): Needs food until payday.", lines[0]);
        Assert.Equal("Reason for coming to Contact Centre instead of Case Manager: Case manager on leave; buddy fully booked.", lines[1]);
        Assert.StartsWith("What actions we have completed: Food grant", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("If you've booked an appointment with the Case Manager and when: Next appointment confirmed", lines[3], StringComparison.Ordinal);
        Assert.Equal("Any other details that may be relevant: Client is looking for work in retail.", lines[4]);
    }

    [Fact]
    public void Step2_NoGoodReason_GoesToBookingWithTheCaseManager_AndAGrantIsRefused()
    {
        // no good reason → book with the case manager; never grant where the client bypassed them.
        var flow = NewFlow();
        flow.CheckCautions(Csr, null, false, null);
        flow.RecordWhyNotCaseManager(Csr, false, "Prefers calling the contact centre.");

        Assert.Equal(FlowStep.NextAppointment, flow.Step);
        Assert.Equal(FlowOutcome.AppointmentInstead, flow.Outcome);
        var error = Assert.Throws<DomainException>(() => flow.MeetNeed(Csr, "Grant", Request(HardshipDecision.Granted, Csr, Now), [], Now)).Error;
        Assert.Equal("flow-step", error.Rule);
    }

    [Fact]
    public void MeetNeed_GrantAgainstTheCaseManagersRecentDecline_IsRefusedNamingR079()
    {
        // the contact centre never overrides a case manager's decision.
        var flow = NewFlow();
        flow.CheckCautions(Csr, null, false, null);
        flow.RecordWhyNotCaseManager(Csr, true, "Case manager away.");
        var declinedByCaseManager = Request(HardshipDecision.Declined, CaseManager, Now.AddDays(-3));

        var error = Assert.Throws<DomainException>(() => flow.MeetNeed(Csr, "Food grant.", Request(HardshipDecision.Granted, Csr, Now), [declinedByCaseManager], Now)).Error;

        Assert.Equal("R-079", error.Rule);
        Assert.Equal(FlowStep.MeetNeed, flow.Step);
    }

    [Fact]
    public void MeetNeed_DeclineOfAnotherNeedOrLongAgo_DoesNotBlockAGrant()
    {
        var flow = NewFlow();
        flow.CheckCautions(Csr, null, false, null);
        flow.RecordWhyNotCaseManager(Csr, true, "Case manager away.");
        HardshipRequest[] decisions =
        [
            Request(HardshipDecision.Declined, CaseManager, Now.AddDays(-3), HardshipNeed.WashingMachineOrFridge),
            Request(HardshipDecision.Declined, CaseManager, Now.AddDays(-60)),
        ];

        flow.MeetNeed(Csr, "Food grant.", Request(HardshipDecision.Granted, Csr, Now), decisions, Now);

        Assert.Equal(FlowStep.NextAppointment, flow.Step);
    }

    [Fact]
    public void Step1_HandBack_SkipsToNotesWithTheReason()
    {
        // R-079 step 1: special cautions, must-view notes or other tags that require handing the client back to the region.
        var flow = NewFlow();

        flow.CheckCautions(Csr, HandBackReason.LowTrust, false, "Tagged low trust.");

        Assert.Equal(FlowStep.NotesAndEmail, flow.Step);
        Assert.Equal(FlowOutcome.HandedBackToRegion, flow.Outcome);
        Assert.Contains("Handed back to the region (tagged low trust)", flow.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_ByAnotherPersonOrOutOfOrder_AreRefused()
    {
        var flow = NewFlow();

        Assert.Equal("flow-not-yours", Assert.Throws<DomainException>(() => flow.CheckCautions(StaffId.New(), null, false, null)).Error.Rule);
        Assert.Equal("flow-step", Assert.Throws<DomainException>(() => flow.RecordAppointment(Csr, "Thursday")).Error.Rule);
    }

    [Theory]
    [InlineData(30, false, HighHardshipRoute.None)]
    [InlineData(31, false, HighHardshipRoute.ReferToHomeSiteQueue)]
    [InlineData(31, true, HighHardshipRoute.BookWithCaseManager)]
    [InlineData(45, false, HighHardshipRoute.ReferToHomeSiteQueue)]
    public void HighHardship_Route_FollowsTheDeepDive(int requests, bool assigned, HighHardshipRoute expected)
    {
        // 31+ requests within the year → home site F2F queue; R-082: already assigned → book with the case manager.
        Assert.Equal(expected, HighHardship.Route(requests, assigned));
    }
}
