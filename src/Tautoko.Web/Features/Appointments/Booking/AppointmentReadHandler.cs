using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Letters;
using Tautoko.Web.Features.Appointments.Messages;
namespace Tautoko.Web.Features.Appointments.Booking;

public sealed record AppointmentDetail(AppointmentView Appointment, IReadOnlyList<MessageView> Messages, bool CanResult, bool CanCancel, bool HasPostalAddress, LetterKind DefaultLetter);

public sealed record SlotView(Guid Id, Guid StaffId, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Minutes, SlotKind Kind, bool IsFree, bool IsBooked, string? UnavailableRule, string? Unavailable)
{
    public static SlotView Of(SlotState state) => new(
        state.Slot.Id.Value, state.Slot.StaffId.Value, state.Slot.Date, state.Slot.StartsAt, state.Slot.EndsAt, state.Slot.Minutes, state.Slot.Kind,
        state.IsFree, state.AppointmentId is not null, state.Unavailable?.Rule, state.Unavailable?.Message);
}

public sealed record LetterFile(string FileName, byte[] Content);

/// <summary>Reads of appointments (audited like every read of client data, R-120), slots, letters and calendar files.</summary>
public sealed class AppointmentReadHandler(
    TautokoDbContext db,
    ClientAccess access,
    AuditLog audit,
    CurrentStaff me,
    Availability availability,
    SlotMaterialiser materialiser,
    LetterRenderer letters,
    IcsRenderer calendars,
    AppointmentMessages messages,
    TimeProvider clock)
{
    public const int MaxSlotDays = 62;

    public async Task<Outcome<AppointmentDetail>> GetAsync(AppointmentId id, CancellationToken ct)
    {
        var (appointment, refusal, viaBreakGlass, clientId) = await LoadAsync(id, ClientOperation.Read, ct);
        if (appointment is null)
        {
            return refusal is null ? Failure.NotFound($"There is no appointment {id}.") : Failure.Refused(refusal, clientId);
        }

        var view = (await AppointmentViews.OneAsync(db, id, ct))!;
        var sent = await AppointmentViews.MessagesAsync(db, id, ct);
        var hasAddress = await db.Clients.AsNoTracking().Where(c => c.Id == appointment.ClientId).Select(c => c.Address != null).SingleAsync(ct);
        var variant = await db.Staff.AsNoTracking().Where(s => s.Id == appointment.StaffId).Select(s => s.Variant).SingleAsync(ct);
        // The role check alone: the read above has already established the viewer's scope for this client.
        var mayManage = ClientAccessPolicy.Decide(me.Viewer, new ClientScope(default, default, false), ClientOperation.ManageAppointments, true).Allowed;
        var now = clock.GetUtcNow();
        await audit.RecordAsync(AuditAction.Read, "Appointment", id.ToString(), appointment.ClientId, "Appointment", viaBreakGlass, ct);
        return Outcome<AppointmentDetail>.Done(new AppointmentDetail(view, sent,
            mayManage && appointment.IsOpen && appointment.StartsAt <= now,
            mayManage && appointment.IsOpen,
            hasAddress,
            variant == CaseManagerVariant.PhoneBased ? LetterKind.PhoneBasedAppointment : LetterKind.InviteToProactiveAppointment));
    }

    public async Task<Outcome<Paged<AppointmentView>>> ForClientAsync(ClientId clientId, PageRequest page, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Read, ct);
        if (!check.Found)
        {
            return Failure.NotFound($"There is no client {clientId}.");
        }

        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, clientId.Value);
        }

        var all = db.Appointments.Where(a => a.ClientId == clientId);
        var total = await all.CountAsync(ct);
        var ids = await all.OrderByDescending(a => a.StartsAt).Skip(page.Skip).Take(page.PageSize).Select(a => a.Id).ToListAsync(ct);
        var views = await AppointmentViews.ListAsync(db, db.Appointments.Where(a => ids.Contains(a.Id)), ct);
        await audit.RecordAsync(AuditAction.Read, "Appointment", null, clientId, $"Client's appointments page {page.Page}", check.ViaBreakGlass, ct);
        return Outcome<Paged<AppointmentView>>.Done(new Paged<AppointmentView>([.. views.OrderByDescending(v => v.StartsAt)], page.Page, page.PageSize, total));
    }

    /// <summary>A case manager's slots in a range (made from the calendar on demand), each free or why not. No client details.</summary>
    public async Task<Outcome<IReadOnlyList<SlotView>>> SlotsAsync(StaffId staffId, DateTimeOffset start, DateTimeOffset end, bool freeOnly, CancellationToken ct)
    {
        if (!await db.Staff.AnyAsync(s => s.Id == staffId, ct))
        {
            return Failure.NotFound($"There is no staff member {staffId}.");
        }

        if (end <= start || (end - start).TotalDays > MaxSlotDays)
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["to"] = [$"`to` is after `from`, at most {MaxSlotDays} days later."] });
        }

        await materialiser.EnsureForReadAsync([staffId], NzLocalTime.DateOf(start), NzLocalTime.DateOf(end), ct);
        var slots = await availability.SlotsAsync([staffId], start, end, ct);
        return Outcome<IReadOnlyList<SlotView>>.Done([.. slots.Where(s => !freeOnly || s.IsFree).Select(SlotView.Of)]);
    }

    public async Task<Outcome<IReadOnlyList<FreeSlotView>>> NextFreeAtSiteAsync(SiteId siteId, DateTimeOffset from, int count, SlotKind? kind, CancellationToken ct)
    {
        if (!await db.Sites.AnyAsync(s => s.Id == siteId, ct))
        {
            return Failure.NotFound($"There is no site {siteId}.");
        }

        var free = await availability.NextFreeAtSiteAsync(siteId, from, from.AddDays(MaxSlotDays), Math.Clamp(count, 1, 100), kind, ct);
        return Outcome<IReadOnlyList<FreeSlotView>>.Done([.. free.Select(FreeSlotView.Of)]);
    }

    public async Task<Outcome<LetterFile>> LetterAsync(AppointmentId id, LetterKind? kind, CancellationToken ct)
    {
        var (appointment, refusal, viaBreakGlass, clientId) = await LoadAsync(id, ClientOperation.Read, ct);
        if (appointment is null)
        {
            return refusal is null ? Failure.NotFound($"There is no appointment {id}.") : Failure.Refused(refusal, clientId);
        }

        var letterKind = kind ?? await DefaultLetterAsync(appointment, ct);
        var content = (await letters.ComposeAsync(id, letterKind, ct))!;
        await audit.RecordAsync(AuditAction.Read, "Appointment", id.ToString(), appointment.ClientId, $"Letter: {letterKind}", viaBreakGlass, ct);
        var clientNumber = await db.Clients.AsNoTracking().Where(c => c.Id == appointment.ClientId).Select(c => c.ClientNumber).SingleAsync(ct);
        return Outcome<LetterFile>.Done(new LetterFile(LetterRenderer.FileName(letterKind, clientNumber, NzLocalTime.DateOf(appointment.StartsAt)), LetterRenderer.Render(content, clock.GetUtcNow())));
    }

    public async Task<Outcome<LetterFile>> CalendarFileAsync(AppointmentId id, CancellationToken ct)
    {
        var (appointment, refusal, viaBreakGlass, clientId) = await LoadAsync(id, ClientOperation.Read, ct);
        if (appointment is null)
        {
            return refusal is null ? Failure.NotFound($"There is no appointment {id}.") : Failure.Refused(refusal, clientId);
        }

        var parties = await Parties.OfAsync(db, appointment.StaffId, ct);
        await audit.RecordAsync(AuditAction.Read, "Appointment", id.ToString(), appointment.ClientId, "Calendar file", viaBreakGlass, ct);
        return Outcome<LetterFile>.Done(new LetterFile($"appointment-{NzLocalTime.DateOf(appointment.StartsAt):yyyy-MM-dd}.ics", System.Text.Encoding.UTF8.GetBytes(calendars.Render(appointment, parties))));
    }

    /// <summary>Posts the appointment letter: it goes through the outbox and is logged in the engagement log when sent .</summary>
    public async Task<Outcome<MessageView>> SendLetterAsync(AppointmentId id, LetterKind? kind, CancellationToken ct)
    {
        var (appointment, refusal, viaBreakGlass, clientId) = await LoadAsync(id, ClientOperation.ManageAppointments, ct);
        if (appointment is null)
        {
            return refusal is null ? Failure.NotFound($"There is no appointment {id}.") : Failure.Refused(refusal, clientId);
        }

        if (!appointment.IsOpen)
        {
            return Failure.Broken(new DomainError("appointment-closed", "Letters are sent for booked appointments."));
        }

        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == appointment.ClientId, ct);
        OutboxMessage letter;
        try
        {
            letter = messages.Letter(appointment, MessageRecipient.Of(client), kind ?? await DefaultLetterAsync(appointment, ct), clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return Failure.Broken(ex.Error);
        }

        db.OutboxMessages.Add(letter);
        audit.Add(AuditAction.Update, "Appointment", id.ToString(), appointment.ClientId, $"Letter queued: {letter.Letter}", viaBreakGlass);
        await db.SaveChangesAsync(ct);
        return Outcome<MessageView>.Done(new MessageView(letter.Id, letter.Channel, letter.Purpose, letter.Letter, letter.Subject, letter.Status, letter.NotBefore, null, 0, null));
    }

    private async Task<LetterKind> DefaultLetterAsync(Appointment appointment, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Where(s => s.Id == appointment.StaffId).Select(s => s.Variant).SingleAsync(ct) == CaseManagerVariant.PhoneBased
            ? LetterKind.PhoneBasedAppointment
            : LetterKind.InviteToProactiveAppointment;

    private async Task<(Appointment? Appointment, AccessDecision? Refusal, bool ViaBreakGlass, Guid ClientId)> LoadAsync(AppointmentId id, ClientOperation operation, CancellationToken ct)
    {
        var appointment = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return (null, null, false, Guid.Empty);
        }

        var check = await access.CheckAsync(appointment.ClientId, operation, ct);
        return check.Allowed ? (appointment, null, check.ViaBreakGlass, appointment.ClientId.Value) : (null, check.Decision, false, appointment.ClientId.Value);
    }
}
