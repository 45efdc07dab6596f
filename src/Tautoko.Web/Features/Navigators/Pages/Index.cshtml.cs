using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Navigators.Pages;

/// <summary>
/// Navigators (seed 004 §2.4): a Navigator sees their own clients; an ICS case manager links their ICS clients to the
/// Navigators they work with (warned beyond about 15); national office records contracts with the NGO providers.
/// </summary>
[ReadsClientInformation]
public sealed class IndexModel(NavigatorsHandler handler, CurrentStaff me) : PageModel
{
    public ContractList? Contracts { get; private set; }

    /// <summary>The clients of each Navigator shown: the signed-in Navigator's own, or the ICS case manager's links.</summary>
    public List<NavigatorClients> Clients { get; } = [];

    public IcsCaseloadCountView? MyCaseload { get; private set; }

    public string? Problem { get; private set; }

    public string? Warning { get; private set; }

    public bool IsNavigator => me.Role == StaffRole.Navigator;

    public bool IsIcsm => me.Role == StaffRole.IntensiveClientSupportManager;

    public bool MayRecordContracts => me.Role == StaffRole.NationalOffice;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostLinkAsync(Guid navigatorId, Guid? clientId, CancellationToken ct)
    {
        var done = await handler.LinkAsync(new StaffId(navigatorId), new LinkInput(clientId), ct);
        if (done.IsDone)
        {
            Warning = done.Value.Warning;
        }
        else
        {
            Problem = done.Failure.Message;
        }

        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid navigatorId, Guid clientId, CancellationToken ct)
    {
        var done = await handler.UnlinkAsync(new StaffId(navigatorId), new ClientId(clientId), ct);
        Problem = done.IsDone ? null : done.Failure.Message;
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostContractAsync(Guid? navigatorId, string? provider, Guid? caseManagerId, CancellationToken ct)
    {
        var done = await handler.RecordContractAsync(new ContractInput(navigatorId, provider, caseManagerId), ct);
        Problem = done.IsDone ? null : done.Failure.Message;
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var contracts = await handler.ContractsAsync(ct);
        if (!contracts.IsDone)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Contracts = contracts.Value;
        var navigators = IsNavigator ? [me.Id] : IsIcsm ? Contracts.Contracts.Select(c => new StaffId(c.NavigatorId)).Distinct().ToList() : [];
        foreach (var navigator in navigators)
        {
            if ((await handler.ClientsAsync(navigator, ct)) is { IsDone: true } clients)
            {
                Clients.Add(clients.Value);
            }
        }

        if (IsIcsm && (await handler.CaseloadCountAsync(me.Id, ct)) is { IsDone: true } count)
        {
            MyCaseload = count.Value;
        }

        return Page();
    }
}
