using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// R-120 (client information only to those with authority, every read audited) and R-122 on the reads an outside probe
/// found open: a site's calendars seen from another site, and a client's hardship history.
/// </summary>
public abstract class ClientReadPrivacyTests(TautokoServer server)
{
    [Fact]
    public async Task SiteCalendars_FromAnotherSite_ShowFreeAndBusyWithoutClientNamesOrAppointmentIds_R120()
    {
        var site = await server.MastertonSiteIdAsync();
        var (date, ownView) = await DayWithBookingsAsync(site);
        var ownNames = Booked(ownView).Select(c => c.Text("clientName")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(ownNames);

        var outsider = await server.AsAsync(Accounts.CaseManagerOtherSite);
        var before = await LastAuditRowAsync();
        var view = await outsider.GetJsonAsync($"/api/sites/{site}/calendars?date={date}");

        // The same bookings are there, as busy time, with no client and no appointment to follow.
        Assert.Equal(Booked(ownView).Count, Booked(view).Count);
        Assert.All(Booked(view), c =>
        {
            Assert.Null(c["clientName"]);
            Assert.Null(c["appointmentId"]);
        });
        var audit = await AuditRowsAsync(Accounts.CaseManagerOtherSite, before);
        var row = Assert.Single(audit);
        Assert.Equal(("SiteCalendars", AuditAction.Read), (row.Entity, row.Action));

        // The page shows the same: no name of a Masterton client, no link to their appointments.
        using var pages = await server.PagesAsAsync(Accounts.CaseManagerOtherSite);
        var page = await pages.GetAsync($"/appointments/site/{site}?date={date}");
        var grid = page.Document.QuerySelector("#site-calendars")!;
        Assert.DoesNotContain(grid.QuerySelectorAll("a[href^='/appointments/']"), a => a.GetAttribute("href")!.Split('/').Length == 3 && Guid.TryParse(a.GetAttribute("href")!.Split('/')[2], out _));
        Assert.DoesNotContain(ownNames, name => grid.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Contains("booked", grid.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteCalendars_ForTheSitesOwnStaffAndNationalOffice_NameTheClients_R120()
    {
        var site = await server.MastertonSiteIdAsync();
        var (date, _) = await DayWithBookingsAsync(site);
        foreach (var account in new[] { Accounts.Manager, Accounts.NationalOffice, Accounts.Csr })
        {
            var view = await (await server.AsAsync(account)).GetJsonAsync($"/api/sites/{site}/calendars?date={date}");
            Assert.Contains(Booked(view), c => c.Text("clientName") is not null && c["appointmentId"] is not null);
        }
    }

    [Fact]
    public async Task SiteWorklist_OfAnotherSite_IsRefusedAndAudited_R120()
    {
        var site = await server.MastertonSiteIdAsync();
        var before = await LastAuditRowAsync();
        using var refused = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetAsync($"/api/sites/{site}/worklist");
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("scope", problem.Text("rule"));
        Assert.Equal(AuditAction.AccessRefused, Assert.Single(await AuditRowsAsync(Accounts.CaseManagerOtherSite, before)).Action);
    }

    [Fact]
    public async Task HardshipHistory_EveryReadAndRefusal_WritesOneAuditRow_R120()
    {
        var client = (await server.MakaAsync()).NeverBrokenInto;
        var before = await LastAuditRowAsync();
        await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{client}/hardship-requests");
        var read = Assert.Single(await AuditRowsAsync(Accounts.CaseManager, before));
        Assert.Equal((AuditAction.Read, "HardshipRequests", (Guid?)client), (read.Action, read.Entity, read.ClientId?.Value));

        before = await LastAuditRowAsync();
        using var refused = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetAsync($"/api/clients/{client}/hardship-requests");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var refusal = Assert.Single(await AuditRowsAsync(Accounts.CaseManagerOtherSite, before));
        Assert.Equal((AuditAction.AccessRefused, (Guid?)client), (refusal.Action, refusal.ClientId?.Value));
    }

    private static List<JsonNode> Booked(JsonNode day) =>
        [.. day["columns"]!.AsArray().SelectMany(c => c!["cells"]!.AsArray()).Where(c => c!.Text("state") == "booked").Select(c => c!)];

    /// <summary>A recent day on which Masterton's calendars have bookings, as Masterton's manager sees it.</summary>
    private async Task<(string Date, JsonNode View)> DayWithBookingsAsync(Guid site)
    {
        var manager = await server.AsAsync(Accounts.Manager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var back = 0; back < 60; back++)
        {
            var date = today.AddDays(-back).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var view = await manager.GetJsonAsync($"/api/sites/{site}/calendars?date={date}");
            if (Booked(view).Any(c => c.Text("clientName") is not null))
            {
                return (date, view);
            }
        }

        throw new InvalidOperationException("The demo data has no booked Masterton appointment in the last 60 days.");
    }

    private async Task<long> LastAuditRowAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private async Task<List<AuditEntry>> AuditRowsAsync(string account, long after)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var email = TautokoServer.Email(account).ToUpperInvariant();
        var staffId = await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.StaffId).SingleAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Id > after && a.StaffId == (StaffId?)staffId && a.Action != AuditAction.SignIn).ToListAsync();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ClientReadPrivacyTestsSqlite(SqliteServer server) : ClientReadPrivacyTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ClientReadPrivacyTestsPostgres(PostgresServer server) : ClientReadPrivacyTests(server);
