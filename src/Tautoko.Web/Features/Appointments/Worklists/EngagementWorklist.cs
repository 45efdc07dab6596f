using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Worklists;

public sealed record EngagementFindingView(string Rule, EngagementBreach Breach, string BreachName, string Message, DateOnly? DueOn);

public sealed record EngagementItem(Guid ClientId, string ClientName, string ClientNumber, Guid CaseManagerId, string CaseManager, string Service, DateOnly AssignedOn, IReadOnlyList<EngagementFindingView> Findings);

public sealed record EngagementSummary(int CaseloadSize, IReadOnlyDictionary<string, int> ByRule, IReadOnlyList<EngagementItem> Items);

/// <summary>
/// The engagement standards for every client on the given case managers' caseloads, in a
/// handful of set-based queries: places, clients, transfers, attended appointments, future bookings and
/// successful contacts; then <see cref="EngagementStandards"/> per client on the case manager's site calendar.
/// </summary>
public sealed class EngagementWorklist(TautokoDbContext db, TimeProvider clock)
{
    private static readonly EngagementChannel[] EngagingChannels = [EngagementChannel.FaceToFace, EngagementChannel.Phone, EngagementChannel.Email];

    public async Task<EngagementSummary> EvaluateAsync(IReadOnlyCollection<StaffId> caseManagers, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = NzLocalTime.DateOf(now);
        var placesQuery = CaseloadPlaces.OfCaseManagers(db, caseManagers);
        var places = (await placesQuery.ToListAsync(ct))
            .GroupBy(p => p.ClientId)
            .Select(g => g.OrderByDescending(p => p.AssignedAt).First())
            .ToList();
        // The ids as a list, not a subquery: PostgreSQL then knows how many clients it looks up and probes the
        // per-client indexes, instead of guessing and scanning every appointment and note in the country.
        var clientIds = places.Select(p => p.ClientId).ToList();

        var clients = await db.Clients.AsNoTracking()
            .Where(c => clientIds.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.ClientNumber, c.Flags })
            .ToDictionaryAsync(c => c.Id, ct);
        var staff = await (
                from s in db.Staff.AsNoTracking()
                where caseManagers.Contains(s.Id)
                join site in db.Sites on s.SiteId equals site.Id
                select new { s.Id, Name = s.FirstName + " " + s.LastName, site.District })
            .ToDictionaryAsync(s => s.Id, ct);
        var removed = (await db.ProgrammeTags.AsNoTracking()
                .Where(t => clientIds.Contains(t.ClientId) && t.RemovedAt != null && CaseloadPlaces.Services.Contains(t.Code))
                .Select(t => new { t.ClientId, t.RemovedAt })
                .ToListAsync(ct))
            .ToLookup(t => t.ClientId, t => t.RemovedAt!.Value);
        var attended = (await db.Appointments.AsNoTracking()
                .Where(a => clientIds.Contains(a.ClientId) && a.Status == AppointmentStatus.Attended)
                .Select(a => new { a.ClientId, a.StartsAt, a.Channel, a.IdentityVerified, a.Kind })
                .ToListAsync(ct))
            .ToLookup(a => a.ClientId);
        // the latest appointment of each client that was arranged (booked, kept or missed), to see whether one followed the last "show".
        var latestArranged = await db.Appointments.AsNoTracking()
            .Where(a => clientIds.Contains(a.ClientId) && a.Kind != AppointmentKind.WalkIn
                        && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Attended || a.Status == AppointmentStatus.DidNotAttend))
            .GroupBy(a => a.ClientId)
            .Select(g => new { ClientId = g.Key, Latest = g.Max(a => a.StartsAt) })
            .ToDictionaryAsync(x => x.ClientId, x => x.Latest, ct);
        var future = (await db.Appointments.AsNoTracking()
                .Where(a => clientIds.Contains(a.ClientId) && a.Status == AppointmentStatus.Booked && a.StartsAt > now)
                .Select(a => a.ClientId)
                .Distinct()
                .ToListAsync(ct))
            .ToHashSet();
        var contacts = await db.EngagementNotes.AsNoTracking()
            .Where(n => clientIds.Contains(n.ClientId) && n.Outcome == EngagementOutcome.Contact && EngagingChannels.Contains(n.Channel))
            .GroupBy(n => n.ClientId)
            .Select(g => new { ClientId = g.Key, Last = g.Max(n => n.OccurredAt) })
            .ToDictionaryAsync(x => x.ClientId, x => x.Last, ct);

        var items = new List<EngagementItem>();
        foreach (var place in places)
        {
            if (!clients.TryGetValue(place.ClientId, out var client) || !staff.TryGetValue(place.CaseManagerId, out var manager))
            {
                continue;
            }

            var assignedOn = NzLocalTime.DateOf(place.AssignedAt);
            var seen = attended[place.ClientId].ToList();
            var lastSeen = seen.Count == 0 ? (DateTimeOffset?)null : seen.Max(a => a.StartsAt);
            var lastContact = contacts.TryGetValue(place.ClientId, out var contact) ? contact : (DateTimeOffset?)null;
            var last = Max(lastSeen, lastContact);
            var channel = EngagementStandards.FirstAppointmentChannel(place.Service);
            var first = seen.Where(a => a.StartsAt >= place.AssignedAt.AddDays(-1) && a.Channel == channel).OrderBy(a => a.StartsAt).FirstOrDefault();
            var lastShow = seen.Where(a => a.Kind != AppointmentKind.WalkIn).Select(a => (DateTimeOffset?)a.StartsAt).Max();
            var attendedWithoutNext = lastShow is { } show && latestArranged.TryGetValue(place.ClientId, out var latest) && latest <= show ? NzLocalTime.DateOf(show) : (DateOnly?)null;
            var facts = new CaseloadClient(
                client.Flags,
                place.Service,
                assignedOn,
                removed[place.ClientId].Any(r => r <= place.AssignedAt.AddDays(1)),
                last is { } l ? NzLocalTime.DateOf(l) : null,
                future.Contains(place.ClientId),
                first is null ? null : NzLocalTime.DateOf(first.StartsAt),
                first?.IdentityVerified,
                attendedWithoutNext);
            var findings = EngagementStandards.Evaluate(facts, today, manager.District);
            if (findings.Count > 0)
            {
                items.Add(new EngagementItem(place.ClientId.Value, $"{client.FirstName} {client.LastName}", ClientNumbers.Format(client.ClientNumber), manager.Id.Value, manager.Name,
                    place.Service.ShortName(), assignedOn, [.. findings.Select(f => new EngagementFindingView(f.Rule, f.Breach, f.Breach.DisplayName(), f.Message, f.DueOn))]));
            }
        }

        var byRule = items.SelectMany(i => i.Findings).GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new EngagementSummary(places.Count, byRule, [.. items.OrderBy(i => i.CaseManager, StringComparer.Ordinal).ThenBy(i => i.ClientName, StringComparer.Ordinal)]);
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
