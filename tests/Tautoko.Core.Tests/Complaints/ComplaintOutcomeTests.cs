using System.Globalization;
using Tautoko.Core.Complaints;

namespace Tautoko.Core.Tests.Complaints;

/// <summary>R-093: the nine complaint outcomes are Table Eight's (seed 000), word for word and in its order.</summary>
public sealed class ComplaintOutcomeTests
{
    private static readonly string[] Seed = SeedText.Lines(SeedText.Oia2021);

    private static int TableEight => Array.FindIndex(Seed, l => l.StartsWith("Table Eight:", StringComparison.Ordinal));

    [Fact]
    public void SeedText_IsTableEightsOutcomeHeadings_InOrder_R093()
    {
        // the heading row is the first row of Table Eight that names "Closed: Lack of representation".
        var header = Seed.Skip(TableEight).First(l => l.Contains("Closed: Lack of representation", StringComparison.Ordinal));

        Assert.Equal(SeedText.Cells(header), ComplaintOutcomes.All.Select(o => o.SeedText()).ToList());
        Assert.Equal(9, ComplaintOutcomes.All.Count);
    }

    [Fact]
    public void SeedGrandTotal_IsTableEightsGrandTotalRow_R093()
    {
        // the synthetic mix follows Table Eight's grand totals; they add up to the seed's 10,200.
        var totals = SeedText.Cells(Seed.Skip(TableEight).First(l => l.StartsWith("| Grand Total", StringComparison.Ordinal)));

        var perOutcome = totals.Skip(1).Take(9).Select(t => int.Parse(t, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(perOutcome, ComplaintOutcomes.All.Select(o => o.SeedGrandTotal()).ToList());
        Assert.Equal(int.Parse(totals[10], NumberStyles.AllowThousands, CultureInfo.InvariantCulture), ComplaintOutcomes.All.Sum(o => o.SeedGrandTotal()));
    }

    [Theory]
    [InlineData("ResolvedComplainantSatisfied", ComplaintOutcome.ResolvedComplainantSatisfied)]
    [InlineData("closed: message left/letter sent", ComplaintOutcome.ClosedMessageLeftOrLetterSent)]
    [InlineData("Resolved: Complainant dissatisfied; client referred to review of decision process", ComplaintOutcome.ResolvedComplainantDissatisfiedReferredToReview)]
    public void TryParse_NameOrSeedText_FindsTheOutcome_R093(string text, ComplaintOutcome expected)
    {
        Assert.True(ComplaintOutcomes.TryParse(text, out var outcome));
        Assert.Equal(expected, outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Upheld at BRC")]
    [InlineData("9")]
    public void TryParse_AnythingElse_IsRefused_R093(string? text) => Assert.False(ComplaintOutcomes.TryParse(text, out _));

    [Fact]
    public void RefersToReviewOfDecision_OnlyTheTwoReferredOutcomes()
    {
        Assert.Equal(
            [ComplaintOutcome.ResolvedComplainantDissatisfiedReferredToReview, ComplaintOutcome.ResolvedComplainantSatisfiedReferredToReview],
            ComplaintOutcomes.All.Where(o => o.RefersToReviewOfDecision()));
    }

    [Fact]
    public void SeedCopies_InTheRepository_MatchTheSharedSeeds()
    {
        foreach (var file in new[] { SeedText.Oia2021, SeedText.IcsEvaluation })
        {
            var shared = Path.Combine("/work/shared/seeds", file);
            if (File.Exists(shared))
            {
                Assert.Equal(File.ReadAllText(shared), File.ReadAllText(SeedText.Path(file)));
            }
        }
    }
}
