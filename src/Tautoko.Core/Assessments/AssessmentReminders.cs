using Tautoko.Core.Common;

namespace Tautoko.Core.Assessments;

/// <summary>
/// The daily reminders of ICS assessments (R-114, R-115): every Client Assessment or BEUT due or overdue for a client in ICS
/// service becomes one task in their ICS case manager's hands, once. A due assessment is named by its client, tool, point and
/// the day it belongs to (entry: the day the client entered ICS; quarterly: the day it falls due; exit: the day they left), so
/// the job may run any number of times and a reminder already raised — open or done — is never raised again. PCOMS (R-116) is
/// due at each appointment and is not reminded this way: the case manager records it at the appointment.
/// </summary>
public static class AssessmentReminders
{
    public const int MaxKeyLength = 120;

    public static bool Reminds(AssessmentDue due) => due.Tool is AssessmentTool.ClientAssessment or AssessmentTool.Beut && due.Point is not null;

    /// <summary>The name of the due assessment, the same every day until it is recorded.</summary>
    public static string Key(ClientId client, IcsEpisode episode, AssessmentDue due)
    {
        var anchor = due.Point switch
        {
            AssessmentPoint.Entry => episode.EntryOn,
            AssessmentPoint.Exit => episode.ExitOn ?? due.DueOn ?? episode.EntryOn,
            _ => due.DueOn ?? episode.EntryOn,
        };
        return $"assessment:{client.Value:N}:{due.Tool.Code()}:{due.Point!.Value.Code()}:{anchor:yyyy-MM-dd}";
    }

    /// <summary>What the task says: overdue or due, and the schedule's own sentence with its rule.</summary>
    public static string Need(AssessmentDue due) =>
        $"{(due.Overdue ? "Overdue" : "Due")}: {due.Tool.DisplayName()} ({due.Point!.Value.DisplayName()}) ({due.Rule}). {due.Why}";

    private static string Code(this AssessmentTool tool) => tool switch
    {
        AssessmentTool.ClientAssessment => "clientAssessment",
        AssessmentTool.Beut => "beut",
        _ => "pcoms",
    };
}
