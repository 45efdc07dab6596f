using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.ClientOverview;

public sealed record CautionView(Guid Id, string Kind, string Text, DateTimeOffset AddedAt, string AddedBy);

public sealed record MustViewNoteView(Guid Id, string Text, DateTimeOffset AddedAt, string AddedBy, DateOnly? Expires);

public sealed record TagView(Guid Id, string Code, string ShortName, string Name, DateTimeOffset AddedAt, string AddedBy, string AddedReason, DateTimeOffset? RemovedAt, string? RemovedBy, string? RemovedReason);

public sealed record NoteView(Guid Id, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string Author, string Channel, string Outcome, string Text, Guid? CorrectsNoteId, bool IsCorrected);

public sealed record HouseholdView(Guid Id, string Relationship, string FullName, DateOnly? DateOfBirth);

public sealed record AgentView(string FullName, string Relationship, string? Phone, bool IsVerified);

public sealed record AddressView(string Line1, string? Suburb, string City, string? Postcode);

/// <summary>The client's next booked appointment, if any: when, with whom, how.</summary>
public sealed record NextAppointmentView(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Type, string Channel, string With, string Site);

/// <summary>
/// The client's case manager (the open caseload placement) and, when the case manager is on leave today, the buddy who
/// covers them, so staff know whom to book with or tell.
/// </summary>
public sealed record CaseManagerView(Guid Id, string Name, string Email, string? Phone, bool OnLeaveToday, DateOnly? BackOn, string? BuddyName, string? BuddyEmail, string? BuddyPhone);

public sealed record ClientOverview(
    Guid Id,
    string ClientNumber,
    string FirstName,
    string? MiddleNames,
    string LastName,
    string? PreferredName,
    DateOnly DateOfBirth,
    int Age,
    Gender? Gender, string GenderName, // self-identified, optional: "Not recorded" when empty
    IReadOnlyList<EthnicGroups> Ethnicity, string EthnicityName, // Stats NZ level-1 groups, several allowed
    string? Phone,
    string? Email,
    ContactChannel PreferredChannel,
    AddressView? Address,
    Guid HomeSiteId,
    string HomeSite,
    BenefitType Benefit,
    string BenefitName,
    DateOnly? BenefitStartDate,
    WorkObligation Obligation,
    int? FirstBenefitAge,
    BenefitType? FirstBenefitType,
    IReadOnlyList<string> Flags,
    ClientFlags FlagValues,
    bool IsRestricted,
    AgentView? Agent,
    IReadOnlyList<HouseholdView> Household,
    IReadOnlyList<CautionView> SpecialCautions,
    IReadOnlyList<MustViewNoteView> MustViewNotes,
    IReadOnlyList<TagView> Tags,
    NextAppointmentView? NextAppointment,
    IReadOnlyList<NoteView> RecentNotes,
    int Version,
    bool ViaBreakGlass,
    CaseManagerView? CaseManager = null);

