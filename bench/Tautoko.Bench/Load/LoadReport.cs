using System.Globalization;
using System.Text;
using Npgsql;
using Spectre.Console;
using Tautoko.Data;
using Tautoko.Data.Bulk;
using Tautoko.Data.Synthetic;

namespace Tautoko.Bench.Load;

/// <summary>The figures of one load: printed as a table and written as a section of docs/PERFORMANCE.md.</summary>
internal sealed record LoadReport(SyntheticProfile Profile, LoadOptions Options, DatabaseSettings Settings, LoadResult Result, TimeSpan Schema, int Threads, string Server)
{
    public const string Section = "National dataset load";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void Print()
    {
        var table = new Table().AddColumns("table", "rows", "write time", "rows/s");
        foreach (var t in Result.Tables)
        {
            table.AddRow(t.Table, t.Rows.ToString("N0", Invariant), Seconds(t.Elapsed), RowsPerSecond(t));
        }

        table.AddRow("[bold]all tables[/]", Result.TotalRows.ToString("N0", Invariant), Seconds(TimeSpan.FromTicks(Result.Tables.Sum(t => t.Elapsed.Ticks))), string.Empty);
        AnsiConsole.Write(table);

        var stages = new Table().AddColumns("stage", "time");
        stages.AddRow("Create schema", Seconds(Schema));
        foreach (var s in Result.Stages)
        {
            stages.AddRow(s.Stage, Seconds(s.Elapsed));
        }

        stages.AddRow("[bold]Load total (generate + write + indexes + commit + analyse)[/]", $"[bold]{Seconds(Result.Total)}[/]");
        AnsiConsole.Write(stages);
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd} (UTC), one run (it takes minutes). Generator and loader: `Tautoko.Data.Synthetic` + `Tautoko.Data.Bulk.SyntheticLoader` ({Result.Provider}: binary COPY driven by the EF Core model into tables emptied in the same transaction, so rows are written frozen; rows made on a producer task while the writer copies; primary keys, secondary indexes and foreign keys dropped before the COPY and rebuilt after it, all in one transaction; tables analysed on two connections after commit).");
        text.AppendLine();
        text.AppendLine(Invariant, $"- Machine: {Machine()}");
        text.AppendLine(Invariant, $"- Database: {Server} on the same machine, {Settings.Describe()}");
        text.AppendLine(Invariant, $"- Command: `dotnet run -c Release --project bench/Tautoko.Bench -- {CommandLine()}`");
        text.AppendLine(Invariant, $"- Profile `{Profile.Name}`: {Profile.Regions} regions, {Profile.ServiceCentres} service centres + 2 phone-based units + {Profile.ContactCentres} contact centres + {Profile.CentralisedServices} centralised services + national office; {Profile.CaseManagers:N0} case managers, {Profile.ContactCentreStaff:N0} contact-centre staff; {Profile.Clients:N0} clients; {Profile.HistoryDays} days of history; seed {Options.Seed}, today {Options.Today:yyyy-MM-dd}; {Threads} generator thread(s)");
        text.AppendLine(Invariant, $"- **Generate + load: {Seconds(Result.Total)}** (target ≤ 5 min); creating the schema beforehand took {Seconds(Schema)}");
        text.AppendLine();
        text.AppendLine("| table | rows | write time | rows/s |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var t in Result.Tables)
        {
            text.AppendLine(Invariant, $"| {t.Table} | {t.Rows:N0} | {Seconds(t.Elapsed)} | {RowsPerSecond(t)} |");
        }

        text.AppendLine(Invariant, $"| **all** | **{Result.TotalRows:N0}** | {Seconds(TimeSpan.FromTicks(Result.Tables.Sum(t => t.Elapsed.Ticks)))} | |");
        text.AppendLine();
        text.AppendLine("| stage | time |");
        text.AppendLine("|---|---:|");
        foreach (var s in Result.Stages)
        {
            text.AppendLine(Invariant, $"| {s.Stage} | {Seconds(s.Elapsed)} |");
        }

        text.AppendLine(Invariant, $"| **total** | **{Seconds(Result.Total)}** |");
        text.AppendLine();
        text.AppendLine("Write time per table is the time spent in COPY for that table; \"waiting for the client generator\" is the time the writer sat idle while clients were being generated and turned into rows (caseload pass, appointment histories) on the other thread(s).");
        return text.ToString();
    }

    private string CommandLine()
    {
        var parts = new List<string>();
        for (var i = 0; i < Options.Arguments.Count; i++)
        {
            var argument = Options.Arguments[i];
            parts.Add(argument.Contains(' ', StringComparison.Ordinal) || argument.Contains(';', StringComparison.Ordinal) ? $"\"{Redact(argument)}\"" : Redact(argument));
        }

        return string.Join(' ', parts);
    }

    private static string Redact(string argument)
    {
        if (!argument.Contains("Password", StringComparison.OrdinalIgnoreCase))
        {
            return argument;
        }

        var builder = new NpgsqlConnectionStringBuilder(argument) { Password = "***" };
        return builder.ConnectionString;
    }

    private static string Seconds(TimeSpan elapsed) => string.Create(Invariant, $"{elapsed.TotalSeconds:0.0} s");

    private static string RowsPerSecond(TableLoad t) =>
        t.Elapsed.TotalSeconds > 0.01 ? (t.Rows / t.Elapsed.TotalSeconds).ToString("N0", Invariant) : "—";


    /// <summary>The machine a figure was measured on, as every section of PERFORMANCE.md states it.</summary>
    internal static string Machine() =>
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {MemoryGiB().ToString("0.0", CultureInfo.InvariantCulture)} GiB RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    internal static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    internal static double MemoryGiB()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return kb / 1024.0 / 1024.0;
        }
        catch (IOException)
        {
            return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
        }
    }
}
