using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;
using Tautoko.Core.Plans;
using Tautoko.Core.Vacancies;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.CoreExpectations;

/// <summary>A client as the check names them, with the facts it decides on.</summary>
public sealed record ClientFacts(ClientId Id, string Name, string Number, CoreExpectationFacts Facts);

/// <summary>
/// Reads the facts of the core-expectations check for any number of clients in a fixed handful of set-based queries
/// (clients, profiles, newest CVs, open IEP activities, latest engagement logs, PTE plans, VTP memberships, future bookings) — never one per client.
/// </summary>
public sealed class CoreExpectationFactsReader(TautokoDbContext db, TimeProvider clock)
{
    /// <summary>Engagement logs that record a conversation with the client (not an internal note or a letter sent).</summary>
    private static readonly EngagementChannel[] ConversationChannels =
        [EngagementChannel.FaceToFace, EngagementChannel.Phone, EngagementChannel.Email, EngagementChannel.Text, EngagementChannel.Portal];

    public async Task<List<ClientFacts>> ReadAsync(IReadOnlyCollection<ClientId> ids, CancellationToken ct)
    {
        // The ids as a list, not a subquery, so each query probes the per-client indexes.
        var clientIds = ids.Distinct().ToList();
        var now = clock.GetUtcNow();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.ClientNumber, c.Obligation, c.Flags })
            .ToListAsync(ct);
        var profiles = await db.JobseekerProfiles.AsNoTracking().Where(p => clientIds.Contains(p.ClientId))
            .Select(p => new { p.ClientId, p.IsComplete, HasGoals = p.Goals != null, HasBarriers = p.Barriers != null && p.Barriers != "" }).ToDictionaryAsync(p => p.ClientId, ct);
        var cvs = await db.CvDocuments.AsNoTracking().Where(d => clientIds.Contains(d.ClientId))
            .GroupBy(d => d.ClientId).Select(g => new { ClientId = g.Key, Latest = g.Max(d => d.UploadedAt) })
            .ToDictionaryAsync(x => x.ClientId, x => x.Latest, ct);
        var activities = await (
                from a in db.PlanActivities.AsNoTracking()
                join p in db.IndividualEmploymentPlans on a.PlanId equals p.Id
                where clientIds.Contains(p.ClientId) && p.ClosedAt == null && a.Status == PlanActivityStatus.Open
                group a by p.ClientId into g
                select new { ClientId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ClientId, x => x.Count, ct);
        var logs = await db.EngagementNotes.AsNoTracking()
            .Where(n => clientIds.Contains(n.ClientId) && n.Outcome == EngagementOutcome.Contact && ConversationChannels.Contains(n.Channel))
            .GroupBy(n => n.ClientId).Select(g => new { ClientId = g.Key, Last = g.Max(n => n.OccurredAt) })
            .ToDictionaryAsync(x => x.ClientId, x => x.Last, ct);
        var pte = await db.PtePlans.AsNoTracking().Where(p => clientIds.Contains(p.ClientId))
            .Select(p => new { p.ClientId, p.Status }).ToDictionaryAsync(p => p.ClientId, p => (PtePlanStatus?)p.Status, ct);
        var vtp = await db.VtpMemberships.AsNoTracking().Where(m => clientIds.Contains(m.ClientId))
            .Select(m => new { m.ClientId, m.Status }).ToDictionaryAsync(m => m.ClientId, m => (VtpStatus?)m.Status, ct);
        var referred = (await db.Referrals.AsNoTracking()
                .Where(r => clientIds.Contains(r.ClientId) && r.Kind == ReferralKind.Programme && r.Stage != ReferralStage.Declined)
                .Select(r => r.ClientId).Distinct().ToListAsync(ct))
            .ToHashSet();
        var booked = (await db.Appointments.AsNoTracking()
                .Where(a => clientIds.Contains(a.ClientId) && a.Status == AppointmentStatus.Booked && a.StartsAt > now)
                .Select(a => a.ClientId).Distinct().ToListAsync(ct))
            .ToHashSet();

        return
        [
            .. clients.Select(c => new ClientFacts(
                c.Id,
                $"{c.FirstName} {c.LastName}",
                ClientNumbers.Format(c.ClientNumber),
                new CoreExpectationFacts(
                    c.Obligation,
                    c.Flags,
                    profiles.TryGetValue(c.Id, out var profile) && profile.IsComplete,
                    cvs.TryGetValue(c.Id, out var cv) ? NzLocalTime.DateOf(cv) : null,
                    activities.TryGetValue(c.Id, out var open) ? open : 0,
                    logs.TryGetValue(c.Id, out var log) ? NzLocalTime.DateOf(log) : null,
                    booked.Contains(c.Id),
                    profile?.HasGoals ?? false,
                    pte.GetValueOrDefault(c.Id),
                    vtp.GetValueOrDefault(c.Id),
                    new ReferralNeed(profile?.HasBarriers ?? false, referred.Contains(c.Id))))),
        ];
    }

    /// <summary>The check of one client as shown: each expectation with the page that fixes a gap.</summary>
    public static ClientExpectationsView View(ClientFacts client, DateOnly today)
    {
        var results = Core.Employment.CoreExpectations.Evaluate(client.Facts, today);
        var (met, counted) = Core.Employment.CoreExpectations.Tally(results);
        var id = client.Id.Value;
        return new ClientExpectationsView(
            id, client.Name, client.Number, client.Facts.Obligation.DisplayName(), met, counted, Core.Employment.CoreExpectations.Score(met, counted),
            [.. results.Select(r => new ExpectationView(Key(r.Expectation), r.Title, StatusName(r.Status), r.Detail, r.Status == ExpectationStatus.Missing ? FixUrl(r.Fix, id) : null, r.Citation))]);
    }

    public static string Key(CoreExpectation expectation)
    {
        var name = expectation.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string StatusName(ExpectationStatus status) => status switch
    {
        ExpectationStatus.Met => "met",
        ExpectationStatus.Missing => "missing",
        ExpectationStatus.NotAvailable => "notAvailable",
        ExpectationStatus.NotApplicable => "notApplicable",
    };

    private static string? FixUrl(ExpectationFix fix, Guid client) => fix switch
    {
        ExpectationFix.EmploymentPage => $"/clients/{client}/employment",
        ExpectationFix.PtePlanSection => $"/clients/{client}/employment#pte-plan",
        ExpectationFix.VtpSection => $"/clients/{client}/employment#virtual-talent-pool",
        ExpectationFix.PlanPage => $"/clients/{client}/plan",
        ExpectationFix.BookingPage => $"/clients/{client}/book",
        ExpectationFix.NotesPage => $"/clients/{client}#engagement-log",
        ExpectationFix.ReferralsPage => $"/clients/{client}/referrals",
        ExpectationFix.None => null,
    };
}
