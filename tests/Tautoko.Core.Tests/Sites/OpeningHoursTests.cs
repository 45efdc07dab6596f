using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;

namespace Tautoko.Core.Tests.Sites;

public sealed class OpeningHoursTests
{
    private static Site SiteWith(string name, IReadOnlyList<OpeningSession> hours) =>
        new(SiteId.New(), name.ToUpperInvariant(), name, SiteKind.ServiceCentre, RegionId.New(), AnniversaryDistrict.Wellington, hours);

    [Fact]
    public void Standard_R001_WednesdayOpensAtNineThirty()
    {
        var site = SiteWith("Masterton", OpeningHours.Standard);
        var wednesday = new DateOnly(2026, 11, 25);
        Assert.False(site.IsOpen(wednesday, new TimeOnly(9, 0)));
        Assert.True(site.IsOpen(wednesday, new TimeOnly(9, 30)));
        Assert.True(site.IsOpen(new DateOnly(2026, 11, 24), new TimeOnly(8, 30)));
        Assert.False(site.IsOpen(new DateOnly(2026, 11, 24), new TimeOnly(17, 0)));
    }

    [Fact]
    public void Ohakune_R002_ClosedWednesdaysAndAtMidday()
    {
        var site = SiteWith("Ohakune", OpeningHours.ForSiteName("Ohakune"));
        Assert.False(site.IsOpen(new DateOnly(2026, 11, 25), new TimeOnly(10, 0)));
        Assert.True(site.IsOpen(new DateOnly(2026, 11, 24), new TimeOnly(9, 30)));
        Assert.False(site.IsOpen(new DateOnly(2026, 11, 24), new TimeOnly(12, 30)));
        Assert.True(site.IsOpen(new DateOnly(2026, 11, 24), new TimeOnly(13, 0)));
        Assert.False(site.IsOpen(new DateOnly(2026, 11, 24), new TimeOnly(16, 0)));
    }

    [Fact]
    public void Murupara_R003_NineToFourAndWednesdayFromTenThirty()
    {
        var site = SiteWith("Murupara", OpeningHours.ForSiteName("Murupara"));
        Assert.True(site.IsOpen(new DateOnly(2026, 11, 23), new TimeOnly(9, 0)));
        Assert.False(site.IsOpen(new DateOnly(2026, 11, 23), new TimeOnly(16, 0)));
        Assert.False(site.IsOpen(new DateOnly(2026, 11, 25), new TimeOnly(10, 0)));
        Assert.True(site.IsOpen(new DateOnly(2026, 11, 25), new TimeOnly(10, 30)));
    }

    [Fact]
    public void Takaka_R004_MiddayClosureEveryDay()
    {
        var hours = OpeningHours.ForSiteName("Takaka");
        Assert.Equal(10, hours.Count);
        Assert.Contains(new OpeningSession(DayOfWeek.Wednesday, new TimeOnly(9, 30), new TimeOnly(12, 0)), hours);
        Assert.Contains(new OpeningSession(DayOfWeek.Monday, new TimeOnly(13, 0), new TimeOnly(16, 0)), hours);
    }

    [Fact]
    public void IsOpen_R005_ClosedOnMatariki2026()
    {
        var site = SiteWith("Masterton", OpeningHours.Standard);
        Assert.False(site.IsOpen(new DateOnly(2026, 7, 10), new TimeOnly(10, 0)));
        Assert.True(site.IsOpen(new DateOnly(2026, 7, 9), new TimeOnly(10, 0)));
    }

    [Fact]
    public void SetOpeningHours_ClosingBeforeOpening_IsRefused() =>
        Assert.Throws<DomainException>(() => SiteWith("X", OpeningHours.Standard).SetOpeningHours([new OpeningSession(DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(9, 0))]));
}
