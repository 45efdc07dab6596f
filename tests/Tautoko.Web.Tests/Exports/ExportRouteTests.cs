using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Data;
using Tautoko.Web.Platform.Exports;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Exports;

/// <summary>
/// Lists downloaded as CSV and XLSX through their own routes: the same authorisation, the rows the JSON answer has (every
/// page of a paged list), one export audit row (R-120), and the page's download links.
/// </summary>
public abstract class ExportRouteTests(TautokoServer server)
{
    [Fact]
    public async Task SiteCaseloads_AsCsv_HaveTheJsonRows_AndAreAuditedAsAnExport_R120()
    {
        var manager = await server.AsAsync(Accounts.Manager);
        var site = await server.MastertonSiteIdAsync();
        var json = await manager.GetJsonAsync($"/api/caseloads/sites/{site}");
        var after = await LastAuditRowAsync();

        using var response = await manager.GetAsync($"/api/caseloads/sites/{site}?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Staff id,Case manager,Site id,Site,Service,Service short name,Capacity,Target capacity,Filled,On leave today,Free,Fill percent", lines[0], StringComparison.Ordinal);
        var caseloads = json["caseloads"]!.AsArray();
        Assert.Equal(caseloads.Count, lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith(caseloads[0]!.Text("staffId")!, StringComparison.Ordinal) && l.Contains($",{caseloads[0]!["filled"]!.GetValue<int>()},", StringComparison.Ordinal));

        var audit = await AuditRowsAsync(after);
        var export = Assert.Single(audit, a => a.Action == AuditAction.Export);
        Assert.Equal(await StaffIdAsync(Accounts.Manager), export.StaffId);
        Assert.Contains($"as CSV: {caseloads.Count} rows", export.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkQueues_AsXlsx_ByAcceptHeader_ReadBackCellForCell()
    {
        var manager = await server.AsAsync(Accounts.Manager);
        var queues = (await manager.GetJsonAsync("/api/work-queues")).AsArray();
        Assert.NotEmpty(queues);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/work-queues");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ExportWriter.XlsxContentType));
        using var response = await manager.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportWriter.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        var cells = XlsxReader.Read(await response.Content.ReadAsByteArrayAsync(), out var sheet);
        Assert.Equal("Work queues", sheet);
        var name = cells[0].IndexOf("Name");
        var open = cells[0].IndexOf("Open tasks");
        Assert.Equal(queues.Count, cells.Count - 1);
        for (var i = 0; i < queues.Count; i++)
        {
            Assert.Equal(queues[i]!.Text("name"), cells[i + 1][name]);
            Assert.Equal(queues[i]!["openTasks"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[i + 1][open]);
        }
    }

    [Fact]
    public async Task PagedCaseload_AsXlsx_HoldsEveryPage_NotTheOneOnScreen()
    {
        var api = await server.AsAsync(Accounts.EmploymentCaseManager);
        var first = await api.GetJsonAsync("/api/caseloads/mine?pageSize=1");
        var total = first["total"]!.GetValue<int>();
        Assert.True(total > 1, "the employment case manager's caseload has more than one client");

        using var response = await api.GetAsync("/api/caseloads/mine?format=xlsx&pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = XlsxReader.Read(await response.Content.ReadAsByteArrayAsync(), out _);
        Assert.Equal(total, cells.Count - 1);
        var number = cells[0].IndexOf("Client number");
        Assert.Contains(cells.Skip(1), r => r[number] == first["clients"]![0]!.Text("clientNumber"));
    }

    [Fact]
    public async Task RefusedRole_GetsTheSameRefusal_AsTheList_AndNoFile()
    {
        var csr = await server.AsAsync(Accounts.Csr);
        var connector = await server.AsAsync(Accounts.Connector);
        var after = await LastAuditRowAsync();

        using var site = await csr.GetAsync($"/api/caseloads/sites/{await server.MastertonSiteIdAsync()}?format=csv");
        using var national = await connector.GetAsync("/api/caseloads/national?format=xlsx");

        await site.ReadProblemAsync(HttpStatusCode.Forbidden);
        await national.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(await AuditRowsAsync(after), a => a.Action == AuditAction.Export);
    }

    [Fact]
    public async Task UnknownFormat_Is400()
    {
        var manager = await server.AsAsync(Accounts.Manager);
        using var response = await manager.GetAsync("/api/work-queues?format=pdf");
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["format"]);
    }

    [Fact]
    public async Task Pages_OfferTheDownload_AndTheBreakGlassReportExportsWithItsFilter_R120()
    {
        using var pages = await server.PagesAsAsync(Accounts.Manager);
        var site = await pages.GetAsync($"/caseloads/sites/{await server.MastertonSiteIdAsync()}");
        var links = site.Document.QuerySelectorAll("p.downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/api/caseloads/sites/{await server.MastertonSiteIdAsync()}?format=csv", $"/api/caseloads/sites/{await server.MastertonSiteIdAsync()}?format=xlsx"], links);

        var report = await pages.GetAsync("/manager/break-glass?unreviewed=true");
        var csvLink = report.Document.QuerySelector("p.downloads a")!.GetAttribute("href")!;
        Assert.Contains("unreviewed=true", csvLink, StringComparison.Ordinal);
        var after = await LastAuditRowAsync();
        using var file = await pages.GetRawAsync(csvLink);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
        var header = Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n")[0];
        Assert.StartsWith("Id,At,Staff name,Staff role,Staff site,Client id,Client number,Client name,Reason,Reviewed at", header, StringComparison.Ordinal);
        Assert.Single(await AuditRowsAsync(after), a => a.Action == AuditAction.Export);

        using var caseManager = await server.PagesAsAsync(Accounts.CaseManager);
        using var refused = await caseManager.GetRawAsync(csvLink);
        Assert.NotEqual("text/csv", refused.Content.Headers.ContentType?.MediaType);
    }

    private async Task<long> LastAuditRowAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private async Task<Tautoko.Core.Common.StaffId?> StaffIdAsync(string account)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var email = TautokoServer.Email(account).ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().Users.Where(u => u.NormalizedEmail == email).Select(u => (Tautoko.Core.Common.StaffId?)u.StaffId).SingleAsync();
    }

    private async Task<List<AuditEntry>> AuditRowsAsync(long after)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().AuditEntries.AsNoTracking().Where(a => a.Id > after).ToListAsync();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ExportRouteTestsSqlite(SqliteServer server) : ExportRouteTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ExportRouteTestsPostgres(PostgresServer server) : ExportRouteTests(server);
