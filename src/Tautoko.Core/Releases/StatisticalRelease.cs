using Tautoko.Core.Common;

namespace Tautoko.Core.Releases;

/// <summary>
/// A statistical release as built: who, when, which tables (and whether each is rounded) for which periods, and the
/// release key its cell-key rounding used. Its figures are computed again whenever it is read, from the records
/// as they stood when it was built (decided, completed or received no later than <see cref="BuiltAt"/>), so a re-run
/// reproduces it exactly.
/// </summary>
public sealed class StatisticalRelease
{
    public const int MaxTitleLength = 200;

    private StatisticalRelease()
    {
        Title = string.Empty;
        Tables = string.Empty;
        Periods = string.Empty;
        ReleaseKey = string.Empty;
    }

    public StatisticalRelease(Guid id, string title, IReadOnlyList<ReleaseTableChoice> tables, IReadOnlyList<ReleasePeriod> periods, HashKey releaseKey, StaffId builtById, DateTimeOffset builtAt)
        : this()
    {
        if (tables.Count == 0 || periods.Count == 0)
        {
            throw new DomainException(new DomainError("release-empty", "A release has at least one table and one period."));
        }

        Id = id;
        Title = title.Trim();
        Tables = ReleaseTableChoice.Format(tables);
        Periods = ReleasePeriod.Format(periods);
        ReleaseKey = releaseKey.ToHex();
        BuiltById = builtById;
        BuiltAt = builtAt;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>"food-declines:rounded;staff:unrounded;…" in the order chosen.</summary>
    public string Tables { get; private set; }

    /// <summary>"2020-01-01..2020-12-31;…" in the order chosen.</summary>
    public string Periods { get; private set; }

    /// <summary>The release key, 32 hexadecimal digits.</summary>
    public string ReleaseKey { get; private set; }

    public StaffId BuiltById { get; private set; }

    public DateTimeOffset BuiltAt { get; private set; }

    public IReadOnlyList<ReleaseTableChoice> TableChoices => ReleaseTableChoice.Parse(Tables);

    public IReadOnlyList<ReleasePeriod> PeriodList => ReleasePeriod.Parse(Periods);

    public HashKey Key => HashKey.TryParse(ReleaseKey, out var key) ? key : throw new InvalidOperationException("The stored release key is not 32 hexadecimal digits.");
}

/// <summary>
/// A two-way table being counted: a <see cref="CellTally"/> per (row, column), and its totals — a total row
/// (<c>row == Rows</c>), a total column (<c>column == Columns</c>) and the grand total — counted as cells of their own from
/// the records in them (R-105: totals are rounded independently, by their own cell key). Totals are added by the caller,
/// once per record, so a record in two overlapping periods is counted once in a total over both.
/// </summary>
public sealed class CrossTab(int rows, int columns)
{
    private readonly CellTally[,] _cells = new CellTally[rows + 1, columns + 1];

    public int Rows => rows;

    public int Columns => columns;

    /// <summary>Counts the record in the cell (row, column); either may be the total's index.</summary>
    public void Add(int row, int column, ulong recordKey) => _cells[row, column] = _cells[row, column].Add(recordKey);

    /// <summary>Counts the record in (row, column), in its row's and column's totals and in the grand total.</summary>
    public void AddWithTotals(int row, int column, ulong recordKey)
    {
        Add(row, column, recordKey);
        Add(row, columns, recordKey);
        Add(rows, column, recordKey);
        Add(rows, columns, recordKey);
    }

    public CellTally this[int row, int column] => _cells[row, column];
}
