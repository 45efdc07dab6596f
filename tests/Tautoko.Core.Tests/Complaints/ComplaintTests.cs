using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Complaints;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Complaints;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(13));
    private static readonly SiteId Masterton = SiteId.New();
    private static readonly StaffId Named = StaffId.New();

    private static Complaint NewComplaint() =>
        new(Guid.CreateVersion7(), Named, Masterton, ClientId.New(), new DateOnly(2026, 12, 4), ComplaintChannel.Phone, "Spoke rudely at the counter.", StaffId.New(), At);

    private static Viewer ViewerOf(StaffRole role, SiteId site, StaffId? id = null) => new(id ?? StaffId.New(), role, CaseManagerVariant.None, site, RegionId.New(), []);

    [Fact]
    public void New_IsOpenWithoutOutcome()
    {
        var complaint = NewComplaint();

        Assert.Equal(ComplaintStatus.Open, complaint.Status);
        Assert.Null(complaint.Outcome);
        Assert.Null(complaint.WhyNotRecordOutcome());
    }

    [Fact]
    public void New_WithoutDescription_NamesTheRule()
    {
        var error = Assert.Throws<DomainException>(() => new Complaint(Guid.CreateVersion7(), Named, Masterton, null, new DateOnly(2026, 12, 4), ComplaintChannel.Email, "  ", StaffId.New(), At));
        Assert.Equal("complaint-description", error.Error.Rule);
    }

    [Fact]
    public void RecordOutcome_Open_ClosesWithTheOutcome_R093()
    {
        var complaint = NewComplaint();
        var manager = StaffId.New();

        complaint.RecordOutcome(ComplaintOutcome.ResolvedComplainantSatisfied, " Apologised; client happy. ", manager, At.AddDays(3));

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(ComplaintOutcome.ResolvedComplainantSatisfied, complaint.Outcome);
        Assert.Equal("Apologised; client happy.", complaint.OutcomeNote);
        Assert.Equal(manager, complaint.ClosedById);
        Assert.Equal(1, complaint.Version);
    }

    [Fact]
    public void RecordOutcome_Twice_SecondNamesTheClosedRule()
    {
        var complaint = NewComplaint();
        complaint.RecordOutcome(ComplaintOutcome.ComplaintMadeInError, null, StaffId.New(), At);

        var error = Assert.Throws<DomainException>(() => complaint.RecordOutcome(ComplaintOutcome.ResolvedComplainantSatisfied, null, StaffId.New(), At));

        Assert.Equal(Complaint.ClosedRule, error.Error.Rule);
        Assert.Equal(ComplaintOutcome.ComplaintMadeInError, complaint.Outcome);
    }

    [Fact]
    public void RecordOutcome_NotOneOfTheNine_NamesR093()
    {
        var error = Assert.Throws<DomainException>(() => NewComplaint().RecordOutcome((ComplaintOutcome)42, null, StaffId.New(), At));
        Assert.Equal("R-093", error.Error.Rule);
    }

    [Fact]
    public void Visibility_ManagerOfTheNamedStaffsSite_AndNationalOffice_See()
    {
        Assert.True(ComplaintVisibility.Decide(ViewerOf(StaffRole.ServiceCentreManager, Masterton), Named, Masterton).Allowed);
        Assert.True(ComplaintVisibility.Decide(ViewerOf(StaffRole.NationalOffice, SiteId.New()), Named, Masterton).Allowed);
    }

    [Fact]
    public void Visibility_TheNamedStaffMember_DoesNotSee_EvenAsAManager()
    {
        var decision = ComplaintVisibility.Decide(ViewerOf(StaffRole.ServiceCentreManager, Masterton, Named), Named, Masterton);

        Assert.False(decision.Allowed);
        Assert.Equal(ComplaintVisibility.NamedStaffRule, decision.Rule);
    }

    [Theory]
    [InlineData(StaffRole.CaseManager)]
    [InlineData(StaffRole.Connector)]
    [InlineData(StaffRole.CustomerServiceRepresentative)]
    [InlineData(StaffRole.QualityChecker)]
    public void Visibility_OtherStaffOfTheSite_DoNotSee(StaffRole role)
    {
        var decision = ComplaintVisibility.Decide(ViewerOf(role, Masterton), Named, Masterton);

        Assert.False(decision.Allowed);
        Assert.Equal(ComplaintVisibility.RoleRule, decision.Rule);
    }

    [Fact]
    public void Visibility_ManagerOfAnotherSite_DoesNotSee()
    {
        var decision = ComplaintVisibility.Decide(ViewerOf(StaffRole.ServiceCentreManager, SiteId.New()), Named, Masterton);

        Assert.False(decision.Allowed);
        Assert.Equal(ComplaintVisibility.ScopeRule, decision.Rule);
    }
}
