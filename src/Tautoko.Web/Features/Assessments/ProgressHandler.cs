using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Assessments;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Assessments;

/// <summary>
/// A client's ICS assessments (004 §2.5): read their progress with what is due, and record a Client Assessment (R-114), a BEUT
/// (R-115) or a PCOMS session measure, rated or skipped with a reason (R-116). Reads and records are audited.
/// </summary>
public sealed class ProgressHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ClientProgress>> GetAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var records = await AssessmentFacts.LoadAsync(db, id, ct);
        audit.Add(AuditAction.Read, "ClientProgress", null, id,
            $"{records.ClientAssessments.Count} Client Assessment(s), {records.Beuts.Count} BEUT(s), {records.Measures.Count} PCOMS measure(s) read", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return AssessmentFacts.View(id, records, DateDisplay.TodayInAuckland(clock));
    }

    public async Task<Outcome<ClientAssessmentView>> RecordClientAssessmentAsync(ClientId id, ClientAssessmentInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var problems = PointAndDate(input.Point, input.CompletedOn, today);
        if (string.IsNullOrWhiteSpace(input.Narrative) || input.Narrative.Trim().Length > ClientAssessment.MaxText)
        {
            problems["narrative"] = [$"Write the narrative (up to {ClientAssessment.MaxText} characters)."];
        }

        if (input.SensitiveTopics is { } sensitive && sensitive.Trim().Length > ClientAssessment.MaxText)
        {
            problems["sensitiveTopics"] = [$"Sensitive topics take up to {ClientAssessment.MaxText} characters."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var attended = await db.Appointments.AnyAsync(a => a.ClientId == id && a.Status == AppointmentStatus.Attended, ct);
        if (!string.IsNullOrWhiteSpace(input.SensitiveTopics) && ClientAssessment.WhyNotSensitiveTopics(attended) is { } early)
        {
            // R-114: no sensitive topics before the client's first attended appointment.
            return Failure.Broken(early);
        }

        var assessment = ClientAssessment.Record(Guid.CreateVersion7(), id, AssessmentNames.ParsePoint(input.Point)!.Value, input.CompletedOn!.Value,
            input.Narrative!, input.SensitiveTopics, attended, clock.GetUtcNow(), staff.Id);
        db.ClientAssessments.Add(assessment);
        audit.Add(AuditAction.Create, "ClientAssessment", assessment.Id.ToString(), id, $"{assessment.Point.DisplayName()} Client Assessment recorded", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return AssessmentFacts.View(assessment);
    }

    public async Task<Outcome<BeutView>> RecordBeutAsync(ClientId id, BeutInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var problems = PointAndDate(input.Point, input.CompletedOn, today);
        var given = new Dictionary<BeutFactor, int>();
        var unknown = new List<string>();
        foreach (var (code, rating) in input.Ratings ?? [])
        {
            if (BeutFactors.Parse(code) is { } factor)
            {
                given[factor] = rating;
            }
            else
            {
                unknown.Add(code);
            }
        }

        var missing = BeutAssessment.WhyNotRatings(given);
        if (unknown.Count > 0 || missing.Count > 0)
        {
            problems["ratings"] = [.. unknown.Select(u => $"{u} is not a BEUT factor."),
                .. missing.Count > 0 ? [$"Rate every factor from {BeutFactors.MinRating} to {BeutFactors.MaxRating} (R-115): {string.Join(", ", missing)}."] : Array.Empty<string>()];
        }

        if (input.Note is { } note && note.Trim().Length > BeutAssessment.MaxNote)
        {
            problems["note"] = [$"The note takes up to {BeutAssessment.MaxNote} characters."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var beut = BeutAssessment.Record(Guid.CreateVersion7(), id, AssessmentNames.ParsePoint(input.Point)!.Value, input.CompletedOn!.Value, given, input.Note, clock.GetUtcNow(), staff.Id);
        db.BeutAssessments.Add(beut);
        audit.Add(AuditAction.Create, "BeutAssessment", beut.Id.ToString(), id, $"{beut.Point.DisplayName()} BEUT recorded (mean {beut.Mean})", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return AssessmentFacts.View(beut);
    }

    public async Task<Outcome<SessionMeasureView>> RecordSessionAsync(ClientId id, SessionMeasureInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        if (input.AppointmentId is not { } appointmentGuid || appointmentGuid == Guid.Empty)
        {
            return Failure.Invalid("appointmentId", "Say which appointment the measure belongs to.");
        }

        var skip = !string.IsNullOrWhiteSpace(input.SkipReason);
        int?[] items = [input.Individually, input.Interpersonally, input.Socially, input.Overall, input.Relationship, input.GoalsAndTopics, input.ApproachOrMethod, input.SessionOverall];
        SessionScores? scores = null;
        if (skip)
        {
            if (input.SkipReason!.Trim().Length > SessionMeasure.MaxReason)
            {
                return Failure.Invalid("skipReason", $"The reason takes up to {SessionMeasure.MaxReason} characters.");
            }

            if (items.Any(i => i is not null))
            {
                return Failure.Invalid("skipReason", "Either record the client's ratings or skip with a reason, not both.");
            }
        }
        else
        {
            if (items.Any(i => i is null))
            {
                return Failure.Invalid("individually", "Record all eight ratings (0–10), or skip the measure with a reason (R-116).");
            }

            scores = new SessionScores(items[0]!.Value, items[1]!.Value, items[2]!.Value, items[3]!.Value, items[4]!.Value, items[5]!.Value, items[6]!.Value, items[7]!.Value);
            if (scores.OutOfRange() is { Count: > 0 } bad)
            {
                return Failure.Invalid(bad.ToDictionary(b => b, _ => new[] { $"Rate from {SessionScores.Min} to {SessionScores.Max}." }));
            }
        }

        var appointmentId = new AppointmentId(appointmentGuid);
        var appointment = await db.Appointments.AsNoTracking().Where(a => a.Id == appointmentId && a.ClientId == id)
            .Select(a => new { a.Status, a.StartsAt }).SingleOrDefaultAsync(ct);
        if (appointment is null)
        {
            return Failure.NotFound($"Client {id.Value} has no appointment {appointmentGuid}.", "Appointment not found");
        }

        if (appointment.Status != AppointmentStatus.Attended)
        {
            return Failure.Broken(new DomainError("R-116", "PCOMS is completed at an appointment the client attended: result the appointment as attended first."));
        }

        var on = DateOnly.FromDateTime(DateDisplay.ToAuckland(appointment.StartsAt).DateTime);
        var measure = scores is null
            ? SessionMeasure.Skip(Guid.CreateVersion7(), id, appointmentId, on, input.SkipReason!, clock.GetUtcNow(), staff.Id)
            : SessionMeasure.Rated(Guid.CreateVersion7(), id, appointmentId, on, scores, clock.GetUtcNow(), staff.Id);
        db.SessionMeasures.Add(measure);
        audit.Add(AuditAction.Create, "SessionMeasure", measure.Id.ToString(), id,
            measure.Skipped ? "PCOMS skipped with a reason" : $"PCOMS recorded (outcome {scores!.OutcomeTotal}/40, session {scores.SessionTotal}/40)", check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(SessionMeasureConfiguration.OnePerAppointment))
        {
            return Failure.Conflict(new DomainError("R-116", "This appointment already has its PCOMS measure."), "Measure already recorded");
        }

        return AssessmentFacts.View(measure);
    }

    private static Dictionary<string, string[]> PointAndDate(string? point, DateOnly? completedOn, DateOnly today)
    {
        var problems = new Dictionary<string, string[]>();
        if (AssessmentNames.ParsePoint(point) is null)
        {
            problems["point"] = ["point is entry, quarterly or exit."];
        }

        if (completedOn is not { } on)
        {
            problems["completedOn"] = ["Say the day the assessment was done."];
        }
        else if (PlausibleDates.WhyNotHappened(on, today) is { } problem)
        {
            problems["completedOn"] = [problem];
        }

        return problems;
    }
}
