using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Caseloads;

public sealed class CohortTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static CohortFacts Facts(int age, BenefitType benefit = BenefitType.JobseekerSupportWorkReady, int monthsOnBenefit = 6, WorkObligation obligation = WorkObligation.FullTime, bool children = false) =>
        new(Today.AddYears(-age).AddDays(-10), benefit, Today.AddMonths(-monthsOnBenefit), obligation, children);

    [Theory]
    [InlineData(18, WorkObligation.FullTime)]
    [InlineData(24, WorkObligation.PartTime)]
    public void Classify_18To24WithObligations_IsYouth_R015_R016(int age, WorkObligation obligation)
    {
        // 18–24 with part- or full-time obligations is the first-priority cohort, whatever the benefit.
        Assert.Equal(PriorityCohort.Youth, PriorityCohorts.Classify(Facts(age, BenefitType.SoleParentSupport, obligation: obligation, children: true), Today).Cohort);
        Assert.Equal(PriorityCohort.Youth, PriorityCohorts.Classify(Facts(age, BenefitType.JobseekerSupportHealthConditionOrDisability, obligation: obligation), Today).Cohort);
    }

    [Fact]
    public void Classify_YouthWithWorkPreparationOnly_IsNotYouth_R015()
    {
        // youth need part- or full-time work obligations; JS-HCD with work preparation is in no cohort.
        var decision = PriorityCohorts.Classify(Facts(20, BenefitType.JobseekerSupportHealthConditionOrDisability, obligation: WorkObligation.WorkPreparation), Today);
        Assert.Null(decision.Cohort);
        Assert.Contains("Work preparation", decision.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(23, false, PriorityCohort.UnderTwoYears)]
    [InlineData(24, false, PriorityCohort.OverTwoYears)]
    [InlineData(60, false, PriorityCohort.OverTwoYears)]
    [InlineData(3, true, PriorityCohort.WithChildren)]
    [InlineData(40, true, PriorityCohort.WithChildren)]
    public void Classify_JobseekerWorkReady_ByMonthsAndChildren_R015(int months, bool children, PriorityCohort expected) =>
        // JS-WR under 24 months, over 24 months, and with dependent children.
        Assert.Equal(expected, PriorityCohorts.Classify(Facts(35, monthsOnBenefit: months, children: children), Today).Cohort);

    [Fact]
    public void Classify_SolePArentAged30_IsInNoCohort_R015() =>
        Assert.Null(PriorityCohorts.Classify(Facts(30, BenefitType.SoleParentSupport, obligation: WorkObligation.PartTime, children: true), Today).Cohort);

    [Theory]
    [InlineData(105, 53, 32, 10, 10)]
    [InlineData(110, 55, 33, 11, 11)]
    [InlineData(100, 50, 30, 10, 10)]
    [InlineData(7, 3, 2, 1, 1)]
    public void Targets_SeedMix_AddUpToCapacity_R015(int capacity, int youth, int under, int over, int children)
    {
        // 50/30/10/10 of a full caseload, rounded by largest remainder (ties to the higher priority) so the four add up to the capacity.
        var targets = CohortMix.Seed.Targets(capacity);
        Assert.Equal([youth, under, over, children], targets);
        Assert.Equal(capacity, targets.Sum());
    }

    [Fact]
    public void Mix_NotAddingTo100_IsRefused_R015() =>
        Assert.Equal("R-015", Assert.Throws<DomainException>(() => new CohortMix(50, 30, 10, 5).Validate()).Error.Rule);

    [Theory]
    [InlineData(CaseManagementService.EmploymentFaceToFace, 105)]
    [InlineData(CaseManagementService.EmploymentReserve, 105)]
    [InlineData(CaseManagementService.PhoneBased, 110)]
    [InlineData(CaseManagementService.IntegratedServices, 60)]
    [InlineData(CaseManagementService.IntensiveClientSupport, 60)]
    public void DefaultCapacity_IsTheSeedFigure_R010_R011_R012_R013(CaseManagementService service, int expected) =>
        // R-010 ECM 105 (ECM-R as ECM), R-011 PBCM 110, R-012 ISCM 60, R-013 ICS 60.
        Assert.Equal(expected, service.DefaultCapacity());

    [Fact]
    public void ServiceCapacity_ScalesByFte_AndChangeIsValidated()
    {
        Assert.Equal(105, ServiceCapacity.ForCaseManager(105, 1.0m));
        Assert.Equal(53, ServiceCapacity.ForCaseManager(105, 0.5m));
        var capacity = new ServiceCapacity(CaseManagementService.EmploymentFaceToFace, 105, DateTimeOffset.UnixEpoch);
        capacity.Change(110, new StaffId(Guid.NewGuid()), DateTimeOffset.UnixEpoch.AddDays(1));
        Assert.Equal(110, capacity.PerCaseManager);
        Assert.Throws<DomainException>(() => capacity.Change(0, new StaffId(Guid.NewGuid()), DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace, CaseManagementService.EmploymentFaceToFace)]
    [InlineData(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentReserve, CaseManagementService.EmploymentReserve)]
    [InlineData(StaffRole.EmploymentCaseManager, CaseManagerVariant.PhoneBased, CaseManagementService.PhoneBased)]
    [InlineData(StaffRole.CaseManager, CaseManagerVariant.Housing, CaseManagementService.IntegratedServices)]
    [InlineData(StaffRole.CaseManager, CaseManagerVariant.General, CaseManagementService.General)]
    [InlineData(StaffRole.IntensiveClientSupportManager, CaseManagerVariant.None, CaseManagementService.IntensiveClientSupport)]
    public void DefaultFor_CaseManagers_RunTheirService(StaffRole role, CaseManagerVariant variant, CaseManagementService expected)
    {
        Assert.Equal(expected, CaseManagementServices.DefaultFor(role, variant));
        Assert.True(CaseManagementServices.MayRun(role, variant, expected));
    }

    [Fact]
    public void DefaultFor_Connector_HasNoCaseload() =>
        Assert.Null(CaseManagementServices.DefaultFor(StaffRole.Connector, CaseManagerVariant.None));

    [Fact]
    public void Caseload_Resize_NeverDropsClients_AndServiceChangesOnlyWhenEmpty_R014()
    {
        var caseload = new Caseload(new StaffId(Guid.NewGuid()), new SiteId(Guid.NewGuid()), CaseManagementService.General, 150, DateTimeOffset.UnixEpoch);
        caseload.StartWith(120);
        caseload.Resize(100, DateTimeOffset.UnixEpoch);
        Assert.Equal(120, caseload.Capacity);
        Assert.Equal(100, caseload.TargetCapacity);
        Assert.Equal(0, caseload.Free);
        Assert.Throws<DomainException>(() => caseload.ChangeService(CaseManagementService.Dedicated, DateTimeOffset.UnixEpoch));
        Assert.Throws<DomainException>(() => caseload.StartWith(121));
    }

    [Fact]
    public void ProgrammeTags_FollowTheService()
    {
        foreach (var service in CaseManagementServices.All)
        {
            Assert.Equal(service, CaseManagementServices.FromTag(service.Tag()));
        }

        Assert.Null(CaseManagementServices.FromTag(ProgrammeTagCode.LabourMarketIndicator1));
    }
}
