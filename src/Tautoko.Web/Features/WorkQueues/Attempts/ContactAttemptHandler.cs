using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Tasks;

namespace Tautoko.Web.Features.WorkQueues.Attempts;

public sealed record ReviewInput(
    bool TaskAndRecordReviewed,
    bool ContactDetailsConfirmed,
    bool CircumstancesConfirmed,
    bool ClientEventsChecked,
    bool BenefitExpiriesChecked,
    bool RedirectionsAndDebtOffsetsChecked,
    string? Findings);

public sealed record AttemptInput([Required] AttemptChannel? Channel, [Required] AttemptResult? Result, VoicemailSituation? Voicemail, DateTimeOffset? OccurredAt, string? Note);

public sealed record AttemptRecorded(AttemptView Attempt, VoicemailScript? Script, TaskSummary Task);

/// <summary>The scripts on offer for the next attempt, one per voicemail situation .</summary>
public sealed record ScriptsForNextAttempt(int AttemptNumber, IReadOnlyList<ScriptOffer> Scripts);

public sealed record ScriptOffer(VoicemailSituation Situation, string SituationName, VoicemailScript Script);

/// <summary>
/// Working a referral task means contacting the client: review first, then each attempt, successful
/// or not, goes into the engagement log with its time and channel, and reaching voicemail offers
/// the seed's script for the situation.
/// </summary>
public sealed class ContactAttemptHandler(TautokoDbContext db, TaskAccess tasks, CurrentStaff staff, AuditLog audit, TimeProvider clock, ILogger<ContactAttemptHandler> logger)
{
    public async Task<Outcome<ReviewView>> ReviewAsync(WorkQueueTaskId id, ReviewInput input, CancellationToken ct)
    {
        var loaded = await tasks.ForWorkAsync(id, managerMay: false, ct);
        if (!loaded.TryGet(out var work, out var failure))
        {
            return failure;
        }

        var now = clock.GetUtcNow();
        var checks = new ContactReviewChecks(
            input.TaskAndRecordReviewed, input.ContactDetailsConfirmed, input.CircumstancesConfirmed,
            input.ClientEventsChecked, input.BenefitExpiriesChecked, input.RedirectionsAndDebtOffsetsChecked);
        ContactReview review;
        try
        {
            review = new ContactReview(Guid.CreateVersion7(), work.Task.Id, work.Task.ClientId, staff.Id, now, checks, input.Findings);
            work.Task.RecordReview(staff.Id, now, review.Summary());
        }
        catch (DomainException ex)
        {
            return TaskFailure.From(ex.Error);
        }

        db.ContactReviews.Add(review);
        audit.Add(AuditAction.Update, "WorkQueueTask", work.Task.Id.ToString(), work.Task.ClientId, "Reviewed before contact (R-074)", work.Client.ViaBreakGlass);
        if (!await TrySaveAsync(ct))
        {
            return Changed;
        }

        return new ReviewView(review.At, staff.FullName, review.Checks, review.Findings);
    }

