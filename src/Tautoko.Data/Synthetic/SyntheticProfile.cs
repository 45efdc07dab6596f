namespace Tautoko.Data.Synthetic;

/// <summary>
/// The size of a synthetic dataset. Shrink one with <c>with</c>, e.g. <c>SyntheticProfile.Demo with { Clients = 300 }</c>.
/// Counts are targets: the generator keeps every site staffed, so small profiles can come out a little larger.
/// </summary>
/// <param name="Name">A label for reports ("demo", "national").</param>
/// <param name="Regions">The agency's regions; S2P offers 13 (003), and the generator needs all of them.</param>
/// <param name="ServiceCentres">Service centres, taken in order from the town list (Masterton first); at most 122 (003).</param>
/// <param name="CaseManagers">Staff who own a caseload: case managers, employment case managers (including the phone-based units) and ICSMs.</param>
/// <param name="ContactCentreStaff">Customer Service Representatives, Contact Centre Officers and StudyLink Officers.</param>
/// <param name="Clients">Client records.</param>
/// <param name="HistoryDays">How far back engagement notes, tags and leave go from the reference day.</param>
/// <param name="ContactCentres">Contact centre sites.</param>
/// <param name="CentralisedServices">Centralised services sites (processing, the National Quality Team).</param>
/// <param name="NationalOfficeStaff">Analysts and other staff at the national office.</param>
/// <param name="NotesPerClient">Average engagement notes per client over the history window.</param>
public sealed record SyntheticProfile(
    string Name,
    int Regions,
    int ServiceCentres,
    int CaseManagers,
    int ContactCentreStaff,
    int Clients,
    int HistoryDays,
    int ContactCentres,
    int CentralisedServices,
    int NationalOfficeStaff,
    double NotesPerClient)
{
    /// <summary>How far back appointment history goes (it need not reach as far as the notes).</summary>
    public int AppointmentHistoryDays { get; init; } = 365;

    /// <summary>How far ahead calendars have slots made (the host extends this as days pass).</summary>
    public int AppointmentHorizonDays { get; init; } = 28;

    /// <summary>Six service centres from the seeds (Masterton first), both phone-based units, a contact centre and national office; ~60 staff; 5,000 clients; a year of history.</summary>
    public static SyntheticProfile Demo { get; } = new(
        Name: "demo",
        Regions: 13,
        ServiceCentres: 6,
        CaseManagers: 30,
        ContactCentreStaff: 6,
        Clients: 5_000,
        HistoryDays: 365,
        ContactCentres: 1,
        CentralisedServices: 0,
        NationalOfficeStaff: 2,
        NotesPerClient: 4.0);

    /// <summary>The whole country: 122 service centres (003), 2,578 case managers and 1,238 CSRs (000, Table Six), a million clients.</summary>
    public static SyntheticProfile National { get; } = new(
        Name: "national",
        Regions: 13,
        ServiceCentres: 122,
        CaseManagers: 2_578,
        ContactCentreStaff: 1_238,
        Clients: 1_000_000,
        HistoryDays: 730,
        ContactCentres: 6,
        CentralisedServices: 3,
        NationalOfficeStaff: 80,
        NotesPerClient: 2.5)
    {
        // Half a year of appointments keeps the national load inside its five minutes (BENCHMARKS.md).
        AppointmentHistoryDays = 182,
    };

    /// <summary>Throws when the profile cannot be generated.</summary>
    public void Validate()
    {
        if (Regions != NzPlaces.Regions.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(Regions), Regions, $"The agency has {NzPlaces.Regions.Count} regions (003); the generator needs all of them.");
        }

        if (ServiceCentres < 1 || ServiceCentres > NzPlaces.ServiceCentres.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(ServiceCentres), ServiceCentres, $"Between 1 and {NzPlaces.ServiceCentres.Count} service centres.");
        }

        if (ContactCentres < 1 || ContactCentres > NzPlaces.ContactCentres.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(ContactCentres), ContactCentres, $"Between 1 and {NzPlaces.ContactCentres.Count} contact centres.");
        }

        if (CentralisedServices < 0 || CentralisedServices > NzPlaces.CentralisedServices.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(CentralisedServices), CentralisedServices, $"Between 0 and {NzPlaces.CentralisedServices.Count} centralised services sites.");
        }

        if (CaseManagers < 1 || ContactCentreStaff < 1 || NationalOfficeStaff < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CaseManagers), "Every profile has case managers, contact-centre staff and national office staff.");
        }

        if (Clients < 0 || Clients > 50_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Clients), Clients, "Between 0 and 50,000,000 clients.");
        }

        if (HistoryDays < 1 || NotesPerClient < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(HistoryDays), "History is at least a day and notes are not negative.");
        }
    }
}

/// <summary>The seed and reference day the demo and the benchmarks use unless told otherwise.</summary>
public static class SyntheticDefaults
{
    /// <summary>3,816: Table Six's total of case managers and CSRs (000).</summary>
    public const int Seed = 3816;

    public static DateOnly Today { get; } = new(2026, 3, 2);
}
