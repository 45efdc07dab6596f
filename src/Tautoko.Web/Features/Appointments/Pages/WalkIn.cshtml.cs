using Tautoko.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Appointments;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.WalkIns;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Appointments.Pages;

/// <summary>R-049: record a walk-in — and refuse the purposes the seed says are not walk-ins.</summary>
[ReadsNoClientInformation]
public sealed class WalkInModel(WalkInHandler walkIns, CurrentStaff me) : ClientPageModel
{
    public string? Problem { get; private set; }

    public bool IsCaseManager => me.Role is Core.Staff.StaffRole.CaseManager or Core.Staff.StaffRole.EmploymentCaseManager or Core.Staff.StaffRole.IntensiveClientSupportManager;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(WalkInPurpose? purpose, string? note, int? minutes, bool identityVerified, CancellationToken ct)
    {
        var outcome = await walkIns.RecordAsync(new WalkInInput(Id, purpose, note, null, null, minutes, identityVerified), ct);
        switch (outcome.Failure)
        {
            case null:
                TempData["Message"] = "Walk-in recorded and written to the engagement log.";
                return Redirect($"/appointments/{outcome.Value.Id}");
            case Failure.AccessRefused refused:
                return Refuse(refused.Decision);
            default:
                Problem = outcome.Failure?.Message;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
    }
}
