using Microsoft.EntityFrameworkCore;

namespace Tautoko.Web.Platform;

/// <summary>Every list is paged: `page` from 1, `pageSize` 1–100 (default 25).</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 25;
    public const int MaxPage = 1_000_000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Reads paging from query values, or returns the problem with them.</summary>
    public static bool TryCreate(int? page, int? pageSize, out PageRequest request, out Dictionary<string, string[]> problems)
    {
        problems = [];
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p is < 1 or > MaxPage)
        {
            problems["page"] = [string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page is between 1 and {MaxPage:N0}.")];
        }

        if (size is < 1 or > MaxPageSize)
        {
            problems["pageSize"] = [$"pageSize is between 1 and {MaxPageSize}."];
        }

        request = new PageRequest(Math.Clamp(p, 1, MaxPage), Math.Clamp(size, 1, MaxPageSize));
        return problems.Count == 0;
    }
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>
    /// False when counting stopped early: more than <see cref="TotalCount"/> items match (a search that matches
    /// thousands counts only as far as is useful, and asks for a narrower search instead).
    /// </summary>
    public bool TotalCountExact { get; init; } = true;

    public int TotalPages => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages || !TotalCountExact;
}

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new Paged<T>(items, page.Page, page.PageSize, total);
    }
}
