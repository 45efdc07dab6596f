using System.Text.RegularExpressions;
using Tautoko.Core.Common;
using Tautoko.Core.DiscretionaryFund;
using Tautoko.Core.Tests.Complaints;

namespace Tautoko.Core.Tests.DiscretionaryFund;

/// <summary>R-094 (004 §2.6): up to $500 on the spot; more with a Service Centre Manager's approval; never recoverable.</summary>
public sealed class DiscretionaryFundTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(13));
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly StaffId Icsm = StaffId.New();
    private static readonly StaffId Manager = StaffId.New();

    private static DiscretionaryFundGrant Ask(decimal amount, StaffId? manager = null) =>
        DiscretionaryFundGrant.Request(Guid.CreateVersion7(), ClientId.New(), Icsm, SiteId.New(), amount, DiscretionaryFundPurpose.DriverLicenceTesting, "Third licence test.", manager, At, Today);

    [Fact]
    public void Purposes_FromSeed_AreThe004ExamplesWordForWord_R094()
    {
        // 004 §2.6 lists the examples as bullets between "Examples of IA discretionary fund use included:" and the next paragraph.
        var lines = SeedText.Lines(SeedText.IcsEvaluation);
        var start = Array.FindIndex(lines, l => l.StartsWith("discretionary fund use included:", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start, l => l.StartsWith("The IA discretionary fund was not a recoverable cost", StringComparison.Ordinal));
        Assert.True(start > 0 && end > start, "The seed has section 2.6's list of examples.");
        var text = Regex.Replace(string.Join(" ", lines[(start + 1)..end]), @"\s+", " ");
        var bullets = text.Split('•', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(b => b.Length > 0).ToList();

        Assert.Equal(bullets, DiscretionaryFundPurposes.FromSeed.Select(p => p.SeedText()).ToList());
    }

    [Fact]
    public void Seed_SaysTheFundIsNotRecoverable_AndTheLimitIs500_R094()
    {
        var seed = Regex.Replace(string.Join(" ", SeedText.Lines(SeedText.IcsEvaluation)), @"\s+", " ");

        Assert.Contains("ICSMs could use up to $500 from the Investment Approach (IA) discretionary fund without any sign-off from SCMs.", seed, StringComparison.Ordinal);
        Assert.Contains("The IA discretionary fund was not a recoverable cost and therefore did not increase client debt.", seed, StringComparison.Ordinal);
        Assert.Equal(500m, DiscretionaryFundRules.OnTheSpotLimit);
        Assert.False(Ask(120m).IsRecoverable);
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("499.99")]
    [InlineData("500.00")]
    public void Request_UpTo500_IsGrantedOnTheSpot_R094(string amount)
    {
        var grant = Ask(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DiscretionaryFundStatus.Granted, grant.Status);
        Assert.Equal(Today, grant.GrantedOn);
        Assert.Null(grant.ApprovingManagerId);
    }

    [Fact]
    public void Request_Over500WithoutManager_IsRefusedNamingR094()
    {
        var error = Assert.Throws<DomainException>(() => Ask(500.01m));
        Assert.Equal("R-094", error.Error.Rule);
    }

    [Fact]
    public void Request_Over500ApprovedByTheCaseManagerThemself_IsRefusedNamingR094()
    {
        var error = Assert.Throws<DomainException>(() => Ask(650m, Icsm));
        Assert.Equal("R-094", error.Error.Rule);
    }

    [Fact]
    public void Request_Over500WithManager_WaitsForThatManager_WhoGrantsIt_R094()
    {
        var grant = Ask(750.50m, Manager);
        Assert.Equal(DiscretionaryFundStatus.AwaitingManager, grant.Status);
        Assert.Null(grant.GrantedOn);
        Assert.Equal("R-094", grant.WhyNotDecide(StaffId.New())!.Rule);

        grant.Decide(true, Manager, At.AddHours(2), Today.AddDays(1), "Approved: business plan seen.");

        Assert.Equal(DiscretionaryFundStatus.Granted, grant.Status);
        Assert.Equal(Today.AddDays(1), grant.GrantedOn);
        Assert.Equal(Manager, grant.DecidedById);
        Assert.Equal("fund-decided", grant.WhyNotDecide(Manager)!.Rule);
    }

    [Fact]
    public void Decide_Decline_IsNotGranted()
    {
        var grant = Ask(900m, Manager);

        grant.Decide(false, Manager, At, Today, "Other funding is available.");

        Assert.Equal(DiscretionaryFundStatus.Declined, grant.Status);
        Assert.Null(grant.GrantedOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10000.01")]
    [InlineData("12.345")]
    public void WhyNotAmount_NotAPlausibleNzdAmount_SaysWhy(string? amount) =>
        Assert.NotNull(DiscretionaryFundRules.WhyNotAmount(amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.01")]
    [InlineData("500")]
    [InlineData("10000.00")]
    public void WhyNotAmount_Plausible_IsNull(string amount) =>
        Assert.Null(DiscretionaryFundRules.WhyNotAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
