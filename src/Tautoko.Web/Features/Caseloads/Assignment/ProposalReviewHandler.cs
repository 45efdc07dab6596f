using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assignment;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Assignment;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads.Assignment;

public sealed record ProposalListItem(Guid Id, ProposalScope Scope, string ScopeName, ProposalStatus Status, string CreatedBy, DateTimeOffset CreatedAt, int Proposed, int Applied, string WhatIf);

/// <summary>Reading proposals: the proposal with its policy and mix report, its lines, any client's explanation, and comparisons.</summary>
public sealed class ProposalReviewHandler(TautokoDbContext db, AssignmentData data, TrialProposals trials, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public bool MayView => CaseloadScope.MayAssign(me.Viewer);

    public async Task<Paged<ProposalListItem>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var query = from p in db.Proposals.AsNoTracking()
                    join s in db.Staff on p.CreatedById equals (StaffId?)s.Id into creators
                    from s in creators.DefaultIfEmpty()
                    orderby p.CreatedAt descending
                    select new { p.Id, p.Scope, p.ScopeName, p.Status, Creator = s == null ? "command line" : s.FirstName + " " + s.LastName, p.CreatedAt, p.Proposed, p.Applied, p.WhatIf };
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new Paged<ProposalListItem>([.. rows.Select(r => new ProposalListItem(r.Id, r.Scope, r.ScopeName, r.Status, r.Creator, r.CreatedAt, r.Proposed, r.Applied, ProposalJson.Read<WhatIf>(r.WhatIf).Describe()))], page.Page, page.PageSize, total);
    }

    public async Task<ProposalView?> GetAsync(Guid id, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return null;
        }

        var names = await StaffNamesAsync([proposal.CreatedById, proposal.DecidedById], ct);
        var caseloads = await (
                from c in db.ProposalCaseloads.AsNoTracking()
                where c.ProposalId == id
                join s in db.Staff on c.StaffId equals s.Id
                join site in db.Sites on c.SiteId equals site.Id
                orderby site.Name, s.LastName
                select new { c, Name = s.FirstName + " " + s.LastName, Site = site.Name })
            .ToListAsync(ct);
        var policy = ProposalJson.Read<AssignmentPolicy>(proposal.Policy);
        var whatIf = ProposalJson.Read<WhatIf>(proposal.WhatIf);
        var pooled = proposal.Scope == ProposalScope.Trial;
        var mix = caseloads.Select(x =>
        {
            var o = x.c.ToOutcome();

            // A trial's proposal fills one pool (AssignmentProblem.Pool): it has no cohorts to report.
            return pooled
                ? new CaseloadMixView(o.StaffId.Value, x.Name, x.Site, o.Service.ShortName(), o.Capacity, o.FilledBefore, o.AddedTotal, o.FilledAfter, [], [], [], 0, 0)
                : new CaseloadMixView(
                o.StaffId.Value, x.Name, x.Site, o.Service.ShortName(), o.Capacity, o.FilledBefore, o.AddedTotal, o.FilledAfter, o.Targets,
                [.. PriorityCohorts.All.Select(o.After)], [.. PriorityCohorts.All.Select(k => Math.Round(o.SharePercent(k), 1))], Math.Round(o.MixDistance(policy.Mix), 1), o.Overshoot);
        }).ToList();
        return new ProposalView(
            proposal.Id, proposal.Scope, proposal.ScopeId, proposal.ScopeName, proposal.Status, Name(names, proposal.CreatedById) ?? "command line", proposal.CreatedAt,
            policy, whatIf.Describe(), whatIf, !whatIf.ChangesCapacity, proposal.Objective, proposal.ClientsInScope, proposal.Candidates, proposal.FreePlacesBefore,
            proposal.Proposed, proposal.Applied, Name(names, proposal.DecidedById), proposal.DecidedAt, proposal.RejectedReason,
            ProposalJson.Read<ProposalFigures>(proposal.Summary), mix);
    }

    public async Task<Paged<ProposalLineView>> LinesAsync(Guid id, Guid? caseManagerId, PageRequest page, CancellationToken ct)
    {
        var lines = db.ProposalLines.AsNoTracking().Where(l => l.ProposalId == id);
        if (caseManagerId is { } cm)
        {
            var staff = new StaffId(cm);
            lines = lines.Where(l => l.CaseManagerId == staff);
        }

        var query = from l in lines
                    join c in db.Clients on l.ClientId equals c.Id
                    join s in db.Staff on l.CaseManagerId equals s.Id
                    join site in db.Sites on l.SiteId equals site.Id
                    join o in db.Staff on l.OverriddenById equals (StaffId?)o.Id into overriders
                    from o in overriders.DefaultIfEmpty()
                    orderby site.Name, s.LastName, l.Cohort, c.LastName
                    select new { l, c.ClientNumber, Client = c.FirstName + " " + c.LastName, CaseManager = s.FirstName + " " + s.LastName, Site = site.Name, By = o == null ? null : o.FirstName + " " + o.LastName };
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        // R-120: the lines name clients, so reading them is audited like a search.
        await audit.RecordAsync(AuditAction.Read, "AssignmentProposal", id.ToString(), null, string.Create(CultureInfo.InvariantCulture, $"Proposal lines page {page.Page}: {rows.Count} of {total}"), false, ct);
        return new Paged<ProposalLineView>(
            [.. rows.Select(r => new ProposalLineView(
                r.l.Id, r.l.ClientId.Value, ClientNumbers.Format(r.ClientNumber), r.Client, r.l.CaseManagerId.Value, r.CaseManager, r.Site, r.l.Service.ShortName(),
                r.l.Cohort?.DisplayName(), r.l.WaitedDays, r.l.AwayFromHome, r.l.Explanation, r.l.Origin, r.l.Withdrawn, r.By, r.l.OverrideReason))],
            page.Page, page.PageSize, total);
    }

    /// <summary>Every client in scope gets an explanation: their line if placed, else why not (the rules, or the places went to others).</summary>
    public async Task<ClientExplanation?> ExplainAsync(Guid id, ClientId clientId, CancellationToken ct)
    {
        var explanation = await ExplainClientAsync(id, clientId, ct);
        if (explanation is not null)
        {
            // R-120: every read of a client is audited.
            await audit.RecordAsync(AuditAction.Read, "AssignmentProposal", id.ToString(), clientId, $"Proposal explanation: {explanation.Outcome}", false, ct);
        }

        return explanation;
    }

    private async Task<ClientExplanation?> ExplainClientAsync(Guid id, ClientId clientId, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return null;
        }

        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.FirstName, c.LastName, c.ClientNumber }).SingleOrDefaultAsync(ct);
        if (client is null)
        {
            return null;
        }

        var name = $"{client.FirstName} {client.LastName}";
        var number = ClientNumbers.Format(client.ClientNumber);
        var line = await db.ProposalLines.AsNoTracking().Where(l => l.ProposalId == id && l.ClientId == clientId).OrderBy(l => l.Withdrawn).FirstOrDefaultAsync(ct);
        if (line is not null)
        {
            return line.Withdrawn
                ? new ClientExplanation(clientId.Value, name, number, "Withdrawn", $"{line.Explanation} Withdrawn by override: {line.OverrideReason}", line.Id)
                : new ClientExplanation(clientId.Value, name, number, "Assigned", line.Explanation + (line.Origin == LineOrigin.Override ? $" (override: {line.OverrideReason})" : string.Empty), line.Id);
        }

        if (proposal.Scope == ProposalScope.Trial)
        {
            var (outcome, text) = await trials.WhyNotAsync(proposal, clientId, ct);
            return new ClientExplanation(clientId.Value, name, number, outcome, text, null);
        }

        var scope = await data.ScopeOfAsync(proposal, ct);
        if (scope is null || !await data.ClientsIn(scope).AnyAsync(c => c.Id == clientId, ct))
        {
            return new ClientExplanation(clientId.Value, name, number, "Out of scope", $"The client's home site is not in this proposal's scope ({proposal.ScopeName}).", null);
        }

        return new ClientExplanation(clientId.Value, name, number, "Not assigned", await WhyNotAsync(proposal, clientId, ct), null);
    }

    /// <summary>Clients in scope, paged, each with the proposal's explanation for them.</summary>
    public async Task<Paged<ClientExplanation>> ClientsAsync(Guid id, PageRequest page, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id, ct);
        var scope = await data.ScopeOfAsync(proposal, ct) ?? throw new InvalidOperationException("The proposal's scope no longer exists.");
        var query = data.ClientsIn(scope).AsNoTracking().OrderBy(c => c.LastNameFolded).ThenBy(c => c.FirstNameFolded).ThenBy(c => c.Id).Select(c => c.Id);
        var total = await query.CountAsync(ct);
        var ids = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var items = new List<ClientExplanation>(ids.Count);
        foreach (var clientId in ids)
        {
            items.Add((await ExplainClientAsync(id, clientId, ct))!);
        }

        // R-120: the page names clients, so reading it is audited like a search.
        await audit.RecordAsync(AuditAction.Read, "AssignmentProposal", id.ToString(), null, string.Create(CultureInfo.InvariantCulture, $"Clients in scope page {page.Page}: {items.Count} of {total}"), false, ct);

        return new Paged<ClientExplanation>(items, page.Page, page.PageSize, total);
    }

    public async Task<ProposalComparison?> CompareAsync(Guid a, Guid b, CancellationToken ct)
    {
        var first = await GetAsync(a, ct);
        var second = await GetAsync(b, ct);
        if (first is null || second is null)
        {
            return null;
        }

        var linesA = await db.ProposalLines.AsNoTracking().Where(l => l.ProposalId == a && !l.Withdrawn).Select(l => new { l.ClientId, l.CaseManagerId }).ToListAsync(ct);
        var linesB = await db.ProposalLines.AsNoTracking().Where(l => l.ProposalId == b && !l.Withdrawn).Select(l => new { l.ClientId, l.CaseManagerId }).ToListAsync(ct);
        var mapA = linesA.ToDictionary(l => l.ClientId, l => l.CaseManagerId);
        var mapB = linesB.ToDictionary(l => l.ClientId, l => l.CaseManagerId);
        var onlyA = mapA.Keys.Count(k => !mapB.ContainsKey(k));
        var onlyB = mapB.Keys.Count(k => !mapA.ContainsKey(k));
        var moved = mapA.Count(p => mapB.TryGetValue(p.Key, out var other) && other != p.Value);
        var same = mapA.Count(p => mapB.TryGetValue(p.Key, out var other) && other == p.Value);
        var exampleIds = mapA.Keys.Where(k => !mapB.ContainsKey(k)).Take(5).Concat(mapB.Keys.Where(k => !mapA.ContainsKey(k)).Take(5)).ToList();
        var exampleNames = await db.Clients.AsNoTracking().Where(c => exampleIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, ct);
        var examples = exampleIds.Select(x => $"{exampleNames.GetValueOrDefault(x, "?")}: {(mapA.ContainsKey(x) ? "only in A" : "only in B")}").ToList();

        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        static string Cohorts(IReadOnlyList<int> added) => string.Join(" / ", added.Select(x => x.ToString(CultureInfo.InvariantCulture)));
        var fa = first.Figures;
        var fb = second.Figures;
        static ComparisonRow Row(string measure, string x, string y) => new(measure, x, y);
        List<ComparisonRow> rows =
        [
            Row("Scope", first.ScopeName, second.ScopeName),
            Row("Status", first.Status.ToString(), second.Status.ToString()),
            Row("What-ifs", first.WhatIf, second.WhatIf),
            Row("Weights (keep full / youth / <24m / >24m / children / per week / cap / mix / away)", Weights(first.Policy.Weights), Weights(second.Policy.Weights)),
            Row("Target mix", first.Policy.Mix.ToString(), second.Policy.Mix.ToString()),
            Row("Free places before", first.FreePlacesBefore.ToString(CultureInfo.InvariantCulture), second.FreePlacesBefore.ToString(CultureInfo.InvariantCulture)),
            Row("Eligible clients", fa.Eligible.ToString(CultureInfo.InvariantCulture), fb.Eligible.ToString(CultureInfo.InvariantCulture)),
            Row("Placed", first.Proposed.ToString(CultureInfo.InvariantCulture), second.Proposed.ToString(CultureInfo.InvariantCulture)),
            Row("Placed by cohort (youth / <24m / >24m / children)", Cohorts(fa.AddedByCohort), Cohorts(fb.AddedByCohort)),
            Row("Caseloads after, % by cohort", string.Join(" / ", fa.SharesAfter.Select(N)), string.Join(" / ", fb.SharesAfter.Select(N))),
            Row("Mix distance, mean (max), points", $"{N(fa.MeanMixDistance)} ({N(fa.MaxMixDistance)})", $"{N(fb.MeanMixDistance)} ({N(fb.MaxMixDistance)})"),
            Row("Clients over a cohort's target", fa.Overshoot.ToString(CultureInfo.InvariantCulture), fb.Overshoot.ToString(CultureInfo.InvariantCulture)),
            Row("Waited, mean / median / max days", $"{N(fa.Waiting.Mean)} / {fa.Waiting.Median} / {fa.Waiting.Max}", $"{N(fb.Waiting.Mean)} / {fb.Waiting.Median} / {fb.Waiting.Max}"),
            Row("Objective", first.Objective.ToString(CultureInfo.InvariantCulture), second.Objective.ToString(CultureInfo.InvariantCulture)),
        ];
        return new ProposalComparison(first, second, rows, onlyA, onlyB, moved, same, examples);
    }

    public static string Weights(AssignmentWeights w) => string.Create(
        CultureInfo.InvariantCulture,
        $"{w.KeepFull} / {w.YouthPriority} / {w.UnderTwoYearsPriority} / {w.OverTwoYearsPriority} / {w.WithChildrenPriority} / {w.WaitingPerWeek} / {w.WaitingCapWeeks} / {w.MixOvershoot} / {(w.AwayFromHomeSite is { } a ? a.ToString(CultureInfo.InvariantCulture) : "home only")}");

    private async Task<string> WhyNotAsync(AssignmentProposal proposal, ClientId clientId, CancellationToken ct)
    {
        var today = DateDisplay.TodayInAuckland(clock);
        var facts = await AssignmentFacts.Query(db, db.Clients.Where(c => c.Id == clientId)).SingleAsync(ct);
        var phoneRegions = await AssignmentFacts.PhoneRegionsAsync(db, ct);
        var decision = EmploymentEligibility.Assess(facts.ToFacts() with { IsOnCaseload = false }, today, phoneRegions.Contains(facts.HomeRegionId));
        var prefix = facts.IsOnCaseload ? "Now on a caseload. At the proposal: " : string.Empty;
        if (decision.Candidate is not { } candidate)
        {
            return prefix + decision.Explanation;
        }

        var site = await db.ProposalSites.AsNoTracking().SingleOrDefaultAsync(s => s.ProposalId == proposal.Id && s.SiteId == candidate.HomeSiteId, ct);
        var siteName = await db.Sites.Where(s => s.Id == candidate.HomeSiteId).Select(s => s.Name).SingleAsync(ct);
        return prefix + AssignmentExplanations.NotPlaced(candidate, site?.ToOutcome(), siteName, site?.PlacesReachable == true);
    }

    private async Task<Dictionary<StaffId, string>> StaffNamesAsync(IEnumerable<StaffId?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<StaffId>().Distinct().ToList();
        return await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
    }

    private static string? Name(Dictionary<StaffId, string> names, StaffId? id) => id is { } s ? names.GetValueOrDefault(s) : null;
}
