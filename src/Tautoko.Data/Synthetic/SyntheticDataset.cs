using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// The one synthetic generator for demo and benchmark data. Everything follows from (profile, seed, today):
/// the organisation (regions, sites, staff) is built up front; clients stream on demand, each from its
/// own derived seed, so a million of them never need to be in memory at once.
/// </summary>
public sealed class SyntheticDataset
{
    private readonly ClientGenerator _clients;

    private SyntheticDataset(SyntheticProfile profile, int seed, DateOnly today)
    {
        profile.Validate();
        Profile = profile;
        Seed = seed;
        Today = today;
        Organisation = SyntheticOrganisation.Create(profile, seed, today);
        _clients = new ClientGenerator(profile, seed, today, Organisation);
    }

    public SyntheticProfile Profile { get; }

    public int Seed { get; }

    /// <summary>The reference day: history runs up to the day before; leave and expiries run past it.</summary>
    public DateOnly Today { get; }

    public SyntheticOrganisation Organisation { get; }

    public IReadOnlyList<Region> Regions => Organisation.Regions;

    public IReadOnlyList<Site> Sites => Organisation.Sites;

    public IReadOnlyList<StaffMember> Staff => Organisation.Staff;

    public static SyntheticDataset Create(SyntheticProfile profile, int seed, DateOnly today) => new(profile, seed, today);

    /// <summary>Client number <paramref name="index"/> (0-based) with its tags, warnings and notes.</summary>
    public SyntheticClient Client(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return _clients.Generate(index);
    }

    /// <summary>All the profile's clients in order, one at a time.</summary>
    public IEnumerable<SyntheticClient> Clients()
    {
        for (var i = 0; i < Profile.Clients; i++)
        {
            yield return _clients.Generate(i);
        }
    }

    /// <summary>
    /// The clients in order, in batches generated on up to <paramref name="degreeOfParallelism"/> threads;
    /// the output is the same whatever the parallelism.
    /// </summary>
    public IEnumerable<IReadOnlyList<SyntheticClient>> ClientBatches(int batchSize, int degreeOfParallelism = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        for (var start = 0; start < Profile.Clients; start += batchSize)
        {
            var batch = new SyntheticClient[Math.Min(batchSize, Profile.Clients - start)];
            var first = start;
            if (degreeOfParallelism == 1)
            {
                for (var i = 0; i < batch.Length; i++)
                {
                    batch[i] = _clients.Generate(first + i);
                }
            }
            else
            {
                Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, i => batch[i] = _clients.Generate(first + i));
            }

            yield return batch;
        }
    }
}
