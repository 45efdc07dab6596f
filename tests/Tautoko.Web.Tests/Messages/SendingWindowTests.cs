using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Tests.Appointments;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Messages;

/// <summary>
/// Texts and e-mails to clients are never sent at night or on a Sunday: the outbox holds them outside the sending window
/// (Pacific/Auckland time; national office sets it, default Mon–Sat 08:00–20:00) and sends them at the next opening.
/// </summary>
/// <remarks>
/// The shared test server's own outbox job sends at any hour (its `--sending-window` is always open) and takes whatever
/// is due. So, as in <see cref="OutboxSmtpTests"/>, each message here is written as claimed by a node whose lease runs
/// for another hour (which the shared job leaves alone), due since 1970 so it is the first a pass takes, and delivery
/// passes run on a second node with a fake clock past that lease.
/// </remarks>
public abstract class SendingWindowTests(TautokoServer server)
{
    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    [Fact]
    public async Task Outbox_HoldsATextAt553OnASaturdayMorning_AndSendsItAt8()
    {
        await using var node = await server.StartSecondNodeAsync("--outbox", "false", "--sending-window", "Mon-Sat 08:00-20:00");
        var client = await ClientAsync();
        var text = await WriteClaimedAsync(node, client, MessageChannel.Text, "021 555 0101");
        var saturday = NextLocal(DayOfWeek.Saturday, new TimeOnly(5, 53));

        await RunOnePassAsync(node, saturday);

        var held = await RowAsync(node, text);
        Assert.NotEqual(OutboxStatus.Sent, held.Status);
        Assert.Null(held.SentAt);
        Assert.Equal(1, held.Attempts);

        var eight = NzLocalTime.ToUtc(NzLocalTime.DateOf(saturday), new TimeOnly(8, 0));
        Assert.Equal(1, await RunOnePassAsync(node, eight));
        var sent = await RowAsync(node, text);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(eight, sent.SentAt);
        await node.StopAsync();
    }

    [Fact]
    public async Task Outbox_HoldsAnEmailAtNightAndAllSunday_AndSendsItMondayAt8()
    {
        await using var node = await server.StartSecondNodeAsync("--outbox", "false", "--sending-window", "Mon-Sat 08:00-20:00");
        var client = await ClientAsync();
        var email = await WriteClaimedAsync(node, client, MessageChannel.Email, "wiremu@example.co.nz");
        var saturdayNight = NextLocal(DayOfWeek.Saturday, new TimeOnly(20, 30));
        var sundayNoon = NzLocalTime.ToUtc(NzLocalTime.DateOf(saturdayNight).AddDays(1), new TimeOnly(12, 0));

        await RunOnePassAsync(node, saturdayNight);
        await RunOnePassAsync(node, sundayNoon);

        Assert.Null((await RowAsync(node, email)).SentAt);
        var monday = NzLocalTime.ToUtc(NzLocalTime.DateOf(sundayNoon).AddDays(1), new TimeOnly(8, 0));
        Assert.Equal(monday, SendingWindow.Default.NextOpening(sundayNoon));
        Assert.Equal(1, await RunOnePassAsync(node, monday));
        Assert.Equal(monday, (await RowAsync(node, email)).SentAt);
        await node.StopAsync();
    }

