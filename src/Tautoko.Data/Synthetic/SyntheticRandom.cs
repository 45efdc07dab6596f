using System.Globalization;
using System.Text;

namespace Tautoko.Data.Synthetic;

/// <summary>Deterministic helpers over <see cref="Random"/>: derived seeds, ordered GUIDs, weighted picks.</summary>
internal static class SyntheticRandom
{
    /// <summary>Streams of randomness, so adding draws to one part of the generator leaves the others as they were.</summary>
    public enum Stream
    {
        Organisation = 1,
        Staff = 2,
        Client = 3,
        Notes = 4,
        Appointments = 5,
    }

    /// <summary>A seed for one item of one stream: the same (seed, stream, index) gives the same draws, in any order or thread.</summary>
    public static int Derive(int seed, Stream stream, long index)
    {
        var x = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)stream * 0x9E3779B97F4A7C15UL) ^ (ulong)index);
        x = unchecked(SplitMix(x) + (ulong)index);
        return unchecked((int)SplitMix(x) & int.MaxValue);
    }

    public static Random For(int seed, Stream stream, long index) => new(Derive(seed, stream, index));

    /// <summary>
    /// A version-7-shaped GUID whose leading 48 bits are <paramref name="ordinal"/> past <paramref name="baseMilliseconds"/>,
    /// so rows generated in order also sort (and index) in order; the rest comes from the random stream.
    /// </summary>
    public static Guid OrderedGuid(Random random, long baseMilliseconds, long ordinal)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes[6..]);
        var stamp = (ulong)(baseMilliseconds + ordinal);
        bytes[0] = (byte)(stamp >> 40);
        bytes[1] = (byte)(stamp >> 32);
        bytes[2] = (byte)(stamp >> 24);
        bytes[3] = (byte)(stamp >> 16);
        bytes[4] = (byte)(stamp >> 8);
        bytes[5] = (byte)stamp;
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T Pick<T>(this Random random, (T Item, double Weight)[] weighted)
    {
        var total = 0.0;
        foreach (var (_, weight) in weighted)
        {
            total += weight;
        }

        var roll = random.NextDouble() * total;
        foreach (var (item, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return weighted[^1].Item;
    }

    /// <summary>A Poisson count (Knuth), fine for the small means the generator uses.</summary>
    public static int Poisson(this Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            // Normal approximation keeps large means cheap.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(mean + (z * Math.Sqrt(mean))));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    /// <summary>An exponentially distributed number of days with the given mean.</summary>
    public static int ExponentialDays(this Random random, double mean) =>
        (int)(-mean * Math.Log(1.0 - random.NextDouble()));

    public static string Digits(this Random random, int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }

    /// <summary>ASCII letters only, lower case: "Tūhiwai" → "tuhiwai", "O'Brien" → "obrien" (for e-mail addresses).</summary>
    public static string AsciiLetters(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static long UnixMilliseconds(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static ulong SplitMix(ulong x)
    {
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return x ^ (x >> 31);
    }
}
