using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.Messages;

/// <summary>R-053: voicemail checks counted per day in Auckland, as the case manager lives it.</summary>
public static class VoicemailCheckCounts
{
    /// <summary>The instant a day starts in Auckland.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, DateDisplay.Auckland.GetUtcOffset(local)).ToUniversalTime();
    }

    public static async Task<int> OnAsync(TautokoDbContext db, StaffId who, DateOnly day, CancellationToken ct)
    {
        var start = StartOf(day);
        var end = StartOf(day.AddDays(1));
        return await db.VoicemailChecks.CountAsync(v => v.StaffId == who && v.At >= start && v.At < end, ct);
    }

    /// <summary>R-053: the local times of the day's checks, for the morning and afternoon reminders.</summary>
    public static async Task<IReadOnlyList<TimeOnly>> TimesOnAsync(TautokoDbContext db, StaffId who, DateOnly day, CancellationToken ct)
    {
        var start = StartOf(day);
        var end = StartOf(day.AddDays(1));
        var at = await db.VoicemailChecks.AsNoTracking().Where(v => v.StaffId == who && v.At >= start && v.At < end).Select(v => v.At).ToListAsync(ct);
        return [.. at.Select(a => TimeOnly.FromDateTime(DateDisplay.ToAuckland(a).DateTime))];
    }
}
