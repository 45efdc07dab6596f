using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Messages;
using Tautoko.Web.Features.WorkQueues.Tasks;

namespace Tautoko.Web.Features.WorkQueues.Pages;

/// <summary>My worklist: messages due within 24 hours, the tasks I am working and the ones I raised that are still open.</summary>
[ReadsClientInformation]
public sealed class MineModel(TaskHandler tasks, MessagesHandler messages, SearchClientsHandler search, CurrentStaff me) : PageModel
{
    public Worklist? Messages { get; private set; }

    public bool IsCaseManager => me.Role.IsCaseManager();

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<TaskSummary>? Working { get; private set; }

    public IReadOnlyList<TaskSummary> Raised { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        if ((await tasks.MineAsync(page, ct)).TryGet(out var working, out _))
        {
            Working = working;
        }

        Raised = await tasks.RaisedByMeAsync(50, ct);
        Messages = await messages.WorklistAsync(openOnly: true, ct);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid messageId, MessageResponse? response, string? note, CancellationToken ct)
    {
        var result = await messages.AcknowledgeAsync(messageId, new AcknowledgeInput(response, note), ct);
        TempData[result.IsDone ? "Message" : "Problem"] = result.IsDone ? "Message acknowledged." : result.Failure.Message;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVoicemailCheckedAsync(int? messagesFound, CancellationToken ct)
    {
        var today = await messages.CheckVoicemailAsync(new VoicemailCheckInput(messagesFound), ct);
        TempData[today.IsDone ? "Message" : "Problem"] = today.IsDone ? $"Voicemail check recorded ({today.Value} today)." : today.Failure.Message;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLogMessageAsync(CaseManagerMessageKind? kind, string? clientNumber, string? from, string? subject, string? body, CancellationToken ct)
    {
        Guid? clientId = null;
        if (!string.IsNullOrWhiteSpace(clientNumber))
        {
            var found = await search.HandleAsync(new ClientSearch(clientNumber, null), new PageRequest(1, 2), ct);
            if (found.Items.Count != 1)
            {
                TempData["Problem"] = "No single client has that client number.";
                return RedirectToPage();
            }

            clientId = found.Items[0].Id;
        }

        var result = await messages.RecordAsync(new NewMessageInput(null, clientId, kind, from, subject, body, null), ct);
        TempData[result.IsDone ? "Message" : "Problem"] = result.IsDone ? "Message logged; it is due within 24 hours." : result.Failure.Message;
        return RedirectToPage();
    }
}
