using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Fairness;
using Tautoko.Core.Hardship;
using Tautoko.Core.Releases;
using Tautoko.Core.Staff;
using Tautoko.Data;

namespace Tautoko.Web.Features.Fairness;

/// <summary>The cells of one category (or of the total): one tally of records and their keys per outcome.</summary>
public sealed class FairnessTally
{
    public CellTally Assigned { get; set; }

    public CellTally Decisions { get; set; }

    public CellTally Declines { get; set; }

    public CellTally Reviews { get; set; }

    public CellTally Overturned { get; set; }

    public CellTally WorkExits { get; set; }

    /// <summary>Declines of a reason (the decline-reason table): reviewed is "has a concluded review", overturned "a review overturned it".</summary>
    public CellTally Reviewed { get; set; }
}

/// <summary>Every tally of a fairness report: by dimension and category, the total, and by decline reason; with the site names met.</summary>
public sealed class FairnessTallies
{
    public Dictionary<FairnessDimension, Dictionary<string, FairnessTally>> ByDimension { get; } =
        Enum.GetValues<FairnessDimension>().ToDictionary(d => d, _ => new Dictionary<string, FairnessTally>(StringComparer.Ordinal));

    public FairnessTally Total { get; } = new();

    public Dictionary<DeclineReason, FairnessTally> ByReason { get; } = [];

    public FairnessTally For(FairnessDimension dimension, string category)
    {
        var cells = ByDimension[dimension];
        if (!cells.TryGetValue(category, out var tally))
        {
            tally = new FairnessTally();
            cells[category] = tally;
        }

        return tally;
    }
}

/// <summary>
/// Reads the records behind a fairness report: for each outcome one query (filtered by period and the clients' home
/// sites, joined to the clients' recorded details, in SQL) streamed row by row into the cells of every breakdown. The
/// counting stays out of SQL on purpose: each cell also sums its records' keys (SipHash of the id under the
/// installation's secret, which the database cannot compute), so small cells are rounded as releases round them.
/// </summary>
public static class FairnessCounts
{
    private sealed class Row
    {
        public Guid RecordId { get; set; }

        public ClientId ClientId { get; set; }

        public SiteId SiteId { get; set; }

        public DateOnly DateOfBirth { get; set; }

        public Gender? Gender { get; set; }

        public EthnicGroups Ethnicity { get; set; }

        public BenefitType Benefit { get; set; }

        public DateOnly? BenefitStart { get; set; }

        public WorkObligation Obligation { get; set; }

        public bool HasChildren { get; set; }

        public bool Flag { get; set; }

        public DeclineReason? Reason { get; set; }

        public bool Reviewed { get; set; }

        public bool Overturned { get; set; }
    }

    public static async Task<FairnessTallies> CountAsync(TautokoDbContext db, IRecordKeys keys, FairnessScope scope, CancellationToken ct)
    {
        var tallies = new FairnessTallies();
        var first = scope.From;
        var last = scope.To;
        var start = NzLocalTime.ToUtc(first, TimeOnly.MinValue);
        var end = NzLocalTime.ToUtc(last.AddDays(1), TimeOnly.MinValue);
        var clients = db.Clients.AsNoTracking();
        if (scope.Sites is { } sites)
        {
            clients = sites.Count == 1 ? clients.Where(c => c.HomeSiteId == sites[0]) : clients.Where(c => sites.Contains(c.HomeSiteId));
        }

        // Clients assigned to a caseload: a placement started in the period (each client once).
        var assigned = clients.Where(c => db.Placements.Any(p => p.ClientId == c.Id && p.StartedOn >= first && p.StartedOn <= last))
            .Select(c => new Row
            {
                ClientId = c.Id, SiteId = c.HomeSiteId, DateOfBirth = c.DateOfBirth, Gender = c.Gender, Ethnicity = c.Ethnicity, Benefit = c.Benefit,
                BenefitStart = c.BenefitStartDate, Obligation = c.Obligation,
                HasChildren = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild),
            });
        await foreach (var row in assigned.AsAsyncEnumerable().WithCancellation(ct))
        {
            Add(tallies, row, scope.To, keys.KeyOf(row.ClientId.Value), (t, k) => t.Assigned = t.Assigned.Add(k));
        }

