using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Quality;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Quality;

/// <summary>
/// The National Quality Team (001) draws a random sample of a site's processed actions for a period with a recorded seed,
/// then records each check's result and error type; the accuracy measure comes from these checks.
/// Quality checkers and national office draw, read and record; nobody checks an action they processed.
/// </summary>
public sealed class QualitySampleHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public bool MayCheck => me.IsSignedIn && me.Role is StaffRole.QualityChecker or StaffRole.NationalOffice;

    private static Failure NotTheTeam => Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "Only the National Quality Team (quality checkers) and national office draw and check quality samples (R-100)."));

    public async Task<Outcome<QualitySampleView>> DrawAsync(QualitySampleInput input, CancellationToken ct)
    {
        if (!MayCheck)
        {
            return NotTheTeam;
        }

        var problems = new Dictionary<string, string[]>();
        var today = DateDisplay.TodayInAuckland(clock);
        if (input.SiteId is not { } siteGuid || !await db.Sites.AnyAsync(s => s.Id == new SiteId(siteGuid), ct))
        {
            problems["siteId"] = ["Choose a site."];
        }

        if (input.From is not { } from || PlausibleDates.WhyNotQueryDate(from, today) is not null)
        {
            problems["from"] = [input.From is { } f ? PlausibleDates.WhyNotQueryDate(f, today)! : "Give the first day (yyyy-MM-dd)."];
        }

        if (input.To is not { } to || PlausibleDates.WhyNotQueryDate(to, today) is not null)
        {
            problems["to"] = [input.To is { } t ? PlausibleDates.WhyNotQueryDate(t, today)! : "Give the last day (yyyy-MM-dd)."];
        }

        var kinds = new List<ProcessedActionKind>();
        foreach (var word in input.Kinds is { Count: > 0 } asked ? asked : [.. Enum.GetValues<ProcessedActionKind>().Select(QualityPopulation.Word)])
        {
            if (!QualityPopulation.TryParse<ProcessedActionKind>(word, out var kind))
            {
                problems["kinds"] = ["Each kind is hardshipDecision, appointmentResulted or taskCompleted."];
                break;
            }

            kinds.Add(kind);
        }

        if (input.Seed is < 0)
        {
            problems["seed"] = ["The seed is a whole number of zero or more, or left out for a fresh one."];
        }

        var size = input.Size ?? QualitySampling.DefaultSampleSize;
        if (problems.Count == 0 && QualitySample.WhyNot(input.From!.Value, input.To!.Value, kinds, size) is { } error)
        {
            problems[error.Rule switch { "quality-size" => "size", "quality-kinds" => "kinds", _ => "to" }] = [error.Message];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var site = new SiteId(input.SiteId!.Value);
        var seed = input.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var population = await QualityPopulation.ReadAsync(db, site, input.From!.Value, input.To!.Value, kinds, ct);
        var drawn = QualitySampling.Draw(population, seed, size);
        var sample = new QualitySample(Guid.CreateVersion7(), site, input.From.Value, input.To.Value, kinds, seed, size, population.Count, me.Id, clock.GetUtcNow());
        db.QualitySamples.Add(sample);
        db.QualityChecks.AddRange(drawn.Select((action, i) => new QualityCheck(Guid.CreateVersion7(), sample, i + 1, action)));
        audit.Add(AuditAction.Create, "QualitySample", sample.Id.ToString(), null,
            $"drew {drawn.Count} of {population.Count} processed actions at site {site} for {sample.From:yyyy-MM-dd}..{sample.To:yyyy-MM-dd} with seed {seed}");
        await db.SaveChangesAsync(ct);
        return await ViewAsync(sample, ct);
    }

    public async Task<Outcome<QualitySampleView>> GetAsync(Guid id, CancellationToken ct)
    {
        if (!MayCheck)
        {
            return NotTheTeam;
        }

        var sample = await db.QualitySamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return sample is null ? Failure.NotFound("There is no such quality sample.", "Quality sample not found") : await ViewAsync(sample, ct);
    }

    public async Task<Outcome<IReadOnlyList<QualitySampleSummary>>> ListAsync(Guid? siteId, CancellationToken ct)
    {
        if (!MayCheck)
        {
            return NotTheTeam;
        }

        var query = db.QualitySamples.AsNoTracking();
        if (siteId is { } s)
        {
            query = query.Where(q => q.SiteId == new SiteId(s));
        }

        var samples = await query.OrderByDescending(q => q.DrawnAt).Take(200).ToListAsync(ct);
        var ids = samples.Select(q => q.Id).ToList();
        var counts = (await db.QualityChecks.AsNoTracking().Where(c => ids.Contains(c.SampleId)).Select(c => new { c.SampleId, c.Result }).ToListAsync(ct))
            .GroupBy(c => c.SampleId).ToDictionary(g => g.Key, g => (Drawn: g.Count(), Checked: g.Count(c => c.Result != null), Correct: g.Count(c => c.Result == QualityCheckResult.Correct)));
        var sites = await SiteNamesAsync(samples.Select(q => q.SiteId), ct);
        var staff = await StaffNamesAsync(samples.Select(q => q.DrawnById), ct);
        return samples.Select(q =>
        {
            var c = counts.GetValueOrDefault(q.Id);
            return new QualitySampleSummary(q.Id, q.SiteId.Value, sites.GetValueOrDefault(q.SiteId, "?"), q.From, q.To, q.Seed, c.Drawn, c.Checked, c.Correct,
                staff.GetValueOrDefault(q.DrawnById, "?"), q.DrawnAt);
        }).ToList();
    }

    public async Task<Outcome<QualityCheckView>> RecordAsync(Guid checkId, QualityResultInput input, CancellationToken ct)
    {
        if (!MayCheck)
        {
            return NotTheTeam;
        }

        var problems = new Dictionary<string, string[]>();
        if (!QualityPopulation.TryParse<QualityCheckResult>(input.Result, out var result))
        {
            problems["result"] = ["The result is correct or error."];
        }

        QualityErrorType? errorType = null;
        if (!string.IsNullOrWhiteSpace(input.ErrorType))
        {
            if (QualityPopulation.TryParse<QualityErrorType>(input.ErrorType, out var type))
            {
                errorType = type;
            }
            else
            {
                problems["errorType"] = ["The error type is one of " + string.Join(", ", Enum.GetValues<QualityErrorType>().Select(QualityPopulation.Word)) + "."];
            }
        }

        if (input.Note is { Length: > QualityCheck.MaxNoteLength })
        {
            problems["note"] = [$"The note is at most {QualityCheck.MaxNoteLength} characters."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var check = await db.QualityChecks.SingleOrDefaultAsync(c => c.Id == checkId, ct);
        if (check is null)
        {
            return Failure.NotFound("There is no such quality check.", "Quality check not found");
        }

        if (check.WhyNotRecord(result, errorType, input.Note, me.Id) is { } broken)
        {
            return broken.Rule == "quality-checked" ? Failure.Conflict(broken, "Already checked") : Failure.Broken(broken);
        }

        check.Record(result, errorType, input.Note, me.Id, clock.GetUtcNow());
        audit.Add(AuditAction.Update, "QualityCheck", check.Id.ToString(), check.ClientId,
            $"quality check of {check.Kind} {check.ActionId}: {result}{(errorType is { } e ? $" ({e})" : "")}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(new DomainError("quality-checked", "Someone else recorded this check first."), "Already checked");
        }

        var view = await ChecksAsync([check], ct);
        return view[0];
    }

    private async Task<QualitySampleView> ViewAsync(QualitySample sample, CancellationToken ct)
    {
        var checks = await db.QualityChecks.AsNoTracking().Where(c => c.SampleId == sample.Id).OrderBy(c => c.Position).ToListAsync(ct);
        var views = await ChecksAsync(checks, ct);
        foreach (var client in checks.Where(c => c.ClientId is not null).Select(c => c.ClientId!.Value).Distinct())
        {
            // the sample names the clients whose actions are checked.
            audit.Add(AuditAction.Read, "QualitySample", sample.Id.ToString(), client, "read in a quality sample");
        }

        await db.SaveChangesAsync(ct);
        var sites = await SiteNamesAsync([sample.SiteId], ct);
        var staff = await StaffNamesAsync([sample.DrawnById], ct);
        var estimate = AccuracyEstimate.From(checks.Count(c => c.Result == QualityCheckResult.Correct), checks.Count(c => c.Result != null));
        return new QualitySampleView(sample.Id, sample.SiteId.Value, sites.GetValueOrDefault(sample.SiteId, "?"), sample.From, sample.To,
            [.. sample.KindList.Select(QualityPopulation.Word)], sample.Seed, sample.RequestedSize, sample.PopulationSize,
            staff.GetValueOrDefault(sample.DrawnById, "?"), sample.DrawnAt, AccuracyView.Of(estimate), views);
    }

    private async Task<List<QualityCheckView>> ChecksAsync(IReadOnlyList<QualityCheck> checks, CancellationToken ct)
    {
        var staff = await StaffNamesAsync(checks.SelectMany(c => new[] { c.ProcessedById, c.CheckedById }).OfType<StaffId>(), ct);
        var clientIds = checks.Where(c => c.ClientId is not null).Select(c => c.ClientId!.Value).Distinct().ToList();
        // a restricted client's id is shown only to national office.
        var restricted = me.Role == StaffRole.NationalOffice ? [] : (await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id) && c.IsRestricted).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        return [.. checks.Select(c => new QualityCheckView(c.Id, c.Position, QualityPopulation.Word(c.Kind), c.Kind.DisplayName(), c.ActionId,
            c.ClientId is { } client && !restricted.Contains(client) ? client.Value : null,
            c.ProcessedById is { } p ? staff.GetValueOrDefault(p, "?") : null, c.ProcessedAt,
            c.Result is { } r ? QualityPopulation.Word(r) : null, c.Result?.DisplayName(), c.ErrorType is { } e ? QualityPopulation.Word(e) : null, c.ErrorType?.DisplayName(), c.Note,
            c.CheckedById is { } b ? staff.GetValueOrDefault(b, "?") : null, c.CheckedAt))];
    }

    private async Task<Dictionary<SiteId, string>> SiteNamesAsync(IEnumerable<SiteId> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Sites.AsNoTracking().Where(s => list.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
    }

    private async Task<Dictionary<StaffId, string>> StaffNamesAsync(IEnumerable<StaffId> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Staff.AsNoTracking().Where(s => list.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
    }
}
