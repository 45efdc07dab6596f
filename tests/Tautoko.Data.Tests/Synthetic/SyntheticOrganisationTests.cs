using Tautoko.Core.Calendar;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Synthetic;

public sealed class SyntheticOrganisationTests(DemoDatasetFixture demo) : IClassFixture<DemoDatasetFixture>
{
    private SyntheticDataset Demo => demo.Dataset;

    [Fact]
    public void Demo_HasEveryStaffRole()
    {
        Assert.All(Enum.GetValues<StaffRole>(), role => Assert.Contains(Demo.Staff, s => s.Role == role));
    }

    [Fact]
    public void Demo_Masterton_HasEachKindOfSiteStaff()
    {
        var masterton = Demo.Sites.Single(s => s.Name == "Masterton");
        var staff = Demo.Staff.Where(s => s.SiteId == masterton.Id).ToList();

        Assert.Equal(SiteKind.ServiceCentre, masterton.Kind);
        Assert.Contains(staff, s => s.Role == StaffRole.CaseManager && s.Variant == CaseManagerVariant.RemoteClientServices);
        Assert.Contains(staff, s => s.Role == StaffRole.EmploymentCaseManager && s.Variant == CaseManagerVariant.EmploymentFaceToFace);
        Assert.All(
            new[] { StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, StaffRole.Navigator, StaffRole.EmploymentSupportRepresentative, StaffRole.Connector, StaffRole.ServiceCentreManager },
            role => Assert.Contains(staff, s => s.Role == role));
    }

    [Fact]
    public void Demo_NationalOfficeAndContactCentre_HaveTheirRoles()
    {
        var nationalOffice = Demo.Sites.Single(s => s.Kind == SiteKind.NationalOffice);
        var contactCentre = Demo.Sites.Single(s => s.Kind == SiteKind.ContactCentre);

        Assert.Contains(Demo.Staff, s => s.Role == StaffRole.NationalOffice && s.SiteId == nationalOffice.Id);
        Assert.Contains(Demo.Staff, s => s.Role == StaffRole.CustomerServiceRepresentative && s.SiteId == contactCentre.Id);
    }

    [Fact]
    public void Demo_EveryServiceCentre_HasAServiceCentreManager()
    {
        Assert.All(Demo.Sites.Where(s => s.Kind == SiteKind.ServiceCentre), site =>
            Assert.Contains(Demo.Staff, s => s.SiteId == site.Id && s.Role == StaffRole.ServiceCentreManager));
    }

    [Fact]
    public void Demo_EveryCaseManager_HasABuddyAtTheSameSite()
    {
        var byId = Demo.Staff.ToDictionary(s => s.Id);
        var caseManagers = Demo.Staff.Where(s => s.Role.IsCaseManager()).ToList();

        Assert.NotEmpty(caseManagers);
        Assert.All(caseManagers, s =>
        {
            Assert.NotNull(s.BuddyId);
            var buddy = byId[s.BuddyId.Value];
            Assert.NotEqual(s.Id, buddy.Id);
            Assert.Equal(s.SiteId, buddy.SiteId);
            Assert.True(buddy.Role.IsCaseManager());
        });
    }

