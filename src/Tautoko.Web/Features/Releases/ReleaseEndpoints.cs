using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Exports;

namespace Tautoko.Web.Features.Releases;

public static class ReleaseEndpoints
{
    public const string PdfContentType = "application/pdf";

    public static void Map(IEndpointRouteBuilder app)
    {
        var releases = app.MapGroup("/api/releases").WithTags("Statistical releases");
        releases.MapPost("/", Build).ReadsNoClientInformation()
            .WithSummary("The analyst (national office) builds a statistical release: title, periods (from, to), tables (codes; rounded or not, the seed's choice by default, R-105) and optionally a release key (the standing key otherwise). Recorded and answered with its tables.");
        releases.MapGet("/", List).ReadsNoClientInformation()
            .WithSummary("Releases built, newest first: who, when, periods and tables.");
        releases.MapGet("/tables", Tables).ReadsNoClientInformation()
            .WithSummary("The tables a release can hold (seed 000 Tables One to Eight, seed 003's appendices), their codes and the seed's rounding.");
        releases.MapGet("/{id:guid}", Get).ReadsNoClientInformation()
            .WithSummary("One release with its tables and notes, computed again from the records as they stood when it was built (so it reproduces exactly). True counts of rounded cells for the analyst only.")
            .WithDescription("Also as a file: `?format=csv` (RFC 4180, UTF-8), `?format=xlsx` or `?format=pdf`: the published figures with the seed's notes under each table, audited as an export.")
            .Produces<byte[]>(StatusCodes.Status200OK, ExportWriter.CsvContentType, ExportWriter.XlsxContentType, PdfContentType);
    }

    private static async Task<Results<Created<ReleaseView>, Problem>> Build(ReleaseInput input, ReleaseHandler handler, CancellationToken ct) =>
        (await handler.BuildAsync(input, null, ct)).ToCreated(release => $"/api/releases/{release.Id}");

    private static async Task<Results<Ok<IReadOnlyList<ReleaseSummary>>, Problem>> List(ReleaseHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(ct)).ToOk();

    private static Ok<IReadOnlyList<ReleaseTableOption>> Tables() => TypedResults.Ok(ReleaseHandler.Options);

    private static async Task<Results<Ok<ReleaseView>, FileContentHttpResult, Problem>> Get(Guid id, string? format, ReleaseHandler handler, HttpRequest request, CancellationToken ct)
    {
        var asked = format?.Trim().ToLowerInvariant();
        if (asked is not (null or "" or "json" or "csv" or "xlsx" or "pdf"))
        {
            return Failure.Invalid("format", "format is csv, xlsx, pdf or json.").ToProblem();
        }

        var outcome = await handler.GetAsync(id, ct);
        if (!outcome.TryGet(out var release, out var failure))
        {
            return failure.ToProblem();
        }

        if (asked is null or "" or "json")
        {
            return TypedResults.Ok(release);
        }

        var file = await FileAsync(release, asked, request, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The release as CSV, XLSX or PDF, audited as an export; never with the true counts.</summary>
    public static async Task<(byte[] Content, string ContentType, string FileName)> FileAsync(ReleaseView release, string format, HttpRequest request, CancellationToken ct)
    {
        if (format == "pdf")
        {
            var audit = request.HttpContext.RequestServices.GetRequiredService<AuditLog>();
            await audit.RecordAsync(AuditAction.Export, "Export", request.Path.Value ?? "/", null, $"exported release {release.Id} as PDF", false, ct);
            return (ReleaseFiles.Pdf(release), PdfContentType, ReleaseFiles.FileName(release, "pdf"));
        }

        var exportFormat = format == "csv" ? ExportFormat.Csv : ExportFormat.Xlsx;
        var exporter = request.HttpContext.RequestServices.GetRequiredService<Exporter>();
        var (content, type, _) = await exporter.ExportAsync(ReleaseFiles.Table(release), exportFormat, request, false, ct);
        return (content, type, ReleaseFiles.FileName(release, ExportWriter.Extension(exportFormat)));
    }
}
