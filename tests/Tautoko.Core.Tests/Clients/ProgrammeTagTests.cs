using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Clients;

public sealed class ProgrammeTagTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static ProgrammeTag NewTag() =>
        new(Guid.CreateVersion7(), new ClientId(Guid.NewGuid()), ProgrammeTagCode.EmploymentCaseManagement, new StaffId(Guid.NewGuid()), Now, "Full-time obligations.");

    [Fact]
    public void WhyNotAdd_CodeAlreadyActive_NamesTheRule()
    {
        var error = ProgrammeTag.WhyNotAdd(ProgrammeTagCode.EmploymentCaseManagement, alreadyActive: true);

        Assert.Equal(ProgrammeTag.ActiveRule, error?.Rule);
        Assert.Contains("ECM", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNotAdd_CodeNotHeld_IsAllowed() =>
        Assert.Null(ProgrammeTag.WhyNotAdd(ProgrammeTagCode.LowTrust, alreadyActive: false));

    [Fact]
    public void WhyNotRemove_ActiveTag_IsAllowed() => Assert.Null(NewTag().WhyNotRemove());

    [Fact]
    public void Remove_Twice_SecondNamesTheRemovedRule()
    {
        var tag = NewTag();
        tag.Remove(new StaffId(Guid.NewGuid()), Now.AddDays(1), "Started work.");

        Assert.Equal(ProgrammeTag.RemovedRule, tag.WhyNotRemove()?.Rule);
        var refused = Assert.Throws<DomainException>(() => tag.Remove(new StaffId(Guid.NewGuid()), Now.AddDays(2), "Again."));
        Assert.Equal(ProgrammeTag.RemovedRule, refused.Error.Rule);
        Assert.Equal("Started work.", tag.RemovedReason);
    }
}
