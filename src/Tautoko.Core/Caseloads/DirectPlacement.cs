using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Caseloads;

/// <summary>What a direct placement needs to know of the client.</summary>
public sealed record PlacementFacts(bool IsOnCaseload, bool HasLmi1, BenefitType Benefit, RegionId HomeRegionId, ClientFlags Flags, bool HasLowTrustTag);

/// <summary>
/// The rules a client placed directly on a caseload must pass once access and input are settled: one open
/// placement (a transfer moves a client, R-007), LMI1 only with a reason, and a phone-based caseload only
/// for its clients.
/// </summary>
public static class DirectPlacement
{
    public const string OpenRule = "placement-open";

    /// <summary>R-081: the connector decides the service first; the case manager's caseload must be of it. Null when it is.</summary>
    public static DomainError? WhyNotOfService(ProgrammeTagCode decided, CaseManagementService caseload, string caseManagerName) =>
        caseload.Tag() == decided
            ? null
            : new DomainError("R-081", $"{caseManagerName}'s caseload is {caseload.DisplayName()} ({caseload.ShortName()}): choose a case manager of the service decided on.");

    /// <summary>Why the client may not join a caseload of <paramref name="service"/>, or null.</summary>
    /// <param name="regionsServed">The regions a phone-based caseload's unit serves.</param>
    public static Failure? Refusal(PlacementFacts client, CaseManagementService service, IReadOnlyCollection<RegionId> regionsServed, string? lmi1Reason)
    {
        if (client.IsOnCaseload)
        {
            return Failure.Conflict(new DomainError(OpenRule, "The client is already on a caseload. Exit them first, or record a transfer request (R-007)."));
        }

        // case managers are advised not to add LMI1 clients; they decide, and say why.
        if (client.HasLmi1 && string.IsNullOrWhiteSpace(lmi1Reason))
        {
            return Failure.Broken(new DomainError("R-020", "The client is tagged Labour Market Indicator 1 (likely to find work within three months without case management). Say why case management is needed now."));
        }

        if (service != CaseManagementService.PhoneBased)
        {
            return null;
        }

        // phone-based caseloads are Jobseeker Work Ready clients of the regions the unit serves.
        if (client.Benefit != BenefitType.JobseekerSupportWorkReady || !regionsServed.Contains(client.HomeRegionId))
        {
            return Failure.Broken(new DomainError("R-017", "Phone-based case management is for Jobseeker Work Ready clients of Auckland, Waikato, Bay of Plenty, Wellington and Canterbury."));
        }

        // the seven exceptions.
        var exceptions = PhoneBasedRules.ExceptionsFor(client.Flags, client.HasLowTrustTag);
        return exceptions.Count > 0
            ? Failure.Broken(new DomainError("R-018", "Not for phone-based case management: " + string.Join(", ", exceptions) + "."))
            : null;
    }

    /// <summary>The reason the placement records; for an LMI1 client, with why case management is needed now .</summary>
    public static string Reason(string reason, bool hasLmi1, string? lmi1Reason) =>
        reason.Trim() + (hasLmi1 ? $" (LMI1 tag noted; case management needed because: {lmi1Reason?.Trim()})" : string.Empty);
}
