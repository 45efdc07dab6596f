using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>One generated client with everything that hangs off the record.</summary>
public sealed record SyntheticClient(
    int Index,
    Client Client,
    IReadOnlyList<ProgrammeTag> Tags,
    IReadOnlyList<SpecialCaution> SpecialCautions,
    IReadOnlyList<MustViewNote> MustViewNotes,
    IReadOnlyList<EngagementNote> Notes);

/// <summary>
/// Builds client <c>i</c> from (seed, i) and the organisation alone, so clients can be generated in
/// any order, in parallel, or again.
/// </summary>
internal sealed partial class ClientGenerator
{
    // GLOSSARY: main benefits; the mix is a plausible caseload, not an official breakdown.
    private static readonly (BenefitType, double)[] BenefitMix =
    [
        (BenefitType.JobseekerSupportWorkReady, 35), (BenefitType.JobseekerSupportHealthConditionOrDisability, 20),
        (BenefitType.SoleParentSupport, 15), (BenefitType.SupportedLivingPayment, 15), (BenefitType.NewZealandSuperannuation, 4),
        (BenefitType.YouthPayment, 1.5), (BenefitType.YoungParentPayment, 1), (BenefitType.EmergencyBenefit, 1),
        (BenefitType.SupplementaryOnly, 4), (BenefitType.StudentAllowance, 1.5), (BenefitType.None, 2),
    ];

    private readonly SyntheticProfile _profile;
    private readonly int _seed;
    private readonly DateOnly _today;
    private readonly DateTimeOffset _now;
    private readonly long _baseMs;
    private readonly long _numberOffset;
    private readonly CentreInfo[] _centres;
    private readonly double[] _cumulativeWeights;
    private readonly StaffMember[] _phoneStaff;
    private readonly StaffMember[] _contactCentreStaff;
    private readonly Dictionary<StaffId, StaffMember> _staffById;
    private readonly int _featuredCentre;
    private readonly double _pbcmRate;
    private readonly double _otherNotesMean;
    private readonly double _managedNotesMean;

    public ClientGenerator(SyntheticProfile profile, int seed, DateOnly today, SyntheticOrganisation organisation)
    {
        _profile = profile;
        _seed = seed;
        _today = today;
        _now = NzTime.ToUtc(today, new TimeOnly(8, 0));
        _baseMs = SyntheticRandom.UnixMilliseconds(today.AddDays(-profile.HistoryDays));
        _numberOffset = SyntheticRandom.Derive(seed, SyntheticRandom.Stream.Organisation, 99) % 900_000_000L;
        _staffById = organisation.Staff.ToDictionary(s => s.Id);
        _phoneStaff = [.. organisation.PhoneBasedUnits.SelectMany(u => u.Staff).Where(s => s.Variant == CaseManagerVariant.PhoneBased)];
        _contactCentreStaff = [.. organisation.ContactCentres.SelectMany(c => c.Staff).Where(s => s.Role.IsContactCentre())];

        var totalWeight = organisation.ServiceCentres.Sum(c => (double)c.Spec.Weight);
        _centres = [.. organisation.ServiceCentres.Select(c => new CentreInfo(c, profile.Clients * c.Spec.Weight / totalWeight))];
        _cumulativeWeights = new double[_centres.Length];
        var running = 0.0;
        for (var i = 0; i < _centres.Length; i++)
        {
            running += _centres[i].Site.Spec.Weight / totalWeight;
            _cumulativeWeights[i] = running;
        }

        _featuredCentre = Array.FindIndex(_centres, c => c.Site.Site.Name == "Masterton");

        // 002: phone-based caseloads (110 each) are Jobseeker Work Ready clients from five regions.
        var phoneRegionClients = _centres.Where(c => c.PhoneRegion).Sum(c => c.ExpectedClients);
        _pbcmRate = phoneRegionClients <= 0 ? 0 : Math.Min(0.5, _phoneStaff.Length * 110.0 / (phoneRegionClients * 0.30));

        // 001/002: case-managed clients are engaged at least every 28 working days; the rest hear from the agency now and then.
        var managedShare = Math.Clamp(SampleManagedShare(), 0.01, 0.95);
        // Case-managed clients get most of the notes; the mean is capped so the profile's average per client holds.
        // Runs of unsuccessful attempts and corrections add about an eighth on top of the drawn count.
        var target = profile.NotesPerClient / 1.12;
        _managedNotesMean = Math.Min(Math.Min(40, profile.HistoryDays / 40.0), 0.85 * target / Math.Max(0.05, managedShare));
        _otherNotesMean = Math.Max(0.1, (target - (managedShare * _managedNotesMean)) / (1 - managedShare));
    }

