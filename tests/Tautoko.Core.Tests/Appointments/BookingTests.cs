using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Appointments;

/// <summary>Booking, cancelling, resulting and walk-ins: the appointment's own rules and the booking policy.</summary>
public sealed class BookingTests
{
    private static readonly StaffId CaseManager = StaffId.New();
    private static readonly StaffId Booker = StaffId.New();

    private static AppointmentSlot Slot(DateOnly date, int hour, int minutes = 30, SlotKind kind = SlotKind.Proactive) =>
        new(SlotId.New(), CaseManager, SiteId.New(), date, NzLocalTime.ToUtc(date, new TimeOnly(hour, 0)), NzLocalTime.ToUtc(date, new TimeOnly(hour, 0)).AddMinutes(minutes), kind);

    private static SlotContext Context(CaseManagerVariant variant = CaseManagerVariant.General, IReadOnlyList<StaffLeave>? leave = null, IReadOnlyList<CalendarBlockout>? blockouts = null, bool locked = false, bool taken = false) =>
        new(variant, locked, locked ? "site control" : null, leave ?? [], blockouts ?? [], taken, AnniversaryDistrict.Wellington);

    private static DateTimeOffset At(int year, int month, int day, int hour) => NzLocalTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    [Fact]
    public void WhyNot_FreeProactiveSlot_IsBookable()
    {
        Assert.Null(BookingPolicy.WhyNot(Slot(new DateOnly(2026, 7, 14), 10), Context(), AppointmentChannel.FaceToFace, At(2026, 7, 6, 9)));
    }

    [Fact]
    public void WhyNot_CaseManagerOnLeave_PointsToTheBuddy_R050()
    {
        var leave = new StaffLeave(Guid.NewGuid(), new DateOnly(2026, 7, 13), new DateOnly(2026, 7, 17), LeaveKind.Planned, "Annual leave");

        var error = BookingPolicy.WhyNot(Slot(new DateOnly(2026, 7, 14), 10), Context(leave: [leave]), AppointmentChannel.FaceToFace, At(2026, 7, 6, 9));

        Assert.Equal("R-050", error?.Rule);
    }

    [Fact]
    public void WhyNot_BlockedOutMeeting_IsRefused_R046()
    {
        var date = new DateOnly(2026, 7, 14);
        var meeting = new CalendarBlockout(Guid.NewGuid(), CaseManager, NzLocalTime.ToUtc(date, new TimeOnly(9, 45)), NzLocalTime.ToUtc(date, new TimeOnly(11, 0)), BlockoutReason.Meeting, "Regional hui", Booker, At(2026, 7, 1, 9));

        Assert.Equal("R-046", BookingPolicy.WhyNot(Slot(date, 10), Context(blockouts: [meeting]), AppointmentChannel.FaceToFace, At(2026, 7, 6, 9))?.Rule);
        Assert.Null(BookingPolicy.WhyNot(Slot(date, 11), Context(blockouts: [meeting]), AppointmentChannel.FaceToFace, At(2026, 7, 6, 9)));
    }

    [Fact]
    public void WhyNot_ReactiveSlot_OpensTheWorkingDayBefore_AcrossMatariki_R042()
    {
        // Reactive time on Monday 13 July 2026 opens on the working day before: Thursday 9 July, because Friday 10 July is Matariki.
        var monday = Slot(new DateOnly(2026, 7, 13), 15, kind: SlotKind.Reactive);

        Assert.Equal("R-042", BookingPolicy.WhyNot(monday, Context(), AppointmentChannel.FaceToFace, At(2026, 7, 8, 16))?.Rule);
        Assert.Null(BookingPolicy.WhyNot(monday, Context(), AppointmentChannel.FaceToFace, At(2026, 7, 9, 8)));
    }

    [Fact]
    public void WhyNot_PhoneBasedCaseManagerFaceToFace_IsRefused_R033()
    {
        var slot = Slot(new DateOnly(2026, 7, 14), 10);

        Assert.Equal("R-033", BookingPolicy.WhyNot(slot, Context(CaseManagerVariant.PhoneBased), AppointmentChannel.FaceToFace, At(2026, 7, 6, 9))?.Rule);
        Assert.Null(BookingPolicy.WhyNot(slot, Context(CaseManagerVariant.PhoneBased), AppointmentChannel.Phone, At(2026, 7, 6, 9)));
    }

    [Fact]
    public void WhyNot_LockedCalendarTakenSlotOrPastSlot_AreRefused_R043()
    {
        var slot = Slot(new DateOnly(2026, 7, 14), 10);

        Assert.Equal("R-043", BookingPolicy.WhyNot(slot, Context(locked: true), AppointmentChannel.FaceToFace, At(2026, 7, 6, 9))?.Rule);
        Assert.Equal(BookingPolicy.TakenRule, BookingPolicy.WhyNot(slot, Context(taken: true), AppointmentChannel.FaceToFace, At(2026, 7, 6, 9))?.Rule);
        Assert.Equal("booking-past", BookingPolicy.WhyNot(slot, Context(), AppointmentChannel.FaceToFace, At(2026, 7, 14, 11))?.Rule);
    }

