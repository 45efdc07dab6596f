using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.Vacancies;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Synthetic employers, vacancies and the ANZSCO occupation codes of Jobseeker Profiles: three employers and six open
/// vacancies per service centre, and 1–3 preferred occupations for half of the clients with full-time or part-time work
/// obligations (weighted to the occupations Work and Income clients most often seek). The occupation codes are made batch
/// by batch alongside the clients, on the loader's producer task, so the writer never reads clients back.
/// Deterministic in the dataset's seed as long as batches come in index order (row ids are time-ordered Guids).
/// </summary>
internal sealed class SyntheticVacancies
{
    /// <summary>Occupations and their relative weight: labouring, driving, retail, hospitality, care, cleaning, trades, clerical.</summary>
    private static readonly (string Code, int Weight)[] Sought =
    [
        ("741111", 10), ("821111", 8), ("811211", 8), ("621111", 10), ("631111", 6), ("431511", 5), ("431211", 5), ("851311", 6),
        ("423111", 7), ("423313", 5), ("733111", 6), ("732111", 5), ("721311", 5), ("841212", 5), ("841216", 3), ("832113", 3),
        ("831313", 4), ("891211", 4), ("531111", 4), ("542111", 3), ("541112", 3), ("551111", 2), ("331212", 2), ("341111", 1),
        ("351311", 2), ("421111", 3), ("362211", 2), ("841411", 3), ("891111", 3), ("821211", 2), ("811311", 3), ("442217", 2),
    ];

    private static readonly int TotalWeight = Sought.Sum(s => s.Weight);

    private static readonly string[] EmployerKinds = ["Freight", "Foods", "Construction", "Retail", "Care Services", "Hospitality", "Horticulture", "Services"];

    private readonly Random _random;

    public SyntheticVacancies(SyntheticDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _random = new Random(dataset.Seed ^ 0x5ac4);
        var by = dataset.Staff.FirstOrDefault(s => s.Role == StaffRole.EmploymentSupportRepresentative)?.Id ?? dataset.Staff[0].Id;
        var at = dataset.Today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var employers = new List<Employer>();
        var vacancies = new List<Vacancy>();
        foreach (var centre in dataset.Organisation.ServiceCentres)
        {
            var own = Enumerable.Range(0, 3).Select(i => new Employer(
                $"{centre.Spec.Town} {EmployerKinds[(centre.Index + i) % EmployerKinds.Length]} Ltd", "Hiring Manager", null, null,
                centre.Site.Id, centre.Region.Id, null, by, at)).ToList();
            employers.AddRange(own);
            for (var v = 0; v < 6; v++)
            {
                var code = Pick(_random);
                var hours = _random.Next(3) == 0 ? 20m : 40m;
                var licences = code.StartsWith("73", StringComparison.Ordinal) ? new[] { "2" } : code == "721311" ? new[] { "1", "F" } : [];
                var details = new VacancyDetails(AnzscoCatalogue.Find(code)!.Title, code, centre.Spec.Town, hours, 23.50m + _random.Next(0, 900) / 100m,
                    licences, dataset.Today.AddDays(_random.Next(7, 42)), _random.Next(1, 4));
                vacancies.Add(new Vacancy(own[v % 3].Id, centre.Site.Id, centre.Region.Id, details, by, at));
            }
        }

        Employers = employers;
        Vacancies = vacancies;
    }

    public IReadOnlyList<Employer> Employers { get; }

    public IReadOnlyList<Vacancy> Vacancies { get; }

    /// <summary>
    /// The preferred occupations of one batch of clients: half of those with work obligations get 1–3 codes.
    /// Call once per batch, batches in index order (one Random runs through them all).
    /// </summary>
    public IReadOnlyList<JobseekerOccupation> OccupationsFor(IReadOnlyList<Client> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var rows = new List<JobseekerOccupation>(clients.Count / 2);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var client in clients)
        {
            if (client.Obligation is not (WorkObligation.FullTime or WorkObligation.PartTime) || _random.Next(2) == 0)
            {
                continue;
            }

            codes.Clear();
            var count = 1 + _random.Next(3);
            while (codes.Count < count)
            {
                codes.Add(Pick(_random));
            }

            foreach (var code in codes)
            {
                rows.Add(new JobseekerOccupation(client.Id, code));
            }
        }

        return rows;
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(TotalWeight);
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
