using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Calendars;

/// <summary>
/// A case manager's calendar (003): the national template, its rule findings, the buffer,
/// blocked-out time with its reason, leave and the manager's review.
/// The case manager and their site's manager may change it; only a manager reviews it.
/// </summary>
public sealed class CalendarHandler(TautokoDbContext db, CurrentStaff me, SlotMaterialiser slots, AppointmentOptions options, TimeProvider clock, ILogger<CalendarHandler> logger)
{
    public async Task<Outcome<CalendarView>> GetAsync(StaffId staffId, CancellationToken ct)
    {
        var member = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, ct);
        if (member is null || !member.Role.IsCaseManager())
        {
            return Failure.NotFound($"There is no case manager {staffId}.");
        }

        var calendar = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.StaffId == staffId, ct);
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == member.SiteId, ct);
        var now = clock.GetUtcNow();
        var today = NzLocalTime.DateOf(now);
        var findings = calendar is null
            ? [new FindingView("R-043", null, FindingSeverity.Warning, "No calendar is set up, so nobody can book with this case manager.")]
            : CalendarRules.Check(calendar, new CalendarRuleContext(member.Role, member.Variant, member.Fte, await HasCaseloadAsync(staffId, ct), site.OpeningSessions, today)).Select(FindingView.Of).ToList();
        var blockouts = await db.CalendarBlockouts.AsNoTracking()
            .Where(b => b.StaffId == staffId && b.To > now)
            .OrderBy(b => b.From)
            .ToListAsync(ct);
        return Outcome<CalendarView>.Done(new CalendarView(
            member.Id.Value,
            member.FullName,
            member.Role.DisplayName(),
            member.Variant,
            site.Id.Value,
            site.Name,
            calendar is not null,
            calendar?.TemplateName,
            [.. (calendar?.Blocks ?? []).Select((b, i) => new BlockView(i, b.Day, b.Start, b.End, b.Kind, b.Kind.DisplayName(), b.SlotMinutes))],
            calendar?.BufferMinutes ?? 0,
            calendar?.IsLocked ?? false,
            calendar?.LockedReason,
            calendar?.ReviewedOn,
            calendar is null ? null : CalendarRules.ReviewDue(calendar),
            findings,
            [.. blockouts.Select(b => new BlockoutView(b.Id, b.From, b.To, b.Reason, b.Reason.DisplayName(), b.Note))],
            [.. member.Leave.Where(l => l.To >= today).OrderBy(l => l.From).Select(l => new LeaveEntry(l.From, l.To, l.Kind, l.Note))],
            CanEdit(member),
            CanReview(member),
            calendar?.Version ?? 0));
    }

    /// <summary>Sets the calendar to the national standard template for the case manager's role and site hours.</summary>
    public Task<Outcome<CalendarView>> ApplyTemplateAsync(StaffId staffId, CancellationToken ct) =>
        ChangeAsync(staffId, CanEdit, async (member, calendar, site, now) =>
        {
            var blocks = CalendarTemplates.StandardFor(member.Role, member.Variant, site.OpeningSessions);
            var name = CalendarTemplates.NameFor(member.Role, member.Variant);
            if (calendar is null)
            {
                db.Calendars.Add(new CaseManagerCalendar(Guid.CreateVersion7(), member.Id, member.SiteId, name, blocks, 0, now));
            }
            else
            {
                calendar.ReplaceBlocks(name, blocks, now);
            }

            await Task.CompletedTask;
        }, ct);

    public Task<Outcome<CalendarView>> AddBlockAsync(StaffId staffId, BlockInput input, CancellationToken ct)
    {
        if (input.Day is not { } day || input.Start is not { } start || input.End is not { } end || input.Kind is not { } kind)
        {
            return Task.FromResult<Outcome<CalendarView>>(Failure.Invalid(new Dictionary<string, string[]> { ["block"] = ["Give the day, start, end and kind of the block."] }));
        }

        var block = new CalendarBlock(day, start, end, kind, kind is CalendarBlockKind.ProactiveAppointments or CalendarBlockKind.ReactiveAppointments ? input.SlotMinutes ?? 30 : 0);
        return ChangeAsync(staffId, CanEdit, (_, calendar, site, now) =>
        {
            // admin time is capped at 1 hour a day inside opening hours.
            if (CalendarRules.WhyNotAdmin(Required(calendar), block, site.OpeningSessions) is { } tooMuchAdmin)
            {
                throw new DomainException(tooMuchAdmin);
            }

            Required(calendar).AddBlock(block, now);
        }, ct);
    }

    public Task<Outcome<CalendarView>> RemoveBlockAsync(StaffId staffId, int index, CancellationToken ct) =>
        ChangeAsync(staffId, CanEdit, (_, calendar, _, now) =>
        {
            var existing = Required(calendar);
            if (index < 0 || index >= existing.Blocks.Count)
            {
                throw new DomainException(new DomainError("calendar-block", "That block is not in the calendar."));
            }

            existing.RemoveBlock(existing.Blocks[index], now);
        }, ct);

    public Task<Outcome<CalendarView>> SettingsAsync(StaffId staffId, CalendarSettingsInput input, CancellationToken ct)
    {
        if (CalendarInputChecks.Settings(input) is { } problems)
        {
            return Task.FromResult<Outcome<CalendarView>>(Failure.Invalid(problems));
        }

        return ChangeAsync(staffId, CanEdit, (_, calendar, _, now) =>
        {
            var existing = Required(calendar);
            if (input.BufferMinutes is { } buffer)
            {
                existing.SetBuffer(buffer, now);
            }

            if (input.Locked == true)
            {
                existing.Lock(input.LockedReason ?? string.Empty, now);
            }
            else if (input.Locked == false)
            {
                existing.Open(now);
            }
        }, ct);
    }

    /// <summary>R-044: a manager reviews the calendar set-up (at least every 3 months).</summary>
    public Task<Outcome<CalendarView>> ReviewAsync(StaffId staffId, CancellationToken ct) =>
        ChangeAsync(staffId, CanReview, (_, calendar, _, now) => Required(calendar).MarkReviewed(me.Id, NzLocalTime.DateOf(now), now), ct);

    /// <summary>R-046: block out time the case manager is not available, noting why.</summary>
    public Task<Outcome<CalendarView>> AddBlockoutAsync(StaffId staffId, BlockoutInput input, CancellationToken ct)
    {
        if (input.From is not { } from || input.To is not { } to || input.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            return Task.FromResult<Outcome<CalendarView>>(Failure.Invalid(new Dictionary<string, string[]> { ["blockout"] = ["Give the start, end and reason for the time blocked out."] }));
        }

        if (CalendarInputChecks.Period(from, to, clock.GetUtcNow()) is { } problems)
        {
            return Task.FromResult<Outcome<CalendarView>>(Failure.Invalid(problems));
        }

        return ChangeAsync(staffId, CanEdit, (member, _, _, now) =>
            db.CalendarBlockouts.Add(new CalendarBlockout(Guid.CreateVersion7(), member.Id, from, to, reason, input.Note ?? string.Empty, me.Id, now)), ct);
    }

    /// <summary>R-046, R-050: planned or unplanned leave; while it runs, bookings go to the buddy.</summary>
    public Task<Outcome<CalendarView>> RecordLeaveAsync(StaffId staffId, LeaveInput input, CancellationToken ct)
    {
        if (input.From is not { } from || input.To is not { } to || to < from)
        {
            return Task.FromResult<Outcome<CalendarView>>(Failure.Invalid(new Dictionary<string, string[]> { ["leave"] = ["Give the first and last day of leave (the last not before the first)."] }));
        }

        if (CalendarInputChecks.Leave(from, to, NzLocalTime.Today(clock)) is { } problems)
        {
            return Task.FromResult<Outcome<CalendarView>>(Failure.Invalid(problems));
        }

        return ChangeAsync(staffId, CanEdit, async (_, _, _, _) =>
        {
            var tracked = await db.Staff.SingleAsync(s => s.Id == staffId, ct);
            tracked.RecordLeave(from, to, input.Kind ?? LeaveKind.Planned, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
        }, ct);
    }

    private Task<Outcome<CalendarView>> ChangeAsync(StaffId staffId, Func<StaffMember, bool> allowed, Action<StaffMember, CaseManagerCalendar?, Core.Sites.Site, DateTimeOffset> change, CancellationToken ct) =>
        ChangeAsync(staffId, allowed, (m, c, s, n) =>
        {
            change(m, c, s, n);
            return Task.CompletedTask;
        }, ct);

    private async Task<Outcome<CalendarView>> ChangeAsync(StaffId staffId, Func<StaffMember, bool> allowed, Func<StaffMember, CaseManagerCalendar?, Core.Sites.Site, DateTimeOffset, Task> change, CancellationToken ct)
    {
        var member = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, ct);
        if (member is null || !member.Role.IsCaseManager())
        {
            return Failure.NotFound($"There is no case manager {staffId}.");
        }

        if (!allowed(member))
        {
            return Failure.Broken(new DomainError("calendar-owner", "Only the case manager, their site's manager or national office can change this calendar; only a manager reviews it (R-044)."));
        }

        var calendar = await db.Calendars.SingleOrDefaultAsync(c => c.StaffId == staffId, ct);
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == member.SiteId, ct);
        var now = clock.GetUtcNow();
        try
        {
            await change(member, calendar, site, now);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return Failure.Broken(ex.Error);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AppointmentConflict.Of(new DomainError("concurrency", "The calendar changed meanwhile; reload it and try again."));
        }

        db.ChangeTracker.Clear();
        var today = NzLocalTime.DateOf(now);
        await slots.EnsureAsync([staffId], today, today.AddDays(options.HorizonDays), ct);
        logger.LogInformation("Calendar of {StaffId} changed by {ChangedBy}", staffId.Value, me.Id.Value);
        return await GetAsync(staffId, ct);
    }

    private Task<bool> HasCaseloadAsync(StaffId staffId, CancellationToken ct) => CaseloadPlaces.OfCaseManagers(db, [staffId]).AnyAsync(ct);

    private bool CanEdit(StaffMember member) => member.Id == me.Id || CanReview(member);

    private bool CanReview(StaffMember member) =>
        me.Role == StaffRole.NationalOffice || (me.Role == StaffRole.ServiceCentreManager && me.SiteId == member.SiteId);

    private static CaseManagerCalendar Required(CaseManagerCalendar? calendar) =>
        calendar ?? throw new DomainException(new DomainError("calendar-missing", "Set the calendar up from the national template first."));
}
