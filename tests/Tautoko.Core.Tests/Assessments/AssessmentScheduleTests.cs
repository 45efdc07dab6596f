using Tautoko.Core.Appointments;
using Tautoko.Core.Assessments;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Assessments;

/// <summary>When the ICS assessments are due (004 §2.5): entry by the third appointment, quarterly, exit, PCOMS per appointment.</summary>
public sealed class AssessmentScheduleTests
{
    private static readonly DateOnly Entry = new(2026, 3, 2);

    private static AttendedSession On(int day) => new(Guid.NewGuid(), Entry.AddDays(day));

    [Fact]
    public void Due_NotInIcs_Nothing()
    {
        Assert.Empty(AssessmentSchedule.Due(null, [On(1)], [], [], new HashSet<Guid>(), Entry.AddDays(100)));
    }

    [Fact]
    public void Due_EntryClientAssessment_DueUntilThirdAppointment_ThenOverdue_R114()
    {
        var two = new[] { On(1), On(8) };
        var due = AssessmentSchedule.Due(new IcsEpisode(Entry, null), two, [], [], two.Select(s => s.AppointmentId).ToHashSet(), Entry.AddDays(10));
        var ca = Assert.Single(due, d => d.Tool == AssessmentTool.ClientAssessment);
        Assert.Equal(("R-114", AssessmentPoint.Entry, false, (DateOnly?)null), (ca.Rule, ca.Point!.Value, ca.Overdue, ca.DueOn));

        var three = new[] { On(1), On(8), On(15) };
        var later = AssessmentSchedule.Due(new IcsEpisode(Entry, null), three, [], [], three.Select(s => s.AppointmentId).ToHashSet(), Entry.AddDays(16));
        var overdue = Assert.Single(later, d => d.Tool == AssessmentTool.ClientAssessment);
        Assert.True(overdue.Overdue);
        Assert.Equal(Entry.AddDays(15), overdue.DueOn);
        Assert.Contains(later, d => d.Tool == AssessmentTool.Beut && d.Rule == "R-115" && d.Overdue);
    }

    [Fact]
    public void Due_Quarterly_ShownFourteenDaysAhead_OverdueAfterTheDay_R115()
    {
        var done = new[] { new AssessmentDone(AssessmentPoint.Entry, Entry) };
        var next = Entry.AddMonths(3);
        Assert.DoesNotContain(AssessmentSchedule.Due(new IcsEpisode(Entry, null), [], done, done, new HashSet<Guid>(), next.AddDays(-15)), d => d.Point == AssessmentPoint.Quarterly);
        var ahead = AssessmentSchedule.Due(new IcsEpisode(Entry, null), [], done, done, new HashSet<Guid>(), next.AddDays(-14));
        Assert.Equal(2, ahead.Count(d => d.Point == AssessmentPoint.Quarterly && !d.Overdue && d.DueOn == next));
        Assert.All(AssessmentSchedule.Due(new IcsEpisode(Entry, null), [], done, done, new HashSet<Guid>(), next.AddDays(1)), d => Assert.True(d.Overdue));
    }

    [Fact]
    public void Due_AfterExit_ExitAssessmentsOnly_OverdueAfterFourteenDays_R114_R115()
    {
        var done = new[] { new AssessmentDone(AssessmentPoint.Entry, Entry) };
        var exit = Entry.AddMonths(5);
        var due = AssessmentSchedule.Due(new IcsEpisode(Entry, exit), [], done, done, new HashSet<Guid>(), exit.AddDays(14));
        Assert.Equal(2, due.Count);
        Assert.All(due, d => Assert.Equal((AssessmentPoint.Exit, false), (d.Point!.Value, d.Overdue)));
        Assert.All(AssessmentSchedule.Due(new IcsEpisode(Entry, exit), [], done, done, new HashSet<Guid>(), exit.AddDays(15)), d => Assert.True(d.Overdue));
        var exited = new[] { new AssessmentDone(AssessmentPoint.Entry, Entry), new AssessmentDone(AssessmentPoint.Exit, exit) };
        Assert.Empty(AssessmentSchedule.Due(new IcsEpisode(Entry, exit), [], exited, exited, new HashSet<Guid>(), exit.AddDays(20)));
    }

    [Fact]
    public void Due_Pcoms_EachAttendedAppointmentWithoutMeasure_OverdueAfterAWeek_R116()
    {
        var done = new[] { new AssessmentDone(AssessmentPoint.Entry, Entry) };
        var before = new AttendedSession(Guid.NewGuid(), Entry.AddDays(-3));
        var measured = On(2);
        var open = On(5);
        var due = AssessmentSchedule.Due(new IcsEpisode(Entry, null), [before, measured, open], done, done, new HashSet<Guid> { measured.AppointmentId }, Entry.AddDays(13));
        var pcoms = Assert.Single(due, d => d.Tool == AssessmentTool.Pcoms);
        Assert.Equal((open.AppointmentId, "R-116", true), (pcoms.AppointmentId!.Value, pcoms.Rule, pcoms.Overdue));
    }

    [Fact]
    public void Record_SensitiveTopicsBeforeFirstAttendedAppointment_NamesR114()
    {
        var error = Assert.Throws<DomainException>(() => ClientAssessment.Record(Guid.NewGuid(), new ClientId(Guid.NewGuid()), AssessmentPoint.Entry, Entry,
            "Narrative.", "Gang affiliation.", false, DateTimeOffset.UtcNow, new StaffId(Guid.NewGuid()))).Error;
        Assert.Equal("R-114", error.Rule);
        Assert.Equal("Gang affiliation.", ClientAssessment.Record(Guid.NewGuid(), new ClientId(Guid.NewGuid()), AssessmentPoint.Entry, Entry,
            "Narrative.", "Gang affiliation.", true, DateTimeOffset.UtcNow, new StaffId(Guid.NewGuid())).SensitiveTopics);
    }

    [Fact]
    public void Beut_MissingOrOutOfRangeFactor_Named_R115()
    {
        var ratings = BeutFactors.All.ToDictionary(f => f, _ => 3);
        ratings.Remove(BeutFactor.Numeracy);
        ratings[BeutFactor.Housing] = 0;
        Assert.Equal(["numeracy", "housing"], BeutAssessment.WhyNotRatings(ratings));
    }

    [Fact]
    public void SessionMeasure_Skip_NeedsReason_Rated_TotalsOutOf40_R116()
    {
        var skip = () => SessionMeasure.Skip(Guid.NewGuid(), new ClientId(Guid.NewGuid()), AppointmentId.New(), Entry, " ", DateTimeOffset.UtcNow, new StaffId(Guid.NewGuid()));
        Assert.Equal("R-116", Assert.Throws<DomainException>(skip).Error.Rule);
        var m = SessionMeasure.Rated(Guid.NewGuid(), new ClientId(Guid.NewGuid()), AppointmentId.New(), Entry, new SessionScores(1, 2, 3, 4, 10, 9, 8, 7), DateTimeOffset.UtcNow, new StaffId(Guid.NewGuid()));
        Assert.Equal((10, 34), (m.Scores!.OutcomeTotal, m.Scores.SessionTotal));
        Assert.Equal(["overall"], new SessionScores(1, 2, 3, 11, 0, 0, 0, 0).OutOfRange());
    }
}
