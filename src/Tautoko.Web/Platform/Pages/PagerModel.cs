using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Tautoko.Web.Platform.Pages;

/// <summary>Previous/next links that keep the rest of the query string.</summary>
public sealed record PagerModel(int Page, int TotalPages, int TotalCount, HttpRequest Request)
{
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
