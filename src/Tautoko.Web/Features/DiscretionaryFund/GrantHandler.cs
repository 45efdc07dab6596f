using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.DiscretionaryFund;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.DiscretionaryFund;

/// <summary>
/// R-094 (004 §2.6): an ICSM grants up to $500 from the discretionary fund on the spot; a request over $500 names the
/// Service Centre Manager of their site who approves it (a second person, recorded). Non-recoverable: no debt.
/// </summary>
public sealed class GrantHandler(TautokoDbContext db, CurrentStaff me, ClientAccess clients, AuditLog audit, TimeProvider clock)
{
    public static IReadOnlyList<PurposeOption> Purposes { get; } =
        [.. DiscretionaryFundPurposes.All.Select(p => new PurposeOption(p, p.DisplayName(), p.SeedText(), DiscretionaryFundPurposes.FromSeed.Contains(p)))];

    public static Dictionary<string, string[]> Validate(GrantInput input)
    {
        var problems = new Dictionary<string, string[]>();
        if (DiscretionaryFundRules.WhyNotAmount(input.Amount) is { } amount)
        {
            problems["amount"] = [amount];
        }

        if (input.Purpose is not { } purpose || !Enum.IsDefined(purpose))
        {
            problems["purpose"] = ["Choose the purpose: " + string.Join(", ", DiscretionaryFundPurposes.All) + "."];
        }

        if (string.IsNullOrWhiteSpace(input.Detail) || input.Detail.Trim().Length > DiscretionaryFundRules.MaxDetailLength)
        {
            problems["detail"] = [$"Say what the grant pays for in at most {DiscretionaryFundRules.MaxDetailLength} characters."];
        }

        return problems;
    }

    public async Task<Outcome<GrantView>> RequestAsync(ClientId clientId, GrantInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var check = await clients.CheckAsync(clientId, ClientOperation.Edit, ct);
        if (check.Refusal(clientId) is { } refused)
        {
            return refused;
        }

        if (me.Role != StaffRole.IntensiveClientSupportManager)
        {
            var decision = AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "The discretionary fund is used by Intensive Client Support Managers (R-094).");
            await audit.RecordAsync(AuditAction.AccessRefused, nameof(DiscretionaryFundGrant), null, clientId, "Discretionary fund: role", false, ct);
            return Failure.Refused(decision);
        }

        StaffId? manager = input.ApprovingManagerId is { } m && m != Guid.Empty ? new StaffId(m) : null;
        if (manager is { } named)
        {
            var approver = await db.Staff.AsNoTracking().Where(s => s.Id == named).Select(s => new { s.Role, s.SiteId, s.IsActive }).SingleOrDefaultAsync(ct);
            if (approver is null)
            {
                return Failure.Invalid("approvingManagerId", "There is no such staff member.");
            }

            if (input.Amount > DiscretionaryFundRules.OnTheSpotLimit && (approver.Role != StaffRole.ServiceCentreManager || approver.SiteId != me.SiteId || !approver.IsActive))
            {
                return Failure.Broken(new DomainError(DiscretionaryFundRules.Rule, "A request over $500 is approved by a Service Centre Manager of your site; the person named is not one."));
            }
        }

        if (DiscretionaryFundRules.WhyNotRequest(input.Amount!.Value, me.Id, manager) is { } error)
        {
            return Failure.Broken(error);
        }

        var grant = DiscretionaryFundGrant.Request(Guid.CreateVersion7(), clientId, me.Id, me.SiteId, input.Amount.Value, input.Purpose!.Value, input.Detail!, manager, clock.GetUtcNow(), DateDisplay.TodayInAuckland(clock));
        db.DiscretionaryFundGrants.Add(grant);
        audit.Add(AuditAction.Create, nameof(DiscretionaryFundGrant), grant.Id.ToString(), clientId, $"Discretionary fund {grant.Status}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync([grant], ct))[0];
    }

    public async Task<Outcome<GrantView>> DecideAsync(ClientId clientId, Guid grantId, GrantDecisionInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Approve is null)
        {
            problems["approve"] = ["Say whether you approve the request."];
        }

        if (input.Version is null)
        {
            problems["version"] = ["Send the version of the request you read."];
        }

