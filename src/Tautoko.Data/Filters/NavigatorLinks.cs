using Tautoko.Core.Common;
using Tautoko.Core.Navigators;

namespace Tautoko.Data.Filters;

/// <summary>
/// the clients a Navigator sees are the ones an ICS case manager linked to them and not unlinked. One expression,
/// shared by the access check, the client overview's own query, search and the recent-clients list, so they cannot drift.
/// </summary>
public static class NavigatorLinks
{
    public static IQueryable<NavigatorClientLink> OpenFor(this IQueryable<NavigatorClientLink> links, StaffId navigator) =>
        links.Where(l => l.NavigatorId == navigator && l.EndedAt == null);
}
