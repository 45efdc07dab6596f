namespace Tautoko.Core.Releases;

/// <summary>
/// The installation's record keys and standing key, as statistical releases derive them (<see cref="RecordKeys"/>): a
/// port so that other reports (fairness) protect small cells with the same cell keys as releases, the same set of records
/// rounding the same way wherever it is counted.
/// </summary>
public interface IRecordKeys
{
    /// <summary>The key used when a table is counted outside a recorded release.</summary>
    HashKey StandingKey { get; }

    /// <summary>The fixed random key of a record, derived from its id.</summary>
    ulong KeyOf(Guid recordId);
}
