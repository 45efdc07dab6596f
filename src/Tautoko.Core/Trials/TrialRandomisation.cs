using Tautoko.Core.Common;

namespace Tautoko.Core.Trials;

/// <summary>An eligible client as the draw sees them: the age group (stratum) and home site.</summary>
public sealed record Candidate(ClientId ClientId, string AgeGroup, SiteId SiteId);

/// <summary>One client's draw: the arm, the stratum, and the position in the draw.</summary>
public sealed record Draw(ClientId ClientId, TrialArm Arm, string Stratum, string AgeGroup, SiteId SiteId, int Sequence);

/// <summary>The result: the draws, and the eligible clients left out because their site's capacity was reached.</summary>
public sealed record RandomisationResult(IReadOnlyList<Draw> Draws, IReadOnlyList<ClientId> NotEnrolled);

/// <summary>
/// Stratified random assignment, reproducible from its seed:
/// <list type="number">
/// <item>candidates are put in a fixed order (by client id), so the same eligible list and seed always give the same draw;</item>
/// <item>when the trial has a capacity per site, each site enrols at most capacity × (treatment + control) / treatment
///   candidates, chosen by a seeded shuffle (the rest are not enrolled and are told so);</item>
/// <item>within each stratum (age group, and site when the trial stratifies by site) the enrolled clients are shuffled
///   (Fisher–Yates) and the first round(n × treatment / (treatment + control)) go to treatment, the rest to control — an
///   exact split, so every stratum is balanced to within one client of the allocation ratio. A stratum's fractional
///   client goes to treatment or control by the same generator.</item>
/// </list>
/// The generator is SplitMix64 (Steele, Lea and Flood 2014), written out here so the draw never depends on the
/// runtime's <see cref="Random"/> implementation.
/// </summary>
public static class TrialRandomisation
{
    public static RandomisationResult Assign(IReadOnlyList<Candidate> candidates, long seed, bool stratifyBySite, int treatmentWeight, int controlWeight, int? capacityPerSite)
    {
        var random = new SplitMix64(seed);
        var ordered = candidates.OrderBy(c => c.ClientId.Value).ToList();
        var notEnrolled = new List<ClientId>();
        if (capacityPerSite is { } capacity)
        {
            var perSite = (int)Math.Floor((double)capacity * (treatmentWeight + controlWeight) / treatmentWeight);
            var enrolled = new List<Candidate>();
            foreach (var site in ordered.GroupBy(c => c.SiteId.Value).OrderBy(g => g.Key))
            {
                var list = site.ToList();
                random.Shuffle(list);
                enrolled.AddRange(list.Take(perSite));
                notEnrolled.AddRange(list.Skip(perSite).Select(c => c.ClientId));
            }

            ordered = enrolled.OrderBy(c => c.ClientId.Value).ToList();
        }

        var draws = new List<Draw>(ordered.Count);
        var sequence = 0;
        foreach (var stratum in ordered.GroupBy(c => StratumOf(c, stratifyBySite)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = stratum.ToList();
            random.Shuffle(list);
            var exact = (double)list.Count * treatmentWeight / (treatmentWeight + controlWeight);
            var treated = (int)Math.Floor(exact);
            if (exact - treated > 0 && random.NextDouble() < exact - treated)
            {
                treated++;
            }

            for (var i = 0; i < list.Count; i++)
            {
                var c = list[i];
                draws.Add(new Draw(c.ClientId, i < treated ? TrialArm.Treatment : TrialArm.Control, stratum.Key, c.AgeGroup, c.SiteId, ++sequence));
            }
        }

        return new RandomisationResult(draws, notEnrolled);
    }

    public static string StratumOf(Candidate c, bool bySite) => bySite ? $"{c.AgeGroup} · site {c.SiteId.Value:N}" : c.AgeGroup;

    /// <summary>A fresh seed for a new draw (recorded on the trial, so the draw can be repeated).</summary>
    public static long NewSeed() => BitConverter.ToInt64(Guid.NewGuid().ToByteArray(), 0) & long.MaxValue;

    /// <summary>SplitMix64: a small, well-known 64-bit generator, fully determined by its seed.</summary>
    public sealed class SplitMix64(long seed)
    {
        private ulong _state = unchecked((ulong)seed);

        public ulong Next()
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                var z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        /// <summary>A double in [0, 1) from the top 53 bits.</summary>
        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        /// <summary>An integer in [0, n), without modulo bias.</summary>
        public int NextBelow(int n)
        {
            var bound = (ulong)n;
            var limit = ulong.MaxValue - (ulong.MaxValue % bound);
            ulong x;
            do
            {
                x = Next();
            }
            while (x >= limit);
            return (int)(x % bound);
        }

        public void Shuffle<T>(IList<T> list)
        {
            for (var i = list.Count - 1; i > 0; i--)
            {
                var j = NextBelow(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }
        }
    }
}
