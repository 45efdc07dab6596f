using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Platform;

public sealed record ClientSearch(string? Text, DateOnly? DateOfBirth);

public sealed record ClientSummary(
    Guid Id,
    string ClientNumber,
    string Name,
    DateOnly DateOfBirth,
    string HomeSite,
    string Benefit,
    bool InScope,
    bool IsRestricted);

/// <summary>
/// Finds clients by name (macrons optional: "Maka" finds "Māka"), client number or date of birth,
/// within what the person's role and scope allow. An exact client number also finds a client
/// outside scope, marked so, for roles that may break glass.
/// </summary>
public sealed class SearchClientsHandler(TautokoDbContext db, CurrentStaff staff, AuditLog audit)
{
    public async Task<Paged<ClientSummary>> HandleAsync(ClientSearch search, PageRequest page, CancellationToken ct)
    {
        var viewer = staff.Viewer;
        var text = search.Text?.Trim() ?? string.Empty;
        var isClientNumber = ClientNumbers.IsValid(text);
        var query =
            from c in db.Clients.AsNoTracking()
            join s in db.Sites on c.HomeSiteId equals s.Id
            select new { Client = c, Site = s };

        if (isClientNumber)
        {
            var number = ClientNumbers.Normalise(text);
            query = query.Where(x => x.Client.ClientNumber == number);
        }
        else
        {
            var terms = TextFolding.Fold(text)
                .Replace("%", string.Empty, StringComparison.Ordinal)
                .Replace("_", string.Empty, StringComparison.Ordinal)
                .Replace("\\", string.Empty, StringComparison.Ordinal)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (terms.Length == 0 && search.DateOfBirth is null)
            {
                // Nothing searchable was typed (only punctuation): list nobody rather than everybody.
                query = query.Where(x => x.Client.ClientNumber == string.Empty);
            }

            foreach (var term in terms.Take(4))
            {
                // LIKE rather than Contains so PostgreSQL can use the trigram index on SearchText.
                var wordStart = "% " + term + "%";
                query = query.Where(x => EF.Functions.Like(x.Client.SearchText, wordStart));
            }
        }

        if (search.DateOfBirth is { } dob)
        {
            query = query.Where(x => x.Client.DateOfBirth == dob);
        }

        // R-122: restricted records are never listed to roles that cannot open them.
        var seesAllRestricted = viewer.Role == StaffRole.NationalOffice ||
                                (viewer.Role == StaffRole.CaseManager && viewer.Variant == CaseManagerVariant.RemoteClientServices);
        if (!seesAllRestricted)
        {
            var ownSite = viewer.Role == StaffRole.ServiceCentreManager ? viewer.SiteId : new SiteId(Guid.Empty);
            query = query.Where(x => !x.Client.IsRestricted || x.Client.HomeSiteId == ownSite);
        }

        // R-120: a person lists only the clients their scope covers, unless they typed an exact client number.
        var seesEveryone = ClientAccessPolicy.InScope(viewer, new ClientScope(new SiteId(Guid.Empty), new RegionId(Guid.Empty), false));
        if (!seesEveryone && !(isClientNumber && ClientAccessPolicy.MayBreakGlass(viewer.Role)))
        {
            var site = viewer.SiteId;
            var served = viewer.ServedRegionIds.ToList();
            query = query.Where(x => x.Client.HomeSiteId == site || served.Contains(x.Site.RegionId));
        }

        var served2 = viewer.ServedRegionIds.ToList();
        var mySite = viewer.SiteId;
        var results = await query
            .OrderBy(x => x.Client.LastNameFolded).ThenBy(x => x.Client.FirstNameFolded).ThenBy(x => x.Client.ClientNumber)
            .Select(x => new ClientSummary(
                x.Client.Id.Value,
                x.Client.ClientNumber,
                x.Client.FirstName + " " + x.Client.LastName,
                x.Client.DateOfBirth,
                x.Site.Name,
                x.Client.Benefit.ToString(),
                seesEveryone || x.Client.HomeSiteId == mySite || served2.Contains(x.Site.RegionId),
                x.Client.IsRestricted))
            .ToPagedAsync(page, ct);

        var described = results.Items
            .Select(r => r with
            {
                ClientNumber = ClientNumbers.Format(r.ClientNumber),
                Benefit = Enum.TryParse<BenefitType>(r.Benefit, out var b) ? b.ShortName() : r.Benefit,
            })
            .ToList();

        await audit.RecordAsync(AuditAction.Search, "Client", null, null,
            $"Search text='{text}' dob={search.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}: {results.TotalCount} found", false, ct);
        return results with { Items = described };
    }
}