        if (input.Note is { Length: > DiscretionaryFundRules.MaxDetailLength })
        {
            problems["note"] = [$"Keep the note to {DiscretionaryFundRules.MaxDetailLength} characters."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var grant = await db.DiscretionaryFundGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.ClientId == clientId, ct);
        if (grant is null)
        {
            return Failure.NotFound($"There is no discretionary fund request {grantId} for this client.", "Request not found");
        }

        if (grant.Status == DiscretionaryFundStatus.AwaitingManager && grant.ApprovingManagerId != me.Id)
        {
            await audit.RecordAsync(AuditAction.AccessRefused, nameof(DiscretionaryFundGrant), grant.Id.ToString(), clientId, "Decide: not the named manager", false, ct);
            return Failure.Refused(AccessDecision.Refuse(DiscretionaryFundRules.Rule, "Only the Service Centre Manager named in the request approves it (R-094)."));
        }

        if (grant.WhyNotDecide(me.Id) is { } decided)
        {
            return Failure.Conflict(decided, "The request is already decided");
        }

        if (grant.Version != input.Version)
        {
            return Failure.Conflict(new DomainError("fund-changed", "The request changed since you read it; reload it."));
        }

        grant.Decide(input.Approve!.Value, me.Id, clock.GetUtcNow(), DateDisplay.TodayInAuckland(clock), input.Note);
        audit.Add(AuditAction.Update, nameof(DiscretionaryFundGrant), grant.Id.ToString(), clientId, $"Discretionary fund {grant.Status} by the manager");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(new DomainError("fund-changed", "The request was decided at the same moment; reload it."));
        }

        return (await ViewsAsync([grant], ct))[0];
    }

    /// <summary>The client's requests to the fund, newest first; the read is audited .</summary>
    public async Task<Outcome<ClientFundView>> ClientAsync(ClientId clientId, CancellationToken ct)
    {
        var check = await clients.CheckAsync(clientId, ClientOperation.Read, ct);
        if (check.Refusal(clientId) is { } refused)
        {
            return refused;
        }

        var grants = await db.DiscretionaryFundGrants.AsNoTracking().Where(g => g.ClientId == clientId).OrderByDescending(g => g.RequestedAt).Take(200).ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "DiscretionaryFund", clientId.ToString(), clientId, "Discretionary fund history", check.ViaBreakGlass, ct);
        var views = await ViewsAsync(grants, ct);
        var granted = views.Where(g => g.Status == DiscretionaryFundStatus.Granted).Sum(g => g.Amount);
        return new ClientFundView(clientId.Value, views, granted, DebtAdded: 0m, DiscretionaryFundRules.OnTheSpotLimit);
    }

    /// <summary>Requests over $500 waiting for the signed-in manager's approval.</summary>
    public async Task<IReadOnlyList<GrantView>> AwaitingMeAsync(CancellationToken ct)
    {
        var mine = me.Id;
        var grants = await db.DiscretionaryFundGrants.AsNoTracking()
            .Where(g => g.ApprovingManagerId == mine && g.Status == DiscretionaryFundStatus.AwaitingManager)
            .OrderBy(g => g.RequestedAt).Take(200).ToListAsync(ct);
        return await ViewsAsync(grants, ct);
    }

    private async Task<IReadOnlyList<GrantView>> ViewsAsync(IReadOnlyList<DiscretionaryFundGrant> grants, CancellationToken ct)
    {
        var staffIds = grants.SelectMany(g => new[] { g.CaseManagerId, g.ApprovingManagerId ?? g.CaseManagerId, g.DecidedById ?? g.CaseManagerId }).Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var siteIds = grants.Select(g => g.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        string? Name(StaffId? id) => id is { } s ? staff.GetValueOrDefault(s, "?") : null;
        return [.. grants.Select(g => new GrantView(
            g.Id, g.ClientId.Value, g.Amount, g.Purpose, g.Purpose.DisplayName(), g.Detail, g.Status, g.IsRecoverable,
            g.CaseManagerId.Value, Name(g.CaseManagerId)!, sites.GetValueOrDefault(g.SiteId, "?"), g.RequestedAt, g.GrantedOn,
            g.ApprovingManagerId?.Value, Name(g.ApprovingManagerId), Name(g.DecidedById), g.DecidedAt, g.DecisionNote, g.Version))];
    }
}
