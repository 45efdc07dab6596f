namespace Tautoko.Data.Bulk;

/// <summary>Where a synthetic load has got to: the stage, clients written so far and rows per table.</summary>
public sealed record LoadProgress(string Stage, long ClientsLoaded, long ClientsTotal, IReadOnlyDictionary<string, long> RowsByTable, TimeSpan Elapsed)
{
    public double Percent => ClientsTotal == 0 ? 100 : 100.0 * ClientsLoaded / ClientsTotal;
}

/// <summary>Rows written to one table and the time spent writing them (generation time is not included).</summary>
public sealed record TableLoad(string Table, long Rows, TimeSpan Elapsed);

/// <summary>Time spent in one stage of a load that is not a single table's writes.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>What a load wrote and how long each part took.</summary>
public sealed record LoadResult(string Provider, IReadOnlyList<TableLoad> Tables, IReadOnlyList<StageTiming> Stages, TimeSpan Total)
{
    public long TotalRows => Tables.Sum(t => t.Rows);
}
