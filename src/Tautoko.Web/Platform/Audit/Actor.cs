using Tautoko.Core.Common;

namespace Tautoko.Web.Platform;

/// <summary>Who is acting: a signed-in staff member, or an operator named on the command line.</summary>
public sealed record Actor(StaffId? StaffId, string UserName, string? RemoteAddress)
{
    public static Actor From(CurrentStaff staff) => new(staff.IsSignedIn ? staff.Id : null, staff.UserName, staff.RemoteAddress);
}
