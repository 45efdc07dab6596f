using System.Globalization;

namespace Tautoko.Bench.Common;

/// <summary>
/// The command line of one bench command: <c>--name value</c> options and bare <c>--flag</c>s after the command
/// name, with typed reads and defaults. Every command's options are read through this one parser.
/// </summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private BenchArguments()
    {
    }

    /// <summary>Null, with the reason on standard error, when an option is not one of the command's or lacks its value.</summary>
    public static BenchArguments? Parse(string[] args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flagNames)
    {
        var parsed = new BenchArguments();
        for (var i = 1; i < args.Length; i++)
        {
            if (flagNames.Contains(args[i]))
            {
                parsed.flags.Add(args[i]);
            }
            else if (options.Contains(args[i]))
            {
                if (i + 1 >= args.Length)
                {
                    Console.Error.WriteLine($"{args[i]} needs a value.");
                    return null;
                }

                parsed.values[args[i]] = args[++i];
            }
            else
            {
                Console.Error.WriteLine($"Unknown option {args[i]}.");
                return null;
            }
        }

        return parsed;
    }

    public string? Text(string name) => values.GetValueOrDefault(name);

    /// <summary>A count or a number of seconds: digits only, as every command took them before this parser.</summary>
    public int Int(string name, int fallback) => OptionalInt(name) ?? fallback;

    public int? OptionalInt(string name) => Parse(name, NumberStyles.None);

    /// <summary>A number that may be negative (a random seed).</summary>
    public int SignedInt(string name, int fallback) => Parse(name, NumberStyles.AllowLeadingSign) ?? fallback;

    public double Double(string name, double fallback) =>
        values.TryGetValue(name, out var text) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => flags.Contains(name);

    private int? Parse(string name, NumberStyles styles) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, styles, CultureInfo.InvariantCulture) : null;

    /// <summary>The <c>--db</c> of the load benchmarks: a PostgreSQL server (Npgsql connection string) the bench may create databases on.</summary>
    public string? PostgresServer()
    {
        var database = Text("--db");
        if (string.IsNullOrWhiteSpace(database) || !database.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("--db is required: an Npgsql connection string (Host=…) to a PostgreSQL server where the bench may create its database.");
            return null;
        }

        return database;
    }
}