    [Fact]
    public async Task SendingWindow_IsSetByNationalOfficeOnly_Audited_AndTheOutboxKeepsIt()
    {
        var national = await server.AsAsync(Accounts.NationalOffice);
        var caseManager = await server.AsAsync(Accounts.CaseManager);
        try
        {
            var before = await caseManager.GetJsonAsync("/api/sending-window");
            Assert.True(before["isDefault"]!.GetValue<bool>());
            var version = before["version"]!.GetValue<int>();
            var weekdays = new { days = new[] { "mon", "tue", "wed", "thu", "fri" }, opens = "09:00", closes = "17:00", version };

            using (var refused = await caseManager.PutJsonAsync("/api/sending-window", weekdays, null))
            {
                await refused.ReadJsonAsync(HttpStatusCode.Forbidden);
            }

            using (var noVersion = await national.PutJsonAsync("/api/sending-window", new { days = new[] { "mon" }, opens = "09:00", closes = "17:00" }, null))
            {
                var problem = await noVersion.ReadJsonAsync(HttpStatusCode.BadRequest);
                Assert.NotNull(problem["errors"]!["version"]);
            }

            using (var backwards = await national.PutJsonAsync("/api/sending-window", new { days = new[] { "mon" }, opens = "20:00", closes = "08:00", version }, null))
            {
                var problem = await backwards.ReadJsonAsync(HttpStatusCode.BadRequest);
                Assert.NotNull(problem["errors"]!["closes"]);
            }

            using (var set = await national.PutJsonAsync("/api/sending-window", weekdays, null))
            {
                var window = await set.ReadJsonAsync(HttpStatusCode.OK);
                Assert.Equal("Mon, Tue, Wed, Thu, Fri 09:00–17:00", window.Text("summary"));
                Assert.False(window["isDefault"]!.GetValue<bool>());
            }

            using (var stale = await national.PutJsonAsync("/api/sending-window", weekdays, null))
            {
                await stale.ReadJsonAsync(HttpStatusCode.Conflict);
            }

            var after = await caseManager.GetJsonAsync("/api/sending-window");
            Assert.Equal(["mon", "tue", "wed", "thu", "fri"], after["days"]!.AsArray().Select(d => d!.GetValue<string>()));
            Assert.Equal(("09:00", "17:00", "Pacific/Auckland"), (after.Text("opens"), after.Text("closes"), after.Text("timeZone")));

            await using (var scope = server.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
                var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == "SendingWindow").ToListAsync();
                Assert.Contains(audit, a => a.Detail!.Contains("→ Mon, Tue, Wed, Thu, Fri 09:00–17:00", StringComparison.Ordinal));
            }

            // National office's window outranks the host's default: a node whose own default is always open holds a
            // text on Saturday at 10 am and sends it on Monday at 9.
            await using var node = await server.StartSecondNodeAsync("--outbox", "false");
            var text = await WriteClaimedAsync(node, await ClientAsync(), MessageChannel.Text, "021 555 0101");
            var saturday = NextLocal(DayOfWeek.Saturday, new TimeOnly(10, 0));
            await RunOnePassAsync(node, saturday);
            Assert.Null((await RowAsync(node, text)).SentAt);
            var monday = NzLocalTime.ToUtc(NzLocalTime.DateOf(saturday).AddDays(2), new TimeOnly(9, 0));
            Assert.Equal(1, await RunOnePassAsync(node, monday));
            Assert.Equal(monday, (await RowAsync(node, text)).SentAt);
            await node.StopAsync();
        }
        finally
        {
            // Back to the host's default, so the other tests on this server send at any hour.
            await using var scope = server.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().SendingWindows.ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task SendingWindowPage_NationalOfficeSavesIt_OthersOnlyReadIt()
    {
        try
        {
            using (var caseManager = await server.PagesAsAsync(Accounts.CaseManager))
            {
                var read = await caseManager.GetAsync("/sending-window");
                Assert.Null(read.Document.QuerySelector("#sending-window-form button[type=submit]"));
                // The test host's default (always open) until national office sets a window.
                Assert.Contains("Mon, Tue, Wed, Thu, Fri, Sat, Sun 00:00–24:00 (the default", read.Document.Body!.TextContent, StringComparison.Ordinal);
            }

            using var national = await server.PagesAsAsync(Accounts.NationalOffice);
            var page = await national.GetAsync("/sending-window");
            Assert.NotNull(page.Document.QuerySelector("#sending-window-form button[type=submit]"));
            using (var saved = await national.SubmitAsync(page, "#sending-window-form", new Dictionary<string, string> { ["days"] = "sat", ["opens"] = "07:30", ["closes"] = "19:00" }))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            var after = await national.GetAsync("/sending-window");
            Assert.Contains("Sat 07:30–19:00", after.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
            var api = await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync("/api/sending-window");
            Assert.Equal(("07:30", "19:00"), (api.Text("opens"), api.Text("closes")));
        }
        finally
        {
            await using var scope = server.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().SendingWindows.ExecuteDeleteAsync();
        }
    }

    private Task<Guid> ClientAsync() =>
        server.OnceAsync("sending-window-client", () => AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager));

    /// <summary>The next such New Zealand wall-clock time at least two hours (past the lease) from now, in whole seconds.</summary>
    private static DateTimeOffset NextLocal(DayOfWeek day, TimeOnly time)
    {
        var date = NzLocalTime.Today(TimeProvider.System);
        while (true)
        {
            date = date.AddDays(1);
            var at = NzLocalTime.ToUtc(date, time);
            if (date.DayOfWeek == day && at > DateTimeOffset.UtcNow + Lease + TimeSpan.FromHours(1))
            {
                return at;
            }
        }
    }

    /// <summary>A text or e-mail to the client as a node leaves it when it claimed the message and stopped: one attempt, a lease for another hour.</summary>
    private static async Task<Guid> WriteClaimedAsync(WebApplication node, Guid client, MessageChannel channel, string recipient)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var message = new OutboxMessage(id, new ClientId(client), null, channel, MessagePurpose.MissedAppointment, null, recipient, "We missed you", "Kia ora, we missed you today; please call us.", now, DateTimeOffset.UnixEpoch);
        var row = db.OutboxMessages.Add(message);
        row.Property(m => m.Status).CurrentValue = OutboxStatus.Sending;
        row.Property(m => m.Attempts).CurrentValue = 1;
        row.Property(m => m.ClaimToken).CurrentValue = Guid.NewGuid();
        row.Property(m => m.ClaimedUntil).CurrentValue = now + Lease;
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>One delivery pass of the node (its file sender, options and database) at the given time, taking at most one message.</summary>
    private static async Task<int> RunOnePassAsync(WebApplication node, DateTimeOffset at)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var delivery = new OutboxDelivery(
            services.GetRequiredService<TautokoDbContext>(),
            services.GetRequiredService<IMessageSender>(),
            services.GetRequiredService<IOutboxLetters>(),
            services.GetRequiredService<IOutboxCalendarFiles>(),
            services.GetRequiredService<OutboxOptions>(),
            new FakeTimeProvider(at),
            services.GetRequiredService<ILogger<OutboxDelivery>>());
        return await delivery.RunOnceAsync(1, CancellationToken.None);
    }

    private static async Task<OutboxMessage> RowAsync(WebApplication node, Guid id)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class SendingWindowTestsSqlite(SqliteServer server) : SendingWindowTests(server);

[Collection(PostgresServer.Collection)]
public sealed class SendingWindowTestsPostgres(PostgresServer server) : SendingWindowTests(server);
