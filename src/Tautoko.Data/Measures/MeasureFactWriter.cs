using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Measures;

namespace Tautoko.Data.Measures;

/// <summary>
/// Adds deltas to the daily facts with one upsert per fact (INSERT … ON CONFLICT DO UPDATE, the same statement on
/// PostgreSQL and SQLite), so concurrent events add up; a fact that falls back to nothing is deleted, so the facts kept
/// after events equal those a rebuild makes.
/// </summary>
public static class MeasureFactWriter
{
    public static async Task ApplyAsync(TautokoDbContext db, IReadOnlyList<KeyValuePair<MeasureFactKey, (int Numerator, int Denominator)>> deltas, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var (key, (numerator, denominator)) in deltas)
        {
            // SQLite keeps ids as upper-case text and days as ISO text (EF Core's mapping); PostgreSQL takes uuid and date.
            object site = db.IsPostgres ? key.SiteId.Value : key.SiteId.Value.ToString().ToUpperInvariant();
            object staff = db.IsPostgres ? key.StaffId.Value : key.StaffId.Value.ToString().ToUpperInvariant();
            object day = db.IsPostgres ? key.Day : key.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO measure_daily_facts ("Measure", "Day", "SiteId", "StaffId", "Numerator", "Denominator")
                VALUES ({key.Measure}, {day}, {site}, {staff}, {numerator}, {denominator})
                ON CONFLICT ("Measure", "Day", "SiteId", "StaffId") DO UPDATE
                SET "Numerator" = measure_daily_facts."Numerator" + excluded."Numerator", "Denominator" = measure_daily_facts."Denominator" + excluded."Denominator"
                """, ct);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""DELETE FROM measure_daily_facts WHERE "Measure" = {key.Measure} AND "Day" = {day} AND "SiteId" = {site} AND "StaffId" = {staff} AND "Numerator" = 0 AND "Denominator" = 0""", ct);
        }
    }
}
