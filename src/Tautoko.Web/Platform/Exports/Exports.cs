using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;

namespace Tautoko.Web.Platform.Exports;

/// <summary>
/// Which file a request asks for: <c>?format=csv</c> or <c>?format=xlsx</c> (<c>json</c> or nothing: the usual answer), or
/// failing that an <c>Accept</c> header naming <c>text/csv</c> or the XLSX media type.
/// </summary>
public static class ExportRequest
{
    public static bool TryRead(HttpRequest request, out ExportFormat? format, out string? problem)
    {
        format = null;
        problem = null;
        var asked = request.Query["format"].ToString();
        if (!string.IsNullOrWhiteSpace(asked))
        {
            switch (asked.Trim().ToLowerInvariant())
            {
                case "csv":
                    format = ExportFormat.Csv;
                    return true;
                case "xlsx":
                    format = ExportFormat.Xlsx;
                    return true;
                case "json":
                    return true;
                default:
                    problem = "format is csv, xlsx or json.";
                    return false;
            }
        }

        var accept = request.Headers.Accept.ToString();
        if (accept.Contains(ExportWriter.XlsxContentType, StringComparison.OrdinalIgnoreCase))
        {
            format = ExportFormat.Xlsx;
        }
        else if (accept.Contains(ExportWriter.CsvContentType, StringComparison.OrdinalIgnoreCase))
        {
            format = ExportFormat.Csv;
        }

        return true;
    }
}

/// <summary>
/// Answers a list as a file and audits it (R-120): one row saying which list (the route and its filters), in which format,
/// how many rows, by whom — like any other read of it. Used by every exportable route and page.
/// </summary>
public sealed class Exporter(AuditLog audit, TimeProvider clock)
{
    public async Task<(byte[] Content, string ContentType, string FileName)> ExportAsync(ExportTable table, ExportFormat format, HttpRequest request, bool truncated, CancellationToken ct)
    {
        var content = ExportWriter.Write(table, format);
        var route = request.Path.Value + request.QueryString.Value;
        var rows = table.Rows.Count.ToString("N0", CultureInfo.InvariantCulture);
        var detail = $"exported {table.Name} as {ExportWriter.Extension(format).ToUpperInvariant()}: {rows} rows{(truncated ? $" (cut at {ExportTable.MaxRows:N0})" : string.Empty)} from {route}";
        await audit.RecordAsync(AuditAction.Export, "Export", request.Path.Value ?? "/", null, detail, false, ct);
        var day = DateDisplay.TodayInAuckland(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stem = new string(table.Name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (stem.Contains("--", StringComparison.Ordinal))
        {
            stem = stem.Replace("--", "-", StringComparison.Ordinal);
        }

        return (content, ExportWriter.ContentType(format), $"{stem}-{day}.{ExportWriter.Extension(format)}");
    }

    /// <summary>For a page handler: the file, audited.</summary>
    public async Task<IActionResult> PageFileAsync(ExportTable table, ExportFormat format, HttpRequest request, CancellationToken ct)
    {
        var truncated = table.Rows.Count > ExportTable.MaxRows;
        var kept = truncated ? table with { Rows = table.Rows.Take(ExportTable.MaxRows).ToList() } : table;
        var (content, type, name) = await ExportAsync(kept, format, request, truncated, ct);
        return new FileContentResult(content, type) { FileDownloadName = name };
    }
}

/// <summary>
/// Makes a GET route exportable: with <c>?format=csv|xlsx</c> (or <c>Accept: text/csv</c> / the XLSX type) the route runs as
/// always — same authorisation, same filters, same handler and its own audit of reads — and its answer's rows are sent as a
/// file instead of JSON, with one <see cref="AuditAction.Export"/> row. A paged route is read page after page (100 at a
/// time) up to <see cref="ExportTable.MaxRows"/>, so the file holds the whole list, not the page on screen. A refusal or
/// a problem is answered as it would be without the format.
/// </summary>
public static class ExportEndpoints
{
    public const string Description = "Also as a file: `?format=csv` (RFC 4180, UTF-8) or `?format=xlsx`, or `Accept: text/csv` / `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`; every page of the list up to 10,000 rows, audited as an export.";

    /// <summary>The route's answer is a <see cref="Paged{T}"/> of the rows.</summary>
    public static RouteHandlerBuilder ExportablePaged<TRow>(this RouteHandlerBuilder builder, string name) =>
        builder.Exportable<Paged<TRow>, TRow>(_ => name, view => view.Items, view => view.HasNext);

    /// <summary>The route's answer is the list of rows itself.</summary>
    public static RouteHandlerBuilder ExportableList<TRow>(this RouteHandlerBuilder builder, string name) =>
        builder.Exportable<IReadOnlyList<TRow>, TRow>(_ => name, view => view);

    /// <summary>The rows are read from the route's answer by <paramref name="rows"/>; <paramref name="hasNext"/> says whether a paged answer has more.</summary>
    public static RouteHandlerBuilder Exportable<TView, TRow>(this RouteHandlerBuilder builder, Func<TView, string> name, Func<TView, IEnumerable<TRow>> rows, Func<TView, bool>? hasNext = null)
    {
        builder.WithDescription(Description);
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var parameters = factory.MethodInfo.GetParameters();
            var pageIndex = Array.FindIndex(parameters, p => p.Name == "page");
            var sizeIndex = Array.FindIndex(parameters, p => p.Name == "pageSize");
            return async context =>
            {
                var http = context.HttpContext;
                if (!ExportRequest.TryRead(http.Request, out var format, out var problem))
                {
                    return Failure.Invalid("format", problem!).ToProblem();
                }

                if (format is not { } asked)
                {
                    return await next(context);
                }

                var collected = new List<TRow>();
                string? title = null;
                var truncated = false;
                for (var page = 1; ; page++)
                {
                    if (pageIndex >= 0)
                    {
                        context.Arguments[pageIndex] = page;
                    }

                    if (sizeIndex >= 0)
                    {
                        context.Arguments[sizeIndex] = PageRequest.MaxPageSize;
                    }

                    var answer = await next(context);
                    if (Unwrap(answer) is not Ok<TView> { Value: { } view })
                    {
                        return answer;
                    }

                    title ??= name(view);
                    collected.AddRange(rows(view));
                    if (collected.Count > ExportTable.MaxRows)
                    {
                        collected.RemoveRange(ExportTable.MaxRows, collected.Count - ExportTable.MaxRows);
                        truncated = true;
                        break;
                    }

                    if (pageIndex < 0 || hasNext is null || !hasNext(view))
                    {
                        break;
                    }
                }

                var exporter = http.RequestServices.GetRequiredService<Exporter>();
                var (content, type, file) = await exporter.ExportAsync(ExportTable.Of(title ?? "Export", collected), asked, http.Request, truncated, http.RequestAborted);
                return TypedResults.File(content, type, file);
            };
        });
        return builder;
    }

    private static object? Unwrap(object? answer)
    {
        while (answer is INestedHttpResult nested)
        {
            answer = nested.Result;
        }

        return answer;
    }
}
