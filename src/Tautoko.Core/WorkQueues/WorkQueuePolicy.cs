using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Core.WorkQueues;

/// <summary>Where a queue is: its site, the site's region and kind; the queue's kind when the place is a queue (null for a whole site).</summary>
public sealed record QueuePlace(SiteId SiteId, RegionId RegionId, SiteKind SiteKind, WorkQueueKind? QueueKind = null);

/// <summary>Who may see a queue, work its tasks, manage it, and raise tasks into it.</summary>
public static class WorkQueuePolicy
{
    public const string Rule = "queue-scope";

    public static AccessDecision MayView(Viewer viewer, QueuePlace queue) =>
        // A Navigator (NGO-employed, seed 004 §2.4) sees only their linked clients, never a site's queues of client work.
        viewer.Role == StaffRole.Navigator ? AccessDecision.Refuse(Rule, "A Navigator sees only the clients linked to them, not the site's queues.")
        : viewer.Role is StaffRole.NationalOffice or StaffRole.QualityChecker || viewer.SiteId == queue.SiteId || ContactCentreServes(viewer, queue)
            ? AccessDecision.Allow
            : AccessDecision.Refuse(Rule, "This queue belongs to another site; you see your own site's queues.");

    /// <summary>
    /// SPEC §7 (002, 003): the contact centre works the referral work of the service centres it serves — their Service
    /// Centre Referral queue (outbound calls, R-073 to R-076) and their face-to-face appointment queue (booking the client
    /// in, R-082). A contact centre that serves no listed regions serves the whole country; one that lists regions serves
    /// the service centres of those regions only. Nothing else: not the processing queues, not other sites' own queues.
    /// </summary>
    public static bool ContactCentreServes(Viewer viewer, QueuePlace queue) =>
        viewer.Role.IsContactCentre()
        && queue.SiteKind == SiteKind.ServiceCentre
        && (queue.QueueKind is not { } kind || ContactCentreWorks(kind))
        && (viewer.ServedRegionIds.Count == 0 || viewer.ServedRegionIds.Contains(queue.RegionId));

    /// <summary>The queue kinds of a served service centre that the contact centre works.</summary>
    public static bool ContactCentreWorks(WorkQueueKind kind) =>
        kind is WorkQueueKind.ServiceCentreReferral or WorkQueueKind.SiteFaceToFaceAppointments;

    /// <summary>R-008: a task reassigned to another site goes into that site's open queue of the same kind; null when there is one.</summary>
    public static DomainError? MayReassignTo(WorkQueue? target, WorkQueueKind kind) =>
        target is { IsActive: true } && target.Kind == kind
            ? null
            : new DomainError("R-008", $"That site has no open {kind.DisplayName()} queue to take the task.");

    /// <summary>Taking, holding, completing, recording attempts: the queue's own site staff who do client work.</summary>
    public static AccessDecision MayWork(Viewer viewer, QueuePlace queue)
    {
        if (!WorksQueues(viewer.Role))
        {
            return AccessDecision.Refuse(Rule, $"A {viewer.Role.DisplayName()} does not work queue tasks.");
        }

        return viewer.SiteId == queue.SiteId || (queue.QueueKind is not null && ContactCentreServes(viewer, queue))
            ? AccessDecision.Allow
            : AccessDecision.Refuse(Rule, "This task is in another site's queue. If it was sent to the wrong site, its site reassigns it (R-008).");
    }

    /// <summary>Age profiles, reassigning a task someone else is working, configuring queues.</summary>
    public static AccessDecision MayManage(Viewer viewer, QueuePlace queue) => viewer.Role switch
    {
        StaffRole.NationalOffice => AccessDecision.Allow,
        StaffRole.ServiceCentreManager when viewer.SiteId == queue.SiteId => AccessDecision.Allow,
        _ => AccessDecision.Refuse(Rule, "Only the site's manager or national office manage this queue."),
    };

    /// <summary>
    /// R-070 (001, 003): a service centre deals with demand at first contact or books an appointment; it
    /// does not add demand to the region's processing queues or send the client to the contact centre.
    /// housing assessment and EH SNG requests are screened before they go to the housing queue.
    /// </summary>
    public static DomainError? MayRaise(SiteKind raisedFrom, WorkQueueKind kind, SiteKind target, bool screened)
    {
        if (kind == WorkQueueKind.Housing && !screened)
        {
            return new DomainError("R-072", "Screen the Housing Assessment or EH SNG request before sending it to the region's housing queue.");
        }

        if (raisedFrom != SiteKind.ServiceCentre)
        {
            return null;
        }

        return target switch
        {
            SiteKind.ContactCentre => new DomainError("R-070", "A service centre responds to the client's request itself; it does not send the client to the contact centre."),
            SiteKind.CentralisedServices when kind != WorkQueueKind.Housing => new DomainError(
                "R-070", "A service centre completes the request at first contact or books an appointment; demand is not added to the region's processing queues."),
            SiteKind.ServiceCentre or SiteKind.PhoneBasedCaseManagementUnit or SiteKind.CentralisedServices or SiteKind.NationalOffice => null,
        };
    }

    public static bool WorksQueues(StaffRole role) => role switch
    {
        StaffRole.CaseManager or StaffRole.EmploymentCaseManager or StaffRole.IntensiveClientSupportManager
            or StaffRole.Connector or StaffRole.ServiceCentreManager or StaffRole.EmploymentSupportRepresentative
            or StaffRole.CustomerServiceRepresentative or StaffRole.ContactCentreOfficer or StaffRole.StudyLinkOfficer => true,
        StaffRole.Navigator or StaffRole.NationalOffice or StaffRole.QualityChecker => false,
    };
}
