using Tautoko.Core.Assessments;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Assessments;

/// <summary>R-114/R-115: one reminder per due assessment — the key stays the same while the assessment is due.</summary>
public sealed class AssessmentRemindersTests
{
    private static readonly ClientId Client = new(Guid.Parse("0191f000-0000-7000-8000-000000000001"));
    private static readonly IcsEpisode Episode = new(new DateOnly(2026, 9, 1), null);

    [Fact]
    public void Key_EntryDueThenOverdue_SameKey_R114()
    {
        var due = new AssessmentDue(AssessmentTool.ClientAssessment, AssessmentPoint.Entry, null, null, false, "R-114", "due");
        var overdue = due with { DueOn = new DateOnly(2026, 9, 20), Overdue = true };
        Assert.Equal(AssessmentReminders.Key(Client, Episode, due), AssessmentReminders.Key(Client, Episode, overdue));
    }

    [Fact]
    public void Key_NextQuarter_NewKey_R115()
    {
        var q1 = new AssessmentDue(AssessmentTool.Beut, AssessmentPoint.Quarterly, null, new DateOnly(2026, 12, 1), false, "R-115", "due");
        var q2 = q1 with { DueOn = new DateOnly(2027, 3, 1) };
        Assert.NotEqual(AssessmentReminders.Key(Client, Episode, q1), AssessmentReminders.Key(Client, Episode, q2));
        Assert.NotEqual(AssessmentReminders.Key(Client, Episode, q1), AssessmentReminders.Key(Client, Episode, q1 with { Tool = AssessmentTool.ClientAssessment }));
        Assert.True(AssessmentReminders.Key(Client, Episode, q1).Length <= AssessmentReminders.MaxKeyLength);
    }

    [Fact]
    public void Reminds_PcomsNot_ClientAssessmentAndBeut_R116()
    {
        Assert.False(AssessmentReminders.Reminds(new AssessmentDue(AssessmentTool.Pcoms, null, Guid.NewGuid(), new DateOnly(2026, 9, 2), true, "R-116", "x")));
        Assert.True(AssessmentReminders.Reminds(new AssessmentDue(AssessmentTool.Beut, AssessmentPoint.Exit, null, new DateOnly(2026, 9, 2), true, "R-115", "x")));
    }

    [Fact]
    public void Need_Overdue_SaysOverdueAndTheRule()
    {
        var need = AssessmentReminders.Need(new AssessmentDue(AssessmentTool.Beut, AssessmentPoint.Entry, null, new DateOnly(2026, 9, 20), true, "R-115", "An entry BEUT was due."));
        Assert.StartsWith("Overdue", need, StringComparison.Ordinal);
        Assert.Contains("R-115", need, StringComparison.Ordinal);
    }
}
