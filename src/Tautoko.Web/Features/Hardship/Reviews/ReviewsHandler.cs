using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Web.Features.Hardship.Applications;
using Tautoko.Web.Features.Hardship.Notices;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Reviews;

/// <summary>
/// Reviews of decision (000): a client or agent asks; the internal review comes first and can overturn; what it does not
/// overturn goes to the Benefit Review Committee; the review ends with one of Table Seven's seven outcomes (R-092), and an
/// overturned or partly upheld decision becomes a grant linked to the review. Case managers manage them (R-095).
/// </summary>
public sealed class ReviewsHandler(TautokoDbContext db, ClientAccess access, CurrentStaff staff, AuditLog audit, ReviewWindowHandler windows, DecisionNotices notices, TimeProvider clock)
{
    public async Task<Outcome<ReviewView>> RequestAsync(ClientId clientId, Guid applicationId, ReviewRequestInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.ApplyForHardship, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var today = NzLocalTime.DateOf(now);
        var problems = new Dictionary<string, string[]>();
        if (input.RequestedBy is not { } requester || !Enum.IsDefined(requester))
        {
            problems["requestedBy"] = ["Say who asked for the review: the client or their agent."];
        }

        if (string.IsNullOrWhiteSpace(input.Grounds) || input.Grounds.Trim().Length > DecisionReview.MaxTextLength)
        {
            problems["grounds"] = [$"Say why the client disagrees with the decision, in at most {DecisionReview.MaxTextLength} characters."];
        }

        var receivedOn = input.ReceivedOn ?? today;
        if (receivedOn > today)
        {
            problems["receivedOn"] = ["The request came in today or earlier."];
        }

        if (input.LateReason is { Length: > DecisionReview.MaxTextLength })
        {
            problems["lateReason"] = [$"The reason for lateness is at most {DecisionReview.MaxTextLength} characters."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var application = await db.HardshipApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.ClientId == clientId, ct);
        if (application is null)
        {
            return ApplicationsHandler.Missing(applicationId);
        }

        if (application.WhyNotReview() is { } notReviewable)
        {
            return Failure.Broken(notReviewable);
        }

        if (await db.DecisionReviews.AnyAsync(r => r.ApplicationId == applicationId && r.Stage != ReviewStage.Closed, ct))
        {
            return OpenReviewConflict();
        }

        var notice = NzLocalTime.DateOf(application.DecidedAt!.Value);
        var window = await windows.CurrentAsync(ct);
        if (receivedOn < notice)
        {
            return Failure.Invalid("receivedOn", $"The request came in on or after the notice of the decision ({notice:d MMMM yyyy}).");
        }

        if (DecisionReview.WhyNotRequest(input.Grounds, input.LateReason, notice, receivedOn, window) is { } late)
        {
            // A late request is accepted only with a reason: the field to fill in is named.
            return Failure.Invalid("lateReason", late.Message);
        }

        var review = new DecisionReview(Guid.CreateVersion7(), application, input.RequestedBy!.Value, input.Grounds!, input.LateReason, notice, receivedOn, window, staff.Id, now);
        db.DecisionReviews.Add(review);
        var by = review.Requester == ReviewRequester.Agent ? "the client's agent" : "the client";
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information,
            TextLimits.Clip($"Review of decision asked for by {by} ({HardshipText.NeedName(application.Need, application.Category)}){(review.IsLate ? $", after the review window (last day {review.LastDayOnTime:d MMMM yyyy}): {review.LateReason}" : string.Empty)}. Internal review due {review.DueOn:d MMMM yyyy}. {review.Grounds}", EngagementNote.MaxTextLength)!, null));
        audit.Add(AuditAction.Create, "DecisionReview", review.Id.ToString(), clientId, $"Review of decision requested{(review.IsLate ? " (late)" : string.Empty)}", check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(HardshipApplicationConfiguration.OneOpenReviewPerApplication))
        {
            return OpenReviewConflict();
        }