    [Fact]
    public void Demo_Staff_HaveUniqueNumbersLeaveFteAndAGenderMixLikeTableSix()
    {
        Assert.Equal(Demo.Staff.Count, Demo.Staff.Select(s => s.StaffNumber).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Demo.Staff.Count, Demo.Staff.Select(s => s.Email).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(Demo.Staff, s => s.Leave.Any(l => l.Kind == LeaveKind.Planned));
        Assert.Contains(Demo.Staff, s => s.Leave.Any(l => l.Kind == LeaveKind.Unplanned));
        Assert.Contains(Demo.Staff, s => s.IsOnLeave(Demo.Today));
        Assert.Contains(Demo.Staff, s => s.Fte < 1m);
        Assert.True(Demo.Staff.Count(s => s.Fte == 1m) > Demo.Staff.Count / 2);

        var female = Demo.Staff.Count(s => s.Gender == Gender.Female);
        Assert.True(female > Demo.Staff.Count(s => s.Gender == Gender.Male) * 2, "000 Table Six: mostly female");
        Assert.Contains(Demo.Staff, s => s.Gender == Gender.AnotherGender);
        Assert.Contains(Demo.Staff, s => s.Gender == Gender.Undeclared);
        Assert.All(Demo.Staff, s => Assert.EndsWith("@example.co.nz", s.Email, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_Sizes_AreWithinTenPercentOfTheProfile()
    {
        var profile = SyntheticProfile.Demo;
        Assert.InRange(Demo.Staff.Count, 54, 66);
        Assert.InRange(Demo.Staff.Count(s => s.Role.IsCaseManager()), profile.CaseManagers * 0.9, profile.CaseManagers * 1.1);
        Assert.InRange(Demo.Staff.Count(s => s.Role.IsContactCentre()), profile.ContactCentreStaff * 0.9, profile.ContactCentreStaff * 1.1);
        Assert.Equal(profile.ServiceCentres, Demo.Sites.Count(s => s.Kind == SiteKind.ServiceCentre));
        Assert.Equal(profile.Clients, demo.Clients.Count);
        var notes = demo.Clients.Sum(c => c.Notes.Count);
        Assert.InRange(notes, profile.Clients * profile.NotesPerClient * 0.9, profile.Clients * profile.NotesPerClient * 1.1);
    }

    [Fact]
    public void Demo_Sites_AreTheSeedsSitesWithRegionsDistrictsAndHours()
    {
        Assert.Equal(
            ["Masterton", "Ohakune", "Murupara", "Takaka", "Taumarunui", "Dannevirke"],
            Demo.Sites.Where(s => s.Kind == SiteKind.ServiceCentre).Select(s => s.Name));
        Assert.Equal(13, Demo.Regions.Count);
        Assert.Contains(Demo.Regions, r => r.Name == "Contact Centres");
        Assert.Contains(Demo.Regions, r => r.Name == "Centralised Services");

        AssertSite("Masterton", "Wellington", AnniversaryDistrict.Wellington);
        AssertSite("Ohakune", "Central", AnniversaryDistrict.Wellington);
        AssertSite("Murupara", "Bay of Plenty", AnniversaryDistrict.Auckland);
        AssertSite("Takaka", "Nelson", AnniversaryDistrict.Nelson);
        AssertSite("Napier Phone-based Case Management", "East Coast", AnniversaryDistrict.HawkesBay);
        AssertSite("Whanganui Phone-based Case Management", "Central", AnniversaryDistrict.Wellington);

        Assert.Equal(OpeningHours.Ohakune, Demo.Sites.Single(s => s.Name == "Ohakune").OpeningSessions);
        Assert.Equal(OpeningHours.Standard, Demo.Sites.Single(s => s.Name == "Masterton").OpeningSessions);
    }

    [Fact]
    public void Demo_PhoneBasedUnits_ServeTheFiveRegions()
    {
        var units = Demo.Sites.Where(s => s.Kind == SiteKind.PhoneBasedCaseManagementUnit).ToList();
        var served = Demo.Regions.Where(r => r.Name is "Auckland Metro" or "Waikato" or "Bay of Plenty" or "Wellington" or "Canterbury").Select(r => r.Id).ToHashSet();

        Assert.Equal(2, units.Count);
        Assert.All(units, u => Assert.True(served.SetEquals(u.ServedRegionIds)));
        Assert.All(units, u => Assert.True(Demo.Staff.Count(s => s.SiteId == u.Id && s.Variant == CaseManagerVariant.PhoneBased) >= 2));
    }

    [Fact]
    public void National_Organisation_HasTheCountrysShape()
    {
        var national = SyntheticDataset.Create(SyntheticProfile.National, SyntheticDefaults.Seed, SyntheticDefaults.Today);
        var centres = national.Sites.Where(s => s.Kind == SiteKind.ServiceCentre).ToList();

        Assert.Equal(122, centres.Count);
        Assert.Equal(national.Sites.Count, national.Sites.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(national.Sites.Count, national.Sites.Select(s => s.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(centres, s => s.Name == "Christchurch Riccarton");
        Assert.Contains(centres, s => s.Name == "Whangārei");
        Assert.Equal(11, centres.Select(s => s.RegionId).Distinct().Count());
        Assert.InRange(national.Staff.Count(s => s.Role.IsCaseManager()), 2_578 * 0.95, 2_578 * 1.05);
        Assert.InRange(national.Staff.Count(s => s.Role.IsContactCentre()), 1_238 * 0.95, 1_238 * 1.05);
        Assert.Equal(25, national.Staff.Count(s => s.Role == StaffRole.IntensiveClientSupportManager));
        Assert.All(centres, site => Assert.Contains(national.Staff, s => s.SiteId == site.Id && s.Role == StaffRole.ServiceCentreManager));
        Assert.Equal(national.Staff.Count, national.Staff.Select(s => s.StaffNumber).Distinct(StringComparer.Ordinal).Count());
    }

    private void AssertSite(string name, string region, AnniversaryDistrict district)
    {
        var site = Demo.Sites.Single(s => s.Name == name);
        Assert.Equal(region, Demo.Regions.Single(r => r.Id == site.RegionId).Name);
        Assert.Equal(district, site.District);
    }
}
