using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Web.Features.Hardship.Notices;
using Tautoko.Web.Features.Hardship.Reviews;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Applications;

/// <summary>
/// Decides an application: grant in full, in part, or decline with one of the sixteen reasons and a note. The client
/// is told by their preferred channel through the outbox (the reason in plain words and their right to a review), and the
/// decision is logged in the engagement log, in the same unit of work.
/// </summary>
public sealed class DecisionHandler(TautokoDbContext db, ClientAccess access, CurrentStaff staff, AuditLog audit, DecisionNotices notices, ReviewWindowHandler windows, TimeProvider clock)
{
    public async Task<Outcome<DecisionMade>> DecideAsync(ClientId clientId, Guid applicationId, DecisionInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.DecideHardship, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var problems = Validate(input);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var application = await db.HardshipApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.ClientId == clientId, ct);
        if (application is null)
        {
            return ApplicationsHandler.Missing(applicationId);
        }

        var kind = input.Decision!.Value;
        if (application.WhyNotDecide(kind, input.Amount, input.DeclineReason, input.Note) is { } error)
        {
            return error.Rule switch
            {
                "hardship-decided" => Failure.Conflict(error, "The application is already decided"),
                "hardship-amount" => Failure.Invalid("amount", error.Message),
                "hardship-note" => Failure.Invalid("note", error.Message),
                "R-091" => Failure.Invalid("declineReason", error.Message + " (R-091)"),
                _ => Failure.Broken(error),
            };
        }

        var now = clock.GetUtcNow();
        application.Decide(kind, input.Amount, input.DeclineReason, input.Note, staff.Id, now);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId, ct);
        var window = await windows.CurrentAsync(ct);
        var message = notices.Decision(client, application, window, now);
        if (message is not null)
        {
            db.OutboxMessages.Add(message);
        }

        var need = HardshipText.NeedName(application.Need, application.Category);
        var what = application.Status switch
        {
            ApplicationStatus.Granted => $"granted in full ({HardshipMoney.Format(application.AmountGranted!.Value)})",
            ApplicationStatus.PartlyGranted => $"granted in part ({HardshipMoney.Format(application.AmountGranted!.Value)} of {HardshipMoney.Format(application.AmountAsked)})",
            _ => $"declined: {application.DeclineReason!.Value.DisplayName()}",
        };
        var told = message is null ? "No e-mail, phone or address on record: tell the client in person." : $"Client told by {message.Channel.DisplayName().ToLowerInvariant()}.";
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information,
            TextLimits.Clip($"Hardship application ({need}) {what}.{(application.DecisionNote is { } n ? " " + n : string.Empty)} {told}", EngagementNote.MaxTextLength)!, null));
        audit.Add(AuditAction.Update, "HardshipApplication", application.Id.ToString(), clientId, $"Decided: {what}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        var view = await ApplicationsHandler.Views(db, [application], ct);
        return new DecisionMade(view[0], message?.Channel.DisplayName(), message?.Body ?? told);
    }

    public static Dictionary<string, string[]> Validate(DecisionInput input)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Decision is not { } kind || !Enum.IsDefined(kind))
        {
            problems["decision"] = ["Grant in full, grant in part or decline."];
            return problems;
        }

        if (kind == DecisionKind.Decline && input.DeclineReason is null)
        {
            problems["declineReason"] = ["A decline names one of the sixteen decline reasons (R-091)."];
        }
        else if (input.DeclineReason is { } reason && !Enum.IsDefined(reason))
        {
            problems["declineReason"] = ["Choose one of the sixteen decline reasons (R-091)."];
        }

        if (kind == DecisionKind.Decline && string.IsNullOrWhiteSpace(input.Note))
        {
            problems["note"] = ["A decline carries a note for the client saying why."];
        }

        if (kind == DecisionKind.GrantInPart && HardshipMoney.WhyNot(input.Amount) is { } money)
        {
            problems["amount"] = [money];
        }

        return problems;
    }
}
