using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Navigators;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.Tests.Navigators;

public sealed class NavigatorRulesTests
{
    private static readonly SiteId Site = SiteId.New();
    private static readonly RegionId Region = RegionId.New();

    private static Viewer Navigator() => new(StaffId.New(), StaffRole.Navigator, CaseManagerVariant.None, Site, Region, []);

    [Fact]
    public void Decide_NavigatorOwnSiteClientNotLinked_RefusedScope()
    {
        var decision = ClientAccessPolicy.Decide(Navigator(), new ClientScope(Site, Region, false), ClientOperation.Read, false);
        Assert.False(decision.Allowed);
        Assert.Equal(ClientAccessPolicy.ScopeRule, decision.Rule);
        Assert.False(decision.CanBreakGlass);
    }

    [Fact]
    public void Decide_NavigatorLinkedClientOfAnotherSite_Allowed()
    {
        var decision = ClientAccessPolicy.Decide(Navigator(), new ClientScope(SiteId.New(), RegionId.New(), false, LinkedToViewer: true), ClientOperation.Read, false);
        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Decide_NavigatorLinkedRestrictedRecord_RefusedR122()
    {
        var decision = ClientAccessPolicy.Decide(Navigator(), new ClientScope(Site, Region, true, LinkedToViewer: true), ClientOperation.Read, false);
        Assert.Equal(ClientAccessPolicy.RestrictedRule, decision.Rule);
    }

    [Fact]
    public void Decide_CaseManagerLinkFlagIgnored_SiteScopeStillApplies()
    {
        var viewer = new Viewer(StaffId.New(), StaffRole.CaseManager, CaseManagerVariant.General, Site, Region, []);
        Assert.False(ClientAccessPolicy.Decide(viewer, new ClientScope(SiteId.New(), RegionId.New(), false, LinkedToViewer: true), ClientOperation.Read, false).Allowed);
    }

    [Fact]
    public void MayView_NavigatorOwnSiteQueue_Refused()
    {
        Assert.False(WorkQueuePolicy.MayView(Navigator(), new QueuePlace(Site, Region, Core.Sites.SiteKind.ServiceCentre)).Allowed);
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(16, true)]
    public void WarningFor_AboutFifteen_WarnsBeyondNotAt(int linked, bool warned)
    {
        // seed 004 §2.4.2: "Navigator caseloads were capped at a maximum of 15 clients per ICSM at one time".
        var warning = NavigatorCaseload.WarningFor(linked);
        Assert.Equal(warned, warning is not null);
        if (warning is not null)
        {
            Assert.Equal(NavigatorCaseload.Rule, warning.Rule);
        }
    }

    [Fact]
    public void CaseloadCount_R118_WhanauCountOnlyWhenSettingOn()
    {
        Assert.Equal(40, IcsSettings.CaseloadCount(40, 7, whanauCount: false));
        Assert.Equal(47, IcsSettings.CaseloadCount(40, 7, whanauCount: true));
    }

    [Fact]
    public void ByMonth_CentralProcessing_MedianAndBandsPerAucklandMonth()
    {
        // Worked by hand: July (NZST, UTC+12) has 5, 30 and 90 minutes and one waiting → median 30, one in each of the first three bands.
        var sent = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero); // 1 July 12:00 in Auckland
        var months = CentralProcessing.ByMonth(
        [
            (sent, sent.AddMinutes(5)),
            (sent, sent.AddMinutes(30)),
            (sent, sent.AddMinutes(90)),
            (sent, null),
            (new DateTimeOffset(2026, 6, 30, 11, 59, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 30, 17, 59, 0, TimeSpan.Zero)), // 23:59 30 June Auckland: June, 6 hours
        ]);
        Assert.Equal(["2026-06", "2026-07"], months.Select(m => m.Month));
        var july = months[1];
        Assert.Equal((4, 3, 1), (july.Sent, july.Completed, july.Waiting));
        Assert.Equal(30, july.MedianMinutes);
        Assert.Equal((1, 1, 1, 0), (july.WithinTenMinutes, july.TenToSixtyMinutes, july.OneToFourHours, july.OverFourHours));
        Assert.Equal(1, months[0].OverFourHours);
        Assert.Equal(360, months[0].MedianMinutes);
    }

    [Fact]
    public void Median_EvenCount_MeanOfMiddleTwo()
    {
        Assert.Equal(20, CentralProcessing.Median([10, 15, 25, 60]));
        Assert.Null(CentralProcessing.Median([]));
    }
}
