using System.Text.RegularExpressions;
using Tautoko.Core.Clients;
using Tautoko.Core.Sites;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Synthetic;

public sealed partial class SyntheticClientTests(DemoDatasetFixture demo) : IClassFixture<DemoDatasetFixture>
{
    private IReadOnlyList<SyntheticClient> Clients => demo.Clients;

    private DateOnly Today => demo.Today;

    [Fact]
    public void Demo_Masterton_HasThreeMakaClientsOneWithACautionAndAMustViewNote()
    {
        var masterton = demo.Dataset.Sites.Single(s => s.Name == "Masterton").Id;
        var maka = Clients.Where(c => c.Client.LastName == "Māka" && c.Client.HomeSiteId == masterton).ToList();

        Assert.True(maka.Count >= 3, $"{maka.Count} Māka clients at Masterton");
        Assert.Contains(maka, c => c.Client.FirstName == "Aroha");
        Assert.Contains(maka, c => c.SpecialCautions.Count > 0 && c.MustViewNotes.Count > 0);
        Assert.All(maka, c => Assert.Equal("maka", c.Client.LastNameFolded));
    }

    [Fact]
    public void Demo_Names_KeepTheirMacrons()
    {
        Assert.Contains(Clients, c => c.Client.LastName.Contains('ā', StringComparison.Ordinal));
        Assert.Contains(Clients, c => c.Client.FirstName.Any(ch => "āēīōūĀĒĪŌŪ".Contains(ch, StringComparison.Ordinal)));
        Assert.Contains(Clients, c => c.Client.LastName is "Faleolo" or "Tupou" or "Fifita" or "Taufa");
        Assert.Contains(Clients, c => c.Client.LastName is "Singh" or "Patel" or "Kaur" or "Sharma");
        Assert.Contains(Clients, c => c.Client.LastName is "Wang" or "Li" or "Zhang" or "Chen" or "Kim");
    }

    [Fact]
    public void Demo_Ages_AreConsistentWithTheBenefit()
    {
        Assert.All(Clients, c =>
        {
            var client = c.Client;
            var age = client.AgeOn(Today);
            var (min, max) = client.Benefit switch
            {
                BenefitType.NewZealandSuperannuation => (65, 120),
                BenefitType.YouthPayment => (16, 17),
                BenefitType.YoungParentPayment => (16, 19),
                BenefitType.JobseekerSupportWorkReady or BenefitType.JobseekerSupportHealthConditionOrDisability or BenefitType.EmergencyBenefit => (18, 64),
                BenefitType.SupportedLivingPayment => (16, 64),
                BenefitType.SoleParentSupport => (18, 64),
                _ => (16, 120),
            };
            Assert.InRange(age, min, max);
            Assert.True(client.FirstBenefitAge is >= 16 && client.FirstBenefitAge <= age, $"{client.ClientNumber}: first benefit at {client.FirstBenefitAge}, age {age}");
            if (client.Benefit != BenefitType.None)
            {
                Assert.NotNull(client.BenefitStartDate);
                Assert.True(client.BenefitStartDate >= client.DateOfBirth.AddYears(16) && client.BenefitStartDate < Today);
            }
        });
    }

    [Fact]
    public void Demo_SoleParents_HaveAChildUnder14AndNoPartner()
    {
        var soleParents = Clients.Where(c => c.Client.Benefit == BenefitType.SoleParentSupport).ToList();

        Assert.NotEmpty(soleParents);
        Assert.All(soleParents, c =>
        {
            Assert.Null(c.Client.Partner);
            var youngest = c.Client.DependentChildren.Max(h => h.DateOfBirth!.Value);
            Assert.True(youngest > Today.AddYears(-14));
            Assert.True(youngest >= c.Client.DateOfBirth.AddYears(16));
        });
    }

