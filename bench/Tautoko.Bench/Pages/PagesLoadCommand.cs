using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectre.Console;
using Tautoko.Bench.Booking;
using Tautoko.Bench.Common;
using Tautoko.Bench.Load;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Microsoft.Extensions.Hosting;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Hosting;

namespace Tautoko.Bench.Pages;

/// <summary>
/// The pages and API calls staff use all day, timed on the national dataset and on a demo-sized database in the same
/// run (issue 12): the real host on each, signed in as the demo case manager, national office and a CSR, a closed loop
/// of <c>--users</c> concurrent users per call, demo then national for each call one after the other. Writes p50, p99
/// and req/s for both and their ratios to docs/PERFORMANCE.md.
/// </summary>
internal static partial class PagesLoadCommand
{
    public const string Section = "Pages staff use all day: national against demo";
    private const string DemoDatabase = "tautoko_bench_pages_demo";

    private sealed record Call(string Name, string Area, bool IsPage, Func<Dataset, HttpRequestMessage> Request);

    private sealed record Result(Call Call, RunResult Demo, RunResult National);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = PagesLoadOptions.Parse(args);
        if (options is null)
        {
            return 2;
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]Pages load[/]: {options.Users} users, {options.Seconds} s per call per dataset after {options.WarmUpSeconds} s warm-up; demo database {DemoDatabase} ({options.DemoClients:N0} clients) against {Describe(options.National)}");
        var demoConnection = await BenchSupport.RecreateDatabaseAsync(options.Server, DemoDatabase);
        await using var demo = await Dataset.StartAsync("demo", demoConnection, options.DemoClients);
        await using var national = await Dataset.StartAsync("national", options.National, options.DemoClients);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"demo: {demo.ClientCount:N0} clients · national: {national.ClientCount:N0} clients");

        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(30) }) { Timeout = TimeSpan.FromSeconds(60) };
        var calls = Calls().Where(c => options.Only is null || c.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase)).ToList();
        var results = new List<Result>();
        foreach (var call in calls)
        {
            var demoRun = await TimeAsync(http, call, demo, options);
            var nationalRun = await TimeAsync(http, call, national, options);
            results.Add(new Result(call, demoRun, nationalRun));
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"{call.Name}: demo p50 {demoRun.P50Ms:0.0} ms p99 {demoRun.P99Ms:0.0} ms {demoRun.PerSecond:N0}/s · national p50 {nationalRun.P50Ms:0.0} ms p99 {nationalRun.P99Ms:0.0} ms {nationalRun.PerSecond:N0}/s · ×{Ratio(nationalRun.P50Ms, demoRun.P50Ms):0.00} / ×{Ratio(nationalRun.P99Ms, demoRun.P99Ms):0.00}{(demoRun.Failed + nationalRun.Failed > 0 ? $" [red]{demoRun.Failed + nationalRun.Failed} failed[/]" : string.Empty)}");
        }

        var report = Markdown(options, results, demo, national, await BenchSupport.ServerVersionAsync(options.National));
        Console.WriteLine();
        Console.WriteLine(report);
        if (!options.NoReport && options.Only is null)
        {
            var path = PerformanceFile.Update(Section, report);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded in [blue]{path}[/]");
        }

        return results.All(r => r.Demo.Failed == 0 && r.National.Failed == 0) ? 0 : 1;
    }

    private static async Task<RunResult> TimeAsync(HttpClient http, Call call, Dataset dataset, PagesLoadOptions options)
    {
        if (options.WarmUpSeconds > 0)
        {
            await LoadGenerator.RunAsync("warm-up", http, options.Users, TimeSpan.FromSeconds(options.WarmUpSeconds), _ => call.Request(dataset), s => s == HttpStatusCode.OK);
        }

        return await LoadGenerator.RunAsync(call.Name, http, options.Users, TimeSpan.FromSeconds(options.Seconds), _ => call.Request(dataset), s => s == HttpStatusCode.OK);
    }

    /// <summary>What staff open all day, as the case manager (CM), national office (NO) or a contact-centre CSR.</summary>
    private static IEnumerable<Call> Calls()
    {
        yield return new("API client search by surname · national office", "search", false, d => d.Api(d.NationalOffice, $"/api/clients?q={Uri.EscapeDataString(d.Pick(d.Surnames))}"));
        yield return new("API client search by surname · case manager", "search", false, d => d.Api(d.CaseManager, $"/api/clients?q={Uri.EscapeDataString(d.Pick(d.Surnames))}"));
        yield return new("API client search by name and date of birth · national office", "search", false, d =>
        {
            var (first, last, dob) = d.Pick(d.People);
            return d.Api(d.NationalOffice, $"/api/clients?q={Uri.EscapeDataString(first + " " + last)}&dateOfBirth={dob:yyyy-MM-dd}");
        });
        yield return new("Page client search by surname · case manager", "search", true, d => d.Page(d.CaseManager, $"/clients?q={Uri.EscapeDataString(d.Pick(d.Surnames))}"));
        yield return new("Page take a call: find the caller by surname · CSR", "search", true, d => d.Page(d.Csr, $"/calls/new?q={Uri.EscapeDataString(d.Pick(d.Surnames))}"));
        yield return new("API client overview · national office", "overview", false, d => d.Api(d.NationalOffice, $"/api/clients/{d.Pick(d.AnyClients)}"));
        yield return new("Page client overview · case manager", "overview", true, d => d.Page(d.CaseManager, $"/clients/{d.Pick(d.CaseloadClients)}"));
        yield return new("API my caseload · case manager", "caseload", false, d => d.Api(d.CaseManager, "/api/caseloads/mine"));
        yield return new("Page my caseload · case manager", "caseload", true, d => d.Page(d.CaseManager, "/caseloads/mine"));
        yield return new("API my day · case manager", "my day", false, d => d.Api(d.CaseManager, "/api/appointments/my-day"));
        yield return new("Page my day · case manager", "my day", true, d => d.Page(d.CaseManager, "/appointments/my-day"));
        yield return new("API site worklists · case manager", "worklists", false, d => d.Api(d.CaseManager, $"/api/sites/{d.SiteId}/worklist"));
        yield return new("API work queues · case manager", "queues", false, d => d.Api(d.CaseManager, "/api/work-queues"));
        yield return new("Page work queues · case manager", "queues", true, d => d.Page(d.CaseManager, "/queues"));
        yield return new("API my tasks · case manager", "tasks", false, d => d.Api(d.CaseManager, "/api/tasks/mine"));
        yield return new("Page my tasks · case manager", "tasks", true, d => d.Page(d.CaseManager, "/tasks/mine"));
        yield return new("API site calendars · case manager", "site calendars", false, d => d.Api(d.CaseManager, $"/api/sites/{d.SiteId}/calendars?date={d.Today:yyyy-MM-dd}"));
        yield return new("Page site calendars · case manager", "site calendars", true, d => d.Page(d.CaseManager, "/appointments/site"));
        yield return new("API booking options · case manager", "booking", false, d => d.Api(d.CaseManager, $"/api/clients/{d.Pick(d.CaseloadClients)}/booking-options"));
        yield return new("Page booking · case manager", "booking", true, d => d.Page(d.CaseManager, $"/clients/{d.Pick(d.CaseloadClients)}/book"));
    }

    private static double Ratio(double value, double over) => over <= 0 ? double.NaN : value / over;

    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static string Markdown(PagesLoadOptions options, List<Result> results, Dataset demo, Dataset national, string server)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} (UTC), one run: for each call {options.WarmUpSeconds} s untimed warm-up then {options.Seconds} s timed with {options.Users} concurrent users (closed loop), on the demo database and then on the national one. Targets (issue 12): national p50 ≤ 1.5× demo p50 and national p99 ≤ 3× demo p99 for every call; my day and site calendars ≤ 3× the client overview's p50.");
        text.AppendLine();
        text.AppendLine(invariant, $"- Machine: {LoadReport.Machine()}; the load generator, both hosts and {server} share it.");
        text.AppendLine(invariant, $"- Command: `dotnet run -c Release --project bench/Tautoko.Bench -- {string.Join(' ', options.Arguments.Select(BenchSupport.Quote))}`");
        text.AppendLine(invariant, $"- Demo: a fresh database with the demo data ({demo.ClientCount:N0} clients). National: the `load-national` dataset ({national.ClientCount:N0} clients, 122 service centres, {national.StaffCount:N0} staff), made with `--today` the day of the run so today's diaries are full, plus the demo's work queues, messages and hardship history seeded for every site (untimed, once).");
        text.AppendLine("- Both: the real Tautoko host (`TautokoApp`, Release) in demo mode with its default connection budget, outbox off; API calls with a bearer token, pages with the sign-in cookie; every call must answer 200. Search terms are the dataset's ten most common surnames (national: about 11,100–11,300 clients each); name + date of birth uses random clients; overviews use random clients (national office) or the case manager's own caseload.");
        text.AppendLine();
        var failing = results.Where(r => Ratio(r.National.P50Ms, r.Demo.P50Ms) > 1.5 || Ratio(r.National.P99Ms, r.Demo.P99Ms) > 3).Select(r => r.Call.Name).ToList();
        text.AppendLine(invariant, $"**{results.Count - failing.Count} of {results.Count} calls within both targets**{(failing.Count == 0 ? "." : $"; over: {string.Join("; ", failing)}.")}");
        text.AppendLine();
        text.AppendLine("| page or call | demo p50 | demo p99 | demo req/s | national p50 | national p99 | national req/s | p50 national ÷ demo | p99 national ÷ demo | failed |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(invariant, $"| {r.Call.Name} | {r.Demo.P50Ms:0.0} ms | {r.Demo.P99Ms:0.0} ms | {r.Demo.PerSecond:N0} | {r.National.P50Ms:0.0} ms | {r.National.P99Ms:0.0} ms | {r.National.PerSecond:N0} | {Ratio(r.National.P50Ms, r.Demo.P50Ms):0.00} | {Ratio(r.National.P99Ms, r.Demo.P99Ms):0.00} | {r.Demo.Failed + r.National.Failed} |");
        }

        text.AppendLine();
        text.AppendLine("My day and site calendars against the client overview (p50, same run; target ≤ 3×):");
        text.AppendLine();
        text.AppendLine("| page or call | demo ÷ overview | national ÷ overview |");
        text.AppendLine("|---|---:|---:|");
        foreach (var r in results.Where(r => r.Call.Area is "my day" or "site calendars"))
        {
            var overview = results.FirstOrDefault(o => o.Call.Area == "overview" && o.Call.IsPage == r.Call.IsPage);
            if (overview is not null)
            {
                text.AppendLine(invariant, $"| {r.Call.Name} (against {overview.Call.Name}) | {Ratio(r.Demo.P50Ms, overview.Demo.P50Ms):0.00} | {Ratio(r.National.P50Ms, overview.National.P50Ms):0.00} |");
            }
        }

        return text.ToString();
    }

    /// <summary>One dataset: its host, signed-in users and the values the calls pick from.</summary>
    private sealed partial class Dataset : IAsyncDisposable
    {
        private WebApplication app = null!;

        public required string Name { get; init; }

        public Uri Host { get; private set; } = null!;

        public (string Token, string Cookie) CaseManager { get; private set; }

        public (string Token, string Cookie) NationalOffice { get; private set; }

        public (string Token, string Cookie) Csr { get; private set; }

        public Guid SiteId { get; private set; }

        public DateOnly Today { get; private set; }

        public long ClientCount { get; private set; }

        public long StaffCount { get; private set; }

        public List<string> Surnames { get; private set; } = [];

        public List<(string First, string Last, DateOnly Dob)> People { get; private set; } = [];

        public List<Guid> AnyClients { get; private set; } = [];

        public List<Guid> CaseloadClients { get; private set; } = [];

        public T Pick<T>(List<T> values) => values[Random.Shared.Next(values.Count)];

        public HttpRequestMessage Api((string Token, string Cookie) user, string path)
        {
            var message = new HttpRequestMessage(HttpMethod.Get, new Uri(Host, path));
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
            return message;
        }

        public HttpRequestMessage Page((string Token, string Cookie) user, string path)
        {
            var message = new HttpRequestMessage(HttpMethod.Get, new Uri(Host, path));
            message.Headers.Add("Cookie", user.Cookie);
            return message;
        }

        public static async Task<Dataset> StartAsync(string name, string connectionString, int demoClients)
        {
            var dataset = new Dataset { Name = name };
            var app = TautokoApp.Build(
            [
                "--db", connectionString,
                "--urls", "http://127.0.0.1:0",
                "--demo",
                "--demo-clients", demoClients.ToString(CultureInfo.InvariantCulture),
                "--signin-limit", "100000",
                "--outbox", "false",
                "--contentRoot", Path.Combine(PerformanceFile.RepositoryRoot(), "src", "Tautoko.Web"),
                "--applicationName", "Tautoko.Web",
                "--Serilog:MinimumLevel:Override:Serilog.AspNetCore=Warning",
                "--Serilog:MinimumLevel:Override:Tautoko=Warning",
                "--Serilog:MinimumLevel:Override:Microsoft=Warning",
                "--Serilog:MinimumLevel:Override:System=Warning",
            ]);
            await TautokoApp.PrepareAsync(app);
            await SeedDailyWorkAsync(app);
            await app.StartAsync();
            dataset.app = app;

            // The horizon pass re-plans every calendar once at start-up (2,578 at national scale); let it finish first.
            if (app.Services.GetServices<IHostedService>().OfType<CalendarHorizonService>().FirstOrDefault() is { } horizon)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{name}: waiting for the calendar horizon pass …");
                await horizon.FirstPass;
            }

            dataset.Host = new Uri(app.Urls.First());
            await dataset.ReadSamplesAsync(connectionString);
            dataset.CaseManager = await SignInAsync(dataset.Host, "casemanager@demo.tautoko.nz");
            dataset.NationalOffice = await SignInAsync(dataset.Host, "nationaloffice@demo.tautoko.nz");
            dataset.Csr = await SignInAsync(dataset.Host, "csr@demo.tautoko.nz");
            return dataset;
        }

        /// <summary>
        /// The national load carries clients, calendars and history but not the demo's work queues, messages and hardship
        /// history; seed them (for every site, as the demo does) once, so the queue pages have work to show.
        /// </summary>
        private static async Task SeedDailyWorkAsync(WebApplication app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            if (await db.WorkQueueTasks.AnyAsync())
            {
                return;
            }

            AnsiConsole.MarkupLine("Seeding work queues, messages and hardship history (once) …");
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedDailyWorkAsync(CancellationToken.None);
        }

        private async Task ReadSamplesAsync(string connectionString)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();

            async Task<List<T>> Rows<T>(string sql, Func<NpgsqlDataReader, T> read)
            {
                await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<T>();
                while (await reader.ReadAsync())
                {
                    rows.Add(read(reader));
                }

                return rows;
            }

            ClientCount = (await Rows("SELECT count(*) FROM clients", r => r.GetInt64(0)))[0];
            StaffCount = (await Rows("SELECT count(*) FROM staff", r => r.GetInt64(0)))[0];
            Surnames = await Rows("SELECT \"LastName\" FROM clients GROUP BY \"LastName\" ORDER BY count(*) DESC, \"LastName\" LIMIT 10", r => r.GetString(0));
            var sample = ClientCount > 50_000 ? "TABLESAMPLE SYSTEM (1)" : string.Empty;
            People = await Rows($"SELECT \"FirstName\", \"LastName\", \"DateOfBirth\" FROM clients {sample} WHERE NOT \"IsRestricted\" LIMIT 500",
                r => (r.GetString(0), r.GetString(1), DateOnly.FromDateTime(r.GetDateTime(2))));
            AnyClients = await Rows($"SELECT \"Id\" FROM clients {sample} WHERE NOT \"IsRestricted\" LIMIT 2000", r => r.GetGuid(0));
            var staff = await Rows("SELECT u.\"StaffId\", s.\"SiteId\" FROM \"AspNetUsers\" u JOIN staff s ON s.\"Id\" = u.\"StaffId\" WHERE u.\"NormalizedEmail\" = 'CASEMANAGER@DEMO.TAUTOKO.NZ'", r => (r.GetGuid(0), r.GetGuid(1)));
            var (caseManagerId, siteId) = staff[0];
            SiteId = siteId;
            CaseloadClients = await Rows(
                $"SELECT p.\"ClientId\" FROM caseload_placements p JOIN clients c ON c.\"Id\" = p.\"ClientId\" WHERE p.\"CaseManagerId\" = '{caseManagerId}' AND p.\"EndedOn\" IS NULL AND NOT c.\"IsRestricted\"",
                r => r.GetGuid(0));
            if (CaseloadClients.Count == 0)
            {
                throw new InvalidOperationException($"{Name}: the demo case manager has no clients on their caseload.");
            }

            Today = DateDisplay.TodayInAuckland(TimeProvider.System);
        }

        /// <summary>A bearer token from the API and a cookie from the sign-in page, for one demo account.</summary>
        private static async Task<(string Token, string Cookie)> SignInAsync(Uri host, string email)
        {
            using var api = new HttpClient();
            var token = await BenchSupport.TokenAsync(api, host, email);
            var cookies = new CookieContainer();
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false });
            var form = await browser.GetStringAsync(new Uri(host, "/signin"));
            var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
            using var posted = await browser.PostAsync(new Uri(host, "/signin"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = "Tautoko-demo-2026",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
            }));
            if (posted.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Signing in as {email} through the page answered {(int)posted.StatusCode}.");
            }

            return (token, cookies.GetCookieHeader(host));
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex AntiforgeryField();

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
