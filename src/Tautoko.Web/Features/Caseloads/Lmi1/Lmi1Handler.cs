using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Lmi1;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Lmi1;

public sealed record WeightView(string Feature, double Weight, double Mean);

public sealed record Lmi1ModelView(
    Guid Id,
    DateTimeOffset TrainedAt,
    DateOnly AsOf,
    string Algorithm,
    int TrainingRows,
    int HeldOutRows,
    double PositiveRate,
    double Auc,
    double Brier,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<WeightView> Weights,
    int ClientsScored,
    int TagsAdded);

public sealed record Lmi1View(double Threshold, DateTimeOffset ThresholdUpdatedAt, string? ThresholdUpdatedBy, int Version, Lmi1ModelView? Latest, IReadOnlyList<Lmi1ModelView> Earlier, int ActiveTags, string? LastDailyRun);

public sealed record ThresholdInput([Required] double? Threshold, [Required] int? Version);

/// <summary>For analysts and national office: the model's held-out AUC and calibration, the threshold, and running it now.</summary>
public sealed class Lmi1Handler(TautokoDbContext db, CurrentStaff me, AuditLog audit, Lmi1Run run, TimeProvider clock)
{
    public bool MayView => me.Role is Core.Staff.StaffRole.NationalOffice or Core.Staff.StaffRole.ServiceCentreManager or Core.Staff.StaffRole.Connector;

    public async Task<Lmi1View> GetAsync(CancellationToken ct)
    {
        var settings = await db.Lmi1Settings.AsNoTracking().SingleAsync(ct);
        var by = settings.UpdatedById is { } id ? await db.Staff.Where(s => s.Id == id).Select(s => s.FirstName + " " + s.LastName).SingleOrDefaultAsync(ct) : null;
        var models = await db.Lmi1Models.AsNoTracking().OrderByDescending(m => m.TrainedAt).Take(8).ToListAsync(ct);
        var active = await db.ProgrammeTags.CountAsync(t => t.Code == Core.Clients.ProgrammeTagCode.LabourMarketIndicator1 && t.RemovedAt == null, ct);
        var last = await db.JobRuns.AsNoTracking().Where(r => r.Job == Lmi1DailyJob.Job).OrderByDescending(r => r.Day).FirstOrDefaultAsync(ct);
        var views = models.Select(View).ToList();
        return new Lmi1View(settings.Threshold, settings.UpdatedAt, by, settings.Version, views.FirstOrDefault(), [.. views.Skip(1)], active, last is null ? null : $"{last.Day:yyyy-MM-dd}: {last.Status} {last.Outcome}");
    }

    public async Task<Outcome<Changed>> SetThresholdAsync(ThresholdInput input, CancellationToken ct)
    {
        if (me.Role != Core.Staff.StaffRole.NationalOffice)
        {
            return Failure.Refused(Core.Access.AccessDecision.Refuse(Core.Access.ClientAccessPolicy.RoleRule, "National office sets the LMI1 threshold (R-019)."));
        }

        var problems = new Dictionary<string, string[]>();
        if (input.Threshold is not { } threshold || threshold is <= 0 or >= 1 || double.IsNaN(threshold))
        {
            problems["threshold"] = ["The threshold is a probability between 0 and 1 (e.g. 0.6)."];
            threshold = 0;
        }

        if (input.Version is not { } version)
        {
            problems["version"] = ["Give the version of the threshold you read (GET /api/lmi1), so a change made meanwhile is not overwritten."];
            version = 0;
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var settings = await db.Lmi1Settings.SingleAsync(ct);
        if (version != settings.Version)
        {
            return CaseloadFailures.Conflict(new DomainError("concurrency", "Someone else changed the threshold meanwhile; reload and try again."));
        }

        var before = settings.Threshold;
        settings.Change(threshold, me.Id, clock.GetUtcNow());
        audit.Add(AuditAction.Update, "Lmi1Settings", "1", null, $"LMI1 threshold {before:0.00} → {threshold:0.00}");
        await db.SaveChangesAsync(ct);
        return new Changed(Guid.Empty, $"Threshold set to {threshold:0.00}; the next run uses it.");
    }

    public async Task<Outcome<Lmi1RunResult>> RunNowAsync(CancellationToken ct)
    {
        if (me.Role != Core.Staff.StaffRole.NationalOffice)
        {
            return Failure.Refused(Core.Access.AccessDecision.Refuse(Core.Access.ClientAccessPolicy.RoleRule, "National office runs the LMI1 model on demand."));
        }

        try
        {
            return await run.RunAsync(ct);
        }
        catch (InvalidOperationException ex)
        {
            return Failure.Broken(new DomainError("R-019", ex.Message));
        }
    }

    private static Lmi1ModelView View(Lmi1Model m) => new(
        m.Id, m.TrainedAt, m.AsOf, m.Algorithm, m.TrainingRows, m.HeldOutRows, m.PositiveRate, m.Auc, m.Brier,
        ProposalJson.Read<List<CalibrationBin>>(m.Calibration), ProposalJson.Read<List<WeightView>>(m.Weights), m.ClientsScored, m.TagsAdded);
}
