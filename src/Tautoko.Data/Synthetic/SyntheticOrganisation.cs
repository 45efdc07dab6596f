using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>A generated site with the spec it came from and its staff, for the client generator's look-ups.</summary>
public sealed class SyntheticSite
{
    private readonly List<StaffMember> _staff = [];

    internal SyntheticSite(int index, Site site, SiteSpec spec, Region region)
    {
        Index = index;
        Site = site;
        Spec = spec;
        Region = region;
    }

    public int Index { get; }

    public Site Site { get; }

    public SiteSpec Spec { get; }

    public Region Region { get; }

    public IReadOnlyList<StaffMember> Staff => _staff;

    internal void Add(StaffMember member) => _staff.Add(member);
}

/// <summary>The regions, sites and staff of a synthetic agency: small enough to hold in memory at national scale.</summary>
public sealed class SyntheticOrganisation
{
    private SyntheticOrganisation(IReadOnlyList<Region> regions, IReadOnlyList<SyntheticSite> sites, IReadOnlyList<StaffMember> staff)
    {
        Regions = regions;
        SyntheticSites = sites;
        Staff = staff;
        Sites = [.. sites.Select(s => s.Site)];
        ServiceCentres = [.. sites.Where(s => s.Site.Kind == SiteKind.ServiceCentre)];
        PhoneBasedUnits = [.. sites.Where(s => s.Site.Kind == SiteKind.PhoneBasedCaseManagementUnit)];
        ContactCentres = [.. sites.Where(s => s.Site.Kind == SiteKind.ContactCentre)];
    }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Site> Sites { get; }

    public IReadOnlyList<StaffMember> Staff { get; }

    public IReadOnlyList<SyntheticSite> SyntheticSites { get; }

    public IReadOnlyList<SyntheticSite> ServiceCentres { get; }

    public IReadOnlyList<SyntheticSite> PhoneBasedUnits { get; }

    public IReadOnlyList<SyntheticSite> ContactCentres { get; }

    internal static SyntheticOrganisation Create(SyntheticProfile profile, int seed, DateOnly today)
    {
        var random = SyntheticRandom.For(seed, SyntheticRandom.Stream.Organisation, 0);
        var baseMs = SyntheticRandom.UnixMilliseconds(today.AddDays(-profile.HistoryDays));

        var regions = NzPlaces.Regions
            .Select((spec, i) => new Region(new RegionId(SyntheticRandom.OrderedGuid(random, baseMs, i)), spec.Code, spec.Name))
            .ToList();
        var regionByCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);

        var sites = new List<SyntheticSite>();
        void AddSite(SiteSpec spec, string code, SiteKind kind)
        {
            var region = regionByCode[spec.RegionCode];
            var hours = kind == SiteKind.ServiceCentre ? OpeningHours.ForSiteName(spec.Name) : OpeningHours.Standard;
            var site = new Site(new SiteId(SyntheticRandom.OrderedGuid(random, baseMs, 100 + sites.Count)), code, spec.Name, kind, region.Id, spec.District, hours)
            {
                Address = SyntheticRandom.Invariant($"{random.Next(1, 300)} {random.Pick(NzStreets.Names)}, {(spec.Suburb is null ? string.Empty : spec.Suburb + ", ")}{spec.Town}"),
            };
            sites.Add(new SyntheticSite(sites.Count, site, spec, region));
        }

        for (var i = 0; i < profile.ServiceCentres; i++)
        {
            AddSite(NzPlaces.ServiceCentres[i], SyntheticRandom.Invariant($"SC{i + 1:D3}"), SiteKind.ServiceCentre);
        }

        AddSite(NzPlaces.PhoneBasedUnits[0], "PBCM-WGN", SiteKind.PhoneBasedCaseManagementUnit);
        AddSite(NzPlaces.PhoneBasedUnits[1], "PBCM-NPE", SiteKind.PhoneBasedCaseManagementUnit);
        var served = NzPlaces.PhoneBasedRegions.Select(code => regionByCode[code].Id).ToList();
        foreach (var unit in sites.Where(s => s.Site.Kind == SiteKind.PhoneBasedCaseManagementUnit))
        {
            // 002: phone-based caseloads come from Auckland, Waikato, Bay of Plenty, Wellington and Canterbury.
            unit.Site.ServeRegions(served);
        }

        for (var i = 0; i < profile.ContactCentres; i++)
        {
            AddSite(NzPlaces.ContactCentres[i], SyntheticRandom.Invariant($"CC{i + 1:D2}"), SiteKind.ContactCentre);
        }

        for (var i = 0; i < profile.CentralisedServices; i++)
        {
            AddSite(NzPlaces.CentralisedServices[i], SyntheticRandom.Invariant($"CS{i + 1:D2}"), SiteKind.CentralisedServices);
        }

        AddSite(NzPlaces.NationalOffice, "NO", SiteKind.NationalOffice);

        var staff = StaffGenerator.Generate(profile, seed, today, sites, baseMs);
        return new SyntheticOrganisation(regions, sites, staff);
    }
}
