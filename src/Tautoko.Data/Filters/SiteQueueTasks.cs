using System.Linq.Expressions;
using LinqKit;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data.Filters;

/// <summary>
/// Tasks in a site's face-to-face appointment queue: the open ones, and those a booking for the client
/// completes (appointment requests, not high-hardship referrals, which wait for a case manager, R-081).
/// </summary>
public static class SiteQueueTasks
{
    private static readonly Expression<Func<WorkQueueTask, bool>> IsOpenFaceToFaceLambda =
        task => task.QueueKind == WorkQueueKind.SiteFaceToFaceAppointments && task.Status != WorkQueueTaskStatus.Completed;

    private static readonly Expression<Func<WorkQueueTask, bool>> IsClearedByBookingLambda =
        task => IsOpenFaceToFace(task) && task.Origin != TaskOrigin.HighHardship;

    private static readonly Func<WorkQueueTask, bool> IsOpenFaceToFaceInMemory = IsOpenFaceToFaceLambda.Compile();

    private static readonly Func<WorkQueueTask, bool> IsClearedByBookingInMemory = IsClearedByBookingLambda.Compile();

    private static readonly Expression<Func<WorkQueueTask, bool>> OpenFaceToFaceFilter = LinqKit.ExtensionsCore.Expand<Func<WorkQueueTask, bool>>(task => IsOpenFaceToFace(task));

    private static readonly Expression<Func<WorkQueueTask, bool>> ClearedByBookingFilter = LinqKit.ExtensionsCore.Expand<Func<WorkQueueTask, bool>>(task => IsClearedByBooking(task));

    /// <summary>The filter as an expression: what LinqKit puts in place of <see cref="IsClearedByBooking"/> when it expands a query.</summary>
    public static Expression<Func<WorkQueueTask, bool>> IsClearedByBookingExpression() => IsClearedByBookingLambda;

    /// <summary>The filter as an expression: what LinqKit puts in place of <see cref="IsOpenFaceToFace"/> when it expands a query.</summary>
    public static Expression<Func<WorkQueueTask, bool>> IsOpenFaceToFaceExpression() => IsOpenFaceToFaceLambda;

    /// <summary>Whether <paramref name="task"/> is open in a site's face-to-face queue; in a query expanded by LinqKit (<c>Expand()</c>).</summary>
    [Expandable(nameof(IsOpenFaceToFaceExpression))]
    public static bool IsOpenFaceToFace(WorkQueueTask task) => IsOpenFaceToFaceInMemory(task);

    /// <summary>Whether booking the task's client an appointment completes <paramref name="task"/> (R-083); in a query expanded by LinqKit (<c>Expand()</c>).</summary>
    [Expandable(nameof(IsClearedByBookingExpression))]
    public static bool IsClearedByBooking(WorkQueueTask task) => IsClearedByBookingInMemory(task);

    /// <summary>The open tasks in a site's face-to-face queue among <paramref name="tasks"/>.</summary>
    public static IQueryable<WorkQueueTask> OpenFaceToFace(this IQueryable<WorkQueueTask> tasks) => tasks.Where(OpenFaceToFaceFilter);

    /// <summary>The open face-to-face queue tasks among <paramref name="tasks"/> that a booking for their client completes .</summary>
    public static IQueryable<WorkQueueTask> ClearedByBooking(this IQueryable<WorkQueueTask> tasks) => tasks.Where(ClearedByBookingFilter);
}
