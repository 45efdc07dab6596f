using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Filters;

namespace Tautoko.Web.Features.Caseloads;

/// <summary>The client's case manager is whoever holds their open caseload placement, with that case manager's buddy .</summary>
public sealed class CaseloadCaseManagerLookup(TautokoDbContext db) : ICaseManagerLookup
{
    public async Task<AssignedCaseManager?> FindAsync(ClientId clientId, CancellationToken ct)
    {
        // The open placement and the programme tag that went with it.
        var place = await (
                from p in db.Placements.AsNoTracking().Open()
                where p.ClientId == clientId
                join t in db.ProgrammeTags on p.TagId equals (Guid?)t.Id
                orderby p.StartedAt descending
                select new { p.CaseManagerId, Service = t.Code })
            .FirstOrDefaultAsync(ct);
        if (place is null)
        {
            return null;
        }

        var manager = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == place.CaseManagerId, ct);
        return new AssignedCaseManager(manager.Id, manager.FullName, manager.Email, manager.BuddyId, $"{place.Service.ShortName()} – {manager.Role.DisplayName()}");
    }
}
