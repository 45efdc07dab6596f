using Tautoko.Core.Common;

namespace Tautoko.Core.Vacancies;

public enum VacancyStatus
{
    Open = 0,
    Filled = 1,
    Closed = 2,
}

public enum VacancyHours
{
    FullTime = 0,
    PartTime = 1,
}

/// <summary>What a vacancy offers, as entered (validated by <see cref="Problems"/>).</summary>
public sealed record VacancyDetails(
    string? Title,
    string? OccupationCode,
    string? Town,
    decimal? HoursPerWeek,
    decimal? PayPerHour,
    IReadOnlyList<string>? LicencesRequired,
    DateOnly? ClosingDate,
    int? Positions)
{
    /// <summary>NZ minimum wage (adult, from 1 April 2025): a vacancy may not pay less per hour.</summary>
    public const decimal MinimumWagePerHour = 23.50m;

    public Dictionary<string, string[]> Problems(DateOnly today)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > 200) problems["title"] = ["A title of 1 to 200 characters."];
        if (!AnzscoCatalogue.IsOccupation(OccupationCode)) problems["occupationCode"] = ["A 6-digit ANZSCO occupation code from GET /api/occupations."];
        if (string.IsNullOrWhiteSpace(Town) || Town.Trim().Length > 100) problems["town"] = ["The town, 1 to 100 characters."];
        if (HoursPerWeek is not { } hours || hours <= 0 || hours > 80) problems["hoursPerWeek"] = ["Hours per week, more than 0 and at most 80."];
        if (PayPerHour is not { } pay || pay < MinimumWagePerHour || pay > 500 || decimal.Round(pay, 2) != pay)
        {
            problems["payPerHour"] = [$"Pay per hour in NZD, at least the minimum wage ({MinimumWagePerHour:0.00}), at most 500, in cents."];
        }

        if (Licences.Normalise(LicencesRequired) is null) problems["licencesRequired"] = ["Licence codes among " + string.Join(", ", Licences.Codes) + "."];
        if (ClosingDate is not { } closing || closing < today || closing > today.AddYears(1)) problems["closingDate"] = ["A closing date from today to a year ahead."];
        if (Positions is not { } n || n < 1 || n > 500) problems["positions"] = ["Positions, 1 to 500."];
        return problems;
    }
}

/// <summary>
/// A vacancy an employer has listed: the ANZSCO occupation, where (site, region, town), hours, pay, licences required,
/// closing date, positions and status. Open → Filled or Closed; a filled or closed vacancy is final.
/// </summary>
public sealed class Vacancy
{
    public const string StatusRule = "vacancy-status";

    private Vacancy()
    {
        Title = string.Empty;
        OccupationCode = string.Empty;
        MinorGroup = string.Empty;
        Town = string.Empty;
        LicencesRequired = string.Empty;
    }

    public Vacancy(Guid employerId, SiteId siteId, RegionId regionId, VacancyDetails details, StaffId by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        EmployerId = employerId;
        SiteId = siteId;
        RegionId = regionId;
        Title = details.Title!.Trim();
        OccupationCode = details.OccupationCode!.Trim();
        MinorGroup = AnzscoCatalogue.MinorGroup(OccupationCode);
        Town = details.Town!.Trim();
        HoursPerWeek = details.HoursPerWeek!.Value;
        Hours = HoursPerWeek >= FullTimeHours ? VacancyHours.FullTime : VacancyHours.PartTime;
        PayPerHour = details.PayPerHour!.Value;
        LicencesRequired = string.Join(' ', Licences.Normalise(details.LicencesRequired)!);
        ClosingDate = details.ClosingDate!.Value;
        Positions = details.Positions!.Value;
        Status = VacancyStatus.Open;
        CreatedBy = by;
        CreatedAt = at;
        StatusChangedAt = at;
        Version = 1;
    }

    /// <summary>30 hours a week or more is full-time (the full-time work obligation's threshold).</summary>
    public const decimal FullTimeHours = 30m;

    public Guid Id { get; private set; }

    public Guid EmployerId { get; private set; }

    public string Title { get; private set; }

    public string OccupationCode { get; private set; }

    /// <summary>The first three digits of <see cref="OccupationCode"/>, indexed with the region for matching.</summary>
    public string MinorGroup { get; private set; }

    public SiteId SiteId { get; private set; }

    public RegionId RegionId { get; private set; }

    public string Town { get; private set; }

    public decimal HoursPerWeek { get; private set; }

    public VacancyHours Hours { get; private set; }

    public decimal PayPerHour { get; private set; }

    /// <summary>Licence codes required, space separated (<see cref="Licences.Codes"/>).</summary>
    public string LicencesRequired { get; private set; }

    public DateOnly ClosingDate { get; private set; }

    public int Positions { get; private set; }

    public VacancyStatus Status { get; private set; }

    public StaffId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<string> RequiredLicenceCodes => LicencesRequired.Length == 0 ? [] : LicencesRequired.Split(' ');

    public DomainError? WhyNotChangeStatus(VacancyStatus to) =>
        Status != VacancyStatus.Open
            ? new DomainError(StatusRule, $"The vacancy is {Status.ToString().ToLowerInvariant()}; only an open vacancy can be filled or closed.")
            : to == VacancyStatus.Open ? new DomainError(StatusRule, "The vacancy is already open.") : null;

    public void ChangeStatus(VacancyStatus to, DateTimeOffset at)
    {
        if (WhyNotChangeStatus(to) is { } error)
        {
            throw new DomainException(error);
        }

        Status = to;
        StatusChangedAt = at;
        Version++;
    }
}
