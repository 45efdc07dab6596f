using Tautoko.Core.Calendar;
using Tautoko.Core.Common;

namespace Tautoko.Core.Sites;

/// <summary>A service centre, phone-based unit, contact centre or centralised service (003).</summary>
public sealed class Site
{
    private readonly List<OpeningSession> _openingSessions = [];
    private readonly List<RegionId> _servedRegionIds = [];

    private Site()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Site(SiteId id, string code, string name, SiteKind kind, RegionId regionId, AnniversaryDistrict district, IEnumerable<OpeningSession> openingHours)
    {
        Id = id;
        Code = code;
        Name = name;
        Kind = kind;
        RegionId = regionId;
        District = district;
        // Copies: EF Core tracks owned sessions by instance, so two sites must never share one.
        _openingSessions.AddRange(openingHours.Select(s => s with { }));
    }

    public SiteId Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public SiteKind Kind { get; private set; }

    public RegionId RegionId { get; private set; }

    /// <summary>The provincial district whose anniversary day the site observes (not the agency region).</summary>
    public AnniversaryDistrict District { get; private set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public IReadOnlyList<OpeningSession> OpeningSessions => _openingSessions;

    /// <summary>Regions a phone-based unit serves; empty for a site that serves only its own clients.</summary>
    public IReadOnlyList<RegionId> ServedRegionIds => _servedRegionIds;

    public void ServeRegions(IEnumerable<RegionId> regions)
    {
        _servedRegionIds.Clear();
        _servedRegionIds.AddRange(regions.Distinct());
    }

    public void SetOpeningHours(IEnumerable<OpeningSession> sessions)
    {
        var list = sessions.OrderBy(s => s.Day).ThenBy(s => s.Opens).ToList();
        foreach (var session in list)
        {
            if (session.Closes <= session.Opens)
            {
                throw new DomainException(new DomainError("site-hours", $"A session on {session.Day} closes before it opens."));
            }
        }

        _openingSessions.Clear();
        _openingSessions.AddRange(list.Select(s => s with { }));
    }

    public IEnumerable<OpeningSession> SessionsOn(DayOfWeek day) => _openingSessions.Where(s => s.Day == day).OrderBy(s => s.Opens);

    // opening hours change on public holidays — a site is closed on its district's holidays.
    public bool IsOpen(DateOnly date, TimeOnly time) =>
        WorkingDays.IsWorkingDay(date, District) &&
        SessionsOn(date.DayOfWeek).Any(s => time >= s.Opens && time < s.Closes);
}
