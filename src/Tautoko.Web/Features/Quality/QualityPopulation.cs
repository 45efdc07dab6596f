using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Quality;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;

namespace Tautoko.Web.Features.Quality;

/// <summary>
/// The actions a site's staff processed in a period, the population a sample is drawn from: hardship decisions and grants
/// made by the site's staff, the site's appointments resulted (attended or did not attend) and its work-queue tasks completed.
/// </summary>
public static class QualityPopulation
{
    public static async Task<List<ProcessedAction>> ReadAsync(TautokoDbContext db, SiteId siteId, DateOnly from, DateOnly to, IReadOnlyCollection<ProcessedActionKind> kinds, CancellationToken ct)
    {
        var start = NzLocalTime.ToUtc(from, TimeOnly.MinValue);
        var end = NzLocalTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
        var actions = new List<ProcessedAction>();
        if (kinds.Contains(ProcessedActionKind.HardshipDecision))
        {
            var decisions = await db.HardshipApplications.AsNoTracking()
                .Where(h => h.DecidedAt >= start && h.DecidedAt < end && db.Staff.Any(s => s.SiteId == siteId && h.DecidedById == s.Id))
                .Select(h => new { h.Id, h.DecidedById, h.DecidedAt, h.ClientId }).ToListAsync(ct);
            actions.AddRange(decisions.Select(h => new ProcessedAction(ProcessedActionKind.HardshipDecision, h.Id, h.DecidedById?.Value, h.DecidedAt!.Value, h.ClientId.Value)));
        }

        if (kinds.Contains(ProcessedActionKind.AppointmentResulted))
        {
            var resulted = await db.Appointments.AsNoTracking()
                .Where(a => a.SiteId == siteId && a.ResultedAt >= start && a.ResultedAt < end
                    && (a.Status == AppointmentStatus.Attended || a.Status == AppointmentStatus.DidNotAttend))
                .Select(a => new { a.Id, a.ResultedById, a.ResultedAt, a.ClientId }).ToListAsync(ct);
            actions.AddRange(resulted.Select(a => new ProcessedAction(ProcessedActionKind.AppointmentResulted, a.Id.Value, a.ResultedById?.Value, a.ResultedAt!.Value, a.ClientId.Value)));
        }

        if (kinds.Contains(ProcessedActionKind.TaskCompleted))
        {
            var completed = await db.WorkQueueTasks.AsNoTracking()
                .Where(t => t.SiteId == siteId && t.Status == WorkQueueTaskStatus.Completed && t.CompletedAt >= start && t.CompletedAt < end)
                .Select(t => new { t.Id, t.CompletedById, t.CompletedAt, t.ClientId }).ToListAsync(ct);
            actions.AddRange(completed.Select(t => new ProcessedAction(ProcessedActionKind.TaskCompleted, t.Id.Value, t.CompletedById?.Value, t.CompletedAt!.Value, t.ClientId.Value)));
        }

        return actions;
    }

    /// <summary>The camel-case word the API uses for an enum value (as the JSON setup writes it).</summary>
    public static string Word<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Parses a word of the API (any case), never a number.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var t = text?.Trim();
        return !string.IsNullOrEmpty(t) && !char.IsAsciiDigit(t[0]) && t[0] != '-' && Enum.TryParse(t, true, out value) && Enum.IsDefined(value);
    }
}
