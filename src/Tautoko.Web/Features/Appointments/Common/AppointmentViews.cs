using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;
using Tautoko.Data;

namespace Tautoko.Web.Features.Appointments.Common;

public sealed record AppointmentView(
    Guid Id,
    Guid ClientId,
    string ClientName,
    string ClientNumber,
    Guid StaffId,
    string StaffName,
    Guid SiteId,
    string Site,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Minutes,
    AppointmentKind Kind,
    AppointmentChannel Channel,
    AppointmentType Type,
    string TypeName,
    string? Purpose,
    WalkInPurpose? WalkInPurpose,
    AppointmentStatus Status,
    string StatusName,
    BookingCover Cover,
    double DnaRisk,
    DnaRiskBand DnaRiskBand,
    Guid? SeriesId,
    Guid? SlotId,
    string BookedBy,
    DateTimeOffset BookedAt,
    DateTimeOffset? ResultedAt,
    string? ResultNote,
    bool? IdentityVerified,
    string? CancelReason,
    int Version)
{
    public bool IsOpen => Status == AppointmentStatus.Booked;
}

public sealed record MessageView(Guid Id, MessageChannel Channel, MessagePurpose Purpose, LetterKind? Letter, string Subject, OutboxStatus Status, DateTimeOffset NotBefore, DateTimeOffset? SentAt, int Attempts, string? DeliveryReference);

/// <summary>Appointments with the names people read (client, case manager, site, who booked).</summary>
public static class AppointmentViews
{
    public static IQueryable<AppointmentView> Query(TautokoDbContext db, IQueryable<Appointment> appointments) =>
        from a in appointments.AsNoTracking()
        join c in db.Clients on a.ClientId equals c.Id
        join s in db.Staff on a.StaffId equals s.Id
        join site in db.Sites on a.SiteId equals site.Id
        join b in db.Staff on a.BookedById equals b.Id
        select new AppointmentView(
            a.Id.Value,
            c.Id.Value,
            c.FirstName + " " + c.LastName,
            c.ClientNumber,
            s.Id.Value,
            s.FirstName + " " + s.LastName,
            site.Id.Value,
            site.Name,
            a.StartsAt,
            a.EndsAt,
            0,
            a.Kind,
            a.Channel,
            a.Type,
            string.Empty,
            a.Purpose,
            a.WalkInPurpose,
            a.Status,
            string.Empty,
            a.Cover,
            a.DnaRisk,
            DnaRiskBand.Low,
            a.SeriesId,
            a.SlotId == null ? null : a.SlotId.Value.Value,
            b.FirstName + " " + b.LastName,
            a.BookedAt,
            a.ResultedAt,
            a.ResultNote,
            a.IdentityVerified,
            a.CancelReason,
            a.Version);

    /// <summary>Fills the derived fields the database does not compute (display names, minutes, risk band).</summary>
    public static AppointmentView Finish(AppointmentView view) => view with
    {
        Minutes = (int)(view.EndsAt - view.StartsAt).TotalMinutes,
        TypeName = view.Kind == AppointmentKind.WalkIn ? "Walk-in" : view.Type.DisplayName(),
        StatusName = view.Status.DisplayName(),
        DnaRiskBand = DnaRiskModel.Default.BandOf(view.DnaRisk),
        ClientNumber = Core.Clients.ClientNumbers.Format(view.ClientNumber),
    };

    public static async Task<List<AppointmentView>> ListAsync(TautokoDbContext db, IQueryable<Appointment> appointments, CancellationToken ct) =>
        [.. (await Query(db, appointments).ToListAsync(ct)).Select(Finish)];

    public static async Task<AppointmentView?> OneAsync(TautokoDbContext db, AppointmentId id, CancellationToken ct) =>
        (await ListAsync(db, db.Appointments.Where(a => a.Id == id), ct)).SingleOrDefault();

    public static async Task<List<MessageView>> MessagesAsync(TautokoDbContext db, AppointmentId id, CancellationToken ct) =>
        await db.OutboxMessages.AsNoTracking()
            .Where(m => m.AppointmentId == id)
            .OrderBy(m => m.NotBefore)
            .Select(m => new MessageView(m.Id, m.Channel, m.Purpose, m.Letter, m.Subject, m.Status, m.NotBefore, m.SentAt, m.Attempts, m.DeliveryReference))
            .ToListAsync(ct);
}
