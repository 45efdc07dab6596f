using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

public sealed record EmployerInput(string? Name, string? ContactName, string? ContactPhone, string? ContactEmail, Guid? SiteId, string? Nzbn);

public sealed record EmployerView(Guid Id, string Name, string? ContactName, string? ContactPhone, string? ContactEmail, Guid SiteId, Guid RegionId, string? Nzbn);

public sealed record VacancyInput(
    Guid? EmployerId, string? Title, string? OccupationCode, Guid? SiteId, string? Town, decimal? HoursPerWeek, decimal? PayPerHour,
    IReadOnlyList<string>? LicencesRequired, DateOnly? ClosingDate, int? Positions);

public sealed record VacancyView(
    Guid Id, Guid EmployerId, string EmployerName, string Title, string OccupationCode, string OccupationTitle, Guid SiteId, Guid RegionId, string Town,
    decimal HoursPerWeek, string Hours, decimal PayPerHour, IReadOnlyList<string> LicencesRequired, DateOnly ClosingDate, int Positions,
    string Status, int Version);

public sealed record VacancyStatusInput(string? Status, int? Version);

/// <summary>Employers and vacancies: create, list with filters, read, and fill or close a vacancy (with the version read).</summary>
public sealed class VacancyHandler(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Outcome<EmployerView>> CreateEmployerAsync(EmployerInput input, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > Employer.MaxNameLength) problems["name"] = ["The employer's name, 1 to 200 characters."];
        if (Employer.WhyNotNzbn(input.Nzbn) is { } nzbn) problems["nzbn"] = [nzbn];
        if (input.ContactEmail is { Length: > 0 } email && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 200)) problems["contactEmail"] = ["An email address."];
        if (input.ContactPhone is { Length: > 40 }) problems["contactPhone"] = ["At most 40 characters."];
        if (input.ContactName is { Length: > 200 }) problems["contactName"] = ["At most 200 characters."];
        var site = await SiteAsync(input.SiteId is { } s ? new SiteId(s) : staff.SiteId, ct);
        if (site is null) problems["siteId"] = ["No such site."];
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        if (VacancyRoles.RegionRefusal(staff, site!.Value.Region) is { } other)
        {
            return other;
        }

        var employer = new Employer(input.Name!, input.ContactName, input.ContactPhone, input.ContactEmail, site.Value.Id, site.Value.Region, input.Nzbn, staff.Id, clock.GetUtcNow());
        db.Employers.Add(employer);
        await db.SaveChangesAsync(ct);
        return View(employer);
    }

    public async Task<Outcome<IReadOnlyList<EmployerView>>> ListEmployersAsync(Guid? regionId, string? name, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        var region = regionId is { } r ? new RegionId(r) : staff.RegionId;
        var query = db.Employers.AsNoTracking().Where(e => e.RegionId == region);
        if (!string.IsNullOrWhiteSpace(name))
        {
            var like = "%" + name.Trim() + "%";
            query = query.Where(e => EF.Functions.Like(e.Name, like));
        }

        var rows = await query.OrderBy(e => e.Name).Take(200).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public async Task<Outcome<VacancyView>> CreateVacancyAsync(VacancyInput input, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var details = new VacancyDetails(input.Title, input.OccupationCode, input.Town, input.HoursPerWeek, input.PayPerHour, input.LicencesRequired, input.ClosingDate, input.Positions);
        var problems = details.Problems(today);
        var employer = input.EmployerId is { } e ? await db.Employers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == e, ct) : null;
        if (employer is null) problems["employerId"] = ["An employer from GET /api/employers."];
        var site = await SiteAsync(input.SiteId is { } s ? new SiteId(s) : employer?.SiteId ?? staff.SiteId, ct);
        if (site is null) problems["siteId"] = ["No such site."];
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        if (VacancyRoles.RegionRefusal(staff, site!.Value.Region) is { } other)
        {
            return other;
        }

        var vacancy = new Vacancy(employer!.Id, site.Value.Id, site.Value.Region, details, staff.Id, clock.GetUtcNow());
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(ct);
        return View(vacancy, employer.Name);
    }

    public async Task<Outcome<IReadOnlyList<VacancyView>>> ListVacanciesAsync(Guid? regionId, string? status, string? occupation, string? town, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        VacancyStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<VacancyStatus>(status, true, out var parsed) || int.TryParse(status, out _))
            {
                return Failure.Invalid("status", "open, filled or closed.");
            }

            wanted = parsed;
        }

        if (!string.IsNullOrWhiteSpace(occupation) && (occupation.Length > 6 || !occupation.All(char.IsAsciiDigit)))
        {
            return Failure.Invalid("occupation", "An ANZSCO code or its first digits (a group).");
        }

        var region = regionId is { } r ? new RegionId(r) : staff.RegionId;
        var query = db.Vacancies.AsNoTracking().Where(v => v.RegionId == region);
        if (wanted is { } w) query = query.Where(v => v.Status == w);
        if (!string.IsNullOrWhiteSpace(occupation)) query = query.Where(v => v.OccupationCode.StartsWith(occupation));
        if (!string.IsNullOrWhiteSpace(town)) query = query.Where(v => v.Town == town.Trim());
        var rows = await (from v in query join e in db.Employers on v.EmployerId equals e.Id orderby v.ClosingDate, v.Title select new { v, e.Name }).Take(200).ToListAsync(ct);
        return rows.Select(x => View(x.v, x.Name)).ToList();
    }

    public async Task<Outcome<VacancyView>> GetVacancyAsync(Guid id, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        var row = await (from v in db.Vacancies.AsNoTracking() join e in db.Employers on v.EmployerId equals e.Id where v.Id == id select new { v, e.Name }).SingleOrDefaultAsync(ct);
        return row is null ? Missing(id) : View(row.v, row.Name);
    }

    public async Task<Outcome<VacancyView>> ChangeStatusAsync(Guid id, VacancyStatusInput input, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        var problems = new Dictionary<string, string[]>();
        if (!Enum.TryParse<VacancyStatus>(input.Status, true, out var to) || int.TryParse(input.Status, out _)) problems["status"] = ["filled or closed."];
        if (input.Version is null) problems["version"] = ["Send the version you read."];
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var vacancy = await db.Vacancies.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return Missing(id);
        }

        if (VacancyRoles.RegionRefusal(staff, vacancy.RegionId) is { } other)
        {
            return other;
        }

        if (vacancy.Version != input.Version)
        {
            return Failure.Conflict(new DomainError("concurrency", $"The vacancy is now at version {vacancy.Version}, not {input.Version}."), "Someone else changed this vacancy",
                new Dictionary<string, object?> { ["currentVersion"] = vacancy.Version });
        }

        if (vacancy.WhyNotChangeStatus(to) is { } error)
        {
            return Failure.Broken(error);
        }

        vacancy.ChangeStatus(to, clock.GetUtcNow());
        db.Entry(vacancy).Property(v => v.Version).OriginalValue = input.Version.Value;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(new DomainError("concurrency", "Someone else changed the vacancy at the same time."), "Someone else changed this vacancy", new Dictionary<string, object?>());
        }

        return (await GetVacancyAsync(id, ct));
    }

    private async Task<(SiteId Id, RegionId Region)?> SiteAsync(SiteId id, CancellationToken ct)
    {
        var row = await db.Sites.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Id, s.RegionId }).SingleOrDefaultAsync(ct);
        return row is null ? null : (row.Id, row.RegionId);
    }

    private static Failure Missing(Guid id) => Failure.NotFound($"There is no vacancy {id}.", "Vacancy not found");

    private static EmployerView View(Employer e) => new(e.Id, e.Name, e.ContactName, e.ContactPhone, e.ContactEmail, e.SiteId.Value, e.RegionId.Value, e.Nzbn);

    public static VacancyView View(Vacancy v, string employerName) => new(
        v.Id, v.EmployerId, employerName, v.Title, v.OccupationCode, AnzscoCatalogue.Find(v.OccupationCode)?.Title ?? v.OccupationCode, v.SiteId.Value, v.RegionId.Value, v.Town,
        v.HoursPerWeek, v.Hours == VacancyHours.FullTime ? "fullTime" : "partTime", v.PayPerHour, v.RequiredLicenceCodes, v.ClosingDate, v.Positions,
        v.Status.ToString().ToLowerInvariant(), v.Version);
}
