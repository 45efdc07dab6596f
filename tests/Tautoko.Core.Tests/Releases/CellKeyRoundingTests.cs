using Tautoko.Core.Releases;

namespace Tautoko.Core.Tests.Releases;

/// <summary>
/// random rounding to base 3 by cell key. Property tests over loops with a seeded <see cref="Random"/> (so a failure
/// names its case and reruns the same): multiple of 3, never more than 2 away, unbiased, identical for identical record
/// sets, independent under different release keys.
/// </summary>
public sealed class CellKeyRoundingTests
{
    private static readonly HashKey Secret = new(0x0123456789abcdefUL, 0xfedcba9876543210UL);

    private static HashKey RandomKey(Random random) => new((ulong)random.NextInt64(), (ulong)random.NextInt64());

    private static CellTally Cell(IEnumerable<Guid> records) =>
        records.Aggregate(CellTally.Empty, (cell, id) => cell.Add(RecordKeys.Of(Secret, id)));

    private static List<Guid> Records(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => new Guid(random.NextBytes16())).ToList();

    [Fact]
    public void SipHash_MatchesTheReferenceVector()
    {
        // The paper's test vector: key 00..0f, message 00..0e (15 bytes) → a129ca6149be45e5.
        var key = new HashKey(0x0706050403020100UL, 0x0f0e0d0c0b0a0908UL);
        var message = Enumerable.Range(0, 15).Select(i => (byte)i).ToArray();

        Assert.Equal(0xa129ca6149be45e5UL, SipHash.Hash(key, message));
    }

    [Fact]
    public void Round_AnyCountAnyKey_IsMultipleOfThreeWithinTwo_R105()
    {
        var random = new Random(105);
        for (var i = 0; i < 20_000; i++)
        {
            var n = random.Next(0, 5_000);
            var cell = new CellTally(n, (ulong)random.NextInt64());
            var rounded = CellKeyRounding.Round(RandomKey(random), cell);

            Assert.True(rounded % 3 == 0, $"R-105: {n} rounded to {rounded}, not a multiple of 3");
            Assert.True(Math.Abs(rounded - n) <= 2, $"R-105: {n} rounded to {rounded}, more than 2 away");
            Assert.True(rounded >= 0);
        }
    }

    [Fact]
    public void Round_Zero_StaysZero_AndMultiplesOfThreeStay_R105()
    {
        var random = new Random(3);
        for (var i = 0; i < 1_000; i++)
        {
            Assert.Equal(0, CellKeyRounding.Round(RandomKey(random), new CellTally(0, 0)));
            var n = 3 * random.Next(1, 1000);
            Assert.Equal(n, CellKeyRounding.Round(RandomKey(random), new CellTally(n, (ulong)random.NextInt64())));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(17)]
    [InlineData(98)]
    public void Round_MeanOverManyReleaseKeys_IsTheTrueCount_R105(int n)
    {
        // the expected value equals the true count. The same records under 60,000 release keys: the standard error
        // of the mean is at most sqrt(2)/sqrt(60000) ≈ 0.006, so 0.03 is five standard errors.
        var random = new Random(n);
        var cell = Cell(Records(random, n));
        var total = 0L;
        var up = 0;
        const int keys = 60_000;
        for (var i = 0; i < keys; i++)
        {
            var rounded = CellKeyRounding.Round(RandomKey(random), cell);
            total += rounded;
            up += rounded > n ? 1 : 0;
        }

        Assert.InRange((double)total / keys, n - 0.03, n + 0.03);
        // Remainder 1 goes up with probability 1/3, remainder 2 with 2/3.
        var expectedUp = n % 3 == 1 ? 1.0 / 3 : 2.0 / 3;
        Assert.InRange((double)up / keys, expectedUp - 0.01, expectedUp + 0.01);
    }

    [Fact]
    public void Round_SameRecordSet_InAnyOrderAndAnyTable_RoundsIdentically_R105()
    {
        // The same set of records met in another order (another table's query, another run) has the same cell key.
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var records = Records(random, random.Next(1, 40));
            var key = RandomKey(random);
            var shuffled = records.OrderBy(_ => random.Next()).ToList();
            var inParts = Cell(shuffled.Take(shuffled.Count / 2)).Add(Cell(shuffled.Skip(shuffled.Count / 2)));

            var first = CellKeyRounding.Round(key, Cell(records));
            Assert.Equal(first, CellKeyRounding.Round(key, Cell(shuffled)));
            Assert.Equal(first, CellKeyRounding.Round(key, inParts));
            Assert.Equal(Cell(records), inParts);
        }
    }

    [Fact]
    public void Round_DifferentRecordSetsOfTheSameCount_RoundIndependently_R105()
    {
        // Cells of the same size but other records do not share their rounding: remainder-1 cells go up a third of the time.
        var random = new Random(11);
        var key = RandomKey(random);
        var up = 0;
        const int cells = 30_000;
        for (var i = 0; i < cells; i++)
        {
            up += CellKeyRounding.Round(key, Cell(Records(random, 4))) > 4 ? 1 : 0;
        }

        Assert.InRange((double)up / cells, 1.0 / 3 - 0.015, 1.0 / 3 + 0.015);
    }

    [Fact]
    public void Round_DifferentReleaseKeys_GiveIndependentRoundings_R105()
    {
        // Two release keys over the same cells: the directions agree as often as independent draws would
        // (P(agree) = (1/3)² + (2/3)² = 5/9 for remainder 1) and their correlation is near zero.
        var random = new Random(13);
        var a = RandomKey(random);
        var b = RandomKey(random);
        const int cells = 30_000;
        var xs = new double[cells];
        var ys = new double[cells];
        var agree = 0;
        for (var i = 0; i < cells; i++)
        {
            var cell = Cell(Records(random, 7));
            xs[i] = CellKeyRounding.Round(a, cell);
            ys[i] = CellKeyRounding.Round(b, cell);
            agree += xs[i] == ys[i] ? 1 : 0;
        }

        Assert.InRange((double)agree / cells, 5.0 / 9 - 0.015, 5.0 / 9 + 0.015);
        Assert.InRange(Correlation(xs, ys), -0.03, 0.03);
    }

    [Fact]
    public void RecordKeys_AreFixedPerRecord_AndDifferUnderAnotherSecret()
    {
        var id = Guid.Parse("0190e1a2-3b4c-7d5e-8f60-718293a4b5c6");

        Assert.Equal(RecordKeys.Of(Secret, id), RecordKeys.Of(Secret, Guid.Parse(id.ToString())));
        Assert.NotEqual(RecordKeys.Of(Secret, id), RecordKeys.Of(new HashKey(1, 2), id));
    }

    [Fact]
    public void HashKey_RoundTripsThroughHex()
    {
        var key = new HashKey(0x00ab00cd00ef0012UL, 0xffffffff00000001UL);

        Assert.True(HashKey.TryParse(key.ToHex(), out var parsed));
        Assert.Equal(key, parsed);
        Assert.False(HashKey.TryParse("not a key", out _));
        Assert.False(HashKey.TryParse(new string('g', 32), out _));
    }

    private static double Correlation(double[] xs, double[] ys)
    {
        var mx = xs.Average();
        var my = ys.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < xs.Length; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}

internal static class RandomBytes
{
    public static byte[] NextBytes16(this Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return bytes;
    }
}
