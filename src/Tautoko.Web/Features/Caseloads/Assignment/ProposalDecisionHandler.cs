using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Assignment;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Data.Assignment;
using Tautoko.Web.Features.Caseloads;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads.Assignment;

public abstract record DecisionResult
{
    public sealed record Applied(ApplyResult Result) : DecisionResult;

    public sealed record Done(string Message) : DecisionResult;

    public sealed record Invalid(Dictionary<string, string[]> Problems) : DecisionResult;

    public sealed record Refused(string Reason) : DecisionResult;

    public sealed record Missing(string What) : DecisionResult;

    public sealed record Broken(DomainError Error) : DecisionResult;

    public sealed record Conflict(DomainError Error) : DecisionResult;
}

/// <summary>
/// Review decisions on a proposal: overrides (withdraw a line, move it to another case manager, add a
/// client — each with who and why), reject, or apply: every remaining line placed in one transaction, the
/// places taken by the capacity guard (R-014). Applying again does nothing again.
/// </summary>
public sealed class ProposalDecisionHandler(TautokoDbContext db, AssignmentData data, PlacementWriter writer, TimeProvider clock)
{
    public async Task<DecisionResult> ApplyAsync(Guid id, Actor actor, Viewer? viewer, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return new DecisionResult.Missing("There is no such proposal.");
        }

        if (await RefusalAsync(proposal, viewer, ct) is { } refusal)
        {
            return refusal;
        }

        if (proposal.Status == ProposalStatus.Applied)
        {
            return new DecisionResult.Applied(new ApplyResult(id, proposal.Applied, true, "Already applied; nothing was done again."));
        }

        if (proposal.Status == ProposalStatus.Rejected)
        {
            return new DecisionResult.Conflict(new DomainError("proposal-decided", "This proposal was rejected; make a new one."));
        }

        if (ProposalJson.Read<WhatIf>(proposal.WhatIf).ChangesCapacity)
        {
            return new DecisionResult.Broken(new DomainError("R-014", "This proposal assumed other caseload sizes (a what-if). Apply a proposal made with the real sizes, or ask national office to change them."));
        }

