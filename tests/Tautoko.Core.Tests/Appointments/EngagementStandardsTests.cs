using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;

namespace Tautoko.Core.Tests.Appointments;

/// <summary>R-030–R-034 on real working-day calendars: Matariki, Labour Day, Christmas and anniversary days.</summary>
public sealed class EngagementStandardsTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static CaseloadClient Client(DateOnly assigned, ProgrammeTagCode service = ProgrammeTagCode.EmploymentCaseManagement, DateOnly? last = null,
        bool future = true, DateOnly? firstSeen = null, bool? verified = true, bool transfer = false, ClientFlags flags = ClientFlags.None) =>
        new(flags, service, assigned, transfer, last, future, firstSeen, firstSeen is null ? null : verified);

    private static IReadOnlyList<string> Rules(CaseloadClient client, DateOnly today, AnniversaryDistrict district = AnniversaryDistrict.Wellington) =>
        [.. EngagementStandards.Evaluate(client, today, district).Select(f => f.Rule)];

    [Fact]
    public void FirstSeen_EleventhWorkingDayAcrossMatariki_RecordedOutsideTheStandard_R033()
    {
        // R-033 recorded when it happens: assigned Monday 6 July 2026, seen Wednesday 22 July = 11 working days (Matariki skipped).
        var late = EngagementStandards.FirstSeen(ProgrammeTagCode.EmploymentCaseManagement, false, D(2026, 7, 6), D(2026, 7, 22), AppointmentChannel.FaceToFace, AnniversaryDistrict.Wellington)!;
        var onTime = EngagementStandards.FirstSeen(ProgrammeTagCode.EmploymentCaseManagement, false, D(2026, 7, 6), D(2026, 7, 21), AppointmentChannel.FaceToFace, AnniversaryDistrict.Wellington)!;

        Assert.Equal(11, late.WorkingDays);
        Assert.False(late.WithinStandard);
        Assert.True(onTime.WithinStandard);
        Assert.StartsWith(FirstSeenRecord.Marker, late.Text(AppointmentChannel.FaceToFace), StringComparison.Ordinal);
        Assert.Contains("outside the 10-working-day standard", late.Text(AppointmentChannel.FaceToFace), StringComparison.Ordinal);
    }

    [Fact]
    public void FirstSeen_GeneralTransferOrWrongChannel_NotRecorded_R033()
    {
        Assert.Null(EngagementStandards.FirstSeen(ProgrammeTagCode.GeneralCaseManagement, false, D(2026, 7, 6), D(2026, 7, 8), AppointmentChannel.FaceToFace, AnniversaryDistrict.Wellington));
        Assert.Null(EngagementStandards.FirstSeen(ProgrammeTagCode.EmploymentCaseManagement, true, D(2026, 7, 6), D(2026, 7, 8), AppointmentChannel.FaceToFace, AnniversaryDistrict.Wellington));
        Assert.Null(EngagementStandards.FirstSeen(ProgrammeTagCode.EmploymentCaseManagement, false, D(2026, 7, 6), D(2026, 7, 8), AppointmentChannel.Phone, AnniversaryDistrict.Wellington));
        Assert.NotNull(EngagementStandards.FirstSeen(ProgrammeTagCode.PhoneBasedCaseManagement, false, D(2026, 7, 6), D(2026, 7, 8), AppointmentChannel.Phone, AnniversaryDistrict.Auckland));
    }

    [Fact]
    public void AttendedWithoutNext_Flagged_R031()
    {
        // a future engagement is arranged at each appointment attended; a "show" with nothing after it is flagged.
        var client = Client(D(2026, 7, 6), last: D(2026, 7, 20), future: false, firstSeen: D(2026, 7, 8)) with { AttendedWithoutNextOn = D(2026, 7, 20) };

        var finding = Assert.Single(EngagementStandards.Evaluate(client, D(2026, 7, 21), AnniversaryDistrict.Wellington), f => f.Rule == "R-031");
        Assert.Equal(EngagementBreach.NextEngagementNotArranged, finding.Breach);
        Assert.Contains("20 Jul 2026", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AttendedWithNextArranged_NotFlagged_R031()
    {
        var client = Client(D(2026, 7, 6), last: D(2026, 7, 20), firstSeen: D(2026, 7, 8));

        Assert.DoesNotContain("R-031", Rules(client, D(2026, 7, 21)));
    }

    [Fact]
    public void AttendedWithoutNext_SuspendedClient_NotFlagged_R031()
    {
        var client = Client(D(2026, 7, 6), last: D(2026, 7, 20), future: false, firstSeen: D(2026, 7, 8), flags: ClientFlags.Suspended) with { AttendedWithoutNextOn = D(2026, 7, 20) };

        Assert.DoesNotContain("R-031", Rules(client, D(2026, 7, 21)));
    }

    [Fact]
    public void NewClient_TenWorkingDaysSkipMatariki_DueTuesday21July_R033()
    {
        // Assigned Monday 6 July 2026; Matariki is Friday 10 July, so the tenth working day is Tuesday 21 July, not Monday 20.
        var client = Client(D(2026, 7, 6), last: D(2026, 7, 6));

        Assert.DoesNotContain("R-033", Rules(client, D(2026, 7, 21)));
        var finding = Assert.Single(EngagementStandards.Evaluate(client, D(2026, 7, 22), AnniversaryDistrict.Wellington), f => f.Rule == "R-033");
        Assert.Equal(D(2026, 7, 21), finding.DueOn);
        Assert.Contains("face-to-face", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewClient_PhoneBased_IsSeenByPhone_R033()
    {
        var client = Client(D(2026, 7, 6), ProgrammeTagCode.PhoneBasedCaseManagement, last: D(2026, 7, 6));

        var finding = Assert.Single(EngagementStandards.Evaluate(client, D(2026, 7, 22), AnniversaryDistrict.Auckland), f => f.Rule == "R-033");
        Assert.Contains("by phone", finding.Message, StringComparison.Ordinal);
        Assert.Equal(AppointmentChannel.Phone, EngagementStandards.FirstAppointmentChannel(ProgrammeTagCode.PhoneBasedCaseManagement));
    }

    [Theory]
    [InlineData(ProgrammeTagCode.GeneralCaseManagement, false)]
    [InlineData(ProgrammeTagCode.EmploymentCaseManagement, true)]
    public void NewClient_GeneralCaseManagementAndTransfers_AreExcluded_R033(ProgrammeTagCode service, bool transfer)
    {
        var client = Client(D(2026, 7, 6), service, last: D(2026, 7, 6), transfer: transfer);

        Assert.DoesNotContain("R-033", Rules(client, D(2026, 7, 31)));
    }

    [Fact]
    public void NewClient_SeenInTime_NoLongerListed_R033()
    {
        var client = Client(D(2026, 7, 6), last: D(2026, 7, 14), firstSeen: D(2026, 7, 14));

        Assert.Empty(Rules(client, D(2026, 7, 31)));
    }

    [Fact]
    public void Engagement_TwentyEightWorkingDaysSkipLabourDay_DueFriday6November_R032()
    {
        // Last seen Monday 28 September 2026; Labour Day (Monday 26 October) does not count, so the 28th working day is Friday 6 November.
        var client = Client(D(2026, 6, 1), last: D(2026, 9, 28), firstSeen: D(2026, 6, 3));

        Assert.DoesNotContain("R-032", Rules(client, D(2026, 11, 6)));
        var finding = Assert.Single(EngagementStandards.Evaluate(client, D(2026, 11, 9), AnniversaryDistrict.Wellington), f => f.Rule == "R-032");
        Assert.Equal(D(2026, 11, 6), finding.DueOn);
        Assert.StartsWith("29 working days", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Engagement_HawkesBayAnniversaryDay_GivesOneMoreCalendarDay_R032()
    {
        // Hawke's Bay also keeps Friday 23 October 2026 (the Friday before Labour Day), so its due date is Monday 9 November.
        var client = Client(D(2026, 6, 1), last: D(2026, 9, 28), firstSeen: D(2026, 6, 3));

        Assert.DoesNotContain("R-032", Rules(client, D(2026, 11, 9), AnniversaryDistrict.HawkesBay));
        Assert.Equal(D(2026, 11, 9), EngagementStandards.Evaluate(client, D(2026, 11, 10), AnniversaryDistrict.HawkesBay).Single(f => f.Rule == "R-032").DueOn);
    }

    [Fact]
    public void Engagement_OverChristmasAndNewYear_DueThursday28January2027_R032()
    {
        // Last seen Monday 14 December 2026. Not working days: Christmas (Fri 25), Boxing Day observed (Mon 28),
        // New Year's Day (Fri 1 Jan), 2 January observed (Mon 4 Jan) and Wellington Anniversary (Mon 25 Jan 2027).
        var client = Client(D(2026, 6, 1), last: D(2026, 12, 14), firstSeen: D(2026, 6, 3));

        Assert.Equal(D(2027, 1, 28), WorkingDays.Add(D(2026, 12, 14), 28, AnniversaryDistrict.Wellington));
        Assert.DoesNotContain("R-032", Rules(client, D(2027, 1, 28)));
        Assert.Contains("R-032", Rules(client, D(2027, 1, 29)));
    }

    [Fact]
    public void Engagement_NoneSinceAssignment_CountsFromAssignment_R032()
    {
        var client = Client(D(2026, 9, 28), ProgrammeTagCode.GeneralCaseManagement);

        var finding = Assert.Single(EngagementStandards.Evaluate(client, D(2026, 11, 9), AnniversaryDistrict.Wellington));
        Assert.Equal("R-032", finding.Rule);
        Assert.Contains("since assignment", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FutureEngagement_NoneBooked_IsABreach_R030()
    {
        var client = Client(D(2026, 6, 1), last: D(2026, 10, 1), future: false, firstSeen: D(2026, 6, 3));

        Assert.Equal(["R-030"], Rules(client, D(2026, 10, 2)));
    }

    [Theory]
    [InlineData(ClientFlags.Suspended)]
    [InlineData(ClientFlags.ObligationsFailureOrSanction)]
    public void FutureEngagement_SuspendedOrObligationsFailure_IsExempt_R030(ClientFlags flag)
    {
        var client = Client(D(2026, 6, 1), last: D(2026, 10, 1), future: false, firstSeen: D(2026, 6, 3), flags: flag);

        Assert.Empty(Rules(client, D(2026, 10, 2)));
    }

    [Fact]
    public void Identity_NotVerifiedAtFirstAppointment_IsListed_R034()
    {
        var client = Client(D(2026, 6, 1), last: D(2026, 10, 1), firstSeen: D(2026, 6, 3), verified: false);

        Assert.Equal(["R-034"], Rules(client, D(2026, 10, 2)));
    }
}
