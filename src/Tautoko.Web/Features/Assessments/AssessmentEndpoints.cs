using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Assessments;

public static class AssessmentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/clients").WithTags("Assessments");
        clients.MapGet("/{id:guid}/progress", Get).ReadsClientInformation()
            .WithSummary("The client's ICS progress: Client Assessments, BEUTs and PCOMS measures over time, and what is due or overdue (R-114–R-116).");
        clients.MapPost("/{id:guid}/client-assessments", RecordClientAssessment).ReadsClientInformation()
            .WithSummary("Record a Client Assessment (entry, quarterly or exit); sensitive topics are refused before the client's first attended appointment (422 R-114).");
        clients.MapPost("/{id:guid}/beut", RecordBeut).ReadsClientInformation()
            .WithSummary("Record a Behavioural Evaluation Update Tool: every factor rated 1–5 (R-115).");
        clients.MapPost("/{id:guid}/session-measures", RecordSession).ReadsClientInformation()
            .WithSummary("Record the PCOMS session measure of an attended appointment: eight 0–10 ratings, or skipped with a reason (R-116); one per appointment (409).");
        app.MapGet("/api/sites/{id:guid}/assessments", Site).WithTags("Assessments").ReadsNoClientInformation()
            .WithSummary("A site's ICS assessment report: entry assessments done, overdue reminders, BEUT factor means at first and latest, PCOMS totals; the site's manager and national office.");
        app.MapPost("/api/assessment-reminders", RunReminders).WithTags("Assessments").ReadsNoClientInformation()
            .WithSummary("National office raises the ICS assessment reminders now (the assessment-reminders job does it each morning): every Client Assessment or BEUT due or overdue becomes one task in the client's ICS case manager's hands, never twice (R-114, R-115).");
    }

    private static async Task<Results<Ok<ClientProgress>, Problem>> Get(Guid id, ProgressHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Created<ClientAssessmentView>, Problem>> RecordClientAssessment(Guid id, ClientAssessmentInput input, ProgressHandler handler, CancellationToken ct) =>
        (await handler.RecordClientAssessmentAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/progress");

    private static async Task<Results<Created<BeutView>, Problem>> RecordBeut(Guid id, BeutInput input, ProgressHandler handler, CancellationToken ct) =>
        (await handler.RecordBeutAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/progress");

    private static async Task<Results<Created<SessionMeasureView>, Problem>> RecordSession(Guid id, SessionMeasureInput input, ProgressHandler handler, CancellationToken ct) =>
        (await handler.RecordSessionAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/progress");

    private static async Task<Results<Ok<ReminderRun>, Problem>> RunReminders(AssessmentRemindersHandler handler, CancellationToken ct) =>
        (await handler.RunForNationalOfficeAsync(ct)).ToOk();

    private static async Task<Results<Ok<SiteAssessmentsView>, Problem>> Site(Guid id, SiteAssessmentsHandler handler, CancellationToken ct) =>
        (await handler.ReportAsync(new SiteId(id), ct)).ToOk();
}
