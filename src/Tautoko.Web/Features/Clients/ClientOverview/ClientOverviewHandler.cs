using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Access;
using Tautoko.Web.Audit;
using Tautoko.Web.Features.Common;

namespace Tautoko.Web.Features.Clients.ClientOverview;

public sealed record CautionView(Guid Id, string Kind, string Text, DateTimeOffset AddedAt, string AddedBy);

public sealed record MustViewNoteView(Guid Id, string Text, DateTimeOffset AddedAt, string AddedBy, DateOnly? Expires);

public sealed record TagView(Guid Id, string Code, string ShortName, string Name, DateTimeOffset AddedAt, string AddedBy, string AddedReason, DateTimeOffset? RemovedAt, string? RemovedBy, string? RemovedReason);

public sealed record NoteView(Guid Id, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string Author, string Channel, string Outcome, string Text, Guid? CorrectsNoteId, bool IsCorrected);

public sealed record HouseholdView(Guid Id, string Relationship, string FullName, DateOnly? DateOfBirth);

public sealed record AgentView(string FullName, string Relationship, string? Phone, bool IsVerified);

public sealed record AddressView(string Line1, string? Suburb, string City, string? Postcode);

public sealed record ClientOverview(
    Guid Id,
    string ClientNumber,
    string FirstName,
    string? MiddleNames,
    string LastName,
    string? PreferredName,
    DateOnly DateOfBirth,
    int Age,
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
    IReadOnlyList<NoteView> RecentNotes,
    int Version,
    bool ViaBreakGlass);

public abstract record ClientRead<T>
{
    public sealed record Found(T Value) : ClientRead<T>;

    public sealed record Missing : ClientRead<T>;

    public sealed record Refused(AccessDecision Decision) : ClientRead<T>;
}

/// <summary>The client overview: special cautions and must-view notes first, then everything a case manager needs.</summary>
public sealed class ClientOverviewHandler(TautokoDbContext db, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public const int RecentNoteCount = 20;

    public async Task<ClientRead<ClientOverview>> HandleAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (!check.Found)
        {
            return new ClientRead<ClientOverview>.Missing();
        }

        if (!check.Allowed)
        {
            return new ClientRead<ClientOverview>.Refused(check.Decision);
        }

        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == client.HomeSiteId).Select(s => s.Name).SingleAsync(ct);
        var today = DateDisplay.TodayInAuckland(clock);
        var staffNames = db.Staff.AsNoTracking();

        var cautions = await (
                from c in db.SpecialCautions.AsNoTracking()
                where c.ClientId == id && c.EndedAt == null
                join s in staffNames on c.AddedById equals s.Id
                orderby c.AddedAt descending
                select new { c.Id, c.Kind, c.Text, c.AddedAt, s.FirstName, s.LastName })
            .ToListAsync(ct);
        var mustView = await (
                from n in db.MustViewNotes.AsNoTracking()
                where n.ClientId == id && (n.Expires == null || n.Expires >= today)
                join s in staffNames on n.AddedById equals s.Id
                orderby n.AddedAt descending
                select new MustViewNoteView(n.Id, n.Text, n.AddedAt, s.FirstName + " " + s.LastName, n.Expires))
            .ToListAsync(ct);
        var tags = await (
                from t in db.ProgrammeTags.AsNoTracking()
                where t.ClientId == id
                join a in staffNames on t.AddedById equals a.Id into added
                from a in added.DefaultIfEmpty()
                join r in staffNames on t.RemovedById equals r.Id into removed
                from r in removed.DefaultIfEmpty()
                orderby t.AddedAt descending
                select new { Tag = t, AddedBy = a == null ? null : a.FirstName + " " + a.LastName, RemovedBy = r == null ? null : r.FirstName + " " + r.LastName })
            .ToListAsync(ct);
        var notes = await NotesQuery.Recent(db, id, RecentNoteCount, ct);

        await audit.RecordAsync(AuditAction.Read, "Client", id.ToString(), id, "Client overview", check.ViaBreakGlass, ct);

        return new ClientRead<ClientOverview>.Found(new ClientOverview(
            client.Id.Value,
            client.FormattedClientNumber,
            client.FirstName,
            client.MiddleNames,
            client.LastName,
            client.PreferredName,
            client.DateOfBirth,
            client.AgeOn(today),
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
            [.. cautions.Select(c => new CautionView(c.Id, c.Kind.DisplayName(), c.Text, c.AddedAt, c.FirstName + " " + c.LastName))],
            mustView,
            [.. tags.Select(t => new TagView(t.Tag.Id, t.Tag.Code.ToString(), t.Tag.Code.ShortName(), t.Tag.Code.DisplayName(), t.Tag.AddedAt, t.AddedBy ?? "Tautoko (automatic)", t.Tag.AddedReason, t.Tag.RemovedAt, t.RemovedBy, t.Tag.RemovedReason))],
            notes,
            client.Version,
            check.ViaBreakGlass));
    }
}
