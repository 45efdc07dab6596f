using System.Collections;
using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>One client's appointment history: the slots it booked (past ones exist only when booked) and the appointments.</summary>
public sealed record SyntheticAppointmentHistory(IReadOnlyList<AppointmentSlot> Slots, IReadOnlyList<Appointment> Appointments);

/// <summary>
/// Calendars for every case manager (the national template for their role and site hours, reviewed at
/// various times so some reviews are overdue, R-044), the slots of the coming weeks, and each case-managed
/// client's appointment history: attended, did not attend, cancelled, a few past ones not yet resulted,
/// walk-ins, and the next appointment booked for most clients. Each client has a personal
/// did-not-attend propensity, so the risk model has something to find.
/// <para>
/// Clients share their case manager's calendar, so no two may take the same slot. The history is
/// therefore made in client order by one instance that remembers which slots are taken (a bit per slot
/// per case manager): feed it every client in order, once, and the same seed gives the same history.
/// </para>
/// </summary>
public sealed class SyntheticAppointments
{
    private const int MaxSlotsPerDay = 24;

    private static readonly StaffRole[] CaseManagerRoles = [StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager];

    private static readonly ProgrammeTagCode[] Services =
    [
        ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.EmploymentCaseManagementReserve, ProgrammeTagCode.PhoneBasedCaseManagement,
        ProgrammeTagCode.DedicatedCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement, ProgrammeTagCode.IntensiveClientSupport,
        ProgrammeTagCode.GeneralCaseManagement,
    ];

    private static readonly WalkInPurpose[] WalkInReasons =
        [WalkInPurpose.ImmediateNeed, WalkInPurpose.ChangeOfCircumstances, WalkInPurpose.HousingNeed, WalkInPurpose.EmploymentSupport, WalkInPurpose.CaseManagementDiscussion];

    private static readonly string[] CancelReasons =
        ["Client has a job interview that day", "Client unwell", "Client has no transport", "Whānau commitment (tangihanga)", "Client starting work"];

    private static readonly string[] AgencyCancelReasons = ["Case manager unwell", "Site closed early (power cut)", "Case manager called to an urgent hardship appointment"];

    private static readonly string[] AttendedNotes =
        ["Reviewed plan and job search; next appointment booked.", "Discussed CV and a referral to a work broker.", "Checked entitlement and expiring benefit; re-application started.", "Talked through housing options and supports."];

    private readonly Dictionary<StaffId, Holder> _holders = [];
    private readonly Dictionary<(StaffId, DateTimeOffset), AppointmentSlot> _futureSlots = [];
    private readonly Dictionary<StaffId, StaffMember> _staff;
    private readonly StaffMember[] _contactCentre;
    private readonly int _seed;
    private readonly DateOnly _today;
    private readonly DateOnly _historyStart;
    private readonly DateTimeOffset _now;

    /// <summary>
    /// The latest a synthetic booking is made: the start of the reference day. The data is loaded at any hour of that
    /// day, so a booking stamped later (say 07:55 when it is loaded at 02:00) would be in the future.
    /// </summary>
    private readonly DateTimeOffset _latestBooking;
    private readonly long _baseMs;
    private int _next;

