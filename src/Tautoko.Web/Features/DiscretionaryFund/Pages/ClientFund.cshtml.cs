using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.DiscretionaryFund;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.DiscretionaryFund.Pages;

/// <summary>A client's ICS discretionary fund requests; the ICSM's request form; the named manager's approval (R-094).</summary>
[ReadsClientInformation]
public sealed class ClientFundModel(GrantHandler handler, TautokoDbContext db, CurrentStaff me) : ClientPageModel
{
    public ClientFundView? View { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Managers { get; private set; } = [];

    public bool MayRequest => me.Role == StaffRole.IntensiveClientSupportManager;

    public Guid MyId => me.Id.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.ClientAsync(new ClientId(Id), ct);
        if (!read.IsDone)
        {
            return Show(read, _ => { });
        }

        View = read.Value;
        if (MayRequest)
        {
            var site = me.SiteId;
            Managers = [.. (await db.Staff.AsNoTracking().Where(s => s.SiteId == site && s.Role == StaffRole.ServiceCentreManager && s.IsActive)
                .OrderBy(s => s.LastName).Select(s => new { s.Id, Name = s.FirstName + " " + s.LastName }).ToListAsync(ct)).Select(s => (s.Id.Value, s.Name))];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRequestAsync(decimal? amount, DiscretionaryFundPurpose? purpose, string? detail, Guid? approvingManagerId, CancellationToken ct)
    {
        var outcome = await handler.RequestAsync(new ClientId(Id), new GrantInput(amount, purpose, detail, approvingManagerId), ct);
        if (outcome.Failure is Failure.AccessRefused refused)
        {
            return Refuse(refused.Decision);
        }

        TempData["Message"] = outcome.TryGet(out var grant, out var failure)
            ? grant.Status == DiscretionaryFundStatus.Granted ? $"Granted on the spot: {grant.Amount.ToString("C", DateDisplay.NewZealand)}." : $"Sent to {grant.ApprovingManager} to approve."
            : failure.Message;
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid grantId, bool approve, string? note, int? version, CancellationToken ct)
    {
        var outcome = await handler.DecideAsync(new ClientId(Id), grantId, new GrantDecisionInput(approve, note, version), ct);
        if (outcome.Failure is Failure.AccessRefused refused)
        {
            return Refuse(refused.Decision);
        }

        TempData["Message"] = outcome.TryGet(out var grant, out var failure) ? $"Request {grant.Status.ToString().ToLowerInvariant()}." : failure.Message;
        return RedirectToPage(new { id = Id });
    }
}