    [Fact]
    public void Demo_Obligations_FollowTheBenefit()
    {
        Assert.All(Clients, c =>
        {
            var client = c.Client;
            switch (client.Benefit)
            {
                case BenefitType.JobseekerSupportWorkReady:
                    Assert.True(client.Obligation is WorkObligation.FullTime or WorkObligation.PartTime);
                    break;
                case BenefitType.SoleParentSupport:
                    var youngest = c.Client.DependentChildren.Max(h => h.DateOfBirth!.Value);
                    Assert.Equal(youngest > Today.AddYears(-3) ? WorkObligation.WorkPreparation : WorkObligation.PartTime, client.Obligation);
                    break;
                case BenefitType.SupportedLivingPayment or BenefitType.NewZealandSuperannuation or BenefitType.None:
                    Assert.Equal(WorkObligation.None, client.Obligation);
                    break;
                default:
                    break;
            }
        });
        Assert.True(Clients.Count(c => c.Client.Benefit == BenefitType.JobseekerSupportWorkReady && c.Client.Obligation == WorkObligation.FullTime) > Clients.Count / 5);
    }

    [Fact]
    public void Demo_BenefitMix_IsPlausible()
    {
        double Share(BenefitType type) => (double)Clients.Count(c => c.Client.Benefit == type) / Clients.Count;

        Assert.InRange(Share(BenefitType.JobseekerSupportWorkReady), 0.30, 0.40);
        Assert.InRange(Share(BenefitType.JobseekerSupportHealthConditionOrDisability), 0.16, 0.24);
        Assert.InRange(Share(BenefitType.SoleParentSupport), 0.11, 0.19);
        Assert.InRange(Share(BenefitType.SupportedLivingPayment), 0.11, 0.19);
        Assert.InRange(Share(BenefitType.NewZealandSuperannuation), 0.01, 0.08);
    }

    [Fact]
    public void Demo_ContactDetails_AreSyntheticAndWellFormed()
    {
        Assert.Equal(Clients.Count, Clients.Select(c => c.Client.ClientNumber).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Clients, c =>
        {
            Assert.Matches(ClientNumber(), c.Client.ClientNumber);
            if (c.Client.Email is { } email)
            {
                Assert.Matches(SyntheticEmail(), email);
            }

            if (c.Client.Phone is { } phone)
            {
                Assert.Matches(NzPhone(), phone);
            }
        });
        Assert.True(Clients.Count(c => c.Client.Phone?.StartsWith("02", StringComparison.Ordinal) == true) > Clients.Count / 2);
        Assert.All(Clients.Where(c => c.Client.Address is not null), c =>
        {
            var site = demo.Dataset.Sites.Single(s => s.Id == c.Client.HomeSiteId);
            Assert.Equal(site.Name, c.Client.Address!.City);
        });
    }

    [Fact]
    public void Demo_HomeSites_AreServiceCentres()
    {
        var centres = demo.Dataset.Sites.Where(s => s.Kind == SiteKind.ServiceCentre).Select(s => s.Id).ToHashSet();

        Assert.All(Clients, c => Assert.Contains(c.Client.HomeSiteId, centres));
        Assert.All(centres, id => Assert.Contains(Clients, c => c.Client.HomeSiteId == id));
    }

