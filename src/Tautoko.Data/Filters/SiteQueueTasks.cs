using System.Linq.Expressions;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data.Filters;

/// <summary>
/// Tasks in a site's face-to-face appointment queue: the open ones, and those a booking for the client
/// completes (appointment requests, not high-hardship referrals, which wait for a case manager, R-081).
/// </summary>
public static class SiteQueueTasks
{
    private static readonly Expression<Func<WorkQueueTask, bool>> IsOpenFaceToFaceExpression =
        task => task.QueueKind == WorkQueueKind.SiteFaceToFaceAppointments && task.Status != WorkQueueTaskStatus.Completed;

    private static readonly Expression<Func<WorkQueueTask, bool>> IsClearedByBookingExpression =
        task => IsOpenFaceToFace(task) && task.Origin != TaskOrigin.HighHardship;

    private static readonly Func<WorkQueueTask, bool> IsOpenFaceToFaceInMemory = IsOpenFaceToFaceExpression.Compile();

    private static readonly Func<WorkQueueTask, bool> IsClearedByBookingInMemory = IsClearedByBookingExpression.Compile();

    private static readonly Expression<Func<WorkQueueTask, bool>> OpenFaceToFaceFilter = QueryFilters.Inline<Func<WorkQueueTask, bool>>(task => IsOpenFaceToFace(task));

    private static readonly Expression<Func<WorkQueueTask, bool>> ClearedByBookingFilter = QueryFilters.Inline<Func<WorkQueueTask, bool>>(task => IsClearedByBooking(task));

    /// <summary>Whether <paramref name="task"/> is open in a site's face-to-face queue; in a query run through <see cref="QueryFilters.Inline{TDelegate}"/>.</summary>
    [InlinedFrom(nameof(IsOpenFaceToFaceExpression))]
    public static bool IsOpenFaceToFace(WorkQueueTask task) => IsOpenFaceToFaceInMemory(task);

    /// <summary>Whether booking the task's client an appointment completes <paramref name="task"/> (R-083); in a query run through <see cref="QueryFilters.Inline{TDelegate}"/>.</summary>
    [InlinedFrom(nameof(IsClearedByBookingExpression))]
    public static bool IsClearedByBooking(WorkQueueTask task) => IsClearedByBookingInMemory(task);

    /// <summary>The open tasks in a site's face-to-face queue among <paramref name="tasks"/>.</summary>
    public static IQueryable<WorkQueueTask> OpenFaceToFace(this IQueryable<WorkQueueTask> tasks) => tasks.Where(OpenFaceToFaceFilter);

    /// <summary>The open face-to-face queue tasks among <paramref name="tasks"/> that a booking for their client completes .</summary>
    public static IQueryable<WorkQueueTask> ClearedByBooking(this IQueryable<WorkQueueTask> tasks) => tasks.Where(ClearedByBookingFilter);
}