    /// <summary>The share of clients on a caseload, from a fixed sample of indices (the note means depend on it).</summary>
    private double SampleManagedShare()
    {
        var sample = Math.Min(_profile.Clients, 2_000);
        if (sample == 0)
        {
            return 0.5;
        }

        var managed = 0;
        var stride = Math.Max(1, _profile.Clients / sample);
        for (var i = 0; i < sample; i++)
        {
            var index = i * stride;
            var (random, featured, centre, draft, client) = Start(index);
            if (AddServices(random, index, client, draft, centre, []) is not null)
            {
                managed++;
            }
        }

        return (double)managed / sample;
    }

    public SyntheticClient Generate(int index)
    {
        var (random, featured, centre, draft, client) = Start(index);
        var tags = new List<ProgrammeTag>(2);
        var cautions = new List<SpecialCaution>(0);
        var mustView = new List<MustViewNote>(0);
        var caseManager = AddServices(random, index, client, draft, centre, tags);
        AddWarnings(random, index, client, draft, centre, featured, cautions, mustView);

        var notesRandom = SyntheticRandom.For(_seed, SyntheticRandom.Stream.Notes, index);
        var notes = GenerateNotes(notesRandom, index, client, centre, caseManager, minimum: featured is null ? 0 : 6);
        return new SyntheticClient(index, client, tags, cautions, mustView, notes);
    }

    private (Random Random, FeaturedClient? Featured, CentreInfo Centre, Draft Draft, Client Client) Start(int index)
    {
        var random = SyntheticRandom.For(_seed, SyntheticRandom.Stream.Client, index);
        var featured = _featuredCentre >= 0 && index < Featured.Length ? Featured[index] : null;
        var centre = featured is null ? PickCentre(random) : _centres[_featuredCentre];
        var draft = DraftPerson(random, featured, centre);
        return (random, featured, centre, draft, BuildClient(random, index, draft, centre));
    }

    /// <summary>Nine digits, unique for every index below 900,000,000: an affine permutation of the index.</summary>
    public string ClientNumber(int index) =>
        (100_000_000L + (((index * 7_919_347L) + _numberOffset) % 900_000_000L)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private CentreInfo PickCentre(Random random)
    {
        var roll = random.NextDouble();
        var i = Array.BinarySearch(_cumulativeWeights, roll);
        i = i < 0 ? ~i : i;
        return _centres[Math.Min(i, _centres.Length - 1)];
    }

    private Guid NewId(Random random, long ordinal) => SyntheticRandom.OrderedGuid(random, _baseMs, ordinal);

    /// <summary>The staff at a service centre, grouped the way tags and notes need them, and the centre's caseload rates.</summary>
    private sealed class CentreInfo
    {
        public CentreInfo(SyntheticSite site, double expectedClients)
        {
            Site = site;
            ExpectedClients = expectedClients;
            PhoneRegion = NzPlaces.PhoneBasedRegions.Contains(site.Region.Code);
            CaseManagers = [.. site.Staff.Where(s => s.Role.IsCaseManager())];
            General = [.. CaseManagers.Where(s => s.Variant is CaseManagerVariant.General or CaseManagerVariant.Seniors or CaseManagerVariant.Housing or CaseManagerVariant.ResidentialSubsidy or CaseManagerVariant.RemoteClientServices)];
            Employment = [.. CaseManagers.Where(s => s.Role == StaffRole.EmploymentCaseManager)];
            Integrated = [.. CaseManagers.Where(s => s.Variant == CaseManagerVariant.IntegratedServices)];
            Intensive = [.. CaseManagers.Where(s => s.Role == StaffRole.IntensiveClientSupportManager)];
            Connectors = [.. site.Staff.Where(s => s.Role == StaffRole.Connector)];
            Manager = site.Staff.FirstOrDefault(s => s.Role == StaffRole.ServiceCentreManager) ?? site.Staff[0];

            var clients = Math.Max(1.0, expectedClients);

            // 002/003/004: caseloads kept full — ECM 105, ISCM 60, ICS 60; BAU 100–200 (150 here).
            EmploymentRate = Math.Min(0.6, Employment.Length * 105.0 / (clients * 0.45));
            IntegratedRate = Math.Min(0.6, Integrated.Length * 60.0 / (clients * 0.25));
            IntensiveRate = Math.Min(0.6, Intensive.Length * 60.0 / (clients * 0.04));
            GeneralRate = Math.Min(0.6, General.Length * 150.0 / (clients * 0.9));
        }

        public SyntheticSite Site { get; }

        public double ExpectedClients { get; }

        public bool PhoneRegion { get; }

        public StaffMember[] CaseManagers { get; }

        public StaffMember[] General { get; }

        public StaffMember[] Employment { get; }

        public StaffMember[] Integrated { get; }

        public StaffMember[] Intensive { get; }

        public StaffMember[] Connectors { get; }

        public StaffMember Manager { get; }

        public double EmploymentRate { get; }

        public double IntegratedRate { get; }

        public double IntensiveRate { get; }

        public double GeneralRate { get; }

        public Site Entity => Site.Site;
    }
}
