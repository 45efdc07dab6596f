using System.Globalization;
using System.Text;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Synthetic;

public sealed class SyntheticDeterminismTests
{
    private static readonly SyntheticProfile Small = SyntheticProfile.Demo with { Clients = 300 };

    [Fact]
    public void Create_WithTheSameSeed_GivesIdenticalClients()
    {
        var a = SyntheticDataset.Create(Small, 42, SyntheticDefaults.Today);
        var b = SyntheticDataset.Create(Small, 42, SyntheticDefaults.Today);

        var first = a.Clients().Take(100).Select(Fingerprint).ToList();
        var second = b.Clients().Take(100).Select(Fingerprint).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Create_WithTheSameSeed_GivesIdenticalOrganisation()
    {
        var a = SyntheticDataset.Create(Small, 42, SyntheticDefaults.Today);
        var b = SyntheticDataset.Create(Small, 42, SyntheticDefaults.Today);

        Assert.Equal(a.Regions.Select(r => (r.Id, r.Code)), b.Regions.Select(r => (r.Id, r.Code)));
        Assert.Equal(a.Sites.Select(s => (s.Id, s.Code, s.Name)), b.Sites.Select(s => (s.Id, s.Code, s.Name)));
        Assert.Equal(a.Staff.Select(StaffFingerprint), b.Staff.Select(StaffFingerprint));
    }

    [Fact]
    public void Create_WithADifferentSeed_GivesDifferentClients()
    {
        var a = SyntheticDataset.Create(Small, 42, SyntheticDefaults.Today);
        var b = SyntheticDataset.Create(Small, 43, SyntheticDefaults.Today);

        var first = a.Clients().Take(50).Select(Fingerprint).ToList();
        var second = b.Clients().Take(50).Select(Fingerprint).ToList();

        Assert.All(first.Zip(second), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.NotEqual(a.Staff.Select(s => s.Id), b.Staff.Select(s => s.Id));
    }

    [Fact]
    public void ClientBatches_InParallel_MatchClientsInOrder()
    {
        var dataset = SyntheticDataset.Create(Small, 7, SyntheticDefaults.Today);

        var sequential = dataset.Clients().Select(Fingerprint).ToList();
        var parallel = dataset.ClientBatches(batchSize: 64, degreeOfParallelism: 4).SelectMany(b => b).Select(Fingerprint).ToList();

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Client_ByIndex_MatchesTheStream()
    {
        var dataset = SyntheticDataset.Create(Small, 7, SyntheticDefaults.Today);

        Assert.Equal(Fingerprint(dataset.Clients().ElementAt(123)), Fingerprint(dataset.Client(123)));
    }

    private static string StaffFingerprint(Core.Staff.StaffMember s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Id}|{s.StaffNumber}|{s.FullName}|{s.Email}|{s.Role}|{s.Variant}|{s.SiteId}|{s.Fte}|{s.Gender}|{s.BuddyId}|{string.Join(",", s.Leave.Select(l => $"{l.Id}:{l.From}:{l.To}:{l.Kind}"))}");

    private static string Fingerprint(SyntheticClient synthetic)
    {
        var c = synthetic.Client;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{c.Id}|{c.ClientNumber}|{c.FirstName}|{c.MiddleNames}|{c.LastName}|{c.PreferredName}|{c.DateOfBirth:O}|{c.Phone}|{c.Email}|{c.PreferredChannel}|{c.Address}|{c.HomeSiteId}|{c.Benefit}|{c.BenefitStartDate:O}|{c.Obligation}|{c.Flags}|{c.FirstBenefitAge}|{c.FirstBenefitType}|{c.Agent}|{c.IsRestricted}|{c.CreatedAt:O}");
        foreach (var h in c.Household)
        {
            text.Append(CultureInfo.InvariantCulture, $"|H:{h.Id}:{h.Relationship}:{h.FullName}:{h.DateOfBirth:O}");
        }

        foreach (var t in synthetic.Tags)
        {
            text.Append(CultureInfo.InvariantCulture, $"|T:{t.Id}:{t.Code}:{t.AddedById}:{t.AddedAt:O}:{t.RemovedAt:O}");
        }

        foreach (var s in synthetic.SpecialCautions)
        {
            text.Append(CultureInfo.InvariantCulture, $"|S:{s.Id}:{s.Kind}:{s.Text}");
        }

        foreach (var m in synthetic.MustViewNotes)
        {
            text.Append(CultureInfo.InvariantCulture, $"|M:{m.Id}:{m.Text}:{m.Expires:O}");
        }

        foreach (var n in synthetic.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"|N:{n.Id}:{n.AuthorId}:{n.OccurredAt:O}:{n.RecordedAt:O}:{n.Channel}:{n.Outcome}:{n.Text}:{n.CorrectsNoteId}");
        }

        return text.ToString();
    }
}
