using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Appointments;

/// <summary>What a booking decides besides the slot: the cover it records, the letter it posts, and what the engagement log and site queue say.</summary>
public sealed class BookingDecisionTests
{
    private static readonly StaffId CaseManager = StaffId.New();
    private static readonly StaffId Buddy = StaffId.New();
    private static readonly StaffId Someone = StaffId.New();

    private static readonly DateOnly Tuesday = new(2026, 7, 14);

    private static Appointment Booked(BookingCover cover, AppointmentType type = AppointmentType.Ongoing, AppointmentChannel channel = AppointmentChannel.FaceToFace)
    {
        var start = NzLocalTime.ToUtc(Tuesday, new TimeOnly(10, 0));
        var slot = new AppointmentSlot(SlotId.New(), CaseManager, SiteId.New(), Tuesday, start, start.AddMinutes(30), SlotKind.Proactive);
        return Appointment.Book(AppointmentId.New(), ClientId.New(), slot, channel, type, null, cover, Someone, NzLocalTime.ToUtc(new DateOnly(2026, 7, 6), new TimeOnly(9, 0)), 0.2);
    }

    [Fact]
    public void CoverFor_CalendarOfTheClientsCaseManager_IsOwnCaseManager()
    {
        Assert.Equal(BookingCover.OwnCaseManager, CoverPolicy.CoverFor(CaseManager, CaseManager, Buddy));
    }

    [Fact]
    public void CoverFor_CalendarOfTheCaseManagersBuddy_IsBuddyCover_R050()
    {
        Assert.Equal(BookingCover.Buddy, CoverPolicy.CoverFor(Buddy, CaseManager, Buddy));
    }

    [Fact]
    public void CoverFor_CalendarOfSomeoneElse_IsAnotherCaseManager()
    {
        Assert.Equal(BookingCover.OtherCaseManager, CoverPolicy.CoverFor(Someone, CaseManager, Buddy));
        Assert.Equal(BookingCover.OtherCaseManager, CoverPolicy.CoverFor(Someone, CaseManager, null));
    }

    [Fact]
    public void CoverFor_ClientWithoutCaseManager_IsAnotherCaseManager_R082()
    {
        Assert.Equal(BookingCover.OtherCaseManager, CoverPolicy.CoverFor(CaseManager, null, null));
    }

    [Fact]
    public void Sends_FirstAppointmentNotAsked_SendsTheLetter_R035()
    {
        Assert.True(BookingLetters.Sends(null, AppointmentType.FirstAppointment));
        Assert.False(BookingLetters.Sends(false, AppointmentType.FirstAppointment));
    }

    [Fact]
    public void Sends_OngoingAppointment_OnlyWhenAsked_R035()
    {
        Assert.False(BookingLetters.Sends(null, AppointmentType.Ongoing));
        Assert.False(BookingLetters.Sends(null, null));
        Assert.True(BookingLetters.Sends(true, AppointmentType.Ongoing));
    }

    [Fact]
    public void For_PhoneBasedCalendar_DefaultsToThePhoneBasedLetter_R028()
    {
        Assert.Equal(LetterKind.PhoneBasedAppointment, BookingLetters.For(true, null, CaseManagerVariant.PhoneBased));
        Assert.Equal(LetterKind.InviteToProactiveAppointment, BookingLetters.For(true, null, CaseManagerVariant.General));
    }

    [Fact]
    public void For_AskedKind_WinsOverTheCalendarsDefault_R028()
    {
        Assert.Equal(LetterKind.InviteToProactiveAppointment, BookingLetters.For(true, LetterKind.InviteToProactiveAppointment, CaseManagerVariant.PhoneBased));
    }

    [Fact]
    public void For_NoLetterSent_IsNone()
    {
        Assert.Null(BookingLetters.For(false, LetterKind.PhoneBasedAppointment, CaseManagerVariant.PhoneBased));
    }

    [Fact]
    public void Booked_AsBuddyCover_LogsWhatWhenWhoTheCoverAndTheRisk_R050()
    {
        var risk = new DnaRisk(0.2, DnaRiskBand.Elevated, 3, 1, "Missed 1 of 4.");

        var text = BookingNotes.Booked(Booked(BookingCover.Buddy), "Aroha Ngata", "Masterton", risk);

        Assert.Equal(
            "Appointment booked: Ongoing case management, face-to-face, Tuesday 14 July 2026 at 10:00 am (30 min) with Aroha Ngata at Masterton as buddy cover for the client's case manager (R-050). Did-not-attend risk 20% (elevated).",
            text);
    }

    [Fact]
    public void Booked_WithOwnOrAnotherCaseManager_SaysSoOrNothing()
    {
        var risk = new DnaRisk(0.1, DnaRiskBand.Low, 0, 0, "No history.");

        Assert.DoesNotContain("(R-050)", BookingNotes.Booked(Booked(BookingCover.OwnCaseManager), "Aroha Ngata", "Masterton", risk), StringComparison.Ordinal);
        Assert.Contains("at Masterton (not the client's case manager).", BookingNotes.Booked(Booked(BookingCover.OtherCaseManager), "Aroha Ngata", "Masterton", risk), StringComparison.Ordinal);
    }

    [Fact]
    public void SiteQueueCleared_BookedAppointment_SaysWhatWhenAndWithWhom_R083()
    {
        Assert.Equal(
            "First appointment booked for Tuesday 14 July 2026 at 10:00 am with Aroha Ngata at Masterton.",
            BookingNotes.SiteQueueCleared(Booked(BookingCover.OwnCaseManager, AppointmentType.FirstAppointment), "Aroha Ngata", "Masterton"));
    }
}
