using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Features.Appointments.Messages;

namespace Tautoko.Web.Features.Appointments.Common;

public static class Parties
{
    /// <summary>The case manager whose calendar it is, their site and their buddy .</summary>
    public static async Task<AppointmentParties> OfAsync(TautokoDbContext db, StaffId staffId, CancellationToken ct)
    {
        var row = await (
                from s in db.Staff.AsNoTracking()
                where s.Id == staffId
                join site in db.Sites on s.SiteId equals site.Id
                join b in db.Staff on s.BuddyId equals (StaffId?)b.Id into buddies
                from b in buddies.DefaultIfEmpty()
                select new
                {
                    s.FirstName,
                    s.LastName,
                    s.Phone,
                    s.Email,
                    Site = site.Name,
                    site.Address,
                    SitePhone = site.Phone,
                    BuddyName = b == null ? null : b.FirstName + " " + b.LastName,
                    BuddyPhone = b == null ? null : b.Phone,
                })
            .SingleAsync(ct);
        return new AppointmentParties($"{row.FirstName} {row.LastName}", row.FirstName, row.Phone, row.Email, row.Site, row.Address, row.SitePhone, row.BuddyName, row.BuddyPhone);
    }
}