    public SyntheticAppointments(SyntheticDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _seed = dataset.Seed;
        _today = dataset.Today;
        _historyStart = dataset.Today.AddDays(-dataset.Profile.AppointmentHistoryDays);
        _now = NzLocalTime.ToUtc(_today, new TimeOnly(8, 0));
        _latestBooking = NzLocalTime.ToUtc(_today, TimeOnly.MinValue);
        _baseMs = SyntheticRandom.UnixMilliseconds(_historyStart.AddDays(-1));
        _staff = dataset.Staff.ToDictionary(s => s.Id);
        _contactCentre = [.. dataset.Staff.Where(s => s.Role.IsContactCentre())];
        var sites = dataset.Sites.ToDictionary(s => s.Id);
        var random = SyntheticRandom.For(_seed, SyntheticRandom.Stream.Appointments, -1);
        var calendars = new List<CaseManagerCalendar>();
        var futureSlots = new List<AppointmentSlot>();
        long ordinal = 0;
        var managers = dataset.Staff.Where(s => s.Role == StaffRole.ServiceCentreManager).GroupBy(s => s.SiteId).ToDictionary(g => g.Key, g => g.First());
        foreach (var member in dataset.Staff.Where(s => CaseManagerRoles.Contains(s.Role) && s.IsActive))
        {
            var site = sites[member.SiteId];
            var calendar = new CaseManagerCalendar(SyntheticRandom.OrderedGuid(random, _baseMs, ordinal++), member.Id, site.Id,
                CalendarTemplates.NameFor(member.Role, member.Variant), CalendarTemplates.StandardFor(member.Role, member.Variant, site.OpeningSessions), 0, _now);
            // most calendars reviewed within the last three months; some are overdue.
            if (managers.TryGetValue(site.Id, out var manager) && random.Chance(0.9))
            {
                calendar.MarkReviewed(manager.Id, _today.AddDays(-random.Next(0, 110)), _now);
            }

            calendars.Add(calendar);
            _holders[member.Id] = new Holder(member, site, calendar, _historyStart, _today.AddDays(dataset.Profile.AppointmentHorizonDays));
            foreach (var plan in SlotPlanner.Plan(calendar, site, _today, _today.AddDays(dataset.Profile.AppointmentHorizonDays)))
            {
                var slot = new AppointmentSlot(new SlotId(SyntheticRandom.OrderedGuid(random, _baseMs, ordinal++)), plan.StaffId, plan.SiteId, plan.Date, plan.StartsAt, plan.EndsAt, plan.Kind);
                futureSlots.Add(slot);
                _futureSlots[(slot.StaffId, slot.StartsAt)] = slot;
            }
        }

        Calendars = calendars;
        FutureSlots = futureSlots;
    }

    public IReadOnlyList<CaseManagerCalendar> Calendars { get; }

    /// <summary>Every slot from the reference day to the horizon, booked or not.</summary>
    public IReadOnlyList<AppointmentSlot> FutureSlots { get; }

    /// <summary>The next client's history. Call once per client, in index order.</summary>
    public SyntheticAppointmentHistory Next(SyntheticClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.Index != _next)
        {
            throw new InvalidOperationException($"Clients must be fed in order: expected {_next}, got {client.Index}.");
        }

        _next++;
        var place = client.Tags.Where(t => t.IsActive && Services.Contains(t.Code) && t.AddedById is not null).OrderByDescending(t => t.AddedAt).FirstOrDefault();
        if (place is null || !_holders.TryGetValue(place.AddedById!.Value, out var holder))
        {
            return new SyntheticAppointmentHistory([], []);
        }

