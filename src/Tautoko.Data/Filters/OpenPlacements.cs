using System.Linq.Expressions;
using LinqKit;
using Tautoko.Core.Caseloads;

namespace Tautoko.Data.Filters;

/// <summary>
/// An open caseload placement: one that has not ended. The client's case manager is whoever holds their newest open
/// placement that carries its service tag (the queries join the tag).
/// </summary>
public static class OpenPlacements
{
    private static readonly Expression<Func<CaseloadPlacement, bool>> IsOpenLambda = placement => placement.EndedAt == null;

    private static readonly Func<CaseloadPlacement, bool> IsOpenInMemory = IsOpenLambda.Compile();

    private static readonly Expression<Func<CaseloadPlacement, bool>> OpenFilter = LinqKit.ExtensionsCore.Expand<Func<CaseloadPlacement, bool>>(placement => IsOpen(placement));

    /// <summary>The filter as an expression: what LinqKit puts in place of <see cref="IsOpen"/> when it expands a query.</summary>
    public static Expression<Func<CaseloadPlacement, bool>> IsOpenExpression() => IsOpenLambda;

    /// <summary>Whether <paramref name="placement"/> is open; in a query expanded by LinqKit (<c>Expand()</c>).</summary>
    [Expandable(nameof(IsOpenExpression))]
    public static bool IsOpen(CaseloadPlacement placement) => IsOpenInMemory(placement);

    /// <summary>The open placements among <paramref name="placements"/>.</summary>
    public static IQueryable<CaseloadPlacement> Open(this IQueryable<CaseloadPlacement> placements) => placements.Where(OpenFilter);
}
