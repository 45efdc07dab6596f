using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Features.Clients.EditClient;
using Tautoko.Web.Platform;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Clients.Pages;

[ReadsClientInformation]
public sealed class EditModel(ClientOverviewHandler overview, EditClientHandler handler, TautokoDbContext db) : ClientPageModel
{
    [BindProperty]
    public ClientForm Form { get; set; } = new();

    public ClientEditConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = Show(await overview.HandleAsync(new ClientId(Id), ct), c => Form = ClientForm.From(
            new ClientInput(c.FirstName, c.MiddleNames, c.LastName, c.PreferredName, c.DateOfBirth, c.Phone, c.Email, c.PreferredChannel,
                c.Address?.Line1, c.Address?.Suburb, c.Address?.City, c.Address?.Postcode, c.HomeSiteId, c.Benefit, c.BenefitStartDate, c.Obligation,
                [.. c.FlagValues.Each()]),
            c.Version));
        await DecorateAsync(ct);
        return result;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await handler.UpdateAsync(new ClientId(Id), Form.Version, Form.ToInput(), ct);
        switch (result.Failure)
        {
            case null:
                var saved = result.Value;
                TempData["Message"] = saved.Changed.Count == 0 ? "Nothing changed." : "Saved: " + string.Join(", ", saved.Changed.Select(Label)) + ".";
                return Redirect($"/clients/{Id}");
            case Failure.InvalidInput invalid:
                Form.Problems = invalid.Errors.ToDictionary();
                break;
            case var failure when ClientEditConflict.Of(failure) is { } conflict:
                Conflict = conflict;
                // Saving again from here is a deliberate choice to keep these values over the others'.
                Form.Version = conflict.CurrentVersion;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case Failure.AccessRefused refused:
                return Refuse(refused.Decision);
            default:
                return NotFound();
        }

        await DecorateAsync(ct);
        return Page();
    }

    public static string Label(string field) => field switch
    {
        "firstName" => "first name",
        "middleNames" => "middle names",
        "lastName" => "last name",
        "preferredName" => "preferred name",
        "dateOfBirth" => "date of birth",
        "phone" => "phone",
        "email" => "e-mail",
        "preferredChannel" => "preferred channel",
        "address" => "address",
        "homeSiteId" => "home site",
        "benefit" => "benefit",
        "benefitStartDate" => "benefit start date",
        "obligation" => "work obligations",
        "flags" => "status flags",
        _ => field,
    };

    public static string ValueOf(ClientInput input, string field) => field switch
    {
        "firstName" => input.FirstName ?? string.Empty,
        "middleNames" => input.MiddleNames ?? string.Empty,
        "lastName" => input.LastName ?? string.Empty,
        "preferredName" => input.PreferredName ?? string.Empty,
        "dateOfBirth" => input.DateOfBirth?.ToString("d MMM yyyy", Platform.DateDisplay.NewZealand) ?? string.Empty,
        "phone" => input.Phone ?? string.Empty,
        "email" => input.Email ?? string.Empty,
        "preferredChannel" => input.PreferredChannel?.DisplayName() ?? string.Empty,
        "address" => string.Join(", ", new[] { input.AddressLine1, input.Suburb, input.City, input.Postcode }.Where(s => !string.IsNullOrWhiteSpace(s))),
        "homeSiteId" => input.HomeSiteId?.ToString() ?? string.Empty,
        "benefit" => input.Benefit?.DisplayName() ?? string.Empty,
        "benefitStartDate" => input.BenefitStartDate?.ToString("d MMM yyyy", Platform.DateDisplay.NewZealand) ?? string.Empty,
        "obligation" => input.Obligation?.DisplayName() ?? string.Empty,
        "flags" => string.Join(", ", (input.Flags ?? []).Select(f => f.DisplayName())),
        _ => string.Empty,
    };

    private async Task DecorateAsync(CancellationToken ct)
    {
        Form.Sites = await SiteOptions.ServiceCentresAsync(db, ct);
        Form.CancelUrl = $"/clients/{Id}";
    }
}

public static class SiteOptions
{
    public static async Task<IReadOnlyList<SiteOption>> ServiceCentresAsync(TautokoDbContext db, CancellationToken ct) =>
        await db.Sites.AsNoTracking()
            .Where(s => s.Kind == Core.Sites.SiteKind.ServiceCentre || s.Kind == Core.Sites.SiteKind.PhoneBasedCaseManagementUnit)
            .OrderBy(s => s.Name)
            .Select(s => new SiteOption(s.Id.Value, s.Name))
            .ToListAsync(ct);
}