        var lines = await db.ProposalLines.Where(l => l.ProposalId == id && !l.Withdrawn).ToListAsync(ct);
        var caseManagers = lines.Select(l => l.CaseManagerId).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => caseManagers.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var now = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The status changes first, under the row's version: a second apply waits for this one and then finds it applied.
            proposal.MarkApplied(actor.StaffId, now, lines.Count);
            writer.Audit(actor, AuditAction.Update, "AssignmentProposal", id.ToString(), null, $"Applied: {lines.Count} placements");
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var now2 = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id, ct);
            return now2.Status == ProposalStatus.Applied
                ? new DecisionResult.Applied(new ApplyResult(id, now2.Applied, true, "Already applied; nothing was done again."))
                : new DecisionResult.Conflict(new DomainError("proposal-decided", $"The proposal was {now2.Status.ToString().ToLowerInvariant()} meanwhile."));
        }

        // R-014: each caseload's places are taken in one guarded update; a full caseload stops the whole apply.
        foreach (var group in lines.GroupBy(l => l.CaseManagerId))
        {
            if (!await CapacityGuard.TryTakeAsync(db, group.Key, group.Count(), now, ct))
            {
                await transaction.RollbackAsync(ct);
                return new DecisionResult.Conflict(new DomainError("R-014", $"{names.GetValueOrDefault(group.Key, "A case manager")}'s caseload no longer has {group.Count().ToString(CultureInfo.InvariantCulture)} free places (someone placed clients since the proposal). Nothing was applied; make a new proposal."));
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
            return new DecisionResult.Conflict(new DomainError("placement-open", "A client in the proposal was placed on a caseload since it was made. Nothing was applied; make a new proposal."));
        }

        await transaction.CommitAsync(ct);
        return new DecisionResult.Applied(new ApplyResult(id, lines.Count, false, $"{lines.Count.ToString("N0", CultureInfo.InvariantCulture)} clients placed."));
    }

    public async Task<DecisionResult> RejectAsync(Guid id, string? reason, Actor actor, Viewer viewer, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return new DecisionResult.Missing("There is no such proposal.");
        }

        if (await RefusalAsync(proposal, viewer, ct) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new DecisionResult.Invalid(new() { ["reason"] = ["Say why the proposal is rejected."] });
        }

        try
        {
            proposal.Reject(actor.StaffId!.Value, clock.GetUtcNow(), reason);
        }
        catch (DomainException ex)
        {
            return new DecisionResult.Conflict(ex.Error);
        }

        writer.Audit(actor, AuditAction.Update, "AssignmentProposal", id.ToString(), null, $"Rejected: {reason}");
        await db.SaveChangesAsync(ct);
        return new DecisionResult.Done("Proposal rejected.");
    }

    /// <summary>A manual override: "withdraw" a line, "move" it to another case manager, or "add" a client; always with a reason.</summary>
    public async Task<DecisionResult> OverrideAsync(Guid id, OverrideInput input, Actor actor, Viewer viewer, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return new DecisionResult.Missing("There is no such proposal.");
        }

        if (await RefusalAsync(proposal, viewer, ct) is { } refusal)
        {
            return refusal;
        }

        if (proposal.Status != ProposalStatus.Proposed)
        {
            return new DecisionResult.Conflict(new DomainError("proposal-decided", $"This proposal was already {proposal.Status.ToString().ToLowerInvariant()}."));
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length < 5)
        {
            return new DecisionResult.Invalid(new() { ["reason"] = ["Say why you override the proposal."] });
        }

        var now = clock.GetUtcNow();
        var action = input.Action?.Trim().ToLowerInvariant();
        AssignmentProposalLine? line = null;
        if (action is "withdraw" or "move")
        {
            line = await db.ProposalLines.SingleOrDefaultAsync(l => l.Id == input.LineId && l.ProposalId == id && !l.Withdrawn, ct);
            if (line is null)
            {
                return new DecisionResult.Missing("There is no such line in the proposal (or it was already withdrawn).");
            }
        }

        string message;
        switch (action)
        {
            case "withdraw":
                line!.Withdraw(actor.StaffId!.Value, now, input.Reason);
                message = "Line withdrawn.";
                break;
            case "move" or "add":
                var clientId = line?.ClientId ?? (input.ClientId is { } c ? new ClientId(c) : default);
                if (input.CaseManagerId is null || (action == "add" && input.ClientId is null))
                {
                    return new DecisionResult.Invalid(new() { ["caseManagerId"] = ["Name the case manager (and, to add, the client)."] });
                }

                var added = await AddLineAsync(proposal, clientId, new StaffId(input.CaseManagerId.Value), line, input.Reason, actor, now, ct);
                if (added is not null)
                {
                    return added;
                }

                line?.Withdraw(actor.StaffId!.Value, now, $"Moved: {input.Reason}");
                message = action == "move" ? "Line moved to another case manager." : "Client added to the proposal.";
                break;
            default:
                return new DecisionResult.Invalid(new() { ["action"] = ["action is \"withdraw\", \"move\" or \"add\"."] });
        }

        await db.SaveChangesAsync(ct);
        var count = await db.ProposalLines.CountAsync(l => l.ProposalId == id && !l.Withdrawn, ct);
        proposal.Overridden(count);
        writer.Audit(actor, AuditAction.Update, "AssignmentProposal", id.ToString(), line?.ClientId ?? (input.ClientId is { } cid ? new ClientId(cid) : null), $"Override ({action}): {input.Reason}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DecisionResult.Conflict(new DomainError("concurrency", "The proposal changed meanwhile; reload it."));
        }

        return new DecisionResult.Done(message);
    }

    private async Task<DecisionResult?> AddLineAsync(AssignmentProposal proposal, ClientId clientId, StaffId caseManagerId, AssignmentProposalLine? moving, string reason, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var caseload = await db.ProposalCaseloads.AsNoTracking().SingleOrDefaultAsync(c => c.ProposalId == proposal.Id && c.StaffId == caseManagerId, ct);
        if (caseload is null)
        {
            return new DecisionResult.Invalid(new() { ["caseManagerId"] = ["That case manager's caseload is not part of this proposal."] });
        }

        if (moving is null && await db.ProposalLines.AnyAsync(l => l.ProposalId == proposal.Id && l.ClientId == clientId && !l.Withdrawn, ct))
        {
            return new DecisionResult.Conflict(new DomainError("override", "The client is already in the proposal; move their line instead."));
        }

        // R-014: the case manager's free places at the time of the proposal bound the lines.
        var taken = await db.ProposalLines.CountAsync(l => l.ProposalId == proposal.Id && l.CaseManagerId == caseManagerId && !l.Withdrawn, ct);
        if (taken >= Math.Max(0, caseload.Capacity - caseload.FilledBefore))
        {
            return new DecisionResult.Conflict(new DomainError("R-014", "That caseload has no free place left in this proposal (R-014). Withdraw or move another line first."));
        }

        var facts = await AssignmentFacts.Query(db, db.Clients.Where(c => c.Id == clientId)).SingleOrDefaultAsync(ct);
        if (facts is null)
        {
            return new DecisionResult.Missing("There is no such client.");
        }

        if (facts.IsOnCaseload)
        {
            return new DecisionResult.Conflict(new DomainError("placement-open", "The client is already on a caseload."));
        }

        var scope = await data.ScopeAsync(proposal.Scope, proposal.ScopeId, ct);
        if (scope is null || !await data.ClientsIn(scope).AnyAsync(c => c.Id == clientId, ct))
        {
            return new DecisionResult.Invalid(new() { ["clientId"] = ["The client's home site is outside this proposal's scope."] });
        }

        if (caseload.Service == CaseManagementService.PhoneBased)
        {
            var served = await db.Sites.Where(s => s.Id == caseload.SiteId).Select(s => s.ServedRegionIds).SingleAsync(ct);
            if (facts.Benefit != BenefitType.JobseekerSupportWorkReady || !served.Contains(facts.HomeRegionId))
            {
                return new DecisionResult.Broken(new DomainError("R-017", "Phone-based case management is for Jobseeker Work Ready clients of the regions the unit serves."));
            }

            var exceptions = PhoneBasedRules.ExceptionsFor(facts.Flags, facts.HasLowTrustTag);
            if (exceptions.Count > 0)
            {
                return new DecisionResult.Broken(new DomainError("R-018", "Not for phone-based case management: " + string.Join(", ", exceptions) + "."));
            }
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var cohort = PriorityCohorts.Classify(new CohortFacts(facts.DateOfBirth, facts.Benefit, facts.BenefitStartDate, facts.Obligation, facts.HasDependentChildren), today).Cohort;
        var names = await db.Staff.AsNoTracking().Where(s => s.Id == caseManagerId || s.Id == actor.StaffId).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var by = actor.StaffId is { } me ? names.GetValueOrDefault(me, actor.UserName) : actor.UserName;

        // R-020: an LMI1 client may be added; the override reason records why case management is needed.
        var lmi1 = facts.HasLmi1 ? " The client is tagged Labour Market Indicator 1 (R-020)." : string.Empty;
        var text = $"Override by {by}: assigned to {names.GetValueOrDefault(caseManagerId, "?")} ({caseload.Service.ShortName()}). Reason: {reason.Trim()}.{lmi1}";
        db.ProposalLines.Add(new AssignmentProposalLine(
            Guid.CreateVersion7(), proposal.Id, clientId, caseManagerId, caseload.SiteId, caseload.Service, cohort, moving?.WaitedDays ?? 0, false, text, LineOrigin.Override, actor.StaffId, now, reason));
        return null;
    }

    private async Task<DecisionResult?> RefusalAsync(AssignmentProposal proposal, Viewer? viewer, CancellationToken ct)
    {
        if (viewer is null)
        {
            return null;
        }

        var scope = await data.ScopeAsync(proposal.Scope, proposal.ScopeId, ct);
        if (scope is null)
        {
            return new DecisionResult.Missing("The proposal's scope no longer exists.");
        }

        return await ProposalAccess.RefusalAsync(db, viewer, scope, ct) is { } reason ? new DecisionResult.Refused(reason) : null;
    }
}