        // Hardship decisions made in the period; declines with their reason and whether a concluded review overturned them.
        var decisions = from a in db.HardshipApplications.AsNoTracking()
                        where a.Decision != null && a.DecidedAt >= start && a.DecidedAt < end
                        join c in clients on a.ClientId equals c.Id
                        select new Row
                        {
                            RecordId = a.Id, ClientId = c.Id, SiteId = c.HomeSiteId, DateOfBirth = c.DateOfBirth, Gender = c.Gender, Ethnicity = c.Ethnicity,
                            Benefit = c.Benefit, BenefitStart = c.BenefitStartDate, Obligation = c.Obligation,
                            HasChildren = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild),
                            Flag = a.Decision == DecisionKind.Decline, Reason = a.DeclineReason,
                            Reviewed = db.DecisionReviews.Any(r => r.ApplicationId == a.Id && r.Outcome != null),
                            Overturned = db.DecisionReviews.Any(r => r.ApplicationId == a.Id
                                && (r.Outcome == ReviewOutcome.OverturnedAtInternalReview || r.Outcome == ReviewOutcome.OverturnedAtBrc)),
                        };
        await foreach (var row in decisions.AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = keys.KeyOf(row.RecordId);
            Add(tallies, row, scope.To, key, (t, k) => t.Decisions = t.Decisions.Add(k));
            if (!row.Flag)
            {
                continue;
            }

            Add(tallies, row, scope.To, key, (t, k) => t.Declines = t.Declines.Add(k));
            var reason = row.Reason ?? DeclineReason.Other;
            foreach (var tally in new[] { Reason(tallies, reason), Reason(tallies, null) })
            {
                tally.Declines = tally.Declines.Add(key);
                tally.Reviewed = row.Reviewed ? tally.Reviewed.Add(key) : tally.Reviewed;
                tally.Overturned = row.Overturned ? tally.Overturned.Add(key) : tally.Overturned;
            }
        }

        // Reviews of decision concluded in the period, and whether they overturned the decision.
        var reviews = from r in db.DecisionReviews.AsNoTracking()
                      where r.Outcome != null && r.ClosedAt >= start && r.ClosedAt < end
                      join c in clients on r.ClientId equals c.Id
                      select new Row
                      {
                          RecordId = r.Id, ClientId = c.Id, SiteId = c.HomeSiteId, DateOfBirth = c.DateOfBirth, Gender = c.Gender, Ethnicity = c.Ethnicity,
                          Benefit = c.Benefit, BenefitStart = c.BenefitStartDate, Obligation = c.Obligation,
                          HasChildren = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild),
                          Flag = r.Outcome == ReviewOutcome.OverturnedAtInternalReview || r.Outcome == ReviewOutcome.OverturnedAtBrc,
                      };
        await foreach (var row in reviews.AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = keys.KeyOf(row.RecordId);
            Add(tallies, row, scope.To, key, (t, k) => t.Reviews = t.Reviews.Add(k));
            if (row.Flag)
            {
                Add(tallies, row, scope.To, key, (t, k) => t.Overturned = t.Overturned.Add(k));
            }
        }

        // Exits to work: work starts of clients in (or through) case management, on the day work started.
        var exits = from w in db.WorkStarts.AsNoTracking()
                    where w.CaseManagerId != null && w.StartedOn >= first && w.StartedOn <= last
                    join c in clients on w.ClientId equals c.Id
                    select new Row
                    {
                        RecordId = w.Id, ClientId = c.Id, SiteId = c.HomeSiteId, DateOfBirth = c.DateOfBirth, Gender = c.Gender, Ethnicity = c.Ethnicity,
                        Benefit = c.Benefit, BenefitStart = c.BenefitStartDate, Obligation = c.Obligation,
                        HasChildren = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild),
                    };
        await foreach (var row in exits.AsAsyncEnumerable().WithCancellation(ct))
        {
            Add(tallies, row, scope.To, keys.KeyOf(row.RecordId), (t, k) => t.WorkExits = t.WorkExits.Add(k));
        }

        return tallies;
    }

    /// <summary>The tally of a decline reason; null is the total row of the decline-reason table (kept under the key -1).</summary>
    private static FairnessTally Reason(FairnessTallies tallies, DeclineReason? reason)
    {
        var key = reason ?? (DeclineReason)(-1);
        if (!tallies.ByReason.TryGetValue(key, out var tally))
        {
            tally = new FairnessTally();
            tallies.ByReason[key] = tally;
        }

        return tally;
    }

    /// <summary>Adds one record to the total and to its category in every breakdown (every ethnic group it names).</summary>
    private static void Add(FairnessTallies tallies, Row row, DateOnly periodEnd, ulong key, Action<FairnessTally, ulong> add)
    {
        add(tallies.Total, key);
        var facts = new CohortFacts(row.DateOfBirth, row.Benefit, row.BenefitStart, row.Obligation, row.HasChildren);
        add(tallies.For(FairnessDimension.Cohort, FairnessRules.CohortOf(facts, periodEnd)), key);
        add(tallies.For(FairnessDimension.AgeGroup, FairnessRules.AgeGroupOf(row.DateOfBirth, periodEnd)), key);
        add(tallies.For(FairnessDimension.Gender, FairnessRules.GenderOf(row.Gender)), key);
        foreach (var group in FairnessRules.EthnicitiesOf(row.Ethnicity))
        {
            add(tallies.For(FairnessDimension.Ethnicity, group), key);
        }

        add(tallies.For(FairnessDimension.Site, row.SiteId.Value.ToString()), key);
    }
}
