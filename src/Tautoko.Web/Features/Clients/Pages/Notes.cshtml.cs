using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Features.Clients.Notes;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Clients.Pages;

[ReadsClientInformation]
public sealed class NotesModel(NotesHandler handler) : ClientPageModel
{
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    /// <summary>"staff": only entries people wrote; automatic reminders, letters and system notes left out.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Log { get; set; }

    public bool StaffOnly => string.Equals(Log, "staff", StringComparison.OrdinalIgnoreCase);

    public Paged<NoteView>? Notes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        return Show(await handler.ListAsync(new ClientId(Id), page, ct, StaffOnly), notes => Notes = notes);
    }
}
