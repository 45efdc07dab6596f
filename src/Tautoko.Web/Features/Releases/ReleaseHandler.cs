using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Releases;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Releases;

/// <summary>
/// Statistical releases: the analyst (national office) builds one for chosen periods and tables; anyone signed in reads the
/// published figures; only the analyst sees the true counts behind rounded cells. A release is recorded
/// (who, when, tables, periods, key) and its figures are computed again on every read from the records as they stood
/// when it was built, so they reproduce exactly.
/// </summary>
public sealed class ReleaseHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, ReleaseKeys keys, TimeProvider clock)
{
    public const int MaxPeriodYears = 5;

    /// <summary>The analyst role: national office builds releases and sees unrounded counts.</summary>
    public bool IsAnalyst => me.IsSignedIn && me.Role == StaffRole.NationalOffice;

    public static IReadOnlyList<ReleaseTableOption> Options { get; } =
        [.. ReleaseCatalogue.All.Select(t => new ReleaseTableOption(t.Code, t.Number, t.Title, t.RoundedBySeed, t.NoDataBecause))];

    public async Task<Outcome<ReleaseView>> BuildAsync(ReleaseInput input, IProgress<string>? progress, CancellationToken ct)
    {
        if (!IsAnalyst)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "Only the analyst role (national office) builds statistical releases (R-105)."));
        }

        var problems = new Dictionary<string, string[]>();
        var today = DateDisplay.TodayInAuckland(clock);
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > StatisticalRelease.MaxTitleLength)
        {
            problems["title"] = [$"Give the release a title of at most {StatisticalRelease.MaxTitleLength} characters."];
        }

        var periods = new List<ReleasePeriod>();
        if (input.Periods is not { Count: > 0 and <= ReleasePeriod.MaxPeriods })
        {
            problems["periods"] = [$"Choose from 1 to {ReleasePeriod.MaxPeriods} periods, each with its first and last day."];
        }
        else
        {
            for (var i = 0; i < input.Periods.Count; i++)
            {
                var p = input.Periods[i];
                var why = p is null || p.From is null || p.To is null ? "Give the first and last day (yyyy-MM-dd)."
                    : p.To < p.From ? "The last day is on or after the first day."
                    : PlausibleDates.WhyNotQueryDate(p.From.Value, today) ?? PlausibleDates.WhyNotQueryDate(p.To.Value, today)
                    ?? (p.To.Value > p.From.Value.AddYears(MaxPeriodYears) ? $"A period is at most {MaxPeriodYears} years." : null);
                if (why is not null)
                {
                    problems[$"periods[{i}]"] = [why];
                }
                else if (periods.All(q => q.From != p!.From || q.To != p.To))
                {
                    periods.Add(new ReleasePeriod(p!.From!.Value, p.To!.Value));
                }
            }
        }

        var tables = new List<ReleaseTableChoice>();
        var asked = input.Tables is { Count: > 0 } ? input.Tables : [.. ReleaseCatalogue.All.Select(t => new ReleaseTableInput(t.Code, null))];
        for (var i = 0; i < asked.Count; i++)
        {
            if (!ReleaseCatalogue.TryParse(asked[i]?.Table, out var table))
            {
                problems[$"tables[{i}]"] = ["The table is one of " + string.Join(", ", ReleaseCatalogue.All.Select(t => t.Code)) + "."];
            }
            else if (tables.All(t => t.Table != table))
            {
                tables.Add(new ReleaseTableChoice(table, asked[i]!.Rounded ?? ReleaseCatalogue.Info(table).RoundedBySeed));
            }
        }

        var key = keys.StandingKey;
        if (!string.IsNullOrWhiteSpace(input.ReleaseKey) && !HashKey.TryParse(input.ReleaseKey, out key))
        {
            problems["releaseKey"] = ["The release key is 32 hexadecimal digits, or leave it out for the standing key."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var release = new StatisticalRelease(Guid.CreateVersion7(), title!, tables, periods, key, me.Id, clock.GetUtcNow());
        db.StatisticalReleases.Add(release);
        audit.Add(AuditAction.Create, "StatisticalRelease", release.Id.ToString(), null,
            $"built release \"{release.Title}\": {release.Tables} for {release.Periods}");
        await db.SaveChangesAsync(ct);
        return await ViewAsync(release, progress, ct);
    }

    public async Task<Outcome<ReleaseView>> GetAsync(Guid id, CancellationToken ct)
    {
        if (!me.IsSignedIn)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "Sign in to read releases."));
        }

        var release = await db.StatisticalReleases.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (release is null)
        {
            return Failure.NotFound("There is no such release.", "Release not found");
        }

        if (IsAnalyst)
        {
            // The analyst reads true counts: recorded like any other read of unpublished figures.
            await audit.RecordAsync(AuditAction.Read, "StatisticalRelease", release.Id.ToString(), null, "read release with unrounded counts", false, ct);
        }

        return await ViewAsync(release, null, ct);
    }

    public async Task<Outcome<IReadOnlyList<ReleaseSummary>>> ListAsync(CancellationToken ct)
    {
        if (!me.IsSignedIn)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "Sign in to read releases."));
        }

        var releases = await db.StatisticalReleases.AsNoTracking().OrderByDescending(r => r.BuiltAt).Take(200).ToListAsync(ct);
        var builders = await Names(releases.Select(r => r.BuiltById), ct);
        return releases.Select(r => new ReleaseSummary(r.Id, r.Title, builders.GetValueOrDefault(r.BuiltById, "?"), r.BuiltAt,
            [.. r.PeriodList.Select(p => p.Label)], [.. r.TableChoices.Select(c => ReleaseCatalogue.Info(c.Table).Number)])).ToList();
    }

    /// <summary>Every table of the release, computed from its records with its key; the true counts only for the analyst.</summary>
    public async Task<ReleaseView> ViewAsync(StatisticalRelease release, IProgress<string>? progress, CancellationToken ct)
    {
        var analyst = IsAnalyst;
        var tables = await ComputeAsync(db, keys, release, analyst, progress, ct);
        var builders = await Names([release.BuiltById], ct);
        return new ReleaseView(release.Id, release.Title, builders.GetValueOrDefault(release.BuiltById, "?"), release.BuiltAt, analyst ? release.ReleaseKey : null,
            [.. release.PeriodList.Select(p => p.Label)], analyst, tables);
    }

    /// <summary>The tables of a release (also the benchmark's entry point): one query per table.</summary>
    public static async Task<IReadOnlyList<ReleaseTableView>> ComputeAsync(TautokoDbContext db, ReleaseKeys keys, StatisticalRelease release, bool showsUnrounded, IProgress<string>? progress, CancellationToken ct)
    {
        var context = new ReleaseTableContext(release, keys, showsUnrounded);
        var tables = new List<ReleaseTableView>();
        foreach (var choice in release.TableChoices)
        {
            var info = ReleaseCatalogue.Info(choice.Table);
            progress?.Report($"{info.Number}: {info.Title}");
            switch (choice.Table)
            {
                case ReleaseTable.FoodDeclines:
                    tables.Add(await DeclineTables.FoodAsync(db, context, choice.Rounded, ct));
                    break;
                case ReleaseTable.HouseholdItemDeclines:
                    tables.AddRange(await DeclineTables.HouseholdAsync(db, context, choice.Rounded, ct));
                    break;
                case ReleaseTable.StaffByRoleAndGender:
                    tables.Add(await OutcomeTables.StaffAsync(db, context, choice.Rounded, ct));
                    break;
                case ReleaseTable.ReviewsOfDecision:
                    tables.Add(await OutcomeTables.ReviewsAsync(db, context, choice.Rounded, ct));
                    break;
                case ReleaseTable.Complaints:
                    tables.Add(await OutcomeTables.ComplaintsAsync(db, context, choice.Rounded, ct));
                    break;
                case ReleaseTable.AppointmentWaits:
                    tables.Add(await ServiceTables.AppointmentWaitsAsync(db, context, choice.Rounded, ct));
                    break;
                case ReleaseTable.Calls:
                    tables.Add(await CallTables.CallsAsync(db, context, choice.Rounded, ct));
                    break;
                case ReleaseTable.Fte:
                    tables.Add(await ServiceTables.FteAsync(db, context, ct));
                    break;
                default:
                    tables.Add(ReleaseTableContext.NoData(info));
                    break;
            }
        }

        return tables;
    }

    /// <summary>A fresh random release key, for an analyst who wants one release apart from the standing key.</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private async Task<Dictionary<StaffId, string>> Names(IEnumerable<StaffId> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Staff.AsNoTracking().Where(s => list.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
    }
}
