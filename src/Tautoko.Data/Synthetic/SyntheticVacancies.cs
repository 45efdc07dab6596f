using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.Vacancies;
using Tautoko.Data.Bulk;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Synthetic employers, vacancies and the ANZSCO occupation codes of Jobseeker Profiles, written after the clients:
/// three employers and six open vacancies per service centre, and 1–3 preferred occupations for half of the clients with
/// full-time or part-time work obligations (weighted to the occupations Work and Income clients most often seek).
/// Deterministic in the dataset's seed (row ids are time-ordered Guids).
/// </summary>
internal static class SyntheticVacancies
{
    /// <summary>Occupations and their relative weight: labouring, driving, retail, hospitality, care, cleaning, trades, clerical.</summary>
    private static readonly (string Code, int Weight)[] Sought =
    [
        ("741111", 10), ("821111", 8), ("811211", 8), ("621111", 10), ("631111", 6), ("431511", 5), ("431211", 5), ("851311", 6),
        ("423111", 7), ("423313", 5), ("733111", 6), ("732111", 5), ("721311", 5), ("841212", 5), ("841216", 3), ("832113", 3),
        ("831313", 4), ("891211", 4), ("531111", 4), ("542111", 3), ("541112", 3), ("551111", 2), ("331212", 2), ("341111", 1),
        ("351311", 2), ("421111", 3), ("362211", 2), ("841411", 3), ("891111", 3), ("821211", 2), ("811311", 3), ("442217", 2),
    ];

    private static readonly string[] Employers = ["Freight", "Foods", "Construction", "Retail", "Care Services", "Hospitality", "Horticulture", "Services"];

    public static async Task WriteAsync(IBulkWriter writer, TautokoDbContext db, SyntheticDataset dataset, CancellationToken ct)
    {
        var random = new Random(dataset.Seed ^ 0x5ac4);
        var model = db.Model;
        var by = dataset.Staff.FirstOrDefault(s => s.Role == StaffRole.EmploymentSupportRepresentative)?.Id ?? dataset.Staff[0].Id;
        var at = dataset.Today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var employers = new List<Employer>();
        var vacancies = new List<Vacancy>();
        foreach (var centre in dataset.Organisation.ServiceCentres)
        {
            var own = Enumerable.Range(0, 3).Select(i => new Employer(
                $"{centre.Spec.Town} {Employers[(centre.Index + i) % Employers.Length]} Ltd", "Hiring Manager", null, null,
                centre.Site.Id, centre.Region.Id, null, by, at)).ToList();
            employers.AddRange(own);
            for (var v = 0; v < 6; v++)
            {
                var code = Pick(random);
                var hours = random.Next(3) == 0 ? 20m : 40m;
                var licences = code.StartsWith("73", StringComparison.Ordinal) ? new[] { "2" } : code == "721311" ? new[] { "1", "F" } : [];
                var details = new VacancyDetails(AnzscoCatalogue.Find(code)!.Title, code, centre.Spec.Town, hours, 23.50m + random.Next(0, 900) / 100m,
                    licences, dataset.Today.AddDays(random.Next(7, 42)), random.Next(1, 4));
                vacancies.Add(new Vacancy(own[v % 3].Id, centre.Site.Id, centre.Region.Id, details, by, at));
            }
        }

        await writer.WriteAsync(TableMap<Employer>.ForEntity(model), employers, ct);
        await writer.WriteAsync(TableMap<Vacancy>.ForEntity(model), vacancies, ct);

        // Half of the clients with work obligations get 1–3 preferred occupations, read back in id order so the choice is stable.
        var occupations = TableMap<JobseekerOccupation>.ForEntity(model);
        var batch = new List<JobseekerOccupation>(50_000);
        // Read to the end first: the bulk writer shares the connection, which cannot stream a read and a COPY at once.
        var working = await db.Clients.AsNoTracking()
            .Where(c => c.Obligation == WorkObligation.FullTime || c.Obligation == WorkObligation.PartTime)
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        foreach (var id in working)
        {
            if (random.Next(2) == 0)
            {
                continue;
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            var count = 1 + random.Next(3);
            while (codes.Count < count)
            {
                codes.Add(Pick(random));
            }

            batch.AddRange(codes.Select(c => new JobseekerOccupation(id, c)));
            if (batch.Count >= 40_000)
            {
                await writer.WriteAsync(occupations, batch.ToList(), ct);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await writer.WriteAsync(occupations, batch, ct);
        }
    }

    private static string Pick(Random random)
    {
        var total = Sought.Sum(s => s.Weight);
        var roll = random.Next(total);
        foreach (var (code, weight) in Sought)
        {
            if ((roll -= weight) < 0)
            {
                return code;
            }
        }

        return Sought[^1].Code;
    }
}
