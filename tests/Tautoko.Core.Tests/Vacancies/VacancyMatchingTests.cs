using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;

namespace Tautoko.Core.Tests.Vacancies;

public sealed class VacancyMatchingTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly RegionId Wellington = new(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));
    private static readonly RegionId Canterbury = new(Guid.Parse("00000000-0000-0000-0000-0000000000a2"));
    private static readonly SiteId Masterton = new(Guid.Parse("00000000-0000-0000-0000-0000000000b1"));
    private static readonly SiteId Porirua = new(Guid.Parse("00000000-0000-0000-0000-0000000000b2"));

    // A forklift driver's job in Masterton, 40 h a week, needing class 1 and the F endorsement.
    private static readonly VacancyFacts Forklift = new(Guid.Parse("00000000-0000-0000-0000-0000000000c1"), "721311", Masterton, Wellington, 40m, ["1", "F"]);

    private static CandidateFacts Client(int n, string[] codes, SiteId site, WorkObligation obligation, string licences, DateOnly? start, RegionId? region = null) =>
        new(new ClientId(new Guid(n, 0, 0, new byte[8])), codes, site, region ?? Wellington, obligation, Licences.Parse(licences), start);

    [Fact]
    public void Rank_HandMadeClients_ExactLocalLicensedLongTermFirst_WithReasons()
    {
        var exact = Client(1, ["721311"], Masterton, WorkObligation.FullTime, "Class 1 full, forklift", new DateOnly(2024, 12, 1));
        var unitGroup = Client(2, ["721312"], Masterton, WorkObligation.FullTime, "Class 1, F endorsement", new DateOnly(2024, 12, 1));
        var minorGroup = Client(3, ["721111"], Masterton, WorkObligation.FullTime, "class 2", new DateOnly(2026, 6, 1));
        var otherSite = Client(4, ["721311"], Porirua, WorkObligation.PartTime, "", new DateOnly(2026, 11, 20));
        var otherGroup = Client(5, ["741111"], Masterton, WorkObligation.FullTime, "Class 1, forklift", new DateOnly(2020, 1, 1));
        var otherRegion = Client(6, ["721311"], Masterton, WorkObligation.FullTime, "Class 1, forklift", new DateOnly(2020, 1, 1), Canterbury);
        var notWorkReady = Client(7, ["721311"], Masterton, WorkObligation.WorkPreparation, "Class 1, forklift", new DateOnly(2020, 1, 1));

        var ranked = VacancyMatching.Rank(Forklift, [otherSite, minorGroup, notWorkReady, otherGroup, unitGroup, otherRegion, exact], Today, 10);

        // The exact code at another site (58) outranks the local minor-group match without the endorsement (53).
        Assert.Equal([1, 2, 4, 3], ranked.Select(r => r.ClientId.Value.ToByteArray()[0]).Select(b => (int)b));

        // exact code 40 + same site 20 + hours 15 + licences 15 + 24 months on benefit (capped at 10) = 100
        var best = ranked[0];
        Assert.Equal(100, best.Score);
        Assert.Equal(["occupation", "location", "hours", "licences", "timeOnBenefit"], best.Reasons.Select(r => r.Factor));
        Assert.Contains("Forklift Driver (721311)", best.Reasons[0].Text);
        Assert.Equal(VacancyMatching.ExactOccupation, best.Reasons[0].Points);
        Assert.Equal("Holds Class 1, F (forklift) endorsement", best.Reasons[3].Text);

        // unit group 7213: 25 + 20 + 15 + 15 + 10 = 85
        Assert.Equal(85, ranked[1].Score);
        Assert.Contains("same unit group", ranked[1].Reasons[0].Text);

        // minor group 721: 15 + 20 + 15; class 2 covers class 1 but no forklift endorsement: 0; 6 months: 3 → 53
        Assert.Equal(53, ranked[3].Score);
        Assert.Equal("Missing F (forklift) endorsement", ranked[3].Reasons[3].Text);

        // exact code at another site of the region, part-time obligations, no licences, under a month: 40 + 10 + 8 + 0 + 0 = 58
        var far = ranked.Single(r => r.ClientId == otherSite.ClientId);
        Assert.Equal(58, far.Score);
        Assert.Equal("Same region as the vacancy", far.Reasons[1].Text);
    }

    [Fact]
    public void Rank_EqualScores_LongerOnBenefitFirst()
    {
        var newer = Client(1, ["721311"], Masterton, WorkObligation.FullTime, "class 1 forklift", new DateOnly(2024, 1, 1));
        var older = Client(2, ["721311"], Masterton, WorkObligation.FullTime, "class 1 forklift", new DateOnly(2020, 1, 1));

        var ranked = VacancyMatching.Rank(Forklift, [newer, older], Today, 10);

        Assert.Equal(ranked[0].Score, ranked[1].Score);
        Assert.Equal(older.ClientId, ranked[0].ClientId);
    }

    [Fact]
    public void RankVacancies_ClientSeeksStoreperson_ExactVacancyBeforeGroupVacancy()
    {
        var client = Client(1, ["741111"], Masterton, WorkObligation.PartTime, "", new DateOnly(2026, 1, 1));
        var store = new VacancyFacts(Guid.NewGuid(), "741111", Porirua, Wellington, 20m, []);
        var forklift = Forklift with { VacancyId = Guid.NewGuid() };
        var packer = new VacancyFacts(Guid.NewGuid(), "832111", Masterton, Wellington, 20m, []);

        var ranked = VacancyMatching.RankVacancies(client, [forklift, packer, store], Today, 10);

        Assert.Equal([store.VacancyId], ranked.Select(r => r.VacancyId));
        Assert.Equal(40 + 10 + 15 + 15 + 5, ranked[0].Score);
    }

    [Theory]
    [InlineData(15, WorkObligation.PartTime, 15)]
    [InlineData(29.5, WorkObligation.PartTime, 15)]
    [InlineData(30, WorkObligation.PartTime, 8)]
    [InlineData(20, WorkObligation.FullTime, 5)]
    [InlineData(10, WorkObligation.FullTime, 0)]
    public void Score_Hours_ByObligation(double hours, WorkObligation obligation, int points)
    {
        var vacancy = Forklift with { HoursPerWeek = (decimal)hours, LicencesRequired = [] };
        var score = VacancyMatching.Score(vacancy, Client(1, ["721311"], Masterton, obligation, "", null), Today)!;
        Assert.Equal(points, score.Reasons.Single(r => r.Factor == "hours").Points);
    }

    [Fact]
    public void Licences_ParseAndCover_HeavierClassCoversLighter()
    {
        var held = Licences.Parse("Class 4 heavy rigid; W endorsement; dangerous goods");
        Assert.Equal(["4", "D", "W"], held.ToArray());
        Assert.True(Licences.Covers(held, "2"));
        Assert.True(Licences.Covers(held, "1"));
        Assert.False(Licences.Covers(held, "5"));
        Assert.False(Licences.Covers(held, "6"));
        Assert.False(Licences.Covers(held, "F"));
        Assert.Null(Licences.Normalise(["1", "X"]));
    }

    [Fact]
    public void AnzscoCatalogue_HasEveryMajorAndSubMajorGroup_AndOccupationsUnderThem()
    {
        Assert.Equal(8, AnzscoCatalogue.All.Count(o => o.Level == 1));
        Assert.Equal(43, AnzscoCatalogue.All.Count(o => o.Level == 2));
        Assert.True(AnzscoCatalogue.Occupations.Count() >= 200);
        Assert.Equal("Storeperson", AnzscoCatalogue.Find("741111")!.Title);
        Assert.All(AnzscoCatalogue.Occupations, o => Assert.NotNull(AnzscoCatalogue.Find(o.Code[..2])));
        Assert.Equal(AnzscoCatalogue.All.Count, AnzscoCatalogue.All.Select(o => o.Code).Distinct().Count());
    }

    [Fact]
    public void Vacancy_FilledThenClosed_SecondNamesTheStatusRule()
    {
        var details = new VacancyDetails("Forklift driver", "721311", "Masterton", 40m, 27.50m, ["1", "F"], Today.AddDays(14), 2);
        Assert.Empty(details.Problems(Today));
        var vacancy = new Vacancy(Guid.NewGuid(), Masterton, Wellington, details, new StaffId(Guid.NewGuid()), DateTimeOffset.UnixEpoch);
        Assert.Equal(VacancyHours.FullTime, vacancy.Hours);
        Assert.Equal("721", vacancy.MinorGroup);

        vacancy.ChangeStatus(VacancyStatus.Filled, DateTimeOffset.UnixEpoch);

        Assert.Equal(Vacancy.StatusRule, vacancy.WhyNotChangeStatus(VacancyStatus.Closed)!.Rule);
    }

    [Fact]
    public void VacancyDetails_BelowMinimumWageUnknownCodeAndPastClosing_NameEachField()
    {
        var problems = new VacancyDetails("Picker", "999999", "Motueka", 40m, 20m, ["Z"], Today.AddDays(-1), 0).Problems(Today);
        Assert.Equal(["closingDate", "licencesRequired", "occupationCode", "payPerHour", "positions"], problems.Keys.Order());
    }
}
