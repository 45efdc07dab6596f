using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Assignment;

/// <summary>The proposal's review decisions: apply, reject and override, each refused with the rule that says no.</summary>
public sealed class ProposalDecisionTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(13));
    private static readonly StaffId Reviewer = new(Guid.NewGuid());
    private static readonly RegionId Auckland = new(Guid.NewGuid());

    private static AssignmentProposal Proposal() =>
        new(Guid.NewGuid(), ProposalScope.National, null, "New Zealand", null, At, "{}", "{}");

    private static AssignmentProposalCaseload Caseload(CaseManagementService service = CaseManagementService.EmploymentFaceToFace, int capacity = 10, int filled = 8) =>
        new(Guid.NewGuid(), new CaseloadOutcome(new StaffId(Guid.NewGuid()), new SiteId(Guid.NewGuid()), service, capacity, filled, 0, new int[4], new int[4], new int[4]));

    private static ClientAssignmentFacts Client(BenefitType benefit = BenefitType.JobseekerSupportWorkReady, ClientFlags flags = ClientFlags.None, bool onCaseload = false) =>
        new(new ClientId(Guid.NewGuid()), new SiteId(Guid.NewGuid()), Auckland, new DateOnly(1990, 1, 1), benefit, new DateOnly(2025, 1, 1), WorkObligation.FullTime, flags,
            false, false, false, onCaseload, null, false);

    private static T Is<T>(Failure? failure)
        where T : Failure => Assert.IsType<T>(failure);

    [Fact]
    public void RefusalToApply_Proposed_Allows() => Assert.Null(Proposal().RefusalToApply(assumedOtherSizes: false));

    [Fact]
    public void RefusalToApply_WhatIfSizes_BreaksR014()
    {
        var broken = Is<Failure.RuleBroken>(Proposal().RefusalToApply(assumedOtherSizes: true));
        Assert.Equal("R-014", broken.Error.Rule);
    }

    [Fact]
    public void RefusalToApply_Rejected_ConflictsAsDecided()
    {
        var proposal = Proposal();
        proposal.Reject(Reviewer, At, "Mix is off.");
        var conflict = Is<Failure.StateConflict>(proposal.RefusalToApply(assumedOtherSizes: false));
        Assert.Equal(AssignmentProposal.DecidedRule, conflict.Error.Rule);
        Assert.Equal("This proposal was rejected; make a new one.", conflict.Error.Message);
    }

    [Fact]
    public void RefusalToReject_NoReason_IsInvalidReason()
    {
        var invalid = Is<Failure.InvalidInput>(Proposal().RefusalToReject("  "));
        Assert.Equal(["reason"], invalid.Errors.Keys);
    }

    [Fact]
    public void RefusalToReject_Applied_ConflictsAsDecided()
    {
        var proposal = Proposal();
        proposal.MarkApplied(Reviewer, At, 3);
        var conflict = Is<Failure.StateConflict>(proposal.RefusalToReject("Too late."));
        Assert.Equal("This proposal was already applied.", conflict.Error.Message);
    }

    [Fact]
    public void RefusalToOverride_ShortReason_IsInvalidReason() =>
        Assert.Equal(["reason"], Is<Failure.InvalidInput>(Proposal().RefusalToOverride("no")).Errors.Keys);

    [Fact]
    public void RefusalToOverride_ProposedWithReason_Allows() => Assert.Null(Proposal().RefusalToOverride("Client asked for this centre."));

    [Fact]
    public void RefusalToAddLine_CaseloadNotInProposal_IsInvalidCaseManager() =>
        Assert.Equal(["caseManagerId"], Is<Failure.InvalidInput>(AssignmentProposal.RefusalToAddLine(null, 0, false, Client(), true, [])).Errors.Keys);

    [Fact]
    public void RefusalToAddLine_NoFreePlaceLeft_ConflictsWithR014()
    {
        var conflict = Is<Failure.StateConflict>(AssignmentProposal.RefusalToAddLine(Caseload(capacity: 10, filled: 8), 2, false, Client(), true, []));
        Assert.Equal("R-014", conflict.Error.Rule);
    }

    [Fact]
    public void RefusalToAddLine_ClientAlreadyInProposal_Conflicts() =>
        Assert.Equal("override", Is<Failure.StateConflict>(AssignmentProposal.RefusalToAddLine(Caseload(), 0, true, Client(), true, [])).Error.Rule);

    [Fact]
    public void RefusalToAddLine_NoSuchClient_IsNotFound() =>
        Is<Failure.Missing>(AssignmentProposal.RefusalToAddLine(Caseload(), 0, false, null, false, []));

    [Fact]
    public void RefusalToAddLine_ClientOnCaseload_ConflictsAsPlaced() =>
        Assert.Equal("placement-open", Is<Failure.StateConflict>(AssignmentProposal.RefusalToAddLine(Caseload(), 0, false, Client(onCaseload: true), true, [])).Error.Rule);

    [Fact]
    public void RefusalToAddLine_ClientOutsideScope_IsInvalidClient() =>
        Assert.Equal(["clientId"], Is<Failure.InvalidInput>(AssignmentProposal.RefusalToAddLine(Caseload(), 0, false, Client(), false, [])).Errors.Keys);

    [Fact]
    public void RefusalToAddLine_PhoneBasedNotWorkReady_BreaksR017()
    {
        var broken = Is<Failure.RuleBroken>(AssignmentProposal.RefusalToAddLine(Caseload(CaseManagementService.PhoneBased), 0, false, Client(BenefitType.SoleParentSupport), true, [Auckland]));
        Assert.Equal("R-017", broken.Error.Rule);
    }

    [Fact]
    public void RefusalToAddLine_PhoneBasedRegionNotServed_BreaksR017() =>
        Assert.Equal("R-017", Is<Failure.RuleBroken>(AssignmentProposal.RefusalToAddLine(Caseload(CaseManagementService.PhoneBased), 0, false, Client(), true, [])).Error.Rule);

    [Fact]
    public void RefusalToAddLine_PhoneBasedException_BreaksR018() =>
        Assert.Equal("R-018", Is<Failure.RuleBroken>(AssignmentProposal.RefusalToAddLine(Caseload(CaseManagementService.PhoneBased), 0, false, Client(flags: ClientFlags.NeedsFaceToFace), true, [Auckland])).Error.Rule);

    [Fact]
    public void RefusalToAddLine_PhoneBasedWorkReadyServed_Allows() =>
        Assert.Null(AssignmentProposal.RefusalToAddLine(Caseload(CaseManagementService.PhoneBased), 0, false, Client(), true, [Auckland]));

    [Fact]
    public void OverrideExplanation_Lmi1Client_CitesR020()
    {
        var text = AssignmentProposal.OverrideExplanation("Aroha Ngata", "Mere Tane", CaseManagementService.EmploymentFaceToFace, " Asked in person ", hasLmi1: true);
        Assert.StartsWith("Override by Aroha Ngata: assigned to Mere Tane (ECM). Reason: Asked in person.", text, StringComparison.Ordinal);
        Assert.EndsWith("(R-020).", text, StringComparison.Ordinal);
    }
}