    public async Task<Outcome<AttemptRecorded>> RecordAsync(WorkQueueTaskId id, AttemptInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var problems = Validate(input, now);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var loaded = await tasks.ForWorkAsync(id, managerMay: false, ct);
        if (!loaded.TryGet(out var work, out var failure))
        {
            return failure;
        }

        var task = work.Task;
        var channel = input.Channel!.Value;
        var result = input.Result!.Value;
        var occurred = (input.OccurredAt ?? now).ToUniversalTime();
        var number = task.Attempts + 1;
        VoicemailScript? script = null;
        if (result == AttemptResult.Voicemail && input.Voicemail is { } situation)
        {
            script = await ScriptAsync(task, situation, number, ct);
        }

        var successful = result == AttemptResult.Answered;
        var text = ContactAttempt.Describe(task.QueueKind.DisplayName(), number, channel, result, input.Voicemail, script?.Message, input.Note);
        ContactAttempt attempt;
        EngagementNote note;
        try
        {
            task.RecordAttempt(staff.Id, occurred, successful, text);
            note = new EngagementNote(
                Guid.CreateVersion7(), task.ClientId, staff.Id, now, occurred, NoteChannel(channel, script?.Message is not null),
                successful ? EngagementOutcome.Contact : EngagementOutcome.UnsuccessfulAttempt, text, null);
            attempt = new ContactAttempt(
                Guid.CreateVersion7(), task.Id, task.ClientId, number, staff.Id, occurred, now, channel, result, input.Voicemail,
                script?.Kind, script?.Message, input.Note, note.Id);
        }
        catch (DomainException ex)
        {
            return TaskFailure.From(ex.Error);
        }

        db.EngagementNotes.Add(note);
        db.ContactAttempts.Add(attempt);
        audit.Add(AuditAction.AddNote, "ContactAttempt", attempt.Id.ToString(), task.ClientId, $"Attempt {number} on task {task.Id}", work.Client.ViaBreakGlass);
        if (!await TrySaveAsync(ct))
        {
            return Changed;
        }

        logger.LogInformation("Contact attempt {Number} on task {TaskId} recorded by {StaffId}", number, task.Id.Value, staff.Id.Value);
        var view = new AttemptView(attempt.Id, number, occurred, staff.FullName, channel, result, result.DisplayName(), successful, attempt.Voicemail, attempt.Script, attempt.MessageLeft, attempt.Note, note.Id);
        return new AttemptRecorded(view, script, (await TaskQueries.OneAsync(db, task.Id, now, ct))!);
    }

    /// <summary>The script for each situation if the next attempt reaches voicemail.</summary>
    public async Task<Outcome<ScriptsForNextAttempt>> ScriptsAsync(WorkQueueTaskId id, CancellationToken ct)
    {
        var loaded = await tasks.ForReadAsync(id, ct);
        if (!loaded.TryGet(out var work, out var failure))
        {
            return failure;
        }

        var number = work.Task.Attempts + 1;
        var offers = new List<ScriptOffer>();
        foreach (var situation in Enum.GetValues<VoicemailSituation>())
        {
            offers.Add(new ScriptOffer(situation, situation.DisplayName(), await ScriptAsync(work.Task, situation, number, ct)));
        }

        return new ScriptsForNextAttempt(number, offers);
    }

    private async Task<VoicemailScript> ScriptAsync(WorkQueueTask task, VoicemailSituation situation, int number, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == task.ClientId).Select(c => new { c.FirstName, c.PreferredName }).SingleAsync(ct);
        var earlier = await db.ContactAttempts.AsNoTracking().Where(a => a.TaskId == task.Id).OrderBy(a => a.Number).Select(a => a.OccurredAt).ToListAsync(ct);
        var kind = VoicemailScripts.Choose(situation, number);
        return VoicemailScripts.Render(kind, client.PreferredName ?? client.FirstName, staff.FullName, [.. earlier.Select(DateDisplay.ToAuckland)]);
    }

    private static EngagementChannel NoteChannel(AttemptChannel channel, bool voicemailLeft) => channel switch
    {
        AttemptChannel.Phone => voicemailLeft ? EngagementChannel.Voicemail : EngagementChannel.Phone,
        AttemptChannel.Text => EngagementChannel.Text,
        AttemptChannel.Email => EngagementChannel.Email,
    };

    private static Dictionary<string, string[]> Validate(AttemptInput input, DateTimeOffset now)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Channel is not { } channel || !Enum.IsDefined(channel))
        {
            problems["channel"] = ["Choose phone, text or e-mail."];
        }

        if (input.Result is not { } result || !Enum.IsDefined(result))
        {
            problems["result"] = ["Say how the attempt went."];
        }
        else if (result == AttemptResult.Voicemail && (input.Voicemail is not { } v || !Enum.IsDefined(v)))
        {
            problems["voicemail"] = ["Say whether the voicemail identifies the client (or the number is confirmed, or not known to be theirs), so the right script is offered (R-076)."];
        }

        if (input.OccurredAt is { } at && PlausibleDates.WhyNotHappened(at, now) is { } occurredProblem)
        {
            problems["occurredAt"] = [occurredProblem];
        }

        if (input.Note is { Length: > ContactAttempt.MaxNoteLength })
        {
            problems["note"] = [$"A note is at most {ContactAttempt.MaxNoteLength} characters."];
        }

        return problems;
    }

    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static Failure Changed => TaskFailure.Changed("Someone else changed this task meanwhile. Reload it and try again.");
}
