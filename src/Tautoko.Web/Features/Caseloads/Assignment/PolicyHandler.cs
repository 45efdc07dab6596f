using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Caseloads;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assignment;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Assignment;

public sealed record PolicyView(AssignmentPolicy Policy, IReadOnlyList<string> Implications, DateTimeOffset UpdatedAt, string? UpdatedBy, int Version, AssignmentPolicy Defaults);

public sealed record PolicyInput([Required] AssignmentWeights? Weights, [Required] Core.Caseloads.CohortMix? Mix, [Required] int? Version);

/// <summary>National office's assignment weights and target mix; every proposal records the ones it ran with.</summary>
public sealed class PolicyHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public async Task<PolicyView> GetAsync(CancellationToken ct)
    {
        var settings = await db.AssignmentPolicy.AsNoTracking().SingleAsync(ct);
        var by = settings.UpdatedById is { } id ? await db.Staff.Where(s => s.Id == id).Select(s => s.FirstName + " " + s.LastName).SingleOrDefaultAsync(ct) : null;
        return new PolicyView(settings.Policy, settings.Policy.Weights.Implications(), settings.UpdatedAt, by, settings.Version, AssignmentPolicy.Default);
    }

    public async Task<Outcome<Changed>> ChangeAsync(PolicyInput input, CancellationToken ct)
    {
        if (!CaseloadScope.MaySetNationalPolicy(me.Viewer))
        {
            return Failure.Refused(Core.Access.AccessDecision.Refuse(Core.Access.ClientAccessPolicy.RoleRule, "National office sets the assignment weights and mix."));
        }

        // A PUT replaces the whole policy, made from the version read: every part is required, never merged or skipped.
        if (input.Weights is not { } weights || input.Mix is not { } mix || input.Version is not { } version)
        {
            var missing = new Dictionary<string, string[]>();
            if (input.Weights is null)
            {
                missing["weights"] = ["Give every weight (the whole policy is replaced)."];
            }

            if (input.Mix is null)
            {
                missing["mix"] = ["Give the target mix (R-015; the whole policy is replaced)."];
            }

            if (input.Version is null)
            {
                missing["version"] = ["Give the version of the policy you read (GET /api/assignment/policy), so a change made meanwhile is not overwritten."];
            }

            return Failure.Invalid(missing);
        }

        var settings = await db.AssignmentPolicy.SingleAsync(ct);
        if (version != settings.Version)
        {
            return CaseloadFailures.Conflict(new DomainError("concurrency", "Someone else changed the policy meanwhile; reload and try again."));
        }

        var policy = new AssignmentPolicy(weights, mix);
        try
        {
            settings.Change(policy, me.Id, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return Failure.Invalid(new Dictionary<string, string[]> { [ex.Error.Rule == "R-015" ? "mix" : "weights"] = [ex.Error.Message] });
        }

        audit.Add(AuditAction.Update, "AssignmentPolicy", "1", null, $"Weights {ProposalReviewHandler.Weights(policy.Weights)}; mix {policy.Mix}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseloadFailures.Conflict(new DomainError("concurrency", "Someone else changed the policy meanwhile; reload and try again."));
        }

        return new Changed(Guid.Empty, "Assignment policy saved; new proposals use it.");
    }
}
