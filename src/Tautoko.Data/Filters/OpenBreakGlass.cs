using System.Linq.Expressions;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;

namespace Tautoko.Data.Filters;

/// <summary>An open break-glass grant: a staff member's grant that has not expired. Access checks and the hot paths' fact queries share it.</summary>
public static class OpenBreakGlass
{
    private static readonly Expression<Func<BreakGlassAccess, StaffId, DateTimeOffset, bool>> IsHeldExpression =
        (grant, staff, now) => grant.StaffId == staff && grant.ExpiresAt > now;

    private static readonly Func<BreakGlassAccess, StaffId, DateTimeOffset, bool> IsHeldInMemory = IsHeldExpression.Compile();

    /// <summary>Whether <paramref name="grant"/> is open for <paramref name="staff"/> at <paramref name="now"/>; in a query run through <see cref="QueryFilters.Inline{TDelegate}"/>.</summary>
    [InlinedFrom(nameof(IsHeldExpression))]
    public static bool IsHeld(BreakGlassAccess grant, StaffId staff, DateTimeOffset now) => IsHeldInMemory(grant, staff, now);

    /// <summary>The grants <paramref name="staff"/> holds open at <paramref name="now"/>.</summary>
    public static IQueryable<BreakGlassAccess> HeldBy(this IQueryable<BreakGlassAccess> grants, StaffId staff, DateTimeOffset now) =>
        grants.Where(QueryFilters.Inline<Func<BreakGlassAccess, bool>>(grant => IsHeld(grant, staff, now)));
}