    [Fact]
    public void WhyNot_SlotOnLabourDay_IsRefused_R005()
    {
        Assert.Equal("R-005", BookingPolicy.WhyNot(Slot(new DateOnly(2026, 10, 26), 10), Context(), AppointmentChannel.FaceToFace, At(2026, 10, 1, 9))?.Rule);
    }

    [Fact]
    public void ClientClash_OverlappingAppointment_IsRefused()
    {
        var start = At(2026, 7, 14, 10);

        Assert.NotNull(BookingPolicy.ClientClash([(start.AddMinutes(-30), start.AddMinutes(30))], start, start.AddMinutes(30)));
        Assert.Null(BookingPolicy.ClientClash([(start.AddMinutes(-30), start)], start, start.AddMinutes(30)));
    }

    [Fact]
    public void Cancel_BeforeTheStart_FreesTheSlot_R047()
    {
        var slot = Slot(new DateOnly(2026, 7, 14), 10);
        var appointment = Appointment.Book(AppointmentId.New(), ClientId.New(), slot, AppointmentChannel.FaceToFace, AppointmentType.Ongoing, null, BookingCover.OwnCaseManager, Booker, At(2026, 7, 6, 9), 0.2);

        var freed = appointment.Cancel(AppointmentStatus.CancelledByClient, "Client has a job interview", Booker, At(2026, 7, 13, 9));

        Assert.True(freed);
        Assert.Null(appointment.SlotId);
        Assert.Equal(AppointmentStatus.CancelledByClient, appointment.Status);
        Assert.Throws<DomainException>(() => appointment.Cancel(AppointmentStatus.CancelledByAgency, "again", Booker, At(2026, 7, 13, 9)));
    }

    [Fact]
    public void Cancel_AfterTheStart_KeepsTheSlotAsTheResult_R047()
    {
        var slot = Slot(new DateOnly(2026, 7, 14), 10);
        var appointment = Appointment.Book(AppointmentId.New(), ClientId.New(), slot, AppointmentChannel.FaceToFace, AppointmentType.Ongoing, null, BookingCover.OwnCaseManager, Booker, At(2026, 7, 6, 9), 0.2);

        Assert.False(appointment.Cancel(AppointmentStatus.CancelledByAgency, "Case manager called away", Booker, At(2026, 7, 14, 11)));
        Assert.Equal(slot.Id, appointment.SlotId);
    }

    [Fact]
    public void Result_BeforeItsTime_IsRefused_R048()
    {
        var appointment = Appointment.Book(AppointmentId.New(), ClientId.New(), Slot(new DateOnly(2026, 7, 14), 10), AppointmentChannel.FaceToFace, AppointmentType.FirstAppointment, null, BookingCover.OwnCaseManager, Booker, At(2026, 7, 6, 9), 0.2);

        var error = Assert.Throws<DomainException>(() => appointment.Result(AppointmentStatus.Attended, CaseManager, At(2026, 7, 14, 9), null, true));

        Assert.Equal("R-048", error.Error.Rule);
        Assert.True(appointment.IsOpen);
    }

    [Fact]
    public void Result_AfterItsTime_RecordsOutcomeAndIdentity_R048_R034()
    {
        var appointment = Appointment.Book(AppointmentId.New(), ClientId.New(), Slot(new DateOnly(2026, 7, 14), 10), AppointmentChannel.FaceToFace, AppointmentType.FirstAppointment, null, BookingCover.OwnCaseManager, Booker, At(2026, 7, 6, 9), 0.2);
        Assert.True(appointment.NeedsResult(At(2026, 7, 14, 11)));

        appointment.Result(AppointmentStatus.Attended, CaseManager, At(2026, 7, 14, 11), "Discussed CV; next appointment booked.", identityVerified: true);

        Assert.Equal(AppointmentStatus.Attended, appointment.Status);
        Assert.True(appointment.IdentityVerified);
        Assert.False(appointment.NeedsResult(At(2026, 7, 14, 12)));
        Assert.Equal(2, appointment.Version);
    }

    [Fact]
    public void Book_WithdrawnSlot_IsRefused_R046()
    {
        var slot = Slot(new DateOnly(2026, 7, 14), 10);
        slot.Withdraw();

        Assert.Equal("R-046", Assert.Throws<DomainException>(() => Appointment.Book(AppointmentId.New(), ClientId.New(), slot, AppointmentChannel.Phone, AppointmentType.Ongoing, null, BookingCover.OwnCaseManager, Booker, At(2026, 7, 6, 9), 0)).Error.Rule);
    }