/// <summary>The client overview: special cautions and must-view notes first, then everything a case manager needs.</summary>
public sealed class ClientOverviewHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public const int RecentNoteCount = 20;

    /// <remarks>
    /// Three round trips: one query reads the record with its site, cautions, must-view notes, tags, next appointment and any
    /// open break-glass grant (the access decision is made on the same row, before anything leaves the server); one the last
    /// 20 notes; one writes the audit row. Measured by <c>bench overview-load</c>.
    /// </remarks>
    public async Task<Outcome<ClientOverview>> HandleAsync(ClientId id, CancellationToken ct, bool staffNotesOnly = false)
    {
        var now = clock.GetUtcNow();
        var today = DateDisplay.TodayInAuckland(clock);
        var row = await ReadRecord.For(db)(db, id, staff.Id, now, today, ct);
        if (row is null)
        {
            return ClientFailures.Missing(id);
        }

        var client = row.Client;
        // A Navigator's link is asked only for a Navigator (one more round trip for that role alone).
        var linked = await access.IsLinkedNavigatorAsync(id, ct);
        var check = await access.CheckAsync(id, new ClientScope(client.HomeSiteId, row.RegionId, client.IsRestricted, linked), row.HoldsBreakGlass, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var site = row.SiteName;
        var cautions = row.Cautions.OrderByDescending(c => c.AddedAt).ToList();
        var mustView = row.MustView.OrderByDescending(n => n.AddedAt).ToList();
        var tags = row.Tags.OrderByDescending(t => t.Tag.AddedAt).ToList();
        var next = row.Next.OrderBy(a => a.StartsAt).ThenBy(a => a.Id.Value).FirstOrDefault() is { } n
            ? new NextAppointmentView(n.Id.Value, n.StartsAt, n.EndsAt, n.Type.DisplayName(), n.Channel.DisplayName(), n.With, n.Site)
            : null;
        var notes = await NotesQuery.Recent(db, id, RecentNoteCount, ct, staffNotesOnly);
        var caseManager = await CaseManagerAsync(id, today, ct);

        await audit.RecordAsync(AuditAction.Read, "Client", id.ToString(), id, "Client overview", check.ViaBreakGlass, ct);

        return Outcome.Done(new ClientOverview(
            client.Id.Value,
            client.FormattedClientNumber,
            client.FirstName,
            client.MiddleNames,
            client.LastName,
            client.PreferredName,
            client.DateOfBirth,
            client.AgeOn(today),
            client.Gender, EthnicGroupNames.GenderName(client.Gender),
            [.. client.Ethnicity.Each()], client.Ethnicity.DisplayName(),
            client.Phone,
            client.Email,
            client.PreferredChannel,
            client.Address is { } address ? new AddressView(address.Line1, address.Suburb, address.City, address.Postcode) : null,
            client.HomeSiteId.Value,
            site,
            client.Benefit,
            client.Benefit.DisplayName(),
            client.BenefitStartDate,
            client.Obligation,
            client.FirstBenefitAge,
            client.FirstBenefitType,
            [.. client.Flags.Each().Select(f => f.DisplayName())],
            client.Flags,
            client.IsRestricted,
            client.Agent is { } agent ? new AgentView(agent.FullName, agent.Relationship, agent.Phone, agent.IsVerified) : null,
            [.. client.Household.Select(h => new HouseholdView(h.Id, h.Relationship.ToString(), h.FullName, h.DateOfBirth))],
            [.. cautions.Select(c => new CautionView(c.Id, c.Kind.DisplayName(), c.Text, c.AddedAt, c.AddedBy))],
            mustView,
            [.. tags.Select(t => new TagView(t.Tag.Id, t.Tag.Code.ToString(), t.Tag.Code.ShortName(), t.Tag.Code.DisplayName(), t.Tag.AddedAt, t.AddedBy ?? "Tautoko (automatic)", t.Tag.AddedReason, t.Tag.RemovedAt, t.RemovedBy, t.Tag.RemovedReason))],
            next,
            notes,
            client.Version,
            check.ViaBreakGlass,
            caseManager));
    }

    /// <summary>Who holds the client's open placement, and their buddy when they are away today (one round trip).</summary>
    private async Task<CaseManagerView?> CaseManagerAsync(ClientId id, DateOnly today, CancellationToken ct)
    {
        var managers = await (
                from p in db.Placements.AsNoTracking().Open()
                where p.ClientId == id
                orderby p.StartedAt descending
                join s in db.Staff on p.CaseManagerId equals s.Id
                select s)
            .Take(1)
            .ToListAsync(ct);
        if (managers.FirstOrDefault() is not { } cm)
        {
            return null;
        }

        var leave = cm.Leave.Where(l => l.Covers(today)).OrderByDescending(l => l.To).FirstOrDefault();
        var buddy = leave is not null && cm.BuddyId is { } buddyId
            ? await db.Staff.AsNoTracking().Where(s => s.Id == buddyId).Select(s => new { s.FirstName, s.LastName, s.Email, s.Phone }).SingleOrDefaultAsync(ct)
            : null;
        return new CaseManagerView(
            cm.Id.Value, cm.FullName, cm.Email, cm.Phone, leave is not null, leave?.To.AddDays(1),
            buddy is null ? null : buddy.FirstName + " " + buddy.LastName, buddy?.Email, buddy?.Phone);
    }

    /// <summary>
    /// The record with its site, cautions, must-view notes, tags, next appointment and any open break-glass grant of the
    /// signed-in person, compiled once: building this expression tree and looking it up in EF Core's query cache on every
    /// open cost more CPU than running it (bench <c>overview-load</c>). The open break-glass grant is Data's shared filter
    /// (<see cref="OpenBreakGlass.IsHeld"/>), expanded into the query before it is compiled.
    /// </summary>
    private static readonly PerModel<Func<TautokoDbContext, ClientId, StaffId, DateTimeOffset, DateOnly, CancellationToken, Task<RecordRow?>>> ReadRecord = new(() => EF.CompileAsyncQuery(LinqKit.ExtensionsCore.Expand<Func<TautokoDbContext, ClientId, StaffId, DateTimeOffset, DateOnly, CancellationToken, RecordRow?>>(
        (TautokoDbContext db, ClientId id, StaffId me, DateTimeOffset now, DateOnly today, CancellationToken ct) => db.Clients.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new RecordRow
            {
                Client = c,
                // Single-column scalar subqueries: PostgreSQL looks the site up by key (a row object here becomes a window over every site).
                SiteName = db.Sites.Where(s => s.Id == c.HomeSiteId).Select(s => s.Name).First(),
                RegionId = db.Sites.Where(s => s.Id == c.HomeSiteId).Select(s => s.RegionId).First(),
                HoldsBreakGlass = db.BreakGlassAccesses.Any(b => OpenBreakGlass.IsHeld(b, me, now) && b.ClientId == c.Id),
                Cautions = (
                    from k in db.SpecialCautions
                    where k.ClientId == c.Id && k.EndedAt == null
                    join s in db.Staff on k.AddedById equals s.Id
                    select new CautionRow(k.Id, k.Kind, k.Text, k.AddedAt, s.FirstName + " " + s.LastName))
                    .ToList(),
                MustView = (
                    from n in db.MustViewNotes
                    where n.ClientId == c.Id && (n.Expires == null || n.Expires >= today)
                    join s in db.Staff on n.AddedById equals s.Id
                    select new MustViewNoteView(n.Id, n.Text, n.AddedAt, s.FirstName + " " + s.LastName, n.Expires))
                    .ToList(),
                Tags = (
                    from t in db.ProgrammeTags
                    where t.ClientId == c.Id
                    join a in db.Staff on t.AddedById equals a.Id into added
                    from a in added.DefaultIfEmpty()
                    join r in db.Staff on t.RemovedById equals r.Id into removed
                    from r in removed.DefaultIfEmpty()
                    select new TagRow(t, a == null ? null : a.FirstName + " " + a.LastName, r == null ? null : r.FirstName + " " + r.LastName))
                    .ToList(),
                // The next booked appointment: the one with no booked appointment of the client's before it (two at the same
                // time, which booking refuses, would both come back). Written as a filter in the one query, not as
                // OrderBy().FirstOrDefault(), which EF Core turns into ROW_NUMBER() over every booked appointment.
                Next = (
                    from a in db.Appointments
                    where a.ClientId == c.Id && a.Status == AppointmentStatus.Booked && a.StartsAt > now
                        && !db.Appointments.Any(b => b.ClientId == a.ClientId && b.Status == AppointmentStatus.Booked && b.StartsAt > now
                            && b.StartsAt < a.StartsAt)
                    join s in db.Staff on a.StaffId equals s.Id
                    join at in db.Sites on a.SiteId equals at.Id
                    select new NextRow(a.Id, a.StartsAt, a.EndsAt, a.Type, a.Channel, s.FirstName + " " + s.LastName, at.Name))
                    .ToList(),
            })
            .AsSingleQuery()
            .SingleOrDefault())));

    private sealed record CautionRow(Guid Id, SpecialCautionKind Kind, string Text, DateTimeOffset AddedAt, string AddedBy);

    private sealed record TagRow(ProgrammeTag Tag, string? AddedBy, string? RemovedBy);

    private sealed record NextRow(AppointmentId Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, AppointmentType Type, AppointmentChannel Channel, string With, string Site);

    /// <summary>One row of <see cref="ReadRecord"/>.</summary>
    private sealed class RecordRow
    {
        public required Client Client { get; init; }

        public required string SiteName { get; init; }

        public RegionId RegionId { get; init; }

        public bool HoldsBreakGlass { get; init; }

        public required List<CautionRow> Cautions { get; init; }

        public required List<MustViewNoteView> MustView { get; init; }

        public required List<TagRow> Tags { get; init; }

        public required List<NextRow> Next { get; init; }
    }
}
