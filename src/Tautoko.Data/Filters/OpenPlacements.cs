using System.Linq.Expressions;
using Tautoko.Core.Caseloads;

namespace Tautoko.Data.Filters;

/// <summary>
/// An open caseload placement: one that has not ended. The client's case manager is whoever holds their newest open
/// placement that carries its service tag (the queries join the tag).
/// </summary>
public static class OpenPlacements
{
    private static readonly Expression<Func<CaseloadPlacement, bool>> IsOpenExpression = placement => placement.EndedAt == null;

    private static readonly Func<CaseloadPlacement, bool> IsOpenInMemory = IsOpenExpression.Compile();

    private static readonly Expression<Func<CaseloadPlacement, bool>> OpenFilter = QueryFilters.Inline<Func<CaseloadPlacement, bool>>(placement => IsOpen(placement));

    /// <summary>Whether <paramref name="placement"/> is open; in a query run through <see cref="QueryFilters.Inline{TDelegate}"/>.</summary>
    [InlinedFrom(nameof(IsOpenExpression))]
    public static bool IsOpen(CaseloadPlacement placement) => IsOpenInMemory(placement);

    /// <summary>The open placements among <paramref name="placements"/>.</summary>
    public static IQueryable<CaseloadPlacement> Open(this IQueryable<CaseloadPlacement> placements) => placements.Where(OpenFilter);
}
