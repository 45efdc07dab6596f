using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Web.Features.Hardship.Applications;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Pages;

/// <summary>The hardship application form; works without JavaScript.</summary>
[ReadsClientInformation]
public sealed class ApplyModel(ApplicationsHandler handler, CurrentStaff me) : HardshipPageModel(me)
{
    [BindProperty]
    public HardshipNeed? Need { get; set; }

    [BindProperty]
    public SupplementaryAssistanceCategory? Category { get; set; }

    [BindProperty]
    public decimal? AmountAsked { get; set; }

    [BindProperty]
    public bool Recoverable { get; set; }

    [BindProperty]
    public ContactChannel Channel { get; set; } = ContactChannel.FaceToFace;

    [BindProperty]
    public string? Detail { get; set; }

    [BindProperty]
    public bool ByAgent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The category list stands for the need "other": choosing a category is choosing supplementary assistance.
        var need = Category is not null ? HardshipNeed.Other : Need;
        var outcome = await handler.CreateAsync(new ClientId(Id), new ApplicationInput(need, Category, AmountAsked, Recoverable, Channel, Detail, ByAgent), ct);
        if (outcome.Failure is { } failure)
        {
            if (failure is Failure.Missing)
            {
                return NotFound();
            }

            Explain(failure);
            return Page();
        }

        TempData["Message"] = $"Application recorded. {outcome.Value.HighHardship.Explanation}";
        return Redirect($"/clients/{Id}/hardship/applications/{outcome.Value.Application.Id}");
    }
}
