using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.Tests.WorkQueues;

/// <summary>SPEC §7: a contact centre works the referral and face-to-face queues of the service centres it serves, nothing more.</summary>
public sealed class ContactCentreQueueTests
{
    private static readonly RegionId Wellington = new(Guid.NewGuid());
    private static readonly RegionId Canterbury = new(Guid.NewGuid());
    private static readonly SiteId ContactCentre = new(Guid.NewGuid());
    private static readonly SiteId Masterton = new(Guid.NewGuid());

    private static Viewer Csr(params RegionId[] served) =>
        new(StaffId.New(), StaffRole.CustomerServiceRepresentative, CaseManagerVariant.None, ContactCentre, new RegionId(Guid.NewGuid()), served);

    private static QueuePlace Queue(WorkQueueKind kind, RegionId? region = null, SiteKind site = SiteKind.ServiceCentre) =>
        new(Masterton, region ?? Wellington, site, kind);

    [Theory]
    [InlineData(WorkQueueKind.ServiceCentreReferral)]
    [InlineData(WorkQueueKind.SiteFaceToFaceAppointments)]
    public void MayWork_ContactCentreServingEveryRegion_WorksAServiceCentresReferralQueues(WorkQueueKind kind)
    {
        Assert.True(WorkQueuePolicy.MayView(Csr(), Queue(kind)).Allowed);
        Assert.True(WorkQueuePolicy.MayWork(Csr(), Queue(kind)).Allowed);
    }

    [Theory]
    [InlineData(WorkQueueKind.ReadyForProcessing)]
    [InlineData(WorkQueueKind.WorkOnHold)]
    [InlineData(WorkQueueKind.Approval)]
    [InlineData(WorkQueueKind.Housing)]
    [InlineData(WorkQueueKind.Custom)]
    public void MayWork_ProcessingQueues_StayTheSites(WorkQueueKind kind)
    {
        Assert.False(WorkQueuePolicy.MayView(Csr(), Queue(kind)).Allowed);
        Assert.False(WorkQueuePolicy.MayWork(Csr(), Queue(kind)).Allowed);
    }

    [Fact]
    public void MayWork_ContactCentreServingListedRegions_OnlyThoseRegionsServiceCentres()
    {
        var csr = Csr(Canterbury);

        Assert.True(WorkQueuePolicy.MayWork(csr, Queue(WorkQueueKind.ServiceCentreReferral, Canterbury)).Allowed);
        Assert.False(WorkQueuePolicy.MayWork(csr, Queue(WorkQueueKind.ServiceCentreReferral, Wellington)).Allowed);
    }

    [Fact]
    public void MayWork_CaseManagerOfAnotherSite_StillRefused()
    {
        var other = new Viewer(StaffId.New(), StaffRole.CaseManager, CaseManagerVariant.General, ContactCentre, Wellington, []);

        Assert.False(WorkQueuePolicy.MayWork(other, Queue(WorkQueueKind.ServiceCentreReferral)).Allowed);
        Assert.False(WorkQueuePolicy.MayManage(Csr(), Queue(WorkQueueKind.ServiceCentreReferral)).Allowed);
    }
}
