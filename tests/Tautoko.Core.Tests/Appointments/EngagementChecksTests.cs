using Tautoko.Core.Appointments;

namespace Tautoko.Core.Tests.Appointments;

public sealed class EngagementChecksTests
{
    [Fact]
    public void Items_WithPartner_EligibilityIncludesThePartnersCircumstances_R064()
    {
        // eligibility incl. partner; site referral queue; client events; benefit expiries; redirections and debt offsets.
        Assert.Contains("partner's circumstances", EngagementChecks.Items(hasPartner: true)[0].Label, StringComparison.Ordinal);
        Assert.DoesNotContain("partner", EngagementChecks.Items(hasPartner: false)[0].Label, StringComparison.Ordinal);
        Assert.Equal(5, EngagementChecks.Items(false).Count);
    }

    [Fact]
    public void Missing_SomeChecked_ListsTheRest_R064()
    {
        var missing = EngagementChecks.Missing([EngagementChecks.Eligibility, EngagementChecks.ReferralQueue], hasPartner: false);

        Assert.Equal(["Client event notes in progress, on hold or ready for processing", "SWIFTT expiries (i.e., reapplications)", "Redirections and debt offsets"], missing);
    }

    [Fact]
    public void Summary_AllChecked_NamesNoneMissing_R064()
    {
        var all = EngagementChecks.Items(true).Select(i => i.Key).ToList();

        Assert.EndsWith("Redirections and debt offsets.", EngagementChecks.Summary(all, hasPartner: true), StringComparison.Ordinal);
        Assert.DoesNotContain("not checked", EngagementChecks.Summary(all, hasPartner: true), StringComparison.Ordinal);
        Assert.Equal(["horoscope"], EngagementChecks.Unknown(["eligibility", "horoscope"]));
    }
}
