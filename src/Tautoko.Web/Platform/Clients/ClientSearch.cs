using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Filters;
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
/// <remarks>
/// Cost does not grow with the country. Clients whose surname starts with a typed word come first, read in the
/// order shown straight from the index on (surname, first name, client number), so the first page of a common
/// surname reads one page of rows, not every match; other clients with a name word starting with the typed words
/// follow. Counting stops after <see cref="TautokoOptions.SearchCountLimit"/> matches (past the page asked for): the answer then says
/// "more than N" (<c>totalCountExact: false</c>) and the page asks for a first name or date of birth.
/// </remarks>
public sealed class SearchClientsHandler(TautokoDbContext db, CurrentStaff staff, AuditLog audit, TautokoOptions options)
{
    private sealed record Row(Guid Id, string ClientNumber, string FirstName, string LastName, DateOnly DateOfBirth, SiteId HomeSiteId, BenefitType Benefit, bool IsRestricted);

    public async Task<Paged<ClientSummary>> HandleAsync(ClientSearch search, PageRequest page, CancellationToken ct)
    {
        var viewer = staff.Viewer;
        var text = search.Text?.Trim() ?? string.Empty;
        var isClientNumber = ClientNumbers.IsValid(text);
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Name, s.RegionId }).ToListAsync(ct);

        // R-120: a person lists only the clients their scope covers (their site, or the regions they serve), unless
        // they typed an exact client number and may break glass.
        var seesEveryone = ClientAccessPolicy.InScope(viewer, new ClientScope(new SiteId(Guid.Empty), new RegionId(Guid.Empty), false));
        var served = viewer.ServedRegionIds.ToHashSet();
        var scopeSites = sites.Where(s => s.Id == viewer.SiteId || served.Contains(s.RegionId)).Select(s => s.Id).ToList();

        IQueryable<Client> clients = db.Clients.AsNoTracking();

        // R-122: restricted records are never listed to roles that cannot open them.
        var seesAllRestricted = viewer.Role == StaffRole.NationalOffice ||
                                (viewer.Role == StaffRole.CaseManager && viewer.Variant == CaseManagerVariant.RemoteClientServices);
        if (!seesAllRestricted)
        {
            var ownSite = viewer.Role == StaffRole.ServiceCentreManager ? viewer.SiteId : new SiteId(Guid.Empty);
            clients = clients.Where(c => !c.IsRestricted || c.HomeSiteId == ownSite);
        }

        var scoped = !seesEveryone && !(isClientNumber && ClientAccessPolicy.MayBreakGlass(viewer.Role));
        if (viewer.Role == StaffRole.Navigator)
        {
            // A Navigator finds only the clients linked to them (seed 004 §2.4.2), never the site's others.
            var linked = db.NavigatorClientLinks.AsNoTracking().OpenFor(viewer.StaffId);
            clients = clients.Where(c => linked.Any(l => l.ClientId == c.Id));
        }
        else if (scoped)
        {
            clients = clients.Where(c => scopeSites.Contains(c.HomeSiteId));
        }

        var (found, counted, exact) = search.DateOfBirth is { } dob && !isClientNumber
            ? await ReadBornOnAsync(clients, dob, Terms(text), page, ct)
            : await ReadTiersAsync(Tiers(clients, text, isClientNumber, scoped), page, options.SearchCountLimit, ct);

        var siteNames = sites.ToDictionary(s => s.Id, s => s.Name);
        var items = found.Select(r => new ClientSummary(
                r.Id,
                ClientNumbers.Format(r.ClientNumber),
                r.FirstName + " " + r.LastName,
                r.DateOfBirth,
                siteNames.GetValueOrDefault(r.HomeSiteId, string.Empty),
                r.Benefit.ShortName(),
                seesEveryone || viewer.Role == StaffRole.Navigator || scopeSites.Contains(r.HomeSiteId),
                r.IsRestricted))
            .ToList();

        var dobText = search.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
        await audit.RecordAsync(AuditAction.Search, "Client", null, null,
            $"Search text='{text}' dob={dobText}: {(exact ? string.Empty : "more than ")}{counted} found", false, ct);
        return new Paged<ClientSummary>(items, page.Page, page.PageSize, counted) { TotalCountExact = exact };
    }

    /// <summary>The matches in the order shown, as consecutive tiers: surname matches first, then other name matches.</summary>
    private static List<IQueryable<Client>> Tiers(IQueryable<Client> clients, string text, bool isClientNumber, bool scoped)
    {
        if (isClientNumber)
        {
            var number = ClientNumbers.Normalise(text);
            return [clients.Where(c => c.ClientNumber == number)];
        }

        var terms = Terms(text);
        if (terms.Count == 0)
        {
            // Nothing searchable was typed (only punctuation): list nobody rather than everybody.
            return [];
        }

        var surnameMatches = SurnameStartsWithAny(terms);
        var otherNameMatches = Expression.Lambda<Func<Client, bool>>(Expression.Not(surnameMatches.Body), surnameMatches.Parameters);

        // Every typed word starts a word of the name ("maka" in "aroha maka"). LIKE rather than Contains so PostgreSQL
        // can use the trigram index on SearchText.
        var everyWord = clients;
        foreach (var term in terms)
        {
            var wordStart = "% " + term + "%";
            everyWord = everyWord.Where(c => EF.Functions.Like(c.SearchText, wordStart));
        }

        // One word that is a surname's start is all the search needs (the surname is a word of the name); the index
        // on (surname, first name, client number) then serves the rows in the order shown.
        if (terms.Count > 1)
        {
            return [everyWord.Where(surnameMatches), everyWord.Where(otherNameMatches)];
        }

        // One word: the surname index serves the surname matches. The other matches (a given name, or a later word of
        // the surname) are found, for someone whose scope is a site or region, among the clients of their sites by the
        // (home site, surname, first name) index, whose entries hold both names: a trigram lookup would fetch every
        // client in the country with that surname only to drop them again.
        var nameStart = terms[0] + "%";
        var laterWordStart = "% " + terms[0] + "%";
        var otherWords = scoped
            ? clients.Where(c => EF.Functions.Like(c.FirstNameFolded, nameStart) || EF.Functions.Like(c.FirstNameFolded, laterWordStart) || EF.Functions.Like(c.LastNameFolded, laterWordStart))
            : everyWord;
        return [clients.Where(surnameMatches), otherWords.Where(otherNameMatches)];
    }

    /// <summary>The folded words typed (at most four), without LIKE's wildcards.</summary>
    private static List<string> Terms(string text) =>
        TextFolding.Fold(text)
            .Replace("%", string.Empty, StringComparison.Ordinal)
            .Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("\\", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Take(4)
            .ToList();

    /// <summary>
    /// With a date of birth: even nationally a few dozen people share one, so read them by the date-of-birth index and
    /// match the name words here, in the same order as the name search (surname matches first). Letting SQL match the
    /// words too invites the planner to start from the trigram index, which it misjudges.
    /// </summary>
    private async Task<(List<Row> Rows, int Counted, bool Exact)> ReadBornOnAsync(IQueryable<Client> clients, DateOnly dob, List<string> terms, PageRequest page, CancellationToken ct)
    {
        var readLimit = options.SearchCountLimit * 10;
        var born = await clients.Where(c => c.DateOfBirth == dob)
            .Take(readLimit + 1)
            .Select(c => new { Row = new Row(c.Id.Value, c.ClientNumber, c.FirstName, c.LastName, c.DateOfBirth, c.HomeSiteId, c.Benefit, c.IsRestricted), c.SearchText, c.LastNameFolded, c.FirstNameFolded })
            .ToListAsync(ct);
        var matched = born
            .Where(b => terms.All(t => b.SearchText.Contains(" " + t, StringComparison.Ordinal)))
            .OrderBy(b => terms.Count == 0 || terms.Any(t => b.LastNameFolded.StartsWith(t, StringComparison.Ordinal)) ? 0 : 1)
            .ThenBy(b => b.LastNameFolded, StringComparer.Ordinal).ThenBy(b => b.FirstNameFolded, StringComparer.Ordinal).ThenBy(b => b.Row.ClientNumber, StringComparer.Ordinal)
            .Select(b => b.Row)
            .ToList();
        var rows = matched.Skip(page.Skip).Take(page.PageSize).ToList();
        return born.Count > readLimit ? (rows, matched.Count, false) : (rows, matched.Count, true);
    }

    /// <summary>
    /// The surname starts with one of the words, as a range (<c>surname ≥ word and surname &lt; next word</c>) rather
    /// than LIKE, so the index serves it in every plan, including prepared ones.
    /// </summary>
    private static Expression<Func<Client, bool>> SurnameStartsWithAny(IReadOnlyList<string> terms)
    {
        var client = Expression.Parameter(typeof(Client), "c");
        Expression? body = null;
        foreach (var term in terms)
        {
            var one = SurnameStartsWith(term);
            var replaced = new Rebind(one.Parameters[0], client).Visit(one.Body);
            body = body is null ? replaced : Expression.OrElse(body, replaced);
        }

        return Expression.Lambda<Func<Client, bool>>(body!, client);
    }

    private static Expression<Func<Client, bool>> SurnameStartsWith(string term)
    {
        var from = term;
        var until = term[..^1] + (char)(term[^1] + 1);
        return c => string.Compare(c.LastNameFolded, from) >= 0 && string.Compare(c.LastNameFolded, until) < 0;
    }

    /// <summary>Reads the page asked for across the tiers, counting each only as far as needed.</summary>
    private static async Task<(List<Row> Rows, int Counted, bool Exact)> ReadTiersAsync(List<IQueryable<Client>> tiers, PageRequest page, int countLimit, CancellationToken ct)
    {
        var bound = Math.Max(countLimit, page.Skip + page.PageSize) + 1;
        var rows = new List<Row>(page.PageSize);
        var counted = 0;
        foreach (var tier in tiers)
        {
            if (counted >= bound)
            {
                break;
            }

            var inTier = await tier.Take(bound - counted).CountAsync(ct);
            var skip = Math.Max(0, page.Skip + rows.Count - counted);
            if (rows.Count < page.PageSize && skip < inTier)
            {
                rows.AddRange(await tier
                    .OrderBy(c => c.LastNameFolded).ThenBy(c => c.FirstNameFolded).ThenBy(c => c.ClientNumber)
                    .Skip(skip)
                    .Take(page.PageSize - rows.Count)
                    .Select(c => new Row(c.Id.Value, c.ClientNumber, c.FirstName, c.LastName, c.DateOfBirth, c.HomeSiteId, c.Benefit, c.IsRestricted))
                    .ToListAsync(ct));
            }

            counted += inTier;
        }

        return counted >= bound ? (rows, bound - 1, false) : (rows, counted, true);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