        var random = SyntheticRandom.For(_seed, SyntheticRandom.Stream.Appointments, client.Index);
        return Generate(random, client, place, holder);
    }

    private SyntheticAppointmentHistory Generate(Random random, SyntheticClient client, ProgrammeTag place, Holder holder)
    {
        var slots = new List<AppointmentSlot>();
        var appointments = new List<Appointment>();
        var history = new List<AttendanceRecord>();
        var district = holder.Site.District;
        var ordinal = (long)client.Index * 96;
        var assigned = NzLocalTime.DateOf(place.AddedAt);
        var phoneBased = holder.Member.Variant == CaseManagerVariant.PhoneBased;
        var suspended = (client.Client.Flags & (ClientFlags.Suspended | ClientFlags.ObligationsFailureOrSanction)) != 0;

        // A personal did-not-attend propensity: most clients usually come, some often miss.
        var propensity = random.Pick<double>([(0.04 + (random.NextDouble() * 0.1), 60), (0.18 + (random.NextDouble() * 0.17), 30), (0.45 + (random.NextDouble() * 0.25), 10)]);
        var interval = random.Next(10, 19);
        var newInWindow = assigned > _historyStart;
        var date = newInWindow ? WorkingDays.Add(assigned, random.Next(2, 13), district) : WorkingDays.Add(_historyStart, random.Next(0, interval), district);
        var needsFirst = newInWindow;
        var identityPending = true;
        var firstChannel = phoneBased ? AppointmentChannel.Phone : AppointmentChannel.FaceToFace;
        var futureBooked = false;

        while (date < _today.AddDays(28) && appointments.Count < 40)
        {
            if (date >= _today && (futureBooked || suspended || random.Chance(0.18)))
            {
                break;
            }

            var pick = holder.Take(random, date, district, _today);
            if (pick is not { } chosen)
            {
                date = WorkingDays.Add(date, 5, district);
                continue;
            }

            var (slotDate, daySlot, start, end) = chosen;
            var future = start > _now;
            var status = Outcome(random, future, slotDate, propensity, district);
            var channel = phoneBased || (random.Chance(0.15) && !needsFirst) ? AppointmentChannel.Phone : AppointmentChannel.FaceToFace;
            var type = needsFirst ? AppointmentType.FirstAppointment : random.Chance(0.1) ? AppointmentType.PlanReview : AppointmentType.Ongoing;
            var bookedAt = Min(start.AddDays(-random.Next(2, 16)).AddHours(random.Next(-3, 4)), _latestBooking.AddMinutes(-random.Next(5, 600)));
            var bookedBy = random.Chance(0.2) && _contactCentre.Length > 0 ? random.Pick(_contactCentre).Id : holder.Member.Id;
            var risk = DnaRiskModel.Default.Assess(history.Where(h => h.Date < NzLocalTime.DateOf(bookedAt)), NzLocalTime.DateOf(bookedAt)).Probability;

            AppointmentSlot slot;
            if (future && _futureSlots.TryGetValue((holder.Member.Id, start), out var planned))
            {
                slot = planned;
            }
            else
            {
                // A past slot, or a future one the calendar's plan does not hold (the planner and the per-day
                // pattern can differ at the edges): written with the client's history so the booking's slot exists.
                slot = new AppointmentSlot(new SlotId(SyntheticRandom.OrderedGuid(random, _baseMs, ordinal++)), holder.Member.Id, holder.Site.Id, slotDate, start, end, daySlot.Kind);
                slots.Add(slot);
            }

            var appointment = Appointment.Book(new AppointmentId(SyntheticRandom.OrderedGuid(random, _baseMs, ordinal++)), client.Client.Id, slot, channel, type, null,
                BookingCover.OwnCaseManager, bookedBy, bookedAt, risk);
            var resultAt = Min(end.AddMinutes(random.Next(5, 240)), _now);
            switch (status)
            {
                case AppointmentStatus.Booked:
                    break;
                case AppointmentStatus.Attended:
                    // identity is verified at the first appointment on the service's channel (mostly).
                    var verify = identityPending && channel == firstChannel;
                    appointment.Result(AppointmentStatus.Attended, holder.Member.Id, resultAt, random.Pick(AttendedNotes), verify ? random.Chance(0.95) : null);
                    identityPending &= !verify;
                    needsFirst = false;
                    break;
                case AppointmentStatus.DidNotAttend:
                    appointment.Result(AppointmentStatus.DidNotAttend, holder.Member.Id, resultAt, null, null);
                    break;
                case AppointmentStatus.CancelledByClient or AppointmentStatus.CancelledByAgency:
                    var reason = random.Pick(status == AppointmentStatus.CancelledByClient ? CancelReasons : AgencyCancelReasons);
                    appointment.Cancel(status, reason, holder.Member.Id, Min(start.AddDays(-random.Next(1, 3)), _now));
                    holder.Release(slotDate, daySlot);
                    if (slots.Count > 0 && slots[^1] == slot)
                    {
                        slots.RemoveAt(slots.Count - 1);
                    }

                    break;
            }

            appointments.Add(appointment);
            if (status is AppointmentStatus.Attended or AppointmentStatus.DidNotAttend)
            {
                history.Add(new AttendanceRecord(slotDate, status));
            }

            futureBooked |= future;
            date = WorkingDays.Add(slotDate, status == AppointmentStatus.DidNotAttend ? random.Next(3, 7) : interval + random.Next(-3, 4), district);
        }

        if (random.Chance(0.04))
        {
            var day = WorkingDays.Add(_historyStart, random.Next(5, 200), district);
            if (day < _today && !holder.Member.IsOnLeave(day))
            {
                var seen = NzLocalTime.ToUtc(day, new TimeOnly(random.Next(9, 16), random.Next(0, 4) * 15));
                appointments.Add(Appointment.RecordWalkIn(new AppointmentId(SyntheticRandom.OrderedGuid(random, _baseMs, ordinal)), client.Client.Id, holder.Member.Id, holder.Site.Id,
                    random.Pick(WalkInReasons), "Need met at the counter by the case manager.", holder.Member.Id, seen, random.Next(2, 7) * 10, null, seen.AddMinutes(70)));
            }
        }

        return new SyntheticAppointmentHistory(slots, appointments);
    }

    private AppointmentStatus Outcome(Random random, bool future, DateOnly date, double propensity, AnniversaryDistrict district)
    {
        if (future)
        {
            return AppointmentStatus.Booked;
        }

        // a few of the last three working days' appointments are still to be resulted.
        if (date >= WorkingDays.Add(_today, -3, district) && random.Chance(0.15))
        {
            return AppointmentStatus.Booked;
        }

        var roll = random.NextDouble();
        return roll < propensity ? AppointmentStatus.DidNotAttend
            : roll < propensity + 0.06 ? AppointmentStatus.CancelledByClient
            : roll < propensity + 0.08 ? AppointmentStatus.CancelledByAgency
            : AppointmentStatus.Attended;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>A case manager's calendar and which of its slots are taken, day by day.</summary>
    private sealed class Holder
    {
        private readonly Dictionary<DayOfWeek, IReadOnlyList<DaySlot>> _patterns;
        private readonly DateOnly _first;
        private readonly BitArray _taken;

        public Holder(StaffMember member, Site site, CaseManagerCalendar calendar, DateOnly first, DateOnly last)
        {
            Member = member;
            Site = site;
            _first = first;
            _patterns = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, d => SlotPlanner.DayPattern(calendar.Blocks, d, calendar.BufferMinutes, site.OpeningSessions));
            _taken = new BitArray(((last.DayNumber - first.DayNumber) + 2) * MaxSlotsPerDay);
        }

        public StaffMember Member { get; }

        public Site Site { get; }

        /// <summary>A free slot on the date or one of the next four working days the case manager works; mostly proactive ones.</summary>
        public (DateOnly Date, DaySlot Slot, DateTimeOffset Start, DateTimeOffset End)? Take(Random random, DateOnly date, AnniversaryDistrict district, DateOnly today)
        {
            for (var tries = 0; tries < 5; tries++, date = WorkingDays.Add(date, 1, district))
            {
                var day = date.DayNumber - _first.DayNumber;
                if (day < 0 || (day + 1) * MaxSlotsPerDay > _taken.Length || Member.IsOnLeave(date) || !WorkingDays.IsWorkingDay(date, district))
                {
                    continue;
                }

                var pattern = _patterns[date.DayOfWeek];
                var reactive = date > today && random.Chance(0.1);
                var candidates = Enumerable.Range(0, Math.Min(pattern.Count, MaxSlotsPerDay)).Where(i => (pattern[i].Kind == SlotKind.Reactive) == reactive).ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                var offset = random.Next(candidates.Count);
                for (var k = 0; k < candidates.Count; k++)
                {
                    var index = candidates[(offset + k) % candidates.Count];
                    if (!_taken[(day * MaxSlotsPerDay) + index])
                    {
                        _taken[(day * MaxSlotsPerDay) + index] = true;
                        var slot = pattern[index];
                        return (date, slot, NzLocalTime.ToUtc(date, slot.Start), NzLocalTime.ToUtc(date, slot.End));
                    }
                }
            }

            return null;
        }

        public void Release(DateOnly date, DaySlot slot)
        {
            var pattern = _patterns[date.DayOfWeek];
            for (var i = 0; i < pattern.Count && i < MaxSlotsPerDay; i++)
            {
                if (pattern[i] == slot)
                {
                    _taken[((date.DayNumber - _first.DayNumber) * MaxSlotsPerDay) + i] = false;
                    return;
                }
            }
        }
    }
}
