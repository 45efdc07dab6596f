using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;

namespace Tautoko.Core.Tests.Trials;

/// <summary>R-113: eligible clients randomly assigned to treatment or control — reproducible, balanced per stratum, drawn once.</summary>
public sealed class TrialRandomisationTests
{
    private static readonly SiteId SiteA = new(Guid.Parse("00000000-0000-0000-0000-00000000000a"));
    private static readonly SiteId SiteB = new(Guid.Parse("00000000-0000-0000-0000-00000000000b"));

    private static List<Candidate> Candidates(int young, int older)
    {
        var list = new List<Candidate>();
        for (var i = 0; i < young + older; i++)
        {
            list.Add(new Candidate(new ClientId(Guid.CreateVersion7()), i < young ? "25–29" : "30–39", i % 3 == 0 ? SiteA : SiteB));
        }

        return list;
    }

    [Fact]
    public void Assign_SameSeed_SameDraw_R113()
    {
        var candidates = Candidates(41, 57);
        var first = TrialRandomisation.Assign(candidates, 20230301, false, 1, 1, null);
        var again = TrialRandomisation.Assign(Enumerable.Reverse(candidates).ToList(), 20230301, false, 1, 1, null);

        Assert.Equal(first.Draws, again.Draws);
    }

    [Fact]
    public void Assign_OtherSeed_OtherDraw_R113()
    {
        var candidates = Candidates(41, 57);
        var a = TrialRandomisation.Assign(candidates, 1, false, 1, 1, null).Draws.ToDictionary(d => d.ClientId, d => d.Arm);
        var b = TrialRandomisation.Assign(candidates, 2, false, 1, 1, null).Draws.ToDictionary(d => d.ClientId, d => d.Arm);

        Assert.Contains(candidates, c => a[c.ClientId] != b[c.ClientId]);
    }

    [Theory] // Balanced within each stratum to within one client of the ratio, whatever the seed.
    [InlineData(1, 1, 1L)]
    [InlineData(1, 1, 99L)]
    [InlineData(2, 1, 7L)]
    [InlineData(1, 2, 123456789L)]
    public void Assign_EachStratum_SplitFollowsTheRatio_R113(int t, int c, long seed)
    {
        var result = TrialRandomisation.Assign(Candidates(41, 57), seed, true, t, c, null);

        foreach (var stratum in result.Draws.GroupBy(d => d.Stratum))
        {
            var treated = stratum.Count(d => d.Arm == TrialArm.Treatment);
            var exact = (double)stratum.Count() * t / (t + c);
            Assert.InRange(treated, Math.Floor(exact), Math.Ceiling(exact));
        }

        Assert.Equal(4, result.Draws.Select(d => d.Stratum).Distinct().Count());
        Assert.Equal(98, result.Draws.Select(d => d.ClientId).Distinct().Count());
    }

    [Fact] // The generator is SplitMix64: the first outputs for seed 0 are the published reference values.
    public void SplitMix64_SeedZero_MatchesReferenceOutputs()
    {
        var random = new TrialRandomisation.SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
        Assert.Equal(0x06C45D188009454FUL, random.Next());
    }

    [Fact] // Capacity per site: at most capacity × (t + c) / t enrolled per site, the rest told they were not enrolled.
    public void Assign_CapacityPerSite_EnrolsUpToCapacity()
    {
        var candidates = Candidates(60, 60);
        var result = TrialRandomisation.Assign(candidates, 5, false, 1, 1, 20);

        Assert.All(result.Draws.GroupBy(d => d.SiteId), site => Assert.True(site.Count() <= 40));
        Assert.Equal(candidates.Count, result.Draws.Count + result.NotEnrolled.Count);
        Assert.Equal(80, result.Draws.Count);
    }

    [Fact] // a trial is randomised once.
    public void MarkRandomised_Twice_RefusedNamingR113()
    {
        var trial = new Trial(Guid.NewGuid(), "ICS trial", CaseManagementService.IntensiveClientSupport, new DateOnly(2023, 3, 1), new DateOnly(2026, 3, 1),
            TrialCriteria.IcsX, false, 1, 1, null, new StaffId(Guid.NewGuid()), DateTimeOffset.UtcNow);
        trial.MarkRandomised(42, new StaffId(Guid.NewGuid()), DateTimeOffset.UtcNow);

        Assert.Equal("R-113", trial.WhyNotRandomise(new DateOnly(2023, 4, 1))?.Rule);
        Assert.Equal("R-113", Assert.Throws<DomainException>(() => trial.MarkRandomised(43, new StaffId(Guid.NewGuid()), DateTimeOffset.UtcNow)).Error.Rule);
        Assert.Equal(42, trial.RandomSeed);
    }
}
