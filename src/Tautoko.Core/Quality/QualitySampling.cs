using System.Buffers.Binary;
using Tautoko.Core.Releases;

namespace Tautoko.Core.Quality;

/// <summary>One action processed by staff: what it was, its id, who processed it and when.</summary>
public readonly record struct ProcessedAction(ProcessedActionKind Kind, Guid Id, Guid? ProcessedById, DateTimeOffset ProcessedAt, Guid? ClientId);

/// <summary>
/// The National Quality Team's random sample (001), reproducible from its recorded seed: every action gets a draw number,
/// SipHash-2-4 of its kind and id keyed by the seed, and the sample is the actions with the smallest numbers. So the same
/// seed and the same population give the same sample in the same order, whatever order the population is read in, and
/// every action is equally likely to be drawn (a uniform random sample without replacement).
/// </summary>
public static class QualitySampling
{
    public const int MaxSampleSize = 500;
    public const int DefaultSampleSize = 30;

    /// <summary>The key the seed stands for (the second half is a fixed constant, so a seed is all a person must record).</summary>
    public static HashKey KeyOf(long seed) => new(unchecked((ulong)seed), 0x4e51545f73616d70UL);

    public static ulong DrawNumber(long seed, ProcessedActionKind kind, Guid id)
    {
        Span<byte> bytes = stackalloc byte[20];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, (int)kind);
        id.TryWriteBytes(bytes[4..]);
        return SipHash.Hash(KeyOf(seed), bytes);
    }

    /// <summary>The sample of at most <paramref name="size"/> actions, in draw order.</summary>
    public static IReadOnlyList<ProcessedAction> Draw(IEnumerable<ProcessedAction> population, long seed, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return [.. population
            .DistinctBy(a => (a.Kind, a.Id))
            .Select(a => (Action: a, Number: DrawNumber(seed, a.Kind, a.Id)))
            .OrderBy(x => x.Number).ThenBy(x => x.Action.Kind).ThenBy(x => x.Action.Id)
            .Take(size)
            .Select(x => x.Action)];
    }
}
