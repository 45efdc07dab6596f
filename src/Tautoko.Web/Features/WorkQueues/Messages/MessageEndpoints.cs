using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.Messages;

public static class MessageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var messages = app.MapGroup("/api/messages").WithTags("Messages to case managers");
        messages.MapPost("/", Record).ReadsClientInformation().WithSummary("Record an e-mail or voicemail to a case manager: yours from a client, or one you send a case manager. Due within 24 hours (R-052, R-053).");
        messages.MapGet("/mine", Mine).ReadsClientInformation().WithSummary("Your messages (and those you cover as buddy), soonest due first, overdue flagged; open=false to include answered ones.");
        messages.MapPost("/{id:guid}/acknowledge", Acknowledge).ReadsClientInformation().WithSummary("Acknowledge: phoned (contact or no reply) or e-mailed the client; recorded in the engagement log. A colleague's message is 'noted'.");
        messages.MapPost("/voicemail-checks", CheckVoicemail).ReadsNoClientInformation().WithSummary("R-053: record that you checked your voicemail (at least twice a day); returns today's count.");
        messages.MapGet("/measures", Measures).ReadsNoClientInformation().WithSummary("Managers: share of e-mails and voicemails answered within 24 hours, and days with two voicemail checks, for a site and period.");
    }

    private static async Task<Results<Created<MessageView>, Problem>> Record(NewMessageInput input, MessagesHandler handler, CancellationToken ct) =>
        (await handler.RecordAsync(input, ct)).ToCreated(m => $"/api/messages/{m.Id}");

    private static async Task<Ok<Worklist>> Mine(bool? open, MessagesHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.WorklistAsync(open ?? true, ct));

    private static async Task<Results<Ok<MessageView>, Problem>> Acknowledge(Guid id, AcknowledgeInput input, MessagesHandler handler, CancellationToken ct) =>
        (await handler.AcknowledgeAsync(id, input, ct)).ToOk();

    public sealed record VoicemailChecked(int ChecksToday);

    private static async Task<Results<Ok<VoicemailChecked>, Problem>> CheckVoicemail(VoicemailCheckInput input, MessagesHandler handler, CancellationToken ct) =>
        (await handler.CheckVoicemailAsync(input, ct)).ToOk(count => new VoicemailChecked(count));

    private static async Task<Results<Ok<MessageMeasures>, Problem>> Measures(Guid? siteId, DateOnly? from, DateOnly? to, MessageMeasuresHandler handler, CancellationToken ct) =>
        (await handler.MeasuresAsync(siteId is { } s ? new SiteId(s) : null, from, to, ct)).ToOk();
}
