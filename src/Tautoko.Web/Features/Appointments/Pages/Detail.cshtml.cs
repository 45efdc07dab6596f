using Tautoko.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Appointments;
using Tautoko.Core.Messaging;
using Tautoko.Web.Features.Appointments.Booking;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Resulting;
using Tautoko.Web.Platform.Pages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.Pages;

[ReadsClientInformation]
public sealed class DetailModel(AppointmentReadHandler reads, ResultAppointmentHandler results, TimeProvider clock) : ClientPageModel
{
    public AppointmentDetail? Detail { get; private set; }

    public string? Problem { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostResultAsync(AppointmentStatus? outcome, string? note, bool identityVerified, int? version, string[]? checks, CancellationToken ct)
    {
        var result = await results.ResultAsync(new AppointmentId(Id), new ResultInput(outcome, note, identityVerified, version, checks ?? []), ct);
        return await AfterAsync(result, r => $"Resulted: {r.Appointment.StatusName}. {r.NextStep}" +
            (r.ChecksNotDone is { Count: > 0 } missing ? $" Not checked at this engagement (R-064): {string.Join("; ", missing)}." : string.Empty), ct);
    }

    public async Task<IActionResult> OnPostCancelAsync(AppointmentStatus? by, string? reason, int? version, CancellationToken ct)
    {
        var result = await results.CancelAsync(new AppointmentId(Id), new CancelInput(by, reason, version), ct);
        return await AfterAsync(result, r => r.SlotFreed ? "Cancelled; the slot is free to rebook." : "Cancelled.", ct);
    }

    public async Task<IActionResult> OnPostLetterAsync(LetterKind? kind, CancellationToken ct)
    {
        var result = await reads.SendLetterAsync(new AppointmentId(Id), kind, ct);
        return await AfterAsync(result, m => $"{m.Letter?.DisplayName() ?? "Letter"} queued for posting; it is logged in the engagement log when sent.", ct);
    }

    private async Task<IActionResult> AfterAsync<T>(Outcome<T> outcome, Func<T, string> success, CancellationToken ct)
    {
        switch (outcome.Failure)
        {
            case null:
                TempData["Message"] = success(outcome.Value);
                return RedirectToPage(new { id = Id });
            case Failure.AccessRefused refused:
                return Refuse(refused.Decision);
            default:
                Problem = outcome.Failure?.Message;
                Response.StatusCode = outcome.Failure is Failure.StateConflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
                return await LoadAsync(ct, keepStatus: true);
        }
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct, bool keepStatus = false)
    {
        var outcome = await reads.GetAsync(new AppointmentId(Id), ct);
        switch (outcome.Failure)
        {
            case null:
                Detail = outcome.Value;
                return Page();
            case Failure.AccessRefused refused:
                Id = refused.ClientId ?? Id;
                return Refuse(refused.Decision);
            default:
                return keepStatus ? Page() : NotFound();
        }
    }
}