    [Fact]
    public void Demo_FlagsTagsAndWarnings_AppearInSmallRealisticProportions()
    {
        var count = (double)Clients.Count;
        Assert.InRange(Clients.Count(c => c.SpecialCautions.Count > 0) / count, 0.005, 0.02);
        Assert.InRange(Clients.Count(c => c.MustViewNotes.Count > 0) / count, 0.02, 0.05);
        Assert.InRange(Clients.Count(c => c.Client.Flags.HasFlag(ClientFlags.LowTrust)) / count, 0.005, 0.03);
        Assert.InRange(Clients.Count(c => c.Client.IsRestricted), 1, 20);
        Assert.All(Clients.Where(c => c.Client.IsRestricted), c => Assert.Equal("Staff member who is also a client", c.Client.RestrictionReason));
        Assert.Contains(Clients, c => c.Client.Agent is { IsVerified: true });
        Assert.Contains(Clients, c => c.Client.Agent is { IsVerified: false });

        // Low Trust clients carry the tag and are never phone-based (002).
        Assert.All(Clients.Where(c => c.Client.Flags.HasFlag(ClientFlags.LowTrust)), c =>
        {
            Assert.Contains(c.Tags, t => t.Code == ProgrammeTagCode.LowTrust);
            Assert.DoesNotContain(c.Tags, t => t.Code == ProgrammeTagCode.PhoneBasedCaseManagement);
        });

        foreach (var code in new[] { ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.PhoneBasedCaseManagement, ProgrammeTagCode.DedicatedCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement, ProgrammeTagCode.LowTrust })
        {
            Assert.Contains(Clients, c => c.Tags.Any(t => t.Code == code && t.IsActive));
        }
    }

    [Fact]
    public void Demo_PhoneBasedClients_AreJobseekerWorkReadyFromTheFiveRegions()
    {
        var regions = demo.Dataset.Regions.ToDictionary(r => r.Id, r => r.Name);
        var siteRegion = demo.Dataset.Sites.ToDictionary(s => s.Id, s => regions[s.RegionId]);

        Assert.All(Clients.Where(c => c.Tags.Any(t => t.Code == ProgrammeTagCode.PhoneBasedCaseManagement)), c =>
        {
            Assert.Equal(BenefitType.JobseekerSupportWorkReady, c.Client.Benefit);
            Assert.Contains(siteRegion[c.Client.HomeSiteId], new[] { "Auckland Metro", "Waikato", "Bay of Plenty", "Wellington", "Canterbury" });
        });
    }

    [Fact]
    public void Demo_Notes_CoverTheYearWithAttemptsAndCorrections()
    {
        var notes = Clients.SelectMany(c => c.Notes).ToList();
        var byId = notes.ToDictionary(n => n.Id);
        var windowStart = Today.AddDays(-SyntheticProfile.Demo.HistoryDays);

        Assert.Contains(notes, n => n.Outcome == EngagementOutcome.UnsuccessfulAttempt);
        Assert.Contains(notes, n => n.AuthorId is null);
        Assert.All(notes, n =>
        {
            Assert.True(n.OccurredAt <= n.RecordedAt);
            Assert.InRange(DateOnly.FromDateTime(n.OccurredAt.UtcDateTime), windowStart.AddDays(-1), Today);
        });

        var corrections = notes.Where(n => n.CorrectsNoteId is not null).ToList();
        Assert.InRange(corrections.Count, 5, notes.Count / 20);
        Assert.All(corrections, n =>
        {
            var original = byId[n.CorrectsNoteId!.Value];
            Assert.Equal(original.ClientId, n.ClientId);
            Assert.True(original.RecordedAt <= n.RecordedAt);
        });

        Assert.True(Clients.Count(c => c.Notes.Count >= 5) > Clients.Count / 10, "several notes for a subset");
    }

    [Fact]
    public void Demo_Ids_AreUniqueAcrossTheDataset()
    {
        var ids = Clients.Select(c => c.Client.Id.Value)
            .Concat(Clients.SelectMany(c => c.Client.Household.Select(h => h.Id)))
            .Concat(Clients.SelectMany(c => c.Tags.Select(t => t.Id)))
            .Concat(Clients.SelectMany(c => c.Notes.Select(n => n.Id)))
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [GeneratedRegex(@"^[1-9]\d{8}$")]
    private static partial Regex ClientNumber();

    [GeneratedRegex(@"^[a-z0-9.]+@example\.(com|co\.nz)$")]
    private static partial Regex SyntheticEmail();

    [GeneratedRegex(@"^0(2[127]|[3-9]) \d{3} \d{4}$")]
    private static partial Regex NzPhone();
}
