using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;

namespace Tautoko.Core.Tests.Vacancies;

public sealed class ReferralTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly StaffId Esr = new(Guid.NewGuid());
    private static readonly DateTimeOffset At = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static Vacancy OpenVacancy() => new(Guid.NewGuid(), new SiteId(Guid.NewGuid()), new RegionId(Guid.NewGuid()),
        new VacancyDetails("Forklift driver", "721311", "Masterton", 40, 27.5m, ["F"], Day.AddDays(20), 1), Esr, At);

    private static Referral ToVacancy() => Referral.ToVacancy(new ClientId(Guid.NewGuid()), OpenVacancy(), new SiteId(Guid.NewGuid()), Esr, Day, At);

    [Fact]
    public void Vacancy_ReferredAcceptedInterviewedFilled_EachStageKeepsDateAndWho()
    {
        var referral = ToVacancy();
        referral.Advance(ReferralStage.Accepted, Day.AddDays(1), Esr, null, null, At);
        referral.Advance(ReferralStage.Interviewed, Day.AddDays(3), Esr, null, null, At);
        referral.Advance(ReferralStage.Filled, Day.AddDays(5), Esr, null, null, At);

        Assert.Equal(ReferralStage.Filled, referral.Stage);
        Assert.True(referral.IsFinal);
        Assert.Empty(referral.NextStages);
        Assert.Equal([ReferralStage.Referred, ReferralStage.Accepted, ReferralStage.Interviewed, ReferralStage.Filled], referral.Steps().Select(s => s.Stage));
        Assert.Equal(Day.AddDays(3), referral.InterviewedOn);
        Assert.Equal(4, referral.Version);
    }

    [Fact]
    public void Vacancy_FilledStraightFromReferred_StageNamed()
    {
        var referral = ToVacancy();
        var problems = referral.WhyNotAdvance(ReferralStage.Filled, Day, null, null);
        Assert.Contains("accepted or declined", problems["stage"][0]);
        Assert.Throws<DomainException>(() => referral.Advance(ReferralStage.Filled, Day, Esr, null, null, At));
    }

    [Fact]
    public void Vacancy_ParticipatedIsAProgrammeStage_Refused()
    {
        var referral = ToVacancy();
        referral.Advance(ReferralStage.Accepted, Day, Esr, null, null, At);
        Assert.True(referral.WhyNotAdvance(ReferralStage.Participated, Day, null, null).ContainsKey("stage"));
    }

    [Fact]
    public void Declined_IsFinal()
    {
        var referral = ToVacancy();
        referral.Advance(ReferralStage.Declined, Day, Esr, null, null, At);
        Assert.Contains("final", referral.WhyNotAdvance(ReferralStage.Accepted, Day, null, null)["stage"][0]);
    }

    [Fact]
    public void Advance_DateBeforeLastStage_OnNamed()
    {
        var referral = ToVacancy();
        Assert.True(referral.WhyNotAdvance(ReferralStage.Accepted, Day.AddDays(-1), null, null).ContainsKey("on"));
    }

    [Theory]
    [InlineData(VacancyStatus.Filled)]
    [InlineData(VacancyStatus.Closed)]
    public void ToVacancy_NotOpen_VacancyStatusRuleWithClearMessage(VacancyStatus status)
    {
        var vacancy = OpenVacancy();
        vacancy.ChangeStatus(status, At);
        var error = Referral.WhyNotRefer(vacancy);
        Assert.Equal(Vacancy.StatusRule, error?.Rule);
        Assert.Contains("only be referred to an open vacancy", error!.Message);
        Assert.Throws<DomainException>(() => Referral.ToVacancy(new ClientId(Guid.NewGuid()), vacancy, new SiteId(Guid.NewGuid()), Esr, Day, At));
    }

    [Fact]
    public void Programme_CompletedNeedsOutcomeCodeAndText()
    {
        var referral = Referral.ToProgramme(new ClientId(Guid.NewGuid()), ContractedServiceKind.WorkReadiness, " Ready for Work (Wairarapa Trust) ", new SiteId(Guid.NewGuid()), Esr, Day, At);
        Assert.Equal("Ready for Work (Wairarapa Trust)", referral.Programme);
        referral.Advance(ReferralStage.Accepted, Day, Esr, null, null, At);
        Assert.True(referral.WhyNotAdvance(ReferralStage.Interviewed, Day, null, null).ContainsKey("stage"));
        referral.Advance(ReferralStage.Participated, Day, Esr, null, null, At);
        var problems = referral.WhyNotAdvance(ReferralStage.Completed, Day, null, " ");
        Assert.True(problems.ContainsKey("outcomeCode"));
        Assert.True(problems.ContainsKey("outcome"));
        referral.Advance(ReferralStage.Completed, Day.AddDays(30), Esr, ProgrammeOutcome.EnteredEmployment, "Started at the freight depot.", At);
        Assert.Equal(ProgrammeOutcome.EnteredEmployment, referral.OutcomeCode);
        Assert.True(referral.IsFinal);
    }
}
