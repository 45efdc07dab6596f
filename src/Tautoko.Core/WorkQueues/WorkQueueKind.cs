using Tautoko.Core.Sites;

namespace Tautoko.Core.WorkQueues;

/// <summary>The queues of 002/003 ("S2P" and CMS work queues), plus queues a manager configures.</summary>
public enum WorkQueueKind
{
    ServiceCentreReferral = 0,
    ReadyForProcessing = 1,
    WorkOnHold = 2,
    Approval = 3,
    SiteFaceToFaceAppointments = 4,
    Housing = 5,
    Custom = 6,

    /// <summary>The Central Processing Unit's queue: administrative changes ICS case managers send (seed 004 §2.7).</summary>
    CentralProcessing = 7,
}

public static class WorkQueueKinds
{
    /// <summary>R-083: a site's face-to-face appointment queue is cleared within 24 hours.</summary>
    public const int FaceToFaceClearWithinHours = 24;

    /// <summary>Tautoko's default for queues the seeds give no target for; a manager sets another for a new queue.</summary>
    public const int DefaultTargetHours = 72;

    public static string DisplayName(this WorkQueueKind kind) => kind switch
    {
        WorkQueueKind.ServiceCentreReferral => "Service Centre Referral",
        WorkQueueKind.ReadyForProcessing => "Ready for Processing",
        WorkQueueKind.WorkOnHold => "Work on Hold",
        WorkQueueKind.Approval => "Approval",
        WorkQueueKind.SiteFaceToFaceAppointments => "Site F2F appointment queue",
        WorkQueueKind.Housing => "Housing (Housing Assessment and EH SNG)",
        WorkQueueKind.Custom => "Other",
        WorkQueueKind.CentralProcessing => "Central Processing Unit",
    };

    /// <summary>The queues every site of a kind has (002: phone-based units use Ready for Processing and Hold).</summary>
    public static IReadOnlyList<WorkQueueKind> StandardFor(SiteKind site) => site switch
    {
        SiteKind.ServiceCentre =>
        [
            WorkQueueKind.ServiceCentreReferral, WorkQueueKind.ReadyForProcessing, WorkQueueKind.WorkOnHold,
            WorkQueueKind.Approval, WorkQueueKind.SiteFaceToFaceAppointments,
        ],
        SiteKind.PhoneBasedCaseManagementUnit => [WorkQueueKind.ReadyForProcessing, WorkQueueKind.WorkOnHold],
        SiteKind.CentralisedServices => [WorkQueueKind.ReadyForProcessing, WorkQueueKind.WorkOnHold, WorkQueueKind.Approval, WorkQueueKind.Housing],
        SiteKind.ContactCentre or SiteKind.NationalOffice => [],
    };

    public static int TargetHoursFor(WorkQueueKind kind) =>
        kind == WorkQueueKind.SiteFaceToFaceAppointments ? FaceToFaceClearWithinHours : DefaultTargetHours;

    public static bool TryParse(string? text, out WorkQueueKind kind)
    {
        foreach (var candidate in Enum.GetValues<WorkQueueKind>())
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text, candidate.DisplayName(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
