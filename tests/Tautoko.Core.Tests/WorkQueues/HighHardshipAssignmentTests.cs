using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.Tests.WorkQueues;

public sealed class HighHardshipAssignmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);
    private static readonly SiteId Masterton = new(Guid.Parse("00000000-0000-0000-0000-000000000001"));

    private static WorkQueueTask Task(TaskOrigin origin) =>
        new(WorkQueueTaskId.New(), WorkQueue.Standard(WorkQueueId.New(), Masterton, WorkQueueKind.SiteFaceToFaceAppointments, Now.AddDays(-30)),
            ClientId.New(), "High hardship: 31 requests in the last year.", origin, StaffId.New(), Now, null);

    [Theory]
    [InlineData(StaffRole.Connector)]
    [InlineData(StaffRole.ServiceCentreManager)]
    public void MayAssign_ConnectorOrManager_IsAllowed(StaffRole role)
    {
        // the connector (or the site's manager) decides the service and assigns the case manager.
        Assert.Null(HighHardshipAssignment.MayAssign(role));
    }

    [Fact]
    public void MayAssign_NationalOffice_IsRefusedNamingR081()
    {
        Assert.Equal("R-081", HighHardshipAssignment.MayAssign(StaffRole.NationalOffice)?.Rule);
    }

    [Fact]
    public void MayAssignFrom_ManualTask_IsRefusedNamingR081()
    {
        // only a high-hardship referral is assigned a case manager from the queue.
        Assert.Equal("R-081", HighHardshipAssignment.MayAssignFrom(Task(TaskOrigin.Manual))?.Rule);
        Assert.Null(HighHardshipAssignment.MayAssignFrom(Task(TaskOrigin.HighHardship)));
    }

    [Fact]
    public void Services_TheSeedsTwo_AC19CaseManagerOrISCM_R081()
    {
        // 003: "Assign a C19 CM or ISCM and add appropriate programme tag".
        Assert.Equal([ProgrammeTagCode.GeneralCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement], HighHardshipAssignment.Services);
        Assert.StartsWith("C19 CM", HighHardshipAssignment.SeedName(ProgrammeTagCode.GeneralCaseManagement), StringComparison.Ordinal);
        Assert.StartsWith("ISCM", HighHardshipAssignment.SeedName(ProgrammeTagCode.IntegratedServicesCaseManagement), StringComparison.Ordinal);
    }

    [Fact]
    public void MayReassignTo_NoQueueOfTheKindAtTheSite_IsRefusedNamingR008()
    {
        // a reassigned task goes into the other site's open queue of the same kind.
        Assert.Equal("R-008", WorkQueuePolicy.MayReassignTo(null, WorkQueueKind.ServiceCentreReferral)?.Rule);
        var other = WorkQueue.Standard(WorkQueueId.New(), Masterton, WorkQueueKind.ServiceCentreReferral, Now);
        Assert.Null(WorkQueuePolicy.MayReassignTo(other, WorkQueueKind.ServiceCentreReferral));
    }
}
