using System.Text.RegularExpressions;
using Spectre.Console;
using Tautoko.Web.Cli;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Assignment;

/// <summary>
/// The <c>assign</c> command line: the same proposal as <c>POST /api/assignment/proposals</c>, with a progress
/// display and the mix and waiting report, against the test server's database (R-014, R-015).
/// </summary>
public abstract partial class AssignCommandTests(TautokoServer server)
{
    [Fact]
    public async Task Assign_SiteByName_SavesAProposalForReview_AndPrintsTheMixReport_R015()
    {
        var (exit, output) = await RunAsync("assign", "--db", server.ConnectionString, "--scope", "site", "--name", "Masterton");

        Assert.True(exit == 0, output);
        Assert.Contains("18–24 with work obligations", output, StringComparison.Ordinal);
        Assert.Contains("Mix distance from the target", output, StringComparison.Ordinal);
        Assert.Contains("OR-Tools", output, StringComparison.Ordinal);
        var id = Guid.Parse(ProposalId().Match(output).Groups[1].Value);

        var proposal = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync($"/api/assignment/proposals/{id}");
        Assert.Equal("proposed", proposal.Text("status"));
        Assert.Equal("site", proposal.Text("scope"));
        Assert.Contains("Masterton", proposal.Text("scopeName"), StringComparison.Ordinal);
        Assert.Equal("command line", proposal.Text("createdBy"));
        Assert.All(proposal["caseloads"]!.AsArray(), c => Assert.True(c!["filledAfter"]!.GetValue<int>() <= c["capacity"]!.GetValue<int>(), "R-014: never over capacity"));
    }

    [Fact]
    public async Task Assign_ApplyWithoutBy_IsNotApplied_SoEveryPlacementShowsWhoMadeIt()
    {
        var (exit, output) = await RunAsync("assign", "--db", server.ConnectionString, "--scope", "site", "--name", "Masterton", "--apply", "true");

        Assert.Equal(3, exit);
        Assert.Contains("--apply needs --by EMAIL", output, StringComparison.Ordinal);
        var id = Guid.Parse(ProposalId().Match(output).Groups[1].Value);
        var proposal = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync($"/api/assignment/proposals/{id}");
        Assert.Equal("proposed", proposal.Text("status"));
        Assert.Equal(0, proposal["applied"]!.GetValue<int>());
    }

    [Fact]
    public async Task Assign_UnknownSite_Returns2()
    {
        var (exit, output) = await RunAsync("assign", "--db", server.ConnectionString, "--scope", "site", "--name", "Atlantis");

        Assert.Equal(2, exit);
        Assert.Contains("--name of a site that exists", output, StringComparison.Ordinal);
    }

    // The console is one static for the process; the SQLite and PostgreSQL classes run in parallel.
    private static readonly SemaphoreSlim OneConsole = new(1, 1);

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        await OneConsole.WaitAsync();
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var previous = AnsiConsole.Console;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Wide enough that no line is wrapped in the middle of what the test looks for.
        console.Profile.Width = 400;
        AnsiConsole.Console = console;
        try
        {
            var exit = await CliCommands.RunAsync([.. args, "--Serilog:MinimumLevel:Default=Warning"]);
            return (exit, writer.ToString());
        }
        finally
        {
            AnsiConsole.Console = previous;
            OneConsole.Release();
        }
    }

    [GeneratedRegex(@"Proposal ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex ProposalId();
}

[Collection(SqliteServer.Collection)]
public sealed class AssignCommandTestsSqlite(SqliteServer server) : AssignCommandTests(server);

[Collection(PostgresServer.Collection)]
public sealed class AssignCommandTestsPostgres(PostgresServer server) : AssignCommandTests(server);
