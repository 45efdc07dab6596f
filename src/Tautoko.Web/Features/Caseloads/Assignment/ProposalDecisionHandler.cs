using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Assignment;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Data.Assignment;
using Tautoko.Data.Configurations;
using Tautoko.Data.Filters;
using Tautoko.Core.Trials;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>
/// Review decisions on a proposal: overrides (withdraw a line, move it to another case manager, add a
/// client — each with who and why), reject, or apply: every remaining line placed in one transaction, the
/// places taken by the capacity guard (R-014). Applying again does nothing again. The proposal decides
/// (<see cref="AssignmentProposal"/>); this loads its facts and saves.
/// </summary>
public sealed class ProposalDecisionHandler(TautokoDbContext db, AssignmentData data, PlacementWriter writer, AuditLog audit, TimeProvider clock)
{
    private const string AlreadyApplied = "Already applied; nothing was done again.";

    public async Task<Outcome<ApplyResult>> ApplyAsync(Guid id, Actor actor, Viewer? viewer, CancellationToken ct)
    {
        if (!(await LoadAsync(id, viewer, ct)).TryGet(out var proposal, out var refusal))
        {
            return refusal;
        }

        if (proposal.IsApplied)
        {
            return new ApplyResult(id, proposal.Applied, true, AlreadyApplied);
        }

        if (proposal.RefusalToApply(ProposalJson.Read<WhatIf>(proposal.WhatIf).ChangesCapacity) is { } refused)
        {
            return CaseloadFailures.Titled(refused);
        }

        var lines = await db.ProposalLines.Where(l => l.ProposalId == id && !l.Withdrawn).ToListAsync(ct);
        // R-113 on the accept too: lines are checked when made, and this holds if a trial was randomised since.
        if (await TrialControls.ProtectingAnyAsync(db, [.. lines.Select(l => (l.ClientId, l.Service))], DateDisplay.TodayInAuckland(clock), ct) is { } trial)
        {
            return Failure.Broken(TrialProtection.Refusal(trial));
        }
        var caseManagers = lines.Select(l => l.CaseManagerId).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => caseManagers.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var now = clock.GetUtcNow();

        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        try
        {
            // The status changes first, under the row's version: a second apply waits for this one and then finds it applied.
            proposal.MarkApplied(actor.StaffId, now, lines.Count);
            audit.Add(actor, AuditAction.Update, "AssignmentProposal", id.ToString(), null, $"Applied: {lines.Count} placements");
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var meanwhile = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id, ct);
            return meanwhile.IsApplied
                ? new ApplyResult(id, meanwhile.Applied, true, AlreadyApplied)
                : CaseloadFailures.Titled(AssignmentProposal.DecidedMeanwhile(meanwhile.Status));
        }

        // R-014: each caseload's places are taken in one guarded update; a full caseload stops the whole apply.
        foreach (var group in lines.GroupBy(l => l.CaseManagerId))
        {
            if (!await CapacityGuard.TryTakeAsync(db, group.Key, group.Count(), now, ct))
            {
                await transaction.RollbackAsync(ct);
                return CaseloadFailures.Titled(AssignmentProposal.CaseloadFilledMeanwhile(names.GetValueOrDefault(group.Key, "A case manager"), group.Count()));
            }
        }

        foreach (var line in lines)
        {
            writer.Add(line.ClientId, line.CaseManagerId, line.SiteId, line.Service, names.GetValueOrDefault(line.CaseManagerId, "?"), actor, PlacementSource.Proposal, line.Origin == LineOrigin.Override ? $"{line.Explanation} Override: {line.OverrideReason}" : line.Explanation, id, false);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(CaseloadPlacementConfiguration.OneOpenPlacementPerClient))
        {
            await transaction.RollbackAsync(ct);
            return CaseloadFailures.Titled(AssignmentProposal.ClientPlacedMeanwhile);
        }

