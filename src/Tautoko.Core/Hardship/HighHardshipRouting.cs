using Tautoko.Core.Common;

namespace Tautoko.Core.Hardship;

/// <summary>What the high-hardship check did after an application was recorded .</summary>
public sealed record HighHardshipCheck(int RequestsInYear, HighHardshipRoute Route, Guid? ReferralTaskId, string Explanation);

/// <summary>
/// "Count the client's hardship requests in the year and, at 31 or more, refer or book them" — answered by
/// the contact centre, which owns the referral. Hardship applications ask through this after adding an application; the
/// answer adds its changes to the caller's unit of work, which saves.
/// </summary>
public interface IHighHardshipRouting
{
    Task<HighHardshipCheck> RouteAsync(ClientId clientId, StaffId by, string details, CancellationToken ct);
}
