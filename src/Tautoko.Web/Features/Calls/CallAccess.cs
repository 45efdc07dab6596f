using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Calls;

/// <summary>
/// Who imports call records and reads the contact-centre figures: national office (the analyst role) and the manager of a
/// contact centre (a service centre manager whose site is a contact centre). Everyone else is refused.
/// </summary>
public sealed class CallAccess(TautokoDbContext db, CurrentStaff me)
{
    public const string Why = "Call records and contact-centre figures are for national office and contact-centre managers.";

    public async Task<bool> MayAsync(CancellationToken ct)
    {
        if (!me.IsSignedIn)
        {
            return false;
        }

        if (me.Role == StaffRole.NationalOffice)
        {
            return true;
        }

        if (me.Role != StaffRole.ServiceCentreManager)
        {
            return false;
        }

        var site = me.SiteId;
        return await db.Sites.AsNoTracking().AnyAsync(s => s.Id == site && s.Kind == SiteKind.ContactCentre, ct);
    }

    public static Failure Refusal() => Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, Why));
}
