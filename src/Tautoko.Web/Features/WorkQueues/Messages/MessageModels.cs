using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Messaging;

namespace Tautoko.Web.Features.WorkQueues.Messages;

public sealed record NewMessageInput(Guid? CaseManagerId, Guid? ClientId, [Required] CaseManagerMessageKind? Kind, string? From, string? Subject, string? Body, DateTimeOffset? ReceivedAt);

public sealed record AcknowledgeInput([Required] MessageResponse? Response, string? Note);

public sealed record MessageView(
    Guid Id,
    Guid CaseManagerId,
    string CaseManager,
    Guid? ClientId,
    string? ClientName,
    CaseManagerMessageKind Kind,
    string From,
    bool FromColleague,
    string Subject,
    string Body,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    bool IsOverdue,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    MessageResponse? Response,
    bool AnsweredInTime,
    bool Covering,
    Guid? OutboxMessageId,
    OutboxStatus? Delivery,
    DateTimeOffset? DeliveredAt,
    string? DeliveryReference);

/// <summary>My messages: mine, and those of case managers I cover as buddy while they are on leave .</summary>
/// <param name="VoicemailReminders">R-053: today's two voicemail checks (morning, afternoon), a recurring reminder on the worklist.</param>
public sealed record Worklist(IReadOnlyList<MessageView> Messages, int Overdue, int VoicemailChecksToday, bool VoicemailCheckedEnough, IReadOnlyList<VoicemailReminder> VoicemailReminders);

public sealed record MessageMeasure(CaseManagerMessageKind Kind, int Received, int AnsweredInTime, int AnsweredLate, int OpenOverdue, int OpenInTime, double? ShareInTime);

public sealed record MessageMeasures(Guid SiteId, DateOnly From, DateOnly To, IReadOnlyList<MessageMeasure> ByKind, int CaseManagerDays, int CaseManagerDaysWithTwoVoicemailChecks);

public sealed record VoicemailCheckInput([Required] int? MessagesFound);
