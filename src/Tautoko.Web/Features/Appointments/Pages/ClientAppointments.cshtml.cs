using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Appointments.Booking;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Appointments.Pages;

[ReadsClientInformation]
public sealed class AppointmentsModel(AppointmentReadHandler reads, TimeProvider clock) : ClientPageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<AppointmentView>? Appointments { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        var outcome = await reads.ForClientAsync(new ClientId(Id), page, ct);
        switch (outcome.Failure)
        {
            case null:
                Appointments = outcome.Value;
                return Page();
            case Failure.AccessRefused refused:
                return Refuse(refused.Decision);
            default:
                return NotFound();
        }
    }
}
