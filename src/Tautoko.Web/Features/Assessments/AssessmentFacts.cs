using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Assessments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Assessments;

/// <summary>What the assessment schedule needs to know of one client: their ICS episode, attended appointments and what is recorded.</summary>
internal sealed record AssessmentRecords(IcsEpisode? Episode, IReadOnlyList<AttendedSession> Attended, IReadOnlyList<ClientAssessment> ClientAssessments,
    IReadOnlyList<BeutAssessment> Beuts, IReadOnlyList<SessionMeasure> Measures)
{
    public bool HasAttended => Attended.Count > 0;

    public IReadOnlyList<AssessmentDue> Due(DateOnly today) => AssessmentSchedule.Due(Episode, Attended,
        [.. ClientAssessments.Select(a => new AssessmentDone(a.Point, a.CompletedOn))],
        [.. Beuts.Select(b => new AssessmentDone(b.Point, b.CompletedOn))],
        Measures.Select(m => m.AppointmentId.Value).ToHashSet(), today);
}

internal static class AssessmentFacts
{
    /// <summary>The client's latest ICS placement as an episode (entry, exit), or null when they were never in ICS service.</summary>
    public static async Task<IcsEpisode?> EpisodeAsync(TautokoDbContext db, ClientId id, CancellationToken ct) =>
        await db.Placements.AsNoTracking().Where(p => p.ClientId == id && p.Service == CaseManagementService.IntensiveClientSupport)
            .OrderByDescending(p => p.StartedOn).Select(p => new IcsEpisode(p.StartedOn, p.EndedOn)).FirstOrDefaultAsync(ct);

    public static async Task<IReadOnlyList<AttendedSession>> AttendedAsync(TautokoDbContext db, ClientId id, CancellationToken ct) =>
        [.. (await db.Appointments.AsNoTracking().Where(a => a.ClientId == id && a.Status == AppointmentStatus.Attended)
                .Select(a => new { a.Id, a.StartsAt }).ToListAsync(ct))
            .Select(a => new AttendedSession(a.Id.Value, DateOnly.FromDateTime(DateDisplay.ToAuckland(a.StartsAt).DateTime)))
            .OrderBy(a => a.On)];

    public static async Task<AssessmentRecords> LoadAsync(TautokoDbContext db, ClientId id, CancellationToken ct)
    {
        var episode = await EpisodeAsync(db, id, ct);
        var attended = await AttendedAsync(db, id, ct);
        var assessments = await db.ClientAssessments.AsNoTracking().Where(a => a.ClientId == id).ToListAsync(ct);
        var beuts = await db.BeutAssessments.AsNoTracking().Where(a => a.ClientId == id).ToListAsync(ct);
        var measures = await db.SessionMeasures.AsNoTracking().Where(m => m.ClientId == id).ToListAsync(ct);
        return new AssessmentRecords(episode, attended,
            [.. assessments.OrderBy(a => a.CompletedOn).ThenBy(a => a.RecordedAt)],
            [.. beuts.OrderBy(b => b.CompletedOn).ThenBy(b => b.RecordedAt)],
            [.. measures.OrderBy(m => m.SessionOn).ThenBy(m => m.RecordedAt)]);
    }

    public static ClientProgress View(ClientId id, AssessmentRecords r, DateOnly today)
    {
        var measured = r.Measures.Select(m => m.AppointmentId.Value).ToHashSet();
        return new ClientProgress(id.Value, r.Episode?.EntryOn, r.Episode?.ExitOn, r.HasAttended,
            [.. r.Due(today).Select(d => new AssessmentDueView(Code(d.Tool), d.Point?.Code(), d.AppointmentId, d.DueOn, d.Overdue, d.Rule, d.Why))],
            [.. r.ClientAssessments.Select(View)],
            [.. r.Beuts.Select(View)],
            [.. r.Measures.Select(View)],
            [.. r.Attended.Where(a => !measured.Contains(a.AppointmentId)).OrderByDescending(a => a.On).Select(a => new SessionOption(a.AppointmentId, a.On))]);
    }

    public static string Code(AssessmentTool tool) => tool switch
    {
        AssessmentTool.ClientAssessment => "clientAssessment",
        AssessmentTool.Beut => "beut",
        AssessmentTool.Pcoms => "pcoms",
    };

    public static ClientAssessmentView View(ClientAssessment a) => new(a.Id, a.Point.Code(), a.CompletedOn, a.Narrative, a.SensitiveTopics, a.RecordedAt);

    public static BeutView View(BeutAssessment b) => new(b.Id, b.Point.Code(), b.CompletedOn, b.Mean,
        [.. b.Ratings.OrderBy(r => r.Factor).Select(r => new BeutRatingView(r.Factor.Code(), r.Factor.DisplayName(), r.Factor.Domain().Code(), r.Rating))], b.Note, b.RecordedAt);

    public static SessionMeasureView View(SessionMeasure m) => m.Scores is { } s
        ? new(m.Id, m.AppointmentId.Value, m.SessionOn, false, null, s.Individually, s.Interpersonally, s.Socially, s.Overall, s.OutcomeTotal,
            s.Relationship, s.GoalsAndTopics, s.ApproachOrMethod, s.SessionOverall, s.SessionTotal)
        : new(m.Id, m.AppointmentId.Value, m.SessionOn, true, m.SkipReason, null, null, null, null, null, null, null, null, null, null);
}