    [Theory]
    [InlineData(WalkInPurpose.ScanningDocuments)]
    [InlineData(WalkInPurpose.FormsSubmitted)]
    [InlineData(WalkInPurpose.PaymentCard)]
    [InlineData(WalkInPurpose.GeneralQuery)]
    [InlineData(WalkInPurpose.ProcessingAction)]
    [InlineData(WalkInPurpose.SightingIdentification)]
    [InlineData(WalkInPurpose.Authentication)]
    public void RecordWalkIn_ExcludedPurpose_IsRefused_R049(WalkInPurpose purpose)
    {
        // never recorded for scanning documents, forms, payment cards, general queries, processing, sighting ID, authentication.
        var error = Assert.Throws<DomainException>(() => Appointment.RecordWalkIn(AppointmentId.New(), ClientId.New(), CaseManager, SiteId.New(), purpose, null, CaseManager, At(2026, 7, 6, 10), 20, null, At(2026, 7, 6, 10)));

        Assert.Equal("R-049", error.Error.Rule);
        Assert.True(purpose.IsExcluded());
    }

    [Fact]
    public void RecordWalkIn_NeedMetByCaseManager_IsAnAttendedFaceToFaceVisit_R049()
    {
        var walkIn = Appointment.RecordWalkIn(AppointmentId.New(), ClientId.New(), CaseManager, SiteId.New(), WalkInPurpose.ImmediateNeed, "Food grant assessed", CaseManager, At(2026, 7, 6, 10), 25, true, At(2026, 7, 6, 10));

        Assert.Equal(AppointmentKind.WalkIn, walkIn.Kind);
        Assert.Equal(AppointmentStatus.Attended, walkIn.Status);
        Assert.Equal(AppointmentChannel.FaceToFace, walkIn.Channel);
        Assert.Null(walkIn.SlotId);
        Assert.Equal(25, walkIn.Minutes);
    }

    [Fact]
    public void CoverPolicy_CaseManagerThenBuddyThenSiteQueue_R050_R082()
    {
        var available = new CoverCandidate("Aroha", false, null, false, 12);
        var onLeave = new CoverCandidate("Aroha", true, new DateOnly(2026, 7, 17), false, 0);
        var buddy = new CoverCandidate("Wiremu", false, null, false, 5);
        var busyBuddy = new CoverCandidate("Wiremu", false, null, false, 0);

        Assert.Equal(BookingRouteStep.CaseManager, CoverPolicy.Choose(available, buddy).Step);
        var toBuddy = CoverPolicy.Choose(onLeave, buddy);
        Assert.Equal(BookingRouteStep.Buddy, toBuddy.Step);
        Assert.Contains("on leave until 17 Jul", toBuddy.Reason, StringComparison.Ordinal);
        Assert.Equal(BookingRouteStep.SiteQueue, CoverPolicy.Choose(onLeave, busyBuddy).Step);
        Assert.Equal(BookingRouteStep.SiteQueue, CoverPolicy.Choose(onLeave, null).Step);
        Assert.Equal(BookingRouteStep.SiteQueue, CoverPolicy.Choose(null, buddy).Step);
    }

    [Fact]
    public void Recurrence_EveryTwoWeeks_PicksTheSameTimeOrTheNearestFreeSlot()
    {
        var recurrence = new Recurrence(2, 4);
        var first = new DateOnly(2026, 6, 26);
        var dates = recurrence.LaterDates(first).ToList();
        Assert.Equal([new DateOnly(2026, 7, 10), new DateOnly(2026, 7, 24), new DateOnly(2026, 8, 7)], dates);

        // 10 July is Matariki: no slots that day, so the occurrence moves to the next working day with a free slot.
        var free = new[] { Slot(new DateOnly(2026, 7, 13), 9), Slot(new DateOnly(2026, 7, 13), 14), Slot(new DateOnly(2026, 7, 24), 11), Slot(new DateOnly(2026, 7, 24), 14) };
        Assert.Equal(new DateOnly(2026, 7, 13), Recurrence.Pick(free, s => s.Date, s => NzLocalTime.TimeOf(s.StartsAt), dates[0], new TimeOnly(14, 0))!.Date);
        Assert.Equal(new TimeOnly(14, 0), NzLocalTime.TimeOf(Recurrence.Pick(free, s => s.Date, s => NzLocalTime.TimeOf(s.StartsAt), dates[0], new TimeOnly(14, 0))!.StartsAt));
        Assert.Equal(new TimeOnly(14, 0), NzLocalTime.TimeOf(Recurrence.Pick(free, s => s.Date, s => NzLocalTime.TimeOf(s.StartsAt), dates[1], new TimeOnly(13, 0))!.StartsAt));
        Assert.Null(Recurrence.Pick(free, s => s.Date, s => NzLocalTime.TimeOf(s.StartsAt), dates[2], new TimeOnly(14, 0)));
        Assert.NotNull(new Recurrence(0, 3).Problem());
        Assert.Null(recurrence.Problem());
    }
}
