using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Clients;

public sealed class ClientTests
{
    private static readonly SiteId Site = new(Guid.Parse("00000000-0000-0000-0000-000000000001"));
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static ClientDetails Details(string first = "Aroha", string last = "Māka") => new(
        first, null, last, null, new DateOnly(1990, 3, 14), "021 555 0101", "aroha@example.co.nz", ContactChannel.Phone,
        new PostalAddress("12 Queen Street", null, "Masterton", "5810"), Site, BenefitType.JobseekerSupportWorkReady,
        new DateOnly(2025, 1, 6), WorkObligation.FullTime, ClientFlags.None);

    [Fact]
    public void New_KeepsMacronsAndFoldsNamesForSearch()
    {
        var client = new Client(ClientId.New(), "123-456-789", Details(), DateTimeOffset.UnixEpoch);
        Assert.Equal("Māka", client.LastName);
        Assert.Equal("maka", client.LastNameFolded);
        Assert.Equal("123456789", client.ClientNumber);
        Assert.Equal("123-456-789", client.FormattedClientNumber);
        Assert.Equal(1, client.Version);
    }

    [Theory]
    [InlineData("Māka", "maka")]
    [InlineData("Tūhiwai", "tuhiwai")]
    [InlineData("Ānahera", "anahera")]
    [InlineData("Te Whare", "te whare")]
    [InlineData("O'Connor", "o'connor")]
    [InlineData("  Pōtaka ", "potaka")]
    public void Fold_RemovesMacronsAndCase(string name, string expected) => Assert.Equal(expected, TextFolding.Fold(name));

    [Fact]
    public void Update_ChangedFields_BumpsVersionAndNamesThem()
    {
        var client = new Client(ClientId.New(), "123456789", Details(), DateTimeOffset.UnixEpoch);
        var changed = client.Update(Details() with { Phone = "027 555 0199", Obligation = WorkObligation.PartTime });
        Assert.Equal(["phone", "obligation"], changed);
        Assert.Equal(2, client.Version);
    }

    [Fact]
    public void Update_NothingChanged_KeepsVersion()
    {
        var client = new Client(ClientId.New(), "123456789", Details(), DateTimeOffset.UnixEpoch);
        Assert.Empty(client.Update(Details()));
        Assert.Equal(1, client.Version);
    }

    [Theory]
    [InlineData("12345678", false)]
    [InlineData("123 456 789", true)]
    [InlineData("123-456-789", true)]
    [InlineData("12a456789", false)]
    [InlineData("", false)]
    public void ClientNumbers_IsValid(string text, bool valid) => Assert.Equal(valid, ClientNumbers.IsValid(text));

    [Fact]
    public void Problems_BlankNamesFutureBirthBadEmail_AreEachNamed()
    {
        var problems = ClientDetailsValidation.Problems(Details(first: " ", last: "") with { DateOfBirth = Today.AddDays(1), Email = "not-an-email" }, Today);
        Assert.Contains("firstName", problems.Keys);
        Assert.Contains("lastName", problems.Keys);
        Assert.Contains("dateOfBirth", problems.Keys);
        Assert.Contains("email", problems.Keys);
    }

    [Fact]
    public void Problems_BenefitWithoutStartDate_IsNamed()
    {
        var problems = ClientDetailsValidation.Problems(Details() with { BenefitStartDate = null }, Today);
        Assert.Equal(["benefitStartDate"], problems.Keys);
    }

    [Fact]
    public void AgeOn_BeforeBirthday_IsOneLess()
    {
        var client = new Client(ClientId.New(), "123456789", Details(), DateTimeOffset.UnixEpoch);
        Assert.Equal(35, client.AgeOn(new DateOnly(2026, 3, 13)));
        Assert.Equal(36, client.AgeOn(new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void EngagementNote_R075_EmptyTextIsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => new EngagementNote(Guid.NewGuid(), ClientId.New(), null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, EngagementChannel.Phone, EngagementOutcome.UnsuccessfulAttempt, " ", null));
        Assert.Equal("R-075", ex.Error.Rule);
    }

    [Fact]
    public void ProgrammeTag_RemoveTwice_IsRefused()
    {
        var tag = new ProgrammeTag(Guid.NewGuid(), ClientId.New(), ProgrammeTagCode.EmploymentCaseManagement, StaffId.New(), DateTimeOffset.UnixEpoch, "Assigned to ECM");
        tag.Remove(StaffId.New(), DateTimeOffset.UnixEpoch.AddDays(1), "Exited: length of time in service");
        Assert.False(tag.IsActive);
        Assert.Throws<DomainException>(() => tag.Remove(StaffId.New(), DateTimeOffset.UnixEpoch.AddDays(2), "again"));
    }

    [Theory]
    [InlineData("ECM", ProgrammeTagCode.EmploymentCaseManagement)]
    [InlineData("lmi1", ProgrammeTagCode.LabourMarketIndicator1)]
    [InlineData("Phone-based Case Management", ProgrammeTagCode.PhoneBasedCaseManagement)]
    public void ProgrammeTagCodes_TryParse_AcceptsShortAndLongNames(string text, ProgrammeTagCode expected)
    {
        Assert.True(ProgrammeTagCodes.TryParse(text, out var code));
        Assert.Equal(expected, code);
    }
}