        await transaction.CommitAsync(ct);
        return new ApplyResult(id, lines.Count, false, $"{lines.Count.ToString("N0", CultureInfo.InvariantCulture)} clients placed.");
    }

    public async Task<Outcome<Changed>> RejectAsync(Guid id, string? reason, Actor actor, Viewer viewer, CancellationToken ct)
    {
        if (!(await LoadAsync(id, viewer, ct)).TryGet(out var proposal, out var refusal))
        {
            return refusal;
        }

        if (proposal.RefusalToReject(reason) is { } refused)
        {
            return CaseloadFailures.Titled(refused);
        }

        proposal.Reject(actor.StaffId!.Value, clock.GetUtcNow(), reason!);
        audit.Add(actor, AuditAction.Update, "AssignmentProposal", id.ToString(), null, $"Rejected: {reason}");
        await db.SaveChangesAsync(ct);
        return new Changed(id, "Proposal rejected.");
    }

    /// <summary>A manual override: "withdraw" a line, "move" it to another case manager, or "add" a client; always with a reason.</summary>
    public async Task<Outcome<Changed>> OverrideAsync(Guid id, OverrideInput input, Actor actor, Viewer viewer, CancellationToken ct)
    {
        if (!(await LoadAsync(id, viewer, ct)).TryGet(out var proposal, out var refusal))
        {
            return refusal;
        }

        if (proposal.RefusalToOverride(input.Reason) is { } refused)
        {
            return CaseloadFailures.Titled(refused);
        }

        var reason = input.Reason!;
        var now = clock.GetUtcNow();
        var action = input.Action?.Trim().ToLowerInvariant();
        AssignmentProposalLine? line = null;
        if (action is "withdraw" or "move")
        {
            line = await db.ProposalLines.SingleOrDefaultAsync(l => l.Id == input.LineId && l.ProposalId == id && !l.Withdrawn, ct);
            if (line is null)
            {
                return Failure.NotFound("There is no such line in the proposal (or it was already withdrawn).");
            }
        }

        string message;
        switch (action)
        {
            case "withdraw":
                line!.Withdraw(actor.StaffId!.Value, now, reason);
                message = "Line withdrawn.";
                break;
            case "move" or "add":
                var clientId = line?.ClientId ?? (input.ClientId is { } c ? new ClientId(c) : default);
                if (input.CaseManagerId is null || (action == "add" && input.ClientId is null))
                {
                    return Failure.Invalid("caseManagerId", "Name the case manager (and, to add, the client).");
                }

                if (await AddLineAsync(proposal, clientId, new StaffId(input.CaseManagerId.Value), line, reason, actor, now, ct) is { } notAdded)
                {
                    return CaseloadFailures.Titled(notAdded);
                }

                line?.Withdraw(actor.StaffId!.Value, now, $"Moved: {reason}");
                message = action == "move" ? "Line moved to another case manager." : "Client added to the proposal.";
                break;
            default:
                return Failure.Invalid("action", "action is \"withdraw\", \"move\" or \"add\".");
        }

        await db.SaveChangesAsync(ct);
        var count = await db.ProposalLines.CountAsync(l => l.ProposalId == id && !l.Withdrawn, ct);
        proposal.Overridden(count);
        audit.Add(actor, AuditAction.Update, "AssignmentProposal", id.ToString(), line?.ClientId ?? (input.ClientId is { } cid ? new ClientId(cid) : null), $"Override ({action}): {reason}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseloadFailures.Conflict("concurrency", "The proposal changed meanwhile; reload it.");
        }

        return new Changed(id, message);
    }

    /// <summary>Loads what <see cref="AssignmentProposal.RefusalToAddLine"/> decides on, and adds the override line when it allows it.</summary>
    private async Task<Failure?> AddLineAsync(AssignmentProposal proposal, ClientId clientId, StaffId caseManagerId, AssignmentProposalLine? moving, string reason, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var caseload = await db.ProposalCaseloads.AsNoTracking().SingleOrDefaultAsync(c => c.ProposalId == proposal.Id && c.StaffId == caseManagerId, ct);
        var alreadyIn = moving is null && await db.ProposalLines.AnyAsync(l => l.ProposalId == proposal.Id && l.ClientId == clientId && !l.Withdrawn, ct);
        var taken = await db.ProposalLines.CountAsync(l => l.ProposalId == proposal.Id && l.CaseManagerId == caseManagerId && !l.Withdrawn, ct);
        var facts = (await AssignmentFacts.Query(db, db.Clients.Where(c => c.Id == clientId)).SingleOrDefaultAsync(ct))?.ToFacts();
        var today = DateDisplay.TodayInAuckland(clock);

        // R-113: a control client of a running trial of the case manager's service is refused, whatever the proposal.
        var service = caseload?.Service ?? await db.Caseloads.Where(c => c.StaffId == caseManagerId).Select(c => (CaseManagementService?)c.Service).FirstOrDefaultAsync(ct);
        if (service is { } into && await TrialControls.ProtectingTrialAsync(db, clientId, into, today, ct) is { } trial)
        {
            return Failure.Broken(TrialProtection.Refusal(trial));
        }

        var scope = await data.ScopeOfAsync(proposal, ct);
        var inScope = scope is not null && await data.ClientsIn(scope).AnyAsync(c => c.Id == clientId, ct);
        IReadOnlyCollection<RegionId> served = caseload?.Service == CaseManagementService.PhoneBased
            ? await db.Sites.Where(s => s.Id == caseload.SiteId).Select(s => s.ServedRegionIds).SingleAsync(ct)
            : [];
        if (AssignmentProposal.RefusalToAddLine(caseload, taken, alreadyIn, facts, inScope, served) is { } refusal)
        {
            return refusal;
        }

        var cohort = proposal.Scope == ProposalScope.Trial ? null : PriorityCohorts.Classify(new CohortFacts(facts!.DateOfBirth, facts.Benefit, facts.BenefitStartDate, facts.Obligation, facts.HasDependentChildren), today).Cohort;
        var names = await db.Staff.AsNoTracking().Where(s => s.Id == caseManagerId || s.Id == actor.StaffId).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var by = actor.StaffId is { } me ? names.GetValueOrDefault(me, actor.UserName) : actor.UserName;
        var text = AssignmentProposal.OverrideExplanation(by, names.GetValueOrDefault(caseManagerId, "?"), caseload!.Service, reason, facts!.HasLmi1);
        db.ProposalLines.Add(new AssignmentProposalLine(
            Guid.CreateVersion7(), proposal.Id, clientId, caseManagerId, caseload.SiteId, caseload.Service, cohort, moving?.WaitedDays ?? 0, false, text, LineOrigin.Override, actor.StaffId, now, reason));
        return null;
    }

    /// <summary>The proposal, or why it cannot be decided on: missing, or outside the viewer's scope (R-081). No viewer: the command line.</summary>
    private async Task<Outcome<AssignmentProposal>> LoadAsync(Guid id, Viewer? viewer, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return Failure.NotFound("There is no such proposal.");
        }

        if (viewer is null)
        {
            return proposal;
        }

        var scope = await data.ScopeOfAsync(proposal, ct);
        if (scope is null)
        {
            return Failure.NotFound("The proposal's scope no longer exists.");
        }

        return await ProposalAccess.RefusalAsync(db, viewer, scope, ct) is { } refused ? refused : proposal;
    }
}
