using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Tautoko.Web.Platform.Pages;

/// <summary>Previous/next links that keep the rest of the query string. <paramref name="Exact"/> is false when counting
/// stopped early and more than <paramref name="TotalCount"/> match.</summary>
public sealed record PagerModel(int Page, int TotalPages, int TotalCount, HttpRequest Request, bool Exact = true)
{
    /// <summary>"1,234" or "more than 200".</summary>
    public string CountText => (Exact ? string.Empty : "more than ") + TotalCount.ToString("N0", DateDisplay.NewZealand);

    public string Link(int page)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Request.QueryString.Value);
        var builder = new QueryBuilder();
        foreach (var (key, values) in query)
        {
            if (!key.Equals("page", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in values)
                {
                    builder.Add(key, value ?? string.Empty);
                }
            }
        }

        builder.Add("page", page.ToString(CultureInfo.InvariantCulture));
        return Request.Path + builder.ToQueryString().Value;
    }
}
