using System.Globalization;
using System.Reflection;
using System.Text;

namespace Tautoko.Web.Platform.Exports;

/// <summary>CSV (RFC 4180, UTF-8) or XLSX (Office Open XML).</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// A list as it is downloaded: a name (the file's and the sheet's), the column headers and the rows, each cell already a
/// plain value (text, a number, or empty). <see cref="ExportWriter"/> writes it as CSV or XLSX.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The most rows one download carries; a longer list is cut there and the audit row says so.</summary>
    public const int MaxRows = 10_000;

    /// <summary>A table of <typeparamref name="TRow"/>s: one column per simple public property (<see cref="ExportColumns"/>).</summary>
    public static ExportTable Of<TRow>(string name, IEnumerable<TRow> rows)
    {
        var columns = ExportColumns.For<TRow>();
        return new ExportTable(
            name,
            columns.Select(c => c.Header).ToList(),
            rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => ExportCell.Value(c.Read(r))).ToList()).ToList());
    }
}

/// <summary>One column: its header and how to read it from a row.</summary>
public sealed record ExportColumn(string Header, Func<object?, object?> Read);

/// <summary>
/// The columns of a row type, found once per type: every public property whose value is text, a number, a yes/no, a date,
/// an instant, an id or an enum, in declaration order, headed in words ("ClientNumber" → "Client number"). Nested lists and
/// records are left out (a list that needs them flattens them into its own row type), and so is the concurrency
/// <c>Version</c>, which means nothing to a reader.
/// </summary>
public static class ExportColumns
{
    private static readonly Dictionary<Type, IReadOnlyList<ExportColumn>> Cache = [];
    private static readonly Lock Gate = new();

    public static IReadOnlyList<ExportColumn> For<TRow>() => For(typeof(TRow));

    public static IReadOnlyList<ExportColumn> For(Type type)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(type, out var columns))
            {
                columns = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0 && IsSimple(p.PropertyType) && p.Name != "Version")
                    .OrderBy(p => p.MetadataToken)
                    .Select(p => new ExportColumn(Words(p.Name), row => row is null ? null : p.GetValue(row)))
                    .ToList();
                Cache[type] = columns;
            }

            return columns;
        }
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(TimeOnly);
    }

    /// <summary>"ClientNumber" → "Client number", "DnaRisk" → "Dna risk", "FillPercent" → "Fill percent".</summary>
    public static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                text.Append(' ');
                text.Append(i + 1 < name.Length && char.IsUpper(name[i + 1]) ? c : char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// What a cell holds: numbers stay numbers; everything else becomes text as a reader would want it (dates as yyyy-MM-dd,
/// instants in New Zealand time as yyyy-MM-dd HH:mm, yes/no) — and text a spreadsheet would take for a formula is defused.
/// </summary>
public static class ExportCell
{
    public static object? Value(object? value) => value switch
    {
        null => null,
        string s => Text(s),
        bool b => b ? "Yes" : "No",
        int or long or short or byte or double or float or decimal => value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => DateDisplay.ToAuckland(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTime at => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>
    /// Spreadsheet formula injection (OWASP "CSV injection"): text starting with = + - @ (or a tab or carriage return,
    /// which some spreadsheets skip before looking) is prefixed with an apostrophe, so it is shown and never evaluated.
    /// Characters XML cannot carry are dropped, so the same text goes into CSV and XLSX.
    /// </summary>
    public static string Text(string value)
    {
        var clean = value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? new string(value.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r').ToArray())
            : value;
        return clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + clean : clean;
    }
}
