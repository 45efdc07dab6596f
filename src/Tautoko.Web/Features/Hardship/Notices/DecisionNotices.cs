using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Messaging;

namespace Tautoko.Web.Features.Hardship.Notices;

/// <summary>
/// Tells the client a hardship decision or a review's outcome by their preferred channel (000): e-mail, text or letter,
/// falling back to whichever the record has when the preferred one is phone, face to face or the portal, or is missing.
/// The message goes through the outbox in the same unit of work as the decision; the outbox logs it in the engagement log when sent.
/// </summary>
public sealed class DecisionNotices(IConfiguration configuration)
{
    private string AgencyName => configuration["agency-name"] ?? "Tautoko";

    private string AgencyPhone => configuration["agency-phone"] ?? "0800 559 009";

    public OutboxMessage? Decision(Client client, HardshipApplication application, ReviewWindow window, DateTimeOffset now)
    {
        var what = $"{HardshipText(application)} ({HardshipMoney.Format(application.AmountAsked)})";
        var decision = application.Status switch
        {
            ApplicationStatus.Granted => $"your application for {what} is granted in full.",
            ApplicationStatus.PartlyGranted => $"your application for {what} is granted in part: {HardshipMoney.Format(application.AmountGranted ?? 0m)}.",
            _ => $"your application for {what} is declined because {application.DeclineReason!.Value.PlainWords()}.",
        };
        var recoverable = application.Recoverable && application.AmountGranted is not null
            ? " This help is recoverable: it is added to what you owe and paid back." : string.Empty;
        var note = application.DecisionNote is { } n ? $"\n\nNote: {n}" : string.Empty;
        var review = application.Status == ApplicationStatus.Granted ? string.Empty
            : $" If you disagree, you have the right to ask for a review of this decision within {window.Months} months of this notice (by {window.LastDay(NzDate(now)):d MMMM yyyy}): call {AgencyPhone} or tell your case manager.";
        var text = $"Kia ora {client.PreferredName ?? client.FirstName}, {decision}{recoverable}{review}";
        return New(client, MessagePurpose.HardshipDecision, LetterKind.HardshipDecision, "Decision on your hardship application", text, $"{text}{note}\n\nNgā mihi,\n{AgencyName}", now);
    }

    public OutboxMessage? ReviewOutcome(Client client, HardshipApplication application, DecisionReview review, DateTimeOffset now)
    {
        var outcome = review.Outcome!.Value;
        var grant = review.AmountGranted is { } amount ? $" You are granted {HardshipMoney.Format(amount)}." : string.Empty;
        var next = outcome == Core.Hardship.ReviewOutcome.UpheldAtBrc
            ? " The Benefit Review Committee's decision can be appealed to the Social Security Appeal Authority." : string.Empty;
        var text = $"Kia ora {client.PreferredName ?? client.FirstName}, the review of the decision on your application for {HardshipText(application)} is complete: {outcome.DisplayName().ToLowerInvariant()}.{grant}{next} Questions? Call {AgencyPhone}.";
        return New(client, MessagePurpose.ReviewOutcome, LetterKind.ReviewOutcome, "The outcome of your review of decision", text, $"{text}\n\nNgā mihi,\n{AgencyName}", now);
    }

    private static string HardshipText(HardshipApplication application) =>
        application.Need == HardshipNeed.Food ? "food assistance"
        : (application.Category is { } c ? c.DisplayName() : application.Need.DisplayName()).ToLowerInvariant();

    private static DateOnly NzDate(DateTimeOffset now) => Core.Appointments.NzLocalTime.DateOf(now);

    private static OutboxMessage? New(Client client, MessagePurpose purpose, LetterKind letter, string subject, string shortText, string body, DateTimeOffset now)
    {
        var channel = Channel(client);
        return channel switch
        {
            MessageChannel.Email => new OutboxMessage(Guid.CreateVersion7(), client.Id, null, MessageChannel.Email, purpose, null, client.Email!, subject, body, now, now),
            MessageChannel.Text => new OutboxMessage(Guid.CreateVersion7(), client.Id, null, MessageChannel.Text, purpose, null, client.Phone!, subject, shortText, now, now),
            MessageChannel.Letter => new OutboxMessage(Guid.CreateVersion7(), client.Id, null, MessageChannel.Letter, purpose, letter, $"{client.FirstName} {client.LastName}\n{client.Address}", subject, body, now, now),
            _ => null,
        };
    }

    /// <summary>The preferred channel when the record has its address; otherwise e-mail, then text, then letter.</summary>
    public static MessageChannel? Channel(Client client)
    {
        var email = !string.IsNullOrWhiteSpace(client.Email);
        var phone = !string.IsNullOrWhiteSpace(client.Phone);
        var address = client.Address is not null;
        return client.PreferredChannel switch
        {
            ContactChannel.Email when email => MessageChannel.Email,
            ContactChannel.Text when phone => MessageChannel.Text,
            ContactChannel.Letter when address => MessageChannel.Letter,
            _ when email => MessageChannel.Email,
            _ when phone => MessageChannel.Text,
            _ when address => MessageChannel.Letter,
            _ => null,
        };
    }
}
