using System.Globalization;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assignment;

/// <summary>
/// The review decisions on a proposal, decided here and answered by the handler: apply, reject and the manual
/// overrides, each refused with the rule that says no.
/// </summary>
public sealed partial class AssignmentProposal
{
    public const string DecidedRule = "proposal-decided";

    /// <summary>A client in the proposal was placed on a caseload between the proposal and its apply.</summary>
    public static Failure ClientPlacedMeanwhile { get; } = Failure.Conflict(new DomainError(
        "placement-open", "A client in the proposal was placed on a caseload since it was made. Nothing was applied; make a new proposal."));

    public bool IsApplied => Status == ProposalStatus.Applied;

    /// <summary>
    /// Why the proposal may not be applied, or null. An applied proposal is not refused: applying again does nothing again.
    /// </summary>
    /// <param name="assumedOtherSizes">The proposal ran with what-if caseload sizes.</param>
    public Failure? RefusalToApply(bool assumedOtherSizes)
    {
        if (Status == ProposalStatus.Rejected)
        {
            return Failure.Conflict(new DomainError(DecidedRule, "This proposal was rejected; make a new one."));
        }

        // places are taken against the real caseload sizes, never a what-if's.
        return assumedOtherSizes
            ? Failure.Broken(new DomainError("R-014", "This proposal assumed other caseload sizes (a what-if). Apply a proposal made with the real sizes, or ask national office to change them."))
            : null;
    }

    /// <summary>Another decision on the proposal won the race for the row's version.</summary>
    public static Failure DecidedMeanwhile(ProposalStatus status) =>
        Failure.Conflict(new DomainError(DecidedRule, $"The proposal was {status.ToString().ToLowerInvariant()} meanwhile."));

    /// <summary>R-014: a caseload's places were taken since the proposal, so the whole apply stops.</summary>
    public static Failure CaseloadFilledMeanwhile(string caseManager, int places) =>
        Failure.Conflict(new DomainError("R-014", $"{caseManager}'s caseload no longer has {places.ToString(CultureInfo.InvariantCulture)} free places (someone placed clients since the proposal). Nothing was applied; make a new proposal."));

    /// <summary>Why the proposal may not be rejected with <paramref name="reason"/>, or null.</summary>
    public Failure? RefusalToReject(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Failure.Invalid("reason", "Say why the proposal is rejected.");
        }

        return Undecided();
    }

    /// <summary>Why the proposal may not be overridden with <paramref name="reason"/>, or null: only a proposal under review, always with a reason.</summary>
    public Failure? RefusalToOverride(string? reason)
    {
        if (Undecided() is { } decided)
        {
            return decided;
        }

        return string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 5 ? Failure.Invalid("reason", "Say why you override the proposal.") : null;
    }

    /// <summary>
    /// Why the client may not be added (or a line moved) to <paramref name="caseload"/>, or null: the caseload is in the
    /// proposal with a free place left, the client is in scope and on no caseload, and a phone-based caseload
    /// takes only its clients.
    /// </summary>
    /// <param name="linesOnCaseload">The proposal's lines on the caseload that are not withdrawn.</param>
    /// <param name="clientAlreadyInProposal">The client is added (not moved) but already has a line.</param>
    /// <param name="regionsServed">The regions a phone-based caseload's unit serves.</param>
    public static Failure? RefusalToAddLine(
        AssignmentProposalCaseload? caseload, int linesOnCaseload, bool clientAlreadyInProposal, ClientAssignmentFacts? client, bool clientInScope, IReadOnlyCollection<RegionId> regionsServed)
    {
        if (caseload is null)
        {
            return Failure.Invalid("caseManagerId", "That case manager's caseload is not part of this proposal.");
        }

        if (clientAlreadyInProposal)
        {
            return Failure.Conflict(new DomainError("override", "The client is already in the proposal; move their line instead."));
        }

        // the case manager's free places at the time of the proposal bound the lines.
        if (linesOnCaseload >= Math.Max(0, caseload.Capacity - caseload.FilledBefore))
        {
            return Failure.Conflict(new DomainError("R-014", "That caseload has no free place left in this proposal (R-014). Withdraw or move another line first."));
        }

        if (client is null)
        {
            return Failure.NotFound("There is no such client.");
        }

        if (client.IsOnCaseload)
        {
            return Failure.Conflict(new DomainError("placement-open", "The client is already on a caseload."));
        }

        if (!clientInScope)
        {
            return Failure.Invalid("clientId", "The client's home site is outside this proposal's scope.");
        }

        return caseload.Service == CaseManagementService.PhoneBased ? PhoneBasedRefusal(client, regionsServed) : null;
    }

    /// <summary>The explanation an override line carries: who, to whom, why, and R-020 when the client is tagged LMI1.</summary>
    public static string OverrideExplanation(string by, string caseManager, CaseManagementService service, string reason, bool hasLmi1)
    {
        // an LMI1 client may be added; the override reason records why case management is needed.
        var lmi1 = hasLmi1 ? " The client is tagged Labour Market Indicator 1 (R-020)." : string.Empty;
        return $"Override by {by}: assigned to {caseManager} ({service.ShortName()}). Reason: {reason.Trim()}.{lmi1}";
    }

    private static Failure? PhoneBasedRefusal(ClientAssignmentFacts client, IReadOnlyCollection<RegionId> regionsServed)
    {
        // phone-based caseloads are Jobseeker Work Ready clients of the regions the unit serves.
        if (client.Benefit != BenefitType.JobseekerSupportWorkReady || !regionsServed.Contains(client.HomeRegionId))
        {
            return Failure.Broken(new DomainError("R-017", "Phone-based case management is for Jobseeker Work Ready clients of the regions the unit serves."));
        }

        // the seven exceptions.
        var exceptions = PhoneBasedRules.ExceptionsFor(client.Flags, client.HasLowTrustTag);
        return exceptions.Count > 0
            ? Failure.Broken(new DomainError("R-018", "Not for phone-based case management: " + string.Join(", ", exceptions) + "."))
            : null;
    }

    private Failure? Undecided() =>
        Status == ProposalStatus.Proposed
            ? null
            : Failure.Conflict(new DomainError(DecidedRule, $"This proposal was already {Status.ToString().ToLowerInvariant()}."));
}