        return await ViewAsync(review, ct);
    }

    public async Task<Outcome<ReviewView>> GetAsync(Guid reviewId, CancellationToken ct)
    {
        var review = await db.DecisionReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        if (review is null)
        {
            return Missing(reviewId);
        }

        var check = await access.CheckAsync(review.ClientId, ClientOperation.Read, ct);
        if (check.Refusal(review.ClientId) is { } refusal)
        {
            return refusal;
        }

        await audit.RecordAsync(AuditAction.Read, "DecisionReview", review.Id.ToString(), review.ClientId, $"Review of decision ({review.Stage})", check.ViaBreakGlass, ct);
        return await ViewAsync(review, ct);
    }

    public async Task<Outcome<ReviewView>> ReferAsync(Guid reviewId, ReferInput input, CancellationToken ct)
    {
        var (review, failure, viaBreakGlass) = await ManageableAsync(reviewId, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (input.HearingOn is not { } hearing)
        {
            return Failure.Invalid("hearingOn", "Give the date of the Benefit Review Committee's hearing.");
        }

        var now = clock.GetUtcNow();
        var today = NzLocalTime.DateOf(now);
        if (PlausibleHearing(hearing, today) is { } problem)
        {
            return Failure.Invalid("hearingOn", problem);
        }

        if (review!.WhyNotRefer(hearing, today) is { } error)
        {
            return Failure.Conflict(error, "The review is not at internal review");
        }

        review.ReferToCommittee(hearing, today, staff.Id, now);
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), review.ClientId, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information,
            TextLimits.Clip($"Internal review did not overturn the decision; referred to the Benefit Review Committee, hearing on {hearing:d MMMM yyyy}.{(string.IsNullOrWhiteSpace(input.Note) ? string.Empty : " " + input.Note.Trim())}", EngagementNote.MaxTextLength)!, null));
        audit.Add(AuditAction.Update, "DecisionReview", review.Id.ToString(), review.ClientId, $"Referred to the Benefit Review Committee for {hearing:yyyy-MM-dd}", viaBreakGlass);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(review, ct);
    }

    public async Task<Outcome<ReviewView>> CloseAsync(Guid reviewId, ReviewOutcomeInput input, CancellationToken ct)
    {
        var (review, failure, viaBreakGlass) = await ManageableAsync(reviewId, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            return Failure.Invalid("outcome", "Choose one of the seven review outcomes (R-092).");
        }

        if (input.Note is { Length: > DecisionReview.MaxTextLength })
        {
            return Failure.Invalid("note", $"The note is at most {DecisionReview.MaxTextLength} characters.");
        }

        var application = await db.HardshipApplications.SingleAsync(a => a.Id == review!.ApplicationId, ct);
        if (review!.WhyNotClose(outcome, input.Amount, application.AmountAsked) is { } error)
        {
            return error.Rule switch
            {
                "hardship-amount" => Failure.Invalid("amount", error.Message),
                "review-closed" => Failure.Conflict(error, "The review is already closed"),
                _ => Failure.Broken(error),
            };
        }

        var now = clock.GetUtcNow();
        var grant = review.Close(outcome, input.Amount, application.AmountAsked, input.Note, staff.Id, now);
        if (grant is { } amount)
        {
            // An overturned or partly upheld decision becomes a grant linked to its review.
            application.GrantOnReview(review.Id, amount, now);
        }

        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == review.ClientId, ct);
        var message = notices.ReviewOutcome(client, application, review, now);
        if (message is not null)
        {
            db.OutboxMessages.Add(message);
        }

        var told = message is null ? "No e-mail, phone or address on record: tell the client in person." : $"Client told by {message.Channel.DisplayName().ToLowerInvariant()}.";
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), review.ClientId, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information,
            TextLimits.Clip($"Review of decision: {outcome.DisplayName()}.{(grant is { } g ? $" Granted {HardshipMoney.Format(g)}{(application.Recoverable ? " (recoverable)" : string.Empty)}." : string.Empty)}{(review.OutcomeNote is { } n ? " " + n : string.Empty)} {told}", EngagementNote.MaxTextLength)!, null));
        audit.Add(AuditAction.Update, "DecisionReview", review.Id.ToString(), review.ClientId, $"Outcome: {outcome.DisplayName()}", viaBreakGlass);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(review, ct);
    }

    private static string? PlausibleHearing(DateOnly hearing, DateOnly today) =>
        hearing > today.AddYears(1) ? "A hearing is within a year." : null;

    private async Task<(DecisionReview? Review, Failure? Failure, bool ViaBreakGlass)> ManageableAsync(Guid reviewId, CancellationToken ct)
    {
        var review = await db.DecisionReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        if (review is null)
        {
            return (null, Missing(reviewId), false);
        }

        // R-095: case managers (and their managers, national office) manage reviews of decision and BRC hearings.
        var check = await access.CheckAsync(review.ClientId, ClientOperation.ManageReviews, ct);
        return check.Refusal(review.ClientId) is { } refusal ? (null, refusal, false) : (review, null, check.ViaBreakGlass);
    }

    private static Failure Missing(Guid reviewId) => Failure.NotFound($"There is no review of decision {reviewId}.", "Review not found");

    private static Failure OpenReviewConflict() =>
        Failure.Conflict(new DomainError("review-open", "A review of this decision is already open; record its outcome first."), "A review is already open");

    private async Task<ReviewView> ViewAsync(DecisionReview review, CancellationToken ct)
    {
        var application = await db.HardshipApplications.AsNoTracking().SingleAsync(a => a.Id == review.ApplicationId, ct);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == review.ClientId).Select(c => new { c.FirstName, c.LastName }).SingleAsync(ct);
        var ids = new[] { review.RecordedById }.Concat(review.ClosedById is { } c ? [c] : []).ToList();
        var names = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var today = NzLocalTime.DateOf(clock.GetUtcNow());
        return new ReviewView(review.Id, review.ApplicationId, review.ClientId.Value, $"{client.FirstName} {client.LastName}", HardshipText.NeedName(application.Need, application.Category),
            application.DeclineReason?.DisplayName(), application.AmountAsked, review.Requester, review.Grounds, review.NoticeDate, review.RequestedOn, review.LastDayOnTime, review.IsLate,
            review.LateReason, review.Stage, review.DueOn, review.IsOverdue(today), review.Outcome, review.Outcome?.DisplayName(), review.OutcomeNote, review.AmountGranted, review.ClosedAt,
            review.ClosedById is { } closer ? names.GetValueOrDefault(closer) : null, names.GetValueOrDefault(review.RecordedById, "Unknown"), review.Version);
    }
}
