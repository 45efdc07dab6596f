using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tautoko.Data;
using Tautoko.Data.Bulk;
using Tautoko.Data.Synthetic;
using Tautoko.Web.Platform;
using Tautoko.Web.Hosting;

namespace Tautoko.Web.Cli;

/// <summary>
/// Operator commands: `migrate` applies migrations; `seed --size demo|national [--clients N] [--seed N]`
/// loads synthetic data into an empty database with a progress display.
/// </summary>
public static class CliCommands
{
    private static readonly string[] Commands = ["migrate", "seed", "assign", "lmi1", "release", "measures-rebuild", "import-calls", "assessment-reminders", "move-to-postgres", "openapi", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args[0].ToLowerInvariant();
        if (command == "help")
        {
            PrintHelp();
            return 0;
        }

        if (command == "openapi")
        {
            return await OpenApiCommand.RunAsync([.. args.Skip(1)]);
        }

        var app = TautokoApp.Build([.. args.Skip(1), "--migrate=false"]);
        var options = app.Services.GetRequiredService<TautokoOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        AnsiConsole.MarkupLine($"[grey]Database:[/] {Markup.Escape(options.Database.Describe())}");
        await db.Database.MigrateAsync();
        AnsiConsole.MarkupLine("[green]Migrations applied.[/]");
        if (command == "move-to-postgres")
        {
            return await MoveToPostgresCommand.RunAsync(db, app.Configuration, CancellationToken.None);
        }

        await Features.Caseloads.CaseloadSetup.EnsureAsync(db, app.Services.GetRequiredService<TimeProvider>(), CancellationToken.None);
        if (command == "migrate")
        {
            return 0;
        }

        if (command == "assign")
        {
            return await AssignCommand.RunAsync(scope.ServiceProvider, app.Configuration, CancellationToken.None);
        }

        if (command == "lmi1")
        {
            return await Lmi1Command.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        if (command == "measures-rebuild")
        {
            return await MeasuresRebuildCommand.RunAsync(db, app.Services.GetRequiredService<TimeProvider>(), CancellationToken.None);
        }

        if (command == "import-calls")
        {
            return await ImportCallsCommand.RunAsync(scope.ServiceProvider, app.Configuration, CancellationToken.None);
        }

        if (command == "assessment-reminders")
        {
            return await AssessmentRemindersCommand.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        if (command == "release")
        {
            return await ReleaseCommand.RunAsync(scope.ServiceProvider, app.Configuration, CancellationToken.None);
        }

        var config = app.Configuration;
        var size = config["size"] ?? "demo";
        var seed = int.TryParse(config["seed"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : DemoData.Seed;
        var profile = size.ToLowerInvariant() switch
        {
            "demo" => SyntheticProfile.Demo,
            "national" => SyntheticProfile.National,
            _ => null,
        };
        if (profile is null)
        {
            AnsiConsole.MarkupLine("[red]--size must be demo or national.[/]");
            return 2;
        }

        if (int.TryParse(config["clients"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var clients) && clients > 0)
        {
            profile = profile with { Clients = clients };
        }

        if (await db.Sites.AnyAsync())
        {
            AnsiConsole.MarkupLine("[yellow]The database already holds data; seed loads only into an empty database.[/]");
            return 3;
        }

        var clock = app.Services.GetRequiredService<TimeProvider>();
        var today = Platform.DateDisplay.TodayInAuckland(clock);
        var watch = Stopwatch.StartNew();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Loading {profile.Name} ({profile.Clients.ToString("N0", CultureInfo.InvariantCulture)} clients)", maxValue: 100);
                var reporter = new Progress<LoadProgress>(p => task.Value = p.Percent);
                await SyntheticLoader.LoadAsync(db, profile, seed, today, reporter, CancellationToken.None);
                task.Value = 100;
            });
        AnsiConsole.MarkupLine($"[green]Loaded in {watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s.[/]");
        await MeasuresRebuildCommand.RunAsync(db, clock, CancellationToken.None);
        if (options.Demo)
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAccountsAsync(CancellationToken.None);
            AnsiConsole.MarkupLine($"[green]{accounts.Count} demo accounts ready (password {DemoData.Password}).[/]");
        }

        return 0;
    }

    private static void PrintHelp()
    {
        Console.WriteLine("""
            Tautoko
              (no command)                       run the web host: --db <sqlite path | postgres://user:pass@host:port/db> [--demo] [--urls http://127.0.0.1:5080]
              migrate  --db <...>                apply database migrations
              seed     --db <...> --size demo|national [--clients N] [--seed N] [--demo]
                                                 load synthetic data into an empty database (binary COPY on PostgreSQL)
              assign   --db <...> --scope national|region|site [--id GUID | --name NAME] [--apply --by EMAIL]
                                                 propose assignments (OR-Tools), print the mix and waiting report; apply if asked
              openapi  --out <file.json>         start the host on a throw-away SQLite file and write the OpenAPI document it serves
              lmi1     --db <...>                train the Labour Market Indicator 1 model on the database's history and tag clients now
              release  --db <...> --by EMAIL --period yyyy-MM-dd..yyyy-MM-dd[,…] [--tables code,…] [--title T] [--key HEX32] [--out file.csv|.xlsx|.pdf]
                                                 build a statistical release as a national office analyst (recorded, cell-key RR3), with a progress bar
              measures-rebuild --db <...>        recompute every measure's contributions and daily facts from the source records (after a bulk load)
              import-calls --db <...> --by EMAIL --file calls.csv
                                                 import telephony call records (CSV) as national office or a contact-centre manager: all or nothing, idempotent on call id
              assessment-reminders --db <...>    the daily job: each Client Assessment or BEUT due or overdue becomes one task for the client's ICS case manager (R-114, R-115)
              move-to-postgres --from <sqlite path> --db <postgres> [--replace] [--sample N]
                                                 copy every table of a SQLite database into PostgreSQL; print and compare row counts and a sample
            """);
    }
}
